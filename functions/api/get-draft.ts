import { archiveStore } from '#adapters/archive-store';
import { requests } from '#adapters/request-records';
import { draftDownload } from '#domain/use-cases/signing';
import { httpRoute } from './http';
import { readScope } from './read-scope';
import { routes } from './routes';

export const handler = httpRoute(routes.getDraft, async ({ actor, params }) => ({
  status: 200,
  body: await draftDownload({ ...readScope, records: requests, archive: archiveStore }, actor, params.id),
}));
