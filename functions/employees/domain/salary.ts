import { z } from 'zod';
import { PNS_RANK_CODES } from './ranks';

/**
 * The PNS base-salary table (Lampiran II of PP 7/1977 as amended) as dated data: each table in
 * force from its date, with its legal basis, and a base salary per rank (golongan/ruang) and
 * working period in that rank (masa kerja golongan, MKG, in whole years as the table prints it).
 *
 * The software ships the tables' dates and bases but no figures: their rows could not be checked
 * against the regulation's own text. The agency copies the rows it needs from the Lampiran into
 * its config (`salaryTables`); where a row is missing, the verifier enters the new salary when
 * accepting a KGB request, and the letter says so.
 */

/** One printed figure of a table: the base salary of a rank at a working period. */
export const salaryRowSchema = z
  .object({
    rank: z.enum(PNS_RANK_CODES),
    /** Masa kerja golongan as the table's column prints it, in years. */
    years: z.number().int().min(0).max(40),
    baseSalary: z.number().int().min(1).max(100_000_000),
  })
  .strict();
export type SalaryRow = z.infer<typeof salaryRowSchema>;

export interface SalaryTable {
  readonly effectiveFrom: string;
  readonly basis: string;
  /** How a letter names it in a few words: "PP 5/2024". */
  readonly name: string;
  readonly rows: readonly SalaryRow[];
}

/** The tables of the national rule, latest last: dates and bases, no figures (see above). */
export const NATIONAL_SALARY_TABLES: readonly SalaryTable[] = [
  {
    effectiveFrom: '2019-01-01',
    basis:
      'Lampiran II Peraturan Pemerintah Nomor 7 Tahun 1977 sebagaimana diubah dengan Peraturan Pemerintah ' +
      'Nomor 15 Tahun 2019 (perubahan kedelapan belas)',
    name: 'PP 15/2019',
    rows: [],
  },
  {
    effectiveFrom: '2024-01-01',
    basis:
      'Lampiran II Peraturan Pemerintah Nomor 7 Tahun 1977 sebagaimana diubah terakhir dengan Peraturan ' +
      'Pemerintah Nomor 5 Tahun 2024 (perubahan kesembilan belas, berlaku 1 Januari 2024)',
    name: 'PP 5/2024',
    rows: [],
  },
];

/**
 * An agency's rows (`salaryTables` in its config): for a national table, named by its date, the
 * rows it copied from the Lampiran; for a table the software does not know yet, its basis too.
 */
export const salaryTablesSchema = z
  .array(
    z
      .object({
        effectiveFrom: z.iso.date(),
        basis: z.string().min(10).max(300).optional(),
        /** A short name letters print, e.g. "PP 5/2024"; the basis when not given. */
        name: z.string().min(3).max(40).optional(),
        rows: z.array(salaryRowSchema).max(400),
      })
      .strict()
      .refine(
        (table) =>
          table.basis !== undefined ||
          NATIONAL_SALARY_TABLES.some((known) => known.effectiveFrom === table.effectiveFrom),
        {
          message: `sebutkan dasar hukum (basis) tabel gaji yang tidak dikenal; tabel yang dikenal berlaku ${NATIONAL_SALARY_TABLES.map((known) => known.effectiveFrom).join(', ')}`,
          path: ['basis'],
        },
      )
      .refine(
        (table) => new Set(table.rows.map((row) => `${row.rank}#${row.years}`)).size === table.rows.length,
        { message: 'setiap golongan dan masa kerja golongan cukup satu baris', path: ['rows'] },
      ),
  )
  .refine((tables) => new Set(tables.map((table) => table.effectiveFrom)).size === tables.length, {
    message: 'setiap tanggal berlaku cukup satu tabel',
  })
  .default([]);
export type SalaryTablesConfig = z.output<typeof salaryTablesSchema>;

/** The national tables with the agency's rows and tables merged in, oldest first. */
export function salaryTables(config: SalaryTablesConfig): SalaryTable[] {
  const dates = [
    ...new Set([...NATIONAL_SALARY_TABLES, ...config].map((table) => table.effectiveFrom)),
  ].sort();
  return dates.map((effectiveFrom) => {
    const national = NATIONAL_SALARY_TABLES.find((table) => table.effectiveFrom === effectiveFrom);
    const own = config.find((table) => table.effectiveFrom === effectiveFrom);
    return {
      effectiveFrom,
      basis: own?.basis ?? national?.basis ?? '',
      name: own?.name ?? national?.name ?? own?.basis ?? '',
      rows: [...(national?.rows ?? []), ...(own?.rows ?? [])],
    };
  });
}

/** The table in force on `date`. */
export function tableInForce(tables: readonly SalaryTable[], date: string): SalaryTable | undefined {
  return tables.filter((table) => table.effectiveFrom <= date).at(-1);
}

/**
 * The base salary of `rank` at `workingYears` of masa kerja golongan: the table's column at or
 * below it, provided that column lies within `step` years (the KGB interval: the table moves one
 * column a raise), so a gap in the agency's rows is never read as the figure below it.
 */
export function baseSalaryOf(
  table: SalaryTable,
  rank: string,
  workingYears: number,
  step: number,
): number | undefined {
  const row = table.rows
    .filter((each) => each.rank === rank && each.years <= workingYears)
    .reduce<SalaryRow | undefined>(
      (best, each) => (!best || each.years > best.years ? each : best),
      undefined,
    );
  return row && workingYears - row.years < step ? row.baseSalary : undefined;
}
