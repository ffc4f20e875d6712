import { build } from 'vite';
import { type RunningStack, startStack } from '../kit/local-stack';

/**
 * Builds the portal as it is deployed, then starts a local stack on free ports serving that
 * build (LOCAL_PORTAL=dist, under the CloudFront security headers). Its addresses reach the
 * tests through the environment.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  await build({ configFile: 'web/vite.config.ts', logLevel: 'warn' });
  const stack: RunningStack = await startStack({ LOCAL_PORTAL: 'dist' });
  if (!stack.urls.portal) throw new Error('the local stack started without its portal');
  process.env.E2E_PORTAL_URL = stack.urls.portal;
  process.env.E2E_API_URL = stack.urls.api;
  return async () => {
    const code = await stack.stop();
    if (code !== 0) throw new Error(`the local stack stopped with exit code ${code}:\n${stack.output()}`);
  };
}
