import { z } from 'zod';
import { checkMinimumService, checkStudyAge, fromTmtPns } from './eligibility';
import { aboveCurrentEducation, educationLevelSchema, studyLevelSchema, text } from './fields';
import { LEGAL_BASIS } from './legal-basis';
import { SK_PANGKAT_TERAKHIR, SK_PNS } from './requirements';
import { DEFAULT_SLA, type ServiceDefinition } from './service';

const details = z
  .object({
    scholarshipProvider: text(3, 150).meta({
      title: 'Penyelenggara beasiswa/seleksi',
      description:
        'Instansi atau lembaga penyelenggara seleksi, misalnya LPDP atau Pusbindiklatren Bappenas.',
    }),
    scholarshipProgram: text(3, 150).meta({
      title: 'Nama program beasiswa',
      description: 'Nama program atau skema beasiswa yang diikuti.',
    }),
    educationLevel: studyLevelSchema.meta({
      title: 'Jenjang pendidikan',
      description: 'Jenjang yang akan ditempuh bila lulus seleksi.',
    }),
    currentEducationLevel: educationLevelSchema.meta({
      title: 'Pendidikan terakhir',
      description: 'Jenjang ijazah tertinggi yang telah dimiliki.',
    }),
    studyProgram: text(3, 150).optional().meta({
      title: 'Program studi yang dituju',
      description: 'Bila sudah ditentukan.',
    }),
    targetInstitution: text(3, 150).optional().meta({
      title: 'Perguruan tinggi yang dituju',
      description: 'Bila sudah ditentukan.',
    }),
    abroad: z
      .boolean()
      .meta({ title: 'Studi di luar negeri', description: 'Centang bila studi di luar negeri.' }),
    selectionDeadline: z.iso.date().optional().meta({
      title: 'Batas akhir pendaftaran seleksi',
      description: 'Agar rekomendasi diterbitkan sebelum pendaftaran ditutup.',
    }),
    specialAgeCategory: z.boolean().meta({
      title: 'Daerah 3T atau jabatan yang sangat diperlukan',
      description:
        'Berlaku batas usia khusus bagi PNS di daerah 3T atau pada jabatan yang sangat diperlukan.',
    }),
  })
  .strict()
  .refine(...aboveCurrentEducation('Jenjang yang akan ditempuh harus lebih tinggi dari pendidikan terakhir'));

/** Rekomendasi Seleksi Tugas Belajar: the agency's consent to sit a scholarship selection (Kediri Pasal 4). */
export const rekomendasiTugasBelajar = {
  code: 'REKOMENDASI_TUGAS_BELAJAR',
  name: 'Rekomendasi Seleksi Tugas Belajar',
  description:
    'Penerbitan surat rekomendasi bagi PNS untuk mengikuti seleksi beasiswa atau tugas belajar yang ' +
    'diselenggarakan instansi pemerintah, lembaga dalam negeri, atau pemberi beasiswa luar negeri.',
  legalBasis: [LEGAL_BASIS.ppManajemenPns, LEGAL_BASIS.seTugasBelajar, LEGAL_BASIS.perwaliKediri],
  outputKind: 'LETTER',
  outputName: 'Surat Rekomendasi Mengikuti Seleksi Tugas Belajar',
  employeeTypes: ['PNS'],
  requirements: [
    { code: 'SURAT_PERMOHONAN', name: 'Surat permohonan rekomendasi', required: true, fromArchive: false },
    {
      code: 'SURAT_PENGANTAR',
      name: 'Surat pengantar kepala perangkat daerah',
      required: true,
      fromArchive: false,
    },
    SK_PNS,
    SK_PANGKAT_TERAKHIR,
    {
      code: 'IJAZAH_TERAKHIR',
      name: 'Ijazah dan transkrip nilai terakhir',
      required: true,
      fromArchive: true,
    },
    {
      code: 'PENILAIAN_KINERJA',
      name: 'Penilaian kinerja dua tahun terakhir',
      required: true,
      fromArchive: true,
    },
    {
      code: 'PENGUMUMAN_SELEKSI',
      name: 'Pengumuman atau panduan seleksi dari penyelenggara',
      required: true,
      fromArchive: false,
    },
    {
      code: 'SURAT_PERNYATAAN_TIDAK_HUKUMAN_DISIPLIN',
      name: 'Surat pernyataan tidak sedang menjalani hukuman disiplin tingkat sedang atau berat',
      required: true,
      fromArchive: false,
    },
  ],
  details,
  detailsExample: {
    scholarshipProvider: 'Lembaga Pengelola Dana Pendidikan (LPDP)',
    scholarshipProgram: 'Beasiswa Pendidikan Indonesia Kementerian/Lembaga',
    educationLevel: 'S2',
    currentEducationLevel: 'S1',
    studyProgram: 'Magister Perencanaan Wilayah dan Kota',
    abroad: false,
    selectionDeadline: '2025-08-15',
    specialAgeCategory: false,
  },
  validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'],
  signatureMode: 'ELECTRONIC',
  handoverMode: 'ELECTRONIC',
  oneOpenRequest: true,
  sla: { ...DEFAULT_SLA, verification: 1, signing: 1 },
  // Selection rules are the provider's: shortfalls here only inform the verifier.
  eligibility: ({ employee, details: selection, today, rules }) => [
    ...checkMinimumService({
      subject: 'Tugas belajar',
      start: fromTmtPns(employee),
      at: today,
      rule: rules.studyAssignmentMinimumServiceYears,
      refuse: false,
      startName: 'TMT PNS',
    }),
    ...checkStudyAge({
      employee,
      level: selection.educationLevel,
      special: selection.specialAgeCategory,
      at: today,
      rules,
      refuse: false,
    }),
  ],
} as const satisfies ServiceDefinition<typeof details>;
