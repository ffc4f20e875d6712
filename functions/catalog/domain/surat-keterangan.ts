import { z } from 'zod';
import { labelled, text } from './fields';
import { LEGAL_BASIS } from './legal-basis';
import { DEFAULT_SLA, type ServiceDefinition } from './service';

const LETTER_TYPES = {
  AKTIF_BEKERJA: 'Keterangan Aktif Bekerja',
  TIDAK_PERNAH_HUKUMAN_DISIPLIN: 'Keterangan Tidak Pernah Dijatuhi Hukuman Disiplin',
  TIDAK_SEDANG_PROSES_PIDANA: 'Keterangan Tidak Sedang Menjalani Proses Pidana',
  MASIH_MENDUDUKI_JABATAN: 'Keterangan Masih Menduduki Jabatan',
  PENGHASILAN: 'Keterangan Penghasilan',
  LAINNYA: 'Lainnya',
} as const;

const details = z
  .object({
    letterType: labelled(LETTER_TYPES).meta({
      title: 'Jenis surat keterangan',
      description:
        'Aktif bekerja, tidak pernah dijatuhi hukuman disiplin, tidak sedang menjalani proses pidana, masih ' +
        'menduduki jabatan, penghasilan, atau lainnya.',
    }),
    otherLetterType: text(5, 150).optional().meta({
      title: 'Jenis surat keterangan lainnya',
      description: 'Wajib bila jenis surat keterangan "LAINNYA".',
    }),
    purpose: text(5, 300).meta({
      title: 'Keperluan',
      description: 'Untuk apa surat keterangan digunakan, misalnya persyaratan pengajuan kredit bank.',
    }),
    addressedTo: text(3, 150).optional().meta({
      title: 'Ditujukan kepada',
      description: 'Instansi atau pihak penerima surat, bila perlu disebutkan.',
    }),
  })
  .strict()
  .refine((value) => value.letterType !== 'LAINNYA' || value.otherLetterType !== undefined, {
    message: 'Sebutkan jenis surat keterangan yang dimohon',
    path: ['otherLetterType'],
  });

/** Surat Keterangan/Pernyataan Kepegawaian: statements of employment facts for outside use. */
export const suratKeterangan = {
  code: 'SURAT_KETERANGAN',
  name: 'Surat Keterangan Kepegawaian',
  description:
    'Penerbitan surat keterangan atau pernyataan kepegawaian, seperti keterangan aktif bekerja, tidak pernah ' +
    'dijatuhi hukuman disiplin, tidak sedang menjalani proses pidana, masih menduduki jabatan, atau penghasilan.',
  legalBasis: [
    LEGAL_BASIS.uuAsn,
    LEGAL_BASIS.ppManajemenPns,
    LEGAL_BASIS.ppManajemenPppk,
    LEGAL_BASIS.ppDisiplin,
    LEGAL_BASIS.perwaliKediri,
    LEGAL_BASIS.pergubGorontalo,
  ],
  outputKind: 'LETTER',
  outputName: 'Surat Keterangan Kepegawaian',
  employeeTypes: ['CPNS', 'PNS', 'PPPK'],
  requirements: [
    {
      code: 'SURAT_PERMOHONAN',
      name: 'Surat permohonan surat keterangan',
      required: true,
      fromArchive: false,
    },
    {
      code: 'SK_TERAKHIR',
      name: 'SK pangkat terakhir atau SK pengangkatan CPNS/PPPK',
      required: true,
      fromArchive: true,
    },
    { code: 'SK_JABATAN_TERAKHIR', name: 'SK jabatan terakhir', required: false, fromArchive: true },
    { code: 'KTP', name: 'Kartu tanda penduduk', required: false, fromArchive: true },
    {
      code: 'DAFTAR_GAJI',
      name: 'Daftar gaji atau slip gaji bulan terakhir (keterangan penghasilan)',
      required: false,
      fromArchive: false,
    },
  ],
  details,
  detailsExample: {
    letterType: 'AKTIF_BEKERJA',
    purpose: 'Persyaratan pendaftaran beasiswa anak',
    addressedTo: 'Panitia Beasiswa Pemerintah Provinsi Gorontalo',
  },
  validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'],
  signatureMode: 'ELECTRONIC',
  handoverMode: 'ELECTRONIC',
  oneOpenRequest: false,
  sla: { ...DEFAULT_SLA, verification: 1, signing: 1 },
} as const satisfies ServiceDefinition<typeof details>;
