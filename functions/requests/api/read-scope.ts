import { signingAuthorities } from '#accounts/adapters/directory-records';
import { settings } from '#kernel/adapters/settings';
import type { ReadScope } from '#requests/domain/access';

/** What every route that reads a request needs to decide who may see it (functions/requests/domain/access.ts). */
export const readScope = { settings, authorities: signingAuthorities } satisfies ReadScope;
