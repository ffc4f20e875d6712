import { requests } from '#adapters/request-records';
import { auditChainOf } from '#domain/use-cases/audit-chain';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.getAuditChain, async ({ params }) => ({
  status: 200,
  body: await auditChainOf({ records: requests }, params.id),
}));
