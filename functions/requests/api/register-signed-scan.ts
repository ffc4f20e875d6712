import { registerSignedScan } from '#documents/use-cases/signing';
import { uploadFiles } from '#files/adapters/upload-files';
import { clock } from '#kernel/adapters/clock';
import { ids } from '#kernel/adapters/ids';
import { maxUploadBytes } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';
import { requests } from '#requests/adapters/request-records';
import { routes } from '#requests/api/routes';
import { readScope } from './read-scope';

const deps = { ...readScope, records: requests, files: uploadFiles, clock, ids, maxUploadBytes };

export const handler = httpRoute(routes.registerSignedScan, async ({ actor, params, body }) => {
  const { uploadUrl } = await registerSignedScan(deps, actor, params.id, body);
  return { status: 201, body: { uploadUrl, uploadHeaders: { 'content-type': body.contentType } } };
});
