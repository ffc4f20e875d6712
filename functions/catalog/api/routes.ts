import { z } from 'zod';
import { RESPONSES } from '#app/api/responses';
import type { RouteSpec } from '#kernel/http/route-spec';

/** The routes of the catalog slice (functions/app/api/routes.ts assembles the table). */
export const routes = {
  listServices: {
    method: 'GET',
    path: '/services',
    handler: 'list-services',
    summary: 'Katalog layanan kepegawaian beserta standar pelayanannya.',
    auth: 'public',
    access: [],
    responses: RESPONSES.listServices,
  },
  getService: {
    method: 'GET',
    path: '/services/{code}',
    handler: 'get-service',
    summary: 'Satu layanan dari katalog.',
    auth: 'public',
    access: [],
    responses: RESPONSES.getService,
    params: z.object({ code: z.string().regex(/^[A-Z_]{2,40}$/) }),
  },
  getServiceStandard: {
    method: 'GET',
    path: '/services/{code}/standard',
    handler: 'get-service-standard',
    summary: 'Standar pelayanan: persyaratan, prosedur, jangka waktu, biaya, dan saluran pengaduan.',
    auth: 'public',
    access: [],
    responses: RESPONSES.getServiceStandard,
    params: z.object({ code: z.string().regex(/^[A-Z_]{2,40}$/) }),
  },
} as const satisfies Record<string, RouteSpec>;
