import { CfnOutput, Lazy, Stack, type StackProps } from 'aws-cdk-lib';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { routes } from '#api/routes';
import { allowedOrigins, type RuntimeSettings } from '#domain/settings';
import type { HandlerPath } from './bundle';
import type { AgencyConfig } from './config';
import { Api } from './constructs/api';
import { Auth } from './constructs/auth';
import { Backups } from './constructs/backups';
import { Data } from './constructs/data';
import { Jobs } from './constructs/jobs';
import { Notifications } from './constructs/notifications';
import { Observability } from './constructs/observability';
import { ServiceFunction } from './constructs/service-function';
import { Signing } from './constructs/signing';
import { Workflow } from './constructs/workflow';

/** The sign-in trigger that tells the API whether a sign-in passed TOTP. */
export const PRE_TOKEN_TRIGGER = 'triggers/pre-token-generation' satisfies HandlerPath;

export interface AgencyStackProps extends StackProps {
  readonly config: AgencyConfig;
  readonly settings: RuntimeSettings;
  /** Directory of the bundled handlers (bundleHandlers). */
  readonly bundleDir: string;
}

/** One agency's deployment: the stack only composes one construct per capability. */
export class AgencyStack extends Stack {
  constructor(scope: Construct, id: string, props: AgencyStackProps) {
    super(scope, id, props);
    const { config, settings, bundleDir } = props;
    const logRetention = config.logRetentionDays as logs.RetentionDays;
    const origins = allowedOrigins(settings);

    const data = new Data(this, 'Data', {
      uploadsExpireAfterDays: config.uploads.expireAfterDays,
      archiveLock: { mode: config.archive.objectLockMode, years: config.archive.retentionYears },
      corsOrigins: origins,
      accessLogDays: config.logRetentionDays,
    });
    new Backups(this, 'Backups', {
      table: data.table,
      archive: data.archive,
      key: data.key,
      retentionDays: config.backup.retentionDays,
    });
    const auth = new Auth(this, 'Auth', {
      featurePlan: config.cognito.featurePlan,
      portalUrl: config.portalUrl,
    });
    const notifications = new Notifications(this, 'Notifications', { sender: config.mail.sender });
    const signing = new Signing(this, 'Signing');
    // Documents print the API's own URL in their QR codes, unless the agency gives its public address.
    let apiUrl: string | undefined;
    const resources = {
      dataKey: data.key,
      table: data.table,
      uploads: data.uploads,
      archive: data.archive,
      mail: { configurationSet: notifications.configurationSet, identityArn: notifications.identityArn },
      signing,
      publicApiUrl: Lazy.string({ produce: () => apiUrl }),
      userPool: auth.userPool,
    };
    const workflow = new Workflow(this, 'Workflow', {
      bundleDir,
      resources,
      logRetention,
      eventArchiveDays: config.logRetentionDays,
    });
    auth.addMfaClaims(
      new ServiceFunction(this, 'PreTokenTrigger', {
        handler: PRE_TOKEN_TRIGGER,
        bundleDir,
        access: [],
        resources,
        logRetention,
      }),
    );
    const withWorkflow = { ...resources, stateMachine: workflow.reference };
    const jobs = new Jobs(this, 'Jobs', { bundleDir, resources: withWorkflow, logRetention });
    const api = new Api(this, 'Api', {
      routes: Object.values(routes),
      bundleDir,
      resources: { ...withWorkflow, importWorker: jobs.functions.importEmployees.function },
      userPool: auth.userPool,
      corsOrigins: origins,
      throttle: config.api,
      requestsPerIpPer5Minutes: config.api.requestsPerIpPer5Minutes,
      publicRequestsPerIpPer5Minutes: config.api.publicRequestsPerIpPer5Minutes,
      logRetention,
    });
    apiUrl = api.restApi.url;
    new Observability(this, 'Observability', {
      stateMachine: workflow.stateMachine,
      restApi: api.restApi,
      table: data.table,
      key: data.key,
      ...(config.alarmEmail && { alarmEmail: config.alarmEmail }),
    });

    new CfnOutput(this, 'ApiUrl', { value: api.restApi.url, description: 'Base URL of the API' });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'PortalClientId', { value: auth.portalClient.userPoolClientId });
    new CfnOutput(this, 'StateMachineArn', { value: workflow.stateMachine.stateMachineArn });
    new CfnOutput(this, 'EventBusName', {
      value: workflow.bus.eventBusName,
      description: 'Domain events: docs/events.md',
    });
    new CfnOutput(this, 'SigningKeyArn', {
      value: signing.key.keyArn,
      description: 'The key that signs issued documents (aws kms get-public-key gives its public key)',
    });
    new CfnOutput(this, 'RecordsTable', { value: data.table.tableName });
    new CfnOutput(this, 'ArchiveBucket', { value: data.archive.bucketName });
    new CfnOutput(this, 'UploadsBucket', { value: data.uploads.bucketName });
    notifications.identity.dkimRecords.forEach((record, index) => {
      new CfnOutput(this, `SenderDkimRecord${index + 1}`, {
        value: `${record.name} CNAME ${record.value}`,
        description: 'Publish in the sender domain’s DNS so SES can sign the agency’s mail',
      });
    });
  }
}
