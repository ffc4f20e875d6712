import { z } from 'zod';
import { cite } from '#employees';
import { addYears, formatDate } from '#kernel/domain/dates';
import { blocking, note } from './eligibility';
import { labelled, text } from './fields';
import { LEGAL_BASIS } from './legal-basis';
import { SK_PANGKAT_TERAKHIR, SK_PNS } from './requirements';
import { DEFAULT_SLA, type EligibilityFinding, type ServiceDefinition } from './service';

const REQUEST_REASONS = {
  BARU: 'Penerbitan baru',
  PENGGANTIAN_HILANG: 'Penggantian karena hilang',
  PENGGANTIAN_RUSAK: 'Penggantian karena rusak',
} as const;

const details = z
  .object({
    cardType: labelled({ KARIS: 'Kartu Istri (KARIS)', KARSU: 'Kartu Suami (KARSU)' }).meta({
      title: 'Jenis kartu',
      description: 'KARIS (kartu istri) bagi istri PNS pria; KARSU (kartu suami) bagi suami PNS wanita.',
    }),
    requestReason: labelled(REQUEST_REASONS).meta({
      title: 'Alasan permohonan',
      description: 'Penerbitan baru, penggantian karena hilang, atau penggantian karena rusak.',
    }),
    marriageOrder: labelled({ PERTAMA: 'Perkawinan pertama', JANDA_DUDA: 'Perkawinan janda/duda' }).meta({
      title: 'Perkawinan',
      description: 'Perkawinan pertama, atau perkawinan kembali PNS berstatus janda/duda.',
    }),
    spouseName: text(3, 100).meta({ title: 'Nama istri/suami', description: 'Sesuai akta nikah.' }),
    spouseBirthPlace: text(3, 100).meta({
      title: 'Tempat lahir istri/suami',
      description: 'Sesuai akta kelahiran.',
    }),
    spouseBirthDate: z.iso
      .date()
      .meta({ title: 'Tanggal lahir istri/suami', description: 'Sesuai akta kelahiran.' }),
    marriageDate: z.iso.date().meta({ title: 'Tanggal perkawinan', description: 'Sesuai akta nikah.' }),
    marriageCertificateNumber: text(3, 100).meta({
      title: 'Nomor akta nikah',
      description: 'Nomor akta nikah/buku nikah dari KUA atau Dinas Kependudukan dan Pencatatan Sipil.',
    }),
  })
  .strict()
  .refine((value) => value.spouseBirthDate < value.marriageDate, {
    message: 'Tanggal perkawinan harus setelah tanggal lahir istri/suami',
    path: ['marriageDate'],
  });

/** KARIS/KARSU: the spouse's card BKN issues on the agency's proposal (Keputusan Kepala BAKN 1158a/KEP/1983). */
export const karisKarsu = {
  code: 'KARIS_KARSU',
  name: 'Kartu Istri/Kartu Suami (KARIS/KARSU)',
  description:
    'Pengusulan penerbitan atau penggantian Kartu Istri (KARIS) dan Kartu Suami (KARSU) PNS kepada Badan ' +
    'Kepegawaian Negara berdasarkan laporan perkawinan, dan penyerahan kartunya.',
  legalBasis: [LEGAL_BASIS.ppPerkawinan, LEGAL_BASIS.kepBaknKarisKarsu, LEGAL_BASIS.pergubGorontalo],
  outputKind: 'CARD',
  outputName: 'Kartu Istri (KARIS)/Kartu Suami (KARSU) PNS',
  employeeTypes: ['PNS'],
  requirements: [
    {
      code: 'SURAT_PENGANTAR',
      name: 'Surat pengantar kepala perangkat daerah',
      required: true,
      fromArchive: false,
    },
    {
      code: 'LAPORAN_PERKAWINAN',
      name: 'Laporan perkawinan pertama atau laporan perkawinan janda/duda',
      required: true,
      fromArchive: false,
    },
    { code: 'DAFTAR_KELUARGA', name: 'Daftar keluarga PNS', required: true, fromArchive: false },
    { code: 'AKTA_NIKAH', name: 'Akta nikah/buku nikah', required: true, fromArchive: true },
    { code: 'SK_CPNS', name: 'SK pengangkatan CPNS', required: true, fromArchive: true },
    SK_PNS,
    SK_PANGKAT_TERAKHIR,
    { code: 'KARTU_KELUARGA', name: 'Kartu keluarga', required: true, fromArchive: true },
    { code: 'PAS_FOTO_PASANGAN', name: 'Pas foto istri/suami', required: true, fromArchive: false },
    {
      code: 'AKTA_CERAI_ATAU_KEMATIAN',
      name: 'Akta cerai atau akta kematian pasangan terdahulu (perkawinan janda/duda)',
      required: false,
      fromArchive: false,
    },
    {
      code: 'SURAT_KETERANGAN_KEHILANGAN',
      name: 'Surat keterangan kehilangan dari kepolisian (penggantian kartu hilang)',
      required: false,
      fromArchive: false,
    },
  ],
  details,
  detailsExample: {
    cardType: 'KARIS',
    requestReason: 'BARU',
    marriageOrder: 'PERTAMA',
    spouseName: 'Siti Rahmawati',
    spouseBirthPlace: 'Gorontalo',
    spouseBirthDate: '1994-03-12',
    marriageDate: '2025-02-14',
    marriageCertificateNumber: '0123/045/II/2025',
  },
  validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'],
  signatureMode: 'WET',
  handoverMode: 'PHYSICAL',
  oneOpenRequest: true,
  // The card is printed and signed at BKN; signing covers that wait.
  sla: { ...DEFAULT_SLA, signing: 10 },
  eligibility: ({ employee, details: card, today, rules }) => {
    const findings: EligibilityFinding[] = [];
    const expected = employee.sex === 'L' ? 'KARIS' : employee.sex === 'P' ? 'KARSU' : undefined;
    if (expected && card.cardType !== expected) {
      findings.push(
        blocking(
          `${card.cardType} tidak sesuai: PNS ${employee.sex === 'L' ? 'pria' : 'wanita'} mengusulkan ${expected} ` +
            `bagi ${expected === 'KARIS' ? 'istrinya' : 'suaminya'} (${LEGAL_BASIS.kepBaknKarisKarsu}).`,
          'details.cardType',
        ),
      );
    }
    if (card.marriageDate > today) {
      findings.push(blocking('Tanggal perkawinan belum terjadi.', 'details.marriageDate'));
    }
    const deadline = rules.marriageReportDeadlineYears;
    if (card.requestReason === 'BARU' && addYears(card.marriageDate, deadline.value) < today) {
      findings.push(
        note(
          `Perkawinan ${formatDate(card.marriageDate)} dilaporkan lebih dari ${deadline.value} tahun setelah ` +
            `dilangsungkan (${cite(deadline)}): verifikator menilai keterlambatan laporan.`,
          'details.marriageDate',
        ),
      );
    }
    return findings;
  },
} as const satisfies ServiceDefinition<typeof details>;
