import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { RuntimeSettings } from '#domain/settings';

const ROOT = join(import.meta.dirname, '..');

/** A function's handler module: `api/create-request`, `steps/open-wait`, `jobs/deliver-outbox`. */
export type HandlerPath = `${'api' | 'steps' | 'jobs'}/${string}`;

/**
 * Bundles every handler in one esbuild run: ESM for Node 24, minified, with source maps. The
 * agency's runtime settings are inlined as `process.env.AGENCY_SETTINGS`, so they travel with
 * the reviewed code and are not bound by Lambda's 4 KB environment limit. One run for all
 * functions keeps `cdk synth` to seconds, where one bundling per function would take minutes.
 *
 * @returns the directory holding `<handler>/index.mjs` for each handler
 */
export async function bundleHandlers(
  handlers: readonly HandlerPath[],
  settings: RuntimeSettings,
  outdir = join(ROOT, '.build', settings.agency.code),
): Promise<string> {
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(
      handlers.map((handler) => [`${handler}/index`, join(ROOT, 'functions', `${handler}.ts`)]),
    ),
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    legalComments: 'none',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
    // Some CommonJS dependencies call require(); ESM output needs it defined.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    define: { 'process.env.AGENCY_SETTINGS': JSON.stringify(JSON.stringify(settings)) },
  });
  return outdir;
}
