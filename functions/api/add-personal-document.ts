import { publishArchived } from '#domain/archive';
import { addPersonalDocument } from '#domain/use-cases/personal-documents';
import { httpRoute } from './http';
import { personalDocumentDeps } from './personal-document-deps';
import { routes } from './routes';

export const handler = httpRoute(routes.addPersonalDocument, async ({ actor, body }) => {
  const { document, uploadUrl } = await addPersonalDocument(personalDocumentDeps, actor, body);
  return {
    status: 201,
    body: {
      ...publishArchived(document),
      uploadUrl,
      uploadHeaders: { 'content-type': document.contentType },
    },
  };
});
