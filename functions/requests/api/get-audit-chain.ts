import { httpRoute } from '#kernel/http/http';
import { requests } from '#requests/adapters/request-records';
import { routes } from '#requests/api/routes';
import { auditChainOf } from '#requests/use-cases/audit-chain';

export const handler = httpRoute(routes.getAuditChain, async ({ params }) => ({
  status: 200,
  body: await auditChainOf({ records: requests }, params.id),
}));
