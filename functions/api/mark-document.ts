import { clock } from '#adapters/clock';
import { requests } from '#adapters/request-records';
import { markDocument } from '#domain/use-cases/document-verification';
import { httpRoute } from './http';
import { readScope } from './read-scope';
import { routes } from './routes';

export const handler = httpRoute(routes.markDocument, async ({ actor, params, body }) => {
  const { key: _key, ...document } = await markDocument(
    { ...readScope, records: requests, clock },
    actor,
    params.id,
    params.documentId,
    body,
  );
  return { status: 200, body: document };
});
