import { clock } from '#adapters/clock';
import { signingAuthorities } from '#adapters/directory-records';
import { requests } from '#adapters/request-records';
import { settings } from '#adapters/settings';
import { publishRequest } from '#domain/request';
import { listTasks } from '#domain/use-cases/work-queue';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = { records: requests, clock, settings, authorities: signingAuthorities };

export const handler = httpRoute(routes.listTasks, async ({ actor, query }) => {
  const page = await listTasks(deps, actor, {
    limit: query.limit,
    ...(query.stage && { stage: query.stage }),
    ...(query.cursor && { cursor: query.cursor }),
  });
  return {
    status: 200,
    body: {
      items: page.items.map((item) => ({
        stage: item.stage,
        ...(item.dueAt && { dueAt: item.dueAt }),
        overdue: item.overdue,
        request: publishRequest(item.request),
      })),
      ...(page.cursor && { cursor: page.cursor }),
    },
  };
});
