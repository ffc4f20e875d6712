import { signingAuthorities } from '#accounts/adapters/directory-records';
import { clock } from '#kernel/adapters/clock';
import { settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';
import { requests } from '#requests/adapters/request-records';
import { routes } from '#requests/api/routes';
import { publishRequest } from '#requests/domain/request';
import { listTasks } from '#requests/use-cases/work-queue';

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
