import type { Wait } from './request';

/**
 * One passage of a request through a wait: when it opened, its deadline, when and how it ended,
 * and whether it ran past its deadline. Kept on the request, so reports read durations per stage
 * from the requests of a period without reading each one's audit trail.
 */
export interface StageRecord {
  readonly stage: Wait;
  readonly openedAt: string;
  readonly dueAt?: string;
  readonly closedAt?: string;
  /** The decision or event that ended it: ACCEPT, APPROVE, SIGN, RESUBMITTED, EXPIRED… */
  readonly outcome?: string;
  /** Who ended it (a username, or `system`). */
  readonly by?: string;
  readonly overdue?: true;
}

type Stages = readonly StageRecord[] | undefined;

/** The index of the open passage through `stage`, the latest one. */
function openIndex(stages: Stages, stage: Wait): number {
  const list = stages ?? [];
  for (let index = list.length - 1; index >= 0; index--) {
    const record = list[index];
    if (record?.stage === stage && !record.closedAt) return index;
  }
  return -1;
}

function patched(stages: Stages, stage: Wait, patch: (record: StageRecord) => StageRecord): StageRecord[] {
  const list = [...(stages ?? [])];
  const index = openIndex(list, stage);
  const record = list[index];
  if (record) list[index] = patch(record);
  return list;
}

export function openStage(stages: Stages, stage: Wait, openedAt: string, dueAt?: string): StageRecord[] {
  return [...(stages ?? []), { stage, openedAt, ...(dueAt && { dueAt }) }];
}

export function closeStage(
  stages: Stages,
  stage: Wait,
  closedAt: string,
  outcome: string,
  by?: string,
): StageRecord[] {
  return patched(stages, stage, (record) => ({ ...record, closedAt, outcome, ...(by && { by }) }));
}

export function markOverdue(stages: Stages, stage: Wait): StageRecord[] {
  return patched(stages, stage, (record) => ({ ...record, overdue: true }));
}

export function moveDue(stages: Stages, stage: Wait, dueAt: string): StageRecord[] {
  return patched(stages, stage, (record) => ({ ...record, dueAt }));
}
