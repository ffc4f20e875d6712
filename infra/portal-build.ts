import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Builds the portal (web/) for deployment into a directory of its own, as the handlers are
 * bundled at synth: a deployment always ships the portal of the same commit. Vite is loaded only
 * here, so synth's other work does not pay for it.
 */
export async function buildPortal(): Promise<string> {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'layanan-portal-'));
  await build({
    configFile: join(import.meta.dirname, '..', 'web', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
