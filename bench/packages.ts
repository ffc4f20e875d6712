import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile } from '#domain/statistics';
import { HANDLERS } from '#infra/app';
import { bundleHandlers } from '#infra/bundle';
import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';

export interface PackageSizes {
  readonly count: number;
  /** Minified JavaScript per function (index.mjs), fonts and source maps left out, in bytes. */
  readonly median: number;
  readonly min: { readonly handler: string; readonly bytes: number };
  readonly max: { readonly handler: string; readonly bytes: number };
  readonly over: ReadonlyArray<{ readonly handler: string; readonly bytes: number }>;
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
    return {
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
