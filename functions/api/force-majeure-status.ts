import { clock } from '#adapters/clock';
import { forceMajeurePeriods } from '#adapters/force-majeure-records';
import { forceMajeureStatus } from '#domain/use-cases/force-majeure';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.forceMajeureStatus, async () => ({
  status: 200,
  body: await forceMajeureStatus({ periods: forceMajeurePeriods, clock }),
}));
