import { createHash } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { paginateScan } from '@aws-sdk/client-dynamodb';
import {
  GetObjectCommand,
  type GetObjectCommandOutput,
  NoSuchKey,
  paginateListObjectsV2,
} from '@aws-sdk/client-s3';
import {
  BUCKET_ROLES,
  type BucketRole,
  checkTarget,
  countOption,
  DigestingFile,
  describeTarget,
  ESCAPED_OBJECTS_DIR,
  forEachConcurrently,
  formatBytes,
  ITEMS_DIR,
  type ItemsFileEntry,
  itemToJson,
  MANIFEST_FILE,
  newManifest,
  OBJECT_HEADERS,
  OBJECTS_DIR,
  type ObjectFileEntry,
  OperatorError,
  parseOptions,
  pathIn,
  reportProgress,
  resolveTarget,
  runCommand,
  TARGET_OPTIONS,
  TARGET_USAGE,
  type Target,
  UsageError,
} from './backup-format';

const USAGE = `Usage: npm run backup -- --out DIR [options]

Exports every item of the table and every object of the uploads and archive buckets into DIR
(a new or empty folder). manifest.json, written last, lists each file with its size and SHA-256;
a folder without it is an unfinished backup.

  --out DIR             where to write the backup (required)
  --segments N          parallel scan segments of the table (default 4)
  --items-per-file N    items per JSON Lines file (default 10000)
  --concurrency N       objects downloaded at once (default 8)

${TARGET_USAGE}`;

interface Tally {
  items: number;
  objects: number;
  objectBytes: number;
}

/** A path component the disk cannot hold as it is: empty (`a//b`, `folder/`), `.`, `..`, or too long. */
function isPlainPath(key: string): boolean {
  return key
    .split('/')
    .every((part) => part !== '' && part !== '.' && part !== '..' && Buffer.byteLength(part) <= 255);
}

/** Errors that mean this key's path is taken or impossible here, not that the disk failed. */
const PATH_CONFLICTS = new Set(['EEXIST', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG']);

/**
 * The file an object is written to: `objects/<role>/<key>` when the key can be a path, otherwise
 * (or when the path is taken: keys `a` and `a/b`) a file named by the key's SHA-256. The manifest
 * maps each file back to its key either way.
 */
async function createObjectFile(dir: string, role: BucketRole, key: string) {
  if (isPlainPath(key)) {
    const path = `${OBJECTS_DIR}/${role}/${key}`;
    try {
      await mkdir(dirname(pathIn(dir, path)), { recursive: true });
      return { path, file: await DigestingFile.create(pathIn(dir, path)) };
    } catch (error) {
      if (!PATH_CONFLICTS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    }
  }
  const path = `${ESCAPED_OBJECTS_DIR}/${role}/${createHash('sha256').update(key).digest('hex')}`;
  await mkdir(dirname(pathIn(dir, path)), { recursive: true });
  return { path, file: await DigestingFile.create(pathIn(dir, path)) };
}

/** One segment of a parallel scan, written as JSON Lines files of at most `itemsPerFile` items. */
async function exportSegment(
  target: Target,
  dir: string,
  scan: { segment: number; segments: number; itemsPerFile: number },
  tally: Tally,
): Promise<ItemsFileEntry[]> {
  const files: ItemsFileEntry[] = [];
  let current: { path: string; file: DigestingFile; items: number } | undefined;
  const closeCurrent = async () => {
    if (!current) return;
    files.push({ path: current.path, items: current.items, ...(await current.file.close()) });
    current = undefined;
  };
  const pages = paginateScan(
    { client: target.dynamodb },
    {
      TableName: target.table,
      Segment: scan.segment,
      TotalSegments: scan.segments,
      // Items written just before the backup started are in it.
      ConsistentRead: true,
    },
  );
  for await (const page of pages) {
    for (const item of page.Items ?? []) {
      if (!current) {
        const name = `segment-${String(scan.segment).padStart(3, '0')}-${String(files.length).padStart(5, '0')}`;
        const path = `${ITEMS_DIR}/${name}.jsonl`;
        current = { path, file: await DigestingFile.create(pathIn(dir, path)), items: 0 };
      }
      await current.file.write(`${JSON.stringify({ Item: itemToJson(item) })}\n`);
      current.items += 1;
      tally.items += 1;
      if (current.items === scan.itemsPerFile) await closeCurrent();
    }
  }
  await closeCurrent();
  return files;
}

async function exportTable(
  target: Target,
  dir: string,
  options: { segments: number; itemsPerFile: number },
  tally: Tally,
): Promise<ItemsFileEntry[]> {
  await mkdir(pathIn(dir, ITEMS_DIR));
  const segments = Array.from({ length: options.segments }, (_, segment) =>
    exportSegment(target, dir, { ...options, segment }, tally),
  );
  return (await Promise.all(segments)).flat();
}

async function* keysOf(target: Target, bucket: string): AsyncGenerator<string> {
  for await (const page of paginateListObjectsV2({ client: target.s3 }, { Bucket: bucket })) {
    for (const object of page.Contents ?? []) if (object.Key !== undefined) yield object.Key;
  }
}

function headersOf(response: GetObjectCommandOutput): ObjectFileEntry['headers'] {
  return Object.fromEntries(
    OBJECT_HEADERS.flatMap((header) => (response[header] === undefined ? [] : [[header, response[header]]])),
  );
}

async function exportObject(
  target: Target,
  dir: string,
  role: BucketRole,
  key: string,
): Promise<ObjectFileEntry | undefined> {
  let response: GetObjectCommandOutput;
  try {
    response = await target.s3.send(new GetObjectCommand({ Bucket: target.buckets[role], Key: key }));
  } catch (error) {
    // Deleted (or expired) between the listing and now: it is no longer part of the data.
    if (!(error instanceof NoSuchKey)) throw error;
    process.stderr.write(`${role}/${key} disappeared while the backup ran; skipped.\n`);
    return undefined;
  }
  const { path, file } = await createObjectFile(dir, role, key);
  for await (const chunk of response.Body as AsyncIterable<Uint8Array>) await file.write(chunk);
  return {
    path,
    ...(await file.close()),
    bucket: role,
    key,
    headers: headersOf(response),
    metadata: response.Metadata ?? {},
    // S3 tells the lock only to callers allowed s3:GetObjectRetention.
    ...(response.ObjectLockMode &&
      response.ObjectLockRetainUntilDate && {
        lock: {
          mode: response.ObjectLockMode,
          until: new Date(response.ObjectLockRetainUntilDate).toISOString(),
        },
      }),
  };
}

async function exportBuckets(
  target: Target,
  dir: string,
  concurrency: number,
  tally: Tally,
): Promise<ObjectFileEntry[]> {
  const entries: ObjectFileEntry[] = [];
  for (const role of BUCKET_ROLES) {
    await forEachConcurrently(keysOf(target, target.buckets[role]), concurrency, async (key) => {
      const entry = await exportObject(target, dir, role, key);
      if (!entry) return;
      entries.push(entry);
      tally.objects += 1;
      tally.objectBytes += entry.size;
    });
  }
  // Downloads finish in any order; the manifest lists them as the buckets do.
  const order = (entry: ObjectFileEntry) => BUCKET_ROLES.indexOf(entry.bucket);
  return entries.sort((a, b) => order(a) - order(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** A backup goes into a folder of its own, so no stray file passes for part of it. */
async function prepareFolder(dir: string): Promise<void> {
  const existing = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new OperatorError(`Cannot use ${dir} for the backup: ${error.message}`);
  });
  if (existing.length > 0)
    throw new OperatorError(`${dir} is not empty: back up into a new or empty folder.`);
  await mkdir(dir, { recursive: true });
}

await runCommand(USAGE, async () => {
  const values = parseOptions({
    ...TARGET_OPTIONS,
    out: { type: 'string' },
    segments: { type: 'string' },
    'items-per-file': { type: 'string' },
    concurrency: { type: 'string' },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  if (!values.out) throw new UsageError('--out DIR is required.');
  const dir = values.out;
  const segments = countOption(values.segments, 'segments', 4);
  const itemsPerFile = countOption(values['items-per-file'], 'items-per-file', 10_000);
  const concurrency = countOption(values.concurrency, 'concurrency', 8);
  const target = resolveTarget(values, process.env);
  const { region } = await checkTarget(target);
  await prepareFolder(dir);

  process.stderr.write(`Backing up ${describeTarget(target, region)} into ${dir}\n`);
  const started = new Date();
  const tally: Tally = { items: 0, objects: 0, objectBytes: 0 };
  const progress = reportProgress(
    () => `  ${tally.items} items, ${tally.objects} objects (${formatBytes(tally.objectBytes)}) so far`,
  );
  let items: ItemsFileEntry[];
  let objects: ObjectFileEntry[];
  try {
    items = await exportTable(target, dir, { segments, itemsPerFile }, tally);
    objects = await exportBuckets(target, dir, concurrency, tally);
  } finally {
    progress.done();
  }
  const countIn = (role: BucketRole) => objects.filter((entry) => entry.bucket === role).length;
  const manifest = newManifest({
    source: { table: target.table, buckets: target.buckets, region, where: target.where },
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    counts: {
      items: tally.items,
      objects: { uploads: countIn('uploads'), archive: countIn('archive') },
      objectBytes: tally.objectBytes,
    },
    items,
    objects,
  });
  await writeFile(pathIn(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
  const seconds = ((Date.now() - started.getTime()) / 1000).toFixed(1);
  process.stdout.write(
    `Backed up ${tally.items} items in ${items.length} files and ${tally.objects} objects ` +
      `(uploads ${countIn('uploads')}, archive ${countIn('archive')}, ${formatBytes(tally.objectBytes)}) ` +
      `in ${seconds} s: ${pathIn(dir, MANIFEST_FILE)}\n`,
  );
});
