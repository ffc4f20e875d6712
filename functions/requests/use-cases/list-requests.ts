import { ForbiddenError, ValidationError } from '#kernel/domain/errors';
import type { Page, PageQuery } from '#kernel/domain/ports';
import { type Actor, hasAnyRole, type Role } from '#kernel/domain/roles';
import { type ReadScope, requestReader } from '#requests/domain/access';
import type { RequestFilter, RequestRecords } from '#requests/domain/ports';
import type { ServiceRequest } from '#requests/domain/request';

export const SCOPES = ['mine', 'unit', 'all'] as const;
export type Scope = (typeof SCOPES)[number];

const ALL_READERS: readonly Role[] = ['VERIFIER', 'SUPERVISOR', 'ADMINISTRATOR', 'SIGNER', 'AUDITOR'];

function pageOf(
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

/**
 * Requests the caller may list: their own (`mine`), their unit's (`unit`, unit admins), or
 * every request (`all`, agency staff and auditors), filtered by status and service. Each page
 * holds only what the caller may read (access.ts): another's unsubmitted draft, or a request
 * that has not reached an official's stage, is left out; the cursor still walks every request.
 */
export async function listRequests(
  deps: ReadScope & { readonly records: RequestRecords },
  actor: Actor,
  scope: Scope,
  query: PageQuery & RequestFilter,
): Promise<Page<ServiceRequest>> {
  const page = await pageOf(deps, actor, scope, query);
  const canRead = requestReader(deps, actor);
  const readable = await Promise.all(page.items.map(canRead));
  return { ...page, items: page.items.filter((_request, index) => readable[index]) };
}
