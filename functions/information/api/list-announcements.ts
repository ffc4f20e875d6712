import { routes } from '#information/api/routes';
import { listAnnouncements } from '#information/use-cases/announcements';
import { httpRoute } from '#kernel/http/http';
import { announcementDeps } from './announcement-deps';

export const handler = httpRoute(routes.listAnnouncements, async ({ actor, query }) => ({
  status: 200,
  body: { items: await listAnnouncements(announcementDeps, actor, query.all === 'true') },
}));
