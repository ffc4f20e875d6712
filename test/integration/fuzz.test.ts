import { createHash } from 'node:crypto';
import { DynamoDBClient, paginateScan } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { routes } from '#app/api/routes';
import type { RouteSpec } from '#kernel/http/route-spec';
import { apiClient } from '#kit/api';
import { type RunningStack, startStack } from '#kit/local-stack';

/** Generated inputs per route; SECURITY.md quotes the total. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 15);

/** A user holding each role, from the seeded local users. */
const USER_OF_ROLE: Record<string, string> = {
  ASN: 'asn.demo',
  UNIT_ADMIN: 'admin.unit',
  VERIFIER: 'verifikator',
  SUPERVISOR: 'pengawas',
  ADMINISTRATOR: 'administrator',
  SIGNER: 'penandatangan',
  AUDITOR: 'auditor',
  AGENCY_ADMIN: 'admin.bkpsdm',
};

/** The keys a zod object schema names (unwrapped through defaults and optionals), or none. */
function keysOf(schema: z.ZodType | undefined): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** Values of every JSON type and then some: huge strings, deep nesting, numbers at the edges. */
const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom('', ' ', '../../etc/passwd', '<script>alert(1)</script>', "' OR 1=1 --", '\u0000', '%00'),
  fc.constantFrom(-1, 0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0.5),
  fc.constantFrom('x'.repeat(70_000), '9'.repeat(400)),
  fc.constant({ __proto__: { admin: true }, constructor: { prototype: { polluted: true } } }),
);

/** A body a client could send: the route's own field names with hostile values, or anything at all. */
function bodyOf(route: RouteSpec) {
  const keys = keysOf(route.body);
  const named =
    keys.length > 0
      ? fc.record(Object.fromEntries(keys.map((key) => [key, hostileValue])), { requiredKeys: [] })
      : fc.constant({});
  const massAssigned = fc.record({
    status: fc.constantFrom('COMPLETED', 'REJECTED'),
    version: fc.integer(),
    applicant: fc.constant({ nip: '199003152015031002' }),
    createdAt: fc.constant('2020-01-01T00:00:00Z'),
  });
  return fc.oneof(
    named,
    massAssigned,
    hostileValue,
    fc.string().map((text) => ({ raw: text })),
  );
}

/** Path parameters: ids that are not UUIDs, traversal, encodings, or well-formed ones that exist nowhere. */
const pathParameter = fc.oneof(
  fc.uuid(),
  fc.string({ minLength: 1, maxLength: 80 }),
  fc.constantFrom('..', '%2e%2e', '1 OR 1=1', '199003152015031002', 'KGB', 'A'.repeat(300)),
);

const queryOf = (route: RouteSpec) =>
  fc.dictionary(
    fc.oneof(
      fc.constantFrom(...keysOf(route.query), 'limit', 'cursor', 'nip', 'scope'),
      fc.string({ maxLength: 10 }),
    ),
    fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('-1', '100000', 'all', '', '%', '1e9')),
    { maxKeys: 4 },
  );

function pathOf(template: string, values: readonly string[]): string {
  let index = 0;
  return template.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[index++] ?? 'x'));
}

describe('every route’s input, fuzzed (fast-check): no 5xx, and a refused call writes nothing', () => {
  let stack: RunningStack;
  let dynamodb: DynamoDBClient;
  let api: ReturnType<typeof apiClient>;
  const figures: Array<{ route: string; inputs: number; refused: number }> = [];

  beforeAll(async () => {
    // A stack of its own: no workflow of another test writes while the table is compared.
    stack = await startStack();
    api = apiClient(stack.urls.api);
    dynamodb = new DynamoDBClient({
      endpoint: stack.urls.dynamodb,
      region: 'ap-southeast-3',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
    const total = figures.reduce((sum, figure) => sum + figure.inputs, 0);
    const refused = figures.reduce((sum, figure) => sum + figure.refused, 0);
    console.info(`fuzz: ${figures.length} routes passed, ${total} generated inputs, ${refused} refused`);
  });

  /** A digest of every item in the table. */
  async function tableDigest(): Promise<string> {
    const items: string[] = [];
    for await (const page of paginateScan({ client: dynamodb }, { TableName: stack.tableName })) {
      for (const item of page.Items ?? []) items.push(JSON.stringify(item, Object.keys(item).sort()));
    }
    return createHash('sha256').update(items.sort().join('\n')).digest('hex');
  }

  for (const [name, route] of Object.entries(routes)) {
    it(`${route.method} ${route.path}`, async () => {
      const as = route.auth === 'public' ? undefined : USER_OF_ROLE[route.auth[0] ?? 'ASN'];
      const slots = route.path.match(/\{[^}]+\}/g)?.length ?? 0;
      let inputs = 0;
      let refused = 0;
      let table = await tableDigest();
      await fc.assert(
        fc.asyncProperty(
          fc.array(pathParameter, { minLength: slots, maxLength: slots }),
          queryOf(route),
          bodyOf(route),
          async (values, query, body) => {
            const search = new URLSearchParams(query).toString();
            const response = await fetch(
              `${stack.urls.api}${pathOf(route.path, values)}${search ? `?${search}` : ''}`,
              {
                method: route.method,
                headers: {
                  'content-type': 'application/json',
                  ...(as && { authorization: `Bearer ${await api.token(as)}` }),
                },
                ...(route.method !== 'GET' && route.method !== 'DELETE' && { body: JSON.stringify(body) }),
              },
            );
            await response.arrayBuffer();
            inputs += 1;
            expect(response.status, `${route.method} ${route.path} answered ${response.status}`).toBeLessThan(
              500,
            );
            const after = await tableDigest();
            if (response.status >= 400) {
              refused += 1;
              expect(after, 'a refused call changed the table').toBe(table);
            }
            table = after;
          },
        ),
        { numRuns: RUNS },
      );
      figures.push({ route: name, inputs, refused });
    }, 120_000);
  }
});
