import type { APIGatewayAuthorizerResult, APIGatewayTokenAuthorizerEvent } from 'aws-lambda';
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import { routes } from '#app/api/routes';
import { requireEnv } from '#kernel/adapters/env';
import { logger } from '#kernel/adapters/observability';
import { grantedScopes } from '#kernel/http/integration-scopes';
import type { RouteSpec } from '#kernel/http/route-spec';
import { RESOURCE_ENV } from '#kernel/resources';

const userPoolId = requireEnv(RESOURCE_ENV.accounts);
const integrationClientId = requireEnv(RESOURCE_ENV.integrationClient);
/** A pool id starts with its region: `ap-southeast-3_AbC123`. */
const issuer = `https://cognito-idp.${userPoolId.slice(0, userPoolId.indexOf('_'))}.amazonaws.com/${userPoolId}`;
const keys = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`));

/** The routes open to integrations: the only ones this authorizer guards. */
const SCOPED: readonly RouteSpec[] = (Object.values(routes) as RouteSpec[]).filter((route) => route.scope);

/** `arn:…:api-id/stage/GET/requests/*\/history`: a route as an execute-api resource. */
function methodArn(methodArnOfCall: string, route: RouteSpec): string {
  const [api, stage] = methodArnOfCall.split('/');
  return `${api}/${stage}/${route.method}${route.path.replace(/\{[^}]+\}/g, '*')}`;
}

/** The claims as the Cognito authorizer flattens them: strings, groups joined by commas. */
function flatClaims(payload: JWTPayload): Record<string, string> {
  return Object.fromEntries(
    Object.entries(payload).map(([name, value]) => [
      name,
      Array.isArray(value)
        ? value.join(',')
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value),
    ]),
  );
}

/**
 * Which scoped routes a verified token of the pool may call: a person's ID token all of them (as
 * the Cognito authorizer lets it through; the route then checks the roles), the integration
 * client's access token those its scopes open. Anything else, none.
 */
export function routesFor(payload: JWTPayload, clientId: string): readonly RouteSpec[] {
  if (payload.token_use === 'id') return SCOPED;
  if (payload.token_use !== 'access' || payload.client_id !== clientId) return [];
  const scopes = grantedScopes(typeof payload.scope === 'string' ? payload.scope : undefined);
  return SCOPED.filter((route) => route.scope && scopes.includes(route.scope));
}

/**
 * The authorizer of the read-only routes open to integrations: it accepts the pool's ID tokens,
 * as the Cognito authorizer of every other route does, and the integration client's access
 * tokens on the routes their scopes open. The policy lists every route the token may call, so a
 * cached decision holds for the others too; the claims pass to the route in the context.
 */
export async function handler(event: APIGatewayTokenAuthorizerEvent): Promise<APIGatewayAuthorizerResult> {
  const token = event.authorizationToken.replace(/^Bearer\s+/i, '');
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keys, { issuer }));
  } catch (error) {
    logger.info('token refused', { reason: (error as Error).name });
    // The one message API Gateway turns into 401.
    throw new Error('Unauthorized');
  }
  const allowed = routesFor(payload, integrationClientId);
  if (allowed.length === 0) throw new Error('Unauthorized');
  return {
    principalId: String(payload.sub),
    policyDocument: {
      Version: '2012-10-17',
      Statement: [
        {
          Action: 'execute-api:Invoke',
          Effect: 'Allow',
          Resource: allowed.map((route) => methodArn(event.methodArn, route)),
        },
      ],
    },
    context: flatClaims(payload),
  };
}
