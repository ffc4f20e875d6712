import { z } from 'zod';
import type { Employee } from '#employees';
import { cite, type NationalRules } from '#employees';
import { formatDate } from '#kernel/domain/dates';
import { nextDate } from '#kernel/domain/working-days';
import { blocking, checkMinimumService, fromTmtCpns, note, type ServiceStart } from './eligibility';
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

/** A medium or heavy disciplinary sanction in the master data closes the nomination. */
function sanctionExclusion(employee: Employee, rules: NationalRules): EligibilityFinding[] {
  const levels = rules.satyalancanaExcludedSanctionLevels;
  const sanction = employee.disciplinarySanctions?.find((each) => levels.value.includes(each.level));
  if (!sanction) return [];
  return [
    blocking(
      'Satyalancana Karya Satya tidak diusulkan bagi PNS yang pernah dijatuhi hukuman disiplin tingkat ' +
        `${levels.value.map((level) => level.toLowerCase()).join(' atau ')}: data induk mencatat hukuman disiplin ` +
        `tingkat ${sanction.level.toLowerCase()} dengan TMT ${formatDate(sanction.tmt)} (${cite(levels)}).`,
      'employee.disciplinarySanctions',
    ),
  ];
}

/**
 * CLTN taken, by the master data or the applicant's own statement: the nomination is closed, or,
 * where the agency counts service again from the return (a setting), counting starts there.
 */
function unpaidLeaveCheck(
  employee: Employee,
  award: { readonly hasTakenUnpaidLeave: boolean; readonly unpaidLeaveReturnDate?: string | undefined },
  rules: NationalRules,
): { start?: ServiceStart; finding?: EligibilityFinding } {
  const restarts = rules.satyalancanaUnpaidLeaveRestartsCount;
  const recorded = employee.unpaidLeaves?.at(-1);
  const start = fromTmtCpns(employee);
  if (!recorded && !award.hasTakenUnpaidLeave) return start ? { start } : {};
  const taken = recorded
    ? `data induk mencatat CLTN ${formatDate(recorded.from)} s.d. ${formatDate(recorded.to)}`
    : 'pegawai menyatakan pernah menjalani CLTN';
  const field = recorded ? 'employee.unpaidLeaves' : 'details.hasTakenUnpaidLeave';
  if (!restarts.value) {
    return {
      finding: blocking(
        `Satyalancana Karya Satya tidak diusulkan bagi PNS yang pernah menjalani cuti di luar tanggungan negara: ` +
          `${taken} (${cite(restarts)}).`,
        field,
      ),
    };
  }
  if (recorded) return { start: { date: nextDate(recorded.to), field: 'employee.unpaidLeaves' } };
  if (award.unpaidLeaveReturnDate) {
    return { start: { date: award.unpaidLeaveReturnDate, field: 'details.unpaidLeaveReturnDate' } };
  }
  return {
    finding: note(
      `Pegawai pernah menjalani CLTN: masa kerja dihitung sejak aktif kembali; isi TMT aktif kembali (${cite(restarts)}).`,
      field,
    ),
  };
}

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
  oneOpenRequest: true,
  sla: { ...DEFAULT_SLA, verification: 5, signing: 5, deficiencyWindow: 10 },
  eligibility: ({ employee, details: award, today, rules }) => {
    const required = rules.satyalancanaServiceYears.value[CLASS_ORDER.indexOf(award.awardClass)];
    if (required === undefined) return [];
    const excluded = [...sanctionExclusion(employee, rules)];
    const unpaid = unpaidLeaveCheck(employee, award, rules);
    if (unpaid.finding) excluded.push(unpaid.finding);
    if (excluded.some((finding) => finding.blocking)) return excluded;
    return [
      ...excluded,
      ...checkMinimumService({
        subject: `Satyalancana Karya Satya ${award.awardClass} Tahun`,
        start: unpaid.start,
        at: today,
        rule: { ...rules.satyalancanaServiceYears, value: required },
        refuse: true,
        startName: unpaid.start?.field === 'employee.tmtCpns' ? 'TMT CPNS' : 'aktif kembali setelah CLTN',
      }),
    ];
  },
} as const satisfies ServiceDefinition<typeof details>;
