import { ForbiddenError, ValidationError } from '../errors';
import type { Page, PageQuery, RequestFilter, RequestRecords } from '../ports';
import type { ServiceRequest } from '../request';
import { type Actor, hasAnyRole, type Role } from '../roles';

export const SCOPES = ['mine', 'unit', 'all'] as const;
export type Scope = (typeof SCOPES)[number];

const ALL_READERS: readonly Role[] = ['VERIFIER', 'SUPERVISOR', 'ADMINISTRATOR', 'SIGNER', 'AUDITOR'];

/**
 * Requests the caller may list: their own (`mine`), their unit's (`unit`, unit admins), or
 * every request (`all`, agency staff and auditors), filtered by status and service.
 */
export function listRequests(
  deps: { readonly records: RequestRecords },
  actor: Actor,
  scope: Scope,
  query: PageQuery & RequestFilter,
): Promise<Page<ServiceRequest>> {
  switch (scope) {
    case 'mine':
      if (!actor.nip)
        throw new ValidationError('NO_NIP', 'Akun Anda belum terhubung dengan NIP pegawai.', 'scope');
      return deps.records.listByApplicant(actor.nip, query);
    case 'unit':
      if (!hasAnyRole(actor, ['UNIT_ADMIN']) || !actor.unit) {
        throw new ForbiddenError(
          'SCOPE_NOT_ALLOWED',
          'Daftar permohonan unit hanya untuk admin kepegawaian perangkat daerah.',
          'scope',
        );
      }
      return deps.records.listByUnit(actor.unit, query);
    case 'all':
      if (!hasAnyRole(actor, ALL_READERS)) {
        throw new ForbiddenError(
          'SCOPE_NOT_ALLOWED',
          'Daftar seluruh permohonan hanya untuk petugas BKPSDM dan auditor.',
          'scope',
        );
      }
      return deps.records.listAll(query);
  }
}
