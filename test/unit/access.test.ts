import { describe, expect, it } from 'vitest';
import { canActAsApplicant, canReadRequest } from '#domain/access';
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
