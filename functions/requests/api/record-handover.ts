import { httpRoute } from '#kernel/http/http';
import { routes } from '#requests/api/routes';
import { publishRequest } from '#requests/domain/request';
import { recordPickup } from '#requests/use-cases/survey-and-handover';
import { resumeDeps, settled } from './resume';

export const handler = httpRoute(routes.recordHandover, async ({ actor, params, body }) => ({
  status: 200,
  body: publishRequest(settled(await recordPickup(resumeDeps, actor, params.id, body))),
}));
