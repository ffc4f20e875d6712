import { routes } from '#force-majeure/api/routes';
import { endForceMajeure } from '#force-majeure/use-cases/force-majeure';
import { httpRoute } from '#kernel/http/http';
import { forceMajeureDeps } from './force-majeure-deps';

export const handler = httpRoute(routes.endForceMajeure, async ({ actor, params, body }) => ({
  status: 200,
  body: await endForceMajeure(forceMajeureDeps, actor, params.id, body.to),
}));
