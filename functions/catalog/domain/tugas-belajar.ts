import { z } from 'zod';
import { cite } from '#employees';
import { addYears } from '#kernel/domain/dates';
import { checkAccreditation, checkMinimumService, checkStudyAge, fromTmtPns, note } from './eligibility';
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

const FUNDING_SOURCES = {
  APBD: 'APBD',
  APBN: 'APBN',
  BEASISWA_LPDP: 'Beasiswa LPDP',
  BEASISWA_DALAM_NEGERI: 'Beasiswa dalam negeri',
  BEASISWA_LUAR_NEGERI: 'Beasiswa luar negeri',
} as const;

const details = z
  .object({
    institutionName: text(3, 150).meta({
      title: 'Nama perguruan tinggi',
      description: 'Perguruan tinggi tujuan.',
    }),
    country: text(3, 60).meta({ title: 'Negara', description: 'Negara tempat studi, misalnya Indonesia.' }),
    studyProgram: text(3, 150).meta({ title: 'Program studi', description: 'Program studi yang ditempuh.' }),
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
      description: 'Peringkat akreditasi; perguruan tinggi luar negeri yang diakui dipilih INTERNASIONAL.',
    }),
    studyStart: z.iso.date().meta({ title: 'Tanggal mulai studi', description: 'Awal masa tugas belajar.' }),
    studyEnd: z.iso
      .date()
      .meta({ title: 'Tanggal akhir studi', description: 'Akhir masa tugas belajar yang direncanakan.' }),
    fundingSource: labelled(FUNDING_SOURCES).meta({
      title: 'Sumber biaya',
      description: 'APBD, APBN, beasiswa LPDP, beasiswa dalam negeri lain, atau beasiswa luar negeri.',
    }),
    sponsorName: text(3, 150).meta({
      title: 'Nama sponsor/pemberi beasiswa',
      description: 'Lembaga yang membiayai tugas belajar.',
    }),
    acceptanceLetterNumber: text(3, 100).meta({
      title: 'Nomor surat penerimaan (LoA)',
      description: 'Nomor surat penerimaan dari perguruan tinggi.',
    }),
    specialAgeCategory: z.boolean().meta({
      title: 'Daerah 3T atau jabatan yang sangat diperlukan',
      description:
        'Berlaku batas usia khusus bagi PNS di daerah 3T atau pada jabatan yang sangat diperlukan.',
    }),
  })
  .strict()
  .refine((value) => value.studyEnd > value.studyStart, {
    message: 'Tanggal akhir studi harus setelah tanggal mulai studi',
    path: ['studyEnd'],
  })
  .refine(...aboveCurrentEducation('Jenjang yang ditempuh harus lebih tinggi dari pendidikan terakhir'));

/** Keputusan Tugas Belajar: sponsored full-time study, released from duties (SE Menteri PANRB 04/2013). */
export const tugasBelajar = {
  code: 'TUGAS_BELAJAR',
  name: 'Keputusan Tugas Belajar',
  description:
    'Penerbitan keputusan tugas belajar bagi PNS yang telah diterima pada program studi terakreditasi dengan ' +
    'biaya dari negara atau pemberi beasiswa, dan dibebaskan sementara dari tugas jabatan selama studi.',
  legalBasis: [
    LEGAL_BASIS.uuAsn,
    LEGAL_BASIS.ppManajemenPns,
    LEGAL_BASIS.seTugasBelajar,
    LEGAL_BASIS.perwaliKediri,
    LEGAL_BASIS.pergubGorontalo,
  ],
  outputKind: 'DECREE',
  outputName: 'Surat Keputusan Tugas Belajar',
  employeeTypes: ['PNS'],
  requirements: [
    { code: 'SURAT_PERMOHONAN', name: 'Surat permohonan tugas belajar', required: true, fromArchive: false },
    {
      code: 'SURAT_PENGANTAR',
      name: 'Surat pengantar kepala perangkat daerah',
      required: true,
      fromArchive: false,
    },
    SK_PNS,
    SK_PANGKAT_TERAKHIR,
    { code: 'SK_JABATAN_TERAKHIR', name: 'SK jabatan terakhir', required: false, fromArchive: true },
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
      code: 'SURAT_PENERIMAAN',
      name: 'Surat penerimaan (letter of acceptance) dari perguruan tinggi',
      required: true,
      fromArchive: false,
    },
    {
      code: 'BUKTI_BEASISWA',
      name: 'Surat penetapan penerima beasiswa atau pernyataan pembiayaan dari sponsor',
      required: true,
      fromArchive: false,
    },
    { code: 'BUKTI_AKREDITASI', name: 'Bukti akreditasi program studi', required: true, fromArchive: false },
    {
      code: 'PERJANJIAN_TUGAS_BELAJAR',
      name: 'Surat perjanjian tugas belajar dan kesediaan kembali bekerja pada instansi',
      required: true,
      fromArchive: false,
    },
    {
      code: 'SURAT_KETERANGAN_SEHAT',
      name: 'Surat keterangan sehat dari dokter',
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
    institutionName: 'Universitas Gadjah Mada',
    country: 'Indonesia',
    studyProgram: 'Magister Ekonomika Pembangunan',
    educationLevel: 'S2',
    currentEducationLevel: 'S1',
    accreditation: 'UNGGUL',
    studyStart: '2025-08-25',
    studyEnd: '2027-08-24',
    fundingSource: 'BEASISWA_LPDP',
    sponsorName: 'Lembaga Pengelola Dana Pendidikan',
    acceptanceLetterNumber: '1234/UN1/MEP/2025',
    specialAgeCategory: false,
  },
  validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'],
  signatureMode: 'ELECTRONIC',
  handoverMode: 'ELECTRONIC',
  oneOpenRequest: true,
  sla: { ...DEFAULT_SLA, verification: 3 },
  eligibility: ({ employee, details: study, today, rules }) => {
    const findings: EligibilityFinding[] = [
      ...checkMinimumService({
        subject: 'Tugas belajar',
        start: fromTmtPns(employee),
        at: today,
        rule: rules.studyAssignmentMinimumServiceYears,
        refuse: true,
        startName: 'TMT PNS',
      }),
      ...checkStudyAge({
        employee,
        level: study.educationLevel,
        special: study.specialAgeCategory,
        at: today,
        rules,
        refuse: true,
      }),
      ...checkAccreditation(study.accreditation, rules),
    ];
    const duration = rules.studyAssignmentMaximumYears;
    const years = duration.value[study.educationLevel];
    if (study.studyEnd > addYears(study.studyStart, years)) {
      findings.push(
        note(
          `Tugas belajar jenjang ${study.educationLevel} paling lama ${years} tahun (${cite(duration)}); ` +
            'kelebihannya memerlukan perpanjangan.',
          'details.studyEnd',
        ),
      );
    }
    return findings;
  },
} as const satisfies ServiceDefinition<typeof details>;
