import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import type { z } from 'zod';
import { currentActor } from '#accounts/domain/session';
import { attachmentDisposition } from '#files/domain/uploads';
import { logger, metrics, tracer } from '#kernel/adapters/observability';
import { settings } from '#kernel/adapters/settings';
import {
  DomainError,
  ForbiddenError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '#kernel/domain/errors';
import { type Actor, hasAnyRole, isRole, MFA_ROLES } from '#kernel/domain/roles';
import { allowedOrigins } from '#kernel/domain/settings';
import { parseInput } from '#kernel/domain/validation';
import { httpStatus } from './error-status';
import { integrationActor } from './integration-scopes';
import type { RouteSpec } from './route-spec';

const MAX_BODY_BYTES = 64 * 1024;

const ORIGINS = new Set(allowedOrigins(settings));
const TRANSIENT = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'ServiceUnavailable',
  'InternalServerError',
  'TimeoutError',
]);
/** Statuses the SDK retries as throttling or a passing fault; an S3 HEAD's error carries nothing else. */
const TRANSIENT_STATUSES = new Set([429, 500, 502, 503, 504]);

/** A dependency's error the SDK already retried: the caller may try again later (503). */
function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return TRANSIENT.has(error.name) || (status !== undefined && TRANSIENT_STATUSES.has(status));
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<R extends RouteSpec> {
  readonly actor: R['auth'] extends 'public' ? Actor | undefined : Actor;
  readonly params: Parsed<R['params']>;
  readonly query: Parsed<R['query']>;
  readonly body: Parsed<R['body']>;
  /** The raw body of a route that takes text (`text` in its spec). */
  readonly text: R['text'] extends object ? string : undefined;
  /** The bytes of a route that takes a file (`binary` in its spec). */
  readonly bytes: R['binary'] extends object ? Uint8Array : undefined;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
}

type DeepReadonly<T> =
  T extends ReadonlyArray<infer U>
    ? ReadonlyArray<DeepReadonly<U>>
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** A status as a literal: written this way, a handler's `status: 200` is checked as 200, not widened. */
type Status<S> = S extends number ? S : never;

/**
 * An answer of `route`: one of its statuses, with a body its schema for that status accepts (a
 * page or a file instead, for the routes that answer people or spreadsheets).
 */
export type RouteAnswer<R extends RouteSpec> = {
  [S in keyof R['responses'] & number]: {
    readonly status: Status<S>;
    readonly headers?: Readonly<Record<string, string>>;
  } & (
    | (R['responses'][S] extends z.ZodType
        ? { readonly body: DeepReadonly<z.input<R['responses'][S]>> }
        : { readonly body?: undefined })
    | { readonly html: string }
    | { readonly file: NonNullable<HttpResult['file']> }
  );
}[keyof R['responses'] & number];

export interface HttpResult {
  readonly status: number;
  readonly body?: unknown;
  /** A page for people (e.g. the verification page a QR code opens), instead of a JSON body. */
  readonly html?: string;
  /** A file to download (a report as CSV or XLSX), instead of a JSON body. */
  readonly file?: { readonly bytes: Uint8Array; readonly contentType: string; readonly fileName: string };
  readonly headers?: Readonly<Record<string, string>>;
}

/** Pages carry their own style inline and nothing else: no scripts, no outside resources. */
const HTML_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
};

function responseHeaders(event: APIGatewayProxyEvent): Record<string, string> {
  const origin = event.headers?.origin ?? event.headers?.Origin;
  return {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    ...(origin && ORIGINS.has(origin) && { 'access-control-allow-origin': origin, vary: 'Origin' }),
  };
}

/**
 * Claims the authorizer put on the event: the Cognito authorizer (and the local gateway) under
 * `claims`, the token authorizer of the routes open to integrations flat in its context.
 */
function claimsOf(event: APIGatewayProxyEvent): Record<string, string> | undefined {
  const authorizer = event.requestContext?.authorizer;
  return (authorizer?.claims ?? authorizer ?? undefined) as Record<string, string> | undefined;
}

function actorOf(event: APIGatewayProxyEvent): Actor | undefined {
  const claims = claimsOf(event);
  const username = claims?.['cognito:username'];
  if (!claims || !username) return undefined;
  // REST APIs flatten claims to strings; groups arrive as "A,B" (or "[A B]" in some paths).
  const roles = (claims['cognito:groups'] ?? '')
    .replace(/^\[|\]$/g, '')
    .split(/[,\s]+/)
    .filter(isRole);
  return {
    username,
    roles,
    ...(claims['custom:nip'] && { nip: claims['custom:nip'] }),
    ...(claims['custom:unit'] && { unit: claims['custom:unit'] }),
    ...(claims['custom:division'] && { division: claims['custom:division'] }),
    ...(claims.email && { email: claims.email }),
    ...(claims.name && { name: claims.name }),
  };
}

/**
 * The caller, with the roles they may use now: as the account directory holds the account at
 * this call (currentActor: disabled, roles removed, unit moved since the token was issued), and
 * a role that needs a second factor only when the sign-in passed TOTP (the `mfa` claim the
 * pre-token trigger adds; see MFA_ROLES). Public routes read no directory.
 */
async function authorize(route: RouteSpec, event: APIGatewayProxyEvent): Promise<Actor | undefined> {
  const claims = claimsOf(event);
  // An agency script's access token (client credentials): its scopes, not a person's account, decide.
  if (claims?.token_use === 'access' && claims.client_id && !claims['cognito:username']) {
    const integration = integrationActor(route.scope, claims.client_id, claims.scope);
    if (!integration)
      throw new ForbiddenError('SCOPE_NOT_ALLOWED', 'Token integrasi ini tidak mencakup fungsi ini.');
    return integration;
  }
  const claimed = actorOf(event);
  const totp = claimsOf(event)?.mfa === 'TOTP';
  const withTotp = (actor: Actor) => ({
    ...actor,
    roles: actor.roles.filter((role) => totp || !MFA_ROLES.includes(role)),
  });
  if (route.auth === 'public') return claimed && withTotp(claimed);
  if (!claimed) throw new UnauthorizedError('UNAUTHENTICATED', 'Silakan masuk terlebih dahulu.');
  // Loaded here, not at the top: public routes that hold no table grant never load the directory.
  const { currentAccount } = await import('#accounts/adapters/current-accounts');
  const signedIn = currentActor(claimed, await currentAccount(claimed.username));
  const actor = withTotp(signedIn);
  if (!hasAnyRole(actor, route.auth)) {
    if (hasAnyRole(signedIn, route.auth)) {
      throw new ForbiddenError(
        'MFA_REQUIRED',
        'Peran ini mensyaratkan verifikasi dua langkah. Aktifkan aplikasi autentikator (TOTP) pada akun Anda, lalu masuk kembali.',
      );
    }
    throw new ForbiddenError('ROLE_NOT_ALLOWED', 'Peran Anda tidak berwenang menggunakan fungsi ini.');
  }
  return actor;
}

/** The refusal of a body over `maxBytes`, saying where a larger file goes when the route has such a place. */
function tooLarge(maxBytes: number, largerVia?: string): ValidationError {
  const limit =
    maxBytes >= 1_048_576 ? `${Math.floor(maxBytes / 1_048_576)} MB` : `${Math.floor(maxBytes / 1024)} KB`;
  return new ValidationError(
    'BODY_TOO_LARGE',
    `Badan permintaan melebihi ${limit}.${largerVia ? ` Kirim berkas yang lebih besar melalui ${largerVia}.` : ''}`,
  );
}

function bodyText(event: APIGatewayProxyEvent, maxBytes: number, largerVia?: string): string {
  const text = event.isBase64Encoded
    ? Buffer.from(event.body ?? '', 'base64').toString('utf8')
    : (event.body ?? '');
  if (Buffer.byteLength(text) > maxBytes) throw tooLarge(maxBytes, largerVia);
  return text;
}

function contentTypeOf(event: APIGatewayProxyEvent): string | undefined {
  return Object.entries(event.headers ?? {})
    .find(([name]) => name.toLowerCase() === 'content-type')?.[1]
    ?.toLowerCase();
}

function acceptedType(event: APIGatewayProxyEvent, contentTypes: readonly string[]): void {
  const type = contentTypeOf(event);
  if (!type || !contentTypes.some((accepted) => type.startsWith(accepted))) {
    throw new UnsupportedMediaTypeError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Badan permintaan harus berformat ${contentTypes.join(' atau ')}.`,
    );
  }
}

/** The body of a route that takes a file: one of its media types, within its size. */
function binaryBody(event: APIGatewayProxyEvent, spec: NonNullable<RouteSpec['binary']>): Uint8Array {
  acceptedType(event, spec.contentTypes);
  const bytes = Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
  if (bytes.byteLength === 0) throw new ValidationError('EMPTY_BODY', 'Badan permintaan kosong.');
  if (bytes.byteLength > spec.maxBytes) throw tooLarge(spec.maxBytes, spec.largerVia);
  return bytes;
}

/** The body of a route that takes text: one of its media types, within its size. */
function textBody(event: APIGatewayProxyEvent, spec: NonNullable<RouteSpec['text']>): string {
  acceptedType(event, spec.contentTypes);
  const text = bodyText(event, spec.maxBytes, spec.largerVia);
  if (!text.trim()) throw new ValidationError('EMPTY_BODY', 'Badan permintaan kosong.');
  return text;
}

function jsonBody(event: APIGatewayProxyEvent): unknown {
  if (!event.body) return {};
  const text = bodyText(event, MAX_BODY_BYTES);
  const type = contentTypeOf(event);
  if (type && !/^application\/json\b/.test(type)) {
    throw new UnsupportedMediaTypeError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Badan permintaan harus berformat application/json.',
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError('INVALID_JSON', 'Badan permintaan bukan JSON yang valid.');
  }
}

function errorBody(error: DomainError) {
  return { error: { code: error.code, message: error.message, ...(error.field && { field: error.field }) } };
}

/** Typed errors become their status; anything else a 503 (transient) or a 500 that hides its cause. */
function errorResponse(
  error: unknown,
  event: APIGatewayProxyEvent,
  requestId: string,
): APIGatewayProxyResult {
  if (error instanceof DomainError) {
    return {
      statusCode: httpStatus(error),
      headers: responseHeaders(event),
      body: JSON.stringify(errorBody(error)),
    };
  }
  const transient = isTransient(error);
  logger.error(transient ? 'dependency unavailable' : 'unhandled error', {
    error: error as Error,
    requestId,
  });
  const body = transient
    ? { error: { code: 'UNAVAILABLE', message: 'Layanan sedang sibuk. Silakan coba lagi sebentar lagi.' } }
    : {
        error: {
          code: 'INTERNAL_ERROR',
          message: `Terjadi kesalahan pada sistem. Silakan coba lagi; bila berlanjut, hubungi helpdesk dengan kode ${requestId}.`,
        },
      };
  return { statusCode: transient ? 503 : 500, headers: responseHeaders(event), body: JSON.stringify(body) };
}

/**
 * Wraps a route's handler: Powertools, authorization by the route's roles, one zod parse each
 * of path, query and body, and one mapping of errors to responses.
 */
export function httpRoute<R extends RouteSpec>(
  route: R,
  handle: (input: RouteInput<NoInfer<R>>) => Promise<RouteAnswer<NoInfer<R>>>,
) {
  return middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics, { captureColdStartMetric: true }))
    .use(captureLambdaHandler(tracer))
    .handler(async (event, context) => {
      try {
        const actor = await authorize(route, event);
        const headers = Object.fromEntries(
          Object.entries(event.headers ?? {}).map(([name, value]) => [
            name.toLowerCase(),
            value ?? undefined,
          ]),
        );
        const input = {
          actor,
          params: route.params && parseInput(route.params, event.pathParameters ?? {}),
          query: route.query && parseInput(route.query, event.queryStringParameters ?? {}),
          body: route.body && parseInput(route.body, jsonBody(event)),
          text: route.text && textBody(event, route.text),
          bytes: route.binary && binaryBody(event, route.binary),
          headers,
        } as RouteInput<R>;
        const result: HttpResult = await handle(input);
        if (result.file) {
          return {
            statusCode: result.status,
            headers: {
              ...responseHeaders(event),
              'content-type': result.file.contentType,
              'content-disposition': attachmentDisposition(result.file.fileName),
            },
            body: Buffer.from(result.file.bytes).toString('base64'),
            isBase64Encoded: true,
          };
        }
        if (result.html !== undefined) {
          return {
            statusCode: result.status,
            headers: { ...responseHeaders(event), ...HTML_HEADERS, ...result.headers },
            body: result.html,
          };
        }
        return {
          statusCode: result.status,
          headers: { ...responseHeaders(event), ...result.headers },
          body: result.body === undefined ? '' : JSON.stringify(result.body),
        };
      } catch (error) {
        return errorResponse(error, event, context.awsRequestId);
      }
    });
}
