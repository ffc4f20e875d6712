import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { routes } from '#app/api/routes';
import type { RouteSpec } from '#kernel/http/route-spec';

/** The object schemas a client's input can meet: each object itself, each branch of a union. */
function objectsIn(schema: z.ZodType): z.ZodObject[] {
  if (schema instanceof z.ZodObject) return [schema];
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap(objectsIn);
  if (schema instanceof z.ZodPipe) return objectsIn(schema.in as z.ZodType);
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional) {
    return objectsIn(schema.unwrap() as z.ZodType);
  }
  return [];
}

describe('the route table’s input schemas (mass assignment, OWASP API3)', () => {
  it('refuse unknown fields in every query and body, so no client sets status, stage, owner or timestamps', () => {
    const inputs = Object.entries(routes).flatMap(([name, route]: [string, RouteSpec]) =>
      (['query', 'body'] as const).flatMap((part) => {
        const schema = route[part];
        return schema ? objectsIn(schema).map((object) => ({ input: `${name}.${part}`, object })) : [];
      }),
    );
    expect(inputs.length).toBeGreaterThanOrEqual(35);
    const lenient = inputs.filter(({ object }) => !(object.def.catchall instanceof z.ZodNever));
    expect(lenient.map(({ input }) => input)).toEqual([]);
  });

  it('refuse a request body that sets the fields the system owns', () => {
    const owned = {
      status: 'COMPLETED',
      applicant: { nip: '199003152015031002' },
      createdAt: '2020-01-01T00:00:00Z',
    };
    const body = routes.createRequest.body;
    expect(body.safeParse({ serviceType: 'KGB', details: {} }).success).toBe(true);
    expect(body.safeParse({ serviceType: 'KGB', details: {}, ...owned }).success).toBe(false);
  });
});
