import { assertServicesOnline, type ForceMajeure, isActive } from '#force-majeure/domain/force-majeure';
import type { ForceMajeurePeriods } from '#force-majeure/domain/ports';
import { ConflictError, NotFoundError, ValidationError } from '#kernel/domain/errors';
import type { Clock, IdGenerator } from '#kernel/domain/ports';
import type { Actor } from '#kernel/domain/roles';
import type { RuntimeSettings } from '#kernel/domain/settings';
import {
  addWorkingDays,
  countWorkingDates,
  localDate,
  type WorkCalendar,
  workCalendar,
} from '#kernel/domain/working-days';
import type { RequestRecords, RequestStatus, ServiceRequest } from '#requests';
import { moveDue } from '#requests';
import { withLatest } from '#requests/use-cases/latest';

export interface ForceMajeureDeps {
  readonly forceMajeure: ForceMajeurePeriods;
  readonly records: RequestRecords;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly settings: RuntimeSettings;
}

/** The statuses whose open task has a deadline that runs: the official stages and the deficiency window. */
const TIMED: readonly RequestStatus[] = [
  'AWAITING_VERIFICATION',
  'DEFICIENT',
  'AWAITING_SUPERVISOR_VALIDATION',
  'AWAITING_ADMINISTRATOR_VALIDATION',
  'AWAITING_SIGNATURE',
];

function periodNotFound(id: string): NotFoundError {
  return new NotFoundError('FORCE_MAJEURE_NOT_FOUND', `Keadaan kahar ${id} tidak ditemukan.`, 'id');
}

/** The working days a period took from the agency: its working dates, first and last day included. */
export function periodWorkingDays(
  period: ForceMajeure & { readonly to: string },
  calendar: WorkCalendar,
): number {
  return countWorkingDates(
    localDate(new Date(period.from), calendar),
    localDate(new Date(Date.parse(period.to) - 1), calendar),
    calendar,
  );
}

/**
 * Extends by the period's working days every deadline it caught: each open official stage or
 * deficiency window not yet passed when the period began. The workflow's timers, which fire at
 * the old deadline, find the new one and wait on (see stage-steps).
 */
async function extendCaughtDeadlines(
  deps: ForceMajeureDeps,
  period: ForceMajeure & { readonly to: string },
  actor: Actor,
): Promise<{ workingDays: number; requests: number }> {
  const calendar = workCalendar(deps.settings);
  const workingDays = periodWorkingDays(period, calendar);
  if (workingDays === 0) return { workingDays, requests: 0 };
  let requests = 0;
  for (const status of TIMED) {
    let cursor: string | undefined;
    do {
      const page = await deps.records.listQueue(status, { limit: 100, ...(cursor && { cursor }) });
      for (const request of page.items) {
        if (await extendOne(deps, request.id, period, workingDays, calendar, actor)) requests += 1;
      }
      cursor = page.cursor;
    } while (cursor);
  }
  return { workingDays, requests };
}

async function extendOne(
  deps: ForceMajeureDeps,
  requestId: string,
  period: ForceMajeure & { readonly to: string },
  workingDays: number,
  calendar: WorkCalendar,
  actor: Actor,
): Promise<boolean> {
  const extended = await withLatest(deps.records, requestId, async (request: ServiceRequest) => {
    const task = request.task;
    if (!task?.dueAt || task.overdue || task.dueAt <= period.from) return undefined;
    if (request.extendedFor?.includes(period.id)) return undefined;
    const dueAt = addWorkingDays(new Date(Date.parse(task.dueAt) - 1), workingDays, calendar).toISOString();
    return deps.records.transition(
      request,
      {
        task: { ...task, dueAt },
        extendedFor: [...(request.extendedFor ?? []), period.id],
        stages: moveDue(request.stages, task.stage, dueAt),
        ...(task.stage === 'COMPLETION' &&
          request.deficiency && { deficiency: { ...request.deficiency, dueAt } }),
      },
      {
        requestId,
        at: deps.clock.now().toISOString(),
        actor: { username: actor.username, role: 'AGENCY_ADMIN' },
        action: 'DEADLINE_EXTENDED',
        stage: task.stage,
        note: `Batas waktu diperpanjang ${workingDays} hari kerja karena keadaan kahar (${period.decree}): dari ${task.dueAt} menjadi ${dueAt}.`,
      },
    );
  });
  return extended !== undefined;
}

async function close(
  deps: ForceMajeureDeps,
  actor: Actor,
  period: ForceMajeure & { readonly to: string },
): Promise<ForceMajeure> {
  await deps.forceMajeure.put(period);
  const { workingDays, requests } = await extendCaughtDeadlines(deps, period, actor);
  const closed: ForceMajeure = {
    ...period,
    endedBy: actor.username,
    extension: { workingDays, requests, appliedAt: deps.clock.now().toISOString() },
  };
  await deps.forceMajeure.put(closed);
  return closed;
}

/** Refuses a period that overlaps another (an open period runs on until it is ended). */
function refuseOverlap(
  periods: readonly ForceMajeure[],
  candidate: { readonly id?: string; readonly from: string; readonly to?: string },
): void {
  const overlaps = periods.some(
    (period) =>
      period.id !== candidate.id &&
      candidate.from < (period.to ?? '9999') &&
      (candidate.to ?? '9999') > period.from,
  );
  if (overlaps)
    throw new ConflictError('OVERLAPPING_PERIOD', 'Periode ini bertumpang tindih dengan keadaan kahar lain.');
}

/** A period recorded ahead, which may still be corrected or withdrawn: it has not begun. */
async function periodNotYetBegun(deps: ForceMajeureDeps, id: string): Promise<ForceMajeure> {
  const period = await deps.forceMajeure.get(id);
  if (!period) throw periodNotFound(id);
  if (period.from <= deps.clock.now().toISOString()) {
    throw new ConflictError(
      'PERIOD_STARTED',
      'Keadaan kahar ini sudah mulai berlaku; yang sudah berlaku tidak diubah, hanya diakhiri.',
    );
  }
  return period;
}

/**
 * Corrects a period recorded ahead, before it begins (its start, decree or note). Its start
 * stays in the future: a period recorded ahead holds no deadline before it begins.
 */
export async function correctForceMajeure(
  deps: ForceMajeureDeps,
  actor: Actor,
  id: string,
  correction: { readonly from?: string; readonly decree?: string; readonly note?: string },
): Promise<ForceMajeure> {
  const period = await periodNotYetBegun(deps, id);
  const now = deps.clock.now().toISOString();
  if (correction.from !== undefined && correction.from <= now) {
    throw new ValidationError(
      'START_IN_PAST',
      'Awal keadaan kahar yang dicatat di muka harus tetap di masa depan; keadaan kahar yang sudah berlaku dicatat baru.',
      'from',
    );
  }
  const corrected: ForceMajeure = {
    ...period,
    ...correction,
    correctedBy: actor.username,
    correctedAt: now,
  };
  refuseOverlap(await deps.forceMajeure.list(), corrected);
  await deps.forceMajeure.put(corrected);
  return corrected;
}

/** Withdraws a period recorded ahead, before it begins (the decree was revoked, say). */
export async function withdrawForceMajeure(deps: ForceMajeureDeps, id: string): Promise<void> {
  await periodNotYetBegun(deps, id);
  await deps.forceMajeure.remove(id);
}

/**
 * Records a force-majeure period declared by the head of the region (Kediri Pasal 18): running
 * (no `to`) until an admin ends it, or already over (`to` in the past). The deadlines it caught
 * are extended once its end is known.
 */
export async function declareForceMajeure(
  deps: ForceMajeureDeps,
  actor: Actor,
  input: { readonly from: string; readonly to?: string; readonly decree: string; readonly note?: string },
): Promise<ForceMajeure> {
  if (input.to && input.to <= input.from) {
    throw new ValidationError('PERIOD_REVERSED', 'Akhir keadaan kahar harus setelah awalnya.', 'to');
  }
  if (input.to && input.to > deps.clock.now().toISOString()) {
    throw new ValidationError(
      'END_IN_FUTURE',
      'Akhir keadaan kahar dicatat setelah terjadi: catat tanpa akhir, lalu akhiri saat berakhir.',
      'to',
    );
  }
  refuseOverlap(await deps.forceMajeure.list(), input);
  const period: ForceMajeure = {
    id: deps.ids.next(),
    from: input.from,
    ...(input.to && { to: input.to }),
    decree: input.decree,
    ...(input.note && { note: input.note }),
    declaredBy: actor.username,
    declaredAt: deps.clock.now().toISOString(),
  };
  const to = period.to;
  if (to) return close(deps, actor, { ...period, to });
  await deps.forceMajeure.put(period);
  return period;
}

/**
 * Ends an open period (now, or at `to`), and extends the deadlines it caught. The end is recorded
 * before any deadline moves and each request remembers the periods it was extended for, so a call
 * cut short is finished by calling again, and no deadline is extended twice.
 */
export async function endForceMajeure(
  deps: ForceMajeureDeps,
  actor: Actor,
  id: string,
  to?: string,
): Promise<ForceMajeure> {
  const period = await deps.forceMajeure.get(id);
  if (!period) throw periodNotFound(id);
  if (period.extension) throw new ConflictError('ALREADY_ENDED', 'Keadaan kahar ini sudah diakhiri.');
  const end = period.to ?? to ?? deps.clock.now().toISOString();
  if (end <= period.from)
    throw new ValidationError('PERIOD_REVERSED', 'Akhir keadaan kahar harus setelah awalnya.', 'to');
  if (end > deps.clock.now().toISOString()) {
    throw new ValidationError('END_IN_FUTURE', 'Keadaan kahar diakhiri pada atau sebelum saat ini.', 'to');
  }
  return close(deps, actor, { ...period, to: end });
}

/** Every period, newest first, and the one running now if any (the portal shows it). */
export async function forceMajeureStatus(deps: Pick<ForceMajeureDeps, 'forceMajeure' | 'clock'>) {
  const periods = await deps.forceMajeure.list();
  const now = deps.clock.now().toISOString();
  return { active: periods.find((period) => isActive(period, now)), periods };
}

/** Refuses on-line registration and submission while a force-majeure period runs. */
export async function requireServicesOnline(deps: {
  readonly forceMajeure: ForceMajeurePeriods;
  readonly clock: Clock;
  readonly settings: Pick<RuntimeSettings, 'timeZone'>;
}): Promise<void> {
  assertServicesOnline(
    await deps.forceMajeure.list(),
    deps.clock.now().toISOString(),
    deps.settings.timeZone,
  );
}
