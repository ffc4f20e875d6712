import { removeAnnouncement } from '#domain/use-cases/announcements';
import { announcementDeps } from './announcement-deps';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.deleteAnnouncement, async ({ params }) => {
  await removeAnnouncement(announcementDeps, params.id);
  return { status: 204 };
});
