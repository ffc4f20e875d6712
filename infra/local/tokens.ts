import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

/** Who signs in locally, and whether they passed a second factor (TOTP). */
export interface LocalSignIn {
  readonly username: string;
  readonly roles: readonly string[];
  readonly nip?: string;
  readonly unit?: string;
  readonly division?: string;
  readonly email?: string;
  readonly name: string;
  readonly mfa: boolean;
}

/** Cognito's ID-token lifetime as the user pool client sets it (infra/constructs/auth.ts): one hour. */
export const ID_TOKEN_LIFETIME_SECONDS = 3600;

/**
 * Issues and checks bearer tokens for local sign-ins, carrying the claims a Cognito ID token
 * carries (`cognito:username`, `cognito:groups`, `custom:nip`, `custom:unit`, and `mfa` as the
 * pre-token trigger adds it after a TOTP sign-in). The key is new
 * at every start, so a token never outlives its stack.
 */
export class LocalTokenIssuer {
  private readonly key = randomBytes(32);

  issue(user: LocalSignIn): Promise<string> {
    return new SignJWT({
      'cognito:username': user.username,
      'cognito:groups': [...user.roles],
      ...(user.nip && { 'custom:nip': user.nip }),
      ...(user.unit && { 'custom:unit': user.unit }),
      ...(user.division && { 'custom:division': user.division }),
      ...(user.email && { email: user.email }),
      name: user.name,
      ...(user.mfa && { mfa: 'TOTP' }),
      token_use: 'id',
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.username)
      .setIssuer('layanan-asn-terpadu/local')
      .setIssuedAt()
      .setExpirationTime(`${ID_TOKEN_LIFETIME_SECONDS}s`)
      .sign(this.key);
  }

  /**
   * The claims of a valid token as a REST API Cognito authorizer hands them to Lambda: every
   * value a string, groups joined by commas. Undefined for a missing, forged or expired token.
   */
  async claims(authorization: string | undefined): Promise<Record<string, string> | undefined> {
    const token = authorization?.replace(/^Bearer\s+/i, '').trim();
    if (!token) return undefined;
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: 'layanan-asn-terpadu/local' });
      return Object.fromEntries(
        Object.entries(payload).map(([name, value]) => [
          name,
          Array.isArray(value) ? value.join(',') : String(value),
        ]),
      );
    } catch {
      return undefined;
    }
  }
}
