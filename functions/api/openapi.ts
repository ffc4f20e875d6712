import { z } from 'zod';
import { GATEWAY_RESPONSES } from './gateway-responses';
import { qualifiedScope } from './integration-scopes';
import type { RouteSpec } from './route-spec';
import { routes } from './routes';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, unknown>; required?: string[] };

function schemaOf(type: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(type, { io, unrepresentable: 'any' }) as JsonSchema;
  return schema;
}

function parameters(type: z.ZodType | undefined, location: 'path' | 'query') {
  if (!type) return [];
  const schema = schemaOf(type);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (schema.required ?? []).includes(name),
    schema: property,
  }));
}

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: 'Kode galat yang stabil, untuk program.' },
        message: { type: 'string', description: 'Pesan dalam Bahasa Indonesia, untuk pengguna.' },
        field: { type: 'string', description: 'Isian yang menyebabkan galat, bila ada.' },
      },
    },
  },
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function operation(name: string, route: RouteSpec) {
  const success =
    route.method === 'POST' && /create|add|import|register|batch/i.test(name)
      ? '201'
      : route.method === 'DELETE'
        ? '204'
        : '200';
  return {
    operationId: name,
    summary: route.summary,
    'x-roles': route.auth === 'public' ? [] : route.auth,
    ...(route.auth === 'public' ? { security: [] } : {}),
    ...(route.scope && {
      security: [{ cognito: [] }, { integration: [] }],
      'x-integration-scope': qualifiedScope(route.scope),
    }),
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(route.body && {
      requestBody: { required: true, content: { 'application/json': { schema: schemaOf(route.body) } } },
    }),
    ...(route.text && {
      requestBody: {
        required: true,
        content: Object.fromEntries(
          route.text.contentTypes.map((type) => [type, { schema: { type: 'string' } }]),
        ),
      },
    }),
    ...(route.binary && {
      requestBody: {
        required: true,
        content: Object.fromEntries(
          route.binary.contentTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
        ),
      },
    }),
    responses: {
      [success]: { description: 'Berhasil.' },
      '400': errorResponse('Isian tidak valid; `field` menyebut isiannya.'),
      ...(route.auth !== 'public' && {
        '401': errorResponse(GATEWAY_RESPONSES.UNAUTHORIZED.message),
        '403': errorResponse('Peran atau kewenangan tidak mencukupi.'),
      }),
      '404': errorResponse('Tidak ditemukan (atau tidak boleh diketahui pemanggil).'),
      '409': errorResponse(
        'Keadaan permohonan tidak memungkinkan tindakan ini, atau tindakan lain mendahului.',
      ),
      '429': errorResponse(GATEWAY_RESPONSES.THROTTLED.message),
    },
  };
}

/** The OpenAPI 3.1 document of the API, generated from the route table and its zod schemas. */
export function openApiDocument(serverUrl?: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, route] of Object.entries(routes) as Array<[string, RouteSpec]>) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation(name, route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Layanan ASN Terpadu',
      version: '1',
      description:
        'API layanan kepegawaian terpadu. Setiap galat berbentuk {"error": {"code", "message", "field"?}} dengan pesan berbahasa Indonesia.',
    },
    ...(serverUrl && { servers: [{ url: serverUrl }] }),
    security: [{ cognito: [] }],
    components: {
      securitySchemes: {
        cognito: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'ID token Amazon Cognito.',
        },
        integration: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'Access token klien integrasi (client credentials dari /oauth2/token domain masuk instansi), hanya pada rute dengan x-integration-scope yang sesuai.',
        },
      },
      schemas: { Error: errorSchema },
    },
    paths,
  };
}
