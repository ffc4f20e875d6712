import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_SCHEMA_FILE, apiSchemaSource } from '../../web/scripts/api-schema';

describe('the portal’s generated API client', () => {
  it('is current with the OpenAPI document the API serves (regenerate with npm run api:client)', async () => {
    expect(readFileSync(API_SCHEMA_FILE, 'utf8')).toBe(await apiSchemaSource());
  });
});
