import { endForceMajeure } from '#domain/use-cases/force-majeure';
import { forceMajeureDeps } from './force-majeure-deps';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.endForceMajeure, async ({ actor, params, body }) => ({
  status: 200,
  body: await endForceMajeure(forceMajeureDeps, actor, params.id, body.to),
}));
