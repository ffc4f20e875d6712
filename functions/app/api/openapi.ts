import { z } from 'zod';
import { GATEWAY_RESPONSES } from '#kernel/http/gateway-responses';
import { qualifiedScope } from '#kernel/http/integration-scopes';
import { API_GATEWAY_PAYLOAD_BYTES, IN_BODY_FILE_BYTES, LAMBDA_PAYLOAD_BYTES } from '#kernel/http/payload';
import type { FileBody, RouteSpec } from '#kernel/http/route-spec';
import { errorSchema } from './responses';
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

/** Named schemas (`.meta({ id })`) become components; zod puts them under `$defs`, OpenAPI keeps them here. */
const components: Record<string, unknown> = {};

function componentRefs(schema: JsonSchema): JsonSchema {
  const { $defs, ...rest } = schema as JsonSchema & { $defs?: Record<string, unknown> };
  const moved = (value: unknown) =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
  for (const [id, definition] of Object.entries($defs ?? {})) components[id] = open(moved(definition));
  return open(moved(rest));
}

/** Answers may carry members a schema does not list: say nothing of additional properties. */
function open(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === 'additionalProperties' && value === false ? undefined : value,
  ) as JsonSchema;
}

/** A body the route answers with: its schema by reference when named, inline otherwise. */
function responseSchema(type: z.ZodType): JsonSchema {
  const id = z.globalRegistry.get(type)?.id;
  const schema = componentRefs(schemaOf(type, 'output'));
  if (!id) return schema;
  return { $ref: `#/components/schemas/${id}` };
}

const ERROR_RESPONSES = {
  BadRequest: 'Isian tidak valid; `field` menyebut isiannya.',
  Unauthorized: GATEWAY_RESPONSES.UNAUTHORIZED.message,
  Forbidden: 'Peran atau kewenangan tidak mencukupi.',
  NotFound: 'Tidak ditemukan (atau tidak boleh diketahui pemanggil).',
  Conflict: 'Keadaan permohonan tidak memungkinkan tindakan ini, atau tindakan lain mendahului.',
  TooLarge: GATEWAY_RESPONSES.REQUEST_TOO_LARGE.message,
  UnsupportedMediaType: 'Format badan permintaan tidak diterima.',
  TooManyRequests: GATEWAY_RESPONSES.THROTTLED.message,
  InternalError: 'Kesalahan sistem; pesan memuat kode untuk helpdesk.',
  Unavailable: 'Layanan yang dibutuhkan sedang sibuk atau dalam keadaan kahar; coba lagi nanti.',
} as const;
type ErrorResponse = keyof typeof ERROR_RESPONSES;

const errorRef = (name: ErrorResponse) => ({ $ref: `#/components/responses/${name}` });

/** The error statuses a route can answer, from what it takes and who may call it. */
function errorStatuses(route: RouteSpec): Array<[string, ErrorResponse]> {
  const takesBody = Boolean(route.body || route.text || route.binary);
  const takesInput = takesBody || Boolean(route.params || route.query);
  const signedIn = route.auth !== 'public';
  const answers: Array<[string, ErrorResponse, boolean]> = [
    ['400', 'BadRequest', takesInput],
    ['401', 'Unauthorized', signedIn],
    ['403', 'Forbidden', signedIn],
    ['404', 'NotFound', Boolean(route.params) || signedIn],
    ['409', 'Conflict', signedIn && route.method !== 'GET'],
    ['413', 'TooLarge', takesBody],
    ['415', 'UnsupportedMediaType', takesBody],
    ['429', 'TooManyRequests', true],
    ['500', 'InternalError', true],
    ['503', 'Unavailable', true],
  ];
  return answers.filter(([, , applies]) => applies).map(([status, name]) => [status, name]);
}

function successResponses(route: RouteSpec) {
  return Object.fromEntries(
    Object.entries(route.responses).map(([status, type]) => {
      if (!type) return [status, { description: 'Berhasil, tanpa isi.' }];
      const json = { 'application/json': { schema: responseSchema(type) } };
      const files = Object.fromEntries(
        (route.produces ?? []).map((media) => [media, { schema: { type: 'string', format: 'binary' } }]),
      );
      const page = route.handler === 'verify-document' ? { 'text/html': { schema: { type: 'string' } } } : {};
      return [status, { description: 'Berhasil.', content: { ...json, ...files, ...page } }];
    }),
  );
}

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
      ...successResponses(route),
      ...Object.fromEntries(errorStatuses(route).map(([status, name]) => [status, errorRef(name)])),
    },
  };
}

/**
 * The OpenAPI 3.1 document of the API, generated from the route table and its zod schemas (input
 * and answers alike). `serverUrl` is where this deployment answers; `.` (relative to the
 * document) when it is not known.
 */
export function openApiDocument(serverUrl = '.') {
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
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: serverUrl, description: 'API instansi ini' }],
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
      schemas: { Error: componentRefs(schemaOf(errorSchema, 'output')), ...components },
      responses: Object.fromEntries(
        Object.entries(ERROR_RESPONSES).map(([name, description]) => [
          name,
          {
            description,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        ]),
      ),
    },
    paths,
  };
}
