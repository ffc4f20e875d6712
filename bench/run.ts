/**
 * Lifecycles on the local stack, measured: throughput, p50/p99 per API call, state transitions
 * per request, and the median POST /requests latency against a raw DynamoDB Local
 * TransactWriteItems of the same shape, measured in the same run.
 *
 *   npm run bench                     BENCH_REQUESTS=40 BENCH_CONCURRENCY=10 npm run bench
 *
 * A lifecycle is complete: draft, three documents, submission, verification, two validation
 * tiers, signing, issuance, survey and the download that completes the handover.
 */
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetExecutionHistoryCommand, SFNClient } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { kgb } from '#catalog/domain/kgb';
import type { Stage } from '#kernel/domain/stages';
import { type ApiClient, apiClient } from '#kit/api';
import { freshApplicants } from '#kit/applicants';
import { eventually } from '#kit/eventually';
import { SAMPLE_PDF, VERIFIED_SALARY } from '#kit/fixtures';
import { type RunningStack, startStack } from '#kit/local-stack';
import { OFFICIAL } from '#kit/workflow';
import { percentile } from '#reports/domain/statistics';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const samples = new Map<string, number[]>();

async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
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

/** Waits (polling, untimed) until the workflow waits at `stage`. */
function until(api: ApiClient, id: string, stage: string) {
  return eventually(
    () =>
      api.get<{ task?: { stage: string; decidable: boolean }; processing: boolean }>(`/requests/${id}`, {
        as: 'auditor',
      }),
    (response) =>
      response.body.task?.stage === stage && response.body.task.decidable && !response.body.processing,
    30_000,
  );
}

/** One complete lifecycle: draft, documents, submission, four decisions, survey, download. */
async function lifecycle(api: ApiClient, applicant: string): Promise<string> {
  const created = await timed('POST /requests', () =>
    api.post<{ id: string }>('/requests', {
      as: applicant,
      body: { serviceType: 'KGB', details: kgb.detailsExample },
    }),
  );
  const id = created.body.id;
  for (const requirement of kgb.requirements.filter((item) => item.required)) {
    const registered = await timed('POST /requests/{id}/documents', () =>
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
    await timed('PUT upload (S3)', () =>
      fetch(registered.body.uploadUrl, {
        method: 'PUT',
        headers: { 'content-type': 'application/pdf' },
        body: SAMPLE_PDF,
      }),
    );
  }
  await timed('POST /requests/{id}/submit', () => api.post(`/requests/${id}/submit`, { as: applicant }));
  for (const [stage, outcome, extra] of DECISIONS) {
    await until(api, id, stage);
    await timed('GET /tasks', () => api.get('/tasks?limit=5', { as: OFFICIAL[stage] }));
    const decided = await timed('POST /requests/{id}/decisions', () =>
      api.post(`/requests/${id}/decisions`, { as: OFFICIAL[stage], body: { stage, outcome, ...extra } }),
    );
    if (decided.status !== 200) throw new Error(`decision refused: ${JSON.stringify(decided.body)}`);
  }
  await until(api, id, 'SURVEY');
  await timed('POST /requests/{id}/survey', () =>
    api.post(`/requests/${id}/survey`, { as: applicant, body: { scores: [4, 4, 4, 4, 4, 4, 4, 4, 4] } }),
  );
  await until(api, id, 'HANDOVER');
  await timed('GET /requests/{id}/output', () => api.get(`/requests/${id}/output`, { as: applicant }));
  await timed('GET /requests/{id}', () => api.get(`/requests/${id}`, { as: applicant }));
  return id;
}

/** The same two-item transaction a create writes (request and audit line), straight to DynamoDB Local. */
async function rawTransactions(stack: RunningStack, count: number): Promise<number[]> {
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: stack.urls.dynamodb,
      region: 'ap-southeast-3',
      credentials: { accessKeyId: 'b', secretAccessKey: 'b' },
    }),
  );
  const durations: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = randomUUID();
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
  }
  return durations;
}

async function transitionsPerRequest(stack: RunningStack, ids: readonly string[]): Promise<number> {
  const sfn = new SFNClient({
    endpoint: stack.urls.stepFunctions,
    region: 'ap-southeast-3',
    credentials: { accessKeyId: 'b', secretAccessKey: 'b' },
  });
  let entered = 0;
  for (const id of ids) {
    const executionArn = `${stack.stateMachineArn.replace(':stateMachine:', ':execution:')}:${id}`;
    const history = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }));
    entered += (history.events ?? []).filter((event) => event.type?.endsWith('StateEntered')).length;
  }
  return entered / ids.length;
}

async function main() {
  const stack = await startStack({ POWERTOOLS_LOG_LEVEL: 'ERROR' });
  try {
    const api = apiClient(stack.urls.api);
    // Each lifecycle has an applicant of its own: an employee holds one open KGB request at a time.
    const applicants = (await freshApplicants(api, REQUESTS + 1)).map((applicant) => applicant.username);
    await lifecycle(api, applicants[REQUESTS] ?? ''); // warm-up: first loads of every handler module (cold starts)
    samples.clear();
    const started = performance.now();
    const ids: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) {
          const applicant = applicants[next] ?? '';
          next += 1;
          ids.push(await lifecycle(api, applicant));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const raw = await rawTransactions(stack, Math.max(50, REQUESTS));
    const transitions = await transitionsPerRequest(stack, ids);

    console.log(
      `\n${REQUESTS} complete lifecycles (draft → documents → submit → 4 decisions → survey → download), ${CONCURRENCY} at a time`,
    );
    console.log(`throughput: ${(REQUESTS / seconds).toFixed(2)} lifecycles/s over ${seconds.toFixed(1)} s`);
    console.log(`state transitions per request: ${transitions.toFixed(1)}\n`);
    console.log(`${'call'.padEnd(34)}${'n'.padStart(6)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}`);
    for (const [name, values] of samples) {
      console.log(
        `${name.padEnd(34)}${String(values.length).padStart(6)}${(percentile(values, 50) ?? Number.NaN).toFixed(1).padStart(10)}${(percentile(values, 99) ?? Number.NaN).toFixed(1).padStart(10)}`,
      );
    }
    const create = percentile(samples.get('POST /requests') ?? [], 50) ?? Number.NaN;
    const transact = percentile(raw, 50) ?? Number.NaN;
    console.log(
      `\nraw DynamoDB Local TransactWriteItems (2 puts): p50 ${transact.toFixed(1)} ms over ${raw.length}`,
    );
    console.log(
      `ratio median POST /requests : median raw TransactWriteItems = ${(create / transact).toFixed(2)}`,
    );
  } finally {
    await stack.stop();
  }
}

await main();
