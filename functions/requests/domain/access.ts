import type { SigningAuthorities } from '#documents';
import { ForbiddenError, NotFoundError } from '#kernel/domain/errors';
import { type Actor, hasAnyRole, type Role } from '#kernel/domain/roles';
import type { RuntimeSettings } from '#kernel/domain/settings';
import type { Stage } from '#kernel/domain/stages';
import type { RequestRecords } from './ports';
import { type ServiceRequest, WAIT_RULES, type Wait } from './request';

export function ownsRequest(actor: Actor, request: ServiceRequest): boolean {
  return (
    request.createdBy === actor.username || (actor.nip !== undefined && request.applicant.nip === actor.nip)
  );
}

/** The employee the request is for, signed in with their own account (the survey and the handover are theirs). */
export function isApplicant(actor: Actor, request: ServiceRequest): boolean {
  return actor.roles.includes('ASN') && actor.nip !== undefined && request.applicant.nip === actor.nip;
}

function adminOfApplicantsUnit(actor: Actor, request: ServiceRequest): boolean {
  return (
    actor.roles.includes('UNIT_ADMIN') && actor.unit !== undefined && request.applicant.unit === actor.unit
  );
}

/**
 * May act on the applicant's side: the applicant, or their unit admin. A draft never submitted
 * is its applicant's and its filer's only: another admin of the unit does not see it.
 */
export function canActAsApplicant(actor: Actor, request: ServiceRequest): boolean {
  if (request.status === 'DRAFT') {
    return (
      request.createdBy === actor.username || (actor.roles.includes('ASN') && ownsRequest(actor, request))
    );
  }
  return (
    adminOfApplicantsUnit(actor, request) || (actor.roles.includes('ASN') && ownsRequest(actor, request))
  );
}

/** Agency staff who read requests along the workflow. */
const STAFF: readonly Role[] = ['VERIFIER', 'SUPERVISOR', 'ADMINISTRATOR', 'SIGNER', 'AUDITOR'];

/**
 * Whether `actor` reads the documents of the employee `nip` as agency staff (checking, auditing),
 * not as their holder: for staff an issued document is never withheld; for the holder and their
 * unit admin it is until its handover conditions hold (handover.ts), staff accounts included.
 */
export function readsAsStaff(actor: Actor, nip: string): boolean {
  return hasAnyRole(actor, STAFF) && actor.nip !== nip;
}

/**
 * The stages each validating or signing official works: they read the requests that reached
 * one of them. A supervisor also oversees verification, whose work they assign and release.
 */
const OFFICIAL_STAGES: ReadonlyArray<readonly [Role, Stage]> = [
  ['SUPERVISOR', 'VERIFICATION'],
  ['SUPERVISOR', 'SUPERVISOR_VALIDATION'],
  ['ADMINISTRATOR', 'ADMINISTRATOR_VALIDATION'],
  ['SIGNER', 'SIGNING'],
];

/** Whether the request is at `stage` now (or about to be opened there), or has been there. */
function reached(request: ServiceRequest, stage: Stage): boolean {
  return (
    request.status === WAIT_RULES[stage].status ||
    request.task?.stage === stage ||
    (request.stages ?? []).some((record) => record.stage === stage)
  );
}

/** What deciding who reads a request needs beyond the caller: divisions, and who may sign what. */
export interface ReadScope {
  readonly settings: Pick<RuntimeSettings, 'divisions'>;
  readonly authorities: Pick<SigningAuthorities, 'forService'>;
}

/**
 * Who reads a request (SECURITY.md, API1): auditors every request; the applicant's side theirs
 * (a draft only its applicant and its filer); verifiers every submitted request; a validating
 * official the requests that reached their tier in their division; a signer the requests that
 * reached signing for services they hold authority for (or that they signed). Signing
 * authorities are looked up once per service for each reader made.
 */
export function requestReader(scope: ReadScope, actor: Actor): (request: ServiceRequest) => Promise<boolean> {
  const authorities = new Map<string, Promise<boolean>>();
  const holdsAuthority = (serviceType: string) => {
    let held = authorities.get(serviceType);
    if (!held) {
      held = scope.authorities
        .forService(serviceType)
        .then((holders) => holders.some((holder) => holder.username === actor.username));
      authorities.set(serviceType, held);
    }
    return held;
  };
  return async (request) => {
    if (actor.roles.includes('AUDITOR') || canActAsApplicant(actor, request)) return true;
    if (request.status === 'DRAFT') return false;
    if (actor.roles.includes('VERIFIER') || request.signature?.signedBy === actor.username) return true;
    for (const [role, stage] of OFFICIAL_STAGES) {
      if (!actor.roles.includes(role) || !reached(request, stage)) continue;
      const inScope =
        role === 'SIGNER'
          ? await holdsAuthority(request.serviceType)
          : withinDivision(actor, stage, request.serviceType, scope.settings);
      if (inScope) return true;
    }
    return false;
  };
}

/** The request `id`, if the caller may read it; otherwise 404, the same as for a request that does not exist. */
export async function readableRequest(
  deps: ReadScope & { readonly records: Pick<RequestRecords, 'get'> },
  actor: Actor,
  id: string,
): Promise<ServiceRequest> {
  const request = await deps.records.get(id);
  if (!request || !(await requestReader(deps, actor)(request))) throw requestNotFound(id);
  return request;
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
