import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Account } from '#accounts/domain/ports';
import { ConflictError } from '#kernel/domain/errors';
import type { Actor } from '#kernel/domain/roles';
import { httpRoute } from '#kernel/http/http';
import type { RouteSpec } from '#kernel/http/route-spec';
import { apiEvent, claims, lambdaContext } from '#kit/lambda';

const route = {
  method: 'POST',
  path: '/things/{id}',
  handler: 'things',
  summary: 'test route',
  auth: ['VERIFIER', 'SUPERVISOR'],
  access: [],
  responses: { 201: z.object({ id: z.string(), name: z.string() }) },
  params: z.object({ id: z.uuid() }),
  body: z.object({ name: z.string().min(2) }).strict(),
} as const satisfies RouteSpec;

/** The account directory as the wrapper reads it; empty means accounts made outside the API. */
const { directory } = vi.hoisted(() => ({ directory: new Map<string, Account>() }));
vi.mock('#accounts/adapters/current-accounts', () => ({
  currentAccount: async (username: string) => directory.get(username),
}));

const ID = '7d6c4c2e-1f0b-4c53-9a0f-1d2f3e4a5b6c';
let seen: Actor | undefined;

const handler = httpRoute(route, async ({ actor, params, body }) => {
  seen = actor;
  if (body.name === 'conflict') throw new ConflictError('TAKEN', 'Sudah ada.');
  if (body.name === 'crash') throw new Error('secret internals: table arn:aws:dynamodb:...');
  if (body.name === 'throttled')
    throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
  // What the SDK throws for an S3 HEAD refused with 503: no code, only the status.
  if (body.name === 'unavailable')
    throw Object.assign(new Error('UnknownError'), { name: 'Unknown', $metadata: { httpStatusCode: 503 } });
  return { status: 201, body: { id: params.id, name: body.name } };
});

async function call(options: Parameters<typeof apiEvent>[0]) {
  const result = await handler(
    apiEvent({
      method: 'POST',
      path: `/things/${ID}`,
      resource: '/things/{id}',
      params: { id: ID },
      ...options,
    }),
    lambdaContext(),
  );
  return { ...result, json: result.body ? JSON.parse(result.body) : undefined };
}

const verifier = claims('verifikator', 'VERIFIER', { 'custom:unit': 'BKPSDM' });

describe('httpRoute', () => {
  it('authorises by role, parses path and body, and answers with JSON', async () => {
    const result = await call({ claims: verifier, body: JSON.stringify({ name: 'ok' }) });
    expect(result.statusCode).toBe(201);
    expect(result.json).toEqual({ id: ID, name: 'ok' });
    expect(result.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    });
    expect(seen).toEqual({ username: 'verifikator', roles: ['VERIFIER'], unit: 'BKPSDM' });
  });

  it('takes the account as the directory holds it at this call, not as the token says', async () => {
    const account = { username: 'verifikator', name: 'Dewi', roles: ['VERIFIER', 'SUPERVISOR'] } as const;
    const token = claims('verifikator', 'VERIFIER,SUPERVISOR', { 'custom:unit': 'BKPSDM' });
    try {
      directory.set('verifikator', { ...account, unit: 'DINKES' });
      expect((await call({ claims: token, body: '{"name":"ok"}' })).statusCode).toBe(201);
      expect(seen).toMatchObject({ roles: ['VERIFIER', 'SUPERVISOR'], unit: 'DINKES' });

      directory.set('verifikator', { ...account, roles: ['ASN', 'AUDITOR'] });
      const removed = await call({ claims: token, body: '{"name":"ok"}' });
      expect(removed.json.error.code).toBe('ROLE_NOT_ALLOWED');

      directory.set('verifikator', { ...account, disabled: true });
      const disabled = await call({ claims: token, body: '{"name":"ok"}' });
      expect(disabled.statusCode).toBe(403);
      expect(disabled.json.error.code).toBe('ACCOUNT_DISABLED');
    } finally {
      directory.delete('verifikator');
    }
  });

  it('reads groups in both forms API Gateway may give them', async () => {
    await call({ claims: claims('a', 'ASN,SUPERVISOR'), body: '{"name":"ok"}' });
    expect(seen?.roles).toEqual(['ASN', 'SUPERVISOR']);
    await call({ claims: claims('b', '[SUPERVISOR AUDITOR]'), body: '{"name":"ok"}' });
    expect(seen?.roles).toEqual(['SUPERVISOR', 'AUDITOR']);
  });

  it('answers 401 without claims and 403 to a role the route does not serve', async () => {
    expect((await call({ body: '{"name":"ok"}' })).statusCode).toBe(401);
    const forbidden = await call({ claims: claims('asn', 'ASN'), body: '{"name":"ok"}' });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json.error.code).toBe('ROLE_NOT_ALLOWED');
  });

  it('counts an official’s role only after a TOTP sign-in, and says how to get it', async () => {
    const withoutTotp = claims('verifikator', 'VERIFIER', { mfa: '' });
    const refused = await call({ claims: withoutTotp, body: '{"name":"ok"}' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json.error.code).toBe('MFA_REQUIRED');
    expect(refused.json.error.message).toContain('dua langkah');
    // The auditor's role needs no second factor; the supervisor's role is dropped, not the call.
    await call({ claims: claims('maya', 'SUPERVISOR,AUDITOR', { mfa: '' }), body: '{"name":"ok"}' }).then(
      (result) => expect(result.json.error.code).toBe('MFA_REQUIRED'),
    );
    const openRoute = {
      ...route,
      auth: ['AUDITOR', 'SUPERVISOR'],
      responses: { 200: z.object({ roles: z.array(z.string()).optional() }) },
    } as const satisfies RouteSpec;
    const open = httpRoute(openRoute, async ({ actor }) => ({
      status: 200,
      body: { roles: actor?.roles },
    }));
    const result = await open(
      apiEvent({
        method: 'POST',
        path: `/things/${ID}`,
        resource: '/things/{id}',
        params: { id: ID },
        claims: claims('maya', 'SUPERVISOR,AUDITOR', { mfa: '' }),
        body: '{"name":"ok"}',
      }),
      lambdaContext(),
    );
    expect(JSON.parse(result.body).roles).toEqual(['AUDITOR']);
  });

  it('answers 400 naming the field, for the path and for the body', async () => {
    const badPath = await handler(
      apiEvent({
        method: 'POST',
        path: '/things/x',
        params: { id: 'x' },
        claims: verifier,
        body: '{"name":"ok"}',
      }),
      lambdaContext(),
    );
    expect(JSON.parse(badPath.body).error.field).toBe('id');
    const badBody = await call({ claims: verifier, body: '{"name":"x"}' });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.json.error).toMatchObject({ code: 'INVALID_INPUT', field: 'name' });
  });

  it('maps a typed domain error to its status', async () => {
    const result = await call({ claims: verifier, body: '{"name":"conflict"}' });
    expect(result.statusCode).toBe(409);
    expect(result.json).toEqual({ error: { code: 'TAKEN', message: 'Sudah ada.' } });
  });

  it('answers an unknown error with a 500 that hides its cause and gives the request id', async () => {
    const result = await call({ claims: verifier, body: '{"name":"crash"}' });
    expect(result.statusCode).toBe(500);
    expect(result.body).not.toContain('secret');
    expect(result.json.error.message).toContain('c6af9ac6-7b61-11e6-9a41-93e812345678');
  });

  it('answers a dependency still refusing after the SDK’s retries with 503 UNAVAILABLE, by its status too', async () => {
    for (const name of ['throttled', 'unavailable']) {
      const result = await call({ claims: verifier, body: JSON.stringify({ name }) });
      expect(result.statusCode, name).toBe(503);
      expect(result.json.error, name).toEqual({
        code: 'UNAVAILABLE',
        message: 'Layanan sedang sibuk. Silakan coba lagi sebentar lagi.',
      });
    }
  });

  it('allows the portal’s origin and no other', async () => {
    const portal = await call({
      claims: verifier,
      body: '{"name":"ok"}',
      headers: { origin: 'https://layanan.bkpsdm.kotademo.go.id' },
    });
    expect(portal.headers?.['access-control-allow-origin']).toBe('https://layanan.bkpsdm.kotademo.go.id');
    const other = await call({
      claims: verifier,
      body: '{"name":"ok"}',
      headers: { origin: 'https://jahat.example' },
    });
    expect(other.headers?.['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses bodies over 64 KB', async () => {
    const result = await call({ claims: verifier, body: JSON.stringify({ name: 'x'.repeat(70_000) }) });
    expect(result.statusCode).toBe(400);
    expect(result.json.error.code).toBe('BODY_TOO_LARGE');
  });

  it('takes a file body byte for byte from base64, within its types and size', async () => {
    const fileRoute = {
      method: 'POST',
      path: '/files',
      handler: 'files',
      summary: 'test file route',
      auth: 'public',
      access: [],
      binary: { contentTypes: ['application/pdf'], maxBytes: 16 },
      responses: { 200: z.object({ bytes: z.array(z.number()) }) },
    } as const satisfies RouteSpec;
    const files = httpRoute(fileRoute, async ({ bytes }) => ({ status: 200, body: { bytes: [...bytes] } }));
    const send = async (body: Buffer, type: string) => {
      const result = await files(
        apiEvent({
          method: 'POST',
          path: '/files',
          headers: { 'Content-Type': type },
          body: body.toString('base64'),
          base64: true,
        }),
        lambdaContext(),
      );
      return { status: result.statusCode, json: JSON.parse(result.body) };
    };
    const binary = Buffer.from([0x25, 0x50, 0x44, 0x46, 0xff, 0x00, 0x80]);
    expect(await send(binary, 'application/pdf')).toEqual({ status: 200, json: { bytes: [...binary] } });
    expect((await send(binary, 'text/plain')).status).toBe(415);
    expect((await send(Buffer.alloc(17), 'application/pdf')).json.error.code).toBe('BODY_TOO_LARGE');
  });

  it('answers a page with its own strict content security policy', async () => {
    const pageRoute = {
      method: 'GET',
      path: '/page',
      handler: 'page',
      summary: 'test page route',
      auth: 'public',
      access: [],
      responses: { 200: null },
    } as const satisfies RouteSpec;
    const page = httpRoute(pageRoute, async () => ({ status: 200, html: '<p>Sah</p>' }));
    const result = await page(apiEvent({ path: '/page' }), lambdaContext());
    expect(result.body).toBe('<p>Sah</p>');
    expect(result.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': expect.stringContaining("default-src 'none'"),
    });
  });
});
