import { routes } from '#force-majeure/api/routes';
import { withdrawForceMajeure } from '#force-majeure/use-cases/force-majeure';
import { httpRoute } from '#kernel/http/http';
import { forceMajeureDeps } from './force-majeure-deps';

export const handler = httpRoute(routes.withdrawForceMajeure, async ({ params }) => {
  await withdrawForceMajeure(forceMajeureDeps, params.id);
  return { status: 204 };
});
