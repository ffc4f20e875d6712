import type { Schemas } from './api';

/** The roles an account may hold, in the order the portal lists them. */
export const ROLES = [
  'ASN',
  'UNIT_ADMIN',
  'VERIFIER',
  'SUPERVISOR',
  'ADMINISTRATOR',
  'SIGNER',
  'AUDITOR',
  'AGENCY_ADMIN',
] as const satisfies readonly Schemas['Account']['roles'][number][];

export type Role = (typeof ROLES)[number];
