import { listAnnouncements } from '#domain/use-cases/announcements';
import { announcementDeps } from './announcement-deps';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.listAnnouncements, async ({ actor, query }) => ({
  status: 200,
  body: { items: await listAnnouncements(announcementDeps, actor, query.all === 'true') },
}));
