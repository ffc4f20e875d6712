import { clock } from '#kernel/adapters/clock';
import { httpRoute } from '#kernel/http/http';
import { requests } from '#requests/adapters/request-records';
import { routes } from '#requests/api/routes';
import { markDocument } from '#requests/use-cases/document-verification';
import { readScope } from './read-scope';

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
