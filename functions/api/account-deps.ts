import { clock } from '#adapters/clock';
import { accountDirectory, accountHistory } from '#adapters/directory-records';
import { employeeRecords } from '#adapters/employee-records';
import { identityProvider } from '#adapters/identity-provider';
import { settings } from '#adapters/settings';

/** What the routes that change accounts share: the directory, its history and the identity provider. */
export const accountDeps = {
  accounts: accountDirectory,
  history: accountHistory,
  identity: identityProvider,
  employees: employeeRecords,
  clock,
  settings,
};
