import { requireEnv } from '#kernel/adapters/env';
import { LOCAL_USER_POOL, RESOURCE_ENV } from '#kernel/resources';
import { cognitoIdentity } from './cognito-identity';
import { localIdentity } from './local-identity';

const userPoolId = requireEnv(RESOURCE_ENV.accounts);

/** Where accounts sign in: the agency's Cognito user pool, or the local stack's own sign-in. */
export const identityProvider =
  userPoolId === LOCAL_USER_POOL ? localIdentity() : cognitoIdentity(userPoolId);
