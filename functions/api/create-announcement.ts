import { saveAnnouncement } from '#domain/use-cases/announcements';
import { announcementDeps } from './announcement-deps';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.createAnnouncement, async ({ actor, body }) => ({
  status: 201,
  body: await saveAnnouncement(announcementDeps, actor, body),
}));
