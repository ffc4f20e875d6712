import { clock } from '#adapters/clock';
import { requests } from '#adapters/request-records';
import { markDocument } from '#domain/use-cases/document-verification';
import { httpRoute } from './http';
import { readScope } from './read-scope';
import { routes } from './routes';

export const handler = httpRoute(routes.unmarkDocument, async ({ actor, params }) => {
  const { key: _key, ...document } = await markDocument(
    { ...readScope, records: requests, clock },
    actor,
    params.id,
    params.documentId,
    undefined,
  );
  return { status: 200, body: document };
});
