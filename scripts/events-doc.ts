import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DOMAIN_EVENTS } from '#domain/events';

export const EVENTS_DOC = fileURLToPath(new URL('../docs/events.md', import.meta.url));

/** docs/events.md, rendered from the event schemas so the page cannot drift from the code. */
export function renderEventsDoc(): string {
  const sections = Object.entries(DOMAIN_EVENTS).map(([name, event]) =>
    [
      `## ${name}`,
      '',
      event.when,
      '',
      '```json',
      JSON.stringify(z.toJSONSchema(event.schema, { io: 'output' }), null, 2),
      '```',
      '',
    ].join('\n'),
  );
  return [
    '# Domain events',
    '',
    '<!-- Rendered by `npm run docs` from functions/domain/events.ts; edit the schemas, not this page. -->',
    '',
    "The service-request workflow publishes these events on the agency's EventBridge bus",
    '(stack output `EventBusName`, source `layanan-asn-terpadu`). The `detail-type` is the event',
    "name; the `detail` matches the JSON Schema below; the envelope's `time` is when it happened.",
    "Every event carries `version`, `requestId`, `serviceType` and the applicant's `nip` and `unit`, so a",
    'consumer (payroll, finance, the national personnel system) can route on them without reading',
    'the request. Fetch the request itself with `GET /requests/{id}` for anything more.',
    '',
    'The bus keeps an archive, so a new consumer can replay past events. Locally, `npm start`',
    'prints the Step Functions endpoint; `GET <that endpoint>/events` lists what was published.',
    '',
    ...sections,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(EVENTS_DOC, renderEventsDoc());
  console.log(`wrote ${EVENTS_DOC}`);
}
