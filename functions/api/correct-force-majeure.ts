import { correctForceMajeure } from '#domain/use-cases/force-majeure';
import { forceMajeureDeps } from './force-majeure-deps';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.correctForceMajeure, async ({ actor, params, body }) => ({
  status: 200,
  body: await correctForceMajeure(forceMajeureDeps, actor, params.id, body),
}));
