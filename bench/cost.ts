import { ALWAYS_ON, costOf, PRICES, type Price } from './prices';

/**
 * The variable cost of one completed request, from what a run on the local stack counted, and
 * what it comes to per agency-year. Assumptions that are not counted are named here.
 */

/** Usage of one completed request, as counted (bench/run.ts) or derived from counts. */
export interface RequestUsage {
  readonly transitions: number;
  readonly lambdaRequests: number;
  readonly gbSeconds: number;
  readonly readUnits: number;
  readonly writeUnits: number;
  readonly s3ClassA: number;
  readonly s3ClassB: number;
  readonly mails: number;
  readonly signatures: number;
  readonly apiRequests: number;
  readonly events: number;
  readonly logBytes: number;
  readonly traces: number;
}

/** Requests a year per employee the agency-year figures assume (KGB every two years, leave, promotions, letters…). */
export const REQUESTS_PER_EMPLOYEE_YEAR = 2;
export const AGENCY_SIZES = [5_000, 50_000, 4_300_000] as const;

/** What a deployment costs every month however little it is used: two KMS keys and the WAF web ACL. */
export const FIXED_MONTHLY_USD = 2 * PRICES.kmsKeyMonth.usd + PRICES.wafMonthly.usd;
const HOURS_A_MONTH = 730;
export const ALWAYS_ON_MONTHLY_USD =
  costOf(ALWAYS_ON.vm, HOURS_A_MONTH) +
  costOf(ALWAYS_ON.database, HOURS_A_MONTH) +
  costOf(ALWAYS_ON.storage, 20);

export interface CostLine {
  readonly component: string;
  readonly quantity: number;
  readonly unit: string;
  readonly usd: number;
  readonly price: Price;
}

/** The cost lines of one completed request, largest first. */
export function costLines(usage: RequestUsage): CostLine[] {
  const line = (component: string, price: Price, quantity: number, unit: string): CostLine => ({
    component,
    quantity,
    unit,
    usd: costOf(price, quantity),
    price,
  });
  return [
    line('Step Functions transitions', PRICES.stepFunctionsTransition, usage.transitions, 'transitions'),
    line('Lambda requests', PRICES.lambdaRequest, usage.lambdaRequests, 'invocations'),
    line('Lambda duration (arm64)', PRICES.lambdaGbSecondArm, usage.gbSeconds, 'GB-s'),
    line('DynamoDB writes', PRICES.dynamodbWriteRequestUnit, usage.writeUnits, 'WRU'),
    line('DynamoDB reads', PRICES.dynamodbReadRequestUnit, usage.readUnits, 'RRU'),
    line('S3 PUT/LIST', PRICES.s3ClassA, usage.s3ClassA, 'requests'),
    line('S3 GET/HEAD', PRICES.s3ClassB, usage.s3ClassB, 'requests'),
    line('SES mail', PRICES.sesMail, usage.mails, 'mails'),
    line('KMS signatures', PRICES.kmsAsymmetricRequest, usage.signatures, 'Sign requests'),
    line('API Gateway (REST)', PRICES.restApiRequest, usage.apiRequests, 'requests'),
    line('WAF', PRICES.wafRequest, usage.apiRequests, 'requests'),
    line('EventBridge events', PRICES.eventBridgeEvent, usage.events, 'events'),
    line('CloudWatch Logs ingestion', PRICES.logsIngestionGb, usage.logBytes / 1024 ** 3, 'GB'),
    line('X-Ray traces', PRICES.xrayTrace, usage.traces, 'traces'),
  ].sort((a, b) => b.usd - a.usd);
}

export const totalOf = (lines: readonly CostLine[]) => lines.reduce((sum, line) => sum + line.usd, 0);

/** A horizontal bar per component, scaled to the largest. */
export function costChart(lines: readonly CostLine[], width = 40): string {
  const largest = Math.max(...lines.map((line) => line.usd));
  const total = totalOf(lines);
  return lines
    .map((line) => {
      const bar = '█'.repeat(Math.round((line.usd / largest) * width));
      const share = ((line.usd / total) * 100).toFixed(1).padStart(5);
      return `${line.component.padEnd(28)}${bar.padEnd(width + 1)}${share} %  $${line.usd.toExponential(2)}`;
    })
    .join('\n');
}

/** Completed requests a year at which serverless (variable + fixed) costs what the always-on pair costs. */
export function breakEvenRequestsPerYear(perRequestUsd: number): number {
  return ((ALWAYS_ON_MONTHLY_USD - FIXED_MONTHLY_USD) * 12) / perRequestUsd;
}
