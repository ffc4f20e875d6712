import { clock } from '#adapters/clock';
import { ids } from '#adapters/ids';
import { uploadFiles } from '#adapters/upload-files';
import { registerImportUpload } from '#domain/use-cases/import-employees';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = { files: uploadFiles, ids, clock };

export const handler = httpRoute(routes.registerImportUpload, async ({ body }) => ({
  status: 201,
  body: await registerImportUpload(deps, body.size),
}));
