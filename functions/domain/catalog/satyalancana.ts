import { z } from 'zod';
import { cite } from '../rules';
import { checkMinimumService, fromTmtCpns, note, type ServiceStart } from './eligibility';
import { codesOf, labelled, text } from './fields';
import { LEGAL_BASIS } from './legal-basis';
import { SK_PANGKAT_TERAKHIR } from './requirements';
import { DEFAULT_SLA, type EligibilityFinding, type ServiceDefinition } from './service';

const AWARD_CLASSES = {
  X: 'Satyalancana Karya Satya X Tahun',
  XX: 'Satyalancana Karya Satya XX Tahun',
  XXX: 'Satyalancana Karya Satya XXX Tahun',
} as const;
const CLASS_ORDER = codesOf(AWARD_CLASSES);

const details = z
  .object({
    awardClass: labelled(AWARD_CLASSES).meta({
      title: 'Satyalancana yang diusulkan',
      description: 'Satyalancana Karya Satya X, XX, atau XXX Tahun.',
    }),
    previousAwardClass: labelled({ X: AWARD_CLASSES.X, XX: AWARD_CLASSES.XX }).optional().meta({
      title: 'Satyalancana yang telah diterima',
      description: 'Kelas Satyalancana Karya Satya sebelumnya, bila ada.',
    }),
    previousAwardDecreeNumber: text(3, 100).optional().meta({
      title: 'Nomor Keppres Satyalancana sebelumnya',
      description: 'Nomor keputusan presiden penganugerahan sebelumnya, bila ada.',
    }),
    hasTakenUnpaidLeave: z.boolean().meta({
      title: 'Pernah menjalani CLTN',
      description: 'Apakah pegawai pernah menjalani cuti di luar tanggungan negara.',
    }),
    unpaidLeaveReturnDate: z.iso.date().optional().meta({
      title: 'TMT aktif kembali setelah CLTN',
      description: 'Tanggal pegawai diaktifkan kembali setelah CLTN, bila pernah.',
    }),
  })
  .strict()
  .refine(
    (value) =>
      value.previousAwardClass === undefined ||
      CLASS_ORDER.indexOf(value.previousAwardClass) < CLASS_ORDER.indexOf(value.awardClass),
    {
      message: 'Satyalancana yang diusulkan harus lebih tinggi dari yang telah diterima',
      path: ['awardClass'],
    },
  )
  .refine((value) => value.unpaidLeaveReturnDate === undefined || value.hasTakenUnpaidLeave, {
    message: 'TMT aktif kembali hanya diisi bila pernah menjalani CLTN',
    path: ['unpaidLeaveReturnDate'],
  });

/** Satyalancana Karya Satya: the state's award for 10, 20 or 30 years of loyal service (UU 20/2009). */
export const satyalancana = {
  code: 'SATYALANCANA',
  name: 'Satyalancana Karya Satya',
  description:
    'Pengusulan tanda kehormatan Satyalancana Karya Satya X, XX, dan XXX Tahun bagi PNS yang telah bekerja ' +
    'terus-menerus dengan penuh kesetiaan, dan penyerahan piagamnya.',
  legalBasis: [
    LEGAL_BASIS.uuTandaKehormatan,
    LEGAL_BASIS.ppTandaKehormatan,
    LEGAL_BASIS.ppSatyalancana,
    LEGAL_BASIS.perwaliKediri,
    LEGAL_BASIS.pergubGorontalo,
  ],
  outputKind: 'CERTIFICATE',
  outputName: 'Piagam Tanda Kehormatan Satyalancana Karya Satya',
  archivedAs: 'PIAGAM_SATYALANCANA_SEBELUMNYA',
  employeeTypes: ['PNS'],
  requirements: [
    {
      code: 'SURAT_PENGANTAR',
      name: 'Surat usul kepala perangkat daerah',
      required: true,
      fromArchive: false,
    },
    { code: 'SK_CPNS', name: 'SK pengangkatan CPNS', required: true, fromArchive: true },
    SK_PANGKAT_TERAKHIR,
    { code: 'SK_JABATAN_TERAKHIR', name: 'SK jabatan terakhir', required: false, fromArchive: true },
    { code: 'PENILAIAN_KINERJA', name: 'Penilaian kinerja terakhir', required: true, fromArchive: true },
    { code: 'DAFTAR_RIWAYAT_HIDUP', name: 'Daftar riwayat hidup', required: true, fromArchive: false },
    {
      code: 'SURAT_PERNYATAAN_TIDAK_HUKUMAN_DISIPLIN',
      name: 'Surat pernyataan kepala perangkat daerah: tidak pernah dijatuhi hukuman disiplin tingkat sedang atau berat',
      required: true,
      fromArchive: false,
    },
    {
      code: 'SURAT_PERNYATAAN_TIDAK_CLTN',
      name: 'Surat pernyataan tidak pernah menjalani cuti di luar tanggungan negara',
      required: true,
      fromArchive: false,
    },
    {
      code: 'PIAGAM_SATYALANCANA_SEBELUMNYA',
      name: 'Piagam atau petikan Keppres Satyalancana Karya Satya sebelumnya',
      required: false,
      fromArchive: true,
    },
  ],
  details,
  detailsExample: {
    awardClass: 'XX',
    previousAwardClass: 'X',
    previousAwardDecreeNumber: '045/TK/TAHUN 2015',
    hasTakenUnpaidLeave: false,
  },
  validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'],
  signatureMode: 'WET',
  handoverMode: 'PHYSICAL',
  sla: { ...DEFAULT_SLA, verification: 5, signing: 5, deficiencyWindow: 10 },
  eligibility: ({ employee, details: award, today, rules }) => {
    const findings: EligibilityFinding[] = [];
    const years = rules.satyalancanaServiceYears;
    const restarts = rules.satyalancanaUnpaidLeaveRestartsCount;
    const required = years.value[CLASS_ORDER.indexOf(award.awardClass)];
    if (required === undefined) return findings;
    let start: ServiceStart | undefined = fromTmtCpns(employee);
    if (award.hasTakenUnpaidLeave) {
      if (restarts.value && award.unpaidLeaveReturnDate) {
        start = { date: award.unpaidLeaveReturnDate, field: 'details.unpaidLeaveReturnDate' };
      } else {
        findings.push(
          note(
            restarts.value
              ? 'Pegawai pernah menjalani CLTN: masa kerja dihitung sejak aktif kembali; isi TMT aktif kembali ' +
                  `(${cite(restarts)}).`
              : `Pegawai pernah menjalani CLTN: menurut ketentuan yang berlaku tidak diusulkan (${cite(restarts)}).`,
            'details.hasTakenUnpaidLeave',
          ),
        );
      }
    }
    findings.push(
      ...checkMinimumService({
        subject: `Satyalancana Karya Satya ${award.awardClass} Tahun`,
        start,
        at: today,
        rule: { ...years, value: required },
        refuse: true,
        startName:
          start?.field === 'details.unpaidLeaveReturnDate' ? 'aktif kembali setelah CLTN' : 'TMT CPNS',
      }),
    );
    return findings;
  },
} as const satisfies ServiceDefinition<typeof details>;
