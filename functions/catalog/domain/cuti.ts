import { z } from 'zod';
import { cite, type LeaveType, type NationalRules } from '#employees';
import { calendarDaysInclusive, formatDate, longerThanMonths } from '#kernel/domain/dates';
import { countWorkingDates, type WorkCalendar } from '#kernel/domain/working-days';
import { blocking, checkMinimumService, fromTmtCpns, note } from './eligibility';
import { LEAVE_TYPE_LABELS, labelled, leaveTypeSchema, phoneSchema, text } from './fields';
import { LEGAL_BASIS } from './legal-basis';
import { DEFAULT_SLA, type EligibilityFinding, type ServiceDefinition } from './service';

const IMPORTANT_REASONS = {
  KELUARGA_SAKIT_KERAS: 'Keluarga sakit keras',
  KELUARGA_MENINGGAL_DUNIA: 'Keluarga meninggal dunia',
  MELANGSUNGKAN_PERKAWINAN: 'Melangsungkan perkawinan',
  ISTRI_MELAHIRKAN: 'Istri melahirkan',
  MUSIBAH_KEBAKARAN_ATAU_BENCANA: 'Musibah kebakaran atau bencana',
  LAINNYA: 'Lainnya',
} as const;

const details = z
  .object({
    leaveType: leaveTypeSchema.meta({
      title: 'Jenis cuti',
      description:
        'Cuti tahunan, besar, sakit, melahirkan, karena alasan penting, bersama, atau di luar tanggungan negara (CLTN).',
    }),
    startDate: z.iso
      .date()
      .meta({ title: 'Tanggal mulai cuti', description: 'Hari pertama tidak masuk kerja.' }),
    endDate: z.iso
      .date()
      .meta({ title: 'Tanggal selesai cuti', description: 'Hari terakhir cuti (termasuk).' }),
    workingDays: z.number().int().min(1, 'Cuti paling singkat 1 hari kerja').max(1100).optional().meta({
      title: 'Lama cuti (hari kerja)',
      description: 'Jumlah hari kerja yang diambil; wajib untuk cuti tahunan.',
    }),
    reason: text(5, 500).meta({
      title: 'Alasan cuti',
      description: 'Keterangan singkat alasan mengambil cuti.',
    }),
    importantReason: labelled(IMPORTANT_REASONS)
      .optional()
      .meta({
        title: 'Alasan penting',
        description:
          'Untuk cuti karena alasan penting: keluarga sakit keras atau meninggal dunia, perkawinan, istri melahirkan, ' +
          'musibah kebakaran atau bencana, atau lainnya.',
      }),
    childOrder: z.number().int().min(1).max(20).optional().meta({
      title: 'Persalinan anak ke-',
      description: 'Untuk cuti melahirkan: urutan kelahiran anak selama menjadi ASN.',
    }),
    forFirstPilgrimage: z.boolean().optional().meta({
      title: 'Untuk ibadah haji pertama',
      description:
        'Cuti besar untuk menunaikan ibadah haji pertama kali (syarat masa kerja 5 tahun dikecualikan).',
    }),
    isExtension: z.boolean().optional().meta({
      title: 'Perpanjangan cuti',
      description: 'Centang bila permohonan ini memperpanjang cuti sakit atau CLTN yang sedang berjalan.',
    }),
    addressDuringLeave: text(10, 300).meta({
      title: 'Alamat selama cuti',
      description: 'Alamat lengkap tempat pegawai dapat dihubungi selama menjalankan cuti.',
    }),
    phoneDuringLeave: phoneSchema.optional().meta({
      title: 'Telepon selama cuti',
      description: 'Nomor telepon yang dapat dihubungi selama cuti.',
    }),
  })
  .strict()
  .refine((value) => value.endDate >= value.startDate, {
    message: 'Tanggal selesai cuti tidak boleh sebelum tanggal mulai',
    path: ['endDate'],
  })
  .refine((value) => value.leaveType !== 'TAHUNAN' || value.workingDays !== undefined, {
    message: 'Lama cuti tahunan dalam hari kerja wajib diisi',
    path: ['workingDays'],
  })
  .refine(
    (value) =>
      value.workingDays === undefined ||
      value.workingDays <= calendarDaysInclusive(value.startDate, value.endDate),
    { message: 'Jumlah hari kerja melebihi rentang tanggal cuti', path: ['workingDays'] },
  )
  .refine((value) => value.leaveType !== 'ALASAN_PENTING' || value.importantReason !== undefined, {
    message: 'Alasan penting wajib dipilih untuk cuti karena alasan penting',
    path: ['importantReason'],
  })
  .refine((value) => value.leaveType !== 'MELAHIRKAN' || value.childOrder !== undefined, {
    message: 'Urutan anak wajib diisi untuk cuti melahirkan',
    path: ['childOrder'],
  });

/** A leave type as a sentence names it: "cuti tahunan". */
const leaveName = (type: LeaveType) => LEAVE_TYPE_LABELS[type].toLowerCase();

type Leave = z.output<typeof details>;

/**
 * A leave that has begun may be asked for only where its type allows it (sick leave, within
 * `rules.leaveBackdatingDays`): the rest are asked for before their first day.
 */
function checkStart(leave: Leave, today: string, rules: NationalRules): EligibilityFinding[] {
  if (leave.startDate >= today) return [];
  const window = rules.leaveBackdatingDays;
  const allowed = window.value[leave.leaveType] ?? 0;
  const since = calendarDaysInclusive(leave.startDate, today) - 1;
  if (since <= allowed) return [];
  const label = LEAVE_TYPE_LABELS[leave.leaveType];
  const rule =
    allowed === 0
      ? `${label} diajukan sebelum hari pertama cuti`
      : `${label} dapat diajukan paling lambat ${allowed} hari setelah hari pertamanya`;
  return [
    blocking(
      `${rule}; cuti ini mulai ${formatDate(leave.startDate)}, ${since} hari sebelum hari ini ` +
        `(${formatDate(today)}) (${cite(window)}).`,
      'details.startDate',
    ),
  ];
}

/**
 * Leave is counted in working days of the agency's calendar: weekends, national holidays and
 * cuti bersama are not taken. A range without one needs no leave; a stated number that
 * disagrees with the calendar is refused, naming both.
 */
function checkWorkingDays(leave: Leave, calendar: WorkCalendar, rules: NationalRules): EligibilityFinding[] {
  const counted = countWorkingDates(leave.startDate, leave.endDate, calendar);
  const range = `${formatDate(leave.startDate)} sampai ${formatDate(leave.endDate)}`;
  const basis = cite(rules.annualLeaveDays);
  if (counted === 0) {
    return [
      blocking(
        `${range} tidak memuat hari kerja menurut kalender kerja instansi (akhir pekan, libur nasional, dan cuti ` +
          `bersama tidak dihitung); tidak ada hari kerja yang perlu dicutikan (${basis}).`,
        'details.startDate',
      ),
    ];
  }
  if (leave.workingDays === undefined || leave.workingDays === counted) return [];
  return [
    blocking(
      `Lama cuti yang diisi ${leave.workingDays} hari kerja, sedangkan ${range} memuat ${counted} hari kerja menurut ` +
        `kalender kerja instansi (akhir pekan, libur nasional, dan cuti bersama tidak dihitung; ${basis}).`,
      'details.workingDays',
    ),
  ];
}

/** Cuti: every leave type of PNS and CPNS, and the four PPPK may take (PP 11/2017, PP 49/2018). */
export const cuti = {
  code: 'CUTI',
  name: 'Cuti Pegawai ASN',
  description:
    'Penerbitan surat izin cuti bagi PNS, CPNS, dan PPPK: cuti tahunan, cuti besar, cuti sakit, cuti melahirkan, ' +
    'cuti karena alasan penting, cuti bersama, dan cuti di luar tanggungan negara, setelah pertimbangan atasan ' +
    'langsung.',
  legalBasis: [
    LEGAL_BASIS.ppManajemenPns,
    LEGAL_BASIS.ppManajemenPppk,
    LEGAL_BASIS.perbknCuti,
    LEGAL_BASIS.perbknCutiPppk,
    LEGAL_BASIS.perwaliKediri,
    LEGAL_BASIS.pergubGorontalo,
  ],
  outputKind: 'LETTER',
  outputName: 'Surat Izin Cuti',
  employeeTypes: ['CPNS', 'PNS', 'PPPK'],
  requirements: [
    {
      code: 'FORMULIR_PERMINTAAN_CUTI',
      name: 'Formulir permintaan dan pemberian cuti yang ditandatangani atasan langsung',
      required: true,
      fromArchive: false,
    },
    {
      code: 'SK_TERAKHIR',
      name: 'SK pangkat terakhir atau SK pengangkatan PPPK',
      required: false,
      fromArchive: true,
    },
    {
      code: 'SURAT_KETERANGAN_DOKTER',
      name: 'Surat keterangan dokter (cuti sakit lebih dari 1 hari, gugur kandungan)',
      required: false,
      fromArchive: false,
    },
    {
      code: 'SURAT_KETERANGAN_TIM_PENGUJI_KESEHATAN',
      name: 'Surat keterangan tim penguji kesehatan (cuti sakit lebih dari 1 tahun)',
      required: false,
      fromArchive: false,
    },
    {
      code: 'SURAT_KETERANGAN_RAWAT_INAP',
      name: 'Surat keterangan rawat inap dari unit pelayanan kesehatan (istri melahirkan atau keluarga sakit keras)',
      required: false,
      fromArchive: false,
    },
    {
      code: 'JADWAL_KEBERANGKATAN_HAJI',
      name: 'Jadwal keberangkatan/kelompok terbang haji (cuti besar untuk haji pertama)',
      required: false,
      fromArchive: false,
    },
    {
      code: 'SURAT_KETERANGAN_ALASAN_PENTING',
      name: 'Surat keterangan pendukung alasan penting (kematian, perkawinan, musibah dari RT/kelurahan)',
      required: false,
      fromArchive: false,
    },
  ],
  details,
  detailsExample: {
    leaveType: 'TAHUNAN',
    startDate: '2025-07-14',
    endDate: '2025-07-18',
    workingDays: 5,
    reason: 'Keperluan keluarga di luar kota',
    addressDuringLeave: 'Jl. Brawijaya No. 12, Kelurahan Pocanan, Kota Kediri',
    phoneDuringLeave: '081234567890',
  },
  validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'],
  signatureMode: 'ELECTRONIC',
  handoverMode: 'ELECTRONIC',
  oneOpenRequest: false,
  sla: { ...DEFAULT_SLA, verification: 1, signing: 1 },
  letter: ({ details: leave, calendar }) => ({
    details: { ...leave, workingDays: countWorkingDates(leave.startDate, leave.endDate, calendar) },
  }),
  eligibility: ({ employee, details: leave, rules, today, calendar }) => {
    const findings: EligibilityFinding[] = [];
    const isPppk = employee.employeeType === 'PPPK';
    const timing = [...checkStart(leave, today, rules), ...checkWorkingDays(leave, calendar, rules)];
    if (timing.length > 0) return timing;
    const days = countWorkingDates(leave.startDate, leave.endDate, calendar);
    const leaveNamed = leaveName(leave.leaveType);
    if (isPppk && !rules.pppkLeaveTypes.value.includes(leave.leaveType)) {
      const allowed = rules.pppkLeaveTypes.value.map(leaveName).join(', ');
      return [
        blocking(
          `PPPK tidak berhak atas ${leaveNamed}; PPPK hanya berhak atas ${allowed} (${cite(rules.pppkLeaveTypes)}).`,
          'details.leaveType',
        ),
      ];
    }
    // A PPPK's contract start is not in the master data; the verifier counts it from the contract.
    const start = isPppk ? undefined : fromTmtCpns(employee);
    const startName = isPppk ? 'TMT pengangkatan PPPK' : 'TMT CPNS';
    const lasts = (months: number) => longerThanMonths(leave.startDate, leave.endDate, months);

    switch (leave.leaveType) {
      case 'TAHUNAN': {
        findings.push(
          ...checkMinimumService({
            subject: 'Cuti tahunan',
            start,
            at: leave.startDate,
            rule: rules.annualLeaveMinimumServiceYears,
            refuse: true,
            startName,
          }),
        );
        const cap = rules.annualLeaveAccumulatedMaximumDays;
        if (days > cap.value) {
          findings.push(
            blocking(
              `Cuti tahunan paling lama ${cap.value} hari kerja termasuk sisa cuti tahun sebelumnya (${cite(cap)}).`,
              'details.workingDays',
            ),
          );
        } else if (days > rules.annualLeaveDays.value) {
          findings.push(
            note(
              `Permohonan ${days} hari kerja melebihi hak tahun berjalan ${rules.annualLeaveDays.value} hari: ` +
                `verifikator memeriksa sisa cuti yang dibawa (paling banyak ${rules.annualLeaveCarryOverDays.value} ` +
                `hari dari tahun lalu, ${cap.value} hari setelah dua tahun atau lebih tidak digunakan; ` +
                `${cite(rules.annualLeaveCarryOverDays)}).`,
              'details.workingDays',
            ),
          );
        }
        break;
      }
      case 'BESAR': {
        if (!leave.forFirstPilgrimage) {
          findings.push(
            ...checkMinimumService({
              subject: 'Cuti besar',
              start,
              at: leave.startDate,
              rule: rules.longLeaveMinimumServiceYears,
              refuse: true,
              startName,
            }),
          );
        }
        const limit = rules.longLeaveMaximumMonths;
        if (lasts(limit.value)) {
          findings.push(
            blocking(`Cuti besar paling lama ${limit.value} bulan (${cite(limit)}).`, 'details.endDate'),
          );
        }
        break;
      }
      case 'SAKIT': {
        if (isPppk) {
          const limit = rules.pppkSickLeaveMaximumMonths;
          if (lasts(limit.value)) {
            findings.push(
              blocking(
                `Cuti sakit PPPK paling lama ${limit.value} bulan (${cite(limit)}).`,
                'details.endDate',
              ),
            );
          }
          break;
        }
        const limit = rules.sickLeaveMaximumMonths;
        const extension = rules.sickLeaveExtensionMonths;
        if (lasts(limit.value + extension.value)) {
          findings.push(
            blocking(
              `Cuti sakit paling lama ${limit.value} bulan dan dapat diperpanjang paling lama ${extension.value} ` +
                `bulan (${cite(extension)}).`,
              'details.endDate',
            ),
          );
        } else if (lasts(limit.value)) {
          findings.push(
            note(
              `Cuti sakit lebih dari ${limit.value} bulan memerlukan surat keterangan tim penguji kesehatan ` +
                `(${cite(extension)}).`,
              'details.endDate',
            ),
          );
        }
        break;
      }
      case 'MELAHIRKAN': {
        if (employee.sex === 'L') {
          findings.push(
            blocking(
              'Cuti melahirkan hanya bagi pegawai perempuan; suami yang istrinya melahirkan dapat mengajukan cuti ' +
                `karena alasan penting (${cite(rules.maternityLeaveMaximumMonths)}).`,
              'details.leaveType',
            ),
          );
        }
        const limit = rules.maternityLeaveMaximumMonths;
        if (lasts(limit.value)) {
          findings.push(
            blocking(`Cuti melahirkan paling lama ${limit.value} bulan (${cite(limit)}).`, 'details.endDate'),
          );
        }
        const order = rules.maternityLeaveMaximumChildOrder;
        if ((leave.childOrder ?? 0) > order.value) {
          const instead = isPppk ? '' : '; ajukan sebagai cuti besar';
          findings.push(
            blocking(
              `Cuti melahirkan diberikan untuk kelahiran anak pertama sampai ke-${order.value}${instead} ` +
                `(${cite(order)}).`,
              'details.childOrder',
            ),
          );
        }
        break;
      }
      case 'ALASAN_PENTING': {
        const limit = rules.importantReasonLeaveMaximumMonths;
        if (lasts(limit.value)) {
          findings.push(
            blocking(
              `Cuti karena alasan penting paling lama ${limit.value} bulan (${cite(limit)}).`,
              'details.endDate',
            ),
          );
        }
        break;
      }
      case 'DI_LUAR_TANGGUNGAN_NEGARA': {
        findings.push(
          ...checkMinimumService({
            subject: 'Cuti di luar tanggungan negara',
            start,
            at: leave.startDate,
            rule: rules.unpaidLeaveMinimumServiceYears,
            refuse: true,
            startName,
          }),
        );
        const limit = leave.isExtension ? rules.unpaidLeaveExtensionYears : rules.unpaidLeaveMaximumYears;
        if (lasts(limit.value * 12)) {
          const what = leave.isExtension ? 'Perpanjangan CLTN' : 'CLTN';
          findings.push(
            blocking(`${what} paling lama ${limit.value} tahun (${cite(limit)}).`, 'details.endDate'),
          );
        }
        findings.push(
          note(
            `CLTN mulai ${formatDate(leave.startDate)} ditetapkan setelah mendapat pertimbangan teknis Kepala BKN ` +
              `(${cite(rules.unpaidLeaveMaximumYears)}).`,
          ),
        );
        break;
      }
      case 'BERSAMA':
        break;
    }
    return findings;
  },
} as const satisfies ServiceDefinition<typeof details>;
