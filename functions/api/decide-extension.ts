import { forceMajeurePeriods } from '#adapters/force-majeure-records';
import { settings } from '#adapters/settings';
import { publishRequest } from '#domain/request';
import { decideExtension } from '#domain/use-cases/deficiency';
import { httpRoute } from './http';
import { resumeDeps, settled } from './resume';
import { routes } from './routes';

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
