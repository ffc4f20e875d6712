import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { build } from 'esbuild';
import { FONT_FILES } from '#documents/adapters/pdf-fonts';
import type { RuntimeSettings } from '#kernel/domain/settings';
import { type HandlerPath, handlerModule } from './handlers';

const ROOT = join(import.meta.dirname, '..');
/** The module that reads the font files at run time. */
const FONT_READER = 'functions/documents/adapters/pdf-fonts.ts';
const resolvePackage = createRequire(import.meta.url).resolve;

/**
 * Bundles every handler in one esbuild run: ESM for Node 24, minified, with source maps. The
 * agency's runtime settings are inlined as `process.env.AGENCY_SETTINGS`, so they travel with
 * the reviewed code and are not bound by Lambda's 4 KB environment limit. One run for all
 * functions keeps `cdk synth` to seconds, where one bundling per function would take minutes.
 * Functions that render PDFs get the font files beside their code: the renderer reads them from
 * `fonts/`, as a Lambda package has no node_modules.
 *
 * @returns the directory holding `<handler>/index.mjs` for each handler
 */
export async function bundleHandlers(
  handlers: readonly HandlerPath[],
  settings: RuntimeSettings,
  outdir = join(ROOT, '.build', settings.agency.code),
): Promise<string> {
  mkdirSync(outdir, { recursive: true });
  const { metafile } = await build({
    entryPoints: Object.fromEntries(handlers.map((handler) => [`${handler}/index`, handlerModule(handler)])),
    outdir,
    // Paths in the metafile are relative to this directory.
    absWorkingDir: ROOT,
    metafile: true,
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
  const fonts = Object.values(FONT_FILES).map((path) => resolvePackage(`@expo-google-fonts/arimo/${path}`));
  for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
    if (!(FONT_READER in inputs)) continue;
    const fontDir = join(ROOT, dirname(output), 'fonts');
    mkdirSync(fontDir, { recursive: true });
    for (const font of fonts) copyFileSync(font, join(fontDir, basename(font)));
  }
  return outdir;
}
