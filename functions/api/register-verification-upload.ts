import { clock } from '#adapters/clock';
import { ids } from '#adapters/ids';
import { uploadFiles } from '#adapters/upload-files';
import { registerVerificationUpload } from '#domain/use-cases/verification';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = { files: uploadFiles, ids, clock };

export const handler = httpRoute(routes.registerVerificationUpload, async ({ body }) => ({
  status: 201,
  body: await registerVerificationUpload(deps, body),
}));
