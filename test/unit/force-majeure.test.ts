import { describe, expect, it } from 'vitest';
import type { ForceMajeure } from '#force-majeure/domain/force-majeure';
import {
  declareForceMajeure,
  endForceMajeure,
  forceMajeureStatus,
  periodWorkingDays,
  requireServicesOnline,
} from '#force-majeure/use-cases/force-majeure';
import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';
import { ConflictError, UnavailableError, ValidationError } from '#kernel/domain/errors';
import { workCalendar } from '#kernel/domain/working-days';
import { memoryForceMajeure, memoryRecords, sequentialIds, testClock } from '#kit/fakes';
import type { ServiceRequest } from '#requests/domain/request';

const settings = runtimeSettingsOf(loadAgencyConfig('demo'));
const calendar = workCalendar(settings);
const admin = { username: 'admin.bkpsdm', roles: ['AGENCY_ADMIN' as const] };
const DECREE = 'Keputusan Wali Kota Demo Nomor 360/17/419.32/2026';

function setup(now = '2026-11-23T01:00:00Z') {
  const clock = testClock(now);
  const { records, audit } = memoryRecords(clock);
  const periods: ForceMajeure[] = [];
  const deps = {
    forceMajeure: memoryForceMajeure(periods),
    records,
    clock,
    ids: sequentialIds('fm'),
    settings,
  };
  return { deps, clock, audit, periods };
}

/** A request waiting at verification with the given deadline. */
async function waiting(context: ReturnType<typeof setup>, id: string, dueAt: string, overdue = false) {
  const request = {
    id,
    serviceType: 'KGB',
    status: 'AWAITING_VERIFICATION',
    applicant: { nip: '198807222012122001', name: 'Siti Rahmawati', unit: 'DINKES' },
    createdBy: 'asn.lain',
    details: {},
    createdAt: '2026-11-20T01:00:00.000Z',
    updatedAt: '2026-11-20T01:00:00.000Z',
    submittedAt: '2026-11-20T01:00:00.000Z',
    version: 1,
    task: { stage: 'VERIFICATION', openedAt: '2026-11-20T01:00:00.000Z', dueAt, overdue },
    stages: [{ stage: 'VERIFICATION', openedAt: '2026-11-20T01:00:00.000Z', dueAt }],
  } satisfies ServiceRequest;
  await context.deps.records.create(request, {
    requestId: id,
    at: request.createdAt,
    actor: { username: 'asn.lain', role: 'ASN' },
    action: 'CREATED',
  });
}

describe('the working days a force-majeure period takes', () => {
  it('counts each working date it touches, first and last included', () => {
    // Monday 23 November 2026 08:00 WIB to Wednesday 25 November 12:00 WIB: Mon, Tue, Wed.
    const period = { id: 'p', from: '2026-11-23T01:00:00Z', to: '2026-11-25T05:00:00Z' };
    expect(periodWorkingDays({ ...period, decree: DECREE, declaredBy: 'a', declaredAt: '' }, calendar)).toBe(
      3,
    );
  });

  it('leaves out weekends, and ends at the instant given (midnight belongs to the day before)', () => {
    // Friday 27 November 2026 10:00 WIB to Monday 30 November 00:00 WIB: only Friday.
    const period = { id: 'p', from: '2026-11-27T03:00:00Z', to: '2026-11-29T17:00:00Z' };
    expect(periodWorkingDays({ ...period, decree: DECREE, declaredBy: 'a', declaredAt: '' }, calendar)).toBe(
      1,
    );
  });
});

describe('declaring and ending force majeure', () => {
  it('refuses on-line services while a period runs, and says so in Bahasa Indonesia', async () => {
    const context = setup();
    const online = { forceMajeure: context.deps.forceMajeure, clock: context.clock, settings };
    await expect(requireServicesOnline(online)).resolves.toBeUndefined();
    const period = await declareForceMajeure(context.deps, admin, {
      from: '2026-11-23T00:00:00Z',
      decree: DECREE,
    });
    expect((await forceMajeureStatus(context.deps)).active?.id).toBe(period.id);
    const refused = requireServicesOnline(online);
    await expect(refused).rejects.toBeInstanceOf(UnavailableError);
    await expect(refused).rejects.toThrow(/secara manual karena keadaan kahar/);
  });

  it('extends the deadlines it caught by its working days, leaving those already passed or after it', async () => {
    const context = setup('2026-11-23T01:00:00Z');
    // Caught: due Wednesday 25 November, end of day WIB.
    await waiting(context, 'caught', '2026-11-25T17:00:00.000Z');
    // Passed before the period began (and escalated): left alone.
    await waiting(context, 'passed', '2026-11-20T17:00:00.000Z', true);
    const period = await declareForceMajeure(context.deps, admin, {
      from: '2026-11-23T01:00:00Z',
      decree: DECREE,
    });
    // Ended Wednesday 25 November 12:00 WIB: three working days (Mon, Tue, Wed).
    context.clock.set('2026-11-25T05:00:00Z');
    const ended = await endForceMajeure(context.deps, admin, period.id);
    expect(ended.extension).toMatchObject({ workingDays: 3, requests: 1 });
    // Wednesday 25 November + 3 working days = end of Monday 30 November (WIB).
    const caught = await context.deps.records.get('caught');
    expect(caught?.task?.dueAt).toBe('2026-11-30T17:00:00.000Z');
    expect(caught?.stages?.[0]?.dueAt).toBe('2026-11-30T17:00:00.000Z');
    expect(context.audit('caught').at(-1)).toMatchObject({
      action: 'DEADLINE_EXTENDED',
      stage: 'VERIFICATION',
    });
    expect((await context.deps.records.get('passed'))?.task?.dueAt).toBe('2026-11-20T17:00:00.000Z');
  });

  it('finishes an ending cut short when called again, extending no deadline twice', async () => {
    const context = setup('2026-11-23T01:00:00Z');
    await waiting(context, 'caught', '2026-11-25T17:00:00.000Z');
    const period = await declareForceMajeure(context.deps, admin, {
      from: '2026-11-23T01:00:00Z',
      decree: DECREE,
    });
    context.clock.set('2026-11-25T05:00:00Z');
    const ended = await endForceMajeure(context.deps, admin, period.id);
    // As if the first call died after moving the deadlines but before recording the extension.
    const { extension: _lost, ...cut } = ended;
    await context.deps.forceMajeure.put(cut);
    context.clock.set('2026-11-26T05:00:00Z');
    const finished = await endForceMajeure(context.deps, admin, period.id);
    expect(finished.to).toBe(ended.to);
    expect(finished.extension).toMatchObject({ workingDays: 3, requests: 0 });
    expect((await context.deps.records.get('caught'))?.task?.dueAt).toBe('2026-11-30T17:00:00.000Z');
    expect(context.audit('caught').filter((event) => event.action === 'DEADLINE_EXTENDED')).toHaveLength(1);
    await expect(endForceMajeure(context.deps, admin, period.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it('refuses a reversed period, an end in the future and an overlap', async () => {
    const context = setup('2026-11-25T01:00:00Z');
    const declare = (from: string, to?: string) =>
      declareForceMajeure(context.deps, admin, { from, ...(to && { to }), decree: DECREE });
    await expect(declare('2026-11-24T00:00:00Z', '2026-11-23T00:00:00Z')).rejects.toMatchObject({
      code: 'PERIOD_REVERSED',
    });
    await expect(declare('2026-11-24T00:00:00Z', '2026-11-26T00:00:00Z')).rejects.toMatchObject({
      code: 'END_IN_FUTURE',
    });
    await declare('2026-11-20T00:00:00Z', '2026-11-21T00:00:00Z');
    await expect(declare('2026-11-20T12:00:00Z')).rejects.toBeInstanceOf(ConflictError);
    await expect(declare('2026-11-24T00:00:00Z', '2026-11-23T00:00:00Z')).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});
