import type { RouteSpec } from './route-spec';

/** API Gateway's REST API payload quota: the request body as received, 10 MB, not adjustable. */
export const API_GATEWAY_PAYLOAD_BYTES = 10 * 1_048_576;

/** Lambda's synchronous invocation payload, request and response alike: the event's JSON, at most 6 MB. */
export const LAMBDA_PAYLOAD_BYTES = 6 * 1_048_576;

/**
 * The largest file a route takes in the request body itself: API Gateway passes a binary body
 * base64-encoded (a third larger) inside the event, beside its headers, and the event must stay
 * within Lambda's 6 MB. Larger files go to S3 by a presigned URL (the route's `largerVia`).
 */
export const IN_BODY_FILE_BYTES = 4 * 1_048_576;

/**
 * The media types API Gateway passes base64-encoded, in requests (by Content-Type) and responses
 * (by Accept) alike: the file types routes take and produce. CDK sets them on the REST API; the
 * local gateway encodes request bodies by the same list.
 */
export function binaryMediaTypes(routes: readonly RouteSpec[]): string[] {
  return [
    ...new Set(routes.flatMap((route) => [...(route.binary?.contentTypes ?? []), ...(route.produces ?? [])])),
  ];
}
