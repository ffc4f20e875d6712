import {
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { PreTokenGenerationTriggerEvent } from 'aws-lambda';
import { tracer } from '#kernel/adapters/observability';

const cognito = tracer.captureAWSv3Client(new CognitoIdentityProviderClient({}));

/**
 * The claim that tells the API a sign-in passed a second factor. With MFA optional in the pool,
 * Cognito challenges every user who has TOTP enabled, so an enabled TOTP means this sign-in
 * passed it; roles in MFA_ROLES count only with the claim (functions/kernel/http/http.ts).
 */
export function mfaClaims(mfaSettings: readonly string[] | undefined): Record<string, string> {
  return mfaSettings?.includes('SOFTWARE_TOKEN_MFA') ? { mfa: 'TOTP' } : {};
}

export async function handler(
  event: PreTokenGenerationTriggerEvent,
): Promise<PreTokenGenerationTriggerEvent> {
  const user = await cognito.send(
    new AdminGetUserCommand({ UserPoolId: event.userPoolId, Username: event.userName }),
  );
  event.response = {
    claimsOverrideDetails: { claimsToAddOrOverride: mfaClaims(user.UserMFASettingList) },
  };
  return event;
}
