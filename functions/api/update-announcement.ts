import { saveAnnouncement } from '#domain/use-cases/announcements';
import { announcementDeps } from './announcement-deps';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.updateAnnouncement, async ({ actor, params, body }) => ({
  status: 200,
  body: await saveAnnouncement(announcementDeps, actor, body, params.id),
}));
