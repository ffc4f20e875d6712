import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { routes } from '#app/api/routes';
import { type JobSpec, jobs } from '#app/jobs';
import { useClock } from '#kernel/adapters/clock';
import { allowedOrigins } from '#kernel/domain/settings';
import { METRIC_NAMESPACE, METRIC_SERVICE } from '#kernel/metrics';
import { RESOURCE_ENV } from '#kernel/resources';
import { EVENT_BUS_PLACEHOLDER, stepPlaceholder, steps } from '#requests/steps/steps';
import { loadAgencyConfig, runtimeSettingsOf } from '../config';
import { EVENT_SOURCE, NOTICE_STEP, noticeFor } from '../statemachines/notices';
import { VirtualClock } from './clock';
import { checkJava, createTable, LocalStackError, spawnDynamoDbLocal } from './dynamodb-local';
import { LocalEventBus } from './event-bus';
import { startFaultProxy } from './fault-proxy';
import { FaultSwitch } from './faults';
import { apiGateway } from './gateway';
import { invokeLocal } from './lambda-runtime';
import { LOCAL_STANDINS, useLocalIdentity, useLocalSigner } from './local-adapters';
import { meter } from './meter';
import { startLocalPortal } from './portal';
import { claimPorts, type Ports } from './ports';
import { startS3 } from './s3-local';
import { seedLocalStack } from './seed';
import { startSes } from './ses-local';
import { lambdaArn, prepareDefinition } from './stepfunctions/definition';
import { StepFunctionsEngine } from './stepfunctions/engine';
import { stepFunctionsServer } from './stepfunctions/server';
import { LocalTokenIssuer } from './tokens';
import { LOCAL_USERS } from './users';

const STATE_MACHINES_DIR = join(import.meta.dirname, '..', '..', 'statemachines');
const TABLE_NAME = 'layanan-local';
const BUCKETS = { uploads: 'layanan-uploads', archive: 'layanan-archive' } as const;
const EVENT_BUS = 'layanan-local';
/** Scheduled jobs run at most this far apart in real time locally, whatever their AWS schedule. */
const MAX_JOB_INTERVAL_MS = 5_000;
/** Local services accept any credentials; the SDK only needs some to sign with. */
const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface LocalStackOptions {
  readonly agency: string;
  readonly ports: Ports;
  readonly timeScale: number;
  /** False starts with an empty table and buckets (LOCAL_SEED=none), e.g. to restore a backup into. */
  readonly seed: boolean;
  /** Called once if a part of the stack stops by itself (a crashed child process). */
  readonly onCrash: (reason: string) => void;
  /** The portal beside the API: Vite's dev server, the production build (web/dist), or none. */
  readonly portal: 'dev' | 'dist' | 'none';
}

export interface LocalStack {
  readonly agencyName: string;
  readonly employees: number;
  readonly urls: {
    api: string;
    stepFunctions: string;
    dynamodb: string;
    s3: string;
    ses: string;
    /** Absent when started with LOCAL_PORTAL=none. */
    portal?: string;
  };
  readonly tableName: string;
  readonly buckets: typeof BUCKETS;
  readonly stateMachineArn: string;
  stop(): Promise<void>;
}

/** Runs each scheduled job (functions/<slice>/jobs/) on its schedule, scaled with local time. */
function runScheduledJobs(scale: number): () => Promise<void> {
  const scheduled: readonly JobSpec[] = Object.values(jobs);
  const timers = scheduled
    .flatMap((job) => (job.everyMinutes ? [{ handler: job.handler, everyMinutes: job.everyMinutes }] : []))
    .map((job) => {
      const every = Math.min(MAX_JOB_INTERVAL_MS, (job.everyMinutes * 60_000) / scale);
      let running = false;
      return setInterval(() => {
        if (running) return;
        running = true;
        invokeLocal('jobs', job.handler, {})
          .catch((error: unknown) => process.stderr.write(`job ${job.handler} failed: ${String(error)}\n`))
          .finally(() => {
            running = false;
          });
      }, every);
    });
  return async () => {
    for (const timer of timers) clearInterval(timer);
  };
}

function listen(server: Server, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(`http://127.0.0.1:${port}`));
  });
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

function exitOf(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
  });
}

/**
 * Starts the whole system on loopback: DynamoDB Local (Java, the only child process), s3rver,
 * SES local, the Step Functions endpoint and the API gateway, with the handlers in this process.
 * Every start is fresh: executions live in memory, so the records start empty with them.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  checkJava();
  const config = loadAgencyConfig(options.agency);
  const region = config.agency.region;
  const ports = await claimPorts(options.ports);
  const portalUrl = `http://localhost:${ports.portal}`;
  // Mail links and CORS point at the portal served here, not at the agency's real address.
  const settings = { ...runtimeSettingsOf(config), ...(options.portal !== 'none' && { portalUrl }) };
  const origins = allowedOrigins(settings);
  const stoppers: Array<() => Promise<void>> = [];
  let stopping = false;

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    for (const stopper of stoppers.reverse()) await stopper().catch(() => undefined);
  };

  try {
    const dynamodb = spawnDynamoDbLocal(ports.dynamodb);
    let javaErrors = '';
    dynamodb.stderr?.on('data', (chunk: Buffer) => {
      javaErrors = (javaErrors + chunk.toString()).slice(-2000);
    });
    dynamodb.once('exit', (code, signal) => {
      if (!stopping)
        options.onCrash(`DynamoDB Local stopped by itself (exit ${code ?? signal}). ${javaErrors.trim()}`);
    });
    stoppers.push(async () => {
      dynamodb.stdin?.end();
      dynamodb.kill('SIGTERM');
      await exitOf(dynamodb);
    });
    const dynamodbUrl = `http://127.0.0.1:${ports.dynamodb}`;
    await createTable(dynamodbUrl, TABLE_NAME, region);

    const s3 = await startS3(ports.s3, Object.values(BUCKETS), origins);
    stoppers.push(() => s3.stop());
    const ses = await startSes(ports.ses);
    stoppers.push(() => ses.stop());
    // Handlers reach the emulators through the fault switch; the stack's own URLs stay direct.
    const faults = new FaultSwitch();
    const proxies = {
      dynamodb: await startFaultProxy('dynamodb', dynamodbUrl, faults),
      s3: await startFaultProxy('s3', s3.endpoint, faults),
      ses: await startFaultProxy('ses', ses.endpoint, faults),
    };
    for (const proxy of Object.values(proxies)) stoppers.push(() => proxy.stop());

    const clock = new VirtualClock(options.timeScale);
    useClock(clock);
    stoppers.push(async () => clock.stop());

    const substitutions = {
      ...Object.fromEntries(
        Object.values(steps).map((step) => [stepPlaceholder(step), lambdaArn(region, step.handler)]),
      ),
      [EVENT_BUS_PLACEHOLDER]: EVENT_BUS,
    };
    // The applicant's notices, as the rules on the agency's bus deliver them.
    const eventBus = new LocalEventBus(clock, async (event) => {
      const notice = noticeFor(event['detail-type']);
      const requestId = (event.detail as { requestId?: string } | undefined)?.requestId;
      if (notice && requestId && event.source === EVENT_SOURCE)
        await invokeLocal('steps', NOTICE_STEP.handler, { requestId, notice, eventId: event.id });
    });
    const stateMachines = readdirSync(STATE_MACHINES_DIR)
      .filter((file) => file.endsWith('.asl.json'))
      .map((file) => ({
        name: file.replace(/\.asl\.json$/, ''),
        definition: prepareDefinition(readFileSync(join(STATE_MACHINES_DIR, file), 'utf8'), substitutions),
      }));
    const engine = new StepFunctionsEngine({
      region,
      clock,
      stateMachines,
      eventBus,
      invoke: (functionName, payload) => invokeLocal('steps', functionName, payload),
    });
    stoppers.push(async () => engine.shutdown());
    const stateMachineArn = engine.stateMachineArn('service-request');
    const sfnServer = stepFunctionsServer(
      engine,
      stateMachines.map((machine) => engine.stateMachineArn(machine.name)),
      eventBus,
      faults,
    );
    const stepFunctionsUrl = await listen(sfnServer, ports.stepFunctions);
    stoppers.push(() => close(sfnServer));

    Object.assign(process.env, {
      AWS_REGION: region,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: proxies.dynamodb.endpoint,
      AWS_ENDPOINT_URL_S3: proxies.s3.endpoint,
      AWS_ENDPOINT_URL_SFN: stepFunctionsUrl,
      AWS_ENDPOINT_URL_SESV2: proxies.ses.endpoint,
      AWS_ENDPOINT_URL_LAMBDA: stepFunctionsUrl,
      // s3rver does not accept the checksum headers newer SDKs send on streamed uploads.
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
      S3_FORCE_PATH_STYLE: 'true',
      [RESOURCE_ENV.table]: TABLE_NAME,
      [RESOURCE_ENV.uploads]: BUCKETS.uploads,
      [RESOURCE_ENV.archive]: BUCKETS.archive,
      [RESOURCE_ENV.jobs]: jobs.importEmployees.handler,
      [RESOURCE_ENV.workflow]: stateMachineArn,
      [RESOURCE_ENV.mail]: 'local',
      [RESOURCE_ENV.signing]: LOCAL_STANDINS.signingKey,
      [RESOURCE_ENV.api]: `http://localhost:${ports.api}`,
      [RESOURCE_ENV.accounts]: LOCAL_STANDINS.userPool,
      AGENCY_SETTINGS: JSON.stringify(settings),
      POWERTOOLS_SERVICE_NAME: METRIC_SERVICE,
      POWERTOOLS_METRICS_NAMESPACE: METRIC_NAMESPACE,
      POWERTOOLS_METRICS_DISABLED: 'true',
      POWERTOOLS_TRACE_ENABLED: 'false',
      POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
    });
    await useLocalSigner();
    await useLocalIdentity();

    meter.install();
    const seeded = options.seed ? await seedLocalStack(settings, clock) : { employees: 0 };
    stoppers.push(runScheduledJobs(clock.scale));

    const gateway = apiGateway({
      routes: Object.values(routes),
      tokens: new LocalTokenIssuer(),
      users: LOCAL_USERS,
      account: async (username) =>
        (await import('#accounts/adapters/directory-records')).accountDirectory.get(username),
      clock,
      origins: new Set(origins),
    });
    await listen(gateway, ports.api);
    stoppers.push(() => close(gateway));

    const portal =
      options.portal === 'none'
        ? undefined
        : await startLocalPortal({
            port: ports.portal,
            agencyName: settings.agency.name,
            apiUrl: `http://localhost:${ports.api}`,
            storageUrl: proxies.s3.endpoint,
            users: LOCAL_USERS,
            mode: options.portal,
          });
    if (portal) stoppers.push(() => portal.stop());

    return {
      agencyName: settings.agency.name,
      employees: seeded.employees,
      urls: {
        api: `http://localhost:${ports.api}`,
        stepFunctions: stepFunctionsUrl,
        dynamodb: dynamodbUrl,
        s3: s3.endpoint,
        ses: ses.endpoint,
        ...(portal && { portal: portal.url }),
      },
      tableName: TABLE_NAME,
      buckets: BUCKETS,
      stateMachineArn,
      stop,
    };
  } catch (error) {
    await stop();
    throw error instanceof LocalStackError
      ? error
      : new LocalStackError(`The local stack could not start: ${(error as Error).message}`);
  }
}
