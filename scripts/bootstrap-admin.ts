import { z } from 'zod';
import { routes } from '#app/api/routes';
import { AgencyConfigError, loadAgencyConfig, runtimeSettingsOf } from '#infra/config';
import { DomainError } from '#kernel/domain/errors';
import { describeIssues } from '#kernel/domain/validation';
import { RESOURCE_ENV } from '#kernel/resources';
import { LOCAL_STANDINS, useLocalIdentity } from '#local/local-adapters';
import {
  checkTable,
  LOCAL_CREDENTIALS,
  localDynamoDBEndpoint,
  localSesEndpoint,
  OperatorError,
  parseOptions,
  resolveTable,
  runCommand,
  TABLE_OPTIONS,
  UsageError,
} from './backup-format';

const USAGE = `Usage: npm run bootstrap-admin -- --username NAME --email ADDRESS --nip NIP [options]

Creates a deployment's first agency admin (AGENCY_ADMIN): the account in the records table and in
the user pool, which mails the temporary password. It refuses once an agency admin exists; every
further account is created by an admin with POST /accounts.

  --username NAME    3–64 lower-case letters, digits, dot, dash, underscore
  --email ADDRESS    where the invitation with the temporary password goes
  --nip NIP          the admin's 18-digit NIP (or NI PPPK)
  --name "NAME"      the name the invitation greets (default: the employee's, else the username)
  --unit UNIT        the admin's unit (default: the employee's, if the master data holds them)
  --agency CODE      config/agencies/CODE.json (default: AGENCY, or demo)

Where (both for a deployment in AWS, neither for the local stack of npm start):
  --table NAME       the stack output RecordsTable   (or ${RESOURCE_ENV.table})
  --user-pool ID     the stack output UserPoolId     (or ${RESOURCE_ENV.accounts})
In AWS, credentials and region come from the usual chain (AWS_PROFILE, AWS_REGION, …). Locally the
account goes into the running stack's account directory and the invitation into its SES page.`;

const body = routes.createAccount.body;
const options = body.pick({ username: true, nip: true }).extend({
  email: z.email().max(254),
  name: z.string().trim().min(3).max(120).optional(),
  unit: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/)
    .optional(),
});

await runCommand(USAGE, async () => {
  const values = parseOptions({
    ...TABLE_OPTIONS,
    'user-pool': { type: 'string' },
    username: { type: 'string' },
    email: { type: 'string' },
    nip: { type: 'string' },
    name: { type: 'string' },
    unit: { type: 'string' },
    agency: { type: 'string' },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const parsed = options.safeParse(values);
  if (!parsed.success) {
    throw new UsageError(
      describeIssues(parsed.error)
        .map((line) => `--${line}`)
        .join('\n'),
    );
  }
  const target = resolveTable(values, process.env);
  const local = target.where !== 'AWS';
  const userPool = values['user-pool'] ?? process.env[RESOURCE_ENV.accounts];
  if (!local && !userPool) throw new UsageError('A deployment in AWS needs --user-pool as well as --table.');
  if (local && userPool) throw new UsageError('--user-pool needs --table: both name a deployment in AWS.');
  const { region } = await checkTable(target);
  let settings: ReturnType<typeof runtimeSettingsOf>;
  try {
    settings = runtimeSettingsOf(loadAgencyConfig(values.agency ?? process.env.AGENCY ?? 'demo'));
  } catch (error) {
    if (error instanceof AgencyConfigError) throw new OperatorError(error.message);
    throw error;
  }

  // The adapters read where they work from the environment when loaded, as in Lambda.
  Object.assign(process.env, {
    [RESOURCE_ENV.table]: target.table,
    [RESOURCE_ENV.accounts]: local ? LOCAL_STANDINS.userPool : userPool,
    AGENCY_SETTINGS: JSON.stringify(settings),
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    POWERTOOLS_TRACE_ENABLED: 'false',
    POWERTOOLS_METRICS_DISABLED: 'true',
    ...(local && {
      AWS_REGION: region,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: localDynamoDBEndpoint(process.env),
      AWS_ENDPOINT_URL_SESV2: localSesEndpoint(process.env),
    }),
  });
  if (local) await useLocalIdentity();
  const { accountDeps } = await import('#accounts/api/account-deps');
  const { bootstrapAgencyAdmin } = await import('#accounts/use-cases/bootstrap-admin');
  try {
    const admin = await bootstrapAgencyAdmin(accountDeps, parsed.data);
    process.stdout.write(
      `Created the agency admin ${admin.username} (${admin.name}) in ${target.where}, region ${region}.\n` +
        `The temporary password went to ${admin.email}${local ? ' (the local SES page)' : ''}: sign in with it, ` +
        'choose a new password, then enrol an authenticator app (TOTP) before using the admin role.\n',
    );
  } catch (error) {
    if (error instanceof DomainError) throw new OperatorError(`${error.code}: ${error.message}`);
    throw error;
  }
});
