import { z } from 'zod';
import type { Employee } from '#employees';
import { cite, type NationalRules } from '#employees';
import { addMonths, completedYears, formatDate } from '#kernel/domain/dates';
import { blocking, checkMinimumService, fromTmtCpns, note, retirementTmt } from './eligibility';
import { firstOfMonth, labelled, text } from './fields';
import { LEGAL_BASIS } from './legal-basis';
import { SK_PANGKAT_TERAKHIR, SK_PNS } from './requirements';
import { DEFAULT_SLA, type EligibilityFinding, type ServiceDefinition } from './service';

const PENSION_TYPES = {
  BUP: 'Batas usia pensiun (BUP)',
  APS: 'Atas permintaan sendiri (APS)',
  UZUR: 'Tidak cakap jasmani atau rohani (uzur)',
  JANDA_DUDA: 'Pensiun janda/duda',
  TEWAS: 'Tewas',
} as const;
const DEATH_TYPES: readonly (keyof typeof PENSION_TYPES)[] = ['JANDA_DUDA', 'TEWAS'];

const details = z
  .object({
    pensionType: labelled(PENSION_TYPES).meta({
      title: 'Jenis pensiun',
      description:
        'BUP (batas usia pensiun), APS (atas permintaan sendiri), UZUR (tidak cakap jasmani/rohani), JANDA_DUDA ' +
        '(PNS meninggal dunia), atau TEWAS (PNS tewas dalam menjalankan tugas).',
    }),
    pensionTmt: firstOfMonth().meta({
      title: 'TMT pensiun',
      description:
        'Terhitung mulai tanggal pensiun; untuk BUP tanggal 1 bulan berikutnya setelah mencapai BUP.',
    }),
    dateOfDeath: z.iso.date().optional().meta({
      title: 'Tanggal meninggal dunia',
      description: 'Untuk pensiun janda/duda dan tewas.',
    }),
    heirName: text(3, 100).optional().meta({
      title: 'Nama janda/duda atau ahli waris',
      description: 'Untuk pensiun janda/duda dan tewas: penerima pensiun.',
    }),
    heirRelationship: labelled({ ISTRI: 'Istri', SUAMI: 'Suami', ANAK: 'Anak' }).optional().meta({
      title: 'Hubungan ahli waris',
      description: 'Hubungan penerima pensiun dengan PNS yang meninggal.',
    }),
    dependentChildren: z.number().int().min(0).max(20).meta({
      title: 'Jumlah anak tertanggung',
      description: 'Anak yang belum berusia 25 tahun, belum menikah, dan belum berpenghasilan.',
    }),
    addressAfterRetirement: text(10, 300).meta({
      title: 'Alamat setelah pensiun',
      description: 'Alamat surat-menyurat penerima pensiun.',
    }),
    taspenPaymentOffice: text(3, 100).meta({
      title: 'Kantor cabang PT Taspen pembayar',
      description: 'Kantor cabang PT Taspen (Persero) tempat pensiun dibayarkan.',
    }),
  })
  .strict()
  .refine((value) => !DEATH_TYPES.includes(value.pensionType) || value.dateOfDeath !== undefined, {
    message: 'Tanggal meninggal dunia wajib diisi untuk pensiun janda/duda dan tewas',
    path: ['dateOfDeath'],
  })
  .refine((value) => !DEATH_TYPES.includes(value.pensionType) || value.heirName !== undefined, {
    message: 'Nama janda/duda atau ahli waris wajib diisi',
    path: ['heirName'],
  })
  .refine((value) => !DEATH_TYPES.includes(value.pensionType) || value.heirRelationship !== undefined, {
    message: 'Hubungan ahli waris wajib dipilih',
    path: ['heirRelationship'],
  })
  .refine((value) => value.dateOfDeath === undefined || value.dateOfDeath < value.pensionTmt, {
    message: 'TMT pensiun harus setelah tanggal meninggal dunia',
    path: ['pensionTmt'],
  });

/**
 * The employee's retirement age (BUP): the position's own when master data has it (functional
 * positions), else the one of the position category.
 */
function retirementAge(employee: Employee, rules: NationalRules): number | undefined {
  if (employee.retirementAge !== undefined) return employee.retirementAge;
  const category = employee.positionCategory;
  if (!category || category === 'FUNGSIONAL') return undefined;
  return rules.retirementAges.value[category];
}

/** Pensiun: retirement at BUP or own request, disability, and widow/widower pensions (UU 11/1969). */
export const pensiun = {
  code: 'PENSIUN',
  name: 'Pensiun PNS',
  description:
    'Pengusulan dan penerbitan keputusan pemberhentian dengan hormat dan pemberian pensiun PNS karena mencapai ' +
    'batas usia pensiun, atas permintaan sendiri, tidak cakap jasmani/rohani, serta pensiun janda/duda dan tewas.',
  legalBasis: [
    LEGAL_BASIS.uuAsn,
    LEGAL_BASIS.uuPensiun,
    LEGAL_BASIS.ppManajemenPns,
    LEGAL_BASIS.perwaliKediri,
    LEGAL_BASIS.pergubGorontalo,
  ],
  outputKind: 'DECREE',
  outputName: 'Surat Keputusan Pemberhentian dengan Hormat dan Pemberian Pensiun',
  archivedAs: 'SK_PENSIUN',
  employeeTypes: ['PNS'],
  requirements: [
    {
      code: 'SURAT_PENGANTAR',
      name: 'Surat pengantar/usul kepala perangkat daerah',
      required: true,
      fromArchive: false,
    },
    {
      code: 'DATA_PERORANGAN_CALON_PENERIMA_PENSIUN',
      name: 'Data perorangan calon penerima pensiun (DPCP)',
      required: true,
      fromArchive: false,
    },
    { code: 'SK_CPNS', name: 'SK pengangkatan CPNS', required: true, fromArchive: true },
    SK_PNS,
    SK_PANGKAT_TERAKHIR,
    { code: 'SK_KGB_TERAKHIR', name: 'SK kenaikan gaji berkala terakhir', required: true, fromArchive: true },
    {
      code: 'SK_JABATAN_TERAKHIR',
      name: 'SK jabatan terakhir (BUP jabatan fungsional atau pimpinan tinggi)',
      required: false,
      fromArchive: true,
    },
    {
      code: 'PENILAIAN_KINERJA',
      name: 'Penilaian kinerja satu tahun terakhir',
      required: true,
      fromArchive: true,
    },
    { code: 'KTP', name: 'Kartu tanda penduduk', required: true, fromArchive: true },
    { code: 'KARTU_KELUARGA', name: 'Kartu keluarga', required: true, fromArchive: true },
    { code: 'AKTA_NIKAH', name: 'Akta nikah/buku nikah', required: false, fromArchive: true },
    {
      code: 'AKTA_KELAHIRAN_ANAK',
      name: 'Akta kelahiran anak yang belum berusia 25 tahun',
      required: false,
      fromArchive: true,
    },
    { code: 'PAS_FOTO', name: 'Pas foto terbaru', required: true, fromArchive: false },
    {
      code: 'SURAT_PERNYATAAN_TIDAK_HUKUMAN_DISIPLIN',
      name: 'Surat pernyataan tidak pernah dijatuhi hukuman disiplin tingkat sedang/berat dalam satu tahun terakhir',
      required: true,
      fromArchive: false,
    },
    {
      code: 'SURAT_PERNYATAAN_TIDAK_PROSES_PIDANA',
      name: 'Surat pernyataan tidak sedang menjalani proses pidana',
      required: true,
      fromArchive: false,
    },
    {
      code: 'SURAT_PERMOHONAN_BERHENTI',
      name: 'Surat permohonan berhenti atas permintaan sendiri (APS)',
      required: false,
      fromArchive: false,
    },
    {
      code: 'SURAT_KETERANGAN_TIM_PENGUJI_KESEHATAN',
      name: 'Surat keterangan tim penguji kesehatan (pensiun karena uzur)',
      required: false,
      fromArchive: false,
    },
    {
      code: 'AKTA_KEMATIAN',
      name: 'Akta kematian atau surat keterangan kematian (janda/duda, tewas)',
      required: false,
      fromArchive: false,
    },
    {
      code: 'SURAT_KETERANGAN_JANDA_DUDA',
      name: 'Surat keterangan janda/duda dari kelurahan',
      required: false,
      fromArchive: false,
    },
    {
      code: 'BERITA_ACARA_TEWAS',
      name: 'Surat keterangan/berita acara tewas dari pimpinan unit kerja',
      required: false,
      fromArchive: false,
    },
  ],
  details,
  detailsExample: {
    pensionType: 'BUP',
    pensionTmt: '2026-06-01',
    dependentChildren: 1,
    addressAfterRetirement: 'Jl. Panglima Sudirman No. 5, Kelurahan Kampung Dalem, Kota Kediri',
    taspenPaymentOffice: 'KCU Taspen Kediri',
  },
  validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'],
  signatureMode: 'ELECTRONIC',
  handoverMode: 'BOTH',
  oneOpenRequest: true,
  sla: { ...DEFAULT_SLA, verification: 5, signing: 3, deficiencyWindow: 10 },
  eligibility: ({ employee, details: pension, today, rules }) => {
    const findings: EligibilityFinding[] = [];
    const age = retirementAge(employee, rules);
    const bupTmt =
      employee.birthDate && age !== undefined ? retirementTmt(employee.birthDate, age) : undefined;

    if (pension.pensionType === 'BUP') {
      if (!employee.birthDate) {
        findings.push(
          note('Tanggal lahir tidak tercatat pada data induk: verifikator menghitung TMT pensiun BUP.'),
        );
      } else if (age === undefined || bupTmt === undefined) {
        findings.push(
          note(
            'Batas usia pensiun jabatan ini tidak tercatat pada data induk (jabatan fungsional mengikuti ' +
              `ketentuan jabatannya): verifikator menetapkan BUP (${cite(rules.retirementAges)}).`,
            'employee.retirementAge',
          ),
        );
      } else if (bupTmt !== pension.pensionTmt) {
        findings.push(
          blocking(
            `TMT pensiun BUP ${age} tahun bagi pegawai yang lahir ${formatDate(employee.birthDate)} adalah ` +
              `${formatDate(bupTmt)}: tanggal 1 bulan berikutnya setelah mencapai batas usia pensiun ` +
              `(${cite(rules.retirementAges)}).`,
            'details.pensionTmt',
          ),
        );
      }
      if (bupTmt && addMonths(bupTmt, -rules.pensionSubmissionLeadMonths.value) < today) {
        findings.push(
          note(
            `Usul pensiun BUP diajukan kurang dari ${rules.pensionSubmissionLeadMonths.value} bulan sebelum TMT ` +
              `${formatDate(bupTmt)}; prioritaskan agar pembayaran pensiun tidak terlambat ` +
              `(${cite(rules.pensionSubmissionLeadMonths)}).`,
          ),
        );
      }
    }

    if (pension.pensionType === 'BUP' || pension.pensionType === 'APS') {
      // Service counted from TMT CPNS is a lower bound: other recognised periods may add to it.
      findings.push(
        ...checkMinimumService({
          subject: 'Pensiun dengan hak pensiun',
          start: fromTmtCpns(employee),
          at: pension.pensionTmt,
          rule: rules.pensionMinimumServiceYears,
          refuse: false,
          startName: 'TMT CPNS',
        }),
      );
    }

    if (pension.pensionType === 'APS') {
      if (bupTmt && pension.pensionTmt >= bupTmt) {
        findings.push(
          note(
            `TMT ${formatDate(pension.pensionTmt)} tidak sebelum TMT BUP ${formatDate(bupTmt)}: ajukan sebagai pensiun BUP.`,
            'details.pensionType',
          ),
        );
      }
      const minimumAge = rules.earlyPensionMinimumAge;
      const minimumService = rules.earlyPensionMinimumServiceYears;
      const ageAtTmt = employee.birthDate
        ? completedYears(employee.birthDate, pension.pensionTmt)
        : undefined;
      const serviceAtTmt = employee.tmtCpns
        ? completedYears(employee.tmtCpns, pension.pensionTmt)
        : undefined;
      if (
        (ageAtTmt !== undefined && ageAtTmt < minimumAge.value) ||
        (serviceAtTmt !== undefined && serviceAtTmt < minimumService.value)
      ) {
        findings.push(
          note(
            `Pensiun atas permintaan sendiri dengan hak pensiun mensyaratkan usia sekurang-kurangnya ` +
              `${minimumAge.value} tahun dan masa kerja pensiun ${minimumService.value} tahun (${cite(minimumAge)}); ` +
              'di bawah itu PNS diberhentikan dengan hormat tanpa hak pensiun.',
          ),
        );
      }
    }
    return findings;
  },
} as const satisfies ServiceDefinition<typeof details>;
