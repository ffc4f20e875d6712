import { ForbiddenError } from '#kernel/domain/errors';
import type { Actor } from '#kernel/domain/roles';
import type { Account } from './ports';

/**
 * The caller as the account directory says they are now, not as their token said at sign-in:
 * a disabled account is refused, a role removed since no longer counts (roles added count from
 * the next sign-in, when the token carries them), and NIP, unit and division are the directory's.
 * An account the directory does not hold (made in Cognito outside the API) keeps its token's claims.
 */
export function currentActor(signedIn: Actor, account: Account | undefined): Actor {
  if (!account) return signedIn;
  if (account.disabled) {
    throw new ForbiddenError(
      'ACCOUNT_DISABLED',
      'Akun ini dinonaktifkan oleh Admin BKPSDM. Hubungi Admin BKPSDM bila Anda memerlukan akses kembali.',
    );
  }
  const { nip: _nip, unit: _unit, division: _division, ...rest } = signedIn;
  return {
    ...rest,
    roles: signedIn.roles.filter((role) => account.roles.includes(role)),
    ...(account.nip && { nip: account.nip }),
    ...(account.unit && { unit: account.unit }),
    ...(account.division && { division: account.division }),
  };
}
