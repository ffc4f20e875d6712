/** Roles are Cognito groups (DOMAIN.md glossary). */
export const ROLES = [
  'ASN',
  'UNIT_ADMIN',
  'VERIFIER',
  'SUPERVISOR',
  'ADMINISTRATOR',
  'SIGNER',
  'AUDITOR',
  'AGENCY_ADMIN',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ASN: 'Aparatur Sipil Negara (pemohon)',
  UNIT_ADMIN: 'Admin Kepegawaian Perangkat Daerah',
  VERIFIER: 'Admin BKPSDM (verifikator)',
  SUPERVISOR: 'Pejabat Pengawas',
  ADMINISTRATOR: 'Pejabat Administrator',
  SIGNER: 'Pejabat Penandatangan',
  AUDITOR: 'Auditor',
  AGENCY_ADMIN: 'Admin BKPSDM (pengelola akun)',
};

/**
 * Roles that act on others' records: officials, verifiers and admins sign in with a second
 * factor (TOTP). Without it their token carries only the roles that need none.
 */
export const MFA_ROLES: readonly Role[] = [
  'UNIT_ADMIN',
  'VERIFIER',
  'SUPERVISOR',
  'ADMINISTRATOR',
  'SIGNER',
  'AGENCY_ADMIN',
];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Who is calling, as the authorizer established it. */
export interface Actor {
  readonly username: string;
  readonly roles: readonly Role[];
  /** NIP of the employee the account belongs to, when it belongs to one. */
  readonly nip?: string;
  /** Code of the unit (perangkat daerah) the account belongs to. */
  readonly unit?: string;
  /** The agency division (bidang) an official validates for (settings.divisions). */
  readonly division?: string;
  readonly email?: string;
  readonly name?: string;
}

export function hasAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}
