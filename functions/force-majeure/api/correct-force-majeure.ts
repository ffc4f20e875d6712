import { routes } from '#force-majeure/api/routes';
import { correctForceMajeure } from '#force-majeure/use-cases/force-majeure';
import { httpRoute } from '#kernel/http/http';
import { forceMajeureDeps } from './force-majeure-deps';

export const handler = httpRoute(routes.correctForceMajeure, async ({ actor, params, body }) => ({
  status: 200,
  body: await correctForceMajeure(forceMajeureDeps, actor, params.id, body),
}));
