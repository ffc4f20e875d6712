import { z } from 'zod';
import { cite } from '#employees';
import { formatDate } from '#kernel/domain/dates';
import { note } from './eligibility';
import { labelled, text } from './fields';
import { LEGAL_BASIS } from './legal-basis';
import { DEFAULT_SLA, type EligibilityFinding, type ServiceDefinition } from './service';

const CLAIM_TYPES = {
  PENGEMBALIAN_PENSIUN: 'Pengembalian tabungan karena pensiun',
  PENGEMBALIAN_AHLI_WARIS: 'Pengembalian tabungan kepada ahli waris',
  PEMUTAKHIRAN_DATA: 'Pemutakhiran data peserta',
} as const;

const details = z
  .object({
    claimType: labelled(CLAIM_TYPES).meta({
      title: 'Jenis fasilitasi',
      description:
        'Pengembalian tabungan perumahan karena pensiun, pengembalian kepada ahli waris, atau pemutakhiran data ' +
        'peserta pada BP Tapera.',
    }),
    retirementTmt: z.iso.date().optional().meta({
      title: 'TMT pensiun/berhenti',
      description: 'Wajib untuk pengembalian: TMT pensiun atau berhenti menurut SK.',
    }),
    heirName: text(3, 100).optional().meta({
      title: 'Nama ahli waris',
      description: 'Wajib untuk pengembalian kepada ahli waris.',
    }),
    heirRelationship: labelled({ ISTRI: 'Istri', SUAMI: 'Suami', ANAK: 'Anak', LAINNYA: 'Lainnya' })
      .optional()
      .meta({
        title: 'Hubungan ahli waris',
        description: 'Hubungan ahli waris dengan peserta.',
      }),
    bankName: text(2, 100).meta({ title: 'Nama bank', description: 'Bank tujuan pengembalian dana.' }),
    bankAccountNumber: z
      .string()
      .regex(/^[0-9]{6,20}$/, 'Nomor rekening hanya angka, 6 sampai 20 digit')
      .meta({ title: 'Nomor rekening', description: 'Rekening atas nama peserta atau ahli waris.' }),
    accountHolderName: text(3, 100).meta({
      title: 'Nama pemilik rekening',
      description: 'Harus atas nama peserta atau ahli waris.',
    }),
  })
  .strict()
  .refine((value) => value.claimType === 'PEMUTAKHIRAN_DATA' || value.retirementTmt !== undefined, {
    message: 'TMT pensiun/berhenti wajib diisi untuk pengembalian tabungan',
    path: ['retirementTmt'],
  })
  .refine(
    (value) =>
      value.claimType !== 'PENGEMBALIAN_AHLI_WARIS' ||
      (value.heirName !== undefined && value.heirRelationship !== undefined),
    { message: 'Nama dan hubungan ahli waris wajib diisi', path: ['heirName'] },
  );

/** Fasilitasi TAPERUM: the agency forwards refunds of the former PNS housing savings to BP Tapera. */
export const taperum = {
  code: 'TAPERUM',
  name: 'Fasilitasi Tabungan Perumahan (Taperum) PNS',
  description:
    'Fasilitasi pengembalian tabungan perumahan PNS kepada pensiunan atau ahli waris dan pemutakhiran data ' +
    'peserta kepada Badan Pengelola Tabungan Perumahan Rakyat (BP Tapera).',
  legalBasis: [
    LEGAL_BASIS.uuTapera,
    LEGAL_BASIS.ppTapera,
    LEGAL_BASIS.pmkTaperum,
    LEGAL_BASIS.pergubGorontalo,
  ],
  outputKind: 'LETTER',
  outputName: 'Surat Pengantar Fasilitasi Taperum kepada BP Tapera',
  employeeTypes: ['PNS'],
  requirements: [
    { code: 'SURAT_PERMOHONAN', name: 'Surat permohonan fasilitasi', required: true, fromArchive: false },
    { code: 'KTP', name: 'Kartu tanda penduduk peserta', required: true, fromArchive: true },
    { code: 'SK_PENSIUN', name: 'SK pensiun atau SK pemberhentian', required: false, fromArchive: true },
    {
      code: 'BUKU_REKENING',
      name: 'Halaman identitas buku rekening bank',
      required: true,
      fromArchive: false,
    },
    { code: 'KARTU_KELUARGA', name: 'Kartu keluarga', required: false, fromArchive: true },
    {
      code: 'AKTA_KEMATIAN',
      name: 'Akta kematian peserta (ahli waris)',
      required: false,
      fromArchive: false,
    },
    {
      code: 'SURAT_KETERANGAN_AHLI_WARIS',
      name: 'Surat keterangan ahli waris',
      required: false,
      fromArchive: false,
    },
    { code: 'KTP_AHLI_WARIS', name: 'Kartu tanda penduduk ahli waris', required: false, fromArchive: false },
    {
      code: 'SURAT_KUASA',
      name: 'Surat kuasa bermeterai dari ahli waris lain (ahli waris)',
      required: false,
      fromArchive: false,
    },
  ],
  details,
  detailsExample: {
    claimType: 'PENGEMBALIAN_PENSIUN',
    retirementTmt: '2020-08-01',
    bankName: 'Bank SulutGo',
    bankAccountNumber: '0123456789',
    accountHolderName: 'Abdul Karim Hasan',
  },
  validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'],
  signatureMode: 'ELECTRONIC',
  handoverMode: 'ELECTRONIC',
  oneOpenRequest: true,
  sla: { ...DEFAULT_SLA, verification: 1 },
  eligibility: ({ details: claim, rules }) => {
    const findings: EligibilityFinding[] = [];
    const cutoff = rules.taperumRefundRetiredUntil;
    if (
      claim.claimType !== 'PEMUTAKHIRAN_DATA' &&
      claim.retirementTmt &&
      claim.retirementTmt > cutoff.value
    ) {
      findings.push(
        note(
          `Pensiun setelah ${formatDate(cutoff.value)}: saldo Taperum telah dialihkan menjadi saldo awal Tapera dan ` +
            `dikembalikan menurut ketentuan Tapera (${cite(cutoff)}).`,
          'details.retirementTmt',
        ),
      );
    }
    return findings;
  },
} as const satisfies ServiceDefinition<typeof details>;
