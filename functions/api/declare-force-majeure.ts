import { declareForceMajeure } from '#domain/use-cases/force-majeure';
import { forceMajeureDeps } from './force-majeure-deps';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.declareForceMajeure, async ({ actor, body }) => ({
  status: 201,
  body: await declareForceMajeure(forceMajeureDeps, actor, body),
}));
