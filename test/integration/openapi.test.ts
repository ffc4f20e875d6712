import { describe, expect, inject, it } from 'vitest';
import { routes } from '#app/api/routes';
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
            requestBody?: {
              content: Record<
                string,
                { schema: { properties?: Record<string, unknown>; required?: readonly string[] } }
              >;
            };
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
      'newBaseSalary',
    ]);
    // The verifier's figure for a KGB whose salary row the agency's table lacks: optional, described.
    const salary = decision?.requestBody?.content['application/json']?.schema.properties?.newBaseSalary;
    expect(salary).toMatchObject({ type: 'integer', description: expect.stringContaining('PP 5/2024') });
    expect(decision?.requestBody?.content['application/json']?.schema.required).not.toContain(
      'newBaseSalary',
    );
    expect(decision?.parameters.map((parameter) => parameter.name)).toEqual(['id']);
  });

  it('states the size limits: per file route in the body, and beyond it the upload routes', async () => {
    type FileOperation = { requestBody: { description: string; 'x-max-bytes': number } };
    const response = await api.get<{
      info: { description: string };
      paths: Record<string, Record<string, FileOperation>>;
    }>('/openapi.json');
    expect(response.body.info.description).toMatch(/10 MB.*413/);
    const verify = response.body.paths['/verify']?.post?.requestBody;
    expect(verify?.['x-max-bytes']).toBe(4 * 1_048_576);
    expect(verify?.description).toContain('POST /verify/uploads');
    expect(response.body.paths['/employees:import']?.post?.requestBody.description).toContain(
      'POST /employees/imports/uploads',
    );
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
