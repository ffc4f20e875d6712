import { clock } from '#adapters/clock';
import { ids } from '#adapters/ids';
import { requests } from '#adapters/request-records';
import { maxUploadBytes } from '#adapters/settings';
import { uploadFiles } from '#adapters/upload-files';
import { registerSignedScan } from '#domain/use-cases/signing';
import { httpRoute } from './http';
import { readScope } from './read-scope';
import { routes } from './routes';

const deps = { ...readScope, records: requests, files: uploadFiles, clock, ids, maxUploadBytes };

export const handler = httpRoute(routes.registerSignedScan, async ({ actor, params, body }) => {
  const { uploadUrl } = await registerSignedScan(deps, actor, params.id, body);
  return { status: 201, body: { uploadUrl, uploadHeaders: { 'content-type': body.contentType } } };
});
