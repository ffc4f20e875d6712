/**
 * The project's performance and cost figures, each printed beside its target (issue 18), from one
 * run on the local stack; exits 1 when a target is missed.
 *
 *   npm run bench                     BENCH_REQUESTS=40 BENCH_CONCURRENCY=10 npm run bench
 *
 * - packages: every handler bundled as `cdk synth` bundles it, minified JavaScript per function;
 * - lifecycles: complete ones (draft, three documents, submission, verification, two validation
 *   tiers, signing, issuance, survey and the download that completes the handover), BENCH_CONCURRENCY
 *   at a time: throughput, p50/p99 per call, state transitions, and everything the cost model needs,
 *   counted by the local stack's meter (infra/local/meter.ts);
 * - API overhead: median POST /requests against a raw DynamoDB Local TransactWriteItems of the
 *   same shape, at concurrency 1 and 10, measured in this run;
 * - tail latency: 50 applicants at once, each drafting, uploading and submitting a request;
 * - cost per completed request and per agency-year (bench/cost.ts, prices in bench/prices.ts).
 *
 * The bench waits for the workflow by reading execution history (as an auditor would), not by
 * polling the API, so the meter counts only the calls a lifecycle makes.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetExecutionHistoryCommand, type HistoryEvent, SFNClient } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { kgb } from '#catalog/domain/kgb';
import { WAIT_STATES } from '#infra/statemachines/service-request-states';
import type { Stage } from '#kernel/domain/stages';
import { type ApiClient, apiClient } from '#kit/api';
import { freshApplicants } from '#kit/applicants';
import { SAMPLE_PDF, VERIFIED_SALARY } from '#kit/fixtures';
import { type RunningStack, startStack } from '#kit/local-stack';
import { OFFICIAL } from '#kit/workflow';
import type { MeterReading } from '#local/meter';
import { percentile } from '#reports/domain/statistics';
import type { Wait } from '#requests/domain/request';
import {
  AGENCY_SIZES,
  ALWAYS_ON_MONTHLY_USD,
  breakEvenRequestsPerYear,
  costChart,
  costLines,
  FIXED_MONTHLY_USD,
  REQUESTS_PER_EMPLOYEE_YEAR,
  type RequestUsage,
  totalOf,
} from './cost';
import { measurePackages } from './packages';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const APPLICANTS_AT_ONCE = Number(process.env.BENCH_APPLICANTS ?? 50);
const SEQUENTIAL_CREATES = 20;
const ROOT = join(import.meta.dirname, '..');

/** Lifecycles per second measured on main before issue 18's changes, on this machine (bench/RESULTS.md). */
const BASELINE_LIFECYCLES_PER_SECOND = Number(process.env.BENCH_BASELINE ?? 0.45);

const TARGETS = {
  packageMedianBytes: 300 * 1024,
  packageMaxBytes: 800 * 1024,
  loadRatio: 1.5,
  transitions: 25,
  apiOverhead: 3,
  tailRatio: 4,
  throughputFactor: 2,
  scaleRatio: 1.5,
  costPerRequestUsd: 0.001,
};

/** Lambda platform lines per invocation (START, END, REPORT with X-Ray ids), bytes. */
const PLATFORM_LOG_BYTES = 420;

type Samples = Map<string, number[]>;

async function timed<T>(samples: Samples, name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await run();
  } finally {
    samples.set(name, [...(samples.get(name) ?? []), performance.now() - started]);
  }
}

const DECISIONS: ReadonlyArray<[Stage, string, object?]> = [
  // The demo agency's salary table has no rows: the verifier enters the new salary.
  ['VERIFICATION', 'ACCEPT', { newBaseSalary: VERIFIED_SALARY }],
  ['SUPERVISOR_VALIDATION', 'APPROVE'],
  ['ADMINISTRATOR_VALIDATION', 'APPROVE'],
  ['SIGNING', 'SIGN'],
];

interface Context {
  readonly stack: RunningStack;
  readonly api: ApiClient;
  readonly sfn: SFNClient;
}

function executionArn(stack: RunningStack, id: string): string {
  return `${stack.stateMachineArn.replace(':stateMachine:', ':execution:')}:${id}`;
}

async function history(context: Context, id: string): Promise<HistoryEvent[]> {
  const events: HistoryEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await context.sfn.send(
      new GetExecutionHistoryCommand({
        executionArn: executionArn(context.stack, id),
        maxResults: 1000,
        nextToken,
      }),
    );
    events.push(...(page.events ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return events;
}

/** Waits until the workflow waits at `wait`: its callback task entered and handed to its function. */
async function until(context: Context, id: string, wait: Wait): Promise<void> {
  const state = WAIT_STATES[wait].await;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const events = await history(context, id).catch(() => []);
    const entered = events.findLastIndex(
      (event) => event.type === 'TaskStateEntered' && event.stateEnteredEventDetails?.name === state,
    );
    const exited = events.findLastIndex((event) => event.type === 'TaskStateExited');
    if (
      entered >= 0 &&
      exited < entered &&
      events.slice(entered).some((event) => event.type === 'TaskSubmitted')
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  throw new Error(`request ${id} never waited at ${wait}`);
}

/** Draft, three documents uploaded, submission: what an applicant does alone. */
async function applicantPart(api: ApiClient, samples: Samples, applicant: string): Promise<string> {
  const created = await timed(samples, 'POST /requests', () =>
    api.post<{ id: string }>('/requests', {
      as: applicant,
      body: { serviceType: 'KGB', details: kgb.detailsExample },
    }),
  );
  if (created.status !== 201) throw new Error(`not created: ${JSON.stringify(created.body)}`);
  const id = created.body.id;
  for (const requirement of kgb.requirements.filter((item) => item.required)) {
    const registered = await timed(samples, 'POST /requests/{id}/documents', () =>
      api.post<{ uploadUrl: string }>(`/requests/${id}/documents`, {
        as: applicant,
        body: {
          requirementCode: requirement.code,
          fileName: 'a.pdf',
          contentType: 'application/pdf',
          size: SAMPLE_PDF.length,
        },
      }),
    );
    await timed(samples, 'PUT upload (S3)', () =>
      fetch(registered.body.uploadUrl, {
        method: 'PUT',
        headers: { 'content-type': 'application/pdf' },
        body: SAMPLE_PDF,
      }).then((response) => response.arrayBuffer()),
    );
  }
  await timed(samples, 'POST /requests/{id}/submit', () =>
    api.post(`/requests/${id}/submit`, { as: applicant }),
  );
  return id;
}

/** One complete lifecycle: the applicant's part, four decisions, survey, download. */
async function lifecycle(context: Context, samples: Samples, applicant: string): Promise<string> {
  const { api } = context;
  const id = await applicantPart(api, samples, applicant);
  for (const [stage, outcome, extra] of DECISIONS) {
    await until(context, id, stage);
    await timed(samples, 'GET /tasks', () => api.get('/tasks?limit=5', { as: OFFICIAL[stage] }));
    const decided = await timed(samples, 'POST /requests/{id}/decisions', () =>
      api.post(`/requests/${id}/decisions`, { as: OFFICIAL[stage], body: { stage, outcome, ...extra } }),
    );
    if (decided.status !== 200) throw new Error(`decision refused: ${JSON.stringify(decided.body)}`);
  }
  await until(context, id, 'SURVEY');
  await timed(samples, 'POST /requests/{id}/survey', () =>
    api.post(`/requests/${id}/survey`, { as: applicant, body: { scores: [4, 4, 4, 4, 4, 4, 4, 4, 4] } }),
  );
  await until(context, id, 'HANDOVER');
  await timed(samples, 'GET /requests/{id}/output', () =>
    api.get(`/requests/${id}/output`, { as: applicant }),
  );
  await timed(samples, 'GET /requests/{id}', () => api.get(`/requests/${id}`, { as: applicant }));
  return id;
}

/** Runs `work` for each item, `concurrency` at a time. */
async function pool<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const item = items[next] as T;
        next += 1;
        results.push(await work(item));
      }
    }),
  );
  return results;
}

/** The same two-item transaction a create writes (request and audit line), straight to DynamoDB Local. */
async function rawTransactions(stack: RunningStack, count: number, concurrency: number): Promise<number[]> {
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: stack.urls.dynamodb,
      region: 'ap-southeast-3',
      credentials: { accessKeyId: 'b', secretAccessKey: 'b' },
    }),
  );
  const durations: number[] = [];
  await pool(
    Array.from({ length: count }, () => randomUUID()),
    concurrency,
    async (id) => {
      const started = performance.now();
      await client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: stack.tableName,
                Item: { pk: `BENCH#${id}`, sk: 'REQUEST', body: kgb.detailsExample },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: stack.tableName,
                Item: { pk: `BENCH#${id}`, sk: 'AUDIT#00000001', action: 'CREATED' },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
      durations.push(performance.now() - started);
    },
  );
  return durations;
}

async function meter(stack: RunningStack, method: 'GET' | 'DELETE'): Promise<MeterReading> {
  const response = await fetch(`${stack.urls.stepFunctions}/meter`, { method });
  if (response.status !== 200) throw new Error('the local stack has no meter (LOCAL_METER=1)');
  return (await response.json()) as MeterReading;
}

/** Memory per function from the synthesized templates (cdk.out), else the ServiceFunction default. */
function memorySizes(): Map<string, number> {
  const sizes = new Map<string, number>();
  const dir = join(ROOT, 'cdk.out');
  if (!existsSync(dir)) return sizes;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.template.json'))) {
    const template = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      Resources?: Record<
        string,
        { Type: string; Properties?: { Description?: string; MemorySize?: number } }
      >;
    };
    for (const resource of Object.values(template.Resources ?? {})) {
      const { Description, MemorySize } = resource.Properties ?? {};
      if (resource.Type === 'AWS::Lambda::Function' && Description && MemorySize)
        sizes.set(Description, MemorySize);
    }
  }
  return sizes;
}
const DEFAULT_MEMORY_MB = 512;

const p = (values: readonly number[], at: number) => percentile(values, at) ?? Number.NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

interface Check {
  readonly figure: string;
  readonly measured: string;
  readonly target: string;
  readonly met: boolean | undefined;
}

function table(samples: Samples): string {
  const rows = [
    `${'call'.padEnd(34)}${'n'.padStart(6)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'p99/p50'.padStart(9)}`,
  ];
  for (const [name, values] of samples) {
    rows.push(
      `${name.padEnd(34)}${String(values.length).padStart(6)}${p(values, 50).toFixed(1).padStart(10)}${p(values, 99).toFixed(1).padStart(10)}${(p(values, 99) / p(values, 50)).toFixed(2).padStart(9)}`,
    );
  }
  return rows.join('\n');
}

async function main() {
  const checks: Check[] = [];
  const check = (figure: string, measured: string, target: string, met: boolean | undefined) =>
    checks.push({ figure, measured, target, met });
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`machine: ${cpus().length} cores, ${cpu}; ${new Date().toISOString()}`);

  // Packages, bundled as cdk synth bundles them.
  const packages = await measurePackages(TARGETS.packageMaxBytes);
  console.log(
    `\npackages: ${packages.count} functions, minified JS median ${kb(packages.median)}, ` +
      `min ${kb(packages.min.bytes)} (${packages.min.handler}), max ${kb(packages.max.bytes)} (${packages.max.handler}); ` +
      `${packages.over.length} over ${kb(TARGETS.packageMaxBytes)}`,
  );
  check(
    'package median (minified JS)',
    kb(packages.median),
    `≤ ${kb(TARGETS.packageMedianBytes)}`,
    packages.median <= TARGETS.packageMedianBytes,
  );
  check(
    'package max (minified JS, fonts aside)',
    `${kb(packages.max.bytes)}, ${packages.over.length} over`,
    `≤ ${kb(TARGETS.packageMaxBytes)}`,
    packages.over.length === 0,
  );
  const { baseline, handlers } = packages.loads;
  console.log(
    `module load in a fresh Node process (median of 5): bare @aws-sdk/client-dynamodb ${baseline.toFixed(0)} ms; ` +
      handlers
        .map(({ handler, ms }) => `${handler} ${ms.toFixed(0)} ms (×${(ms / baseline).toFixed(2)})`)
        .join(', '),
  );
  for (const { handler, ms } of handlers) {
    check(
      `module load ÷ bare client-dynamodb import: ${handler}`,
      (ms / baseline).toFixed(2),
      `≤ ${TARGETS.loadRatio}`,
      ms / baseline <= TARGETS.loadRatio,
    );
  }

  const stack = await startStack({ POWERTOOLS_LOG_LEVEL: 'INFO', LOCAL_METER: '1' });
  try {
    const context: Context = {
      stack,
      api: apiClient(stack.urls.api),
      sfn: new SFNClient({
        endpoint: stack.urls.stepFunctions,
        region: 'ap-southeast-3',
        credentials: { accessKeyId: 'b', secretAccessKey: 'b' },
      }),
    };
    // Each request has an applicant of its own: an employee holds one open KGB request at a time.
    const applicants = (
      await freshApplicants(context.api, REQUESTS + 1 + SEQUENTIAL_CREATES + APPLICANTS_AT_ONCE)
    ).map((applicant) => applicant.username);
    const take = (count: number) => applicants.splice(0, count);
    const warmUp = new Map<string, number[]>();
    await lifecycle(context, warmUp, take(1)[0] ?? ''); // first loads of every handler module (cold starts)

    // Complete lifecycles, CONCURRENCY at a time, metered.
    await meter(stack, 'DELETE');
    const samples: Samples = new Map();
    const started = performance.now();
    const ids = await pool(take(REQUESTS), CONCURRENCY, (applicant) =>
      lifecycle(context, samples, applicant),
    );
    const seconds = (performance.now() - started) / 1000;
    const reading = await meter(stack, 'GET');
    const histories = await Promise.all(ids.map((id) => history(context, id)));
    const published = (await (await fetch(`${stack.urls.stepFunctions}/events`)).json()) as Array<{
      detail?: { requestId?: string };
    }>;
    const raw10 = await rawTransactions(stack, Math.max(50, REQUESTS), CONCURRENCY);

    const throughput = REQUESTS / seconds;
    const transitions =
      histories.reduce(
        (sum, events) => sum + events.filter((event) => event.type?.endsWith('StateEntered')).length,
        0,
      ) / ids.length;
    console.log(
      `\n${REQUESTS} complete lifecycles (draft → documents → submit → 4 decisions → survey → download), ${CONCURRENCY} at a time`,
    );
    console.log(`throughput: ${throughput.toFixed(2)} lifecycles/s over ${seconds.toFixed(1)} s`);
    console.log(`state transitions per request: ${transitions.toFixed(1)}\n`);
    console.log(table(samples));
    check(
      'state transitions per happy-path request',
      transitions.toFixed(1),
      `≤ ${TARGETS.transitions}`,
      transitions <= TARGETS.transitions,
    );
    check(
      'lifecycles/s ÷ baseline',
      `${throughput.toFixed(2)} ÷ ${BASELINE_LIFECYCLES_PER_SECOND} = ${(throughput / BASELINE_LIFECYCLES_PER_SECOND).toFixed(2)}`,
      `≥ ${TARGETS.throughputFactor}`,
      throughput / BASELINE_LIFECYCLES_PER_SECOND >= TARGETS.throughputFactor,
    );
    const overhead10 = p(samples.get('POST /requests') ?? [], 50) / p(raw10, 50);
    console.log(
      `\nraw TransactWriteItems (2 puts), ${CONCURRENCY} at a time: p50 ${p(raw10, 50).toFixed(1)} ms over ${raw10.length}`,
    );

    // POST /requests one at a time, against the raw transaction one at a time.
    const sequential: Samples = new Map();
    for (const applicant of take(SEQUENTIAL_CREATES)) {
      await timed(sequential, 'POST /requests', () =>
        context.api.post('/requests', {
          as: applicant,
          body: { serviceType: 'KGB', details: kgb.detailsExample },
        }),
      );
    }
    const raw1 = await rawTransactions(stack, Math.max(50, SEQUENTIAL_CREATES), 1);
    const overhead1 = p(sequential.get('POST /requests') ?? [], 50) / p(raw1, 50);
    console.log(
      `POST /requests one at a time: p50 ${p(sequential.get('POST /requests') ?? [], 50).toFixed(1)} ms; raw TransactWriteItems one at a time: p50 ${p(raw1, 50).toFixed(1)} ms`,
    );
    check(
      'median POST /requests ÷ raw TransactWriteItems, concurrency 1',
      overhead1.toFixed(1),
      `≤ ${TARGETS.apiOverhead}`,
      overhead1 <= TARGETS.apiOverhead,
    );
    check(
      `median POST /requests ÷ raw TransactWriteItems, concurrency ${CONCURRENCY}`,
      overhead10.toFixed(1),
      `≤ ${TARGETS.apiOverhead}`,
      overhead10 <= TARGETS.apiOverhead,
    );

    // 50 applicants at once: draft, documents, submission.
    const crowd: Samples = new Map();
    const group = take(APPLICANTS_AT_ONCE);
    await Promise.all(group.map((applicant) => applicantPart(context.api, crowd, applicant)));
    console.log(`\n${group.length} applicants at once (draft, 3 documents, submit):\n${table(crowd)}`);
    const worst = [...crowd]
      .map(([name, values]) => [name, p(values, 99) / p(values, 50)] as const)
      .sort((a, b) => b[1] - a[1])[0];
    check(
      `p99 ÷ p50, every call, ${group.length} applicants at once`,
      worst ? `worst ${worst[1].toFixed(2)} (${worst[0]})` : '-',
      `≤ ${TARGETS.tailRatio}`,
      worst ? worst[1] <= TARGETS.tailRatio : undefined,
    );
    check(
      'work-queue and report latency, 100k ÷ 1k requests',
      'not measured',
      `≤ ${TARGETS.scaleRatio}`,
      undefined,
    );

    // The cost of one completed request, from what the meter counted during the lifecycles.
    const memory = memorySizes();
    const functions = Object.entries(reading.lambda).filter(([name]) => !name.startsWith('jobs/'));
    const invocations = functions.reduce((sum, [, entry]) => sum + entry.invocations, 0);
    const gbSeconds = functions.reduce(
      (sum, [name, entry]) =>
        sum + ((memory.get(name) ?? DEFAULT_MEMORY_MB) / 1024) * (entry.milliseconds / 1000),
      0,
    );
    const apiRequests = functions
      .filter(([name]) => name.startsWith('api/'))
      .reduce((sum, [, entry]) => sum + entry.invocations, 0);
    const historyBytes = histories.reduce((sum, events) => sum + JSON.stringify(events).length, 0);
    const events = published.filter((event) => ids.includes(event.detail?.requestId ?? '')).length;
    const perRequest = (value: number) => value / ids.length;
    const usage: RequestUsage = {
      transitions,
      // The token authorizer runs before each API call (its cache is not counted on).
      lambdaRequests: perRequest(invocations + apiRequests),
      gbSeconds: perRequest(gbSeconds),
      readUnits: perRequest(reading.dynamodb.readUnits),
      writeUnits: perRequest(reading.dynamodb.writeUnits),
      s3ClassA: perRequest(reading.s3.classA),
      s3ClassB: perRequest(reading.s3.classB),
      mails: perRequest(reading.ses.mails),
      signatures: perRequest(reading.signatures),
      apiRequests: perRequest(apiRequests),
      events: perRequest(events),
      logBytes: perRequest(
        reading.logs.bytes + (invocations + apiRequests) * PLATFORM_LOG_BYTES + historyBytes,
      ),
      // One trace per API call and one per execution (its steps join it); sampling not counted on.
      traces: perRequest(apiRequests + ids.length),
    };
    const jobs = Object.entries(reading.lambda).filter(([name]) => name.startsWith('jobs/'));
    console.log(
      `\nper completed request, counted: ${usage.transitions.toFixed(1)} transitions, ${usage.lambdaRequests.toFixed(1)} Lambda invocations ` +
        `(${invocations / ids.length} handler + ${apiRequests / ids.length} authorizer), ${usage.gbSeconds.toFixed(2)} GB-s, ` +
        `${usage.readUnits.toFixed(1)} RRU, ${usage.writeUnits.toFixed(1)} WRU, S3 ${usage.s3ClassA.toFixed(1)} PUT/LIST + ${usage.s3ClassB.toFixed(1)} GET, ` +
        `${usage.mails.toFixed(1)} mails, ${usage.signatures.toFixed(1)} signatures, ${usage.apiRequests.toFixed(1)} API calls, ` +
        `${usage.events.toFixed(1)} events, ${(usage.logBytes / 1024).toFixed(1)} KB logs ` +
        `(handlers ${(perRequest(reading.logs.bytes) / 1024).toFixed(1)} KB, platform ${(perRequest((invocations + apiRequests) * PLATFORM_LOG_BYTES) / 1024).toFixed(1)} KB, ` +
        `execution history ${(perRequest(historyBytes) / 1024).toFixed(1)} KB), ${usage.traces.toFixed(1)} traces`,
    );
    console.log(
      `DynamoDB calls ${JSON.stringify(reading.dynamodb.calls)}; without ConsumedCapacity: ${reading.dynamodb.unreported}; ` +
        `scheduled jobs (not counted per request): ${jobs.map(([name, entry]) => `${name} ×${entry.invocations}`).join(', ') || 'none'}`,
    );
    console.log(
      `memory: ${memory.size ? `from cdk.out (${memory.size} functions)` : `cdk.out absent, ${DEFAULT_MEMORY_MB} MB each (ServiceFunction default)`}; Lambda durations are local wall-clock times on this machine`,
    );
    const lines = costLines(usage);
    const total = totalOf(lines);
    console.log(
      `\ncost by component, per completed request (prices: bench/prices.ts; most are us-east-1 stand-ins):\n${costChart(lines)}`,
    );
    console.log(`total variable cost per completed request: $${total.toFixed(6)}`);
    check(
      'variable cost per completed request',
      `$${total.toFixed(6)}`,
      `≤ $${TARGETS.costPerRequestUsd}`,
      total <= TARGETS.costPerRequestUsd,
    );
    console.log(
      `\nper agency-year at ${REQUESTS_PER_EMPLOYEE_YEAR} requests per employee per year ` +
        `(fixed $${FIXED_MONTHLY_USD.toFixed(2)}/month: 2 KMS keys, WAF web ACL; always-on VM + database $${ALWAYS_ON_MONTHLY_USD.toFixed(2)}/month):`,
    );
    for (const employees of AGENCY_SIZES) {
      const requests = employees * REQUESTS_PER_EMPLOYEE_YEAR;
      const serverless = requests * total + FIXED_MONTHLY_USD * 12;
      console.log(
        `  ${employees.toLocaleString('en-US').padStart(9)} employees, ${requests.toLocaleString('en-US').padStart(9)} requests: ` +
          `serverless $${serverless.toFixed(0).padStart(7)} a year (variable $${(requests * total).toFixed(0)}), always-on $${(ALWAYS_ON_MONTHLY_USD * 12).toFixed(0)}`,
      );
    }
    const breakEven = breakEvenRequestsPerYear(total);
    console.log(
      `  break-even: ${Math.round(breakEven).toLocaleString('en-US')} completed requests a year ` +
        `(${Math.round(breakEven / REQUESTS_PER_EMPLOYEE_YEAR).toLocaleString('en-US')} employees); beyond it one small VM is cheaper, ` +
        `if it could carry the load and the operating work is free`,
    );
  } finally {
    await stack.stop();
  }

  console.log(`\n${'figure'.padEnd(66)}${'measured'.padEnd(46)}${'target'.padEnd(12)}result`);
  for (const { figure, measured, target, met } of checks) {
    console.log(
      `${figure.padEnd(66)}${measured.padEnd(46)}${target.padEnd(12)}${met === undefined ? 'MISSED (not measured)' : met ? 'met' : 'MISSED'}`,
    );
  }
  const missed = checks.filter((item) => item.met !== true).length;
  console.log(`\n${checks.length - missed} of ${checks.length} targets met`);
  if (missed > 0) process.exitCode = 1;
}

await main();
