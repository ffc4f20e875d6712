import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, type WriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { isAbsolute, join, posix } from 'node:path';
import { finished } from 'node:stream/promises';
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { type AttributeValue, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { z } from 'zod';
import { RESOURCE_ENV } from '#kernel/resources';
import { LOCAL_PORTS } from '#local/ports';

/**
 * What `npm run backup` writes and `npm run restore` reads: the layout of a backup folder, its
 * manifest, the digests that prove its files, the JSON form of table items, and which table and
 * buckets a command works on. Both commands take everything they share from here; the other
 * operator commands (`npm run audit:verify`) take the table and the command line.
 */

export const MANIFEST_FILE = 'manifest.json';
export const ITEMS_DIR = 'items';
export const OBJECTS_DIR = 'objects';
/** Objects whose key cannot be a file path (`a/../b`, `folder/`, a key that is also a folder) go here, named by the key's digest. */
export const ESCAPED_OBJECTS_DIR = 'objects-escaped';

export const BUCKET_ROLES = ['uploads', 'archive'] as const;
export type BucketRole = (typeof BUCKET_ROLES)[number];

/** The object headers a restore puts back, besides the user metadata. */
export const OBJECT_HEADERS = [
  'ContentType',
  'ContentDisposition',
  'ContentEncoding',
  'ContentLanguage',
  'CacheControl',
] as const;

const FORMAT = 'layanan-asn-terpadu-backup';
const FORMAT_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// The manifest

/** A path inside the backup folder, written with `/`: never absolute, never climbing out. */
const relativePath = z
  .string()
  .min(1)
  .refine(
    (path) => !isAbsolute(path) && posix.normalize(path) === path && path !== '..' && !path.startsWith('../'),
    'must be a path inside the backup folder',
  );

const fileEntry = z.object({
  path: relativePath,
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const itemsFile = fileEntry.extend({ items: z.number().int().nonnegative() });

const objectFile = fileEntry.extend({
  bucket: z.enum(BUCKET_ROLES),
  key: z.string().min(1),
  headers: z.partialRecord(z.enum(OBJECT_HEADERS), z.string()),
  metadata: z.record(z.string(), z.string()),
  /** An issued document's Object Lock, put back with it (the archive has no default retention). */
  lock: z.object({ mode: z.enum(['GOVERNANCE', 'COMPLIANCE']), until: z.iso.datetime() }).optional(),
});

const manifestSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  source: z.object({
    table: z.string(),
    buckets: z.object({ uploads: z.string(), archive: z.string() }),
    region: z.string(),
    where: z.string(),
  }),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  counts: z.object({
    items: z.number().int().nonnegative(),
    objects: z.object({ uploads: z.number().int().nonnegative(), archive: z.number().int().nonnegative() }),
    objectBytes: z.number().int().nonnegative(),
  }),
  /** JSON Lines, one `{"Item": …}` per line in DynamoDB JSON, as DynamoDB's own S3 export writes them. */
  items: z.array(itemsFile),
  objects: z.array(objectFile),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ItemsFileEntry = z.infer<typeof itemsFile>;
export type ObjectFileEntry = z.infer<typeof objectFile>;

export function newManifest(fields: Omit<Manifest, 'format' | 'version'>): Manifest {
  return { format: FORMAT, version: FORMAT_VERSION, ...fields };
}

/** Reads a manifest, saying plainly what is wrong with one that is not of this format. */
export function parseManifest(text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new OperatorError(`${MANIFEST_FILE} is not valid JSON.`);
  }
  const header = z.object({ format: z.string(), version: z.number() }).safeParse(json);
  if (!header.success || header.data.format !== FORMAT)
    throw new OperatorError(`${MANIFEST_FILE} is not the manifest of a backup made by npm run backup.`);
  if (header.data.version !== FORMAT_VERSION)
    throw new OperatorError(
      `The backup is in format version ${header.data.version}; this restore reads version ${FORMAT_VERSION}.`,
    );
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success)
    throw new OperatorError(`${MANIFEST_FILE} is malformed:\n${z.prettifyError(parsed.error)}`);
  const seen = new Set<string>();
  for (const { path } of [...parsed.data.items, ...parsed.data.objects]) {
    if (seen.has(path)) throw new OperatorError(`${MANIFEST_FILE} lists ${path} twice.`);
    seen.add(path);
  }
  return parsed.data;
}

/** A manifest path (always `/`) as a path on this machine. */
export function pathIn(dir: string, manifestPath: string): string {
  return join(dir, ...manifestPath.split('/'));
}

// ---------------------------------------------------------------------------------------------
// Digests

export interface FileDigest {
  readonly size: number;
  readonly sha256: string;
}

export async function digestFile(path: string): Promise<FileDigest> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.byteLength;
  }
  return { size, sha256: hash.digest('hex') };
}

/** S3 takes a SHA-256 checksum in base64; the manifest keeps it in hex, as `sha256sum` prints it. */
export function base64OfHex(hex: string): string {
  return Buffer.from(hex, 'hex').toString('base64');
}

/**
 * Writes one file of the backup, digesting exactly the bytes written. Opening with `wx` never
 * replaces a file: two keys that land on one path (`A` and `a` on a case-insensitive disk) fail
 * instead of one silently overwriting the other.
 */
export class DigestingFile {
  private readonly hash = createHash('sha256');
  private size = 0;

  private constructor(private readonly stream: WriteStream) {}

  static async create(path: string): Promise<DigestingFile> {
    const handle = await open(path, 'wx');
    // A large buffer lets the stream gather many small writes (one per item) into few system calls.
    return new DigestingFile(handle.createWriteStream({ highWaterMark: 1 << 20 }));
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.hash.update(bytes);
    this.size += bytes.byteLength;
    if (!this.stream.write(bytes)) await once(this.stream, 'drain');
  }

  async close(): Promise<FileDigest> {
    this.stream.end();
    await finished(this.stream);
    return { size: this.size, sha256: this.hash.digest('hex') };
  }
}

// ---------------------------------------------------------------------------------------------
// Items in DynamoDB JSON: the client's marshalled AttributeValues with binaries in base64, so
// numbers keep every digit, sets stay sets and binaries stay bytes.

export type JsonAttributeValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] }
  | { M: JsonItem }
  | { L: JsonAttributeValue[] }
  | { NULL: boolean }
  | { BOOL: boolean };
export type JsonItem = { [name: string]: JsonAttributeValue };
export type Item = Record<string, AttributeValue>;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function attributeToJson(value: AttributeValue): JsonAttributeValue {
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.BS !== undefined) return { BS: value.BS.map(base64) };
  if (value.M !== undefined) return { M: itemToJson(value.M) };
  if (value.L !== undefined) return { L: value.L.map(attributeToJson) };
  if (value.$unknown !== undefined) throw new Error(`unknown attribute type ${value.$unknown[0]}`);
  return value as JsonAttributeValue;
}

function attributeFromJson(value: JsonAttributeValue): AttributeValue {
  if ('B' in value) return { B: Buffer.from(value.B, 'base64') };
  if ('BS' in value) return { BS: value.BS.map((item) => Buffer.from(item, 'base64')) };
  if ('M' in value) return { M: itemFromJson(value.M) };
  if ('L' in value) return { L: value.L.map(attributeFromJson) };
  return value;
}

export function itemToJson(item: Item): JsonItem {
  return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, attributeToJson(value)]));
}

export function itemFromJson(item: JsonItem): Item {
  return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, attributeFromJson(value)]));
}

// ---------------------------------------------------------------------------------------------
// Which table and buckets

/** What infra/local/stack.ts creates. */
const LOCAL_NAMES = {
  table: 'layanan-local',
  buckets: { uploads: 'layanan-uploads', archive: 'layanan-archive' },
} as const;
const LOCAL_REGION = 'ap-southeast-3';
/** The local services accept any credentials; the SDK only needs some to sign with. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
/** Throttled or failed calls are retried by the SDK this many times before a command gives up. */
const SDK_MAX_ATTEMPTS = 5;

export const TABLE_OPTIONS = {
  table: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const TARGET_OPTIONS = {
  ...TABLE_OPTIONS,
  uploads: { type: 'string' },
  archive: { type: 'string' },
} as const;

const TABLE_LINE = `  --table NAME       DynamoDB table       (or ${RESOURCE_ENV.table})`;
const AWS_CHAIN = 'In AWS, credentials and region come from the usual chain (AWS_PROFILE, AWS_REGION, …).';

export const TABLE_USAGE = `Where (the table of a deployment in AWS, none for the local stack of npm start):
${TABLE_LINE}
${AWS_CHAIN}
Without it the local stack's ${LOCAL_NAMES.table} is used, at AWS_ENDPOINT_URL_DYNAMODB
(default: the port npm start uses).`;

export const TARGET_USAGE = `Where (all three for a deployment in AWS, none for the local stack of npm start):
${TABLE_LINE}
  --uploads BUCKET   the uploads bucket   (or ${RESOURCE_ENV.uploads})
  --archive BUCKET   the archive bucket   (or ${RESOURCE_ENV.archive})
${AWS_CHAIN}
Without them the local stack is used: ${LOCAL_NAMES.table}, ${LOCAL_NAMES.buckets.uploads}, ${LOCAL_NAMES.buckets.archive},
at AWS_ENDPOINT_URL_DYNAMODB and AWS_ENDPOINT_URL_S3 (default: the ports npm start uses).`;

export interface TableTarget {
  readonly table: string;
  /** Where it is, for people: "the local stack (…)" or "AWS". */
  readonly where: string;
  readonly dynamodb: DynamoDBClient;
}

export interface Target extends TableTarget {
  readonly buckets: Record<BucketRole, string>;
  readonly s3: S3Client;
}

/** The table named by option or environment; the local stack's when none is named. */
export function resolveTable(options: { table?: string }, env: NodeJS.ProcessEnv): TableTarget {
  const table = options.table ?? env[RESOURCE_ENV.table];
  if (!table) {
    const endpoint = localDynamoDBEndpoint(env);
    return {
      table: LOCAL_NAMES.table,
      where: `the local stack (DynamoDB ${endpoint})`,
      dynamodb: new DynamoDBClient({ ...localConfig(env), endpoint }),
    };
  }
  return { table, where: 'AWS', dynamodb: new DynamoDBClient({ maxAttempts: SDK_MAX_ATTEMPTS }) };
}

type TargetNames = { table?: string; uploads?: string; archive?: string };

/** The table and buckets named by options or environment; the local stack's when none are named. */
export function resolveTarget(options: TargetNames, env: NodeJS.ProcessEnv): Target {
  const named = {
    table: options.table ?? env[RESOURCE_ENV.table],
    uploads: options.uploads ?? env[RESOURCE_ENV.uploads],
    archive: options.archive ?? env[RESOURCE_ENV.archive],
  };
  if (!named.table && !named.uploads && !named.archive) return localTarget(env);
  if (!named.table || !named.uploads || !named.archive) {
    const missing = Object.entries(named)
      .filter(([, value]) => !value)
      .map(([name]) => `--${name}`);
    throw new UsageError(
      `A deployment in AWS needs all of --table, --uploads and --archive; missing ${missing.join(', ')}.`,
    );
  }
  const config = { maxAttempts: SDK_MAX_ATTEMPTS };
  return {
    table: named.table,
    buckets: { uploads: named.uploads, archive: named.archive },
    where: 'AWS',
    dynamodb: new DynamoDBClient(config),
    // The SDK reads AWS_ENDPOINT_URL_S3 itself; a path-style endpoint is asked for as the functions ask.
    s3: new S3Client({ ...config, forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true' }),
  };
}

/** The local stack's DynamoDB, as npm start serves it (AWS_ENDPOINT_URL_DYNAMODB overrides). */
export const localDynamoDBEndpoint = (env: NodeJS.ProcessEnv) =>
  env.AWS_ENDPOINT_URL_DYNAMODB ??
  `http://127.0.0.1:${env[LOCAL_PORTS.dynamodb.env] || LOCAL_PORTS.dynamodb.default}`;

/** The local stack's SES, whose page shows the mail sent (AWS_ENDPOINT_URL_SESV2 overrides). */
export const localSesEndpoint = (env: NodeJS.ProcessEnv) =>
  env.AWS_ENDPOINT_URL_SESV2 ?? `http://127.0.0.1:${env[LOCAL_PORTS.ses.env] || LOCAL_PORTS.ses.default}`;

const localConfig = (env: NodeJS.ProcessEnv) => ({
  region: env.AWS_REGION ?? LOCAL_REGION,
  credentials: LOCAL_CREDENTIALS,
  maxAttempts: SDK_MAX_ATTEMPTS,
});

function localTarget(env: NodeJS.ProcessEnv): Target {
  const dynamodbEndpoint = localDynamoDBEndpoint(env);
  const s3Endpoint =
    env.AWS_ENDPOINT_URL_S3 ?? `http://127.0.0.1:${env[LOCAL_PORTS.s3.env] || LOCAL_PORTS.s3.default}`;
  const config = localConfig(env);
  return {
    ...LOCAL_NAMES,
    where: `the local stack (DynamoDB ${dynamodbEndpoint}, S3 ${s3Endpoint})`,
    dynamodb: new DynamoDBClient({ ...config, endpoint: dynamodbEndpoint }),
    s3: new S3Client({
      ...config,
      endpoint: s3Endpoint,
      // s3rver addresses buckets by path, and refuses the checksum trailers newer SDKs stream.
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    }),
  };
}

/**
 * The table's region, once the table answered: fails with one clear sentence when it is
 * missing, unreachable or forbidden, before anything is read or written.
 */
export async function checkTable(target: TableTarget): Promise<{ region: string }> {
  let region: string;
  try {
    region = await target.dynamodb.config.region();
  } catch {
    throw new OperatorError('No AWS region is set: set AWS_REGION (the agency stack is in ap-southeast-3).');
  }
  try {
    await target.dynamodb.send(new DescribeTableCommand({ TableName: target.table }));
  } catch (error) {
    throw explainAwsError(error, `the table ${target.table}`, `${target.where}, region ${region}`);
  }
  return { region };
}

/** The target's region, once the table and both buckets answered (see checkTable). */
export async function checkTarget(target: Target): Promise<{ region: string }> {
  const { region } = await checkTable(target);
  const where = `${target.where}, region ${region}`;
  for (const bucket of Object.values(target.buckets)) {
    try {
      await target.s3.send(new HeadBucketCommand({ Bucket: bucket }));
    } catch (error) {
      throw explainAwsError(error, `the bucket ${bucket}`, where);
    }
  }
  return { region };
}

export function describeTarget(target: Target, region: string): string {
  const buckets = BUCKET_ROLES.map((role) => `${target.buckets[role]} (${role})`).join(', ');
  return `table ${target.table} and buckets ${buckets} in ${target.where}, region ${region}`;
}

function explainAwsError(error: unknown, what: string, where: string): OperatorError {
  const { name, message = String(error) } = error as { name?: string; message?: string };
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  if (name === 'ResourceNotFoundException' || status === 404)
    return new OperatorError(`${what} does not exist in ${where}.`);
  if (name === 'AccessDeniedException' || status === 403)
    return new OperatorError(`Access to ${what} was denied in ${where}: check the credentials' permissions.`);
  if (name === 'CredentialsProviderError')
    return new OperatorError(
      'No AWS credentials were found: set AWS_PROFILE (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).',
    );
  if (/ECONNREFUSED/.test(`${(error as { code?: string }).code} ${message}`))
    return new OperatorError(
      `Nothing answers for ${what} in ${where}: is the local stack running (npm start)?`,
    );
  return new OperatorError(`Could not reach ${what} in ${where}: ${name ?? 'Error'}: ${message}`);
}

// ---------------------------------------------------------------------------------------------
// The command line

/** A failure the operator can act on: printed as it is, without a stack trace. */
export class OperatorError extends Error {}
/** Wrong options: printed with the usage. */
export class UsageError extends OperatorError {}

/** The values of the options given, or a UsageError naming the one that is wrong. */
export function parseOptions<const Options extends ParseArgsOptionsConfig>(options: Options) {
  try {
    return parseArgs({ options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Runs a command and sets the exit code: 0 when done, 1 when it failed or refused, 2 for wrong options. */
export async function runCommand(usage: string, command: () => Promise<void>): Promise<void> {
  try {
    await command();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${usage}\n`);
      process.exitCode = 2;
    } else if (error instanceof OperatorError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    } else if ((error as { $metadata?: unknown }).$metadata) {
      // An AWS service's answer: its name and message say it all, the SDK's stack does not.
      process.stderr.write(`Failed: ${(error as Error).name}: ${(error as Error).message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`Failed: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    }
  }
}

/** A positive whole number option, or its default. */
export function countOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`--${name} must be a whole number above 0.`);
  return number;
}

/** Prints `render()` on stderr every second while long work runs, and once more at the end. */
export function reportProgress(render: () => string): { done(): void } {
  const timer = setInterval(() => process.stderr.write(`${render()}\n`), 1000);
  timer.unref();
  return {
    done() {
      clearInterval(timer);
      process.stderr.write(`${render()}\n`);
    },
  };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/**
 * Runs `work` on each item of `source` with at most `limit` running at once, drawing items
 * only as slots free up (so a large table or bucket is never read ahead into memory). The
 * first failure stops drawing new items; it is thrown once the running ones have settled.
 */
export async function forEachConcurrently<T>(
  source: AsyncIterable<T> | Iterable<T>,
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  for await (const item of source) {
    if (failure) break;
    const task: Promise<void> = work(item).then(
      () => void running.delete(task),
      (error: unknown) => {
        failure ??= { error };
        running.delete(task);
      },
    );
    running.add(task);
    if (running.size >= limit) await Promise.race(running);
  }
  await Promise.all(running);
  if (failure) throw failure.error;
}
