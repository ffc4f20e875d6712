import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocalTokenIssuer } from '#local/tokens';

const officer = { username: 'verifikator', roles: ['VERIFIER'], name: 'Rina', unit: 'BKPSDM', mfa: true };
const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

afterEach(() => vi.useRealTimers());

describe('local tokens, as the Cognito authorizer checks them', () => {
  it('gives the claims of a token it issued, the mfa claim included', async () => {
    const issuer = new LocalTokenIssuer();
    const claims = await issuer.claims(`Bearer ${await issuer.issue(officer)}`);
    expect(claims).toMatchObject({
      'cognito:username': 'verifikator',
      'cognito:groups': 'VERIFIER',
      mfa: 'TOTP',
    });
  });

  it('refuses a token whose claims were changed, one signed with alg none, and another stack’s', async () => {
    const issuer = new LocalTokenIssuer();
    const [header, payload, signature] = (await issuer.issue(officer)).split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    const promoted = encode({ ...claims, 'cognito:groups': ['AGENCY_ADMIN'] });
    expect(await issuer.claims(`Bearer ${header}.${promoted}.${signature}`)).toBeUndefined();
    expect(await issuer.claims(`Bearer ${encode({ alg: 'none', typ: 'JWT' })}.${payload}.`)).toBeUndefined();
    const other = new LocalTokenIssuer();
    expect(await issuer.claims(`Bearer ${await other.issue(officer)}`)).toBeUndefined();
  });

  it('lives one hour, as a Cognito ID token does, and is refused after', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-23T01:00:00Z') });
    const issuer = new LocalTokenIssuer();
    const token = await issuer.issue(officer);
    vi.setSystemTime(new Date('2026-11-23T01:59:58Z'));
    expect(await issuer.claims(`Bearer ${token}`)).toBeDefined();
    vi.setSystemTime(new Date('2026-11-23T02:00:01Z'));
    expect(await issuer.claims(`Bearer ${token}`)).toBeUndefined();
  });
});
