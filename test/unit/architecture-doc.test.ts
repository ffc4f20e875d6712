import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

interface Rule {
  readonly name: string;
  readonly comment: string;
}

const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as { forbidden: Rule[] };
const doc = readFileSync(new URL('../../docs/architecture.md', import.meta.url), 'utf8');

describe('docs/architecture.md', () => {
  it('lists the boundary rules npm run lint:boundaries checks, as .dependency-cruiser.cjs words them', () => {
    const listed = doc
      .split('<!-- boundary rules: from .dependency-cruiser.cjs -->\n')[1]
      ?.split('<!-- /boundary rules -->')[0];
    expect(listed).toBe(config.forbidden.map((rule) => `- \`${rule.name}\`: ${rule.comment}\n`).join(''));
  });
});
