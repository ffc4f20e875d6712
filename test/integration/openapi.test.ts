import { describe, expect, inject, it } from 'vitest';
import { routes } from '#api/routes';
import { apiClient } from '#kit/api';

const api = apiClient(inject('stack').urls.api);

describe('GET /openapi.json', () => {
  it('describes every route, with the schemas its input is validated with and the roles it serves', async () => {
    const response = await api.get<{
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          {
            'x-roles': string[];
            requestBody?: { content: Record<string, { schema: { properties?: object } }> };
            parameters: Array<{ name: string }>;
          }
        >
      >;
    }>('/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    for (const route of Object.values(routes)) {
      const operation = response.body.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation?.['x-roles']).toEqual(route.auth === 'public' ? [] : route.auth);
    }
    const decision = response.body.paths['/requests/{id}/decisions']?.post;
    expect(Object.keys(decision?.requestBody?.content['application/json']?.schema.properties ?? {})).toEqual([
      'stage',
      'outcome',
      'note',
      'deficiencies',
    ]);
    expect(decision?.parameters.map((parameter) => parameter.name)).toEqual(['id']);
  });

  it('answers every route with a schema per status, errors included, and names where it is served', async () => {
    type Answer = { $ref?: string; content?: Record<string, { schema: object }> };
    const response = await api.get<{
      servers: Array<{ url: string }>;
      paths: Record<string, Record<string, { responses: Record<string, Answer> }>>;
    }>('/openapi.json');
    expect(response.body.servers[0]?.url).toBe(inject('stack').urls.api);
    for (const route of Object.values(routes)) {
      const answers = response.body.paths[route.path]?.[route.method.toLowerCase()]?.responses ?? {};
      const label = `${route.method} ${route.path}`;
      expect(
        Object.keys(answers).filter((status) => status.startsWith('2')),
        label,
      ).toEqual(Object.keys(route.responses));
      for (const [status, answer] of Object.entries(answers)) {
        if (status === '204') continue;
        if (status.startsWith('2')) expect(answer.content?.['application/json']?.schema, label).toBeDefined();
        else expect(answer.$ref, `${label} ${status}`).toMatch(/^#\/components\/responses\//);
      }
      expect(Object.keys(answers), label).toEqual(expect.arrayContaining(['429', '500', '503']));
    }
  });
});
