import { publishRequest } from '#domain/request';
import { recordPickup } from '#domain/use-cases/survey-and-handover';
import { httpRoute } from './http';
import { resumeDeps, settled } from './resume';
import { routes } from './routes';

export const handler = httpRoute(routes.recordHandover, async ({ actor, params, body }) => ({
  status: 200,
  body: publishRequest(settled(await recordPickup(resumeDeps, actor, params.id, body))),
}));
