import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENTS_DOC, renderEventsDoc } from '../../scripts/events-doc';

describe('docs/events.md', () => {
  it('is the page rendered from the event schemas (run `npm run docs` after changing them)', () => {
    expect(readFileSync(EVENTS_DOC, 'utf8')).toBe(renderEventsDoc());
  });
});
