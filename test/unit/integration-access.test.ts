import type { APIGatewayAuthorizerResult, APIGatewayTokenAuthorizerEvent } from 'aws-lambda';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { openApiDocument } from '#app/api/openapi';
import { routes } from '#app/api/routes';
import { httpRoute } from '#kernel/http/http';
import { grantedScopes, INTEGRATION_SCOPES } from '#kernel/http/integration-scopes';
import type { RouteSpec } from '#kernel/http/route-spec';
import { RESOURCE_ENV } from '#kernel/resources';
import { apiEvent, claims, lambdaContext } from '#kit/lambda';

// People's accounts as the wrapper reads them on each call: none here, so their tokens' claims stand.
vi.mock('#accounts/adapters/current-accounts', () => ({ currentAccount: async () => undefined }));

const POOL = 'ap-southeast-3_Uji123';
const ISSUER = `https://cognito-idp.ap-southeast-3.amazonaws.com/${POOL}`;
const INTEGRATION = 'integrasi-client';
const METHOD_ARN = 'arn:aws:execute-api:ap-southeast-3:123456789012:abc123/v1/GET/reports/performance';
const ALL_SCOPES = Object.keys(INTEGRATION_SCOPES)
  .map((scope) => `layanan-asn/${scope}`)
  .join(' ');
const ROUTES = Object.values(routes) as RouteSpec[];

/** The route as far as who gets in goes, answering with the caller as it came through. */
const answeringActor = (route: RouteSpec) => ({ ...route, responses: { 200: z.unknown() } }) as const;

/** What a client-credentials access token's claims look like once an authorizer passes them on. */
const accessClaims = (scope: string) => ({
  token_use: 'access',
  client_id: INTEGRATION,
  scope,
  sub: INTEGRATION,
});

describe('routes open to integrations', () => {
  it('are read-only reports, histories and audit-chain checks that auditors may call too', () => {
    const scoped = ROUTES.filter((route) => route.scope);
    expect(scoped.map((route) => route.handler).sort()).toEqual([
      'get-audit-chain',
      'get-history',
      'performance-report',
      'satisfaction-report',
    ]);
    for (const route of scoped) {
      expect(route.method).toBe('GET');
      expect(route.auth).toContain('AUDITOR');
    }
  });

  it('are told apart in the OpenAPI document, each with the scope that opens it', () => {
    const paths = openApiDocument().paths as Record<string, Record<string, Record<string, unknown>>>;
    expect(paths['/reports/performance']?.get).toMatchObject({
      security: [{ cognito: [] }, { integration: [] }],
      'x-integration-scope': 'layanan-asn/reports.read',
    });
    expect(paths['/requests']?.get?.['x-integration-scope']).toBeUndefined();
  });

  it('reads only the scopes of its own resource server from a token', () => {
    expect(grantedScopes('openid layanan-asn/reports.read lain/history.read')).toEqual(['reports.read']);
    expect(grantedScopes(undefined)).toEqual([]);
  });

  it('let an integration token through on exactly the routes its scopes open, and refuse it on every other', async () => {
    for (const route of ROUTES.filter((each) => each.auth !== 'public')) {
      const handler = httpRoute(answeringActor(route), async ({ actor }) => ({ status: 200, body: actor }));
      const result = await handler(
        apiEvent({ method: route.method, path: route.path, authorizerContext: accessClaims(ALL_SCOPES) }),
        lambdaContext(),
      );
      const body = JSON.parse(result.body || '{}');
      if (route.scope) {
        // Authorised: what follows is the route's own parsing of its (here absent) parameters.
        expect(body.error?.code, route.handler).not.toMatch(
          /SCOPE_NOT_ALLOWED|UNAUTHENTICATED|ROLE_NOT_ALLOWED/,
        );
      } else {
        expect([result.statusCode, body.error?.code], route.handler).toEqual([403, 'SCOPE_NOT_ALLOWED']);
      }
    }
  });

  it('give an integration an auditor’s reading, under a name that says whose client it is', async () => {
    // The route's own query schema left out: what is under test is who gets in.
    const { query: _query, ...route } = routes.performanceReport as RouteSpec;
    const handler = httpRoute(answeringActor(route), async ({ actor }) => ({ status: 200, body: actor }));
    const granted = await handler(
      apiEvent({ path: route.path, authorizerContext: accessClaims('layanan-asn/reports.read') }),
      lambdaContext(),
    );
    expect(JSON.parse(granted.body)).toEqual({ username: `integrasi:${INTEGRATION}`, roles: ['AUDITOR'] });
    const other = await handler(
      apiEvent({ path: route.path, authorizerContext: accessClaims('layanan-asn/history.read') }),
      lambdaContext(),
    );
    expect(other.statusCode).toBe(403);
  });

  it('still take people’s ID tokens there, from the token authorizer’s flat context', async () => {
    const { params: _params, ...route } = routes.getAuditChain as RouteSpec;
    const handler = httpRoute(answeringActor(route), async ({ actor }) => ({ status: 200, body: actor }));
    const result = await handler(
      apiEvent({ path: '/requests/x/audit-chain', authorizerContext: claims('auditor', 'AUDITOR') }),
      lambdaContext(),
    );
    expect(JSON.parse(result.body)).toMatchObject({ username: 'auditor', roles: ['AUDITOR'] });
  });
});

describe('the token authorizer', () => {
  type Key = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  let sign: (claims: Record<string, unknown>, key?: Key) => Promise<string>;
  let stranger: Key;
  let authorize: (event: APIGatewayTokenAuthorizerEvent) => Promise<APIGatewayAuthorizerResult>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    stranger = (await generateKeyPair('RS256')).privateKey;
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'pool-key', alg: 'RS256', use: 'sig' }] };
    // The pool's keys, where Cognito publishes them; nothing leaves the test.
    vi.stubGlobal('fetch', async (url: URL | string) => {
      expect(String(url)).toBe(`${ISSUER}/.well-known/jwks.json`);
      return new Response(JSON.stringify(jwks), { headers: { 'content-type': 'application/json' } });
    });
    sign = (claims, key = privateKey) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'pool-key' })
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(key);
    vi.stubEnv(RESOURCE_ENV.accounts, POOL);
    vi.stubEnv(RESOURCE_ENV.integrationClient, INTEGRATION);
    ({ handler: authorize } = await import('#accounts/triggers/token-authorizer'));
  });

  afterAll(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });

  const call = async (token: string) =>
    authorize({ type: 'TOKEN', authorizationToken: `Bearer ${token}`, methodArn: METHOD_ARN });
  const allowed = (result: APIGatewayAuthorizerResult) =>
    (result.policyDocument.Statement[0] as { Resource: string[] }).Resource;

  it('allows the integration client’s access token on the routes of its scopes, and passes its claims on', async () => {
    const token = await sign({
      token_use: 'access',
      client_id: INTEGRATION,
      scope: 'layanan-asn/reports.read',
    });
    const result = await call(token);
    expect(allowed(result)).toEqual([
      'arn:aws:execute-api:ap-southeast-3:123456789012:abc123/v1/GET/reports/performance',
      'arn:aws:execute-api:ap-southeast-3:123456789012:abc123/v1/GET/reports/satisfaction',
    ]);
    expect(result.context).toMatchObject({ token_use: 'access', client_id: INTEGRATION });
  });

  it('allows a person’s ID token on every route it guards, groups flattened as the Cognito authorizer does', async () => {
    const token = await sign({
      token_use: 'id',
      'cognito:username': 'auditor',
      'cognito:groups': ['AUDITOR', 'ASN'],
      mfa: 'TOTP',
    });
    const result = await call(token);
    expect(allowed(result)).toContain(
      'arn:aws:execute-api:ap-southeast-3:123456789012:abc123/v1/GET/requests/*/history',
    );
    expect(allowed(result)).toHaveLength(4);
    expect(result.context).toMatchObject({ 'cognito:username': 'auditor', 'cognito:groups': 'AUDITOR,ASN' });
  });

  it('refuses another client’s access token, one without a known scope, a foreign signature and a wrong issuer', async () => {
    const refused = [
      await sign({ token_use: 'access', client_id: 'portal', scope: ALL_SCOPES }),
      await sign({ token_use: 'access', client_id: INTEGRATION, scope: 'openid' }),
      await sign({ token_use: 'access', client_id: INTEGRATION, scope: ALL_SCOPES }, stranger),
      await new SignJWT({ token_use: 'id' })
        .setProtectedHeader({ alg: 'RS256', kid: 'pool-key' })
        .setIssuer('https://cognito-idp.ap-southeast-3.amazonaws.com/ap-southeast-3_Lain')
        .setExpirationTime('1h')
        .sign(stranger),
      'bukan-token',
    ];
    for (const token of refused) await expect(call(token)).rejects.toThrow(/^Unauthorized$/);
  });
});
