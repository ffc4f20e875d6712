import { NotFoundError } from './errors';
import type { ServiceRequest } from './request';
import { type Actor, hasAnyRole, type Role } from './roles';

/** Roles that read every request: agency staff along the workflow, and auditors. */
const AGENCY_READERS: readonly Role[] = ['VERIFIER', 'SUPERVISOR', 'ADMINISTRATOR', 'SIGNER', 'AUDITOR'];

export function ownsRequest(actor: Actor, request: ServiceRequest): boolean {
  return (
    request.createdBy === actor.username || (actor.nip !== undefined && request.applicant.nip === actor.nip)
  );
}

function adminOfApplicantsUnit(actor: Actor, request: ServiceRequest): boolean {
  return (
    actor.roles.includes('UNIT_ADMIN') && actor.unit !== undefined && request.applicant.unit === actor.unit
  );
}

/** May change a draft or deficient request on the applicant's side: the applicant, or their unit admin. */
export function canActAsApplicant(actor: Actor, request: ServiceRequest): boolean {
  return (
    adminOfApplicantsUnit(actor, request) || (actor.roles.includes('ASN') && ownsRequest(actor, request))
  );
}

export function canReadRequest(actor: Actor, request: ServiceRequest): boolean {
  return hasAnyRole(actor, AGENCY_READERS) || canActAsApplicant(actor, request);
}

/** A request the caller may not see is reported as absent, so ids cannot be probed. */
export function requestNotFound(id: string): NotFoundError {
  return new NotFoundError('REQUEST_NOT_FOUND', `Permohonan ${id} tidak ditemukan.`, 'id');
}
