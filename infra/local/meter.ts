import { subscribe } from 'node:diagnostics_channel';

/**
 * What the local stack did, counted as AWS would bill it, for the cost model (bench/cost.ts):
 * Lambda invocations and their duration per function, API requests, DynamoDB read and write
 * units (as DynamoDB Local reports them with ReturnConsumedCapacity), S3 requests by class, mails
 * handed to SES, signatures and the bytes handlers write to their logs. Off unless the stack runs
 * with LOCAL_METER=1 (`npm run bench` sets it); read and reset with `GET|DELETE /meter` on the
 * Step Functions endpoint.
 */
export const METER_ENABLED = process.env.LOCAL_METER === '1';

/** The channel local-signer.ts publishes each signature on (as KMS Sign would be called). */
export const SIGN_CHANNEL = 'layanan-asn-terpadu:sign';

/** DynamoDB operations by what they consume; all accept ReturnConsumedCapacity. */
const DYNAMODB_READS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);
const DYNAMODB_WRITES = new Set([
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'TransactWriteItems',
]);

export interface MeterReading {
  /** Per function (`api/create-request`, `steps/open-wait`…): invocations and wall-clock milliseconds. */
  readonly lambda: Record<string, { invocations: number; milliseconds: number }>;
  readonly dynamodb: {
    readonly calls: Record<string, number>;
    readonly readUnits: number;
    readonly writeUnits: number;
    /** Calls whose answer carried no ConsumedCapacity (counted as none). */
    readonly unreported: number;
  };
  /** Class A: PUT, POST, LIST (GET on a bucket), COPY; class B: GET and HEAD of an object. */
  readonly s3: { readonly classA: number; readonly classB: number };
  readonly ses: { readonly mails: number };
  readonly signatures: number;
  /** What handlers wrote to stdout and stderr while metered: their CloudWatch Logs lines. */
  readonly logs: { readonly bytes: number; readonly writes: number };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

function empty(): Mutable<MeterReading> {
  return {
    lambda: {},
    dynamodb: { calls: {}, readUnits: 0, writeUnits: 0, unreported: 0 },
    s3: { classA: 0, classB: 0 },
    ses: { mails: 0 },
    signatures: 0,
    logs: { bytes: 0, writes: 0 },
  };
}

interface ConsumedCapacity {
  readonly CapacityUnits?: number;
  readonly ReadCapacityUnits?: number;
  readonly WriteCapacityUnits?: number;
}

class Meter {
  private counts = empty();
  private installed = false;

  /** Starts counting log bytes and signatures; idempotent. */
  install(): void {
    if (this.installed || !METER_ENABLED) return;
    this.installed = true;
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
      stream.write = ((chunk: unknown, ...rest: unknown[]) => {
        this.counts.logs.bytes +=
          typeof chunk === 'string' ? Buffer.byteLength(chunk) : ((chunk as Uint8Array).byteLength ?? 0);
        this.counts.logs.writes += 1;
        return write(chunk, ...rest);
      }) as typeof stream.write;
    }
    subscribe(SIGN_CHANNEL, () => {
      this.counts.signatures += 1;
    });
  }

  reset(): void {
    this.counts = empty();
  }

  reading(): MeterReading {
    return structuredClone(this.counts);
  }

  invocation(functionName: string, milliseconds: number): void {
    if (!METER_ENABLED) return;
    const entry = this.counts.lambda[functionName] ?? { invocations: 0, milliseconds: 0 };
    entry.invocations += 1;
    entry.milliseconds += milliseconds;
    this.counts.lambda[functionName] = entry;
  }

  /** The request body of a DynamoDB call, asking for its consumed capacity; the operation it is. */
  dynamodbRequest(target: string, body: string): { body: string; operation: string } {
    const operation = target.replace(/^DynamoDB_\d+\./, '');
    if (!DYNAMODB_READS.has(operation) && !DYNAMODB_WRITES.has(operation)) return { body, operation };
    try {
      const parsed = JSON.parse(body) as Record<string, unknown>;
      parsed.ReturnConsumedCapacity ??= 'TOTAL';
      return { body: JSON.stringify(parsed), operation };
    } catch {
      return { body, operation };
    }
  }

  dynamodbResponse(operation: string, status: number, body: string): void {
    const reads = DYNAMODB_READS.has(operation);
    if (!reads && !DYNAMODB_WRITES.has(operation)) return;
    this.counts.dynamodb.calls[operation] = (this.counts.dynamodb.calls[operation] ?? 0) + 1;
    if (status !== 200) return;
    let consumed: ConsumedCapacity | ConsumedCapacity[] | undefined;
    try {
      consumed = (JSON.parse(body) as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] })
        .ConsumedCapacity;
    } catch {
      consumed = undefined;
    }
    if (!consumed) {
      this.counts.dynamodb.unreported += 1;
      return;
    }
    for (const item of Array.isArray(consumed) ? consumed : [consumed]) {
      const units = item.CapacityUnits ?? 0;
      if (reads) this.counts.dynamodb.readUnits += item.ReadCapacityUnits ?? units;
      else this.counts.dynamodb.writeUnits += item.WriteCapacityUnits ?? units;
    }
  }

  s3Request(method: string, url: string): void {
    const path = new URL(url, 'http://localhost').pathname.split('/').filter(Boolean);
    const object = path.length >= 2;
    if ((method === 'GET' || method === 'HEAD') && object) this.counts.s3.classB += 1;
    else if (method !== 'OPTIONS') this.counts.s3.classA += 1;
  }

  sesRequest(method: string, url: string): void {
    if (method === 'POST' && /\/v2\/email\/outbound-emails/.test(url)) this.counts.ses.mails += 1;
  }
}

export const meter = new Meter();
