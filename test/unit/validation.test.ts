import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '#kernel/domain/errors';
import { parseInput } from '#kernel/domain/validation';
import { httpStatus } from '#kernel/http/error-status';

const schema = z
  .object({ name: z.string().min(3), count: z.number().int(), kind: z.enum(['A', 'B']) })
  .strict();

function failure(value: unknown): ValidationError {
  try {
    parseInput(schema, value, 'details');
  } catch (error) {
    if (error instanceof ValidationError) return error;
  }
  throw new Error('expected a ValidationError');
}

describe('parseInput', () => {
  it('returns the parsed value when valid', () => {
    expect(parseInput(schema, { name: 'Budi', count: 2, kind: 'A' })).toEqual({
      name: 'Budi',
      count: 2,
      kind: 'A',
    });
  });

  it('names a missing field with its prefix and says it is required, in Bahasa Indonesia', () => {
    const error = failure({ count: 1, kind: 'A' });
    expect(error.field).toBe('details.name');
    expect(error.message).toBe('Isian details.name: wajib diisi.');
    expect(httpStatus(error)).toBe(400);
  });

  it('says which type a field must have', () => {
    expect(failure({ name: 'Budi', count: 'dua', kind: 'A' }).message).toContain('harus berupa angka');
  });

  it('lists the allowed values of an enumeration', () => {
    expect(failure({ name: 'Budi', count: 1, kind: 'C' }).message).toContain('A, B');
  });

  it('names an unknown key, so a client cannot slip in fields the API does not take', () => {
    const error = failure({ name: 'Budi', count: 1, kind: 'A', status: 'COMPLETED' });
    expect(error.field).toBe('details.status');
    expect(error.message).toContain('tidak dikenal');
  });

  it('states the minimum length of a text', () => {
    expect(failure({ name: 'Bu', count: 1, kind: 'A' }).message).toContain('minimal 3 karakter');
  });

  it('names the field of the alternative a failed union came closest to', () => {
    const either = z.union([
      z.object({ fileName: z.string(), size: z.number() }).strict(),
      z.object({ archiveDocumentId: z.uuid() }).strict(),
    ]);
    expect(() => parseInput(either, { fileName: 'sk.pdf' }, 'body')).toThrow(
      expect.objectContaining({ field: 'body.size', message: 'Isian body.size: wajib diisi.' }),
    );
    expect(() => parseInput(either, { archiveDocumentId: 'bukan-uuid' }, 'body')).toThrow(
      expect.objectContaining({ field: 'body.archiveDocumentId' }),
    );
  });
});
