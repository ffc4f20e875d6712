import type { Employee } from '#employees/domain/employee';
import type { EmployeeRecords } from '#employees/domain/ports';
import { ForbiddenError, NotFoundError, ValidationError } from '#kernel/domain/errors';
import type { Page, PageQuery } from '#kernel/domain/ports';
import { type Actor, hasAnyRole, type Role } from '#kernel/domain/roles';

/** Roles that read any employee's master data. */
const AGENCY_READERS: readonly Role[] = [
  'VERIFIER',
  'SUPERVISOR',
  'ADMINISTRATOR',
  'SIGNER',
  'AUDITOR',
  'AGENCY_ADMIN',
];

export function employeeNotFound(nip: string): NotFoundError {
  return new NotFoundError('EMPLOYEE_NOT_FOUND', `Pegawai dengan NIP ${nip} tidak ditemukan.`, 'nip');
}

/** An employee's master data: their own, their unit's for a unit admin, anyone's for agency staff. */
export async function readEmployee(
  deps: { readonly employees: EmployeeRecords },
  actor: Actor,
  nip: string,
): Promise<Employee> {
  const employee = await deps.employees.get(nip);
  if (!employee) throw employeeNotFound(nip);
  const allowed =
    hasAnyRole(actor, AGENCY_READERS) ||
    actor.nip === nip ||
    (hasAnyRole(actor, ['UNIT_ADMIN']) && actor.unit !== undefined && employee.unit === actor.unit);
  if (!allowed) throw employeeNotFound(nip);
  return employee;
}

/** A unit's employees by name: a unit admin's own unit, any unit for agency staff. */
export function listEmployees(
  deps: { readonly employees: EmployeeRecords },
  actor: Actor,
  query: PageQuery & { readonly unit?: string },
): Promise<Page<Employee>> {
  const agencyWide = hasAnyRole(actor, AGENCY_READERS);
  const unit = query.unit ?? (agencyWide ? undefined : actor.unit);
  if (!unit) throw new ValidationError('UNIT_REQUIRED', 'Sebutkan kode perangkat daerah.', 'unit');
  if (!agencyWide && unit !== actor.unit) {
    throw new ForbiddenError(
      'OTHER_UNIT',
      'Admin kepegawaian hanya dapat melihat pegawai perangkat daerahnya.',
      'unit',
    );
  }
  return deps.employees.listByUnit(unit, {
    limit: query.limit,
    ...(query.cursor && { cursor: query.cursor }),
  });
}
