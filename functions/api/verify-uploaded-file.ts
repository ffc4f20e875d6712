import { documentSigner } from '#adapters/document-signer';
import { employeeArchive } from '#adapters/employee-archive-records';
import { uploadFiles } from '#adapters/upload-files';
import { verifyUploadedFile } from '#domain/use-cases/verification';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = { employeeArchive, signer: documentSigner, files: uploadFiles };

export const handler = httpRoute(routes.verifyUploadedFile, async ({ params }) => ({
  status: 200,
  body: await verifyUploadedFile(deps, params.uploadId),
}));
