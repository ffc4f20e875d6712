import { z } from 'zod';
import { cite, rankByCode, rankLabel } from '#employees';
import { addMonths, addYears, completedYears, formatDate } from '#kernel/domain/dates';
import { ValidationError } from '#kernel/domain/errors';
import { blocking, note } from './eligibility';
import { firstOfMonth, RATING_LABELS } from './fields';
import { deferralReason, describePeriod, raiseFigures, raiseSchedule, type SalaryRaise } from './kgb-raise';
import { LEGAL_BASIS } from './legal-basis';
import { SK_PANGKAT_TERAKHIR } from './requirements';
import { DEFAULT_SLA, type EligibilityFinding, type ServiceDefinition } from './service';

const NUMBER = new Intl.NumberFormat('id-ID');
const rankName = (code: string) => {
  const rank = rankByCode(code);
  return rank ? rankLabel(rank) : code;
};
const rupiah = (amount: number) => `Rp${NUMBER.format(amount)}`;

const details = z
  .object({
    lastRaiseEffectiveDate: firstOfMonth().meta({
      title: 'TMT KGB terakhir',
      description: 'Terhitung mulai tanggal kenaikan gaji berkala terakhir (tanggal 1).',
    }),
    lastRaiseDecreeNumber: z.string().trim().min(3).max(100).meta({
      title: 'Nomor SK KGB terakhir',
      description: 'Nomor surat keputusan/pemberitahuan KGB terakhir.',
    }),
    currentBaseSalary: z.number().int().positive().max(100_000_000).meta({
      title: 'Gaji pokok saat ini (Rp)',
      description: 'Gaji pokok menurut SK KGB atau SK pangkat terakhir.',
    }),
    workingPeriodYears: z.number().int().min(0).max(40).meta({
      title: 'Masa kerja golongan pada KGB terakhir (tahun)',
      description: 'Masa kerja golongan menurut SK KGB terakhir, tahunnya.',
    }),
    workingPeriodMonths: z.number().int().min(0).max(11).meta({
      title: 'Masa kerja golongan pada KGB terakhir (bulan)',
      description: 'Masa kerja golongan menurut SK KGB terakhir, bulannya (0 sampai 11).',
    }),
  })
  .strict();

/** Kenaikan Gaji Berkala: every two years of service in grade (PP 7/1977 as amended, last by PP 5/2024). */
export const kgb = {
  code: 'KGB',
  name: 'Kenaikan Gaji Berkala',
  description:
    'Penerbitan surat pemberitahuan kenaikan gaji berkala bagi PNS yang telah memenuhi masa kerja dua tahun ' +
    'dan penilaian kinerja sekurang-kurangnya baik.',
  legalBasis: [LEGAL_BASIS.ppGaji, LEGAL_BASIS.perwaliKediri],
  outputKind: 'LETTER',
  outputName: 'Surat Pemberitahuan Kenaikan Gaji Berkala',
  archivedAs: 'SK_KGB_TERAKHIR',
  employeeTypes: ['PNS'],
  requirements: [
    { code: 'SK_KGB_TERAKHIR', name: 'SK kenaikan gaji berkala terakhir', required: true, fromArchive: true },
    SK_PANGKAT_TERAKHIR,
    {
      code: 'PENILAIAN_KINERJA',
      name: 'Penilaian kinerja dua tahun terakhir',
      required: true,
      fromArchive: true,
    },
    {
      code: 'SURAT_PENGANTAR',
      name: 'Surat pengantar kepala perangkat daerah',
      required: false,
      fromArchive: false,
    },
  ],
  details,
  detailsExample: {
    lastRaiseEffectiveDate: '2024-12-01',
    lastRaiseDecreeNumber: '822.4/123/419.44/2024',
    currentBaseSalary: 3_455_600,
    workingPeriodYears: 12,
    workingPeriodMonths: 0,
  },
  validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'],
  signatureMode: 'ELECTRONIC',
  handoverMode: 'ELECTRONIC',
  oneOpenRequest: true,
  sla: { ...DEFAULT_SLA, verification: 3 },
  eligibility: ({ employee, details: raise, today, rules }) => {
    const findings: EligibilityFinding[] = [];
    const recorded = employee.lastSalaryRaiseTmt;
    if (recorded && recorded !== raise.lastRaiseEffectiveDate) {
      findings.push(
        note(
          `TMT KGB terakhir yang diisi (${formatDate(raise.lastRaiseEffectiveDate)}) berbeda dengan data induk ` +
            `(${formatDate(recorded)}).`,
          'details.lastRaiseEffectiveDate',
        ),
      );
    }
    // The master data's last raise counts; without one, the applicant's (never TMT CPNS).
    const last = recorded ?? raise.lastRaiseEffectiveDate;
    const schedule = raiseSchedule(last, employee.performanceRatings, rules);
    const minimum = rules.salaryRaiseMinimumRating;
    const interval = rules.salaryRaiseIntervalYears;
    if (schedule.unrated.length > 0) {
      findings.push(
        note(
          `Predikat kinerja tahun ${schedule.unrated.join(' dan ')} tidak tercatat pada data induk: verifikator ` +
            `memeriksa dari penilaian kinerja bahwa predikatnya sekurang-kurangnya ` +
            `${RATING_LABELS[minimum.value].toLowerCase()} (${cite(minimum)}).`,
          'employee.performanceRatings',
        ),
      );
    }
    const deferredYears = completedYears(addYears(last, interval.value), schedule.due);
    const deferral =
      schedule.deferredBy.length > 0
        ? `; KGB ditunda ${deferredYears} tahun karena ${deferralReason(schedule.deferredBy)}, di bawah ` +
          `${RATING_LABELS[minimum.value].toLowerCase()} (${cite(minimum)}; ${cite(rules.salaryRaiseDeferralYears)})`
        : '';
    const opens = addMonths(schedule.due, -rules.salaryRaiseNoticeMonths.value);
    const message =
      `KGB diberikan setiap ${interval.value} tahun (${cite(interval)})${deferral}: KGB berikutnya sejak KGB ` +
      `terakhir ${formatDate(last)} jatuh pada ${formatDate(schedule.due)} dan dapat diproses mulai ${formatDate(opens)}.`;
    if (today < opens) {
      const field = deferral
        ? 'employee.performanceRatings'
        : recorded
          ? 'employee.lastSalaryRaiseTmt'
          : 'details.lastRaiseEffectiveDate';
      findings.push(blocking(message, field));
    } else if (deferral) {
      findings.push(note(message, 'employee.performanceRatings'));
    }
    return findings;
  },
  accept: ({ details: raise, employee, rules, tables, entered, verifier }) => {
    const rank = employee.rank?.code;
    if (!rank) {
      throw new ValidationError(
        'RANK_NOT_RECORDED',
        'Golongan ruang pegawai tidak tercatat pada data induk: perbarui data induk sebelum menerima berkas KGB, ' +
          'karena surat KGB menyebut golongan dan gaji pokoknya.',
        'employee.rank',
      );
    }
    const last = employee.lastSalaryRaiseTmt ?? raise.lastRaiseEffectiveDate;
    const schedule = raiseSchedule(last, employee.performanceRatings, rules);
    const figures = raiseFigures({
      rank,
      last: { tmt: last, decreeNumber: raise.lastRaiseDecreeNumber, baseSalary: raise.currentBaseSalary },
      lastWorkingPeriod: { years: raise.workingPeriodYears, months: raise.workingPeriodMonths },
      schedule,
      tables,
      rules,
    });
    const basis = figures.table?.basis ?? LEGAL_BASIS.ppGaji;
    const table = figures.table?.name ?? 'PP 7/1977';
    const row = `golongan ${rank} masa kerja golongan ${figures.newWorkingPeriod.years} tahun`;
    let newBaseSalary: number;
    let salarySource: SalaryRaise['salarySource'];
    if (figures.tableSalary !== undefined) {
      if (entered.newBaseSalary !== undefined && entered.newBaseSalary !== figures.tableSalary) {
        throw new ValidationError(
          'SALARY_DIFFERS_FROM_TABLE',
          `Gaji pokok ${row} menurut ${basis} adalah ${rupiah(figures.tableSalary)}, bukan ` +
            `${rupiah(entered.newBaseSalary)}: kosongkan isian gaji pokok baru.`,
          'newBaseSalary',
        );
      }
      newBaseSalary = figures.tableSalary;
      salarySource = { kind: 'TABLE', basis, table };
    } else {
      if (entered.newBaseSalary === undefined) {
        throw new ValidationError(
          'NEW_SALARY_REQUIRED',
          `Daftar gaji pokok instansi belum memuat ${row} (TMT ${formatDate(figures.newTmt)}, ${basis}): isi gaji ` +
            'pokok baru (newBaseSalary) menurut lampiran peraturan tersebut.',
          'newBaseSalary',
        );
      }
      newBaseSalary = entered.newBaseSalary;
      salarySource = { kind: 'VERIFIER', basis, table, enteredBy: verifier };
    }
    const salaryRaise: SalaryRaise = {
      rank,
      lastTmt: last,
      lastDecreeNumber: raise.lastRaiseDecreeNumber,
      oldBaseSalary: raise.currentBaseSalary,
      oldWorkingPeriod: { years: raise.workingPeriodYears, months: raise.workingPeriodMonths },
      newTmt: figures.newTmt,
      newWorkingPeriod: figures.newWorkingPeriod,
      newBaseSalary,
      salarySource,
      nextTmt: figures.nextTmt,
      ...(schedule.deferredBy.length > 0 && { deferredBy: schedule.deferredBy }),
    };
    return { salaryRaise };
  },
  letter: ({ verified }) => {
    const raise = verified?.salaryRaise;
    if (!raise) {
      throw new ValidationError(
        'RAISE_NOT_VERIFIED',
        'Surat KGB memerlukan gaji pokok dan masa kerja yang ditetapkan saat verifikasi.',
        'verified',
      );
    }
    const { salarySource } = raise;
    const source =
      salarySource.kind === 'TABLE'
        ? `menurut daftar gaji ${salarySource.table}`
        : `diisi verifikator; daftar gaji ${salarySource.table}`;
    return {
      paragraphs: [
        'Berhubung telah dipenuhinya masa kerja dan syarat-syarat lainnya, kepada pegawai berikut diberikan ' +
          'kenaikan gaji berkala atas dasar surat keputusan terakhir tentang gaji pokoknya, sebagai berikut.',
      ],
      facts: [
        ['Nomor SK KGB terakhir', raise.lastDecreeNumber],
        ['TMT gaji pokok lama', formatDate(raise.lastTmt)],
        ['Gaji pokok lama', rupiah(raise.oldBaseSalary)],
        ['Masa kerja golongan lama', describePeriod(raise.oldWorkingPeriod)],
        ['Gaji pokok baru', `${rupiah(raise.newBaseSalary)} (${source})`],
        ['Masa kerja golongan baru', describePeriod(raise.newWorkingPeriod)],
        ['Dalam golongan', rankName(raise.rank)],
        ['Terhitung mulai tanggal', formatDate(raise.newTmt)],
        ...(raise.deferredBy
          ? ([['Penundaan', `ditunda karena ${deferralReason(raise.deferredBy)}`]] as const)
          : []),
        ['Kenaikan gaji berikutnya', formatDate(raise.nextTmt)],
      ],
      replacesDetails: true,
    };
  },
} as const satisfies ServiceDefinition<typeof details>;
