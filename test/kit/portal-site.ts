import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A portal build as `npm run build:web` leaves it, in small: index.html and a hashed asset. */
export function portalSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-site-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Portal</title><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("portal")');
  return dir;
}
