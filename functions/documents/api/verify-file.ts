import { employeeArchive } from '#archive/adapters/employee-archive-records';
import { documentSigner } from '#documents/adapters/document-signer';
import { routes } from '#documents/api/routes';
import { verifyFile } from '#documents/use-cases/verification';
import { httpRoute } from '#kernel/http/http';

const deps = { employeeArchive, signer: documentSigner };

export const handler = httpRoute(routes.verifyFile, async ({ bytes }) => ({
  status: 200,
  body: await verifyFile(deps, bytes),
}));
