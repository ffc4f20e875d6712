import { describe, expect, it } from 'vitest';
import { kgb } from '#catalog/domain/kgb';
import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';
import { ForbiddenError, NotFoundError, ValidationError } from '#kernel/domain/errors';
import {
  ACTORS,
  EMPLOYEES,
  memoryEmployees,
  memoryForceMajeure,
  memoryRecords,
  sequentialIds,
  testClock,
} from '#kit/fakes';
import { createRequest } from '#requests/use-cases/create-request';

const settings = runtimeSettingsOf(loadAgencyConfig('demo'));

function setup() {
  const clock = testClock('2026-11-23T01:00:00Z');
  const { records, audit } = memoryRecords(clock);
  const deps = {
    records,
    employees: memoryEmployees(Object.values(EMPLOYEES)),
    clock,
    ids: sequentialIds('req'),
    settings,
    forceMajeure: memoryForceMajeure(),
  };
  return { deps, audit };
}

describe('createRequest', () => {
  it('creates a draft for the ASN themselves, with the applicant from master data and an audit line', async () => {
    const { deps, audit } = setup();
    const request = await createRequest(deps, ACTORS.budi, {
      serviceType: 'KGB',
      details: kgb.detailsExample,
    });
    expect(request).toMatchObject({
      id: 'req-1',
      status: 'DRAFT',
      applicant: {
        nip: EMPLOYEES.budi.nip,
        name: 'Budi Santoso',
        unit: 'DISKOMINFO',
        email: 'budi@example.go.id',
      },
      createdBy: 'asn.demo',
      version: 1,
    });
    expect(audit('req-1')).toEqual([
      {
        requestId: 'req-1',
        at: '2026-11-23T01:00:00.000Z',
        actor: { username: 'asn.demo', role: 'ASN' },
        action: 'CREATED',
        toStatus: 'DRAFT',
      },
    ]);
  });

  it('lets a unit admin file for an employee of their unit, and hides employees of other units', async () => {
    const { deps } = setup();
    const forBudi = await createRequest(deps, ACTORS.unitAdmin, {
      serviceType: 'KGB',
      details: kgb.detailsExample,
      applicantNip: EMPLOYEES.budi.nip,
    });
    expect(forBudi.createdBy).toBe('admin.unit');
    await expect(
      createRequest(deps, ACTORS.unitAdmin, {
        serviceType: 'KGB',
        details: kgb.detailsExample,
        applicantNip: EMPLOYEES.siti.nip,
      }),
    ).rejects.toThrow(NotFoundError);
  });

  it('forbids an ASN to file for someone else', async () => {
    const { deps } = setup();
    await expect(
      createRequest(deps, ACTORS.budi, {
        serviceType: 'KGB',
        details: kgb.detailsExample,
        applicantNip: EMPLOYEES.siti.nip,
      }),
    ).rejects.toThrow(ForbiddenError);
  });

  it('validates the details against the service’s schema, naming the field', async () => {
    const { deps } = setup();
    await expect(
      createRequest(deps, ACTORS.budi, {
        serviceType: 'KGB',
        details: { ...kgb.detailsExample, lastRaiseEffectiveDate: '2024-12-15' },
      }),
    ).rejects.toMatchObject({
      field: 'details.lastRaiseEffectiveDate',
      message: expect.stringContaining('tanggal 1'),
    });
    await expect(createRequest(deps, ACTORS.budi, { serviceType: 'KGB', details: {} })).rejects.toThrow(
      ValidationError,
    );
  });

  it('returns the first request when the same idempotency key is used again', async () => {
    const { deps } = setup();
    const first = await createRequest(
      deps,
      ACTORS.budi,
      { serviceType: 'KGB', details: kgb.detailsExample },
      'key-12345678',
    );
    const again = await createRequest(
      deps,
      ACTORS.budi,
      { serviceType: 'KGB', details: kgb.detailsExample },
      'key-12345678',
    );
    expect(again.id).toBe(first.id);
  });

  it('refuses a request the national rules rule out, naming the rule', async () => {
    const { deps } = setup();
    const tooEarly = { ...EMPLOYEES.budi, lastSalaryRaiseTmt: '2026-03-01' };
    const strict = { ...deps, employees: memoryEmployees([tooEarly]) };
    await expect(
      createRequest(strict, ACTORS.budi, { serviceType: 'KGB', details: kgb.detailsExample }),
    ).rejects.toMatchObject({
      code: 'NOT_ELIGIBLE',
      kind: 'invalid',
    });
  });

  it('refuses a service the employee type may not use', async () => {
    const { deps } = setup();
    const contract = { ...EMPLOYEES.budi, employeeType: 'PPPK' as const };
    await expect(
      createRequest({ ...deps, employees: memoryEmployees([contract]) }, ACTORS.budi, {
        serviceType: 'KGB',
        details: kgb.detailsExample,
      }),
    ).rejects.toMatchObject({ code: 'NOT_ELIGIBLE', field: 'serviceType' });
  });

  it('marks the applicant of another agency (Gorontalo Pasal 3(2)) and keeps eligibility notes for the verifier', async () => {
    const { deps } = setup();
    const neighbour = { ...EMPLOYEES.budi, agency: 'kab-tetangga', lastSalaryRaiseTmt: undefined };
    const request = await createRequest({ ...deps, employees: memoryEmployees([neighbour]) }, ACTORS.budi, {
      serviceType: 'KGB',
      details: kgb.detailsExample,
    });
    expect(request.applicant.agency).toBe('kab-tetangga');
    expect(request.notes?.length).toBeGreaterThan(0);
  });
});
