import { findService } from '../catalog/index';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import type { Clock, EmployeeRecords, IdGenerator, RequestRecords } from '../ports';
import type { ServiceRequest } from '../request';
import type { Actor } from '../roles';
import { parseInput } from '../validation';

export interface CreateRequestInput {
  readonly serviceType: string;
  readonly details: unknown;
  readonly applicantNip?: string;
}

export interface CreateRequestDeps {
  readonly records: RequestRecords;
  readonly employees: EmployeeRecords;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/**
 * Registration (Kediri Pasal 7a, 8): a draft the applicant completes with documents, then submits.
 * An ASN files for themselves; a unit admin files for an employee of their own unit.
 */
export async function createRequest(
  deps: CreateRequestDeps,
  actor: Actor,
  input: CreateRequestInput,
  idempotencyKey?: string,
): Promise<ServiceRequest> {
  const service = findService(input.serviceType);
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
  const now = deps.clock.now().toISOString();
  const request: ServiceRequest = {
    id: deps.ids.next(),
    serviceType: service.code,
    status: 'DRAFT',
    applicant: {
      nip: employee.nip,
      name: employee.name,
      unit: employee.unit,
      ...(employee.email && { email: employee.email }),
    },
    createdBy: actor.username,
    details,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const audit = {
    requestId: request.id,
    at: now,
    actor: { username: actor.username, role: forSelf ? 'ASN' : 'UNIT_ADMIN' },
    action: 'CREATED',
    toStatus: 'DRAFT',
  } as const;
  return deps.records.create(request, audit, idempotencyKey && `${actor.username}#${idempotencyKey}`);
}
