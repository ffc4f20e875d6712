import {
  AdminDisableUserCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cognitoIdentity } from '#accounts/adapters/cognito-identity';

afterEach(() => vi.restoreAllMocks());

describe('cognitoIdentity', () => {
  it('disables an account and then signs it out everywhere, which revokes its refresh tokens', async () => {
    const sent: unknown[] = [];
    vi.spyOn(CognitoIdentityProviderClient.prototype, 'send').mockImplementation(async (command: unknown) => {
      sent.push(command);
      return {};
    });
    await cognitoIdentity('ap-southeast-3_pool').setEnabled('budi.santoso', false);
    expect(sent.map((command) => (command as object).constructor)).toEqual([
      AdminDisableUserCommand,
      AdminUserGlobalSignOutCommand,
    ]);
    expect((sent[1] as AdminUserGlobalSignOutCommand).input).toEqual({
      UserPoolId: 'ap-southeast-3_pool',
      Username: 'budi.santoso',
    });
  });
});
