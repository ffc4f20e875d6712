import { signingBatches, signingLedger } from '#documents/adapters/signing-ledger';
import { routes } from '#documents/api/routes';
import { readSigningBatch } from '#documents/use-cases/bulk-signing';
import { httpRoute } from '#kernel/http/http';

const deps = { batches: signingBatches, ledger: signingLedger };

export const handler = httpRoute(routes.getSigningBatch, async ({ actor, params }) => ({
  status: 200,
  body: await readSigningBatch(deps, actor, params.id),
}));
