import { z } from 'zod';
import { checkMinimumService, fromTmtCpns, note } from './eligibility';
import { labelled, text } from './fields';
import { LEGAL_BASIS } from './legal-basis';
import { SK_PANGKAT_TERAKHIR, SK_PNS } from './requirements';
import { DEFAULT_SLA, type EligibilityFinding, type ServiceDefinition } from './service';

const TRANSFER_TYPES = {
  ANTAR_PERANGKAT_DAERAH: 'Antarperangkat daerah',
  KELUAR_INSTANSI: 'Pindah ke instansi lain',
  MASUK_INSTANSI: 'Pindah masuk dari instansi lain',
} as const;

const details = z
  .object({
    transferType: labelled(TRANSFER_TYPES).meta({
      title: 'Jenis mutasi',
      description:
        'Antar-perangkat daerah dalam satu instansi, pindah keluar ke instansi lain, atau pindah masuk dari ' +
        'instansi lain.',
    }),
    originAgency: text(3, 150).meta({
      title: 'Instansi asal',
      description: 'Pemerintah daerah atau instansi asal.',
    }),
    originUnit: text(3, 150).meta({
      title: 'Unit kerja asal',
      description: 'Perangkat daerah atau unit kerja asal.',
    }),
    destinationAgency: text(3, 150).meta({
      title: 'Instansi tujuan',
      description: 'Instansi yang akan menerima.',
    }),
    destinationUnit: text(3, 150).meta({
      title: 'Unit kerja tujuan',
      description: 'Perangkat daerah tujuan.',
    }),
    proposedPositionName: text(3, 150).meta({
      title: 'Jabatan yang dituju',
      description: 'Nama jabatan pada unit kerja tujuan sesuai analisis jabatan.',
    }),
    reason: text(10, 500).meta({ title: 'Alasan mutasi', description: 'Alasan permohonan pindah.' }),
  })
  .strict()
  .refine(
    (value) => value.originAgency !== value.destinationAgency || value.originUnit !== value.destinationUnit,
    { message: 'Unit kerja tujuan harus berbeda dengan unit kerja asal', path: ['destinationUnit'] },
  )
  .refine(
    (value) =>
      (value.transferType === 'ANTAR_PERANGKAT_DAERAH') === (value.originAgency === value.destinationAgency),
    {
      message:
        'Mutasi antar-perangkat daerah terjadi dalam satu instansi; pindah instansi berarti instansi berbeda',
      path: ['destinationAgency'],
    },
  );

/** Mutasi: transfer between units of the agency or between agencies (Peraturan BKN 5/2019). */
export const mutasi = {
  code: 'MUTASI',
  name: 'Mutasi PNS',
  description:
    'Penerbitan keputusan mutasi PNS antar-perangkat daerah, serta pindah keluar atau masuk antarinstansi ' +
    'setelah persetujuan instansi asal dan penerima dan pertimbangan teknis BKN.',
  legalBasis: [
    LEGAL_BASIS.uuAsn,
    LEGAL_BASIS.ppManajemenPns,
    LEGAL_BASIS.perbknMutasi,
    LEGAL_BASIS.pergubGorontalo,
  ],
  outputKind: 'DECREE',
  outputName: 'Surat Keputusan Mutasi/Pindah PNS',
  employeeTypes: ['PNS'],
  requirements: [
    { code: 'SURAT_PERMOHONAN', name: 'Surat permohonan pindah', required: true, fromArchive: false },
    {
      code: 'PERSETUJUAN_INSTANSI_ASAL',
      name: 'Surat persetujuan melepas dari pejabat pembina kepegawaian instansi asal',
      required: false,
      fromArchive: false,
    },
    {
      code: 'PERSETUJUAN_INSTANSI_PENERIMA',
      name: 'Surat persetujuan menerima dari pejabat pembina kepegawaian instansi penerima',
      required: false,
      fromArchive: false,
    },
    { code: 'SK_CPNS', name: 'SK pengangkatan CPNS', required: true, fromArchive: true },
    SK_PNS,
    SK_PANGKAT_TERAKHIR,
    { code: 'SK_JABATAN_TERAKHIR', name: 'SK jabatan terakhir', required: false, fromArchive: true },
    {
      code: 'PENILAIAN_KINERJA',
      name: 'Penilaian kinerja dua tahun terakhir',
      required: true,
      fromArchive: true,
    },
    {
      code: 'SURAT_PERNYATAAN_TIDAK_HUKUMAN_DISIPLIN',
      name: 'Surat pernyataan tidak sedang menjalani hukuman disiplin atau proses pidana',
      required: true,
      fromArchive: false,
    },
    {
      code: 'SURAT_PERNYATAAN_TIDAK_TUGAS_BELAJAR',
      name: 'Surat pernyataan tidak sedang menjalani tugas belajar atau ikatan dinas',
      required: true,
      fromArchive: false,
    },
    {
      code: 'ANALISIS_JABATAN',
      name: 'Analisis jabatan dan beban kerja pada unit kerja tujuan',
      required: false,
      fromArchive: false,
    },
  ],
  details,
  detailsExample: {
    transferType: 'ANTAR_PERANGKAT_DAERAH',
    originAgency: 'Pemerintah Provinsi Gorontalo',
    originUnit: 'Dinas Pendidikan dan Kebudayaan',
    destinationAgency: 'Pemerintah Provinsi Gorontalo',
    destinationUnit: 'Badan Kepegawaian Daerah',
    proposedPositionName: 'Analis Sumber Daya Manusia Aparatur',
    reason: 'Pemenuhan kebutuhan analis SDM aparatur sesuai analisis beban kerja.',
  },
  validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'],
  signatureMode: 'ELECTRONIC',
  handoverMode: 'ELECTRONIC',
  oneOpenRequest: true,
  sla: { ...DEFAULT_SLA, verification: 5, signing: 5 },
  eligibility: ({ employee, details: transfer, today, rules }) => {
    const findings: EligibilityFinding[] = [];
    if (transfer.transferType === 'ANTAR_PERANGKAT_DAERAH' && transfer.originUnit !== employee.unitName) {
      findings.push(
        note(
          `Unit kerja asal yang diisi (${transfer.originUnit}) berbeda dengan data induk (${employee.unitName}).`,
          'details.originUnit',
        ),
      );
    }
    if (transfer.transferType !== 'ANTAR_PERANGKAT_DAERAH') {
      findings.push(
        ...checkMinimumService({
          subject: 'Pindah antarinstansi',
          start: fromTmtCpns(employee),
          at: today,
          rule: rules.transferMinimumServiceYears,
          refuse: false,
          startName: 'TMT CPNS',
        }),
      );
    }
    return findings;
  },
} as const satisfies ServiceDefinition<typeof details>;
