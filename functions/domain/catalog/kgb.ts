import { z } from 'zod';
import { cite } from '../rules';
import { addMonths, addYears, formatDate } from './dates';
import { blocking, note } from './eligibility';
import { LEGAL_BASIS } from './legal-basis';
import { SK_PANGKAT_TERAKHIR } from './requirements';
import { DEFAULT_SLA, type EligibilityFinding, type ServiceDefinition } from './service';

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
  legalBasis: [LEGAL_BASIS.ppGaji, LEGAL_BASIS.perwaliKediri],
  outputKind: 'LETTER',
  outputName: 'Surat Pemberitahuan Kenaikan Gaji Berkala',
  archivedAs: 'SK_KGB_TERAKHIR',
  employeeTypes: ['PNS'],
  requirements: [
    { code: 'SK_KGB_TERAKHIR', name: 'SK kenaikan gaji berkala terakhir', required: true, fromArchive: true },
    SK_PANGKAT_TERAKHIR,
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
  oneOpenRequest: true,
  sla: { ...DEFAULT_SLA, verification: 3 },
  eligibility: ({ employee, details: raise, today, rules }) => {
    const findings: EligibilityFinding[] = [];
    const last = employee.lastSalaryRaiseTmt;
    if (last && last !== raise.lastRaiseEffectiveDate) {
      findings.push(
        note(
          `TMT KGB terakhir yang diisi (${formatDate(raise.lastRaiseEffectiveDate)}) berbeda dengan data induk ` +
            `(${formatDate(last)}).`,
          'details.lastRaiseEffectiveDate',
        ),
      );
    }
    const start = last ?? employee.tmtCpns;
    const interval = rules.salaryRaiseIntervalYears;
    if (!start) {
      findings.push(
        note(
          `TMT KGB terakhir dan TMT CPNS tidak tercatat pada data induk: verifikator memeriksa selang ` +
            `${interval.value} tahun (${cite(interval)}).`,
        ),
      );
      return findings;
    }
    const due = addYears(start, interval.value);
    const opens = addMonths(due, -rules.salaryRaiseNoticeMonths.value);
    if (today < opens) {
      const since = last ? `KGB terakhir ${formatDate(last)}` : `TMT CPNS ${formatDate(start)}`;
      const message =
        `KGB diberikan setiap ${interval.value} tahun (${cite(interval)}): KGB berikutnya sejak ${since} jatuh ` +
        `pada ${formatDate(due)} dan dapat diproses mulai ${formatDate(opens)}.`;
      // Counted from TMT CPNS the cycle may be shifted by the starting salary seniority, so only a note.
      findings.push(
        last
          ? blocking(message, 'employee.lastSalaryRaiseTmt')
          : note(`${message} Masa kerja golongan awal dapat menggeser siklus ini.`, 'employee.tmtCpns'),
      );
    }
    return findings;
  },
} as const satisfies ServiceDefinition<typeof details>;
