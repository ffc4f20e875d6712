import { describe, expect, it } from 'vitest';
import { kgb } from '#catalog/domain/kgb';
import { raiseSchedule } from '#catalog/domain/kgb-raise';
import type { Employee } from '#employees/domain/employee';
import { resolveRules } from '#employees/domain/rules';
import { baseSalaryOf, salaryTables, salaryTablesSchema, tableInForce } from '#employees/domain/salary';
import { KGB_EMPLOYEE } from '#kit/fixtures';

const RULES = resolveRules();

/** Siti: III/c, last raise 1 December 2024 at 12 years 0 months, rated baik and sangat baik. */
const SITI: Employee = {
  ...KGB_EMPLOYEE,
  performanceRatings: [
    { year: 2024, rating: 'BAIK' },
    { year: 2025, rating: 'SANGAT_BAIK' },
  ],
};

/** Rows a test agency copied into its config: figures of the test, not of the regulation. */
const TEST_ROWS = [
  { rank: 'III/c', years: 12, baseSalary: 1_000_012 },
  { rank: 'III/c', years: 14, baseSalary: 1_000_014 },
] as const;

function accept(options: {
  employee?: Employee;
  rows?: ReadonlyArray<{ rank: string; years: number; baseSalary: number }>;
  entered?: number;
  details?: Partial<Record<keyof typeof kgb.detailsExample, string | number>>;
}) {
  return kgb.accept({
    details: kgb.details.parse({ ...kgb.detailsExample, ...options.details }),
    employee: options.employee ?? SITI,
    rules: RULES,
    tables: salaryTables(
      salaryTablesSchema.parse(options.rows ? [{ effectiveFrom: '2024-01-01', rows: options.rows }] : []),
    ),
    entered: options.entered === undefined ? {} : { newBaseSalary: options.entered },
    verifier: 'verifikator',
  }).salaryRaise;
}

describe('the salary table as dated data', () => {
  it('ships the tables of PP 15/2019 and PP 5/2024 with their dates and bases, and no figures', () => {
    const tables = salaryTables([]);
    expect(tables.map((table) => [table.effectiveFrom, table.rows.length])).toEqual([
      ['2019-01-01', 0],
      ['2024-01-01', 0],
    ]);
    expect(tables[1]?.basis).toContain('Peraturan Pemerintah Nomor 5 Tahun 2024');
  });

  it.each([
    ['2023-12-31', '2019-01-01'],
    ['2024-01-01', '2024-01-01'],
    ['2026-12-01', '2024-01-01'],
  ])('reads the table in force on %s: the one from %s', (date, from) => {
    expect(tableInForce(salaryTables([]), date)?.effectiveFrom).toBe(from);
  });

  it('reads a column at or below the working period within one raise, never across a gap', () => {
    const [, table] = salaryTables(
      salaryTablesSchema.parse([{ effectiveFrom: '2024-01-01', rows: [TEST_ROWS[0]] }]),
    );
    if (!table) throw new Error('no table');
    expect(baseSalaryOf(table, 'III/c', 12, 2)).toBe(1_000_012);
    expect(baseSalaryOf(table, 'III/c', 13, 2)).toBe(1_000_012);
    // Row 14 is missing: 14 years are not read as 12.
    expect(baseSalaryOf(table, 'III/c', 14, 2)).toBeUndefined();
    expect(baseSalaryOf(table, 'III/d', 12, 2)).toBeUndefined();
  });

  it('refuses at synth a table it does not know without its basis, and a row given twice', () => {
    const unknown = salaryTablesSchema.safeParse([{ effectiveFrom: '2027-01-01', rows: [] }]);
    expect(unknown.error?.issues[0]).toMatchObject({ path: [0, 'basis'] });
    const twice = salaryTablesSchema.safeParse([
      { effectiveFrom: '2024-01-01', rows: [TEST_ROWS[0], TEST_ROWS[0]] },
    ]);
    expect(twice.error?.issues[0]).toMatchObject({
      path: [0, 'rows'],
      message: expect.stringContaining('satu baris'),
    });
    const known = salaryTablesSchema.parse([
      { effectiveFrom: '2027-01-01', basis: 'PP baru tentang gaji PNS', rows: [] },
    ]);
    expect(salaryTables(known).at(-1)).toMatchObject({
      effectiveFrom: '2027-01-01',
      basis: 'PP baru tentang gaji PNS',
    });
  });
});

describe('raiseSchedule', () => {
  it('falls two years after the last raise when the two years before are rated baik', () => {
    expect(raiseSchedule('2024-12-01', SITI.performanceRatings, RULES)).toEqual({
      due: '2026-12-01',
      deferredBy: [],
      unrated: [],
    });
  });

  it('defers a year at a time while a year in the window falls short, the window moving with it', () => {
    const short = [
      { year: 2023, rating: 'BAIK' },
      { year: 2024, rating: 'BUTUH_PERBAIKAN' },
      { year: 2025, rating: 'BAIK' },
      { year: 2026, rating: 'BAIK' },
    ] as const;
    // Due 2026-03 reads 2025 and 2024 (short): 2027-03 reads 2026 and 2025.
    expect(raiseSchedule('2024-03-01', short, RULES)).toMatchObject({
      due: '2027-03-01',
      deferredBy: [{ year: 2024, rating: 'BUTUH_PERBAIKAN' }],
      unrated: [],
    });
  });
});

describe('accepting a KGB request fixes the raise its letter states', () => {
  it('takes the new salary from the agency’s table for the new working period', () => {
    expect(accept({ rows: TEST_ROWS })).toEqual({
      rank: 'III/c',
      lastTmt: '2024-12-01',
      lastDecreeNumber: '822.4/123/419.44/2024',
      oldBaseSalary: 3_455_600,
      oldWorkingPeriod: { years: 12, months: 0 },
      newTmt: '2026-12-01',
      newWorkingPeriod: { years: 14, months: 0 },
      newBaseSalary: 1_000_014,
      salarySource: {
        kind: 'TABLE',
        table: 'PP 5/2024',
        basis: expect.stringContaining('Nomor 5 Tahun 2024'),
      },
      nextTmt: '2028-12-01',
    });
  });

  it('counts months into the working period: 12 years 7 months plus two years is 14 years 7 months', () => {
    const raise = accept({ rows: TEST_ROWS, details: { workingPeriodMonths: 7 } });
    expect(raise?.newWorkingPeriod).toEqual({ years: 14, months: 7 });
    expect(raise?.newBaseSalary).toBe(1_000_014);
  });

  it('asks the verifier for the salary where the table lacks the row, naming rank, working period and basis', () => {
    expect(() => accept({ rows: [TEST_ROWS[0]] })).toThrow(
      expect.objectContaining({
        code: 'NEW_SALARY_REQUIRED',
        field: 'newBaseSalary',
        message: expect.stringContaining(
          'belum memuat golongan III/c masa kerja golongan 14 tahun (TMT 1 Desember 2026, Lampiran II Peraturan ' +
            'Pemerintah Nomor 7 Tahun 1977 sebagaimana diubah terakhir dengan Peraturan Pemerintah Nomor 5 Tahun 2024',
        ),
      }),
    );
    expect(accept({ entered: 4_000_000 })).toMatchObject({
      newBaseSalary: 4_000_000,
      salarySource: { kind: 'VERIFIER', enteredBy: 'verifikator' },
    });
  });

  it('refuses an entered salary that differs from the table’s', () => {
    expect(() => accept({ rows: TEST_ROWS, entered: 4_000_000 })).toThrow(
      expect.objectContaining({ code: 'SALARY_DIFFERS_FROM_TABLE', field: 'newBaseSalary' }),
    );
    expect(accept({ rows: TEST_ROWS, entered: 1_000_014 })?.salarySource.kind).toBe('TABLE');
  });

  it('reads the table in force on the new TMT, not today’s', () => {
    // Last raise 1 December 2021: the new TMT, 1 December 2023, falls under the 2019 table, which has no rows.
    const earlier = { ...SITI, lastSalaryRaiseTmt: '2021-12-01', performanceRatings: [] };
    expect(() => accept({ employee: earlier, rows: TEST_ROWS, details: { workingPeriodYears: 10 } })).toThrow(
      expect.objectContaining({
        code: 'NEW_SALARY_REQUIRED',
        message: expect.stringContaining('Nomor 15 Tahun 2019'),
      }),
    );
  });

  it('states a deferral and counts the deferred year into the working period', () => {
    const deferred = {
      ...SITI,
      performanceRatings: [
        { year: 2024, rating: 'BAIK' },
        { year: 2025, rating: 'KURANG' },
        { year: 2026, rating: 'BAIK' },
        { year: 2027, rating: 'BAIK' },
      ],
    } as const;
    expect(accept({ employee: deferred, entered: 4_000_000 })).toMatchObject({
      newTmt: '2028-12-01',
      newWorkingPeriod: { years: 16, months: 0 },
      nextTmt: '2030-12-01',
      deferredBy: [{ year: 2025, rating: 'KURANG' }],
    });
  });

  it('refuses to accept without the rank in the master data, which the letter states', () => {
    const { rank: _rank, ...unranked } = SITI;
    expect(() => accept({ employee: unranked, entered: 4_000_000 })).toThrow(
      expect.objectContaining({ code: 'RANK_NOT_RECORDED', field: 'employee.rank' }),
    );
  });
});
