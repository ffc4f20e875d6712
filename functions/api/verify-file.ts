import { documentSigner } from '#adapters/document-signer';
import { employeeArchive } from '#adapters/employee-archive-records';
import { verifyFile } from '#domain/use-cases/verification';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = { employeeArchive, signer: documentSigner };

export const handler = httpRoute(routes.verifyFile, async ({ bytes }) => ({
  status: 200,
  body: await verifyFile(deps, bytes),
}));
