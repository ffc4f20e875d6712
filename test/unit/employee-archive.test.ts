import { describe, expect, it } from 'vitest';
import { listArchive } from '#archive/use-cases/employee-archive';
import type { Actor } from '#kernel/domain/roles';
import { ACTORS, EMPLOYEES, memoryArchive, memoryEmployees, memoryRecords, testClock } from '#kit/fakes';

const deps = {
  employeeArchive: memoryArchive(),
  employees: memoryEmployees(Object.values(EMPLOYEES)),
  records: memoryRecords(testClock('2026-01-05T01:00:00.000Z')).records,
};

describe('who reads an employee’s digital archive', () => {
  it.each<[string, Actor, boolean]>([
    ['the employee', ACTORS.budi, true],
    ['the unit admin of the employee’s unit', ACTORS.unitAdmin, true],
    ['a verifier', ACTORS.verifier, true],
    ['an auditor', ACTORS.auditor, true],
    ['another ASN', ACTORS.siti, false],
    ['the unit admin of another unit', { ...ACTORS.unitAdmin, unit: 'DINKES' }, false],
    ['an agency admin (accounts, not personnel documents)', ACTORS.agencyAdmin, false],
  ])('%s: %s', async (_who, actor, allowed) => {
    const listed = listArchive(deps, actor, { nip: EMPLOYEES.budi.nip, limit: 25 });
    if (allowed) await expect(listed).resolves.toEqual({ items: [], withheld: [] });
    else await expect(listed).rejects.toMatchObject({ kind: 'not-found', code: 'EMPLOYEE_NOT_FOUND' });
  });
});
