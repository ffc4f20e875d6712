import { z } from 'zod';
import { cite, type NationalRules, PERFORMANCE_RATINGS } from '#employees';
import { addYears, completedMonths, describeMonths, formatDate, monthName } from '#kernel/domain/dates';
import { blocking, note } from './eligibility';
import {
  educationLevelSchema,
  firstOfMonth,
  labelled,
  RATING_LABELS,
  rankIndex,
  rankSchema,
  ratingSchema,
} from './fields';
import { LEGAL_BASIS } from './legal-basis';
import { SK_PANGKAT_TERAKHIR, SK_PNS } from './requirements';
import { DEFAULT_SLA, type EligibilityFinding, type ServiceDefinition } from './service';

const PROMOTION_TYPES = {
  REGULER: 'Reguler',
  PILIHAN_JABATAN_STRUKTURAL: 'Pilihan (jabatan struktural)',
  PILIHAN_JABATAN_FUNGSIONAL: 'Pilihan (jabatan fungsional)',
  PENYESUAIAN_IJAZAH: 'Penyesuaian ijazah',
  PRESTASI_LUAR_BIASA: 'Prestasi kerja luar biasa',
  PENGABDIAN: 'Pengabdian',
  ANUMERTA: 'Anumerta',
} as const;

const details = z
  .object({
    promotionType: labelled(PROMOTION_TYPES).meta({
      title: 'Jenis kenaikan pangkat',
      description:
        'Reguler, pilihan (jabatan struktural, jabatan fungsional), penyesuaian ijazah, prestasi kerja luar biasa, ' +
        'pengabdian, atau anumerta.',
    }),
    currentRank: rankSchema.meta({
      title: 'Pangkat/golongan ruang saat ini',
      description: 'Menurut SK kenaikan pangkat terakhir, misalnya III/a.',
    }),
    currentRankTmt: z.iso.date().meta({
      title: 'TMT pangkat saat ini',
      description: 'Terhitung mulai tanggal pangkat terakhir menurut SK.',
    }),
    proposedRank: rankSchema.meta({
      title: 'Pangkat/golongan ruang yang diusulkan',
      description: 'Setingkat lebih tinggi, kecuali penyesuaian ijazah.',
    }),
    proposedTmt: firstOfMonth().meta({
      title: 'TMT kenaikan pangkat yang diusulkan',
      description: 'Tanggal 1 pada bulan periode kenaikan pangkat.',
    }),
    lastYearRating: ratingSchema.meta({
      title: 'Predikat kinerja tahun terakhir',
      description: 'Predikat penilaian kinerja satu tahun terakhir.',
    }),
    previousYearRating: ratingSchema.meta({
      title: 'Predikat kinerja tahun sebelumnya',
      description: 'Predikat penilaian kinerja dua tahun terakhir.',
    }),
    creditScore: z.number().min(0).max(5000).optional().meta({
      title: 'Angka kredit',
      description:
        'Untuk kenaikan pangkat jabatan fungsional: angka kredit menurut penetapan angka kredit terakhir.',
    }),
    newDiplomaLevel: educationLevelSchema.optional().meta({
      title: 'Jenjang ijazah baru',
      description: 'Untuk penyesuaian ijazah: jenjang ijazah yang diperoleh selama menjadi PNS.',
    }),
  })
  .strict()
  .refine((value) => rankIndex(value.proposedRank) > rankIndex(value.currentRank), {
    message: 'Pangkat yang diusulkan harus lebih tinggi dari pangkat saat ini',
    path: ['proposedRank'],
  })
  .refine(
    (value) =>
      value.promotionType === 'PENYESUAIAN_IJAZAH' ||
      rankIndex(value.proposedRank) === rankIndex(value.currentRank) + 1,
    { message: 'Kenaikan pangkat ini hanya setingkat lebih tinggi', path: ['proposedRank'] },
  )
  .refine((value) => value.proposedTmt > value.currentRankTmt, {
    message: 'TMT kenaikan pangkat harus setelah TMT pangkat saat ini',
    path: ['proposedTmt'],
  })
  .refine(
    (value) => value.promotionType !== 'PILIHAN_JABATAN_FUNGSIONAL' || value.creditScore !== undefined,
    {
      message: 'Angka kredit wajib diisi untuk kenaikan pangkat jabatan fungsional',
      path: ['creditScore'],
    },
  )
  .refine((value) => value.promotionType !== 'PENYESUAIAN_IJAZAH' || value.newDiplomaLevel !== undefined, {
    message: 'Jenjang ijazah baru wajib diisi untuk penyesuaian ijazah',
    path: ['newDiplomaLevel'],
  });

type Details = z.output<typeof details>;

/** Kenaikan Pangkat: regular and selective promotions of PNS (PP 99/2000 jo. PP 12/2002). */
export const kp = {
  code: 'KP',
  name: 'Kenaikan Pangkat',
  description:
    'Penerbitan keputusan kenaikan pangkat PNS: reguler, pilihan (jabatan struktural atau fungsional), penyesuaian ' +
    'ijazah, prestasi kerja luar biasa, pengabdian, dan anumerta, setelah pertimbangan teknis BKN.',
  legalBasis: [
    LEGAL_BASIS.ppKenaikanPangkat,
    LEGAL_BASIS.ppManajemenPns,
    LEGAL_BASIS.ppPenilaianKinerja,
    LEGAL_BASIS.perwaliKediri,
    LEGAL_BASIS.pergubGorontalo,
  ],
  outputKind: 'DECREE',
  outputName: 'Surat Keputusan Kenaikan Pangkat',
  archivedAs: 'SK_PANGKAT_TERAKHIR',
  employeeTypes: ['PNS'],
  requirements: [
    {
      code: 'SURAT_PENGANTAR',
      name: 'Surat pengantar kepala perangkat daerah',
      required: true,
      fromArchive: false,
    },
    { code: 'SK_CPNS', name: 'SK pengangkatan CPNS', required: true, fromArchive: true },
    SK_PNS,
    SK_PANGKAT_TERAKHIR,
    {
      code: 'PENILAIAN_KINERJA',
      name: 'Penilaian kinerja dua tahun terakhir',
      required: true,
      fromArchive: true,
    },
    {
      code: 'SK_JABATAN_TERAKHIR',
      name: 'SK jabatan terakhir dan surat pernyataan pelantikan (kenaikan pangkat pilihan)',
      required: false,
      fromArchive: true,
    },
    {
      code: 'PENETAPAN_ANGKA_KREDIT',
      name: 'Penetapan angka kredit terakhir (jabatan fungsional)',
      required: false,
      fromArchive: true,
    },
    {
      code: 'IJAZAH_TERAKHIR',
      name: 'Ijazah dan transkrip nilai terakhir',
      required: false,
      fromArchive: true,
    },
    {
      code: 'SURAT_IZIN_BELAJAR',
      name: 'Surat izin belajar atau keputusan tugas belajar (penyesuaian ijazah)',
      required: false,
      fromArchive: true,
    },
    {
      code: 'SURAT_TANDA_LULUS_UJIAN',
      name: 'Surat tanda lulus ujian dinas atau ujian penyesuaian kenaikan pangkat',
      required: false,
      fromArchive: true,
    },
    {
      code: 'URAIAN_TUGAS',
      name: 'Uraian tugas yang sesuai dengan ijazah (penyesuaian ijazah)',
      required: false,
      fromArchive: false,
    },
  ],
  details,
  detailsExample: {
    promotionType: 'REGULER',
    currentRank: 'III/a',
    currentRankTmt: '2021-04-01',
    proposedRank: 'III/b',
    proposedTmt: '2025-10-01',
    lastYearRating: 'BAIK',
    previousYearRating: 'SANGAT_BAIK',
  },
  validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'],
  signatureMode: 'ELECTRONIC',
  handoverMode: 'ELECTRONIC',
  oneOpenRequest: true,
  sla: { ...DEFAULT_SLA, verification: 3 },
  eligibility: ({ employee, details: promotion, rules }) => {
    const findings: EligibilityFinding[] = [];
    const masterRank = employee.rank;
    if (masterRank && masterRank.code !== promotion.currentRank) {
      findings.push(
        note(
          `Pangkat saat ini yang diisi (${promotion.currentRank}) berbeda dengan data induk (${masterRank.code}).`,
          'details.currentRank',
        ),
      );
    }
    const rankTmt = masterRank?.tmt ?? promotion.currentRankTmt;
    const minimumYears = yearsInRankRule(promotion, rules);
    if (minimumYears && addYears(rankTmt, minimumYears.rule.value) > promotion.proposedTmt) {
      findings.push(
        blocking(
          `${minimumYears.subject} memerlukan sekurang-kurangnya ${minimumYears.rule.value} tahun dalam pangkat ` +
            `terakhir (${cite(minimumYears.rule)}); pada TMT ${formatDate(promotion.proposedTmt)} baru ` +
            `${describeMonths(completedMonths(rankTmt, promotion.proposedTmt))}.`,
          masterRank?.tmt ? 'employee.rank.tmt' : 'details.currentRankTmt',
        ),
      );
    }
    if (promotion.promotionType !== 'ANUMERTA' && promotion.promotionType !== 'PENGABDIAN') {
      const minimum = rules.promotionMinimumRating;
      const floor = PERFORMANCE_RATINGS.indexOf(minimum.value);
      const below = [promotion.lastYearRating, promotion.previousYearRating].filter(
        (rating) => PERFORMANCE_RATINGS.indexOf(rating) > floor,
      );
      if (below.length > 0) {
        findings.push(
          blocking(
            `Kenaikan pangkat mensyaratkan predikat kinerja sekurang-kurangnya ${RATING_LABELS[minimum.value].toLowerCase()} dalam ` +
              `dua tahun terakhir (${cite(minimum)}).`,
            'details.lastYearRating',
          ),
        );
      }
    }
    if (!PERIOD_FREE.includes(promotion.promotionType)) {
      findings.push(...checkPromotionPeriod(promotion.proposedTmt, rules));
    }
    return findings;
  },
} as const satisfies ServiceDefinition<typeof details>;

/** Posthumous and service promotions take effect on their own dates (Peraturan BKN 4/2023 Pasal 2). */
const PERIOD_FREE: readonly (keyof typeof PROMOTION_TYPES)[] = ['ANUMERTA', 'PENGABDIAN'];

/**
 * A proposed TMT against the period calendar in force on that date: twice a year, six times a
 * year from 2024, every month from 1 October 2025 (rules.promotionPeriods).
 */
export function checkPromotionPeriod(proposedTmt: string, rules: NationalRules): EligibilityFinding[] {
  const periods = rules.promotionPeriods;
  const inForce = periods.value.filter((period) => period.from <= proposedTmt).at(-1);
  const month = Number(proposedTmt.slice(5, 7));
  if (!inForce || inForce.months.includes(month)) return [];
  const dates = inForce.months.map((each) => `1 ${monthName(each)}`).join(', ');
  const basis = periods.overridden ? `${inForce.basis}; nilai disesuaikan instansi` : inForce.basis;
  return [
    blocking(
      `TMT ${formatDate(proposedTmt)} bukan periode kenaikan pangkat: sejak ${formatDate(inForce.from)} ` +
        `kenaikan pangkat ditetapkan pada tanggal ${dates} (${basis}).`,
      'details.proposedTmt',
    ),
  ];
}

function yearsInRankRule(promotion: Details, rules: NationalRules) {
  switch (promotion.promotionType) {
    case 'REGULER':
      return { subject: 'Kenaikan pangkat reguler', rule: rules.promotionMinimumYearsInRank };
    case 'PILIHAN_JABATAN_FUNGSIONAL':
      return {
        subject: 'Kenaikan pangkat jabatan fungsional',
        rule: rules.promotionFunctionalMinimumYearsInRank,
      };
    case 'PENYESUAIAN_IJAZAH':
      return {
        subject: 'Kenaikan pangkat penyesuaian ijazah',
        rule: rules.diplomaAdjustmentMinimumYearsInRank,
      };
    default:
      // Selective promotions for position, achievement, service or death follow their own decrees.
      return undefined;
  }
}
