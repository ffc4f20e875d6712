import { z } from 'zod';
import { GATEWAY_RESPONSES } from './gateway-responses';
import { qualifiedScope } from './integration-scopes';
import { API_GATEWAY_PAYLOAD_BYTES, IN_BODY_FILE_BYTES, LAMBDA_PAYLOAD_BYTES } from './payload';
import type { FileBody, RouteSpec } from './route-spec';
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

/** What a file body may weigh, said where clients read it: the route's own limit and why it is that. */
function fileBodyDescription(body: FileBody): string {
  return (
    `Paling besar ${body.maxBytes} bita (${body.maxBytes / 1_048_576} MB) di badan permintaan: API Gateway ` +
    `meneruskan berkas dalam base64 di dalam event, dan Lambda menerima paling banyak ${LAMBDA_PAYLOAD_BYTES / 1_048_576} MB.` +
    (body.largerVia
      ? ` Berkas yang lebih besar: ${body.largerVia}, lalu unggah ke alamat yang diberikan.`
      : '')
  );
}

function fileBody(body: FileBody, schema: Record<string, unknown>) {
  return {
    required: true,
    description: fileBodyDescription(body),
    'x-max-bytes': body.maxBytes,
    content: Object.fromEntries(body.contentTypes.map((type) => [type, { schema }])),
  };
}

function operation(name: string, route: RouteSpec) {
  const success = /^import/i.test(name)
    ? '202'
    : route.method === 'POST' && /create|add|register|batch/i.test(name)
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
    ...(route.text && { requestBody: fileBody(route.text, { type: 'string' }) }),
    ...(route.binary && { requestBody: fileBody(route.binary, { type: 'string', format: 'binary' }) }),
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
      '413': errorResponse(
        `Permintaan melebihi ${API_GATEWAY_PAYLOAD_BYTES / 1_048_576} MB (batas API Gateway).`,
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
        'API layanan kepegawaian terpadu. Setiap galat berbentuk {"error": {"code", "message", "field"?}} dengan pesan berbahasa Indonesia. ' +
        'Kontrak `processing`: setelah setiap tindakan, alur kerja membuka tahap berikutnya; selama itu permohonan menampilkan status barunya dengan `"processing": true` ' +
        'dan tindakan pada tahap itu ditolak dengan 409 PROCESSING tanpa mengubah apa pun. Begitu `processing` bernilai false, permohonan sudah berada di antrean tahapnya, ' +
        'dokumennya sudah terbit, dan setiap tindakan yang ditawarkan statusnya berhasil. ' +
        `Batas ukuran: badan JSON 64 KB; berkas di badan permintaan ${IN_BODY_FILE_BYTES / 1_048_576} MB (API Gateway meneruskannya dalam base64, Lambda menerima paling banyak ${LAMBDA_PAYLOAD_BYTES / 1_048_576} MB); ` +
        `permintaan apa pun ${API_GATEWAY_PAYLOAD_BYTES / 1_048_576} MB (413). Berkas yang lebih besar diunggah langsung ke S3 melalui alamat unggah bertanda tangan (POST /employees/imports/uploads, POST /verify/uploads).`,
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
