import { CfnOutput, Lazy, NestedStack, Stack, type StackProps } from 'aws-cdk-lib';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { routes } from '#app/api/routes';
import { allowedOrigins, type RuntimeSettings } from '#kernel/domain/settings';
import { pascalCase } from '#kernel/naming';
import type { AgencyConfig } from './config';
import { Api } from './constructs/api';
import { Auth } from './constructs/auth';
import { Backups } from './constructs/backups';
import { Data } from './constructs/data';
import { Jobs } from './constructs/jobs';
import { Notifications } from './constructs/notifications';
import { Observability } from './constructs/observability';
import { Portal } from './constructs/portal';
import { ServiceFunction } from './constructs/service-function';
import { Signing } from './constructs/signing';
import { Workflow } from './constructs/workflow';
import type { HandlerPath } from './handlers';

/** The sign-in trigger that tells the API whether a sign-in passed TOTP. */
export const PRE_TOKEN_TRIGGER = 'triggers/pre-token-generation' satisfies HandlerPath;

export interface AgencyStackProps extends StackProps {
  readonly config: AgencyConfig;
  readonly settings: RuntimeSettings;
  /** Directory of the bundled handlers (bundleHandlers). */
  readonly bundleDir: string;
  /** Directory of the built portal (buildPortal). */
  readonly portalDir: string;
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
      corsOrigins: origins,
      accessLogDays: config.logRetentionDays,
    });
    new Backups(this, 'Backups', {
      table: data.table,
      archive: data.archive,
      key: data.key,
      retentionDays: config.backup.retentionDays,
    });
    const notifications = new Notifications(this, 'Notifications', { sender: config.mail.sender });
    const signIn = config.domains.signIn;
    const auth = new Auth(this, 'Auth', {
      agencyName: config.agency.name,
      featurePlan: config.cognito.featurePlan,
      mfa: config.cognito.mfa,
      portalUrl: config.portalUrl,
      frontEnds: Object.fromEntries(config.frontEnds.map((frontEnd) => [frontEnd.name, frontEnd])),
      domain:
        signIn.name && signIn.certificateArn
          ? { name: signIn.name, certificateArn: signIn.certificateArn }
          : { prefix: signIn.prefix ?? `layanan-asn-${config.agency.code}` },
      ...(config.mail.domainVerified && {
        mail: {
          sender: config.mail.sender,
          ...(config.mail.replyTo && { replyTo: config.mail.replyTo }),
          configurationSetName: notifications.configurationSet.configurationSetName,
        },
      }),
    });
    const signing = new Signing(this, 'Signing');
    // QR codes print the agency's verification address (its API domain); without one, the API's own URL.
    let apiUrl: string | undefined;
    const resources = {
      dataKey: data.key,
      table: data.table,
      uploads: data.uploads,
      archive: data.archive,
      mail: { configurationSet: notifications.configurationSet, identityArn: notifications.identityArn },
      signing,
      publicApiUrl: settings.documents.verificationBaseUrl ?? Lazy.string({ produce: () => apiUrl }),
      userPool: auth.userPool,
    };
    const workflow = new Workflow(this, 'Workflow', {
      bundleDir,
      resources,
      logRetention,
      eventArchiveDays: config.logRetentionDays,
    });
    const preTokenTrigger = new ServiceFunction(this, 'PreTokenTrigger', {
      handler: PRE_TOKEN_TRIGGER,
      bundleDir,
      access: [],
      resources,
      logRetention,
    });
    auth.addMfaClaims(preTokenTrigger);
    const withWorkflow = { ...resources, stateMachine: workflow.reference };
    // The background jobs and their rules live in a nested stack of their own, as the alarms do:
    // the stack's own template keeps room under CloudFormation's 500 resources for more routes.
    const jobsStack = new NestedStack(this, 'Background', {
      description: 'Layanan ASN Terpadu: scheduled jobs, the employee-import worker, the SES feedback job',
    });
    const jobs = new Jobs(jobsStack, 'Jobs', { bundleDir, resources: withWorkflow, logRetention });
    notifications.deliverFeedbackTo(jobs.functions.recordMailFeedback.function);
    const api = new Api(this, 'Api', {
      routes: Object.values(routes),
      bundleDir,
      resources: { ...withWorkflow, importWorker: jobs.functions.importEmployees.function },
      userPool: auth.userPool,
      integrationClient: auth.integrationClient,
      ...(config.domains.api && { domainName: config.domains.api.name }),
      corsOrigins: origins,
      throttle: config.api,
      requestsPerIpPer5Minutes: config.api.requestsPerIpPer5Minutes,
      publicRequestsPerIpPer5Minutes: config.api.publicRequestsPerIpPer5Minutes,
      logRetention,
    });
    apiUrl = api.url;
    // The portal, a static site beside the API; it calls the API at its public address, and S3
    // (the buckets' regional addresses) for presigned uploads and downloads.
    const publicApiUrl = config.domains.api ? `https://${config.domains.api.name}/` : api.url;
    // In a nested stack of its own, as the jobs and alarms are: room under the 500 resources.
    const site = new NestedStack(this, 'Site', {
      description: 'Layanan ASN Terpadu: the portal as a static site (S3 and CloudFront)',
    });
    const portal = new Portal(site, 'Portal', {
      siteDir: props.portalDir,
      apiUrl: publicApiUrl,
      auth: { domainUrl: auth.domainUrl, clientId: auth.portalClient.userPoolClientId },
      agencyName: config.agency.name,
      connectOrigins: [publicApiUrl, `https://*.s3.${this.region}.amazonaws.com`],
      ...(config.domains.portal && {
        domain: {
          names: [new URL(config.portalUrl).host],
          certificateArn: config.domains.portal.certificateArn,
        },
      }),
      accessLogDays: config.logRetentionDays,
    });
    // Alarms and the dashboard live in a nested stack of their own: the stack's template stays
    // well under CloudFormation's 500 resources.
    const monitoring = new NestedStack(this, 'Monitoring', {
      description: 'Layanan ASN Terpadu: alarms and the dashboard',
    });
    new Observability(monitoring, 'Observability', {
      agency: config.agency.code,
      watchedFunctions: {
        ...Object.fromEntries(
          Object.entries(jobs.functions).map(([name, job]) => [pascalCase(name), job.function]),
        ),
        PreTokenTrigger: preTokenTrigger.function,
        TokenAuthorizer: api.tokenAuthorizer.function,
      },
      stateMachine: workflow.stateMachine,
      restApi: api.restApi,
      table: data.table,
      key: data.key,
      ...(config.alarmEmail && { alarmEmail: config.alarmEmail }),
    });

    new CfnOutput(this, 'PortalUrl', {
      value: portal.url,
      description: config.domains.portal
        ? "The portal, on the agency's domain (point its DNS at PortalDistributionDomain)."
        : "The portal's CloudFront address: put it in portalUrl (or configure domains.portal) and deploy again.",
    });
    new CfnOutput(this, 'PortalDistributionDomain', { value: portal.distribution.distributionDomainName });
    new CfnOutput(this, 'ApiUrl', {
      value: api.url,
      description: 'Base URL of the API (its own domain if configured)',
    });
    new CfnOutput(this, 'ApiStageUrl', {
      value: api.restApi.url,
      description: 'The API at its execute-api address, which answers before the domain’s DNS does',
    });
    if (api.domainTarget && config.domains.api) {
      new CfnOutput(this, 'ApiDomainTarget', {
        value: api.domainTarget,
        description: `Point ${config.domains.api.name} at this name (a CNAME) in the agency's DNS`,
      });
    }
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    if (auth.domainTarget && signIn.name) {
      new CfnOutput(this, 'SignInDomainTarget', {
        value: auth.domainTarget,
        description: `Point ${signIn.name} at this CloudFront name (an alias, or a CNAME) in the agency's DNS`,
      });
    }
    new CfnOutput(this, 'SignInUrl', {
      value: auth.domainUrl,
      description: 'Managed login: /oauth2/authorize, /oauth2/token and /logout live under it',
    });
    new CfnOutput(this, 'PortalClientId', { value: auth.portalClient.userPoolClientId });
    for (const [name, client] of Object.entries(auth.frontEndClients)) {
      new CfnOutput(this, `FrontEndClientId${pascalCase(name)}`, {
        value: client.userPoolClientId,
        description: `App client of the front end ${name} (authorisation code with PKCE)`,
      });
    }
    new CfnOutput(this, 'IntegrationClientId', {
      value: auth.integrationClient.userPoolClientId,
      description:
        'Client credentials for the agency’s scripts (read-only scopes); its secret: aws cognito-idp describe-user-pool-client',
    });
    new CfnOutput(this, 'CliClientId', {
      value: auth.cliClient.userPoolClientId,
      description: 'For tokens at a terminal: aws cognito-idp initiate-auth --auth-flow USER_PASSWORD_AUTH',
    });
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
