import { z } from 'zod';
import { SERVICE_CODES } from './catalog/codes';

/** The series a document number counts in: each service's output, and rejection letters. */
export const DOCUMENT_SERIES = [...SERVICE_CODES, 'REJECTION'] as const;
export type DocumentSeries = (typeof DOCUMENT_SERIES)[number];

const TOKENS = ['code', 'seq', 'year', 'month', 'romanMonth', 'series'] as const;
const TOKEN = /\{(\w+)(?::(\d))?\}/g;

/**
 * How an agency numbers its documents (tata naskah dinas): a pattern of literal text and tokens,
 * e.g. `{code}/{seq}/419.44/{year}` → `800/17/419.44/2026`. Tokens: `{code}` the classification
 * code of the series, `{seq}` the sequence in the series and year (`{seq:4}` pads it to four
 * digits), `{year}`, `{month}` (two digits), `{romanMonth}` (I–XII), `{series}` (the service code).
 */
export const numberingSchema = z
  .object({
    pattern: z
      .string()
      .min(3)
      .max(120)
      .refine((pattern) => pattern.includes('{seq'), 'pola harus memuat {seq}')
      .refine(
        (pattern) =>
          [...pattern.matchAll(TOKEN)].every(([, name]) =>
            (TOKENS as readonly string[]).includes(name ?? ''),
          ),
        `token yang dikenal: ${TOKENS.map((name) => `{${name}}`).join(', ')}`,
      ),
    /** Classification codes (kode klasifikasi arsip) per series; DEFAULT for the rest. */
    codes: z
      .partialRecord(z.enum(['DEFAULT', ...DOCUMENT_SERIES]), z.string().regex(/^[0-9A-Za-z.-]{1,30}$/))
      .refine((codes) => codes.DEFAULT !== undefined, 'codes.DEFAULT wajib diisi'),
  })
  .strict();
export type Numbering = z.infer<typeof numberingSchema>;

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** The number of the `sequence`-th document of `series` in the local month `yearMonth` (YYYY-MM). */
export function formatDocumentNumber(
  numbering: Numbering,
  series: DocumentSeries,
  sequence: number,
  yearMonth: string,
): string {
  const [year = '', month = ''] = yearMonth.split('-');
  const values: Record<(typeof TOKENS)[number], string> = {
    code: numbering.codes[series] ?? numbering.codes.DEFAULT ?? '',
    seq: String(sequence),
    year,
    month,
    romanMonth: ROMAN_MONTHS[Number(month) - 1] ?? month,
    series,
  };
  return numbering.pattern.replace(TOKEN, (_match, name: (typeof TOKENS)[number], width?: string) =>
    name === 'seq' && width ? values.seq.padStart(Number(width), '0') : values[name],
  );
}
