import type { IdentityProvider } from '#accounts/domain/ports';
import { requireEnv } from '#kernel/adapters/env';
import { RESOURCE_ENV } from '#kernel/resources';
import { cognitoIdentity } from './cognito-identity';

let provider = cognitoIdentity(requireEnv(RESOURCE_ENV.accounts));

/** Where accounts sign in: the agency's Cognito user pool, or the sign-in the local stack put in its place. */
export const identityProvider: IdentityProvider = {
  create: (account) => provider.create(account),
  resetPassword: (account) => provider.resetPassword(account),
  setEnabled: (username, enabled) => provider.setEnabled(username, enabled),
  update: (account, previous) => provider.update(account, previous),
};

/** Lets the local stack manage accounts itself (infra/local/local-identity.ts) instead of in Cognito. */
export function useIdentityProvider(replacement: IdentityProvider): void {
  provider = replacement;
}
