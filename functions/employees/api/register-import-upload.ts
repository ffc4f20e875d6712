import { routes } from '#employees/api/routes';
import { registerImportUpload } from '#employees/use-cases/import-employees';
import { uploadFiles } from '#files/adapters/upload-files';
import { clock } from '#kernel/adapters/clock';
import { ids } from '#kernel/adapters/ids';
import { httpRoute } from '#kernel/http/http';

const deps = { files: uploadFiles, ids, clock };

export const handler = httpRoute(routes.registerImportUpload, async ({ body }) => ({
  status: 201,
  body: await registerImportUpload(deps, body.size),
}));
