import type { z } from 'zod';
import type { Role } from '#kernel/domain/roles';
import type { Access } from '#kernel/resources';
import type { IntegrationScope } from './integration-scopes';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One row of the route table. CDK builds API Gateway and one function per row from it; the
 * local gateway serves the same rows; the OpenAPI document is generated from the schemas.
 */
export interface RouteSpec {
  readonly method: HttpMethod;
  /** API Gateway resource path, parameters in braces: `/requests/{id}`. */
  readonly path: string;
  /** Module under functions/<slice>/api/ exporting `handler` (infra/handlers.ts finds it). */
  readonly handler: string;
  /** One line in Bahasa Indonesia, for the API documentation. */
  readonly summary: string;
  /** Roles that may call the route, or `public` for routes anyone may call without logging in. */
  readonly auth: 'public' | readonly Role[];
  /** Resources the handler touches; CDK grants exactly these. */
  readonly access: readonly Access[];
  /**
   * What it answers when it succeeds, per status: the body's schema, or `null` for none (204).
   * Errors share one shape ({"error": {code, message, field?}}), documented per status by OpenAPI.
   */
  readonly responses: Readonly<Record<number, z.ZodType | null>>;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** A plain-text body (e.g. a CSV file) instead of JSON: the media types taken and the size limit. */
  readonly text?: FileBody;
  /** A file body (e.g. a PDF), passed through API Gateway as binary: the media types and the size limit. */
  readonly binary?: FileBody;
  /** Media types of the files the route may answer with (reports as CSV or XLSX), sent as binary. */
  readonly produces?: readonly string[];
  /**
   * The integration scope that opens this read-only route to the agency's scripts (a
   * client-credentials access token), besides the roles in `auth`.
   */
  readonly scope?: IntegrationScope;
  /** Steady requests per second and burst for this route alone, below the API's (public routes). */
  readonly throttle?: { readonly rateLimit: number; readonly burstLimit: number };
}

/** A file taken in the request body. */
export interface FileBody {
  readonly contentTypes: readonly string[];
  /** At most IN_BODY_FILE_BYTES, which reaches Lambda within its payload limit. */
  readonly maxBytes: number;
  /** The route that gives a presigned upload URL for a file larger than that. */
  readonly largerVia?: string;
}
