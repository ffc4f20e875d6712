import { archiveStore } from '#adapters/archive-store';
import { requests } from '#adapters/request-records';
import { draftDownload } from '#domain/use-cases/signing';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.getDraft, async ({ actor, params }) => ({
  status: 200,
  body: await draftDownload({ records: requests, archive: archiveStore }, actor, params.id),
}));
