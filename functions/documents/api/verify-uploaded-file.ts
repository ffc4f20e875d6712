import { employeeArchive } from '#archive/adapters/employee-archive-records';
import { documentSigner } from '#documents/adapters/document-signer';
import { routes } from '#documents/api/routes';
import { verifyUploadedFile } from '#documents/use-cases/verification';
import { uploadFiles } from '#files/adapters/upload-files';
import { httpRoute } from '#kernel/http/http';

const deps = { employeeArchive, signer: documentSigner, files: uploadFiles };

export const handler = httpRoute(routes.verifyUploadedFile, async ({ params }) => ({
  status: 200,
  body: await verifyUploadedFile(deps, params.uploadId),
}));
