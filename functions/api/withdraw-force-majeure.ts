import { withdrawForceMajeure } from '#domain/use-cases/force-majeure';
import { forceMajeureDeps } from './force-majeure-deps';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.withdrawForceMajeure, async ({ params }) => {
  await withdrawForceMajeure(forceMajeureDeps, params.id);
  return { status: 204 };
});
