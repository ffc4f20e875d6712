import { DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import { auditTrailReads, REQUEST_SORT_KEY } from '#requests/adapters/audit-trail';
import { type AuditChainReport, checkAuditChain } from '#requests/use-cases/audit-chain';
import {
  checkTable,
  forEachConcurrently,
  OperatorError,
  parseOptions,
  reportProgress,
  resolveTable,
  runCommand,
  TABLE_OPTIONS,
  TABLE_USAGE,
  UsageError,
} from './backup-format';

const USAGE = `Usage: npm run audit:verify -- --request ID | --all [--table NAME]

Checks the hash chain of a request's audit trail: each event sealed with the hash of its content
and of the event before it, the last one the head its request records. Names the first broken
link; the exit code is 1 when a chain is broken.

  --request ID   the request to check
  --all          every request in the table (a scan: progress on stderr, broken chains on stdout)

${TABLE_USAGE}`;

/** Requests checked at once with --all. */
const CONCURRENCY = 8;

function verdict(report: AuditChainReport): string {
  if (report.valid) return `${report.requestId}: intact, ${report.length} events`;
  const { version, reason } = report.brokenAt;
  return `${report.requestId}: broken at version ${version} (${report.length} events): ${reason}`;
}

/** The id of every request in the table. */
async function* requestIds(client: DynamoDBDocumentClient, table: string): AsyncGenerator<string> {
  const pages = paginateScan(
    { client },
    {
      TableName: table,
      FilterExpression: 'sk = :sk',
      ProjectionExpression: '#request.#id',
      ExpressionAttributeNames: { '#request': 'request', '#id': 'id' },
      ExpressionAttributeValues: { ':sk': REQUEST_SORT_KEY },
    },
  );
  for await (const page of pages) {
    for (const item of page.Items ?? []) yield (item.request as { id: string }).id;
  }
}

await runCommand(USAGE, async () => {
  const values = parseOptions({ ...TABLE_OPTIONS, request: { type: 'string' }, all: { type: 'boolean' } });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  if ((values.request === undefined) === !values.all)
    throw new UsageError('Give either --request ID or --all.');
  const target = resolveTable(values, process.env);
  const { region } = await checkTable(target);
  const client = DynamoDBDocumentClient.from(target.dynamodb);
  const reads = auditTrailReads(client, target.table);
  process.stderr.write(
    `Checking audit chains in the table ${target.table} in ${target.where}, region ${region}\n`,
  );

  if (values.request !== undefined) {
    const report = await checkAuditChain(reads, values.request);
    if (!report) throw new OperatorError(`There is no request ${values.request} in ${target.table}.`);
    process.stdout.write(`${verdict(report)}\n`);
    if (!report.valid) throw new OperatorError('The audit chain is broken.');
    return;
  }

  const tally = { checked: 0, broken: 0 };
  const progress = reportProgress(() => `  ${tally.checked} requests checked, ${tally.broken} broken so far`);
  try {
    await forEachConcurrently(requestIds(client, target.table), CONCURRENCY, async (id) => {
      const report = await checkAuditChain(reads, id);
      if (!report) return; // gone since the scan listed it
      tally.checked += 1;
      if (report.valid) return;
      tally.broken += 1;
      process.stdout.write(`${verdict(report)}\n`);
    });
  } finally {
    progress.done();
  }
  const summary = `${tally.checked} audit chains checked: ${tally.checked - tally.broken} intact, ${tally.broken} broken.`;
  if (tally.broken > 0) throw new OperatorError(summary);
  process.stdout.write(`${summary}\n`);
});
