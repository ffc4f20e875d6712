import type { ServiceDefinition, VerifiedFacts } from '#catalog';
import type { EmployeeRecords } from '#employees';
import { resolveRules, salaryTables } from '#employees';
import { ConflictError, ValidationError } from '#kernel/domain/errors';
import type { Actor } from '#kernel/domain/roles';
import type { RuntimeSettings } from '#kernel/domain/settings';
import { parseInput } from '#kernel/domain/validation';
import type { Decision } from '#requests/domain/lifecycle';
import type { ServiceRequest } from '#requests/domain/request';

export interface VerifiedFactsDeps {
  readonly employees: EmployeeRecords;
  readonly settings: RuntimeSettings;
}

/**
 * What the verifier fixes by accepting (Kediri Pasal 9): for a service that takes such facts
 * (KGB: the raise, with the new salary from the agency's table or entered by the verifier),
 * computed from the master data now and kept on the request for its document. A figure given
 * with any other decision, or for a service that takes none, is refused naming the field.
 */
export async function verifiedFacts(
  deps: VerifiedFactsDeps,
  actor: Actor,
  request: ServiceRequest,
  service: ServiceDefinition,
  decision: Decision,
): Promise<VerifiedFacts | undefined> {
  const accepting = decision.stage === 'VERIFICATION' && decision.outcome === 'ACCEPT';
  if (decision.newBaseSalary !== undefined && !(accepting && service.accept)) {
    throw new ValidationError(
      'NEW_SALARY_NOT_APPLICABLE',
      'Gaji pokok baru hanya diisi verifikator saat menerima berkas kenaikan gaji berkala.',
      'newBaseSalary',
    );
  }
  if (!accepting || !service.accept) return undefined;
  const employee = await deps.employees.get(request.applicant.nip);
  if (!employee) {
    throw new ConflictError(
      'EMPLOYEE_NOT_FOUND',
      `Data induk pegawai dengan NIP ${request.applicant.nip} tidak ditemukan: perbarui data induk sebelum menerima berkas.`,
    );
  }
  return service.accept({
    details: parseInput(service.details, request.details, 'details'),
    employee,
    rules: resolveRules(deps.settings.rules),
    tables: salaryTables(deps.settings.salaryTables),
    entered: decision.newBaseSalary === undefined ? {} : { newBaseSalary: decision.newBaseSalary },
    verifier: actor.username,
  });
}
