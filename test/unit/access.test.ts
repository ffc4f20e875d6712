import { describe, expect, it } from 'vitest';
import type { SigningAuthority } from '#documents/domain/ports';
import type { Actor } from '#kernel/domain/roles';
import { ACTORS, EMPLOYEES } from '#kit/fakes';
import { canActAsApplicant, requestReader, withinDivision } from '#requests/domain/access';
import type { RequestStatus, ServiceRequest } from '#requests/domain/request';

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

const at = (status: RequestStatus, stages: ServiceRequest['stages'] = []): ServiceRequest => ({
  ...budisRequest,
  status,
  stages,
});
const passed = (stage: 'SUPERVISOR_VALIDATION' | 'ADMINISTRATOR_VALIDATION' | 'SIGNING') => [
  { stage, openedAt: '2026-01-05T01:00:00.000Z', closedAt: '2026-01-05T02:00:00.000Z', outcome: 'APPROVE' },
];

const signer: Actor = { username: 'penandatangan', roles: ['SIGNER'], unit: 'BKPSDM' };
const administrator: Actor = { username: 'administrator', roles: ['ADMINISTRATOR'], unit: 'BKPSDM' };
const authority = (serviceType: string): SigningAuthority => ({
  serviceType,
  username: 'penandatangan',
  name: 'Kepala BKPSDM',
  position: 'Kepala Badan',
  basis: 'Keputusan Wali Kota',
  validFrom: '2020-01-01',
});
const scope = {
  settings: { divisions: {} },
  authorities: { forService: async (service: string) => (service === 'KGB' ? [authority('KGB')] : []) },
};
const reads = (actor: Actor, request: ServiceRequest) => requestReader(scope, actor)(request);

describe('who may read a request (SECURITY.md, API1)', () => {
  it.each([
    ['the applicant', ACTORS.budi, true],
    ['the unit admin who did not file it', ACTORS.unitAdmin, false],
    ['a verifier', ACTORS.verifier, false],
    ['a supervisor', ACTORS.supervisor, false],
    ['a signer', signer, false],
    ['an auditor', ACTORS.auditor, true],
    ['another ASN', ACTORS.siti, false],
    ['an agency admin (accounts, not requests)', ACTORS.agencyAdmin, false],
  ])('a draft never submitted: %s reads it: %s', async (_who, actor, allowed) => {
    expect(await reads(actor, budisRequest)).toBe(allowed);
  });

  it('shows a draft to the unit admin who filed it', async () => {
    expect(await reads(ACTORS.unitAdmin, { ...budisRequest, createdBy: 'admin.unit' })).toBe(true);
  });

  it.each([
    ['the applicant', ACTORS.budi, true],
    ['the unit admin of the applicant’s unit', ACTORS.unitAdmin, true],
    ['a verifier', ACTORS.verifier, true],
    ['a supervisor, who assigns verification work', ACTORS.supervisor, true],
    ['an administrator, before it reached their tier', administrator, false],
    ['a signer, before it reached signing', signer, false],
    ['an auditor', ACTORS.auditor, true],
    ['another ASN', ACTORS.siti, false],
  ])('a submitted request in verification: %s reads it: %s', async (_who, actor, allowed) => {
    expect(await reads(actor, at('AWAITING_VERIFICATION'))).toBe(allowed);
  });

  it('shows officials the requests at their stage, and after it', async () => {
    expect(await reads(administrator, at('AWAITING_ADMINISTRATOR_VALIDATION'))).toBe(true);
    expect(await reads(administrator, at('AWAITING_SIGNATURE', passed('ADMINISTRATOR_VALIDATION')))).toBe(
      true,
    );
    expect(await reads(signer, at('AWAITING_SIGNATURE'))).toBe(true);
    expect(await reads(signer, at('COMPLETED', passed('SIGNING')))).toBe(true);
  });

  it('shows a signer only the services they hold authority for, or signed', async () => {
    const cuti = { ...at('AWAITING_SIGNATURE'), serviceType: 'CUTI' };
    expect(await reads(signer, cuti)).toBe(false);
    const signed = {
      ...cuti,
      status: 'COMPLETED',
      signature: { mode: 'ELECTRONIC', signedBy: 'penandatangan', signedAt: '' },
    };
    expect(await reads(signer, signed as ServiceRequest)).toBe(true);
  });

  it('lets only the applicant and their unit admin act on the applicant’s side', () => {
    const submitted = at('DEFICIENT');
    expect(canActAsApplicant(ACTORS.budi, submitted)).toBe(true);
    expect(canActAsApplicant(ACTORS.unitAdmin, submitted)).toBe(true);
    expect(canActAsApplicant(ACTORS.verifier, submitted)).toBe(false);
    expect(canActAsApplicant(ACTORS.siti, submitted)).toBe(false);
    expect(canActAsApplicant({ ...ACTORS.unitAdmin, unit: 'DINKES' }, submitted)).toBe(false);
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
