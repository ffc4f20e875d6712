import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEmployeeCsv } from '#employees/domain/employee-import';
import type { Clock } from '#kernel/domain/ports';
import { SERVICE_CODES } from '#kernel/domain/service-codes';
import type { RuntimeSettings } from '#kernel/domain/settings';
import { localDate, workCalendar } from '#kernel/domain/working-days';
import { LOCAL_USERS } from './users';

const CONFIG_DIR = join(import.meta.dirname, '..', '..', 'config', 'agencies');

/** The seeded signer's authority over every service (the head of the agency). */
export const SEEDED_AUTHORITY = {
  position: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  basis: 'Keputusan Wali Kota Demo Nomor 800/12/419.32/2026 tentang Pendelegasian Wewenang Penandatanganan',
  validFrom: '2026-01-01',
} as const;

/** The agency's employees as its CSV export lists them (config/agencies/<code>-employees.csv). */
export function seededEmployees(settings: RuntimeSettings, today: string) {
  const csv = readFileSync(join(CONFIG_DIR, `${settings.agency.code}-employees.csv`), 'utf8');
  const parsed = parseEmployeeCsv(csv, {
    today,
    agency: { code: settings.agency.code, name: settings.agency.name },
  });
  return [...parsed.rows].flatMap((row) => ('employee' in row ? [row.employee] : []));
}

/**
 * Seeds a fresh local stack through the production adapters: the agency's employees from its
 * CSV export (config/agencies/<code>-employees.csv, through the same parser the import uses),
 * the seeded accounts, and who may sign which service.
 */
export async function seedLocalStack(
  settings: RuntimeSettings,
  clock: Clock,
): Promise<{ employees: number }> {
  const { employeeRecords } = await import('#employees/adapters/employee-records');
  const { accountDirectory, signingAuthorities } = await import('#accounts/adapters/directory-records');
  const employees = seededEmployees(settings, localDate(clock.now(), workCalendar(settings)));
  const missing = LOCAL_USERS.filter(
    (user) => !employees.some((employee) => employee.nip === user.employee.nip),
  );
  if (missing.length > 0) {
    throw new Error(
      `${settings.agency.code}-employees.csv lacks the seeded users ${missing.map((user) => user.username).join(', ')}`,
    );
  }
  await employeeRecords.putMany(employees);
  for (const user of LOCAL_USERS) {
    await accountDirectory.put({
      username: user.username,
      name: user.employee.name,
      nip: user.employee.nip,
      unit: user.employee.unit,
      roles: user.roles,
      ...(user.division && { division: user.division }),
      ...(user.employee.email && { email: user.employee.email }),
    });
  }
  const signer = LOCAL_USERS.find((user) => user.username === 'penandatangan');
  if (signer) {
    for (const serviceType of SERVICE_CODES) {
      await signingAuthorities.put({
        serviceType,
        username: signer.username,
        name: signer.employee.name,
        nip: signer.employee.nip,
        ...SEEDED_AUTHORITY,
      });
    }
  }
  return { employees: employees.length };
}
