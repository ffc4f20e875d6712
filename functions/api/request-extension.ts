import { forceMajeurePeriods } from '#adapters/force-majeure-records';
import { settings } from '#adapters/settings';
import { publishRequest } from '#domain/request';
import { requestExtension } from '#domain/use-cases/deficiency';
import { httpRoute } from './http';
import { resumeDeps } from './resume';
import { routes } from './routes';

const deps = { ...resumeDeps, settings, forceMajeure: forceMajeurePeriods };

export const handler = httpRoute(routes.requestExtension, async ({ actor, params, body }) => ({
  status: 200,
  body: publishRequest(await requestExtension(deps, actor, params.id, body)),
}));
