import { routes as accountsRoutes } from '#accounts/api/routes';
import { routes as archiveRoutes } from '#archive/api/routes';
import { routes as catalogRoutes } from '#catalog/api/routes';
import { routes as complaintsRoutes } from '#complaints/api/routes';
import { routes as documentsRoutes } from '#documents/api/routes';
import { routes as employeesRoutes } from '#employees/api/routes';
import { routes as forceMajeureRoutes } from '#force-majeure/api/routes';
import { routes as informationRoutes } from '#information/api/routes';
import type { RouteSpec } from '#kernel/http/route-spec';
import { routes as reportsRoutes } from '#reports/api/routes';
import { routes as requestsRoutes } from '#requests/api/routes';
import { RESPONSES } from './responses';

/** The app's own routes: is it up, and the API's description. */
const appRoutes = {
  health: {
    method: 'GET',
    path: '/health',
    handler: 'health',
    summary: 'Memeriksa bahwa layanan berjalan.',
    auth: 'public',
    access: [],
    responses: RESPONSES.health,
  },
  openApi: {
    method: 'GET',
    path: '/openapi.json',
    handler: 'open-api',
    summary: 'Dokumen OpenAPI 3.1 dari API ini.',
    auth: 'public',
    access: [],
    responses: RESPONSES.openApi,
  },
} as const satisfies Record<string, RouteSpec>;

/**
 * The route table: every HTTP route of the API, and who may call it. Each slice keeps its routes
 * beside its handlers (functions/<slice>/api/routes.ts); this is where they meet, for CDK, the
 * local gateway and the OpenAPI generator.
 */
export const routes = {
  ...appRoutes,
  ...catalogRoutes,
  ...informationRoutes,
  ...requestsRoutes,
  ...employeesRoutes,
  ...archiveRoutes,
  ...documentsRoutes,
  ...complaintsRoutes,
  ...reportsRoutes,
  ...forceMajeureRoutes,
  ...accountsRoutes,
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof routes;
