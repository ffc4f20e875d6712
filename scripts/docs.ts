import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { routes } from '#app/api/routes';
import { agencyConfigSchema } from '#infra/config';
import { qualifiedScope } from '#kernel/http/integration-scopes';
import { DOMAIN_EVENTS } from '#requests/domain/events';

/** Pages rendered from the code, so they cannot drift from it; `npm run docs` writes them. */
export const RENDERED_DOCS = {
  'docs/events.md': renderEventsDoc,
  'docs/api.md': renderRoutesDoc,
  'config/agency.schema.json': renderAgencyConfigSchema,
} as const;

const HEADER = (source: string) =>
  `<!-- Rendered by \`npm run docs\` from ${source}; edit the code, not this page. -->`;

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
    HEADER('functions/requests/domain/events.ts'),
    '',
    "The service-request workflow publishes these events on the agency's EventBridge bus",
    '(stack output `EventBusName`, source `layanan-asn-terpadu`). The `detail-type` is the event',
    "name; the `detail` matches the JSON Schema below; the envelope's `time` is when it happened.",
    "Every event carries `version`, `requestId`, `serviceType` and the applicant's `unit`, so a",
    'consumer (payroll, finance, the national personnel system) can route on them without reading',
    'the request. Events carry no personal data (no NIP, name, e-mail, note or detail: the state',
    'machine publishes them, and its execution history keeps what it sends); fetch the request',
    'itself with `GET /requests/{id}` for anything more.',
    '',
    'The bus keeps an archive, so a new consumer can replay past events. Locally, `npm start`',
    'prints the Step Functions endpoint; `GET <that endpoint>/events` lists what was published.',
    '',
    ...sections,
  ].join('\n');
}

export function renderRoutesDoc(): string {
  const rows = Object.values(routes).map((route) => {
    const roles = route.auth === 'public' ? 'public' : route.auth.join(', ');
    const who =
      'scope' in route && route.scope ? `${roles}; integrations: \`${qualifiedScope(route.scope)}\`` : roles;
    return `| \`${route.method}\` | \`${route.path}\` | ${who} | ${route.summary} |`;
  });
  return [
    '# API routes',
    '',
    HEADER('functions/app/api/routes.ts'),
    '',
    'Every route of the API, who may call it (Cognito groups; each use case then scopes the data to',
    'what that user may see), and what it does. Request and response bodies, parameters and errors',
    'are in the OpenAPI 3.1 document the API serves at `GET /openapi.json`. Routes naming a scope',
    "also take the integration client's access token with that scope (client credentials), and read",
    'as an auditor does.',
    '',
    '| method | path | roles | what it does |',
    '| ------ | ---- | ----- | ------------ |',
    ...rows,
    '',
  ].join('\n');
}

/**
 * The JSON Schema of config/agencies/<code>.json, for editors (each config names it in `$schema`):
 * what the synth accepts, from the same zod schema. Rules across fields (https callbacks, the
 * verification domain in production) are checked by the synth alone.
 */
export function renderAgencyConfigSchema(): string {
  const schema = z.toJSONSchema(agencyConfigSchema, { io: 'input' });
  return `${JSON.stringify(
    {
      ...schema,
      title: 'Konfigurasi instansi Layanan ASN Terpadu',
      $comment: 'Rendered by `npm run docs` from infra/config.ts; edit the code, not this file.',
    },
    null,
    2,
  )}\n`;
}

const root = new URL('..', import.meta.url);
export const docPath = (page: keyof typeof RENDERED_DOCS) => fileURLToPath(new URL(page, root));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [page, render] of Object.entries(RENDERED_DOCS)) {
    writeFileSync(docPath(page as keyof typeof RENDERED_DOCS), render());
    console.log(`wrote ${page}`);
  }
}
