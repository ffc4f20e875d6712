import { findService, isServiceCode } from '#catalog';
import { ValidationError } from '#kernel/domain/errors';
import type { Clock } from '#kernel/domain/ports';
import type { RuntimeSettings } from '#kernel/domain/settings';
import { nextDate, startOfLocalDate, workCalendar } from '#kernel/domain/working-days';
import { servicePerformance } from '#reports/domain/performance';
import { computeIkm } from '#reports/domain/satisfaction';
import type { RequestRecords, ServiceRequest, SurveyAnswer, SurveyRecords } from '#requests';

export interface ReportDeps {
  readonly records: RequestRecords;
  readonly surveys: SurveyRecords;
  readonly settings: RuntimeSettings;
  readonly clock: Clock;
}

export interface ReportQuery {
  /** Local dates (YYYY-MM-DD), both included. */
  readonly from: string;
  readonly to: string;
  readonly serviceType?: string;
  readonly unit?: string;
}

/** A report reads its period and nothing more: at most a year. */
const MAX_DAYS = 366;

const serviceName = (code: string) => (isServiceCode(code) ? findService(code).name : code);

/** The requests received (submitted) in the period and the survey answers given in it, filtered. */
async function periodData(deps: ReportDeps, query: ReportQuery) {
  if (query.to < query.from) {
    throw new ValidationError(
      'PERIOD_REVERSED',
      'Tanggal akhir periode harus sama dengan atau setelah tanggal awal.',
      'to',
    );
  }
  const calendar = workCalendar(deps.settings);
  const from = startOfLocalDate(query.from, calendar);
  const to = startOfLocalDate(nextDate(query.to), calendar);
  if (to.getTime() - from.getTime() > MAX_DAYS * 86_400_000) {
    throw new ValidationError('PERIOD_TOO_LONG', `Periode laporan paling lama ${MAX_DAYS} hari.`, 'to');
  }
  const matches = (item: { readonly serviceType: string; readonly unit: string }) =>
    (!query.serviceType || item.serviceType === query.serviceType) &&
    (!query.unit || item.unit === query.unit);
  const requests = (await deps.records.listSubmittedBetween(from.toISOString(), to.toISOString())).filter(
    (request) => matches({ serviceType: request.serviceType, unit: request.applicant.unit }),
  );
  const answers = (await deps.surveys.listAnsweredBetween(from.toISOString(), to.toISOString())).filter(
    matches,
  );
  return { calendar, requests, answers };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/** What every report opens with: its period, its filters and when it was made. */
function reportHeader(deps: Pick<ReportDeps, 'clock'>, query: ReportQuery) {
  return {
    period: { from: query.from, to: query.to },
    filters: {
      ...(query.serviceType && { serviceType: query.serviceType }),
      ...(query.unit && { unit: query.unit }),
    },
    generatedAt: deps.clock.now().toISOString(),
  };
}

/**
 * Service performance for a period (Kediri Pasal 4(3)d and 16): per service and for all, the
 * requests received in the period and what became of them, time per stage in working days,
 * service-level shares, deficiency rate and satisfaction index.
 */
export async function performanceReport(deps: ReportDeps, query: ReportQuery) {
  const { calendar, requests, answers } = await periodData(deps, query);
  const byService = groupBy(requests, (request) => request.serviceType);
  const answersByService = groupBy(answers, (answer) => answer.serviceType);
  const codes = [...new Set([...byService.keys(), ...answersByService.keys()])].sort();
  return {
    ...reportHeader(deps, query),
    services: codes.map((code) =>
      servicePerformance(
        { serviceType: code, serviceName: serviceName(code) },
        byService.get(code) ?? [],
        answersByService.get(code) ?? [],
        calendar,
        deps.settings,
      ),
    ),
    total: servicePerformance(
      { serviceType: 'SEMUA', serviceName: 'Semua layanan' },
      requests,
      answers,
      calendar,
      deps.settings,
    ),
  };
}

export type PerformanceReport = Awaited<ReturnType<typeof performanceReport>>;

function satisfactionOf(
  group: string,
  name: string,
  answers: readonly SurveyAnswer[],
  population: readonly ServiceRequest[],
) {
  return {
    group,
    name,
    ...computeIkm(
      answers.map((answer) => answer.scores),
      population.length,
    ),
  };
}

/**
 * The satisfaction index (IKM, PermenPANRB 14/2017) of a period, per service, per unit and for
 * the agency: the population is the requests received in the period.
 */
export async function satisfactionReport(deps: ReportDeps, query: ReportQuery) {
  const { requests, answers } = await periodData(deps, query);
  const requestsByService = groupBy(requests, (request) => request.serviceType);
  const requestsByUnit = groupBy(requests, (request) => request.applicant.unit);
  return {
    ...reportHeader(deps, query),
    agency: satisfactionOf('SEMUA', deps.settings.agency.name, answers, requests),
    services: [...groupBy(answers, (answer) => answer.serviceType)].map(([code, group]) =>
      satisfactionOf(code, serviceName(code), group, requestsByService.get(code) ?? []),
    ),
    units: [...groupBy(answers, (answer) => answer.unit)].map(([unit, group]) =>
      satisfactionOf(unit, unit, group, requestsByUnit.get(unit) ?? []),
    ),
  };
}

export type SatisfactionReport = Awaited<ReturnType<typeof satisfactionReport>>;
