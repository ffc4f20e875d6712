import { z } from 'zod';
import { ValidationError } from './errors';

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'benar/salah',
  object: 'objek',
  array: 'daftar',
  date: 'tanggal',
};

const FORMAT_NAMES: Record<string, string> = {
  date: 'tanggal berformat YYYY-MM-DD',
  datetime: 'waktu berformat ISO 8601',
  email: 'alamat surel',
  url: 'alamat URL',
  uuid: 'UUID',
  regex: 'pola yang ditentukan',
};

function sizeMessage(
  issue: { origin?: string; inclusive?: boolean },
  bound: string,
  direction: 'min' | 'max',
) {
  const word = direction === 'min' ? 'minimal' : 'maksimal';
  const inclusive = issue.inclusive !== false;
  const relation = inclusive ? word : direction === 'min' ? 'lebih dari' : 'kurang dari';
  switch (issue.origin) {
    case 'string':
      return `panjangnya ${relation} ${bound} karakter`;
    case 'array':
    case 'set':
      return `jumlahnya ${relation} ${bound} butir`;
    default:
      return `nilainya ${relation} ${bound}`;
  }
}

/** Messages for zod issues in the Bahasa Indonesia our users read. */
const bahasaErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'wajib diisi'
        : `harus berupa ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `pilihan tidak valid; gunakan salah satu dari: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return sizeMessage(issue, String(issue.minimum), 'min');
    case 'too_big':
      return sizeMessage(issue, String(issue.maximum), 'max');
    case 'invalid_format':
      return `harus berupa ${FORMAT_NAMES[issue.format] ?? issue.format}`;
    case 'unrecognized_keys':
      return `isian tidak dikenal: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return `harus kelipatan ${String(issue.divisor)}`;
    default:
      return 'isian tidak valid';
  }
};

z.config({ customError: bahasaErrors });

/** Every issue of a failed parse as `field: message`, for messages that list them all. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${fieldOf(issue) || '(akar)'}: ${issue.message}`);
}

function fieldOf(issue: z.core.$ZodIssue, prefix?: string): string {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys[0]) path.push(issue.keys[0]);
  return [prefix, ...path].filter(Boolean).join('.');
}

/**
 * A failed union names no field itself: the issue that counts is the first of the alternative
 * that came closest (fewest issues), with its path under the union's.
 */
function decisiveIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const closest = issue.errors.reduce((best, next) => (next.length < best.length ? next : best));
  const [first] = closest;
  return first ? decisiveIssue({ ...first, path: [...issue.path, ...first.path] }) : issue;
}

/**
 * Parses input at the edge; a failure becomes one 400 naming the first offending field
 * (`prefix.path.to.field`) and saying what is wrong with it.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix?: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const [first] = result.error.issues;
  if (!first) throw new ValidationError('INVALID_INPUT', 'Isian tidak valid.');
  const issue = decisiveIssue(first);
  const field = fieldOf(issue, prefix);
  const where = field ? `Isian ${field}` : 'Isian';
  throw new ValidationError('INVALID_INPUT', `${where}: ${issue.message}.`, field || undefined);
}
