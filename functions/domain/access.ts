import { ForbiddenError, NotFoundError } from './errors';
import type { ServiceRequest, Wait } from './request';
import { type Actor, hasAnyRole, type Role } from './roles';
import type { RuntimeSettings } from './settings';

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

/** The validation tiers, which the officials of the service's responsible division decide (Kediri Pasal 10). */
const DIVISION_STAGES: readonly Wait[] = ['SUPERVISOR_VALIDATION', 'ADMINISTRATOR_VALIDATION'];

/**
 * Whether `actor` works `stage` of a request of `serviceType` as far as divisions go: at the
 * validation tiers, an official assigned to a division takes only that division's services, and
 * one without a division only services no division claims. Agencies without divisions: all.
 */
export function withinDivision(
  actor: Actor,
  stage: Wait,
  serviceType: string,
  settings: Pick<RuntimeSettings, 'divisions'>,
): boolean {
  const divisions = Object.entries(settings.divisions);
  if (!DIVISION_STAGES.includes(stage) || divisions.length === 0) return true;
  const responsible = divisions.find(([, division]) =>
    (division.services as readonly string[]).includes(serviceType),
  );
  return responsible?.[0] === actor.division;
}

export function assertWithinDivision(
  actor: Actor,
  stage: Wait,
  serviceType: string,
  settings: Pick<RuntimeSettings, 'divisions'>,
): void {
  if (!withinDivision(actor, stage, serviceType, settings)) {
    throw new ForbiddenError(
      'OUTSIDE_DIVISION',
      'Layanan ini divalidasi oleh pejabat bidang lain yang bertanggung jawab atasnya.',
    );
  }
}
