import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HANDLERS } from '#infra/app';
import { bundleHandlers } from '#infra/bundle';
import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';
import { RESOURCE_ENV } from '#kernel/resources';
import { percentile } from '#reports/domain/statistics';

const ROOT = join(import.meta.dirname, '..');
/** Fresh processes per module; the median is kept. */
const LOADS = 5;

export interface PackageSizes {
  readonly count: number;
  /** Minified JavaScript per function (index.mjs), fonts and source maps left out, in bytes. */
  readonly median: number;
  readonly min: { readonly handler: string; readonly bytes: number };
  readonly max: { readonly handler: string; readonly bytes: number };
  readonly over: ReadonlyArray<{ readonly handler: string; readonly bytes: number }>;
  /** Median milliseconds to import a module in a fresh Node process: the bare DynamoDB client, then handlers. */
  readonly loads: {
    readonly baseline: number;
    readonly handlers: ReadonlyArray<{ handler: string; ms: number }>;
  };
}

/** Milliseconds `specifier` takes to import in a fresh Node process (the process start left out). */
function loadTime(specifier: string): number {
  const env = {
    ...process.env,
    AWS_REGION: 'ap-southeast-3',
    ...Object.fromEntries(Object.values(RESOURCE_ENV).map((name) => [name, 'bench'])),
  };
  const times = Array.from({ length: LOADS }, () =>
    Number(
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`,
        ],
        { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
      ),
    ),
  );
  return percentile(times, 50) ?? Number.NaN;
}

/**
 * Bundles every handler the stack deploys exactly as `cdk synth` does (infra/bundle.ts), into a
 * directory of its own, and measures each function's minified JavaScript.
 */
export async function measurePackages(budget: number): Promise<PackageSizes> {
  const outdir = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
  try {
    await bundleHandlers(HANDLERS, runtimeSettingsOf(loadAgencyConfig('demo')), outdir);
    const sizes = HANDLERS.map((handler) => ({
      handler,
      bytes: statSync(join(outdir, handler, 'index.mjs')).size,
    })).sort((a, b) => a.bytes - b.bytes);
    const first = sizes[0] ?? { handler: '-', bytes: Number.NaN };
    const last = sizes.at(-1) ?? first;
    // Fonts sit beside the code in fonts/ and are not counted; nothing else should be there.
    for (const { handler } of sizes) {
      for (const file of readdirSync(join(outdir, handler))) {
        if (!['index.mjs', 'index.mjs.map', 'fonts'].includes(file)) throw new Error(`${handler}: ${file}?`);
      }
    }
    const median = sizes[Math.ceil(sizes.length / 2) - 1] ?? first;
    const measured = [median.handler, 'steps/issue-document', 'steps/prepare-draft'].filter((handler) =>
      sizes.some((size) => size.handler === handler),
    );
    return {
      loads: {
        baseline: loadTime('@aws-sdk/client-dynamodb'),
        handlers: measured.map((handler) => ({
          handler,
          ms: loadTime(pathToFileURL(join(outdir, handler, 'index.mjs')).href),
        })),
      },
      count: sizes.length,
      median:
        percentile(
          sizes.map((size) => size.bytes),
          50,
        ) ?? Number.NaN,
      min: first,
      max: last,
      over: sizes.filter((size) => size.bytes > budget),
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
