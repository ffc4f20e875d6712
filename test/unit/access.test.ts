import { describe, expect, it } from 'vitest';
import { canActAsApplicant, canReadRequest, withinDivision } from '#domain/access';
import type { ServiceRequest } from '#domain/request';
import { ACTORS, EMPLOYEES } from '#kit/fakes';

const budisRequest = {
  id: 'r1',
  serviceType: 'KGB',
  status: 'DRAFT',
  applicant: { nip: EMPLOYEES.budi.nip, name: 'Budi', unit: 'DISKOMINFO' },
  createdBy: 'asn.demo',
  details: {},
  createdAt: '',
  updatedAt: '',
  version: 1,
} satisfies ServiceRequest;

describe('who may read and act on a request', () => {
  it.each([
    ['the applicant', ACTORS.budi, true],
    ['the unit admin of the applicant’s unit', ACTORS.unitAdmin, true],
    ['a verifier', ACTORS.verifier, true],
    ['an auditor', ACTORS.auditor, true],
    ['another ASN', ACTORS.siti, false],
    ['an agency admin (accounts, not requests)', ACTORS.agencyAdmin, false],
  ])('%s: read %s', (_who, actor, allowed) => {
    expect(canReadRequest(actor, budisRequest)).toBe(allowed);
  });

  it('lets only the applicant and their unit admin act on the applicant’s side', () => {
    expect(canActAsApplicant(ACTORS.budi, budisRequest)).toBe(true);
    expect(canActAsApplicant(ACTORS.unitAdmin, budisRequest)).toBe(true);
    expect(canActAsApplicant(ACTORS.verifier, budisRequest)).toBe(false);
    expect(canActAsApplicant(ACTORS.siti, budisRequest)).toBe(false);
    expect(canActAsApplicant({ ...ACTORS.unitAdmin, unit: 'DINKES' }, budisRequest)).toBe(false);
  });
});

describe('divisions at the validation tiers (Kediri Pasal 10)', () => {
  const settings = {
    divisions: {
      MUTASI: { name: 'Bidang Mutasi dan Promosi', services: ['KGB' as const] },
      PENGEMBANGAN: { name: 'Bidang Pengembangan Kompetensi', services: ['IZIN_BELAJAR' as const] },
    },
  };
  const supervisor = (division?: string) => ({
    username: 'pengawas',
    roles: ['SUPERVISOR' as const],
    ...(division && { division }),
  });

  it('lets an official validate only the services of their division', () => {
    expect(withinDivision(supervisor('MUTASI'), 'SUPERVISOR_VALIDATION', 'KGB', settings)).toBe(true);
    expect(withinDivision(supervisor('PENGEMBANGAN'), 'SUPERVISOR_VALIDATION', 'KGB', settings)).toBe(false);
    expect(
      withinDivision(supervisor('PENGEMBANGAN'), 'ADMINISTRATOR_VALIDATION', 'IZIN_BELAJAR', settings),
    ).toBe(true);
  });

  it('leaves one without a division the services no division claims, and other stages alone', () => {
    expect(withinDivision(supervisor(), 'SUPERVISOR_VALIDATION', 'KGB', settings)).toBe(false);
    expect(withinDivision(supervisor(), 'SUPERVISOR_VALIDATION', 'CUTI', settings)).toBe(true);
    expect(withinDivision(supervisor('PENGEMBANGAN'), 'VERIFICATION', 'KGB', settings)).toBe(true);
    expect(withinDivision(supervisor(), 'SUPERVISOR_VALIDATION', 'KGB', { divisions: {} })).toBe(true);
  });
});
