import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idForKey } from '#domain/idempotency';

describe('ids for an Idempotency-Key', () => {
  it('are the same for the same caller and key, and a UUID the routes accept', () => {
    const id = idForKey('asn.demo', 'pengaduan-1');
    expect(idForKey('asn.demo', 'pengaduan-1')).toBe(id);
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('differ between callers and between keys', () => {
    const id = idForKey('asn.demo', 'pengaduan-1');
    expect(idForKey('asn.lain', 'pengaduan-1')).not.toBe(id);
    expect(idForKey('asn.demo', 'pengaduan-2')).not.toBe(id);
  });
});
