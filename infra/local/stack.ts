import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { useClock } from '#adapters/clock';
import { routes } from '#api/routes';
import { allowedOrigins } from '#domain/settings';
import { stepPlaceholder, steps } from '#steps/steps';
import { RESOURCE_ENV } from '../../functions/resources';
import { loadAgencyConfig, runtimeSettingsOf } from '../config';
import { VirtualClock } from './clock';
import { checkJava, createTable, LocalStackError, spawnDynamoDbLocal } from './dynamodb-local';
import { apiGateway } from './gateway';
import { invokeLocal } from './lambda-runtime';
import { claimPorts, type Ports } from './ports';
import { startS3 } from './s3-local';
import { startSes } from './ses-local';
import { lambdaArn, prepareDefinition } from './stepfunctions/definition';
import { StepFunctionsEngine } from './stepfunctions/engine';
import { stepFunctionsServer } from './stepfunctions/server';
import { LocalTokenIssuer } from './tokens';
import { LOCAL_USERS } from './users';

const STATE_MACHINES_DIR = join(import.meta.dirname, '..', '..', 'statemachines');
const TABLE_NAME = 'layanan-local';
const BUCKETS = { uploads: 'layanan-uploads' } as const;
/** Local services accept any credentials; the SDK only needs some to sign with. */
const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface LocalStackOptions {
  readonly agency: string;
  readonly ports: Ports;
  readonly timeScale: number;
  /** Called once if a part of the stack stops by itself (a crashed child process). */
  readonly onCrash: (reason: string) => void;
}

export interface LocalStack {
  readonly agencyName: string;
  readonly urls: { api: string; stepFunctions: string; dynamodb: string; s3: string; ses: string };
  readonly tableName: string;
  readonly buckets: typeof BUCKETS;
  readonly stateMachineArn: string;
  stop(): Promise<void>;
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
  const settings = runtimeSettingsOf(config);
  const region = config.agency.region;
  const ports = await claimPorts(options.ports);
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

    const clock = new VirtualClock(options.timeScale);
    useClock(clock);
    stoppers.push(async () => clock.stop());

    const functionArns = Object.fromEntries(
      Object.values(steps).map((step) => [stepPlaceholder(step), lambdaArn(region, step.handler)]),
    );
    const stateMachines = readdirSync(STATE_MACHINES_DIR)
      .filter((file) => file.endsWith('.asl.json'))
      .map((file) => ({
        name: file.replace(/\.asl\.json$/, ''),
        definition: prepareDefinition(readFileSync(join(STATE_MACHINES_DIR, file), 'utf8'), functionArns),
      }));
    const engine = new StepFunctionsEngine({
      region,
      clock,
      stateMachines,
      invoke: (functionName, payload) => invokeLocal('steps', functionName, payload),
    });
    stoppers.push(async () => engine.shutdown());
    const stateMachineArn = engine.stateMachineArn('service-request');
    const sfnServer = stepFunctionsServer(
      engine,
      stateMachines.map((machine) => engine.stateMachineArn(machine.name)),
    );
    const stepFunctionsUrl = await listen(sfnServer, ports.stepFunctions);
    stoppers.push(() => close(sfnServer));

    Object.assign(process.env, {
      AWS_REGION: region,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: dynamodbUrl,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_ENDPOINT_URL_SFN: stepFunctionsUrl,
      AWS_ENDPOINT_URL_SESV2: ses.endpoint,
      // s3rver does not accept the checksum headers newer SDKs send on streamed uploads.
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
      S3_FORCE_PATH_STYLE: 'true',
      [RESOURCE_ENV.table]: TABLE_NAME,
      [RESOURCE_ENV.uploads]: BUCKETS.uploads,
      [RESOURCE_ENV.workflow]: stateMachineArn,
      [RESOURCE_ENV.mail]: 'local',
      AGENCY_SETTINGS: JSON.stringify(settings),
      POWERTOOLS_SERVICE_NAME: 'layanan-asn-terpadu',
      POWERTOOLS_METRICS_NAMESPACE: 'LayananAsnTerpadu',
      POWERTOOLS_METRICS_DISABLED: 'true',
      POWERTOOLS_TRACE_ENABLED: 'false',
      POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
    });

    const { employeeRecords } = await import('#adapters/employee-records');
    for (const user of LOCAL_USERS) await employeeRecords.put(user.employee);

    const gateway = apiGateway({
      routes: Object.values(routes),
      tokens: new LocalTokenIssuer(),
      users: LOCAL_USERS,
      clock,
      origins: new Set(origins),
    });
    await listen(gateway, ports.api);
    stoppers.push(() => close(gateway));

    return {
      agencyName: settings.agency.name,
      urls: {
        api: `http://localhost:${ports.api}`,
        stepFunctions: stepFunctionsUrl,
        dynamodb: dynamodbUrl,
        s3: s3.endpoint,
        ses: ses.endpoint,
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
