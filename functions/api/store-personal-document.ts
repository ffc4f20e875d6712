import { publishArchived } from '#domain/archive';
import { storePersonalDocument } from '#domain/use-cases/personal-documents';
import { httpRoute } from './http';
import { personalDocumentDeps } from './personal-document-deps';
import { routes } from './routes';

export const handler = httpRoute(routes.storePersonalDocument, async ({ actor, params }) => ({
  status: 200,
  body: publishArchived(await storePersonalDocument(personalDocumentDeps, actor, params.documentId)),
}));
