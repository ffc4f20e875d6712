import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, NestedStack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { routes } from '#app/api/routes';
import { PRE_TOKEN_TRIGGER } from '#infra/agency-stack';
import { buildApp, HANDLERS } from '#infra/app';
import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';
import { TOKEN_AUTHORIZER } from '#infra/constructs/api';
import { type HandlerPath, handlerModule } from '#infra/handlers';
import { TABLE_DESIGN } from '#kernel/adapters/table-design';
import { ROLES } from '#kernel/domain/roles';
import { INTEGRATION_SCOPES } from '#kernel/http/integration-scopes';
import type { RouteSpec } from '#kernel/http/route-spec';
import { BUSINESS_METRICS } from '#kernel/metrics';
import { RESOURCE_ENV } from '#kernel/resources';
import { portalSite } from '#kit/portal-site';
import { EVENT_BUS_PLACEHOLDER, stepPlaceholder, steps } from '#requests/steps/steps';

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
  const stack = await buildApp(app, 'demo', undefined, portalSite());
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

/** The functions of our handlers (CDK's own, such as the portal's bucket deployment, left out). */
function ourFunctions() {
  return resources('AWS::Lambda::Function').filter((fn) =>
    (HANDLERS as readonly string[]).includes(String(fn.Properties.Description)),
  );
}

type Statement = { Action: string | string[]; Resource: unknown; Effect?: string };

/** Every IAM policy statement of the stack and its nested stacks. */
function policyStatements(): Statement[] {
  return resources('AWS::IAM::Policy').flatMap(
    (policy) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
  );
}

/** [policy name, policy JSON] of every policy with a statement allowing `action`, sorted by name. */
function policiesWith(action: string): Array<[string, string]> {
  return resources('AWS::IAM::Policy')
    .filter((policy) =>
      (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement.some((statement) =>
        [statement.Action].flat().includes(action),
      ),
    )
    .map(
      (policy) =>
        [String(policy.Properties.PolicyName), JSON.stringify(policy.Properties)] as [string, string],
    )
    .sort(([a], [b]) => a.localeCompare(b));
}

/** The function that runs `handler` (its Description), and the template holding it. */
function functionOf(handler: string) {
  for (const each of templates) {
    const found = Object.entries(each.findResources('AWS::Lambda::Function')).find(
      ([, fn]) => fn.Properties.Description === handler,
    );
    if (found)
      return { template: each, id: found[0], properties: found[1].Properties as Record<string, unknown> };
  }
  throw new Error(`no function runs ${handler}`);
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
    // Uploads, archive and their access logs; the portal's site and its logs.
    expect(denyInsecure).toHaveLength(5);
  });

  it('versions the archive with Object Lock but no default retention: drafts and personal documents stay unlocked', () => {
    const archive = Object.values(template.findResources('AWS::S3::Bucket')).find(
      (bucket) => bucket.Properties.ObjectLockEnabled,
    );
    expect(archive?.Properties).toMatchObject({ VersioningConfiguration: { Status: 'Enabled' } });
    expect(archive?.Properties.ObjectLockConfiguration?.Rule).toBeUndefined();
  });

  it('lets functions set a retention only on issued documents, and only the two that store them', () => {
    // The portal's deployment writes its own site bucket, which holds no record and no lock.
    const statements = policyStatements().filter(
      (statement) => !JSON.stringify(statement).includes('PortalSite'),
    );
    const retaining = statements.filter((statement) =>
      [statement.Action].flat().includes('s3:PutObjectRetention'),
    );
    expect(retaining.map((statement) => JSON.stringify(statement.Resource))).toEqual([
      expect.stringMatching(/"\/documents\/\*"/),
      expect.stringMatching(/"\/documents\/\*"/),
    ]);
    const holders = policiesWith('s3:PutObjectRetention')
      .filter(([, policy]) => !policy.includes('PortalSite'))
      .map(([name]) => name);
    expect(holders).toEqual([
      expect.stringMatching(/RouteStorePersonalDocument/),
      expect.stringMatching(/WorkflowStepIssueDocument/),
    ]);
    const draft = policiesWith('s3:PutObject').find(([name]) => name.includes('StepPrepareDraft'))?.[1] ?? '';
    expect(draft).toContain('/drafts/*');
    expect(draft).not.toContain('/documents/*');
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

  it('serves every route of the route table: behind the Cognito authorizer, the token authorizer where integrations may read, or public', () => {
    const methods = resources('AWS::ApiGateway::Method').filter(
      (method) => method.Properties.HttpMethod !== 'OPTIONS',
    );
    expect(methods).toHaveLength(Object.keys(routes).length);
    const all = Object.values(routes) as RouteSpec[];
    const count = (type: string) =>
      methods.filter((method) => method.Properties.AuthorizationType === type).length;
    expect(count('NONE')).toBe(all.filter((route) => route.auth === 'public').length);
    expect(count('CUSTOM')).toBe(all.filter((route) => route.scope).length);
    expect(count('COGNITO_USER_POOLS')).toBe(
      all.filter((route) => route.auth !== 'public' && !route.scope).length,
    );
    expect(methods.filter((method) => method.Properties.AuthorizationScopes)).toEqual([]);
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
    const functions = ourFunctions();
    expect(functions).toHaveLength(HANDLERS.length);
    for (const fn of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
      });
      expect(fn.Properties.LoggingConfig).toHaveProperty('LogGroup');
    }
    // One role per function of ours (CDK's bucket deployment of the portal has its own, left out).
    const ours = new Set(ourFunctions().map((fn) => JSON.stringify(fn.Properties.Role)));
    const roles = templates.flatMap((each) =>
      Object.entries(each.findResources('AWS::IAM::Role'))
        .filter(([id]) => ours.has(JSON.stringify({ 'Fn::GetAtt': [id, 'Arn'] })))
        .map(([, role]) => role as { Properties: Record<string, unknown> }),
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
      for (const fn of ourFunctions()) {
        const handler = String(fn.Properties.Description) as HandlerPath;
        const variables = (fn.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)
          ?.Variables;
        for (const name of Object.values(RESOURCE_ENV)) delete process.env[name];
        for (const name of Object.keys(variables ?? {})) process.env[name] = 'given-by-cdk';
        // In Lambda the bundler inlines the settings (infra/bundle.ts).
        process.env.AGENCY_SETTINGS = settings;
        vi.resetModules();
        await import(/* @vite-ignore */ pathToFileURL(handlerModule(handler)).href).catch((error: Error) =>
          failures.push(`${handler}: ${error.message}`),
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
    functionOf('jobs/deliver-outbox').template.hasResourceProperties('AWS::Events::Rule', {
      Name: 'LayananAsn-demo-deliver-outbox',
      ScheduleExpression: 'rate(1 minute)',
    });
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

describe('signing in, in AWS', () => {
  type Client = Record<string, unknown> & { AllowedOAuthFlows?: string[]; ExplicitAuthFlows?: string[] };
  const clients = () =>
    resources('AWS::Cognito::UserPoolClient').map((client) => client.Properties as Client);
  const oauthClients = () => clients().filter((client) => client.AllowedOAuthFlows);

  it('serves managed login (the newer version) at the agency’s prefix of Cognito’s domain', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: 'layanan-asn-kotademo',
      ManagedLoginVersion: 2,
      CustomDomainConfig: Match.absent(),
    });
    template.hasOutput('SignInUrl', {
      Value: Match.objectLike({
        'Fn::Join': ['', Match.arrayWith(['https://', '.auth.ap-southeast-3.amazoncognito.com'])],
      }),
    });
  });

  it('gives the portal and each registered front end an authorisation-code client without a secret, returning only to their https addresses', () => {
    const [portal, anjungan] = [
      ['https://layanan.bkpsdm.kotademo.go.id/masuk/callback'],
      ['https://anjungan.bkpsdm.kotademo.go.id/masuk'],
    ].map((callbacks) =>
      oauthClients().find((client) => JSON.stringify(client.CallbackURLs) === JSON.stringify(callbacks)),
    );
    expect(portal).toMatchObject({ LogoutURLs: ['https://layanan.bkpsdm.kotademo.go.id/'] });
    expect(anjungan).toMatchObject({ LogoutURLs: ['https://anjungan.bkpsdm.kotademo.go.id/'] });
    for (const client of [portal, anjungan]) {
      expect(client).toMatchObject({
        AllowedOAuthFlows: ['code'],
        AllowedOAuthFlowsUserPoolClient: true,
        GenerateSecret: false,
        SupportedIdentityProviders: ['COGNITO'],
        EnableTokenRevocation: true,
        IdTokenValidity: 60,
      });
      expect([...((client?.AllowedOAuthScopes ?? []) as string[])].sort()).toEqual(
        ['aws.cognito.signin.user.admin', 'email', 'openid', 'profile'].sort(),
      );
      expect(client?.WriteAttributes).toEqual(expect.not.arrayContaining(['custom:nip', 'custom:unit']));
    }
    template.hasOutput('PortalClientId', Match.anyValue());
    template.hasOutput('FrontEndClientIdAnjungan', Match.anyValue());
  });

  it('assigns each sign-in client a managed login style, without which Cognito would not serve its pages', () => {
    const styles = resources('AWS::Cognito::ManagedLoginBranding');
    expect(styles).toHaveLength(
      oauthClients().filter((client) => client.AllowedOAuthFlows?.includes('code')).length,
    );
    const [domain] = Object.keys(template.findResources('AWS::Cognito::UserPoolDomain'));
    for (const style of Object.values(template.findResources('AWS::Cognito::ManagedLoginBranding'))) {
      expect(style.Properties).toMatchObject({
        UseCognitoProvidedValues: true,
        ClientId: { Ref: expect.any(String) },
      });
      expect(style.DependsOn).toContain(domain);
    }
  });

  it('gives integrations a client-credentials client whose scopes are the read-only ones, and no user sign-in', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolResourceServer', {
      Identifier: 'layanan-asn',
      Scopes: Object.keys(INTEGRATION_SCOPES).map((ScopeName) => ({
        ScopeName,
        ScopeDescription: Match.anyValue(),
      })),
    });
    const integration = clients().find((client) => client.AllowedOAuthFlows?.includes('client_credentials'));
    expect(integration).toMatchObject({
      GenerateSecret: true,
      AllowedOAuthScopes: Object.keys(INTEGRATION_SCOPES).map((scope) => `layanan-asn/${scope}`),
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
    });
    expect(integration?.CallbackURLs).toBeUndefined();
  });

  it('lets an operator get a token at a terminal with password and TOTP, through a client with no OAuth', () => {
    const cli = clients().find((client) => client.ExplicitAuthFlows?.includes('ALLOW_USER_PASSWORD_AUTH'));
    expect(cli).toMatchObject({
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    });
    expect(cli?.AllowedOAuthFlows).toBeUndefined();
    expect(
      clients().filter((client) => client.ExplicitAuthFlows?.includes('ALLOW_USER_PASSWORD_AUTH')),
    ).toHaveLength(1);
  });

  it('puts the token authorizer on exactly the routes open to integrations, caching like the Cognito one', () => {
    template.hasResourceProperties('AWS::ApiGateway::Authorizer', {
      Type: 'TOKEN',
      IdentitySource: 'method.request.header.Authorization',
      AuthorizerResultTtlInSeconds: 300,
    });
    const scoped = (Object.values(routes) as RouteSpec[]).filter((route) => route.scope);
    expect(scoped.map((route) => `${route.method} ${route.path}`).sort()).toEqual([
      'GET /reports/performance',
      'GET /reports/satisfaction',
      'GET /requests/{id}/audit-chain',
      'GET /requests/{id}/history',
    ]);
    const authorizer = functionOf(TOKEN_AUTHORIZER);
    expect(Object.keys((authorizer.properties.Environment as { Variables: object }).Variables)).toEqual(
      expect.arrayContaining(['USER_POOL_ID', 'INTEGRATION_CLIENT_ID']),
    );
    const granted = policiesWith('cognito-idp:AdminGetUser').map(([name]) => name);
    expect(granted.some((name) => name.includes('TokenAuthorizer'))).toBe(false);
  });
});

describe('the portal, deployed beside the API', () => {
  it('serves the built portal from a private bucket through CloudFront, its runtime config naming the API and the portal’s sign-in client', () => {
    expect(resources('AWS::CloudFront::Distribution')).toHaveLength(1);
    expect(resources('AWS::CloudFront::OriginAccessControl')).toHaveLength(1);
    // The runtime config is written with the portal's sign-in client (resolved at deploy).
    const deployments = JSON.stringify(
      resources('Custom::CDKBucketDeployment').map((each) => each.Properties),
    );
    expect(deployments).toContain('/config.json');
    expect(deployments).toMatch(/AuthUsersPortal|PortalClientId/);
    template.hasOutput('PortalUrl', Match.anyValue());
    const [policy] = resources('AWS::CloudFront::ResponseHeadersPolicy');
    const csp = JSON.stringify(policy?.Properties);
    expect(csp).toContain('https://api.layanan.bkpsdm.kotademo.go.id/');
    expect(csp).toContain('https://*.s3.ap-southeast-3.amazonaws.com');
  });
});

describe('mail, in AWS', () => {
  it('keeps Cognito’s own sender and texts until the config says SES verified the domain (Cognito refuses an unverified sender, and takes templates only with its own)', () => {
    const [pool] = resources('AWS::Cognito::UserPool');
    expect(pool?.Properties.EmailConfiguration).toEqual({ EmailSendingAccount: 'COGNITO_DEFAULT' });
    expect(pool?.Properties.AdminCreateUserConfig).toEqual({ AllowAdminCreateUserOnly: true });
    expect(JSON.stringify(pool?.Properties.VerificationMessageTemplate)).not.toContain('Layanan ASN Terpadu');
  });

  it('publishes bounces and complaints to EventBridge, where a rule hands them to the job that marks accounts', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        EventBridgeDestination: {
          EventBusArn: { 'Fn::Join': ['', Match.arrayWith([':event-bus/default'])] },
        },
      },
    });
    const feedback = functionOf('jobs/record-mail-feedback');
    feedback.template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.ses'],
        'detail-type': ['Email Bounced', 'Email Complaint Received'],
        detail: { mail: { tags: { 'ses:configuration-set': [Match.anyValue()] } } },
      },
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [feedback.id, 'Arn'] } })],
    });
  });
});

describe('QR codes that outlive the stack', () => {
  it('gives the API its own domain with a certificate the stack requests, mapped at the domain’s root', () => {
    template.hasResourceProperties('AWS::CertificateManager::Certificate', {
      DomainName: 'api.layanan.bkpsdm.kotademo.go.id',
      ValidationMethod: 'DNS',
    });
    template.hasResourceProperties('AWS::ApiGateway::DomainName', {
      DomainName: 'api.layanan.bkpsdm.kotademo.go.id',
      EndpointConfiguration: { Types: ['REGIONAL'] },
      SecurityPolicy: 'TLS_1_2',
      RegionalCertificateArn: { Ref: Match.anyValue() },
    });
    template.hasResourceProperties('AWS::ApiGateway::BasePathMapping', {
      BasePath: Match.absent(),
      Stage: { Ref: Match.anyValue() },
    });
    template.hasOutput('ApiDomainTarget', {
      Value: { 'Fn::GetAtt': [Match.anyValue(), 'RegionalDomainName'] },
    });
    expect(template.findOutputs('SignInDomainTarget')).toEqual({});
  });

  it('prints the domain in the QR codes of every document the workflow draws or issues', () => {
    for (const handler of ['steps/prepare-draft', 'steps/issue-document']) {
      const variables = (functionOf(handler).properties.Environment as { Variables: Record<string, unknown> })
        .Variables;
      expect(variables[RESOURCE_ENV.api]).toBe('https://api.layanan.bkpsdm.kotademo.go.id');
    }
  });
});

describe('seeing what happens', () => {
  const alarmOn = (metricName: string) =>
    resources('AWS::CloudWatch::Alarm').find((alarm) => alarm.Properties.MetricName === metricName)
      ?.Properties;

  it('charts the business metrics, API latency and errors and the workflow’s executions on the agency’s dashboard', () => {
    const [dashboard] = resources('AWS::CloudWatch::Dashboard');
    expect(dashboard?.Properties.DashboardName).toBe('LayananAsn-demo');
    const body = JSON.stringify(dashboard?.Properties.DashboardBody);
    for (const name of [
      ...Object.values(BUSINESS_METRICS),
      'Latency',
      '5XXError',
      'ExecutionsFailed',
      'ExecutionsTimedOut',
    ]) {
      expect(body, name).toContain(name);
    }
    for (const outcome of ['ACCEPT', 'DEFICIENT', 'REJECT', 'APPROVE', 'RETURN', 'SIGN'])
      expect(body).toContain(outcome);
    expect(body).toContain('\\"agency\\",\\"demo\\"');
  });

  it('alarms on any error of the scheduled jobs, the import worker, the feedback job, the sign-in trigger and the token authorizer', () => {
    const errorAlarms = resources('AWS::CloudWatch::Alarm').filter(
      (alarm) => alarm.Properties.MetricName === 'Errors' && alarm.Properties.Namespace === 'AWS/Lambda',
    );
    const watched = errorAlarms.map((alarm) => JSON.stringify(alarm.Properties.Dimensions));
    for (const handler of [
      'jobs/deliver-outbox',
      'jobs/escalate-complaints',
      'jobs/import-employees',
      'jobs/record-mail-feedback',
      'jobs/watch-calendar',
      PRE_TOKEN_TRIGGER,
      TOKEN_AUTHORIZER,
    ]) {
      expect(
        watched.some((dimensions) => dimensions.includes(functionOf(handler).id.slice(0, 20))),
        handler,
      ).toBe(true);
    }
    for (const alarm of errorAlarms)
      expect(alarm.Properties).toMatchObject({ Threshold: 1, Statistic: 'Sum' });
  });

  it('alarms on outbox items older than 15 minutes, a calendar ending within 60 days, and SES bounce and complaint rates', () => {
    expect(alarmOn(BUSINESS_METRICS.outboxOldestAge)).toMatchObject({
      Namespace: 'LayananAsnTerpadu',
      Statistic: 'Maximum',
      Threshold: 900,
      ComparisonOperator: 'GreaterThanThreshold',
      Dimensions: expect.arrayContaining([{ Name: 'agency', Value: 'demo' }]),
    });
    expect(alarmOn(BUSINESS_METRICS.calendarDaysLeft)).toMatchObject({
      Statistic: 'Minimum',
      Threshold: 60,
      ComparisonOperator: 'LessThanThreshold',
      Period: 86_400,
    });
    expect(alarmOn('Reputation.BounceRate')).toMatchObject({ Namespace: 'AWS/SES', Threshold: 0.02 });
    expect(alarmOn('Reputation.ComplaintRate')).toMatchObject({ Namespace: 'AWS/SES', Threshold: 0.001 });
    functionOf('jobs/watch-calendar').template.hasResourceProperties('AWS::Events::Rule', {
      Name: 'LayananAsn-demo-watch-calendar',
      ScheduleExpression: 'rate(6 hours)',
    });
  });
});
