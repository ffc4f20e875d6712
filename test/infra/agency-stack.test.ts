import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, NestedStack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { TABLE_DESIGN } from '#adapters/table-design';
import { routes } from '#api/routes';
import { ROLES } from '#domain/roles';
import { buildApp, HANDLERS } from '#infra/app';
import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';
import { EVENT_BUS_PLACEHOLDER, stepPlaceholder, steps } from '#steps/steps';
import { RESOURCE_ENV } from '../../functions/resources';

const FUNCTIONS = join(import.meta.dirname, '..', '..', 'functions');

let app: App;
let template: Template;
/** The stack's own template and those of its nested stacks (the API's route functions). */
let templates: Template[];

beforeAll(async () => {
  // The same feature flags as `cdk synth` reads from cdk.json.
  const { context } = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  };
  app = new App({ context, outdir: mkdtempSync(join(tmpdir(), 'cdk-test-')) });
  const stack = await buildApp(app, 'demo');
  template = Template.fromStack(stack);
  const nested = stack.node.findAll().filter((node): node is NestedStack => node instanceof NestedStack);
  templates = [template, ...nested.map((child) => Template.fromStack(child))];
});

/** Every resource of a type, in the stack and its nested stacks. */
function resources(type: string) {
  return templates.flatMap((each) => Object.values(each.findResources(type))) as Array<{
    Properties: Record<string, unknown>;
  }>;
}

describe('the demo agency stack', () => {
  it('passes cdk-nag AwsSolutions with no unacknowledged finding', () => {
    const report = new AwsSolutionsChecks().validateScope(app);
    expect(
      report.violations.map(
        (violation) => `${violation.ruleName} ${violation.violatingResources[0]?.constructPath}`,
      ),
    ).toEqual([]);
  });

  it('gives every acknowledged cdk-nag rule a reason', () => {
    const acknowledgements = app.node
      .findAll()
      .flatMap((node) => node.node.metadata.filter((entry) => entry.type === 'aws:cdk:acknowledged-rules'))
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>));
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const [rule, reason] of acknowledgements) expect(reason.length, rule).toBeGreaterThan(30);
  });

  it('keeps records in one table: on demand, PITR, deletion protection, customer-managed key, retained', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: Match.objectLike({
          SSEEnabled: true,
          SSEType: 'KMS',
          KMSMasterKeyId: Match.anyValue(),
        }),
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      }),
    });
    const [table] = resources('AWS::DynamoDB::Table');
    const indexes = ((table?.Properties.GlobalSecondaryIndexes ?? []) as Array<{ IndexName: string }>).map(
      (index) => index.IndexName,
    );
    expect(indexes).toEqual(TABLE_DESIGN.indexes.map((index) => index.name));
  });

  it('encrypts with a rotating key', () => {
    template.hasResourceProperties('AWS::KMS::Key', { KeySpec: Match.absent(), EnableKeyRotation: true });
  });

  it('makes uploads private, TLS-only, short-lived, logged', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([Match.objectLike({ ExpirationInDays: 30, Status: 'Enabled' })]),
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'uploads/' }),
    });
    const denyInsecure = resources('AWS::S3::BucketPolicy').filter((policy) =>
      JSON.stringify(policy.Properties).includes('"aws:SecureTransport":"false"'),
    );
    expect(denyInsecure).toHaveLength(3);
  });

  it('versions the archive and locks it with Object Lock in the configured mode', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      ObjectLockEnabled: true,
      ObjectLockConfiguration: {
        ObjectLockEnabled: 'Enabled',
        Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 3650 } },
      },
    });
  });

  it('backs up the records and the archive daily into a locked, encrypted vault, kept as configured (Pasal 17)', () => {
    template.hasResourceProperties('AWS::Backup::BackupVault', {
      EncryptionKeyArn: Match.anyValue(),
      LockConfiguration: { MinRetentionDays: 7 },
    });
    template.hasResourceProperties('AWS::Backup::BackupPlan', {
      BackupPlan: {
        BackupPlanRule: [
          Match.objectLike({
            ScheduleExpression: 'cron(0 18 * * ? *)',
            Lifecycle: { DeleteAfterDays: 35 },
          }),
        ],
      },
    });
    const [selection] = resources('AWS::Backup::BackupSelection');
    const chosen = (selection?.Properties.BackupSelection as { Resources: unknown[] } | undefined)?.Resources;
    const selected = JSON.stringify(chosen);
    const [table] = Object.keys(template.findResources('AWS::DynamoDB::Table'));
    const archive = Object.entries(template.findResources('AWS::S3::Bucket')).find(
      ([, bucket]) => bucket.Properties.ObjectLockEnabled,
    )?.[0];
    expect(selected).toContain(`"${table}"`);
    expect(selected).toContain(`"${archive}"`);
    expect(chosen).toHaveLength(2);
  });

  it('issues accounts by admins only, with a group per role and admin-only NIP and unit', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Schema: Match.arrayWith([
        Match.objectLike({ Name: 'nip', Mutable: true }),
        Match.objectLike({ Name: 'unit', Mutable: true }),
      ]),
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireSymbols: true }) },
    });
    const groups = resources('AWS::Cognito::UserPoolGroup').map((group) => group.Properties.GroupName);
    expect(groups.sort()).toEqual([...ROLES].sort());
    const [client] = resources('AWS::Cognito::UserPoolClient');
    expect(client?.Properties.WriteAttributes).toEqual(
      expect.not.arrayContaining(['custom:nip', 'custom:unit']),
    );
  });

  it('lets only the account routes administer the user pool, never delete; a sign-in trigger reads users for the MFA claim', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: { PreTokenGeneration: Match.anyValue() },
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
    });
    const statements = resources('AWS::IAM::Policy').flatMap(
      (policy) =>
        (policy.Properties.PolicyDocument as { Statement: Array<{ Action: string | string[] }> }).Statement,
    );
    const cognitoActions = statements.flatMap((statement) =>
      [statement.Action].flat().filter((action) => action.startsWith('cognito-idp:')),
    );
    expect(cognitoActions).toContain('cognito-idp:AdminCreateUser');
    expect(cognitoActions).toContain('cognito-idp:AdminGetUser');
    expect(cognitoActions.filter((action) => /Delete|\*/.test(action))).toEqual([]);
    const administering = Object.values(routes).filter((route) =>
      (route.access as readonly string[]).includes('accounts:admin'),
    );
    expect(administering.map((route) => route.path).every((path) => path.startsWith('/accounts'))).toBe(true);
    expect(
      administering.every((route) => route.auth !== 'public' && route.auth.join() === 'AGENCY_ADMIN'),
    ).toBe(true);
  });

  it('serves every route of the route table, behind the Cognito authorizer unless public', () => {
    const methods = resources('AWS::ApiGateway::Method').filter(
      (method) => method.Properties.HttpMethod !== 'OPTIONS',
    );
    expect(methods).toHaveLength(Object.keys(routes).length);
    const publicCount = Object.values(routes).filter((route) => route.auth === 'public').length;
    expect(
      methods.filter((method) => method.Properties.AuthorizationType === 'COGNITO_USER_POOLS'),
    ).toHaveLength(methods.length - publicCount);
  });

  it('throttles the stage, logs access as JSON, never logs bodies, and fronts it with a web ACL', () => {
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      TracingEnabled: true,
      AccessLogSetting: Match.objectLike({ DestinationArn: Match.anyValue() }),
      MethodSettings: Match.arrayWith([
        Match.objectLike({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100, DataTraceEnabled: false }),
      ]),
    });
    template.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({ Statement: { RateBasedStatement: { AggregateKeyType: 'IP', Limit: 3000 } } }),
      ]),
    });
  });

  it('answers gateway errors in the API’s error shape, in Bahasa Indonesia', () => {
    template.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
      ResponseType: 'UNAUTHORIZED',
      StatusCode: '401',
      ResponseTemplates: {
        'application/json': JSON.stringify({
          error: { code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' },
        }),
      },
    });
  });

  it('answers a function that cannot be invoked (an event over Lambda’s 6 MB) with 502 in the same shape', () => {
    template.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
      ResponseType: 'INTEGRATION_FAILURE',
      StatusCode: '502',
      ResponseTemplates: { 'application/json': Match.stringLikeRegexp('GATEWAY_ERROR') },
    });
  });

  it('takes files beyond the body limits straight into S3: the verifications/ prefix for its two routes only, kept a day', () => {
    const grants = resources('AWS::IAM::Policy')
      .filter((policy) => JSON.stringify(policy.Properties).includes('verifications/*'))
      .map((policy) => JSON.stringify(policy.Properties));
    const writers = grants.filter((grant) => grant.includes('s3:PutObject'));
    expect(grants).toHaveLength(2);
    expect(writers).toEqual([expect.stringContaining('RouteRegisterVerificationUpload')]);
    expect(grants.filter((grant) => !writers.includes(grant))).toEqual([
      expect.stringContaining('RouteVerifyUploadedFile'),
    ]);
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Prefix: 'verifications/', ExpirationInDays: 1, Status: 'Enabled' }),
        ]),
      },
    });
  });

  it('keeps every template well under CloudFormation’s 500 resources, the route functions spread over nested stacks', () => {
    expect(templates.length).toBeGreaterThan(1);
    for (const each of templates) {
      expect(Object.keys(each.toJSON().Resources as object).length).toBeLessThan(400);
    }
  });

  it('runs every function on Node.js 24 for ARM64 with X-Ray, a log group and a role of its own', () => {
    const functions = resources('AWS::Lambda::Function');
    expect(functions).toHaveLength(HANDLERS.length);
    for (const fn of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
      });
      expect(fn.Properties.LoggingConfig).toHaveProperty('LogGroup');
    }
    const roles = resources('AWS::IAM::Role').filter((role) =>
      JSON.stringify(role.Properties).includes('lambda.amazonaws.com'),
    );
    expect(roles).toHaveLength(HANDLERS.length);
    for (const role of roles) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('keeps the agency settings out of function environments (they are inlined in the bundle)', () => {
    for (const fn of resources('AWS::Lambda::Function')) {
      expect(JSON.stringify(fn.Properties.Environment ?? {})).not.toContain('AGENCY_SETTINGS');
    }
  });

  it('loads every handler with only the environment its function is given: no adapter beyond its grants', async () => {
    const settings = JSON.stringify(runtimeSettingsOf(loadAgencyConfig('demo')));
    const saved = { ...process.env };
    const failures: string[] = [];
    try {
      for (const fn of resources('AWS::Lambda::Function')) {
        const handler = String(fn.Properties.Description);
        const variables = (fn.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)
          ?.Variables;
        for (const name of Object.values(RESOURCE_ENV)) delete process.env[name];
        for (const name of Object.keys(variables ?? {})) process.env[name] = 'given-by-cdk';
        // In Lambda the bundler inlines the settings (infra/bundle.ts).
        process.env.AGENCY_SETTINGS = settings;
        vi.resetModules();
        await import(/* @vite-ignore */ pathToFileURL(join(FUNCTIONS, `${handler}.ts`)).href).catch(
          (error: Error) => failures.push(`${handler}: ${error.message}`),
        );
      }
    } finally {
      process.env = saved;
    }
    expect(failures).toEqual([]);
  });

  it('grants each function only what its route or step declares', () => {
    const policies = resources('AWS::IAM::Policy').map((policy) => JSON.stringify(policy.Properties));
    const health = policies.find((policy) => policy.includes('RouteHealth'));
    expect(health).toBeDefined();
    expect(health).not.toContain('dynamodb:');
    const decision = policies.find((policy) => policy.includes('RouteRecordDecision'));
    expect(decision).toContain('states:SendTaskSuccess');
    expect(decision).not.toContain('states:StartExecution');
    // The decision writes objects only where a wet-signed scan is frozen (confirmed/), never to uploads.
    const statements = (
      JSON.parse(decision ?? '{}') as {
        PolicyDocument: { Statement: Array<{ Action: string | string[]; Resource: unknown }> };
      }
    ).PolicyDocument.Statement;
    const puts = statements.filter((statement) => [statement.Action].flat().includes('s3:PutObject'));
    expect(puts.map((statement) => JSON.stringify(statement.Resource))).toEqual([
      expect.stringContaining('/confirmed/*'),
    ]);
    const submit = policies.find((policy) => policy.includes('RouteSubmitRequest'));
    expect(submit).toContain('states:StartExecution');
    expect(submit).not.toContain('states:SendTaskSuccess');
  });

  it('loads the state machine from its ASL file with every placeholder substituted, logging ALL and traced', () => {
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: Match.objectLike({ Level: 'ALL', IncludeExecutionData: true }),
    });
    const [machine] = resources('AWS::StepFunctions::StateMachine');
    const substitutions = Object.keys(machine?.Properties.DefinitionSubstitutions as object);
    expect(substitutions.sort()).toEqual(
      [...Object.values(steps).map(stepPlaceholder), EVENT_BUS_PLACEHOLDER].sort(),
    );
  });

  it('alarms on failed and timed-out workflows, API 5xx and throttling', () => {
    const metrics = resources('AWS::CloudWatch::Alarm').map((alarm) => JSON.stringify(alarm.Properties));
    for (const name of [
      'ExecutionsFailed',
      'ExecutionsTimedOut',
      'ExecutionThrottled',
      '5XXError',
      'Throttles',
      'ReadThrottleEvents',
    ]) {
      expect(
        metrics.some((metric) => metric.includes(name)),
        name,
      ).toBe(true);
    }
    for (const alarm of resources('AWS::CloudWatch::Alarm'))
      expect(alarm.Properties.AlarmActions).toHaveLength(1);
  });

  it('publishes domain events on a bus of its own, archived for replay, which only the state machine may put to', () => {
    template.resourceCountIs('AWS::Events::EventBus', 1);
    template.hasResourceProperties('AWS::Events::Archive', {
      EventPattern: { source: ['layanan-asn-terpadu'] },
      RetentionDays: 365,
    });
    const putters = resources('AWS::IAM::Policy').filter((policy) =>
      JSON.stringify(policy.Properties).includes('events:PutEvents'),
    );
    expect(putters).toHaveLength(1);
    expect(JSON.stringify(putters[0]?.Properties)).toContain('WorkflowRole');
  });

  it('delivers owed workflow calls on a schedule, and runs employee imports in a worker only the import route may start', () => {
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(1 minute)' });
    const invokers = resources('AWS::IAM::Policy').filter(
      (policy) =>
        JSON.stringify(policy.Properties).includes('lambda:InvokeFunction') &&
        !JSON.stringify(policy.Properties).includes('WorkflowRole'),
    );
    // The import routes: the CSV in the body, and the CSV uploaded to S3 first.
    const names = invokers.map(
      (policy) => /Route(Import\w*Employees)/.exec(JSON.stringify(policy.Properties))?.[1],
    );
    expect(names.sort()).toEqual(['ImportEmployees', 'ImportUploadedEmployees']);
  });

  it('signs documents with a P-256 key only the issuing function may sign with, even against account admins', () => {
    const [, key] = Object.entries(
      template.findResources('AWS::KMS::Key', { Properties: { KeySpec: 'ECC_NIST_P256' } }),
    )[0] ?? ['', { Properties: {} }];
    expect(key).toMatchObject({ DeletionPolicy: 'Retain', Properties: { KeyUsage: 'SIGN_VERIFY' } });
    const statements = (key.Properties as { KeyPolicy: { Statement: Array<Record<string, unknown>> } })
      .KeyPolicy.Statement;
    const deny = statements.find((statement) => statement.Sid === 'OnlyTheIssuingFunctionSigns');
    expect(deny).toMatchObject({ Effect: 'Deny', Action: 'kms:Sign', Principal: { AWS: '*' } });
    const exempt = JSON.stringify(deny?.Condition);
    expect(exempt).toContain('WorkflowStepIssueDocumentRole');
    expect(exempt.match(/Role[A-Z0-9]{8}/g)).toHaveLength(1);
    const signers = resources('AWS::IAM::Policy')
      .filter((policy) => JSON.stringify(policy.Properties).includes('"kms:Sign"'))
      .map((policy) => JSON.stringify((policy.Properties as { Roles: unknown }).Roles));
    expect(signers).toEqual([expect.stringContaining('WorkflowStepIssueDocumentRole')]);
    const verifiers = resources('AWS::IAM::Policy').filter((policy) =>
      JSON.stringify(policy.Properties).includes('kms:GetPublicKey'),
    );
    const names = verifiers.map(
      (policy) => /Route(Verify\w+?)Role/.exec(JSON.stringify(policy.Properties))?.[1],
    );
    expect(names.sort()).toEqual(['VerifyDocument', 'VerifyFile', 'VerifyUploadedFile']);
    expect(JSON.stringify(verifiers)).toMatch(/SigningKey/);
  });

  it('takes PDFs and images as binary for verification, answers reports as files, and throttles the public routes harder', () => {
    template.hasResourceProperties('AWS::ApiGateway::RestApi', {
      BinaryMediaTypes: [
        'application/pdf',
        'image/jpeg',
        'image/png',
        'text/csv',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
    });
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      MethodSettings: Match.arrayWith([
        Match.objectLike({
          ResourcePath: '/~1verify~1{documentId}',
          HttpMethod: 'GET',
          ThrottlingRateLimit: 10,
        }),
        Match.objectLike({ ResourcePath: '/~1verify', HttpMethod: 'POST', ThrottlingRateLimit: 5 }),
      ]),
    });
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({
          Name: 'PublicRequestsPerIpVerify',
          Action: { Block: {} },
          Statement: {
            RateBasedStatement: Match.objectLike({
              Limit: 300,
              ScopeDownStatement: {
                ByteMatchStatement: Match.objectLike({
                  SearchString: '/verify',
                  PositionalConstraint: 'CONTAINS',
                }),
              },
            }),
          },
        }),
      ]),
    });
  });

  it('spares the CSV import and the file verification from the firewall’s 8 KB body limit, and only them', () => {
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({
          Name: 'BodyOver8KbOutsideTextRoutes',
          Statement: {
            AndStatement: {
              Statements: Match.arrayWith([
                Match.objectLike({
                  NotStatement: {
                    Statement: {
                      ByteMatchStatement: Match.objectLike({ SearchString: '/employees:import' }),
                    },
                  },
                }),
                Match.objectLike({
                  NotStatement: {
                    Statement: { ByteMatchStatement: Match.objectLike({ SearchString: '/verify' }) },
                  },
                }),
              ]),
            },
          },
        }),
      ]),
    });
  });

  it('sends mail through a configuration set that requires TLS, from the sender’s domain', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
    });
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'bkpsdm.kotademo.go.id' });
  });
});
