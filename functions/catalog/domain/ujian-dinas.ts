import { z } from 'zod';
import { checkMinimumService, note } from './eligibility';
import { educationLevelSchema, labelled, rankSchema, text } from './fields';
import { LEGAL_BASIS } from './legal-basis';
import { SK_PANGKAT_TERAKHIR } from './requirements';
import { DEFAULT_SLA, type EligibilityFinding, type ServiceDefinition } from './service';

const EXAM_TYPES = {
  UJIAN_DINAS_TINGKAT_I: 'Ujian Dinas Tingkat I',
  UJIAN_DINAS_TINGKAT_II: 'Ujian Dinas Tingkat II',
  UJIAN_PENYESUAIAN_KENAIKAN_PANGKAT: 'Ujian Penyesuaian Kenaikan Pangkat',
} as const;

/** The rank an official service exam opens the next rank group from. */
const EXAM_RANKS: Readonly<Partial<Record<keyof typeof EXAM_TYPES, string>>> = {
  UJIAN_DINAS_TINGKAT_I: 'II/d',
  UJIAN_DINAS_TINGKAT_II: 'III/d',
};

const details = z
  .object({
    examType: labelled(EXAM_TYPES).meta({
      title: 'Jenis ujian',
      description:
        'Ujian dinas tingkat I (II/d ke III/a), ujian dinas tingkat II (III/d ke IV/a), atau ujian penyesuaian ' +
        'kenaikan pangkat (penyesuaian ijazah).',
    }),
    currentRank: rankSchema.meta({
      title: 'Pangkat/golongan ruang saat ini',
      description: 'Menurut SK kenaikan pangkat terakhir.',
    }),
    examYear: z.number().int().min(2000).max(2100).meta({
      title: 'Tahun pelaksanaan ujian',
      description: 'Tahun penyelenggaraan ujian yang diikuti.',
    }),
    diplomaLevel: educationLevelSchema.optional().meta({
      title: 'Jenjang ijazah yang disesuaikan',
      description:
        'Untuk ujian penyesuaian kenaikan pangkat: jenjang ijazah yang diperoleh selama menjadi PNS.',
    }),
    diplomaStudyProgram: text(3, 150).optional().meta({
      title: 'Program studi ijazah',
      description: 'Untuk ujian penyesuaian kenaikan pangkat.',
    }),
    studyPermitNumber: text(3, 100).optional().meta({
      title: 'Nomor surat izin belajar/tugas belajar',
      description: 'Untuk ujian penyesuaian kenaikan pangkat: izin yang mendasari pendidikan tersebut.',
    }),
  })
  .strict()
  .refine(
    (value) =>
      value.examType !== 'UJIAN_PENYESUAIAN_KENAIKAN_PANGKAT' ||
      (value.diplomaLevel !== undefined && value.diplomaStudyProgram !== undefined),
    {
      message: 'Jenjang dan program studi ijazah wajib diisi untuk ujian penyesuaian kenaikan pangkat',
      path: ['diplomaLevel'],
    },
  );

/** Ujian Dinas dan Ujian Penyesuaian Kenaikan Pangkat: registration and the pass certificate (Gorontalo Pasal 14). */
export const ujianDinas = {
  code: 'UJIAN_DINAS',
  name: 'Ujian Dinas dan Ujian Penyesuaian Kenaikan Pangkat',
  description:
    'Pendaftaran peserta ujian dinas tingkat I dan II serta ujian penyesuaian kenaikan pangkat, dan penerbitan ' +
    'surat tanda lulus bagi peserta yang lulus.',
  legalBasis: [LEGAL_BASIS.ppKenaikanPangkat, LEGAL_BASIS.ppManajemenPns, LEGAL_BASIS.pergubGorontalo],
  outputKind: 'CERTIFICATE',
  outputName: 'Surat Tanda Lulus Ujian Dinas/Ujian Penyesuaian Kenaikan Pangkat',
  archivedAs: 'SURAT_TANDA_LULUS_UJIAN',
  employeeTypes: ['PNS'],
  requirements: [
    {
      code: 'SURAT_PENGANTAR',
      name: 'Surat usul kepala perangkat daerah',
      required: true,
      fromArchive: false,
    },
    SK_PANGKAT_TERAKHIR,
    { code: 'SK_JABATAN_TERAKHIR', name: 'SK jabatan terakhir', required: false, fromArchive: true },
    {
      code: 'PENILAIAN_KINERJA',
      name: 'Penilaian kinerja satu tahun terakhir',
      required: true,
      fromArchive: true,
    },
    {
      code: 'IJAZAH_TERAKHIR',
      name: 'Ijazah dan transkrip nilai (ujian penyesuaian kenaikan pangkat)',
      required: false,
      fromArchive: true,
    },
    {
      code: 'SURAT_IZIN_BELAJAR',
      name: 'Surat izin belajar atau keputusan tugas belajar (ujian penyesuaian kenaikan pangkat)',
      required: false,
      fromArchive: true,
    },
    {
      code: 'URAIAN_TUGAS',
      name: 'Uraian tugas yang memerlukan pengetahuan sesuai ijazah (ujian penyesuaian kenaikan pangkat)',
      required: false,
      fromArchive: false,
    },
    { code: 'PAS_FOTO', name: 'Pas foto terbaru', required: true, fromArchive: false },
  ],
  details,
  detailsExample: {
    examType: 'UJIAN_PENYESUAIAN_KENAIKAN_PANGKAT',
    currentRank: 'II/c',
    examYear: 2025,
    diplomaLevel: 'S1',
    diplomaStudyProgram: 'Ilmu Administrasi Negara',
    studyPermitNumber: '800/1234/419.44/2021',
  },
  validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'],
  signatureMode: 'ELECTRONIC',
  handoverMode: 'BOTH',
  oneOpenRequest: true,
  sla: { ...DEFAULT_SLA, verification: 3 },
  eligibility: ({ employee, details: exam, today, rules }) => {
    const findings: EligibilityFinding[] = [];
    const rank = employee.rank?.code ?? exam.currentRank;
    const examRank = EXAM_RANKS[exam.examType];
    if (examRank && rank !== examRank) {
      findings.push(
        note(
          `Ujian dinas ini diperuntukkan bagi PNS berpangkat ${examRank} yang akan naik ke golongan berikutnya; ` +
            `pangkat pegawai ${rank} (${LEGAL_BASIS.ppKenaikanPangkat}).`,
          'details.examType',
        ),
      );
    }
    if (exam.examType === 'UJIAN_PENYESUAIAN_KENAIKAN_PANGKAT') {
      const tmt = employee.rank?.tmt;
      findings.push(
        ...checkMinimumService({
          subject: 'Ujian penyesuaian kenaikan pangkat',
          start: tmt ? { date: tmt, field: 'employee.rank.tmt' } : undefined,
          at: today,
          rule: rules.diplomaAdjustmentMinimumYearsInRank,
          refuse: true,
          startName: 'TMT pangkat terakhir',
        }),
      );
    }
    return findings;
  },
} as const satisfies ServiceDefinition<typeof details>;
