import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { ARCHIVE_PREFIXES } from '#archive/domain/archive-keys';
import { TABLE_DESIGN } from '#kernel/adapters/table-design';
import { METRIC_NAMESPACE, METRIC_SERVICE } from '#kernel/metrics';
import { type Access, RESOURCE_ENV } from '#kernel/resources';
import type { HandlerPath } from '../handlers';
import { acknowledgeWildcard } from '../nag';
import type { Signing } from './signing';

/** The resources functions may be bound to; each is optional until the construct owning it exists. */
export interface FunctionResources {
  readonly dataKey: kms.IKey;
  readonly table: dynamodb.ITable;
  readonly uploads: s3.IBucket;
  readonly archive: s3.IBucket;
  /**
   * The state machine by name and ARN string (not the construct): its own steps resume it, and
   * a reference to the construct from them would be a dependency cycle.
   */
  readonly stateMachine?: { readonly name: string; readonly arn: string };
  readonly mail?: { readonly configurationSet: ses.IConfigurationSet; readonly identityArn: string };
  /** The worker an API function starts for an employee import. */
  readonly importWorker?: lambda.IFunction;
  /** The document-signing key. */
  readonly signing?: Signing;
  /** The API's public URL, which documents print in their QR codes (a token resolved at deploy). */
  readonly publicApiUrl?: string;
  /** The user pool whose accounts agency admins manage. */
  readonly userPool?: cognito.IUserPool;
}

export interface ServiceFunctionProps {
  /** Handler module, e.g. `api/create-request`. */
  readonly handler: HandlerPath;
  /** Directory holding `<handler>/index.mjs` (see bundleHandlers). */
  readonly bundleDir: string;
  /** What the function may do; each entry becomes a narrow grant and the env var naming the resource. */
  readonly access: readonly Access[];
  readonly resources: FunctionResources;
  readonly logRetention: logs.RetentionDays;
  /** @default 15 seconds */
  readonly timeout?: Duration;
  /** @default 512 MB */
  readonly memorySize?: number;
}

/** What account administration does in the user pool (Kediri Pasal 5(3)); nothing that deletes. */
const ACCOUNT_ADMIN = [
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminResetUserPassword',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminUserGlobalSignOut',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminRemoveUserFromGroup',
  'cognito-idp:AdminUpdateUserAttributes',
];

const ARCHIVE_REASON =
  'Archive objects are keyed per request or employee and document; one prefix (issued, drafts, personal) bounds each grant.';

const TABLE_READ = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
];
const TABLE_WRITE = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];

/**
 * One Lambda function with every project default: Node 24 on ARM64, X-Ray, Powertools, its own
 * log group and retention, its own role holding only the grants its `access` names.
 */
export class ServiceFunction extends Construct {
  readonly function: lambda.Function;
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);
    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention,
      // Logs are operational records; a deleted stack keeps them until their retention ends.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.handler}`,
    });
    logGroup.grantWrite(this.role);
    this.function = new lambda.Function(this, 'Function', {
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      handler: 'index.handler',
      code: lambda.Code.fromAsset(`${props.bundleDir}/${props.handler}`),
      role: this.role,
      logGroup,
      tracing: lambda.Tracing.ACTIVE,
      timeout: props.timeout ?? Duration.seconds(15),
      memorySize: props.memorySize ?? 512,
      description: props.handler,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: METRIC_SERVICE,
        POWERTOOLS_METRICS_NAMESPACE: METRIC_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
    });
    acknowledgeWildcard(
      this,
      '*',
      'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions.',
    );
    for (const access of new Set(props.access)) this.bind(access, props.resources);
  }

  private allow(actions: string[], resources: string[]): void {
    this.role.addToPolicy(new iam.PolicyStatement({ actions, resources }));
  }

  private bind(access: Access, resources: FunctionResources): void {
    const { table, uploads, archive, dataKey } = resources;
    const reads = access.endsWith(':read');
    switch (access) {
      case 'table:read':
      case 'table:write': {
        const indexes = TABLE_DESIGN.indexes.map((index) => `${table.tableArn}/index/${index.name}`);
        this.allow(reads ? TABLE_READ : TABLE_WRITE, [table.tableArn, ...indexes]);
        this.allow(reads ? ['kms:Decrypt'] : ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'], [
          dataKey.keyArn,
        ]);
        this.function.addEnvironment(RESOURCE_ENV.table, table.tableName);
        return;
      }
      case 'uploads:read':
      case 'uploads:write':
        this.bindObjects(
          uploads,
          'requests/*',
          reads,
          RESOURCE_ENV.uploads,
          dataKey,
          'Object keys are generated per request and document; the requests/ prefix bounds them.',
        );
        return;
      case 'imports:read':
      case 'imports:write':
        this.bindObjects(
          uploads,
          'imports/*',
          reads,
          RESOURCE_ENV.uploads,
          dataKey,
          'Import files are named by their SHA-256; the imports/ prefix bounds them.',
        );
        return;
      case 'confirmed:read':
      case 'confirmed:write':
        this.bindObjects(
          uploads,
          'confirmed/*',
          reads,
          RESOURCE_ENV.uploads,
          dataKey,
          'Confirmed uploads are copies keyed per request and document; the confirmed/ prefix bounds them.',
        );
        return;
      case 'verifications:read':
      case 'verifications:write':
        this.bindObjects(
          uploads,
          'verifications/*',
          reads,
          RESOURCE_ENV.uploads,
          dataKey,
          'Files sent for verification are named by a random id; the verifications/ prefix bounds them.',
        );
        return;
      case 'archive:read':
        // Readers download drafts, employees' own documents and issued documents alike.
        for (const prefix of Object.values(ARCHIVE_PREFIXES)) {
          this.bindObjects(archive, `${prefix}*`, true, RESOURCE_ENV.archive, dataKey, ARCHIVE_REASON);
        }
        return;
      case 'archive:write': {
        // Only issued documents are locked: the one prefix where a function may set a retention.
        const issued = this.bindObjects(
          archive,
          `${ARCHIVE_PREFIXES.issued}*`,
          false,
          RESOURCE_ENV.archive,
          dataKey,
          ARCHIVE_REASON,
        );
        this.allow(['s3:PutObjectRetention'], [issued]);
        return;
      }
      case 'archive:drafts':
      case 'archive:personal': {
        const prefix = access === 'archive:drafts' ? ARCHIVE_PREFIXES.drafts : ARCHIVE_PREFIXES.personal;
        this.bindObjects(archive, `${prefix}*`, false, RESOURCE_ENV.archive, dataKey, ARCHIVE_REASON);
        return;
      }
      case 'workflow:start':
      case 'workflow:resume':
      case 'workflow:read': {
        const machine = resources.stateMachine;
        if (!machine) throw new Error(`${this.node.path} needs ${access} but no state machine exists yet`);
        if (access === 'workflow:resume') {
          // A token is all a resumption needs; the ARN only narrows the grant.
          this.allow(
            ['states:SendTaskSuccess', 'states:SendTaskFailure', 'states:SendTaskHeartbeat'],
            [machine.arn],
          );
          return;
        }
        if (access === 'workflow:start') this.allow(['states:StartExecution'], [machine.arn]);
        if (access === 'workflow:read') {
          const executions = Stack.of(this).formatArn({
            service: 'states',
            resource: 'execution',
            resourceName: `${machine.name}:*`,
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          });
          this.allow(['states:DescribeExecution', 'states:GetExecutionHistory'], [executions]);
          acknowledgeWildcard(
            this,
            executions,
            'Executions are named per request; reading is bounded to this state machine.',
          );
        }
        this.function.addEnvironment(RESOURCE_ENV.workflow, machine.arn);
        return;
      }
      case 'mail:send': {
        const mail = resources.mail;
        if (!mail) throw new Error(`${this.node.path} needs mail:send but no mail configuration exists yet`);
        const configurationSetArn = Stack.of(this).formatArn({
          service: 'ses',
          resource: 'configuration-set',
          resourceName: mail.configurationSet.configurationSetName,
        });
        this.allow(['ses:SendEmail'], [mail.identityArn, configurationSetArn]);
        this.function.addEnvironment(RESOURCE_ENV.mail, mail.configurationSet.configurationSetName);
        return;
      }
      case 'jobs:import': {
        const worker = resources.importWorker;
        if (!worker) throw new Error(`${this.node.path} needs jobs:import but no import worker exists yet`);
        this.allow(['lambda:InvokeFunction'], [worker.functionArn]);
        this.function.addEnvironment(RESOURCE_ENV.jobs, worker.functionName);
        return;
      }
      case 'signing:sign':
      case 'signing:verify': {
        const signing = resources.signing;
        if (!signing) throw new Error(`${this.node.path} needs ${access} but no signing key exists yet`);
        if (access === 'signing:sign') {
          this.allow(['kms:Sign'], [signing.key.keyArn]);
          signing.allowSigner(this.role);
        } else {
          this.allow(['kms:GetPublicKey'], [signing.key.keyArn]);
        }
        this.function.addEnvironment(RESOURCE_ENV.signing, signing.key.keyArn);
        return;
      }
      case 'accounts:admin': {
        const pool = resources.userPool;
        if (!pool) throw new Error(`${this.node.path} needs accounts:admin but no user pool exists yet`);
        this.allow(ACCOUNT_ADMIN, [pool.userPoolArn]);
        this.function.addEnvironment(RESOURCE_ENV.accounts, pool.userPoolId);
        return;
      }
      case 'api:link': {
        const url = resources.publicApiUrl;
        if (!url) throw new Error(`${this.node.path} needs api:link but the API URL is not known`);
        this.function.addEnvironment(RESOURCE_ENV.api, url);
        return;
      }
    }
  }

  /** Objects under one prefix of a bucket, read or written, with the key that encrypts them; returns their ARN. */
  private bindObjects(
    bucket: s3.IBucket,
    prefix: string,
    reads: boolean,
    env: string,
    key: kms.IKey,
    reason: string,
  ): string {
    const objects = bucket.arnForObjects(prefix);
    this.allow(reads ? ['s3:GetObject'] : ['s3:PutObject'], [objects]);
    this.allow(reads ? ['kms:Decrypt'] : ['kms:Encrypt', 'kms:GenerateDataKey'], [key.keyArn]);
    acknowledgeWildcard(this, objects, reason);
    this.function.addEnvironment(env, bucket.bucketName);
    return objects;
  }
}
