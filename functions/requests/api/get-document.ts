import { archiveStore } from '#archive/adapters/archive-store';
import { uploadFiles } from '#files/adapters/upload-files';
import { maxUploadBytes } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';
import { requests } from '#requests/adapters/request-records';
import { routes } from '#requests/api/routes';
import { publishDocument } from '#requests/domain/request';
import { readDocument } from '#requests/use-cases/read-document';
import { readScope } from './read-scope';

const deps = { ...readScope, records: requests, files: uploadFiles, archive: archiveStore, maxUploadBytes };

export const handler = httpRoute(routes.getDocument, async ({ actor, params }) => {
  const { document, downloadUrl } = await readDocument(deps, actor, params.id, params.documentId);
  return { status: 200, body: { ...publishDocument(document), downloadUrl } };
});
