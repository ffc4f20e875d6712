import { routes } from '#documents/api/routes';
import { registerVerificationUpload } from '#documents/use-cases/verification';
import { uploadFiles } from '#files/adapters/upload-files';
import { clock } from '#kernel/adapters/clock';
import { ids } from '#kernel/adapters/ids';
import { httpRoute } from '#kernel/http/http';

const deps = { files: uploadFiles, ids, clock };

export const handler = httpRoute(routes.registerVerificationUpload, async ({ body }) => ({
  status: 201,
  body: await registerVerificationUpload(deps, body),
}));
