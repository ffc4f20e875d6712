import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import type { Account } from '#accounts/domain/ports';
import {
  GATEWAY_RESPONSES,
  type GatewayResponseType,
  gatewayResponseBody,
} from '#kernel/http/gateway-responses';
import { API_GATEWAY_PAYLOAD_BYTES, binaryMediaTypes, LAMBDA_PAYLOAD_BYTES } from '#kernel/http/payload';
import type { RouteSpec } from '#kernel/http/route-spec';
import type { VirtualClock } from './clock';
import { invokeLocal } from './lambda-runtime';
import type { LocalSignIn, LocalTokenIssuer } from './tokens';
import type { LocalUser } from './users';

/** A refused body is still read to its end, so the connection serves the next request; past this it is cut. */
const MAX_DRAINED_BYTES = 64 * 1_048_576;
const CORS_HEADERS = 'Authorization,Content-Type,Idempotency-Key';

interface CompiledRoute {
  readonly spec: RouteSpec;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

function compile(spec: RouteSpec): CompiledRoute {
  const names: string[] = [];
  const source = spec.path.replace(/\{([A-Za-z0-9_]+)\}/g, (_match, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { spec, pattern: new RegExp(`^${source}$`), names };
}

function match(routes: readonly CompiledRoute[], method: string, path: string) {
  // As API Gateway: a literal segment (`/verify/uploads`) wins over a parameter (`/verify/{documentId}`).
  const candidates = routes
    .filter((route) => route.pattern.test(path))
    .sort((a, b) => a.names.length - b.names.length);
  const route = candidates.find((candidate) => candidate.spec.method === method);
  if (!route) return { candidates };
  const values = route.pattern.exec(path)?.slice(1) ?? [];
  const params = Object.fromEntries(
    route.names.map((name, index) => [name, decodeURIComponent(values[index] ?? '')]),
  );
  return { candidates, route, params };
}

/**
 * The body, or `tooLarge` past API Gateway's 10 MB payload quota. A body refused so is still read
 * to its end (up to MAX_DRAINED_BYTES): answering before would leave its rest on the connection,
 * and the client's next request on it would be reset.
 */
async function readBody(request: IncomingMessage): Promise<Buffer | 'tooLarge' | 'cut'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_DRAINED_BYTES) return 'cut';
    if (size <= API_GATEWAY_PAYLOAD_BYTES) chunks.push(chunk as Buffer);
  }
  return size > API_GATEWAY_PAYLOAD_BYTES ? 'tooLarge' : Buffer.concat(chunks);
}

/**
 * The body as API Gateway hands it to Lambda: base64 when the request's Content-Type is one of
 * the REST API's binary media types (binaryMediaTypes, built from the same route table: the file
 * types any route takes or produces, text/csv among them), text otherwise.
 */
function eventBody(request: IncomingMessage, binaryTypes: readonly string[], body: Buffer) {
  const type = request.headers['content-type'] ?? '';
  const binary = binaryTypes.some((accepted) => type.startsWith(accepted));
  return { body: binary ? body.toString('base64') : body.toString('utf8'), isBase64Encoded: binary };
}

/** Whether a payload exceeds what Lambda takes or gives in one synchronous invocation (6 MB of JSON). */
const overLambdaLimit = (payload: unknown) =>
  Buffer.byteLength(JSON.stringify(payload)) > LAMBDA_PAYLOAD_BYTES;

function reply(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(body);
}

export interface GatewayOptions {
  readonly routes: readonly RouteSpec[];
  readonly tokens: LocalTokenIssuer;
  readonly users: readonly LocalUser[];
  /** The account directory's entry for a username (issued, disabled or changed through the API). */
  readonly account: (username: string) => Promise<Account | undefined>;
  readonly clock: VirtualClock;
  readonly origins: ReadonlySet<string>;
}

/**
 * A local sign-in: from the account directory when the account is there (so a change of roles
 * or unit takes effect at the next login), else from the seeded user (a stack started empty).
 * Seeded users have set up TOTP; an account issued through the API passes it when the login
 * says `"mfa": true`, as a Cognito sign-in with the authenticator app would.
 */
function signInOf(
  username: string,
  account: Account | undefined,
  seeded: LocalUser | undefined,
  totp: boolean,
): LocalSignIn {
  const employee = seeded?.employee;
  return {
    username,
    roles: account?.roles ?? seeded?.roles ?? [],
    name: account?.name ?? employee?.name ?? username,
    mfa: seeded !== undefined || totp,
    ...((account?.nip ?? employee?.nip) && { nip: account?.nip ?? employee?.nip }),
    ...((account?.unit ?? employee?.unit) && { unit: account?.unit ?? employee?.unit }),
    ...((account?.division ?? seeded?.division) && { division: account?.division ?? seeded?.division }),
    ...((account?.email ?? employee?.email) && { email: account?.email ?? employee?.email }),
  };
}

/**
 * The local API Gateway: serves the route table by building the REST API's proxy event and
 * calling the same handler module Lambda runs, behind the same authorizer rules; plus the
 * local-only routes `POST /local/login` and `GET|POST /local/clock`.
 */
export function apiGateway(options: GatewayOptions): Server {
  const routes = options.routes.map(compile);
  const binaryTypes = binaryMediaTypes(options.routes);
  const users = new Map(options.users.map((user) => [user.username, user]));

  async function local(request: IncomingMessage, response: ServerResponse, path: string, body: string) {
    const input = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    if (path === '/local/login' && request.method === 'POST') {
      const username = String(input.username ?? '');
      const seeded = users.get(username);
      const account = await options.account(username);
      if (!seeded && !account) {
        const known = [...users.keys()].join(', ');
        return reply(
          response,
          404,
          JSON.stringify({
            error: {
              code: 'UNKNOWN_USER',
              message: `Pengguna tidak dikenal. Pilih salah satu: ${known}, atau akun yang dibuat Admin BKPSDM.`,
              field: 'username',
            },
          }),
        );
      }
      if (account?.disabled) {
        return reply(
          response,
          403,
          JSON.stringify({
            error: { code: 'ACCOUNT_DISABLED', message: 'Akun ini dinonaktifkan oleh Admin BKPSDM.' },
          }),
        );
      }
      const token = await options.tokens.issue(signInOf(username, account, seeded, input.mfa === true));
      const roles = account?.roles ?? seeded?.roles ?? [];
      return reply(response, 200, JSON.stringify({ token, username, roles }));
    }
    if (path === '/local/clock') {
      if (request.method === 'POST') {
        const seconds = Number(input.advanceSeconds ?? 0) + Number(input.advanceDays ?? 0) * 86_400;
        if (!(seconds >= 0))
          return reply(
            response,
            400,
            JSON.stringify({
              error: {
                code: 'INVALID_INPUT',
                message: 'advanceSeconds/advanceDays harus angka tidak negatif.',
              },
            }),
          );
        options.clock.advance(seconds * 1000);
      }
      return reply(
        response,
        200,
        JSON.stringify({ now: options.clock.now().toISOString(), scale: options.clock.scale }),
      );
    }
    return reply(response, 404, JSON.stringify(gatewayResponseBody('MISSING_AUTHENTICATION_TOKEN')));
  }

  function gatewayError(
    response: ServerResponse,
    type: GatewayResponseType,
    headers: Record<string, string>,
  ) {
    reply(
      response,
      GATEWAY_RESPONSES[type].status ?? 400,
      JSON.stringify(gatewayResponseBody(type)),
      headers,
    );
  }

  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    const origin = request.headers.origin;
    const cors: Record<string, string> =
      origin && options.origins.has(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
    try {
      const body = await readBody(request);
      if (body === 'cut')
        return gatewayError(response, 'REQUEST_TOO_LARGE', { ...cors, connection: 'close' });
      if (body === 'tooLarge') return gatewayError(response, 'REQUEST_TOO_LARGE', cors);
      if (url.pathname.startsWith('/local/')) {
        // The portal on its own origin signs in here too: the local routes answer CORS like the API.
        if (method === 'OPTIONS') {
          response.writeHead(204, {
            ...cors,
            'access-control-allow-methods': 'GET,POST,OPTIONS',
            'access-control-allow-headers': CORS_HEADERS,
          });
          return response.end();
        }
        for (const [name, value] of Object.entries(cors)) response.setHeader(name, value);
        return await local(request, response, url.pathname, body.toString('utf8'));
      }
      const found = match(routes, method, url.pathname);
      if (method === 'OPTIONS' && found.candidates.length > 0) {
        response.writeHead(204, {
          ...cors,
          'access-control-allow-methods': [
            ...new Set(found.candidates.map((route) => route.spec.method)),
            'OPTIONS',
          ].join(','),
          'access-control-allow-headers': CORS_HEADERS,
          'access-control-max-age': '600',
        });
        return response.end();
      }
      if (!found.route) return gatewayError(response, 'MISSING_AUTHENTICATION_TOKEN', cors);
      const { spec } = found.route;
      const claims =
        spec.auth === 'public' ? undefined : await options.tokens.claims(request.headers.authorization);
      if (spec.auth !== 'public' && !claims) return gatewayError(response, 'UNAUTHORIZED', cors);
      const event = proxyEvent(
        request,
        url,
        spec,
        found.params ?? {},
        claims,
        eventBody(request, binaryTypes, body),
      );
      // Lambda refuses an invocation whose event, or whose answer, is over its payload limit.
      if (overLambdaLimit(event)) return gatewayError(response, 'INTEGRATION_FAILURE', cors);
      const result = (await invokeLocal('api', spec.handler, event)) as APIGatewayProxyResult;
      if (overLambdaLimit(result)) return gatewayError(response, 'INTEGRATION_FAILURE', cors);
      response.writeHead(result.statusCode, result.headers as Record<string, string>);
      // API Gateway turns a base64 body back into bytes for the binary media types the route produces.
      response.end(result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body);
    } catch (error) {
      process.stderr.write(`local gateway: ${(error as Error).stack ?? String(error)}\n`);
      reply(response, 502, JSON.stringify({ message: 'Internal server error' }), cors);
    }
  });
}

/** Adds a value under a client-chosen name: `valueOf` or `constructor` are names like any other. */
function appendValue(values: Record<string, string[]>, name: string, value: string): void {
  values[name] = [...(Object.hasOwn(values, name) ? (values[name] ?? []) : []), value];
}

function proxyEvent(
  request: IncomingMessage,
  url: URL,
  spec: RouteSpec,
  params: Record<string, string>,
  claims: Record<string, string> | undefined,
  payload: { readonly body: string; readonly isBase64Encoded: boolean },
): APIGatewayProxyEvent {
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (let index = 0; index < request.rawHeaders.length; index += 2) {
    const name = request.rawHeaders[index] ?? '';
    const value = request.rawHeaders[index + 1] ?? '';
    headers[name] = value;
    appendValue(multiValueHeaders, name, value);
  }
  const query: Record<string, string> = {};
  const multiValueQuery: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) {
    query[name] = value;
    appendValue(multiValueQuery, name, value);
  }
  const hasQuery = Object.keys(query).length > 0;
  return {
    resource: spec.path,
    path: url.pathname,
    httpMethod: spec.method,
    headers,
    multiValueHeaders,
    queryStringParameters: hasQuery ? query : null,
    multiValueQueryStringParameters: hasQuery ? multiValueQuery : null,
    pathParameters: Object.keys(params).length > 0 ? params : null,
    stageVariables: null,
    body: payload.body || null,
    isBase64Encoded: payload.isBase64Encoded,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      authorizer: claims ? { claims } : null,
      httpMethod: spec.method,
      identity: {
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: request.headers['user-agent'] ?? null,
      } as APIGatewayProxyEvent['requestContext']['identity'],
      path: `/local${url.pathname}`,
      protocol: 'HTTP/1.1',
      requestId: randomUUID(),
      requestTimeEpoch: Date.now(),
      resourceId: 'local',
      resourcePath: spec.path,
      stage: 'local',
    },
  };
}
