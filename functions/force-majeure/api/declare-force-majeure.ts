import { routes } from '#force-majeure/api/routes';
import { declareForceMajeure } from '#force-majeure/use-cases/force-majeure';
import { httpRoute } from '#kernel/http/http';
import { forceMajeureDeps } from './force-majeure-deps';

export const handler = httpRoute(routes.declareForceMajeure, async ({ actor, body }) => ({
  status: 201,
  body: await declareForceMajeure(forceMajeureDeps, actor, body),
}));
