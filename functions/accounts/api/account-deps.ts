import { accountDirectory, accountHistory } from '#accounts/adapters/directory-records';
import { identityProvider } from '#accounts/adapters/identity-provider';
import { employeeRecords } from '#employees/adapters/employee-records';
import { clock } from '#kernel/adapters/clock';
import { settings } from '#kernel/adapters/settings';

/** What the routes that change accounts share: the directory, its history and the identity provider. */
export const accountDeps = {
  accounts: accountDirectory,
  history: accountHistory,
  identity: identityProvider,
  employees: employeeRecords,
  clock,
  settings,
};
