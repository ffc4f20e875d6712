import { findService, isServiceCode, serviceSla } from '#catalog';
import type { RuntimeSettings } from '#kernel/domain/settings';
import type { Stage } from '#kernel/domain/stages';
import { STAGES } from '#kernel/domain/stages';
import { type WorkCalendar, workingDaysBetween } from '#kernel/domain/working-days';
import type { ServiceRequest, StageRecord, SurveyAnswer, Wait } from '#requests';
import { WAIT_RULES } from '#requests';
import { computeIkm, type IkmResult } from './satisfaction';
import { percentile, share } from './statistics';

const SLA_OF: Record<Stage, keyof ReturnType<typeof serviceSla>> = {
  VERIFICATION: 'verification',
  SUPERVISOR_VALIDATION: 'supervisorValidation',
  ADMINISTRATOR_VALIDATION: 'administratorValidation',
  SIGNING: 'signing',
};

export interface StagePerformance {
  readonly stage: Stage;
  readonly label: string;
  /** Passages through the stage that ended in the cohort (a return makes a second passage). */
  readonly passages: number;
  readonly medianWorkingDays?: number;
  readonly p90WorkingDays?: number;
  readonly overdue: number;
  /** Share of ended passages within the stage's service level. */
  readonly withinSla?: number;
}

export interface RejectionGroup {
  readonly stage: Wait;
  readonly automatic: boolean;
  readonly count: number;
  /** The reasons given, most frequent first (at most five). */
  readonly reasons: ReadonlyArray<{ readonly reason: string; readonly count: number }>;
}

export interface ServicePerformance {
  readonly serviceType: string;
  readonly serviceName: string;
  readonly received: number;
  readonly completed: number;
  readonly rejected: number;
  readonly inProgress: number;
  /** Requests with at least one official stage past its service level. */
  readonly overdue: number;
  /** Requests entered after a force-majeure period, handled on paper. */
  readonly manual: number;
  readonly completedWithinSla: number;
  /** Share of completed requests that passed every official stage within its service level. */
  readonly completedWithinSlaShare?: number;
  /** Share of received requests found deficient at least once. */
  readonly deficiencyRate?: number;
  readonly rejections: readonly RejectionGroup[];
  readonly stages: readonly StagePerformance[];
  readonly satisfaction: IkmResult;
}

const isOfficial = (record: StageRecord): record is StageRecord & { stage: Stage } =>
  (STAGES as readonly string[]).includes(record.stage);

function stagePerformance(
  requests: readonly ServiceRequest[],
  stage: Stage,
  calendar: WorkCalendar,
  settings: Pick<RuntimeSettings, 'slaOverrides'>,
): StagePerformance {
  const durations: number[] = [];
  let overdue = 0;
  let within = 0;
  for (const request of requests) {
    const sla = isServiceCode(request.serviceType)
      ? serviceSla(findService(request.serviceType), settings)
      : undefined;
    for (const record of request.stages ?? []) {
      if (record.stage !== stage) continue;
      if (record.overdue) overdue += 1;
      if (!record.closedAt) continue;
      const days = workingDaysBetween(new Date(record.openedAt), new Date(record.closedAt), calendar);
      durations.push(days);
      if (!record.overdue && sla && days <= sla[SLA_OF[stage]]) within += 1;
    }
  }
  const median = percentile(durations, 50);
  const p90 = percentile(durations, 90);
  const withinSla = share(within, durations.length);
  return {
    stage,
    label: WAIT_RULES[stage].label,
    passages: durations.length,
    ...(median !== undefined && { medianWorkingDays: median }),
    ...(p90 !== undefined && { p90WorkingDays: p90 }),
    overdue,
    ...(withinSla !== undefined && { withinSla }),
  };
}

function rejections(requests: readonly ServiceRequest[]): RejectionGroup[] {
  const groups = new Map<string, { stage: Wait; automatic: boolean; reasons: Map<string, number> }>();
  for (const request of requests) {
    const rejection = request.rejection;
    if (request.status !== 'REJECTED' || !rejection) continue;
    const key = `${rejection.stage}#${rejection.automatic}`;
    const group = groups.get(key) ?? {
      stage: rejection.stage,
      automatic: rejection.automatic,
      reasons: new Map(),
    };
    group.reasons.set(rejection.reason, (group.reasons.get(rejection.reason) ?? 0) + 1);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({
    stage: group.stage,
    automatic: group.automatic,
    count: [...group.reasons.values()].reduce((total, count) => total + count, 0),
    reasons: [...group.reasons]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 5)
      .map(([reason, count]) => ({ reason, count })),
  }));
}

/**
 * The performance of one group of requests (a service, or all): the requests received in the
 * period, what became of them, time per official stage in working days, service-level shares,
 * the deficiency rate, and the satisfaction index of the survey answers of the period.
 */
export function servicePerformance(
  group: { readonly serviceType: string; readonly serviceName: string },
  requests: readonly ServiceRequest[],
  answers: readonly SurveyAnswer[],
  calendar: WorkCalendar,
  settings: Pick<RuntimeSettings, 'slaOverrides'>,
): ServicePerformance {
  const completed = requests.filter((request) => request.status === 'COMPLETED');
  const late = (request: ServiceRequest) =>
    (request.stages ?? []).some((record) => isOfficial(record) && record.overdue);
  const completedWithinSla = completed.filter((request) => !late(request)).length;
  const completedShare = share(completedWithinSla, completed.length);
  const deficiencyRate = share(
    requests.filter((request) => (request.stages ?? []).some((record) => record.stage === 'COMPLETION'))
      .length,
    requests.length,
  );
  return {
    ...group,
    received: requests.length,
    completed: completed.length,
    rejected: requests.filter((request) => request.status === 'REJECTED').length,
    inProgress: requests.filter((request) => request.status !== 'COMPLETED' && request.status !== 'REJECTED')
      .length,
    overdue: requests.filter(late).length,
    manual: requests.filter((request) => request.manual).length,
    completedWithinSla,
    ...(completedShare !== undefined && { completedWithinSlaShare: completedShare }),
    ...(deficiencyRate !== undefined && { deficiencyRate }),
    rejections: rejections(requests),
    stages: STAGES.map((stage) => stagePerformance(requests, stage, calendar, settings)),
    satisfaction: computeIkm(
      answers.map((answer) => answer.scores),
      requests.length,
    ),
  };
}
