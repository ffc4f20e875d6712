import {
  Agent,
  createServer,
  request as forward,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FaultSwitch, FaultyService } from './faults';
import { METER_ENABLED, meter } from './meter';

type ProxiedService = Exclude<FaultyService, 'stepfunctions'>;

interface Refusal {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * What each service answers when it is down or throttling, in its own protocol, so the SDK reads
 * the error AWS would send: DynamoDB's 503 ServiceUnavailable (awsJson1_0), S3's 503 SlowDown
 * (restXml; a HEAD carries the status only, as S3's does) and SES's 429 TooManyRequestsException
 * (restJson1). The SDK retries each as transient, then throws it.
 */
const REFUSALS: Record<ProxiedService, Refusal> = {
  dynamodb: {
    status: 503,
    headers: { 'content-type': 'application/x-amz-json-1.0' },
    body: JSON.stringify({
      __type: 'com.amazonaws.dynamodb.v20120810#ServiceUnavailable',
      message: 'DynamoDB is currently unavailable (injected fault).',
    }),
  },
  s3: {
    status: 503,
    headers: { 'content-type': 'application/xml' },
    body:
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SlowDown</Code>' +
      '<Message>Please reduce your request rate (injected fault).</Message></Error>',
  },
  ses: {
    status: 429,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'TooManyRequestsException' },
    body: JSON.stringify({ message: 'Too many requests (injected fault).' }),
  },
};

export interface FaultProxy {
  /** The address handlers reach the service at (their `AWS_ENDPOINT_URL_*`). */
  readonly endpoint: string;
  stop(): Promise<void>;
}

function refuse(request: IncomingMessage, response: ServerResponse, refusal: Refusal): void {
  // Read the request to its end first: answering mid-upload would break the connection instead.
  request.resume();
  request.once('end', () => response.writeHead(refusal.status, refusal.headers).end(refusal.body));
}

/**
 * A pass-through in front of one emulator on loopback: every call goes on unchanged, unless the
 * fault switch has the service down, when it is answered with the service's refusal instead.
 */
export async function startFaultProxy(
  service: ProxiedService,
  target: string,
  faults: FaultSwitch,
): Promise<FaultProxy> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true });
  const server = createServer((request, response) => {
    if (faults.refuses(service)) return refuse(request, response, REFUSALS[service]);
    if (METER_ENABLED && service === 'dynamodb') return meteredDynamoDb(request, response);
    if (METER_ENABLED && service === 's3') meter.s3Request(request.method ?? 'GET', request.url ?? '/');
    if (METER_ENABLED && service === 'ses') meter.sesRequest(request.method ?? 'GET', request.url ?? '/');
    request.pipe(
      upstreamCall(request, response, request.headers, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      }),
    );
  });
  /** The call passed on to the service; a failure to reach it answers 502. */
  function upstreamCall(
    request: IncomingMessage,
    response: ServerResponse,
    headers: IncomingMessage['headers'],
    onAnswer: (answer: IncomingMessage) => void,
  ) {
    const outgoing = forward(
      {
        agent,
        hostname: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers,
      },
      onAnswer,
    );
    outgoing.once('error', (error) => {
      if (response.headersSent) response.destroy(error);
      else response.writeHead(502, { 'content-type': 'text/plain' }).end(error.message);
    });
    return outgoing;
  }
  /** A DynamoDB call asked for its consumed capacity, which the meter reads from the answer (passed on as it came). */
  async function meteredDynamoDb(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const { body, operation } = meter.dynamodbRequest(
      String(request.headers['x-amz-target'] ?? ''),
      Buffer.concat(chunks).toString('utf8'),
    );
    const headers = { ...request.headers, 'content-length': String(Buffer.byteLength(body)) };
    upstreamCall(request, response, headers, (answer) => {
      const parts: Buffer[] = [];
      answer.on('data', (part: Buffer) => parts.push(part));
      answer.once('end', () => {
        const text = Buffer.concat(parts);
        meter.dynamodbResponse(operation, answer.statusCode ?? 502, text.toString('utf8'));
        response.writeHead(answer.statusCode ?? 502, answer.headers).end(text);
      });
    }).end(body);
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      server.closeAllConnections();
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
