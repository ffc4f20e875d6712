import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { LocalUser } from './users';

const TOKEN_LIFETIME = '8h';

/**
 * Issues and checks bearer tokens for the seeded users, carrying the claims a Cognito ID token
 * carries (`cognito:username`, `cognito:groups`, `custom:nip`, `custom:unit`). The key is new
 * at every start, so a token never outlives its stack.
 */
export class LocalTokenIssuer {
  private readonly key = randomBytes(32);

  issue(user: LocalUser): Promise<string> {
    return new SignJWT({
      'cognito:username': user.username,
      'cognito:groups': [...user.roles],
      'custom:nip': user.employee.nip,
      'custom:unit': user.employee.unit,
      email: user.employee.email,
      name: user.employee.name,
      token_use: 'id',
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.username)
      .setIssuer('layanan-asn-terpadu/local')
      .setIssuedAt()
      .setExpirationTime(TOKEN_LIFETIME)
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
