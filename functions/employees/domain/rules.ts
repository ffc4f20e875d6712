import { z } from 'zod';
import { PERFORMANCE_RATINGS, SANCTION_LEVELS } from './employee';

/**
 * National rules the services check, as data (DOMAIN.md, "National rules the services depend on"):
 * every number carries its legal basis and the date it took effect, and an agency may override the
 * value when a regulation changes before the software does. Items marked "(belum terkonfirmasi)"
 * could not be checked against the regulation text and ship as settings with the common default.
 */

/** Performance predicates, best first (PermenPANRB 6/2022 tentang Pengelolaan Kinerja Pegawai ASN). */

/** Leave types of PNS (PP 11/2017 jo. PP 17/2020, Peraturan BKN 24/2017 jo. 7/2021). */
export const LEAVE_TYPES = [
  'TAHUNAN',
  'BESAR',
  'SAKIT',
  'MELAHIRKAN',
  'ALASAN_PENTING',
  'BERSAMA',
  'DI_LUAR_TANGGUNGAN_NEGARA',
] as const;
/** A leave type. */
export type LeaveType = (typeof LEAVE_TYPES)[number];

/** Levels of formal study a civil servant may be permitted or assigned to. */
export const STUDY_LEVELS = ['D3', 'D4', 'S1', 'S2', 'S3'] as const;
/** A study level. */
export type StudyLevel = (typeof STUDY_LEVELS)[number];

/**
 * Programme accreditation, old BAN-PT grades beside the new ones they map to (A = Unggul,
 * B = Baik Sekali, C = Baik), plus recognised foreign institutions.
 */
export const ACCREDITATIONS = [
  'INTERNASIONAL',
  'UNGGUL',
  'A',
  'BAIK_SEKALI',
  'B',
  'BAIK',
  'C',
  'BELUM_TERAKREDITASI',
] as const;
/** An accreditation grade. */
export type Accreditation = (typeof ACCREDITATIONS)[number];

/** Ordinal strength of an accreditation: equal grades of the old and new scales weigh the same. */
export const ACCREDITATION_STRENGTH: Readonly<Record<Accreditation, number>> = {
  INTERNASIONAL: 3,
  UNGGUL: 3,
  A: 3,
  BAIK_SEKALI: 2,
  B: 2,
  BAIK: 1,
  C: 1,
  BELUM_TERAKREDITASI: 0,
};

const years = (max: number) => z.number().int().min(0).max(max);
const perLevel = (max: number) =>
  z.object({ D3: years(max), D4: years(max), S1: years(max), S2: years(max), S3: years(max) }).strict();

const ruleValuesSchema = z.object({
  annualLeaveMinimumServiceYears: years(5).meta({ title: 'Masa kerja minimal untuk cuti tahunan (tahun)' }),
  annualLeaveDays: years(30).meta({ title: 'Hak cuti tahunan (hari kerja)' }),
  annualLeaveCarryOverDays: years(30).meta({
    title: 'Sisa cuti tahunan yang dapat dibawa ke tahun berikutnya',
  }),
  annualLeaveAccumulatedMaximumDays: years(60).meta({
    title: 'Cuti tahunan paling lama setelah dua tahun atau lebih tidak digunakan (hari kerja)',
  }),
  longLeaveMinimumServiceYears: years(10).meta({
    title: 'Masa kerja terus-menerus untuk cuti besar (tahun)',
  }),
  longLeaveMaximumMonths: years(12).meta({ title: 'Lama cuti besar paling lama (bulan)' }),
  sickLeaveMaximumMonths: years(24).meta({ title: 'Lama cuti sakit paling lama (bulan)' }),
  sickLeaveExtensionMonths: years(12).meta({ title: 'Perpanjangan cuti sakit paling lama (bulan)' }),
  maternityLeaveMaximumMonths: years(6).meta({ title: 'Lama cuti melahirkan (bulan)' }),
  maternityLeaveMaximumChildOrder: years(10).meta({ title: 'Cuti melahirkan sampai dengan anak ke-' }),
  importantReasonLeaveMaximumMonths: years(6).meta({
    title: 'Lama cuti karena alasan penting paling lama (bulan)',
  }),
  unpaidLeaveMinimumServiceYears: years(10).meta({ title: 'Masa kerja terus-menerus untuk CLTN (tahun)' }),
  unpaidLeaveMaximumYears: years(5).meta({ title: 'Lama CLTN paling lama (tahun)' }),
  unpaidLeaveExtensionYears: years(5).meta({ title: 'Perpanjangan CLTN paling lama (tahun)' }),
  pppkLeaveTypes: z.array(z.enum(LEAVE_TYPES)).min(1).meta({ title: 'Jenis cuti yang berlaku bagi PPPK' }),
  leaveBackdatingDays: z.partialRecord(z.enum(LEAVE_TYPES), years(90)).meta({
    title: 'Cuti yang boleh diajukan setelah dimulai: paling lama berapa hari kalender sejak hari pertamanya',
  }),
  pppkSickLeaveMaximumMonths: years(12).meta({ title: 'Lama cuti sakit PPPK paling lama (bulan)' }),
  salaryRaiseIntervalYears: years(5).meta({ title: 'Selang kenaikan gaji berkala (tahun)' }),
  salaryRaiseNoticeMonths: years(12).meta({ title: 'Pemberitahuan KGB sebelum TMT (bulan)' }),
  salaryRaiseMinimumRating: z.enum(PERFORMANCE_RATINGS).meta({ title: 'Predikat kinerja minimal untuk KGB' }),
  salaryRaiseRatingYears: years(5).meta({
    title: 'KGB: jumlah tahun terakhir sebelum TMT yang predikat kinerjanya dinilai',
  }),
  salaryRaiseDeferralYears: years(5).meta({
    title: 'KGB yang syarat kinerjanya belum terpenuhi ditunda (tahun, tiap kali)',
  }),
  promotionMinimumYearsInRank: years(10).meta({
    title: 'Masa dalam pangkat untuk kenaikan pangkat reguler (tahun)',
  }),
  promotionFunctionalMinimumYearsInRank: years(10).meta({
    title: 'Masa dalam pangkat untuk kenaikan pangkat jabatan fungsional (tahun)',
  }),
  diplomaAdjustmentMinimumYearsInRank: years(10).meta({
    title: 'Masa dalam pangkat untuk kenaikan pangkat penyesuaian ijazah (tahun)',
  }),
  promotionMinimumRating: z
    .enum(PERFORMANCE_RATINGS)
    .meta({ title: 'Predikat kinerja minimal dua tahun terakhir untuk kenaikan pangkat' }),
  promotionPeriods: z
    .array(
      z
        .object({
          from: z.iso.date(),
          months: z.array(z.number().int().min(1).max(12)).min(1).max(12),
          basis: z.string().min(3),
        })
        .strict(),
    )
    .min(1)
    .refine(
      (periods) =>
        periods.every((period, index) => index === 0 || (periods[index - 1]?.from ?? '') < period.from),
      'urutkan menurut tanggal berlaku, tanpa tanggal yang sama',
    )
    .meta({
      title: 'Periode (TMT) kenaikan pangkat menurut tanggal berlakunya: bulan-bulan TMT sejak tanggal itu',
    }),
  retirementAges: z
    .object({ JPT: years(70), ADMINISTRATOR: years(70), PENGAWAS: years(70), PELAKSANA: years(70) })
    .strict()
    .meta({ title: 'Batas usia pensiun menurut kategori jabatan (tahun)' }),
  pensionMinimumServiceYears: years(40).meta({ title: 'Masa kerja pensiun minimal (tahun)' }),
  earlyPensionMinimumAge: years(70).meta({ title: 'Usia minimal pensiun atas permintaan sendiri (tahun)' }),
  earlyPensionMinimumServiceYears: years(40).meta({
    title: 'Masa kerja minimal pensiun atas permintaan sendiri (tahun)',
  }),
  pensionSubmissionLeadMonths: years(36).meta({ title: 'Usul pensiun BUP diajukan sebelum TMT (bulan)' }),
  satyalancanaServiceYears: z
    .array(years(50))
    .length(3)
    .meta({ title: 'Masa kerja untuk Satyalancana Karya Satya X, XX, XXX (tahun)' }),
  satyalancanaExcludedSanctionLevels: z
    .array(z.enum(SANCTION_LEVELS))
    .meta({ title: 'Tingkat hukuman disiplin yang menutup usul Satyalancana Karya Satya' }),
  satyalancanaUnpaidLeaveRestartsCount: z.boolean().meta({
    title: 'Masa kerja Satyalancana dihitung ulang sejak aktif kembali setelah CLTN',
  }),
  studyPermitMinimumServiceYears: years(10).meta({
    title: 'Masa kerja sejak PNS untuk izin belajar (tahun)',
  }),
  studyMinimumAccreditation: z
    .enum(ACCREDITATIONS)
    .meta({ title: 'Akreditasi program studi minimal untuk izin dan tugas belajar' }),
  studyAssignmentMinimumServiceYears: years(10).meta({
    title: 'Masa kerja sejak PNS untuk tugas belajar (tahun)',
  }),
  studyAssignmentMaximumAge: perLevel(70).meta({
    title: 'Usia paling tinggi untuk tugas belajar per jenjang',
  }),
  studyAssignmentMaximumAgeSpecial: perLevel(70).meta({
    title: 'Usia paling tinggi untuk tugas belajar bagi daerah 3T atau jabatan yang sangat diperlukan',
  }),
  studyAssignmentMaximumYears: perLevel(10).meta({
    title: 'Jangka waktu tugas belajar paling lama per jenjang',
  }),
  marriageReportDeadlineYears: years(5).meta({ title: 'Batas waktu laporan perkawinan (tahun)' }),
  jknFamilyMemberLimit: years(10).meta({ title: 'Anggota keluarga yang ditanggung JKN' }),
  jknChildMaximumAge: years(30).meta({ title: 'Usia anak tertanggung JKN paling tinggi (tahun)' }),
  jknStudentChildMaximumAge: years(30).meta({
    title: 'Usia anak tertanggung JKN yang masih sekolah (tahun)',
  }),
  transferMinimumServiceYears: years(20).meta({ title: 'Masa kerja sebelum pindah antarinstansi (tahun)' }),
  taperumRefundRetiredUntil: z.iso
    .date()
    .meta({ title: 'Pensiun sampai tanggal ini dikembalikan dana Taperum' }),
});

/** The values of the national rules, one per rule name. */
export type NationalRuleValues = z.output<typeof ruleValuesSchema>;
/** The name of a national rule. */
export type NationalRuleName = keyof NationalRuleValues;

/** One rule: its value, the regulation it comes from, and the date that regulation took effect. */
export interface NationalRule<Value> {
  readonly value: Value;
  readonly basis: string;
  readonly effectiveFrom: string;
  /** True when the agency replaced the national value (the basis still names the national source). */
  readonly overridden?: boolean;
}

/** The effective rules: the national defaults with the agency's overrides applied. */
export type NationalRules = {
  readonly [Name in NationalRuleName]: NationalRule<Readonly<NationalRuleValues[Name]>>;
};

const PP_11_2017 = '2017-04-07';
const PP_49_2018 = '2018-11-28';
const PP_99_2000 = '2000-11-10';
const PP_10_1983 = '1983-04-21';
const SE_MENPANRB_4_2013 = '2013-03-25';
const CUTI = 'PP 11/2017 jo. PP 17/2020 tentang Manajemen PNS; Peraturan BKN 24/2017 jo. 7/2021';
const TUBEL = 'SE Menteri PANRB 04/2013 tentang Pemberian Tugas Belajar dan Izin Belajar bagi PNS';

/** The national defaults (DOMAIN.md), each with its legal basis and effective date. */
export const NATIONAL_RULES: NationalRules = {
  annualLeaveMinimumServiceYears: {
    value: 1,
    basis: `${CUTI}, Pasal 311 ayat (1)`,
    effectiveFrom: PP_11_2017,
  },
  annualLeaveDays: { value: 12, basis: `${CUTI}, Pasal 311 ayat (2)`, effectiveFrom: PP_11_2017 },
  annualLeaveCarryOverDays: { value: 6, basis: `${CUTI}, Pasal 313`, effectiveFrom: PP_11_2017 },
  annualLeaveAccumulatedMaximumDays: {
    value: 24,
    basis: `${CUTI}, Pasal 313 ayat (2)`,
    effectiveFrom: PP_11_2017,
  },
  longLeaveMinimumServiceYears: { value: 5, basis: `${CUTI}, Pasal 315`, effectiveFrom: PP_11_2017 },
  longLeaveMaximumMonths: { value: 3, basis: `${CUTI}, Pasal 315`, effectiveFrom: PP_11_2017 },
  sickLeaveMaximumMonths: { value: 12, basis: `${CUTI} (cuti sakit)`, effectiveFrom: PP_11_2017 },
  sickLeaveExtensionMonths: {
    value: 6,
    basis: `${CUTI} (cuti sakit, perpanjangan atas keterangan tim penguji kesehatan)`,
    effectiveFrom: PP_11_2017,
  },
  maternityLeaveMaximumMonths: { value: 3, basis: `${CUTI} (cuti melahirkan)`, effectiveFrom: PP_11_2017 },
  maternityLeaveMaximumChildOrder: {
    value: 3,
    basis: `${CUTI} (cuti melahirkan anak pertama sampai ketiga; anak keempat dan seterusnya sebagai cuti besar)`,
    effectiveFrom: PP_11_2017,
  },
  importantReasonLeaveMaximumMonths: {
    value: 1,
    basis: `${CUTI} (cuti karena alasan penting)`,
    effectiveFrom: PP_11_2017,
  },
  unpaidLeaveMinimumServiceYears: {
    value: 5,
    basis: `${CUTI} (cuti di luar tanggungan negara)`,
    effectiveFrom: PP_11_2017,
  },
  unpaidLeaveMaximumYears: {
    value: 3,
    basis: `${CUTI} (cuti di luar tanggungan negara)`,
    effectiveFrom: PP_11_2017,
  },
  unpaidLeaveExtensionYears: {
    value: 1,
    basis: `${CUTI} (perpanjangan cuti di luar tanggungan negara)`,
    effectiveFrom: PP_11_2017,
  },
  pppkLeaveTypes: {
    value: ['TAHUNAN', 'SAKIT', 'MELAHIRKAN', 'BERSAMA'],
    basis: 'PP 49/2018 tentang Manajemen PPPK; Peraturan BKN 7/2022 tentang Tata Cara Pemberian Cuti PPPK',
    effectiveFrom: PP_49_2018,
  },
  leaveBackdatingDays: {
    value: { SAKIT: 14 },
    basis:
      '(belum terkonfirmasi) praktik instansi: cuti sakit dapat diajukan setelah pegawai sakit, dengan surat ' +
      'keterangan dokter (Peraturan BKN 24/2017 jo. 7/2021, cuti sakit); cuti lain diajukan sebelum dimulai',
    effectiveFrom: PP_11_2017,
  },
  pppkSickLeaveMaximumMonths: {
    value: 1,
    basis: 'PP 49/2018 tentang Manajemen PPPK (cuti sakit)',
    effectiveFrom: PP_49_2018,
  },
  salaryRaiseIntervalYears: {
    value: 2,
    basis: 'PP 7/1977 tentang Peraturan Gaji PNS beserta perubahannya',
    effectiveFrom: '1977-04-01',
  },
  salaryRaiseNoticeMonths: {
    value: 2,
    basis: 'Praktik pemberitahuan KGB dua bulan sebelum TMT (DOMAIN.md)',
    effectiveFrom: '1977-04-01',
  },
  salaryRaiseMinimumRating: {
    value: 'BAIK',
    basis:
      'PP 30/2019 tentang Penilaian Kinerja PNS (praktik saat ini; PP 7/1977 semula mensyaratkan "cukup")',
    effectiveFrom: '2019-05-01',
  },
  salaryRaiseRatingYears: {
    value: 2,
    basis:
      '(belum terkonfirmasi) praktik saat ini: predikat kinerja sekurang-kurangnya baik dalam 2 tahun terakhir ' +
      'sebelum TMT KGB (DOMAIN.md; PP 30/2019 tentang Penilaian Kinerja PNS)',
    effectiveFrom: '2019-05-01',
  },
  salaryRaiseDeferralYears: {
    value: 1,
    basis:
      'PP 7/1977 tentang Peraturan Gaji PNS beserta perubahannya (KGB yang syaratnya belum dipenuhi ditunda paling ' +
      'lama 1 tahun, dan diperpanjang tiap kali 1 tahun)',
    effectiveFrom: '1977-04-01',
  },
  promotionMinimumYearsInRank: {
    value: 4,
    basis: 'PP 99/2000 jo. PP 12/2002 tentang Kenaikan Pangkat PNS (kenaikan pangkat reguler)',
    effectiveFrom: PP_99_2000,
  },
  promotionFunctionalMinimumYearsInRank: {
    value: 2,
    basis: 'PP 99/2000 jo. PP 12/2002, Pasal 13 huruf a',
    effectiveFrom: PP_99_2000,
  },
  diplomaAdjustmentMinimumYearsInRank: {
    value: 1,
    basis: 'PP 99/2000 jo. PP 12/2002 (kenaikan pangkat penyesuaian ijazah)',
    effectiveFrom: PP_99_2000,
  },
  promotionMinimumRating: {
    value: 'BAIK',
    basis:
      'PP 99/2000 jo. PP 12/2002 (penilaian prestasi kerja sekurang-kurangnya baik dalam 2 tahun terakhir)',
    effectiveFrom: PP_99_2000,
  },
  promotionPeriods: {
    value: [
      {
        from: PP_99_2000,
        months: [4, 10],
        basis: 'PP 99/2000 jo. PP 12/2002 tentang Kenaikan Pangkat PNS (periode 1 April dan 1 Oktober)',
      },
      {
        from: '2024-01-01',
        months: [2, 4, 6, 8, 10, 12],
        basis: 'Peraturan BKN 4/2023 tentang Periodisasi Kenaikan Pangkat PNS, Pasal 2',
      },
      {
        from: '2025-10-01',
        months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        basis: 'Peraturan BKN 4/2025 tentang Periodisasi Kenaikan Pangkat PNS (setiap tanggal 1)',
      },
    ],
    basis:
      'PP 99/2000 jo. PP 12/2002; Peraturan BKN 4/2023 (berlaku 1 Januari 2024); Peraturan BKN 4/2025 ' +
      '(berlaku 1 Oktober 2025, mencabut Peraturan BKN 4/2023)',
    effectiveFrom: PP_99_2000,
  },
  retirementAges: {
    value: { JPT: 60, ADMINISTRATOR: 58, PENGAWAS: 58, PELAKSANA: 58 },
    basis: 'PP 11/2017 jo. PP 17/2020, Pasal 239; UU 20/2023 tentang ASN',
    effectiveFrom: PP_11_2017,
  },
  pensionMinimumServiceYears: {
    value: 10,
    basis: 'PP 11/2017 jo. PP 17/2020 (pemberhentian dengan hak pensiun)',
    effectiveFrom: PP_11_2017,
  },
  earlyPensionMinimumAge: {
    value: 50,
    basis: 'UU 11/1969 tentang Pensiun Pegawai dan Pensiun Janda/Duda Pegawai, Pasal 9 ayat (1) huruf a',
    effectiveFrom: '1969-04-30',
  },
  earlyPensionMinimumServiceYears: {
    value: 20,
    basis: 'UU 11/1969 tentang Pensiun Pegawai dan Pensiun Janda/Duda Pegawai, Pasal 9 ayat (1) huruf a',
    effectiveFrom: '1969-04-30',
  },
  pensionSubmissionLeadMonths: {
    value: 12,
    basis: 'Praktik pengusulan pensiun BUP sekitar satu tahun sebelum TMT (DOMAIN.md; pengaturan instansi)',
    effectiveFrom: PP_11_2017,
  },
  satyalancanaServiceYears: {
    value: [10, 20, 30],
    basis: 'UU 20/2009 tentang Gelar, Tanda Jasa, dan Tanda Kehormatan; PP 35/2010; PP 25/1994 Pasal 4',
    effectiveFrom: '1994-08-29',
  },
  satyalancanaExcludedSanctionLevels: {
    value: ['SEDANG', 'BERAT'],
    basis:
      'PP 35/2010 (syarat Satyalancana Karya Satya: tidak pernah dijatuhi hukuman disiplin tingkat sedang atau ' +
      'berat); tingkat hukuman disiplin menurut PP 94/2021 Pasal 8 ayat (1)',
    effectiveFrom: '2021-08-31',
  },
  satyalancanaUnpaidLeaveRestartsCount: {
    value: false,
    basis: '(belum terkonfirmasi) praktik instansi: PNS yang pernah CLTN tidak diusulkan',
    effectiveFrom: '1994-08-29',
  },
  studyPermitMinimumServiceYears: { value: 1, basis: TUBEL, effectiveFrom: SE_MENPANRB_4_2013 },
  studyMinimumAccreditation: {
    value: 'B',
    basis: `${TUBEL} (program studi terakreditasi sekurang-kurangnya B)`,
    effectiveFrom: SE_MENPANRB_4_2013,
  },
  studyAssignmentMinimumServiceYears: { value: 1, basis: TUBEL, effectiveFrom: SE_MENPANRB_4_2013 },
  studyAssignmentMaximumAge: {
    value: { D3: 25, D4: 25, S1: 25, S2: 37, S3: 40 },
    basis: TUBEL,
    effectiveFrom: SE_MENPANRB_4_2013,
  },
  studyAssignmentMaximumAgeSpecial: {
    value: { D3: 37, D4: 37, S1: 37, S2: 42, S3: 47 },
    basis: `${TUBEL} (daerah 3T atau jabatan yang sangat diperlukan)`,
    effectiveFrom: SE_MENPANRB_4_2013,
  },
  studyAssignmentMaximumYears: {
    value: { D3: 3, D4: 4, S1: 4, S2: 2, S3: 4 },
    basis: `${TUBEL} (dapat diperpanjang paling lama 1 tahun)`,
    effectiveFrom: SE_MENPANRB_4_2013,
  },
  marriageReportDeadlineYears: {
    value: 1,
    basis: 'PP 10/1983 jo. PP 45/1990 tentang Izin Perkawinan dan Perceraian bagi PNS, Pasal 2',
    effectiveFrom: PP_10_1983,
  },
  jknFamilyMemberLimit: {
    value: 4,
    basis: 'Pergub Gorontalo 43/2023 Pasal 6; Perpres 82/2018 tentang Jaminan Kesehatan',
    effectiveFrom: '2023-09-15',
  },
  jknChildMaximumAge: {
    value: 21,
    basis: 'Pergub Gorontalo 43/2023 Pasal 6; Perpres 82/2018 tentang Jaminan Kesehatan',
    effectiveFrom: '2023-09-15',
  },
  jknStudentChildMaximumAge: {
    value: 25,
    basis: 'Pergub Gorontalo 43/2023 Pasal 6; Perpres 82/2018 tentang Jaminan Kesehatan',
    effectiveFrom: '2023-09-15',
  },
  transferMinimumServiceYears: {
    value: 10,
    basis: '(belum terkonfirmasi) pernyataan kesediaan tidak pindah pada seleksi CASN; Peraturan BKN 5/2019',
    effectiveFrom: '2019-04-05',
  },
  taperumRefundRetiredUntil: {
    value: '2020-12-31',
    basis:
      'UU 4/2016 tentang Tapera Pasal 77; PMK 122/PMK.05/2020 tentang Pengalihan dan Pengembalian Dana Taperum PNS',
    effectiveFrom: '2020-09-01',
  },
};

/** An agency's overrides: any rule's value, validated like the national one. */
export const nationalRulesOverridesSchema = ruleValuesSchema.partial().strict();
/** What an agency may override, as it writes it. */
export type NationalRulesOverrides = z.input<typeof nationalRulesOverridesSchema>;

const RULE_NAMES = Object.keys(ruleValuesSchema.shape) as NationalRuleName[];

function resolveRule<Name extends NationalRuleName>(
  name: Name,
  value: NationalRuleValues[Name] | undefined,
): NationalRule<Readonly<NationalRuleValues[Name]>> {
  const rule: NationalRule<Readonly<NationalRuleValues[Name]>> = NATIONAL_RULES[name];
  return value === undefined ? rule : { ...rule, value, overridden: true };
}

/** The rules in force for an agency: national defaults, each replaced by the agency's value if it set one. */
export function resolveRules(overrides: NationalRulesOverrides = {}): NationalRules {
  const values = nationalRulesOverridesSchema.parse(overrides);
  return Object.fromEntries(
    RULE_NAMES.map((name) => [name, resolveRule(name, values[name])]),
  ) as NationalRules;
}

/** How a finding cites a rule: its national basis, and whether the agency changed the value. */
export function cite(rule: NationalRule<unknown>): string {
  return rule.overridden ? `${rule.basis}; nilai disesuaikan instansi` : rule.basis;
}
