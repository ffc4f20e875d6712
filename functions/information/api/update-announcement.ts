import { routes } from '#information/api/routes';
import { saveAnnouncement } from '#information/use-cases/announcements';
import { httpRoute } from '#kernel/http/http';
import { announcementDeps } from './announcement-deps';

export const handler = httpRoute(routes.updateAnnouncement, async ({ actor, params, body }) => ({
  status: 200,
  body: await saveAnnouncement(announcementDeps, actor, body, params.id),
}));
