import { archiveStore } from '#archive/adapters/archive-store';
import { draftDownload } from '#documents/use-cases/signing';
import { httpRoute } from '#kernel/http/http';
import { requests } from '#requests/adapters/request-records';
import { routes } from '#requests/api/routes';
import { readScope } from './read-scope';

export const handler = httpRoute(routes.getDraft, async ({ actor, params }) => ({
  status: 200,
  body: await draftDownload({ ...readScope, records: requests, archive: archiveStore }, actor, params.id),
}));
