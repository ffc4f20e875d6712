import { z } from 'zod';
import { DEFAULT_SLA, type ServiceDefinition } from './service';

const firstOfMonth = z.iso.date().refine((date) => date.endsWith('-01'), 'TMT selalu jatuh pada tanggal 1');

const details = z
  .object({
    lastRaiseEffectiveDate: firstOfMonth.meta({
      title: 'TMT KGB terakhir',
      description: 'Terhitung mulai tanggal kenaikan gaji berkala terakhir (tanggal 1).',
    }),
    lastRaiseDecreeNumber: z.string().trim().min(3).max(100).meta({
      title: 'Nomor SK KGB terakhir',
      description: 'Nomor surat keputusan/pemberitahuan KGB terakhir.',
    }),
    currentBaseSalary: z.number().int().positive().max(100_000_000).meta({
      title: 'Gaji pokok saat ini (Rp)',
      description: 'Gaji pokok menurut SK KGB atau SK pangkat terakhir.',
    }),
  })
  .strict();

/** Kenaikan Gaji Berkala: every two years of service in grade (PP 15/2019 and its salary tables). */
export const kgb = {
  code: 'KGB',
  name: 'Kenaikan Gaji Berkala',
  description:
    'Penerbitan surat pemberitahuan kenaikan gaji berkala bagi PNS yang telah memenuhi masa kerja dua tahun ' +
    'dan penilaian kinerja sekurang-kurangnya baik.',
  legalBasis: [
    'Peraturan Pemerintah Nomor 7 Tahun 1977 tentang Peraturan Gaji Pegawai Negeri Sipil beserta perubahannya',
    'Peraturan Wali Kota Kediri Nomor 80 Tahun 2021 tentang Layanan Kepegawaian Terpadu',
  ],
  outputName: 'Surat Pemberitahuan Kenaikan Gaji Berkala',
  requirements: [
    { code: 'SK_KGB_TERAKHIR', name: 'SK kenaikan gaji berkala terakhir', required: true, fromArchive: true },
    { code: 'SK_PANGKAT_TERAKHIR', name: 'SK kenaikan pangkat terakhir', required: true, fromArchive: true },
    {
      code: 'PENILAIAN_KINERJA',
      name: 'Penilaian kinerja dua tahun terakhir',
      required: true,
      fromArchive: true,
    },
    {
      code: 'SURAT_PENGANTAR',
      name: 'Surat pengantar kepala perangkat daerah',
      required: false,
      fromArchive: false,
    },
  ],
  details,
  detailsExample: {
    lastRaiseEffectiveDate: '2024-12-01',
    lastRaiseDecreeNumber: '822.4/123/419.44/2024',
    currentBaseSalary: 3_455_600,
  },
  validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'],
  signatureMode: 'ELECTRONIC',
  handoverMode: 'ELECTRONIC',
  sla: { ...DEFAULT_SLA, verification: 3 },
} as const satisfies ServiceDefinition<typeof details>;
