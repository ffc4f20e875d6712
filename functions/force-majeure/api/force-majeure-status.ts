import { forceMajeurePeriods } from '#force-majeure/adapters/force-majeure-records';
import { routes } from '#force-majeure/api/routes';
import { forceMajeureStatus } from '#force-majeure/use-cases/force-majeure';
import { clock } from '#kernel/adapters/clock';
import { httpRoute } from '#kernel/http/http';

export const handler = httpRoute(routes.forceMajeureStatus, async () => ({
  status: 200,
  body: await forceMajeureStatus({ forceMajeure: forceMajeurePeriods, clock }),
}));
