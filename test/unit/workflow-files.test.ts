import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '#infra/statemachines/workflows';

const root = new URL('../../', import.meta.url);

describe('files generated from the workflow definitions', () => {
  for (const [path, content] of Object.entries(generatedFiles())) {
    it(`${path} is current (run \`npm run workflow\` after changing a definition)`, () => {
      expect(readFileSync(fileURLToPath(new URL(path, root)), 'utf8')).toBe(content);
    });
  }
});
