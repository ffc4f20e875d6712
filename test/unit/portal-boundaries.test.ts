import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FEATURES = join(import.meta.dirname, '..', '..', 'web', 'src', 'features');

describe('the portal’s feature folders', () => {
  it('import no other feature: shared code lives in components/ and lib/, the app layer composes them', () => {
    const crossings = readdirSync(FEATURES).flatMap((feature) =>
      readdirSync(join(FEATURES, feature)).flatMap((file) => {
        const source = readFileSync(join(FEATURES, feature, file), 'utf8');
        return [...source.matchAll(/from '\.\.\/([a-z-]+)\//g)]
          .map((match) => match[1])
          .filter((target) => target !== feature)
          .map((target) => `${feature}/${file} → ${target}`);
      }),
    );
    expect(readdirSync(FEATURES).length).toBeGreaterThan(5);
    expect(crossings).toEqual([]);
  });
});
