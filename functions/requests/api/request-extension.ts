import { forceMajeurePeriods } from '#force-majeure/adapters/force-majeure-records';
import { settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';
import { routes } from '#requests/api/routes';
import { publishRequest } from '#requests/domain/request';
import { requestExtension } from '#requests/use-cases/deficiency';
import { resumeDeps } from './resume';

const deps = { ...resumeDeps, settings, forceMajeure: forceMajeurePeriods };

export const handler = httpRoute(routes.requestExtension, async ({ actor, params, body }) => ({
  status: 200,
  body: publishRequest(await requestExtension(deps, actor, params.id, body)),
}));
