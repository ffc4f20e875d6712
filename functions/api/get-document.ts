import { archiveStore } from '#adapters/archive-store';
import { requests } from '#adapters/request-records';
import { maxUploadBytes } from '#adapters/settings';
import { uploadFiles } from '#adapters/upload-files';
import { publishDocument } from '#domain/request';
import { readDocument } from '#domain/use-cases/read-document';
import { httpRoute } from './http';
import { readScope } from './read-scope';
import { routes } from './routes';

const deps = { ...readScope, records: requests, files: uploadFiles, archive: archiveStore, maxUploadBytes };

export const handler = httpRoute(routes.getDocument, async ({ actor, params }) => {
  const { document, downloadUrl } = await readDocument(deps, actor, params.id, params.documentId);
  return { status: 200, body: { ...publishDocument(document), downloadUrl } };
});
