import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docPath, RENDERED_DOCS } from '../../scripts/docs';

describe('pages rendered from the code', () => {
  for (const [page, render] of Object.entries(RENDERED_DOCS)) {
    it(`${page} is current (run \`npm run docs\` after changing its source)`, () => {
      expect(readFileSync(docPath(page as keyof typeof RENDERED_DOCS), 'utf8')).toBe(render());
    });
  }
});
