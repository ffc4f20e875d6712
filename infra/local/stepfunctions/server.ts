import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { escapeHtml } from '#kernel/domain/html';
import type { LocalEventBus } from '../event-bus';
import { type FaultSwitch, faultRequest } from '../faults';
import { handleLambdaInvoke } from '../lambda-endpoint';
import { METER_ENABLED, meter } from '../meter';
import { type ExecutionStatus, SfnError, type StepFunctionsEngine } from './engine';

type Body = Record<string, unknown>;

const str = (body: Body, name: string) => {
  const value = body[name];
  if (value !== undefined && typeof value !== 'string')
    throw new SfnError('ValidationException', `${name} must be a string`);
  return value;
};

const required = (body: Body, name: string) => {
  const value = str(body, name);
  if (!value) throw new SfnError('ValidationException', `${name} is required`);
  return value;
};

/** The awsJson1_0 operations the project calls, answered by the engine. */
function operations(engine: StepFunctionsEngine): Record<string, (body: Body) => unknown> {
  return {
    StartExecution: (body) =>
      engine.startExecution(required(body, 'stateMachineArn'), str(body, 'name'), str(body, 'input')),
    DescribeExecution: (body) => engine.describeExecution(required(body, 'executionArn')),
    StopExecution: (body) =>
      engine.stopExecution(required(body, 'executionArn'), str(body, 'error'), str(body, 'cause')),
    SendTaskSuccess: (body) => {
      engine.sendTaskSuccess(required(body, 'taskToken'), required(body, 'output'));
      return {};
    },
    SendTaskFailure: (body) => {
      engine.sendTaskFailure(required(body, 'taskToken'), str(body, 'error'), str(body, 'cause'));
      return {};
    },
    SendTaskHeartbeat: (body) => {
      engine.sendTaskHeartbeat(required(body, 'taskToken'));
      return {};
    },
    GetExecutionHistory: (body) => {
      const events = engine.executionHistory(required(body, 'executionArn'), body.reverseOrder === true);
      const start = Number(str(body, 'nextToken') ?? 0);
      const size =
        typeof body.maxResults === 'number' && body.maxResults > 0 ? Math.min(body.maxResults, 1000) : 100;
      const page = events.slice(start, start + size);
      return { events: page, ...(start + size < events.length && { nextToken: String(start + size) }) };
    },
    ListExecutions: (body) => {
      const executions = engine.listExecutions(
        required(body, 'stateMachineArn'),
        str(body, 'statusFilter') as ExecutionStatus,
      );
      const start = Number(str(body, 'nextToken') ?? 0);
      const size =
        typeof body.maxResults === 'number' && body.maxResults > 0 ? Math.min(body.maxResults, 1000) : 100;
      return {
        executions: executions.slice(start, start + size),
        ...(start + size < executions.length && { nextToken: String(start + size) }),
      };
    },
  };
}

/** awsJson1_0 writes timestamps as epoch seconds. */
function toWire(value: unknown): string {
  return JSON.stringify(value, function (key, item) {
    const raw = (this as Record<string, unknown>)[key];
    return raw instanceof Date ? raw.getTime() / 1000 : item;
  });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: string, type = 'application/x-amz-json-1.0') {
  response.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

/** A page for people: the executions, newest first, each with its history as JSON. */
function indexPage(engine: StepFunctionsEngine, stateMachineArns: readonly string[]): string {
  const rows = stateMachineArns
    .flatMap((arn) => engine.listExecutions(arn))
    .map(
      (execution) =>
        `<tr><td>${escapeHtml(execution.name)}</td><td>${execution.status}</td><td>${execution.startDate.toISOString()}</td>` +
        `<td><a href="/history?executionArn=${encodeURIComponent(execution.executionArn)}">history</a></td></tr>`,
    )
    .join('');
  return `<!doctype html><meta charset="utf-8"><title>Local Step Functions</title>
<h1>Local Step Functions</h1><p>SDK endpoint: this address (awsJson1_0). Executions live in memory.</p>
<table border="1" cellpadding="4"><tr><th>name</th><th>status</th><th>started</th><th></th></tr>${rows}</table>`;
}

/**
 * The local Step Functions endpoint on loopback. It also answers Lambda Invoke for background
 * jobs, and `GET /events` lists what the workflow published. It holds the local stack's fault
 * switch: `POST /faults {"service": "dynamodb"|"s3"|"ses"|"stepfunctions", "unavailable": true}`
 * makes that service refuse every call until switched off again (without a service: Step
 * Functions, whose operations then answer 503 ServiceUnavailable), and `GET /faults` tells how
 * many calls each has refused, so tests (and curious people) can watch an outage be carried over.
 */
export function stepFunctionsServer(
  engine: StepFunctionsEngine,
  stateMachineArns: readonly string[],
  eventBus: LocalEventBus,
  faults: FaultSwitch,
): Server {
  const handlers = operations(engine);
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/faults') {
      if (request.method !== 'POST')
        return send(response, 200, JSON.stringify(faults.states()), 'application/json');
      try {
        const { service, unavailable } = faultRequest(await readBody(request));
        return send(response, 200, JSON.stringify(faults.set(service, unavailable)), 'application/json');
      } catch (error) {
        return send(response, 400, JSON.stringify({ message: (error as Error).message }), 'application/json');
      }
    }
    if (request.method === 'GET' && url.pathname === '/') {
      return send(response, 200, indexPage(engine, stateMachineArns), 'text/html; charset=utf-8');
    }
    if (url.pathname === '/meter' && METER_ENABLED) {
      if (request.method === 'DELETE') meter.reset();
      return send(response, 200, JSON.stringify(meter.reading()), 'application/json');
    }
    if (request.method === 'GET' && url.pathname === '/events') {
      return send(response, 200, JSON.stringify(eventBus.events), 'application/json');
    }
    if (request.method === 'GET' && url.pathname === '/history') {
      try {
        return send(
          response,
          200,
          toWire(engine.executionHistory(url.searchParams.get('executionArn') ?? '')),
          'application/json',
        );
      } catch (error) {
        return send(response, 404, toWire({ message: (error as Error).message }), 'application/json');
      }
    }
    const target = String(request.headers['x-amz-target'] ?? '');
    const operation = handlers[target.replace(/^AWSStepFunctions\./, '')];
    try {
      const text = await readBody(request);
      if (await handleLambdaInvoke(request, response, text)) return;
      if (request.method !== 'POST' || !operation) {
        throw new SfnError('UnknownOperationException', `Unsupported operation ${target || request.method}`);
      }
      if (faults.refuses('stepfunctions')) {
        return send(
          response,
          503,
          toWire({ __type: 'ServiceUnavailable', message: 'Step Functions is unavailable (injected fault)' }),
        );
      }
      send(response, 200, toWire(operation(text ? (JSON.parse(text) as Body) : {})));
    } catch (error) {
      const known = error instanceof SfnError;
      send(
        response,
        known ? 400 : 500,
        toWire({ __type: known ? error.type : 'InternalFailure', message: (error as Error).message }),
      );
    }
  });
}
