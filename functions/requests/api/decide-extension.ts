import { forceMajeurePeriods } from '#force-majeure/adapters/force-majeure-records';
import { settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';
import { routes } from '#requests/api/routes';
import { publishRequest } from '#requests/domain/request';
import { decideExtension } from '#requests/use-cases/deficiency';
import { resumeDeps, settled } from './resume';

const deps = { ...resumeDeps, settings, forceMajeure: forceMajeurePeriods };

export const handler = httpRoute(routes.decideExtension, async ({ actor, params, body }) => ({
  status: 200,
  body: publishRequest(
    settled(
      await decideExtension(deps, actor, params.id, {
        grant: body.grant,
        ...(body.days && { days: body.days }),
        ...(body.note && { note: body.note }),
      }),
    ),
  ),
}));
