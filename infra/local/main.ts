import { LocalStackError } from './dynamodb-local';
import { LOCAL_PORTS, portsFromEnv } from './ports';
import { type LocalStack, startLocalStack } from './stack';
import { LOCAL_USERS } from './users';

function portalMode(value: string | undefined): 'dev' | 'dist' | 'none' {
  if (value === 'dist' || value === 'none') return value;
  return 'dev';
}

/** `npm start`: the whole system on loopback until Ctrl-C. */
async function main(): Promise<void> {
  const started = Date.now();
  const timeScale = Number(process.env.LOCAL_TIME_SCALE ?? 1);
  const seed = process.env.LOCAL_SEED !== 'none';
  let stack: LocalStack | undefined;
  let exiting = false;

  const exit = async (code: number, message?: string) => {
    if (exiting) return;
    exiting = true;
    if (message) process.stderr.write(`${message}\n`);
    await stack?.stop();
    process.exit(code);
  };

  process.on('SIGINT', () => void exit(0, '\nStopping the local stack…'));
  process.on('SIGTERM', () => void exit(0));
  process.on(
    'uncaughtException',
    (error) => void exit(1, `Unexpected error: ${error.stack ?? error.message}`),
  );

  try {
    stack = await startLocalStack({
      agency: process.env.AGENCY ?? 'demo',
      ports: portsFromEnv(process.env),
      timeScale,
      seed,
      portal: portalMode(process.env.LOCAL_PORTAL),
      onCrash: (reason) => void exit(1, `${reason}\nThe local stack has stopped.`),
    });
  } catch (error) {
    if (error instanceof LocalStackError) return void exit(1, error.message);
    throw error;
  }

  if (process.env.LOCAL_STACK_JSON === '1') {
    process.stdout.write(`LOCAL_STACK_READY ${JSON.stringify(stack)}\n`);
  }
  const { urls } = stack;
  const row = (label: string, url: string, env: string, extra = '') =>
    `  ${label.padEnd(18)}${url.padEnd(28)}${env.padEnd(16)}${extra}\n`;
  process.stdout.write(
    `\nLayanan ASN Terpadu — local stack for ${stack.agencyName}` +
      `${timeScale === 1 ? '' : ` (time runs ×${timeScale}: LOCAL_TIME_SCALE)`}\n\n` +
      (urls.portal
        ? row(
            'Portal',
            urls.portal,
            LOCAL_PORTS.portal.env,
            process.env.LOCAL_PORTAL === 'dist'
              ? 'web/dist, open it in a browser'
              : 'open it in a browser (Vite, live reload)',
          )
        : '') +
      row('API', urls.api, LOCAL_PORTS.api.env, `try: curl ${urls.api}/health`) +
      row(
        'Step Functions',
        urls.stepFunctions,
        LOCAL_PORTS.stepFunctions.env,
        'executions: open it in a browser',
      ) +
      row('DynamoDB Local', urls.dynamodb, LOCAL_PORTS.dynamodb.env, `table ${stack.tableName}`) +
      row('S3 (s3rver)', urls.s3, LOCAL_PORTS.s3.env, `bucket ${stack.buckets.uploads}`) +
      row('Sent e-mail (SES)', urls.ses, LOCAL_PORTS.ses.env, 'open it in a browser; JSON at /store') +
      '\nSeeded users — get a token with POST /local/login {"username": "<name>"}:\n' +
      LOCAL_USERS.map(
        (user) =>
          `  ${user.username.padEnd(15)}${user.roles.join(',').padEnd(15)}${user.employee.name} (${user.employee.unit})\n`,
      ).join('') +
      `\nEvery start is fresh: records and executions live only as long as this process.` +
      `${seed ? '' : '\nNot seeded (LOCAL_SEED=none): the table and buckets start empty; logins still work.'}` +
      `\nReady in ${((Date.now() - started) / 1000).toFixed(1)} s. Press Ctrl-C to stop.\n`,
  );
}

void main();
