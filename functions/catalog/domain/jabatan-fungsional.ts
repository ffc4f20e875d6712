import { z } from 'zod';
import { codesOf, labelled, text } from './fields';
import { LEGAL_BASIS } from './legal-basis';
import { DEFAULT_SLA, type ServiceDefinition } from './service';

const ACTIONS = {
  PENGANGKATAN_PERTAMA: 'Pengangkatan pertama',
  PERPINDAHAN_DARI_JABATAN_LAIN: 'Perpindahan dari jabatan lain',
  PENYESUAIAN: 'Penyesuaian (inpassing)',
  PROMOSI: 'Promosi',
  KENAIKAN_JENJANG: 'Kenaikan jenjang',
  PEMBERHENTIAN: 'Pemberhentian',
  PENGANGKATAN_KEMBALI: 'Pengangkatan kembali',
} as const;

const SKILL_LEVELS = ['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA'] as const;
/** Skill levels, then expert levels, each lowest first: "the next level" is the next entry. */
const LEVEL_LABELS = {
  PEMULA: 'Pemula',
  TERAMPIL: 'Terampil',
  MAHIR: 'Mahir',
  PENYELIA: 'Penyelia',
  AHLI_PERTAMA: 'Ahli Pertama',
  AHLI_MUDA: 'Ahli Muda',
  AHLI_MADYA: 'Ahli Madya',
  AHLI_UTAMA: 'Ahli Utama',
} as const;
const LEVELS = codesOf(LEVEL_LABELS);
type Level = (typeof LEVELS)[number];

function categoryOf(level: Level): 'KETERAMPILAN' | 'KEAHLIAN' {
  return (SKILL_LEVELS as readonly string[]).includes(level) ? 'KETERAMPILAN' : 'KEAHLIAN';
}

const details = z
  .object({
    action: labelled(ACTIONS).meta({
      title: 'Jenis layanan jabatan fungsional',
      description:
        'Pengangkatan pertama, perpindahan dari jabatan lain, penyesuaian (inpassing), promosi, kenaikan jenjang, ' +
        'pemberhentian, atau pengangkatan kembali.',
    }),
    positionName: text(3, 150).meta({
      title: 'Nama jabatan fungsional',
      description: 'Misalnya Analis Sumber Daya Manusia Aparatur atau Pranata Komputer.',
    }),
    currentLevel: labelled(LEVEL_LABELS).optional().meta({
      title: 'Jenjang saat ini',
      description: 'Jenjang jabatan fungsional yang sedang diduduki, bila ada.',
    }),
    targetLevel: labelled(LEVEL_LABELS).meta({
      title: 'Jenjang yang dituju',
      description:
        'Jenjang jabatan fungsional yang diusulkan (untuk pemberhentian: jenjang yang ditinggalkan).',
    }),
    creditScore: z.number().min(0).max(5000).optional().meta({
      title: 'Angka kredit',
      description: 'Angka kredit kumulatif menurut penetapan angka kredit terakhir.',
    }),
    competencyTestDate: z.iso.date().optional().meta({
      title: 'Tanggal lulus uji kompetensi',
      description: 'Untuk kenaikan jenjang, perpindahan, dan promosi.',
    }),
    stopReason: text(5, 300).optional().meta({
      title: 'Alasan pemberhentian',
      description: 'Untuk pemberhentian dari jabatan fungsional.',
    }),
  })
  .strict()
  .refine((value) => value.action !== 'KENAIKAN_JENJANG' || value.currentLevel !== undefined, {
    message: 'Jenjang saat ini wajib diisi untuk kenaikan jenjang',
    path: ['currentLevel'],
  })
  .refine(
    (value) =>
      value.action !== 'KENAIKAN_JENJANG' ||
      value.currentLevel === undefined ||
      (categoryOf(value.currentLevel) === categoryOf(value.targetLevel) &&
        LEVELS.indexOf(value.targetLevel) === LEVELS.indexOf(value.currentLevel) + 1),
    {
      message: 'Kenaikan jenjang hanya ke jenjang berikutnya dalam kategori yang sama',
      path: ['targetLevel'],
    },
  )
  .refine((value) => value.action !== 'KENAIKAN_JENJANG' || value.creditScore !== undefined, {
    message: 'Angka kredit wajib diisi untuk kenaikan jenjang',
    path: ['creditScore'],
  })
  .refine((value) => value.action !== 'PEMBERHENTIAN' || value.stopReason !== undefined, {
    message: 'Alasan pemberhentian wajib diisi',
    path: ['stopReason'],
  });

/** Pengelolaan Jabatan Fungsional: appointment, promotion and release in functional positions (PermenPANRB 1/2023). */
export const jabatanFungsional = {
  code: 'JABATAN_FUNGSIONAL',
  name: 'Pengelolaan Jabatan Fungsional',
  description:
    'Penerbitan keputusan pengangkatan, perpindahan, penyesuaian, promosi, kenaikan jenjang, pemberhentian, dan ' +
    'pengangkatan kembali dalam jabatan fungsional.',
  legalBasis: [
    LEGAL_BASIS.uuAsn,
    LEGAL_BASIS.ppManajemenPns,
    LEGAL_BASIS.ppManajemenPppk,
    LEGAL_BASIS.permenpanrbJabatanFungsional,
    LEGAL_BASIS.pergubGorontalo,
  ],
  outputKind: 'DECREE',
  outputName: 'Surat Keputusan Jabatan Fungsional',
  archivedAs: 'SK_JABATAN_TERAKHIR',
  employeeTypes: ['PNS', 'PPPK'],
  requirements: [
    {
      code: 'SURAT_PENGANTAR',
      name: 'Surat usul kepala perangkat daerah',
      required: true,
      fromArchive: false,
    },
    {
      code: 'SK_TERAKHIR',
      name: 'SK pangkat terakhir atau SK pengangkatan PPPK',
      required: true,
      fromArchive: true,
    },
    { code: 'SK_JABATAN_TERAKHIR', name: 'SK jabatan terakhir', required: false, fromArchive: true },
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
      code: 'PENETAPAN_ANGKA_KREDIT',
      name: 'Penetapan angka kredit terakhir',
      required: false,
      fromArchive: true,
    },
    {
      code: 'SERTIFIKAT_UJI_KOMPETENSI',
      name: 'Sertifikat atau berita acara lulus uji kompetensi',
      required: false,
      fromArchive: false,
    },
    {
      code: 'REKOMENDASI_INSTANSI_PEMBINA',
      name: 'Rekomendasi instansi pembina jabatan fungsional (perpindahan, penyesuaian)',
      required: false,
      fromArchive: false,
    },
    {
      code: 'SURAT_PERNYATAAN_PEMBERHENTIAN',
      name: 'Surat permohonan atau pernyataan dasar pemberhentian dari jabatan fungsional',
      required: false,
      fromArchive: false,
    },
  ],
  details,
  detailsExample: {
    action: 'KENAIKAN_JENJANG',
    positionName: 'Analis Sumber Daya Manusia Aparatur',
    currentLevel: 'AHLI_PERTAMA',
    targetLevel: 'AHLI_MUDA',
    creditScore: 200,
    competencyTestDate: '2025-05-20',
  },
  validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'],
  signatureMode: 'ELECTRONIC',
  handoverMode: 'ELECTRONIC',
  oneOpenRequest: true,
  sla: { ...DEFAULT_SLA, verification: 3 },
} as const satisfies ServiceDefinition<typeof details>;
