import { describe, expect, it } from 'vitest';
import { kgb } from '#catalog/domain/kgb';
import { ConflictError, ForbiddenError, ValidationError } from '#kernel/domain/errors';
import type { Stage } from '#kernel/domain/stages';
import { ACTORS } from '#kit/fakes';
import { type DecisionContext, planDecision, stageAfter } from '#requests/domain/lifecycle';
import type { RequestDocument, ServiceRequest } from '#requests/domain/request';

const plan = {
  validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'],
  signatureMode: 'ELECTRONIC',
  handoverMode: 'ELECTRONIC',
} as const;
const STATUS = {
  VERIFICATION: 'AWAITING_VERIFICATION',
  SUPERVISOR_VALIDATION: 'AWAITING_SUPERVISOR_VALIDATION',
  ADMINISTRATOR_VALIDATION: 'AWAITING_ADMINISTRATOR_VALIDATION',
  SIGNING: 'AWAITING_SIGNATURE',
} as const;

function awaiting(stage: Stage, extra: Partial<ServiceRequest> = {}): ServiceRequest {
  return {
    id: 'r1',
    serviceType: 'KGB',
    status: STATUS[stage],
    applicant: { nip: '199003152015031002', name: 'Budi', unit: 'DISKOMINFO' },
    createdBy: 'asn.demo',
    details: {},
    createdAt: '2026-11-23T01:00:00Z',
    updatedAt: '2026-11-23T01:00:00Z',
    version: 3,
    plan,
    task: {
      stage,
      openedAt: '2026-11-23T01:00:00Z',
      dueAt: '2026-11-25T17:00:00Z',
      overdue: false,
      token: 'tok',
    },
    ...extra,
  };
}

const document = (
  requirementCode: string,
  verification?: RequestDocument['verification'],
): RequestDocument => ({
  id: `d-${requirementCode}`,
  requestId: 'r1',
  requirementCode,
  fileName: 'a.pdf',
  contentType: 'application/pdf',
  size: 10,
  key: 'k',
  status: 'UPLOADED',
  createdAt: '2026-11-23T00:00:00Z',
  ...(verification && { verification }),
});

const context = (extra: Partial<DecisionContext> = {}): DecisionContext => ({
  service: kgb,
  documents: [document('SK_KGB_TERAKHIR')],
  now: new Date('2026-11-23T02:00:00Z'),
  deficiencyDueAt: new Date('2026-11-30T17:00:00Z'),
  ...extra,
});

describe('stageAfter', () => {
  it('follows the plan’s validation tiers, then signing', () => {
    expect(stageAfter('VERIFICATION', plan)).toBe('SUPERVISOR_VALIDATION');
    expect(stageAfter('SUPERVISOR_VALIDATION', plan)).toBe('ADMINISTRATOR_VALIDATION');
    expect(stageAfter('ADMINISTRATOR_VALIDATION', plan)).toBe('SIGNING');
    expect(stageAfter('VERIFICATION', { validationTiers: ['ADMINISTRATOR'] })).toBe(
      'ADMINISTRATOR_VALIDATION',
    );
    expect(stageAfter('VERIFICATION', { validationTiers: [] })).toBe('SIGNING');
  });
});

describe('planDecision', () => {
  it('routes an accepted verification to the first tier and tells the workflow who decided', () => {
    const decision = planDecision(
      awaiting('VERIFICATION'),
      ACTORS.verifier,
      { stage: 'VERIFICATION', outcome: 'ACCEPT' },
      context(),
    );
    expect(decision).toMatchObject({
      route: 'SUPERVISOR_VALIDATION',
      status: 'AWAITING_SUPERVISOR_VALIDATION',
      change: { status: 'AWAITING_SUPERVISOR_VALIDATION' },
      output: {
        stage: 'VERIFICATION',
        outcome: 'ACCEPT',
        route: 'SUPERVISOR_VALIDATION',
        decidedBy: 'verifikator',
      },
    });
  });

  it('refuses to accept while a document is marked invalid', () => {
    const marked = context({
      documents: [document('SK_KGB_TERAKHIR', { status: 'INVALID', reason: 'buram', by: 'v', at: 'x' })],
    });
    expect(() =>
      planDecision(
        awaiting('VERIFICATION'),
        ACTORS.verifier,
        { stage: 'VERIFICATION', outcome: 'ACCEPT' },
        marked,
      ),
    ).toThrow(/bertanda tidak valid/);
  });

  it('finds the request deficient by the documents marked invalid when no list is given, with the window’s deadline', () => {
    const marked = context({
      documents: [document('SK_KGB_TERAKHIR', { status: 'INVALID', reason: 'buram', by: 'v', at: 'x' })],
    });
    const decision = planDecision(
      awaiting('VERIFICATION'),
      ACTORS.verifier,
      { stage: 'VERIFICATION', outcome: 'DEFICIENT' },
      marked,
    );
    expect(decision.change.deficiency).toEqual({
      items: [{ requirementCode: 'SK_KGB_TERAKHIR', reason: 'buram' }],
      decidedBy: 'verifikator',
      decidedAt: '2026-11-23T02:00:00.000Z',
      dueAt: '2026-11-30T17:00:00.000Z',
    });
    expect(decision.status).toBe('DEFICIENT');
  });

  it('requires the deficient documents, known to the service', () => {
    expect(() =>
      planDecision(
        awaiting('VERIFICATION'),
        ACTORS.verifier,
        { stage: 'VERIFICATION', outcome: 'DEFICIENT' },
        context(),
      ),
    ).toThrow(expect.objectContaining({ field: 'deficiencies' }));
    expect(() =>
      planDecision(
        awaiting('VERIFICATION'),
        ACTORS.verifier,
        {
          stage: 'VERIFICATION',
          outcome: 'DEFICIENT',
          deficiencies: [{ requirementCode: 'KTP', reason: 'x' }],
        },
        context(),
      ),
    ).toThrow(expect.objectContaining({ field: 'deficiencies.0.requirementCode' }));
  });

  it('requires a reason to reject or to return', () => {
    expect(() =>
      planDecision(
        awaiting('VERIFICATION'),
        ACTORS.verifier,
        { stage: 'VERIFICATION', outcome: 'REJECT' },
        context(),
      ),
    ).toThrow(expect.objectContaining({ field: 'note' }));
    const rejected = planDecision(
      awaiting('VERIFICATION'),
      ACTORS.verifier,
      { stage: 'VERIFICATION', outcome: 'REJECT', note: 'Bukan PNS' },
      context(),
    );
    expect(rejected.change.rejection).toMatchObject({
      reason: 'Bukan PNS',
      automatic: false,
      stage: 'VERIFICATION',
    });
    const returned = planDecision(
      awaiting('SUPERVISOR_VALIDATION'),
      ACTORS.supervisor,
      { stage: 'SUPERVISOR_VALIDATION', outcome: 'RETURN', note: 'Periksa SK' },
      context(),
    );
    expect(returned).toMatchObject({ route: 'VERIFICATION', status: 'AWAITING_VERIFICATION' });
  });

  it('lets only a signer holding authority sign, and records who signed in what capacity', () => {
    const signer = { username: 'penandatangan', roles: ['SIGNER'] } as const;
    expect(() =>
      planDecision(awaiting('SIGNING'), signer, { stage: 'SIGNING', outcome: 'SIGN' }, context()),
    ).toThrow(ForbiddenError);
    const signed = planDecision(
      awaiting('SIGNING'),
      signer,
      { stage: 'SIGNING', outcome: 'SIGN' },
      context({
        signingAuthority: {
          name: 'Drs. Bambang',
          position: 'Kepala BKPSDM',
          basis: 'SK 800/12',
          acting: 'PLT',
        },
      }),
    );
    expect(signed).toMatchObject({ route: 'ISSUANCE', status: 'AWAITING_SURVEY' });
    expect(signed.change.signature).toMatchObject({
      signedBy: 'penandatangan',
      signerName: 'Drs. Bambang',
      acting: 'PLT',
      mode: 'ELECTRONIC',
    });
  });

  it('refuses a wet signature before the signed scan is registered', () => {
    const wet = awaiting('SIGNING', { plan: { ...plan, signatureMode: 'WET' } });
    const authority = { name: 'A', position: 'B', basis: 'C' };
    expect(() =>
      planDecision(
        wet,
        { username: 'p', roles: ['SIGNER'] },
        { stage: 'SIGNING', outcome: 'SIGN' },
        context({ signingAuthority: authority }),
      ),
    ).toThrow(expect.objectContaining({ code: 'SIGNED_SCAN_MISSING' }));
  });

  it('forbids a role that does not work the stage and refuses outcomes of other stages', () => {
    expect(() =>
      planDecision(
        awaiting('VERIFICATION'),
        ACTORS.supervisor,
        { stage: 'VERIFICATION', outcome: 'ACCEPT' },
        context(),
      ),
    ).toThrow(ForbiddenError);
    expect(() =>
      planDecision(
        awaiting('VERIFICATION'),
        ACTORS.verifier,
        { stage: 'VERIFICATION', outcome: 'APPROVE' },
        context(),
      ),
    ).toThrow(ValidationError);
  });

  it('answers a conflict when the request is in another stage, already decided, or held by another official', () => {
    expect(() =>
      planDecision(
        awaiting('SUPERVISOR_VALIDATION'),
        ACTORS.verifier,
        { stage: 'VERIFICATION', outcome: 'ACCEPT' },
        context(),
      ),
    ).toThrow(ConflictError);
    const decided = awaiting('VERIFICATION', {
      outbox: {
        kind: 'RESUME',
        since: 'x',
        stage: 'VERIFICATION',
        output: { stage: 'VERIFICATION', route: 'SIGNING', decidedBy: 'a', decidedAt: 'b' },
      },
    });
    expect(() =>
      planDecision(decided, ACTORS.verifier, { stage: 'VERIFICATION', outcome: 'ACCEPT' }, context()),
    ).toThrow(ConflictError);
    const held = awaiting('VERIFICATION', { claim: { username: 'other', name: 'Rina', at: 'x' } });
    expect(() =>
      planDecision(held, ACTORS.verifier, { stage: 'VERIFICATION', outcome: 'ACCEPT' }, context()),
    ).toThrow(/Rina/);
  });
});
