import { signingAuthorities } from '#adapters/directory-records';
import { settings } from '#adapters/settings';
import type { ReadScope } from '#domain/access';

/** What every route that reads a request needs to decide who may see it (functions/domain/access.ts). */
export const readScope = { settings, authorities: signingAuthorities } satisfies ReadScope;
