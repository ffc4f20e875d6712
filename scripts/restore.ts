import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { BatchWriteItemCommand, ScanCommand, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { ListObjectsCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import {
  BUCKET_ROLES,
  base64OfHex,
  checkTarget,
  countOption,
  describeTarget,
  digestFile,
  forEachConcurrently,
  formatBytes,
  type ItemsFileEntry,
  itemFromJson,
  type JsonItem,
  MANIFEST_FILE,
  type Manifest,
  OperatorError,
  parseManifest,
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
import { resolveWorkflow, restartWorkflows, WORKFLOW_USAGE } from './restore-workflows';

const USAGE = `Usage: npm run restore -- --from DIR [options]

Checks the backup in DIR against its manifest.json, then writes its items and objects into the
table and buckets, then starts the workflow of every request that was in flight at the stage its
record says. Nothing is written when a file is missing, extra or differs from the manifest, or
when the table or a bucket already holds data.

  --from DIR         the backup folder, as npm run backup wrote it (required)
  --force            restore even into a table or buckets that hold data (same keys are overwritten;
                     a request whose workflow already runs there keeps it)
  --concurrency N    writes in flight at once (default 8)

${TARGET_USAGE}
${WORKFLOW_USAGE}`;

/** BatchWriteItem takes at most 25 requests. */
const BATCH_SIZE = 25;
/** Rounds of retrying the items DynamoDB left unprocessed (throttled) before giving up. */
const UNPROCESSED_ROUNDS = 10;
const MAX_BACKOFF_MS = 5_000;
/** Problems listed when a backup does not match its manifest; the rest are counted. */
const PROBLEMS_SHOWN = 20;

async function readManifest(dir: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(pathIn(dir, MANIFEST_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new OperatorError(
        `${dir} has no ${MANIFEST_FILE}: it is not a backup, or the backup did not finish.`,
      );
    throw new OperatorError(`Cannot read ${pathIn(dir, MANIFEST_FILE)}: ${(error as Error).message}`);
  }
  return parseManifest(text);
}

/** Every file under `dir` but the manifest, as manifest paths (with `/`). */
async function filesIn(dir: string): Promise<Set<string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return new Set(
    entries
      .filter((entry) => !entry.isDirectory())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .filter((path) => path !== MANIFEST_FILE),
  );
}

/** What differs between the folder and its manifest; empty when every byte is as it was written. */
async function verifyBackup(dir: string, manifest: Manifest): Promise<string[]> {
  const problems: string[] = [];
  const listed = [...manifest.items, ...manifest.objects];
  const found = await filesIn(dir);
  const listedPaths = new Set(listed.map((entry) => entry.path));
  for (const path of found) if (!listedPaths.has(path)) problems.push(`${path}: not in the manifest`);

  let checked = 0;
  const files = reportProgress(() => `  checked ${checked}/${listed.length} files`);
  await forEachConcurrently(listed, 4, async (entry) => {
    if (!found.has(entry.path)) problems.push(`${entry.path}: missing`);
    else if (!(await lstat(pathIn(dir, entry.path))).isFile())
      problems.push(`${entry.path}: not a regular file`);
    else {
      const actual = await digestFile(pathIn(dir, entry.path));
      if (actual.size !== entry.size)
        problems.push(`${entry.path}: ${actual.size} bytes, the manifest says ${entry.size}`);
      else if (actual.sha256 !== entry.sha256)
        problems.push(`${entry.path}: its SHA-256 differs from the manifest`);
    }
    checked += 1;
  });
  files.done();

  const items = manifest.items.reduce((sum, file) => sum + file.items, 0);
  if (items !== manifest.counts.items)
    problems.push(`the item files hold ${items} items, the manifest's count says ${manifest.counts.items}`);
  for (const role of BUCKET_ROLES) {
    const objects = manifest.objects.filter((entry) => entry.bucket === role).length;
    if (objects !== manifest.counts.objects[role])
      problems.push(
        `${objects} ${role} objects are listed, the manifest's count says ${manifest.counts.objects[role]}`,
      );
  }
  return problems;
}

/** The table and buckets that already hold something. */
async function holdingData(target: Target): Promise<string[]> {
  const holding: string[] = [];
  const scan = await target.dynamodb.send(new ScanCommand({ TableName: target.table, Limit: 1 }));
  if ((scan.Count ?? 0) > 0) holding.push(`the table ${target.table}`);
  for (const role of BUCKET_ROLES) {
    const bucket = target.buckets[role];
    // Version 1 of the listing: s3rver fails to make the continuation token of a cut-short version 2 listing.
    const listing = await target.s3.send(new ListObjectsCommand({ Bucket: bucket, MaxKeys: 1 }));
    if ((listing.Contents?.length ?? 0) > 0) holding.push(`the ${role} bucket ${bucket}`);
  }
  return holding;
}

/** The items of the backup in batches of 25, read a line at a time. */
async function* batchesOf(dir: string, files: readonly ItemsFileEntry[]): AsyncGenerator<WriteRequest[]> {
  let batch: WriteRequest[] = [];
  for (const file of files) {
    const lines = createInterface({ input: createReadStream(pathIn(dir, file.path)), crlfDelay: Infinity });
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber += 1;
      let item: JsonItem;
      try {
        item = (JSON.parse(line) as { Item: JsonItem }).Item;
      } catch {
        throw new OperatorError(`${file.path} line ${lineNumber} is not an item in DynamoDB JSON.`);
      }
      batch.push({ PutRequest: { Item: itemFromJson(item) } });
      if (batch.length === BATCH_SIZE) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

/** Writes a batch, retrying what DynamoDB leaves unprocessed with growing, jittered pauses. */
async function writeBatch(target: Target, batch: WriteRequest[]): Promise<void> {
  let pending = batch;
  for (let round = 0; pending.length > 0; round += 1) {
    if (round === UNPROCESSED_ROUNDS)
      throw new OperatorError(
        `DynamoDB still left ${pending.length} items unprocessed after ${UNPROCESSED_ROUNDS} tries; ` +
          'run the restore again with --force once the table is less busy.',
      );
    if (round > 0) await sleep(Math.random() * Math.min(MAX_BACKOFF_MS, 100 * 2 ** round));
    const result = await target.dynamodb.send(
      new BatchWriteItemCommand({ RequestItems: { [target.table]: pending } }),
    );
    pending = result.UnprocessedItems?.[target.table] ?? [];
  }
}

await runCommand(USAGE, async () => {
  const values = parseOptions({
    ...TARGET_OPTIONS,
    from: { type: 'string' },
    force: { type: 'boolean' },
    'state-machine': { type: 'string' },
    concurrency: { type: 'string' },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  if (!values.from) throw new UsageError('--from DIR is required.');
  const dir = values.from;
  const concurrency = countOption(values.concurrency, 'concurrency', 8);
  const target = resolveTarget(values, process.env);

  const manifest = await readManifest(dir);
  process.stderr.write(`Checking ${dir} against its manifest…\n`);
  const problems = await verifyBackup(dir, manifest);
  if (problems.length > 0) {
    const shown = problems.slice(0, PROBLEMS_SHOWN).map((problem) => `  - ${problem}`);
    if (problems.length > PROBLEMS_SHOWN) shown.push(`  … and ${problems.length - PROBLEMS_SHOWN} more`);
    throw new OperatorError(
      `Refusing to restore: the backup does not match its manifest. Nothing was written.\n${shown.join('\n')}`,
    );
  }

  const { region } = await checkTarget(target);
  const workflow = resolveWorkflow(values['state-machine'], target, region, process.env);
  if (!values.force) {
    const holding = await holdingData(target);
    if (holding.length > 0)
      throw new OperatorError(
        `Refusing to restore: ${holding.join(', ')} already hold data. Nothing was written. ` +
          'Restore into an empty deployment, or pass --force to write over it.',
      );
  }

  const started = Date.now();
  const { counts } = manifest;
  const totalObjects = counts.objects.uploads + counts.objects.archive;
  process.stderr.write(
    `Restoring the backup of ${manifest.source.table} taken ${manifest.finishedAt} ` +
      `into ${describeTarget(target, region)}\n`,
  );
  const done = { items: 0, objects: 0, objectBytes: 0 };
  const progress = reportProgress(
    () =>
      `  ${done.items}/${counts.items} items, ${done.objects}/${totalObjects} objects ` +
      `(${formatBytes(done.objectBytes)} of ${formatBytes(counts.objectBytes)})`,
  );
  try {
    await forEachConcurrently(batchesOf(dir, manifest.items), concurrency, async (batch) => {
      await writeBatch(target, batch);
      done.items += batch.length;
    });
    await forEachConcurrently(manifest.objects, concurrency, async (entry) => {
      await target.s3.send(
        new PutObjectCommand({
          Bucket: target.buckets[entry.bucket],
          Key: entry.key,
          Body: createReadStream(pathIn(dir, entry.path)),
          ContentLength: entry.size,
          // S3 checks the bytes against it on receipt; the archive's Object Lock requires one.
          ChecksumSHA256: base64OfHex(entry.sha256),
          ...entry.headers,
          Metadata: entry.metadata,
          ...(entry.lock && {
            ObjectLockMode: entry.lock.mode,
            ObjectLockRetainUntilDate: new Date(entry.lock.until),
          }),
        }),
      );
      done.objects += 1;
      done.objectBytes += entry.size;
    });
  } finally {
    progress.done();
  }
  const { restarted, existing } = await restartWorkflows(target, workflow, concurrency);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `Restored ${done.items} items and ${done.objects} objects (${formatBytes(done.objectBytes)}) ` +
      `in ${seconds} s into ${target.table}, ${target.buckets.uploads}, ${target.buckets.archive}.\n` +
      `Started the workflows of ${restarted} in-flight requests again at the stages their records say.\n`,
  );
  if (existing.length > 0)
    process.stdout.write(
      `${existing.length} in-flight requests already have a workflow in ${workflow.stateMachineArn}, left as it is: ` +
        `${existing.join(', ')}\n`,
    );
});
