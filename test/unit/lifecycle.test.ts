import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, ValidationError } from '#domain/errors';
import { planDecision, stageAfter } from '#domain/lifecycle';
import type { ServiceRequest } from '#domain/request';
import { ACTORS } from '#kit/fakes';

const bothTiers = { validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'] } as const;

function awaiting(stage: 'VERIFICATION' | 'SUPERVISOR_VALIDATION', token?: string): ServiceRequest {
  const status = stage === 'VERIFICATION' ? 'AWAITING_VERIFICATION' : 'AWAITING_SUPERVISOR_VALIDATION';
  return {
    id: 'r1',
    serviceType: 'KGB',
    status,
    applicant: { nip: '199003152015031002', name: 'Budi', unit: 'DISKOMINFO' },
    createdBy: 'asn.demo',
    details: {},
    createdAt: '2026-11-23T01:00:00Z',
    updatedAt: '2026-11-23T01:00:00Z',
    version: 3,
    task: {
      stage,
      openedAt: '2026-11-23T01:00:00Z',
      dueAt: '2026-11-25T17:00:00Z',
      overdue: false,
      ...(token && { token }),
    },
  };
}

describe('stageAfter', () => {
  it('follows the service’s validation tiers, then signing', () => {
    expect(stageAfter('VERIFICATION', bothTiers)).toBe('SUPERVISOR_VALIDATION');
    expect(stageAfter('SUPERVISOR_VALIDATION', bothTiers)).toBe('ADMINISTRATOR_VALIDATION');
    expect(stageAfter('ADMINISTRATOR_VALIDATION', bothTiers)).toBe('SIGNING');
    expect(stageAfter('VERIFICATION', { validationTiers: ['ADMINISTRATOR'] })).toBe(
      'ADMINISTRATOR_VALIDATION',
    );
    expect(stageAfter('VERIFICATION', { validationTiers: [] })).toBe('SIGNING');
  });
});

describe('planDecision', () => {
  it('routes an accepted verification to the first validation tier, with the token to resume', () => {
    const plan = planDecision(awaiting('VERIFICATION', 'tok'), bothTiers, ACTORS.verifier, {
      stage: 'VERIFICATION',
      outcome: 'ACCEPT',
    });
    expect(plan).toEqual({
      route: 'SUPERVISOR_VALIDATION',
      status: 'AWAITING_SUPERVISOR_VALIDATION',
      token: 'tok',
    });
  });

  it('routes DEFICIENT, REJECT and RETURN to their paths', () => {
    const deficient = planDecision(awaiting('VERIFICATION', 't'), bothTiers, ACTORS.verifier, {
      stage: 'VERIFICATION',
      outcome: 'DEFICIENT',
    });
    expect(deficient).toMatchObject({ route: 'DEFICIENCY', status: 'DEFICIENT' });
    const rejected = planDecision(awaiting('VERIFICATION', 't'), bothTiers, ACTORS.verifier, {
      stage: 'VERIFICATION',
      outcome: 'REJECT',
    });
    expect(rejected).toMatchObject({ route: 'REJECTION', status: 'REJECTED' });
    const returned = planDecision(awaiting('SUPERVISOR_VALIDATION', 't'), bothTiers, ACTORS.supervisor, {
      stage: 'SUPERVISOR_VALIDATION',
      outcome: 'RETURN',
    });
    expect(returned).toMatchObject({ route: 'VERIFICATION', status: 'AWAITING_VERIFICATION' });
  });

  it('forbids a role that does not work the stage', () => {
    expect(() =>
      planDecision(awaiting('VERIFICATION', 't'), bothTiers, ACTORS.supervisor, {
        stage: 'VERIFICATION',
        outcome: 'ACCEPT',
      }),
    ).toThrow(ForbiddenError);
  });

  it('refuses an outcome that does not belong to the stage', () => {
    expect(() =>
      planDecision(awaiting('VERIFICATION', 't'), bothTiers, ACTORS.verifier, {
        stage: 'VERIFICATION',
        outcome: 'APPROVE',
      }),
    ).toThrow(ValidationError);
  });

  it('answers a conflict when the request is in another stage', () => {
    expect(() =>
      planDecision(awaiting('SUPERVISOR_VALIDATION', 't'), bothTiers, ACTORS.verifier, {
        stage: 'VERIFICATION',
        outcome: 'ACCEPT',
      }),
    ).toThrow(ConflictError);
  });

  it('answers a conflict while the workflow has not yet opened the task', () => {
    expect(() =>
      planDecision(awaiting('VERIFICATION'), bothTiers, ACTORS.verifier, {
        stage: 'VERIFICATION',
        outcome: 'ACCEPT',
      }),
    ).toThrow(/sedang diproses/);
  });
});
