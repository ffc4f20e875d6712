import { describe, expect, it } from 'vitest';
import { routes as accountsRoutes } from '#accounts/api/routes';
import { routes } from '#app/api/routes';
import { routes as archiveRoutes } from '#archive/api/routes';
import { routes as catalogRoutes } from '#catalog/api/routes';
import { routes as complaintsRoutes } from '#complaints/api/routes';
import { routes as documentsRoutes } from '#documents/api/routes';
import { routes as employeesRoutes } from '#employees/api/routes';
import { routes as forceMajeureRoutes } from '#force-majeure/api/routes';
import { routes as informationRoutes } from '#information/api/routes';
import { routes as reportsRoutes } from '#reports/api/routes';
import { routes as requestsRoutes } from '#requests/api/routes';

const SLICE_TABLES = [
  accountsRoutes,
  archiveRoutes,
  catalogRoutes,
  complaintsRoutes,
  documentsRoutes,
  employeesRoutes,
  forceMajeureRoutes,
  informationRoutes,
  reportsRoutes,
  requestsRoutes,
];

describe('the route table assembled from the slices', () => {
  it('loses no route: no two slices name a route alike', () => {
    const names = SLICE_TABLES.flatMap((table) => Object.keys(table));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(Object.keys(routes)).toContain(name);
  });

  it('answers each method and path with one route', () => {
    const keys = Object.values(routes).map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
