import { z } from 'zod';
import { blocking } from './eligibility';
import { labelled, text } from './fields';
import { LEGAL_BASIS } from './legal-basis';
import { SK_PANGKAT_TERAKHIR } from './requirements';
import { DEFAULT_SLA, type EligibilityFinding, type ServiceDefinition } from './service';

const PERMIT_TYPES = {
  IZIN_PERCERAIAN: 'Izin perceraian',
  SURAT_KETERANGAN_PERCERAIAN: 'Surat keterangan untuk melakukan perceraian',
  IZIN_BERISTRI_LEBIH_DARI_SEORANG: 'Izin beristri lebih dari seorang',
} as const;

/** Grounds for divorce the regulation accepts (PP 10/1983 jo. PP 45/1990, following PP 9/1975). */
const DIVORCE_REASONS = {
  BERZINA: 'Salah satu pihak berbuat zina',
  PEMABUK_PEMADAT_PENJUDI: 'Salah satu pihak menjadi pemabuk, pemadat, atau penjudi',
  MENINGGALKAN_DUA_TAHUN: 'Salah satu pihak meninggalkan pihak lain selama dua tahun berturut-turut',
  HUKUMAN_PENJARA_LIMA_TAHUN: 'Salah satu pihak mendapat hukuman penjara lima tahun atau lebih',
  KEKEJAMAN_PENGANIAYAAN: 'Salah satu pihak melakukan kekejaman atau penganiayaan berat',
  PERSELISIHAN_TERUS_MENERUS: 'Terus-menerus terjadi perselisihan dan pertengkaran',
} as const;

/** Grounds on which a male PNS may be permitted a further wife (PP 10/1983 jo. PP 45/1990). */
const POLYGAMY_REASONS = {
  ISTRI_TIDAK_MENJALANKAN_KEWAJIBAN: 'Istri tidak dapat menjalankan kewajibannya sebagai istri',
  ISTRI_CACAT_ATAU_PENYAKIT: 'Istri mendapat cacat badan atau penyakit yang tidak dapat disembuhkan',
  TIDAK_MEMPEROLEH_KETURUNAN: 'Istri tidak dapat melahirkan keturunan',
} as const;

const DIVORCE_TYPES: readonly (keyof typeof PERMIT_TYPES)[] = [
  'IZIN_PERCERAIAN',
  'SURAT_KETERANGAN_PERCERAIAN',
];

const details = z
  .object({
    permitType: labelled(PERMIT_TYPES).meta({
      title: 'Jenis permohonan',
      description:
        'Izin perceraian (PNS sebagai penggugat), surat keterangan perceraian (PNS sebagai tergugat), atau izin ' +
        'beristri lebih dari seorang.',
    }),
    spouseName: text(3, 100).meta({ title: 'Nama istri/suami', description: 'Sesuai akta nikah.' }),
    spouseIsCivilServant: z.boolean().meta({
      title: 'Istri/suami juga ASN',
      description: 'Centang bila istri/suami juga ASN (izin juga diperlukan dari pejabatnya).',
    }),
    marriageDate: z.iso.date().meta({ title: 'Tanggal perkawinan', description: 'Sesuai akta nikah.' }),
    marriageCertificateNumber: text(3, 100).meta({
      title: 'Nomor akta nikah',
      description: 'Sesuai akta nikah.',
    }),
    divorceReason: labelled(DIVORCE_REASONS).optional().meta({
      title: 'Alasan perceraian',
      description: 'Untuk perceraian: salah satu alasan yang diakui peraturan.',
    }),
    polygamyReason: labelled(POLYGAMY_REASONS).optional().meta({
      title: 'Alasan beristri lebih dari seorang',
      description: 'Untuk izin beristri lebih dari seorang: salah satu alasan yang diakui peraturan.',
    }),
    prospectiveSpouseName: text(3, 100).optional().meta({
      title: 'Nama calon istri',
      description: 'Untuk izin beristri lebih dari seorang.',
    }),
    courtName: text(3, 150).optional().meta({
      title: 'Pengadilan',
      description: 'Pengadilan agama atau pengadilan negeri yang memeriksa perkara, bila sudah ada.',
    }),
    statement: text(20, 2000).meta({
      title: 'Uraian permohonan',
      description: 'Uraian lengkap dan jelas yang mendasari permohonan.',
    }),
  })
  .strict()
  .refine((value) => !DIVORCE_TYPES.includes(value.permitType) || value.divorceReason !== undefined, {
    message: 'Alasan perceraian wajib dipilih',
    path: ['divorceReason'],
  })
  .refine(
    (value) =>
      value.permitType !== 'IZIN_BERISTRI_LEBIH_DARI_SEORANG' ||
      (value.polygamyReason !== undefined && value.prospectiveSpouseName !== undefined),
    { message: 'Alasan dan nama calon istri wajib diisi', path: ['polygamyReason'] },
  )
  .refine((value) => value.permitType !== 'SURAT_KETERANGAN_PERCERAIAN' || value.courtName !== undefined, {
    message: 'Pengadilan yang memanggil wajib diisi bila PNS sebagai tergugat',
    path: ['courtName'],
  });

/** Izin Perkawinan dan Perceraian: permits PNS need before divorce or a further marriage (PP 10/1983 jo. 45/1990). */
export const izinPerkawinanPerceraian = {
  code: 'IZIN_PERKAWINAN_PERCERAIAN',
  name: 'Izin Perkawinan dan Perceraian',
  description:
    'Penerbitan izin atau surat keterangan untuk melakukan perceraian dan izin beristri lebih dari seorang bagi ' +
    'PNS, setelah pembinaan oleh atasan dan pemeriksaan oleh perangkat daerah yang membidangi kepegawaian.',
  legalBasis: [LEGAL_BASIS.ppPerkawinan, LEGAL_BASIS.ppDisiplin, LEGAL_BASIS.pergubGorontalo],
  outputKind: 'LETTER',
  outputName: 'Surat Izin/Surat Keterangan Perceraian atau Izin Beristri Lebih dari Seorang',
  employeeTypes: ['CPNS', 'PNS'],
  requirements: [
    {
      code: 'SURAT_PERMOHONAN',
      name: 'Surat permohonan yang diketahui atasan langsung',
      required: true,
      fromArchive: false,
    },
    {
      code: 'BERITA_ACARA_PEMBINAAN',
      name: 'Berita acara pembinaan/bimbingan oleh pimpinan unit kerja',
      required: true,
      fromArchive: false,
    },
    { code: 'AKTA_NIKAH', name: 'Akta nikah/buku nikah', required: true, fromArchive: true },
    { code: 'KARTU_KELUARGA', name: 'Kartu keluarga', required: true, fromArchive: true },
    { code: 'KTP', name: 'Kartu tanda penduduk', required: true, fromArchive: true },
    { code: 'SK_CPNS', name: 'SK pengangkatan CPNS', required: true, fromArchive: true },
    { ...SK_PANGKAT_TERAKHIR, required: false },
    {
      code: 'SURAT_KETERANGAN_ALASAN',
      name: 'Surat keterangan yang mendukung alasan (kelurahan, dokter, kepolisian, atau putusan pengadilan)',
      required: false,
      fromArchive: false,
    },
    {
      code: 'SURAT_PANGGILAN_PENGADILAN',
      name: 'Surat panggilan dari pengadilan (PNS sebagai tergugat)',
      required: false,
      fromArchive: false,
    },
    {
      code: 'PERSETUJUAN_ISTRI',
      name: 'Surat persetujuan tertulis istri (izin beristri lebih dari seorang)',
      required: false,
      fromArchive: false,
    },
    {
      code: 'SURAT_KETERANGAN_PENGHASILAN',
      name: 'Surat keterangan penghasilan yang cukup (izin beristri lebih dari seorang)',
      required: false,
      fromArchive: false,
    },
    {
      code: 'SURAT_PERNYATAAN_BERLAKU_ADIL',
      name: 'Surat pernyataan akan berlaku adil terhadap istri dan anak (izin beristri lebih dari seorang)',
      required: false,
      fromArchive: false,
    },
  ],
  details,
  detailsExample: {
    permitType: 'IZIN_PERCERAIAN',
    spouseName: 'Rudi Hartono',
    spouseIsCivilServant: false,
    marriageDate: '2012-06-09',
    marriageCertificateNumber: '0456/12/VI/2012',
    divorceReason: 'PERSELISIHAN_TERUS_MENERUS',
    statement:
      'Sejak 2022 terjadi perselisihan dan pertengkaran terus-menerus dan upaya pembinaan oleh atasan tidak berhasil.',
  },
  validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'],
  signatureMode: 'ELECTRONIC',
  handoverMode: 'BOTH',
  oneOpenRequest: true,
  // Examination and counselling of both parties take longer than document checks.
  sla: { ...DEFAULT_SLA, verification: 10, signing: 5, deficiencyWindow: 10 },
  eligibility: ({ employee, details: permit }) => {
    const findings: EligibilityFinding[] = [];
    if (permit.permitType === 'IZIN_BERISTRI_LEBIH_DARI_SEORANG' && employee.sex === 'P') {
      findings.push(
        blocking(
          'PNS wanita tidak diizinkan menjadi istri kedua, ketiga, atau keempat; izin beristri lebih dari seorang ' +
            `hanya bagi PNS pria (${LEGAL_BASIS.ppPerkawinan}).`,
          'details.permitType',
        ),
      );
    }
    return findings;
  },
} as const satisfies ServiceDefinition<typeof details>;
