import { routes } from '#information/api/routes';
import { removeAnnouncement } from '#information/use-cases/announcements';
import { httpRoute } from '#kernel/http/http';
import { announcementDeps } from './announcement-deps';

export const handler = httpRoute(routes.deleteAnnouncement, async ({ params }) => {
  await removeAnnouncement(announcementDeps, params.id);
  return { status: 204 };
});
