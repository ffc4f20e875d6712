import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { routes } from '#app/api/routes';
import { jobs } from '#app/jobs';
import { steps } from '#requests/steps/steps';
import { AgencyStack, PRE_TOKEN_TRIGGER } from './agency-stack';
import { bundleHandlers } from './bundle';
import { AgencyConfigError, loadAgencyConfig, runtimeSettingsOf } from './config';
import { TOKEN_AUTHORIZER } from './constructs/api';
import type { HandlerPath } from './handlers';
import { buildPortal } from './portal-build';

/** Every handler module the stack deploys: one per route, workflow step and background job, and the sign-in trigger. */
export const HANDLERS: readonly HandlerPath[] = [
  ...Object.values(routes).map((route) => `api/${route.handler}` as const),
  ...Object.values(steps).map((step) => `steps/${step.handler}` as const),
  ...Object.values(jobs).map((job) => `jobs/${job.handler}` as const),
  PRE_TOKEN_TRIGGER,
  TOKEN_AUTHORIZER,
];

/**
 * Builds the app for one agency (`-c agency=NAME`, config/agencies/NAME.json): bundles the
 * handlers, builds the portal, composes the stack, and registers cdk-nag's AwsSolutions checks.
 * @param configDir where `agencies/` and `calendars/` are (tests pass their own); default config/
 * @param portalDir a portal already built (tests pass a small site of their own); default: built now
 */
export async function buildApp(
  app: App,
  agency: string,
  configDir?: string,
  portalDir?: string,
): Promise<AgencyStack> {
  const config = loadAgencyConfig(agency, configDir);
  const settings = runtimeSettingsOf(config, configDir);
  const bundleDir = await bundleHandlers(HANDLERS, settings);
  const stack = new AgencyStack(app, `LayananAsn-${agency}`, {
    config,
    settings,
    bundleDir,
    portalDir: portalDir ?? (await buildPortal()),
    env: {
      region: config.agency.region,
      ...(process.env.CDK_DEFAULT_ACCOUNT && { account: process.env.CDK_DEFAULT_ACCOUNT }),
    },
    description: `Layanan ASN Terpadu for ${config.agency.name}`,
  });
  Tags.of(stack).add('Project', 'layanan-asn-terpadu');
  Tags.of(stack).add('Agency', agency);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}

if (import.meta.main) {
  const app = new App();
  const agency = app.node.tryGetContext('agency') as string | undefined;
  try {
    if (!agency)
      throw new AgencyConfigError(
        'Choose an agency: npx cdk synth -c agency=demo (config/agencies/<name>.json).',
      );
    await buildApp(app, agency);
    app.synth();
  } catch (error) {
    if (!(error instanceof AgencyConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
