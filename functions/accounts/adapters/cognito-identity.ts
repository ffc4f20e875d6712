import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminResetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Account, IdentityProvider } from '#accounts/domain/ports';
import { tracer } from '#kernel/adapters/observability';
import { ConflictError } from '#kernel/domain/errors';

/**
 * Accounts in the agency's Cognito user pool. Cognito mails the temporary password of a new
 * account itself; a disabled account is also signed out everywhere (its refresh tokens revoked).
 */
export function cognitoIdentity(userPoolId: string): IdentityProvider {
  const cognito = tracer.captureAWSv3Client(new CognitoIdentityProviderClient({}));
  const base = { UserPoolId: userPoolId };
  const attributes = (account: Account) => [
    { Name: 'name', Value: account.name },
    ...(account.nip ? [{ Name: 'custom:nip', Value: account.nip }] : []),
    ...(account.unit ? [{ Name: 'custom:unit', Value: account.unit }] : []),
    ...(account.division ? [{ Name: 'custom:division', Value: account.division }] : []),
  ];
  const setGroups = async (username: string, add: readonly string[], remove: readonly string[]) => {
    for (const group of add) {
      await cognito.send(new AdminAddUserToGroupCommand({ ...base, Username: username, GroupName: group }));
    }
    for (const group of remove) {
      await cognito.send(
        new AdminRemoveUserFromGroupCommand({ ...base, Username: username, GroupName: group }),
      );
    }
  };
  return {
    async create(account) {
      try {
        await cognito.send(
          new AdminCreateUserCommand({
            ...base,
            Username: account.username,
            DesiredDeliveryMediums: ['EMAIL'],
            UserAttributes: [
              ...attributes(account),
              { Name: 'email', Value: account.email ?? '' },
              { Name: 'email_verified', Value: 'true' },
            ],
          }),
        );
      } catch (error) {
        if (error instanceof UsernameExistsException) {
          throw new ConflictError('ACCOUNT_EXISTS', `Nama pengguna ${account.username} sudah dipakai.`);
        }
        throw error;
      }
      await setGroups(account.username, account.roles, []);
    },

    async resetPassword(account) {
      await cognito.send(new AdminResetUserPasswordCommand({ ...base, Username: account.username }));
    },

    async setEnabled(username, enabled) {
      if (enabled) {
        await cognito.send(new AdminEnableUserCommand({ ...base, Username: username }));
        return;
      }
      await cognito.send(new AdminDisableUserCommand({ ...base, Username: username }));
      await cognito.send(new AdminUserGlobalSignOutCommand({ ...base, Username: username }));
    },

    async update(account, previous) {
      await cognito.send(
        new AdminUpdateUserAttributesCommand({
          ...base,
          Username: account.username,
          UserAttributes: attributes(account),
        }),
      );
      await setGroups(
        account.username,
        account.roles.filter((role) => !previous.roles.includes(role)),
        previous.roles.filter((role) => !account.roles.includes(role)),
      );
    },
  };
}
