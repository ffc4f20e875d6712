import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UnprocessableError } from '#kernel/domain/errors';
import { fingerprintOf, idForKey, requireSameInput } from '#kernel/domain/idempotency';

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

describe('fingerprints of what was asked under an Idempotency-Key', () => {
  it('are equal for equal input whatever the order of its fields, and differ for different input', () => {
    const first = fingerprintOf({ serviceType: 'KGB', details: { a: 1, b: [1, 2] } });
    expect(fingerprintOf({ details: { b: [1, 2], a: 1 }, serviceType: 'KGB' })).toBe(first);
    expect(fingerprintOf({ serviceType: 'KGB', details: { a: 1, b: [2, 1] } })).not.toBe(first);
  });

  it('refuse a reused key with 422 naming the header, and take a retry or an older key without one', () => {
    expect(() => requireSameInput('a', 'b')).toThrow(UnprocessableError);
    expect(() => requireSameInput('a', 'a')).not.toThrow();
    expect(() => requireSameInput(undefined, 'a')).not.toThrow();
  });
});
