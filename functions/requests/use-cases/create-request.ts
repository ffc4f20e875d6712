import { serviceFor } from '#catalog';
import type { EmployeeRecords } from '#employees';
import { resolveRules } from '#employees';
import type { ForceMajeurePeriods } from '#force-majeure';
import { requireServicesOnline } from '#force-majeure/use-cases/force-majeure';
import { ForbiddenError, NotFoundError, ValidationError } from '#kernel/domain/errors';
import { fingerprintOf } from '#kernel/domain/idempotency';
import type { Clock, IdGenerator } from '#kernel/domain/ports';
import type { Actor } from '#kernel/domain/roles';
import type { RuntimeSettings } from '#kernel/domain/settings';
import { parseInput } from '#kernel/domain/validation';
import { localDate, workCalendar } from '#kernel/domain/working-days';
import type { RequestRecords } from '#requests/domain/ports';
import { openSlotOf, type ServiceRequest } from '#requests/domain/request';

export interface CreateRequestInput {
  readonly serviceType: string;
  readonly details: unknown;
  readonly applicantNip?: string;
}

export interface CreateRequestDeps {
  readonly records: RequestRecords;
  readonly forceMajeure: ForceMajeurePeriods;
  readonly employees: EmployeeRecords;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly settings: RuntimeSettings;
}

/**
 * Registration (Kediri Pasal 7a, 8): a draft the applicant completes with documents, then
 * submits. An ASN files for themselves; a unit admin files for an employee of their own unit;
 * employees of other agencies may file too (Gorontalo Pasal 3(2)). The service's eligibility
 * rules are checked against master data: clear violations refuse the request, the rest are
 * kept as notes for the verifier.
 */
export async function createRequest(
  deps: CreateRequestDeps,
  actor: Actor,
  input: CreateRequestInput,
  idempotencyKey?: string,
): Promise<ServiceRequest> {
  await requireServicesOnline(deps);
  const service = serviceFor(input.serviceType, deps.settings);
  const details = parseInput(service.details, input.details, 'details');
  const nip = input.applicantNip ?? actor.nip;
  if (!nip) throw new ValidationError('APPLICANT_REQUIRED', 'NIP pemohon wajib diisi.', 'applicantNip');
  const forSelf = nip === actor.nip && actor.roles.includes('ASN');
  if (!forSelf && !actor.roles.includes('UNIT_ADMIN')) {
    throw new ForbiddenError(
      'NOT_OWN_REQUEST',
      'Anda hanya dapat mengajukan permohonan untuk diri sendiri.',
      'applicantNip',
    );
  }
  const employee = await deps.employees.get(nip);
  if (!employee || (!forSelf && employee.unit !== actor.unit)) {
    throw new NotFoundError(
      'EMPLOYEE_NOT_FOUND',
      forSelf
        ? `Data pegawai dengan NIP ${nip} belum terdaftar.`
        : `Pegawai dengan NIP ${nip} tidak terdaftar di perangkat daerah Anda.`,
      'applicantNip',
    );
  }
  if (!service.employeeTypes.includes(employee.employeeType)) {
    throw new ValidationError(
      'NOT_ELIGIBLE',
      `Layanan ${service.name} hanya untuk ${service.employeeTypes.join('/')}; pemohon berstatus ${employee.employeeType}.`,
      'serviceType',
    );
  }
  const now = deps.clock.now();
  const calendar = workCalendar(deps.settings);
  const findings =
    service.eligibility?.({
      employee,
      details,
      today: localDate(now, calendar),
      rules: resolveRules(deps.settings.rules),
      calendar,
    }) ?? [];
  const blocking = findings.find((finding) => finding.blocking);
  if (blocking) throw new ValidationError('NOT_ELIGIBLE', blocking.message, blocking.field ?? 'details');
  const at = now.toISOString();
  const otherAgency =
    employee.agency && employee.agency !== deps.settings.agency.code ? employee.agency : undefined;
  const notes = findings.map((finding) => finding.message);
  const request: ServiceRequest = {
    id: deps.ids.next(),
    serviceType: service.code,
    status: 'DRAFT',
    applicant: {
      nip: employee.nip,
      name: employee.name,
      unit: employee.unit,
      ...(employee.email && { email: employee.email }),
      ...(otherAgency && { agency: otherAgency }),
    },
    createdBy: actor.username,
    details,
    ...(notes.length > 0 && { notes }),
    createdAt: at,
    updatedAt: at,
    version: 1,
    ...(service.oneOpenRequest && { openSlot: openSlotOf(employee.nip, service.code) }),
  };
  const audit = {
    requestId: request.id,
    at,
    actor: { username: actor.username, role: forSelf ? 'ASN' : 'UNIT_ADMIN' },
    action: 'CREATED',
    toStatus: 'DRAFT',
  } as const;
  const idempotency = idempotencyKey && {
    key: `${actor.username}#${idempotencyKey}`,
    fingerprint: fingerprintOf(input),
  };
  return deps.records.create(request, audit, idempotency || undefined);
}
