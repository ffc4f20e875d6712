import { z } from 'zod';
import { SERVICE_CODES } from '#kernel/domain/service-codes';

/** The series a document number counts in: each service's output, and rejection letters. */
export const DOCUMENT_SERIES = [...SERVICE_CODES, 'REJECTION'] as const;
export type DocumentSeries = (typeof DOCUMENT_SERIES)[number];

const TOKENS = ['code', 'seq', 'year', 'month', 'romanMonth', 'series'] as const;
const TOKEN = /\{(\w+)(?::(\d))?\}/g;

/** Characters a token's value may hold: digits, letters, dot, hyphen, underscore. */
const VALUE_CHAR = /[0-9A-Za-z._-]/;
const UNIQUE = 'nomor dokumen harus unik dalam satu instansi dan tahun (Perwali Kediri 80/2021 Pasal 11–12)';

interface Part {
  readonly token?: string;
  readonly literal?: string;
}

function partsOf(pattern: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const match of pattern.matchAll(TOKEN)) {
    if (match.index > at) parts.push({ literal: pattern.slice(at, match.index) });
    parts.push({ token: match[1] ?? '' });
    at = match.index + match[0].length;
  }
  if (at < pattern.length) parts.push({ literal: pattern.slice(at) });
  return parts;
}

/**
 * Whether every two tokens are parted by text no token's value can hold (a `/`, a space): only
 * then can a number be read back into its parts, so different parts never print alike
 * (`{code}{seq}` prints 800 + 12 and 80 + 012 both as 80012).
 */
function separated(pattern: string): boolean {
  const parts = partsOf(pattern);
  return parts.every((part, index) => {
    const next = parts[index + 1];
    if (part.token === undefined || next === undefined) return true;
    return next.literal !== undefined && [...next.literal].some((char) => !VALUE_CHAR.test(char));
  });
}

const codesSchema = z
  .partialRecord(z.enum(['DEFAULT', ...DOCUMENT_SERIES]), z.string().regex(/^[0-9A-Za-z.-]{1,30}$/))
  .refine((codes) => codes.DEFAULT !== undefined, 'codes.DEFAULT wajib diisi');

/** The classification code each series prints: its own, or DEFAULT. */
export function seriesCode(codes: z.output<typeof codesSchema>, series: DocumentSeries): string {
  return codes[series] ?? codes.DEFAULT ?? '';
}

/**
 * How an agency numbers its documents (tata naskah dinas): a pattern of literal text and tokens,
 * e.g. `{code}/{seq}/419.44/{year}` → `800/17/419.44/2026`. Tokens: `{code}` the classification
 * code of the series, `{seq}` the sequence in the series and year (`{seq:4}` pads it to four
 * digits), `{year}`, `{month}` (two digits), `{romanMonth}` (I–XII), `{series}` (the service code).
 *
 * Each series counts its own sequence per year, so a number is unique within the agency and
 * year exactly when no two series can print alike: the pattern holds `{seq}` and `{year}`, its
 * tokens are parted by a separator, and each series has a code of its own (or the pattern prints
 * `{series}`). A configuration that breaks this is refused, naming the field.
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
      )
      .refine(
        (pattern) => pattern.includes('{year}'),
        `pola harus memuat {year}: nomor urut dimulai lagi setiap tahun, dan ${UNIQUE}`,
      )
      .refine(
        separated,
        `setiap dua token harus dipisahkan tanda seperti "/" agar dua nomor berbeda tidak tercetak sama; ${UNIQUE}`,
      ),
    /** Classification codes (kode klasifikasi arsip) per series; DEFAULT for the rest. */
    codes: codesSchema,
  })
  .strict()
  .superRefine(({ pattern, codes }, context) => {
    if (pattern.includes('{series}')) return;
    if (!pattern.includes('{code}')) {
      context.addIssue({
        code: 'custom',
        path: ['pattern'],
        message: `pola harus memuat {code} atau {series} agar nomor tiap seri berbeda; ${UNIQUE}`,
      });
      return;
    }
    const seen = new Map<string, DocumentSeries>();
    for (const series of DOCUMENT_SERIES) {
      const code = seriesCode(codes, series);
      const first = seen.get(code);
      if (first === undefined) {
        seen.set(code, series);
        continue;
      }
      const whose = (name: DocumentSeries) =>
        codes[name] === undefined ? `${name} (mengikuti DEFAULT)` : name;
      context.addIssue({
        code: 'custom',
        path: ['codes', series],
        message:
          `kode klasifikasi ${code} sudah dipakai seri ${whose(first)}, sehingga ${whose(series)} dapat ` +
          `menghasilkan nomor yang sama; beri setiap seri kode sendiri, karena ${UNIQUE}`,
      });
    }
  });
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
    code: seriesCode(numbering.codes, series),
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
