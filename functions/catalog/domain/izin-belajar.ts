import { z } from 'zod';
import { checkAccreditation, checkMinimumService, fromTmtPns, note } from './eligibility';
import {
  aboveCurrentEducation,
  accreditationSchema,
  educationLevelSchema,
  labelled,
  studyLevelSchema,
  text,
} from './fields';
import { LEGAL_BASIS } from './legal-basis';
import { SK_PANGKAT_TERAKHIR, SK_PNS } from './requirements';
import { DEFAULT_SLA, type EligibilityFinding, type ServiceDefinition } from './service';

const CLASS_SCHEDULES = {
  SORE_MALAM: 'Sore atau malam hari',
  AKHIR_PEKAN: 'Akhir pekan',
  DARING: 'Daring',
  JAM_KERJA: 'Pada jam kerja',
} as const;

const details = z
  .object({
    institutionName: text(3, 150).meta({
      title: 'Nama perguruan tinggi',
      description: 'Perguruan tinggi penyelenggara program studi.',
    }),
    institutionCity: text(3, 100).meta({
      title: 'Kota perguruan tinggi',
      description: 'Lokasi tempat perkuliahan.',
    }),
    studyProgram: text(3, 150).meta({
      title: 'Program studi',
      description: 'Nama program studi yang ditempuh, misalnya Magister Administrasi Publik.',
    }),
    educationLevel: studyLevelSchema.meta({
      title: 'Jenjang pendidikan',
      description: 'Jenjang yang akan ditempuh: D3, D4, S1, S2, atau S3.',
    }),
    currentEducationLevel: educationLevelSchema.meta({
      title: 'Pendidikan terakhir',
      description: 'Jenjang ijazah tertinggi yang telah dimiliki.',
    }),
    accreditation: accreditationSchema.meta({
      title: 'Akreditasi program studi',
      description: 'Peringkat akreditasi BAN-PT/LAM program studi (Unggul/A, Baik Sekali/B, Baik/C).',
    }),
    accreditationDecreeNumber: text(3, 100).optional().meta({
      title: 'Nomor SK akreditasi',
      description: 'Nomor keputusan akreditasi program studi, bila ada.',
    }),
    classSchedule: labelled(CLASS_SCHEDULES).meta({
      title: 'Waktu perkuliahan',
      description: 'Sore/malam, akhir pekan, daring, atau pada jam kerja.',
    }),
    studyStart: z.iso.date().meta({ title: 'Tanggal mulai kuliah', description: 'Awal semester pertama.' }),
    expectedCompletion: z.iso.date().meta({
      title: 'Perkiraan tanggal lulus',
      description: 'Perkiraan akhir masa studi.',
    }),
    relevanceToPosition: text(10, 500).meta({
      title: 'Keterkaitan dengan jabatan',
      description: 'Uraian bagaimana program studi mendukung tugas jabatan saat ini.',
    }),
  })
  .strict()
  .refine((value) => value.expectedCompletion > value.studyStart, {
    message: 'Perkiraan tanggal lulus harus setelah tanggal mulai kuliah',
    path: ['expectedCompletion'],
  })
  .refine(...aboveCurrentEducation('Jenjang yang ditempuh harus lebih tinggi dari pendidikan terakhir'));

/** Izin Belajar: permission for self-funded study outside working hours (SE Menteri PANRB 04/2013). */
export const izinBelajar = {
  code: 'IZIN_BELAJAR',
  name: 'Izin Belajar',
  description:
    'Penerbitan surat izin belajar bagi PNS yang melanjutkan pendidikan formal atas biaya sendiri di program ' +
    'studi terakreditasi tanpa meninggalkan tugas kedinasan.',
  legalBasis: [LEGAL_BASIS.ppManajemenPns, LEGAL_BASIS.seTugasBelajar, LEGAL_BASIS.perwaliKediri],
  outputKind: 'LETTER',
  outputName: 'Surat Izin Belajar',
  archivedAs: 'SURAT_IZIN_BELAJAR',
  employeeTypes: ['PNS'],
  requirements: [
    { code: 'SURAT_PERMOHONAN', name: 'Surat permohonan izin belajar', required: true, fromArchive: false },
    {
      code: 'SURAT_PENGANTAR',
      name: 'Surat pengantar dan rekomendasi kepala perangkat daerah',
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
      name: 'Penilaian kinerja satu tahun terakhir',
      required: true,
      fromArchive: true,
    },
    {
      code: 'SURAT_KETERANGAN_DITERIMA',
      name: 'Surat keterangan diterima atau terdaftar sebagai mahasiswa',
      required: true,
      fromArchive: false,
    },
    {
      code: 'BUKTI_AKREDITASI',
      name: 'Bukti akreditasi program studi (BAN-PT/LAM)',
      required: true,
      fromArchive: false,
    },
    { code: 'JADWAL_KULIAH', name: 'Jadwal perkuliahan', required: true, fromArchive: false },
    {
      code: 'SURAT_PERNYATAAN_BIAYA_SENDIRI',
      name: 'Surat pernyataan biaya sendiri dan tidak mengganggu tugas kedinasan',
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
    institutionName: 'Universitas Brawijaya',
    institutionCity: 'Malang',
    studyProgram: 'Magister Administrasi Publik',
    educationLevel: 'S2',
    currentEducationLevel: 'S1',
    accreditation: 'UNGGUL',
    classSchedule: 'AKHIR_PEKAN',
    studyStart: '2025-09-01',
    expectedCompletion: '2027-08-31',
    relevanceToPosition: 'Mendukung tugas analisis kebijakan kepegawaian di bidang pengembangan SDM.',
  },
  validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'],
  signatureMode: 'ELECTRONIC',
  handoverMode: 'ELECTRONIC',
  oneOpenRequest: true,
  sla: { ...DEFAULT_SLA },
  eligibility: ({ employee, details: study, today, rules }) => {
    const findings: EligibilityFinding[] = [
      ...checkMinimumService({
        subject: 'Izin belajar',
        start: fromTmtPns(employee),
        at: today,
        rule: rules.studyPermitMinimumServiceYears,
        refuse: true,
        startName: 'TMT PNS',
      }),
      ...checkAccreditation(study.accreditation, rules),
    ];
    if (study.classSchedule === 'JAM_KERJA') {
      findings.push(
        note(
          'Perkuliahan pada jam kerja: izin belajar hanya untuk pendidikan yang tidak mengganggu tugas kedinasan; ' +
            'verifikator menilai apakah yang tepat adalah tugas belajar.',
          'details.classSchedule',
        ),
      );
    }
    return findings;
  },
} as const satisfies ServiceDefinition<typeof details>;
