import { signingBatches, signingLedger } from '#adapters/signing-ledger';
import { readSigningBatch } from '#domain/use-cases/bulk-signing';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = { batches: signingBatches, ledger: signingLedger };

export const handler = httpRoute(routes.getSigningBatch, async ({ actor, params }) => ({
  status: 200,
  body: await readSigningBatch(deps, actor, params.id),
}));
