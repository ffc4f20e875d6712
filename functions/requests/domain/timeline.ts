import type { StageRecord, Wait } from './request';

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
