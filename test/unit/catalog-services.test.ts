import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findService, offeredServices } from '#catalog/domain/catalog';
import { cuti } from '#catalog/domain/cuti';
import { retirementTmt } from '#catalog/domain/eligibility';
import { izinBelajar } from '#catalog/domain/izin-belajar';
import { izinPerkawinanPerceraian } from '#catalog/domain/izin-perkawinan-perceraian';
import { jabatanFungsional } from '#catalog/domain/jabatan-fungsional';
import { karisKarsu } from '#catalog/domain/karis-karsu';
import { kgb } from '#catalog/domain/kgb';
import { kp } from '#catalog/domain/kp';
import { mutasi } from '#catalog/domain/mutasi';
import { pensiun } from '#catalog/domain/pensiun';
import { rekomendasiTugasBelajar } from '#catalog/domain/rekomendasi-tugas-belajar';
import { satyalancana } from '#catalog/domain/satyalancana';
import type { EligibilityFinding, ServiceDefinition } from '#catalog/domain/service';
import { suratKeterangan } from '#catalog/domain/surat-keterangan';
import { taperum } from '#catalog/domain/taperum';
import { tugasBelajar } from '#catalog/domain/tugas-belajar';
import { ujianDinas } from '#catalog/domain/ujian-dinas';
import type { Employee } from '#employees/domain/employee';
import {
  NATIONAL_RULES,
  type NationalRules,
  nationalRulesOverridesSchema,
  resolveRules,
} from '#employees/domain/rules';
import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';
import { SERVICE_CODES, type ServiceCode } from '#kernel/domain/service-codes';
import { workCalendar } from '#kernel/domain/working-days';

const TODAY = '2025-06-16';
const RULES = resolveRules();
/** The demo agency's calendar: Monday to Friday, the national holidays and cuti bersama off. */
const CALENDAR = workCalendar(runtimeSettingsOf(loadAgencyConfig('demo')));

/** A pelaksana PNS in III/b with every master-data field the rules read. */
function employee(overrides: Partial<Employee> = {}): Employee {
  return {
    nip: '199001012015031001',
    name: 'Budi Santoso',
    employeeType: 'PNS',
    sex: 'L',
    birthDate: '1990-01-01',
    unit: 'BKPSDM',
    unitName: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    rank: { code: 'III/b', tmt: '2021-04-01' },
    positionCategory: 'PELAKSANA',
    tmtCpns: '2015-03-01',
    tmtPns: '2016-03-01',
    lastSalaryRaiseTmt: '2024-03-01',
    ...overrides,
  };
}

/** Only what every employee record has: the rules must cope with the rest missing. */
const BARE_EMPLOYEE: Employee = {
  nip: '199001012015031001',
  name: 'Budi Santoso',
  employeeType: 'PNS',
  unit: 'BKPSDM',
  unitName: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
};

interface Situation {
  readonly employee?: Employee;
  readonly today?: string;
  readonly rules?: NationalRules;
}

/** Runs a typed entry's eligibility rules on details parsed by its own schema. */
function findingsOf<Details extends z.ZodType>(
  service: ServiceDefinition<Details>,
  input: z.input<Details>,
  situation: Situation = {},
): readonly EligibilityFinding[] {
  return (
    service.eligibility?.({
      employee: situation.employee ?? employee(),
      details: service.details.parse(input),
      today: situation.today ?? TODAY,
      rules: situation.rules ?? RULES,
      calendar: CALENDAR,
    }) ?? []
  );
}

const blockingOf = (findings: readonly EligibilityFinding[]) =>
  findings.filter((finding) => finding.blocking);

describe('the complete service catalog', () => {
  it('offers each of the fifteen service codes exactly once', () => {
    const codes = offeredServices().map((service) => service.code);
    expect([...codes].sort()).toEqual([...SERVICE_CODES].sort());
    expect(new Set(codes).size).toBe(15);
  });

  it('offers only examples that satisfy their own schemas', () => {
    for (const service of offeredServices()) {
      const parsed = service.details.safeParse(service.detailsExample);
      expect(parsed.error?.issues, service.code).toBeUndefined();
    }
  });

  it('names requirements with unique UPPER_SNAKE codes within each service', () => {
    for (const service of offeredServices()) {
      const codes = service.requirements.map((requirement) => requirement.code);
      expect(new Set(codes).size, service.code).toBe(codes.length);
      for (const code of codes) expect(code, service.code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
    }
  });

  it('archives each issued document as a requirement later services take from the archive', () => {
    const takenFromArchive = new Set(
      offeredServices().flatMap((service) =>
        service.requirements.filter((item) => item.fromArchive).map((item) => item.code),
      ),
    );
    const archived = offeredServices().flatMap((service) => (service.archivedAs ? [service.archivedAs] : []));
    expect(archived).toContain('SK_KGB_TERAKHIR');
    for (const code of archived) expect(takenFromArchive, code).toContain(code);
  });

  it('describes every detail field with a title and a description', () => {
    for (const service of offeredServices()) {
      const schema = z.toJSONSchema(service.details, { io: 'input' });
      for (const [field, property] of Object.entries(schema.properties ?? {})) {
        expect(property, `${service.code}.${field}`).toMatchObject({
          title: expect.any(String),
          description: expect.any(String),
        });
      }
    }
  });

  it('issues documents by the kind, signature and handover each service uses', () => {
    expect(findService('SATYALANCANA')).toMatchObject({ signatureMode: 'WET', handoverMode: 'PHYSICAL' });
    expect(findService('KARIS_KARSU')).toMatchObject({ outputKind: 'CARD', signatureMode: 'WET' });
    expect(findService('CUTI')).toMatchObject({
      employeeTypes: ['CPNS', 'PNS', 'PPPK'],
      oneOpenRequest: false,
    });
    for (const code of ['KP', 'KGB', 'PENSIUN'] as const) {
      expect(findService(code).employeeTypes).toEqual(['PNS']);
      expect(findService(code).oneOpenRequest).toBe(true);
    }
  });

  it('validates every service in two tiers, pengawas then administrator (Kediri Pasal 10)', () => {
    for (const service of offeredServices())
      expect([service.code, service.validationTiers]).toEqual([
        service.code,
        ['SUPERVISOR', 'ADMINISTRATOR'],
      ]);
  });

  const wrongExamples: Record<ServiceCode, { readonly input: unknown; readonly message: string }> = {
    KP: {
      input: { ...kp.detailsExample, proposedRank: 'III/a' },
      message: 'Pangkat yang diusulkan harus lebih tinggi dari pangkat saat ini',
    },
    KGB: {
      input: { ...kgb.detailsExample, lastRaiseEffectiveDate: '2024-12-15' },
      message: 'TMT selalu jatuh pada tanggal 1',
    },
    PENSIUN: {
      input: {
        ...pensiun.detailsExample,
        pensionType: 'JANDA_DUDA',
        heirName: 'Sri Wahyuni',
        heirRelationship: 'ISTRI',
      },
      message: 'Tanggal meninggal dunia wajib diisi untuk pensiun janda/duda dan tewas',
    },
    IZIN_BELAJAR: {
      input: { ...izinBelajar.detailsExample, expectedCompletion: '2025-01-31' },
      message: 'Perkiraan tanggal lulus harus setelah tanggal mulai kuliah',
    },
    REKOMENDASI_TUGAS_BELAJAR: {
      input: { ...rekomendasiTugasBelajar.detailsExample, educationLevel: 'S1' },
      message: 'Jenjang yang akan ditempuh harus lebih tinggi dari pendidikan terakhir',
    },
    TUGAS_BELAJAR: {
      input: { ...tugasBelajar.detailsExample, studyEnd: '2025-08-01' },
      message: 'Tanggal akhir studi harus setelah tanggal mulai studi',
    },
    SURAT_KETERANGAN: {
      input: { ...suratKeterangan.detailsExample, letterType: 'LAINNYA' },
      message: 'Sebutkan jenis surat keterangan yang dimohon',
    },
    SATYALANCANA: {
      input: { ...satyalancana.detailsExample, awardClass: 'X' },
      message: 'Satyalancana yang diusulkan harus lebih tinggi dari yang telah diterima',
    },
    CUTI: {
      input: { ...cuti.detailsExample, endDate: '2025-07-11' },
      message: 'Tanggal selesai cuti tidak boleh sebelum tanggal mulai',
    },
    UJIAN_DINAS: {
      input: { examType: 'UJIAN_PENYESUAIAN_KENAIKAN_PANGKAT', currentRank: 'II/c', examYear: 2025 },
      message: 'Jenjang dan program studi ijazah wajib diisi untuk ujian penyesuaian kenaikan pangkat',
    },
    MUTASI: {
      input: { ...mutasi.detailsExample, destinationAgency: 'Pemerintah Kota Gorontalo' },
      message:
        'Mutasi antar-perangkat daerah terjadi dalam satu instansi; pindah instansi berarti instansi berbeda',
    },
    JABATAN_FUNGSIONAL: {
      input: { ...jabatanFungsional.detailsExample, targetLevel: 'AHLI_MADYA' },
      message: 'Kenaikan jenjang hanya ke jenjang berikutnya dalam kategori yang sama',
    },
    KARIS_KARSU: {
      input: { ...karisKarsu.detailsExample, marriageDate: '1990-01-01' },
      message: 'Tanggal perkawinan harus setelah tanggal lahir istri/suami',
    },
    TAPERUM: {
      input: { ...taperum.detailsExample, bankAccountNumber: '01-2345-678' },
      message: 'Nomor rekening hanya angka, 6 sampai 20 digit',
    },
    IZIN_PERKAWINAN_PERCERAIAN: {
      input: { ...izinPerkawinanPerceraian.detailsExample, divorceReason: undefined },
      message: 'Alasan perceraian wajib dipilih',
    },
  };

  it.each(SERVICE_CODES)('refuses a wrong %s example with a message in Bahasa Indonesia', (code) => {
    const { input, message } = wrongExamples[code];
    const parsed = findService(code).details.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain(message);
  });

  it('refuses details the schema does not know', () => {
    expect(findService('CUTI').details.safeParse({ ...cuti.detailsExample, salary: 1 }).success).toBe(false);
  });

  it('applies the rules to details as their schema parses them', () => {
    const offered = findService('CUTI');
    const details = offered.details.parse({
      ...cuti.detailsExample,
      leaveType: 'BESAR',
      endDate: '2025-08-14',
      workingDays: undefined,
    });
    const findings = offered.eligibility?.({
      employee: employee({ employeeType: 'PPPK' }),
      details,
      today: TODAY,
      rules: RULES,
      calendar: CALENDAR,
    });
    expect(findings?.[0]).toMatchObject({ blocking: true, field: 'details.leaveType' });
  });

  it.each(SERVICE_CODES)('checks %s without crashing when optional master data is missing', (code) => {
    const service = findService(code);
    const findings = service.eligibility?.({
      employee: BARE_EMPLOYEE,
      details: service.detailsExample,
      today: TODAY,
      rules: RULES,
      calendar: CALENDAR,
    });
    expect(Array.isArray(findings ?? [])).toBe(true);
  });
});

describe('cuti eligibility', () => {
  // Monday 14 to Friday 18 July 2025: five working days, none a holiday.
  const annual = { ...cuti.detailsExample, startDate: '2025-07-14', endDate: '2025-07-18', workingDays: 5 };
  const longLeave = {
    ...cuti.detailsExample,
    leaveType: 'BESAR',
    startDate: '2025-07-01',
    endDate: '2025-09-30',
    workingDays: undefined,
  } as const;

  it('refuses cuti tahunan before one year of service', () => {
    const findings = findingsOf(cuti, annual, { employee: employee({ tmtCpns: '2024-08-01' }) });
    expect(findings).toEqual([
      {
        blocking: true,
        field: 'employee.tmtCpns',
        message: expect.stringContaining('masa kerja baru 11 bulan'),
      },
    ]);
    expect(findings[0]?.message).toContain('Pasal 311');
  });

  it('grants cuti tahunan to a CPNS who has served one year', () => {
    const findings = findingsOf(cuti, annual, {
      employee: employee({ employeeType: 'CPNS', tmtCpns: '2024-02-01' }),
    });
    expect(findings).toEqual([]);
  });

  it('refuses a PPPK asking for cuti besar', () => {
    const findings = findingsOf(cuti, longLeave, { employee: employee({ employeeType: 'PPPK' }) });
    expect(findings).toEqual([
      {
        blocking: true,
        field: 'details.leaveType',
        message: expect.stringContaining('PPPK tidak berhak atas cuti besar'),
      },
    ]);
  });

  it('leaves a PPPK’s year of service to the verifier, since master data has no contract start', () => {
    const findings = findingsOf(cuti, annual, { employee: employee({ employeeType: 'PPPK' }) });
    expect(blockingOf(findings)).toEqual([]);
    expect(findings[0]?.message).toContain('TMT pengangkatan PPPK tidak tercatat');
  });

  it('refuses cuti besar before five years of continuous service, except for the first pilgrimage', () => {
    const junior = employee({ tmtCpns: '2021-01-01' });
    expect(blockingOf(findingsOf(cuti, longLeave, { employee: junior }))).toHaveLength(1);
    expect(findingsOf(cuti, { ...longLeave, forFirstPilgrimage: true }, { employee: junior })).toEqual([]);
  });

  it('refuses cuti besar longer than three months', () => {
    const findings = findingsOf(cuti, { ...longLeave, endDate: '2025-10-01' });
    expect(findings).toEqual([
      { blocking: true, field: 'details.endDate', message: expect.stringContaining('paling lama 3 bulan') },
    ]);
  });

  it('refuses annual leave beyond 24 days and sends 13 to 24 days to the carry-over check', () => {
    // 1 July to 4 August 2025: 25 working days; to 24 July: 18.
    const tooLong = findingsOf(cuti, {
      ...annual,
      startDate: '2025-07-01',
      endDate: '2025-08-04',
      workingDays: 25,
    });
    expect(tooLong).toEqual([
      {
        blocking: true,
        field: 'details.workingDays',
        message: expect.stringContaining('paling lama 24 hari kerja'),
      },
    ]);
    const carried = findingsOf(cuti, {
      ...annual,
      startDate: '2025-07-01',
      endDate: '2025-07-24',
      workingDays: 18,
    });
    expect(carried).toEqual([{ blocking: false, field: 'details.workingDays', message: expect.any(String) }]);
  });

  it('refuses cuti melahirkan for a fourth child and for a male employee', () => {
    const maternity = {
      ...annual,
      leaveType: 'MELAHIRKAN',
      startDate: '2025-07-01',
      endDate: '2025-09-30',
      workingDays: undefined,
      childOrder: 4,
    } as const;
    const mother = employee({ sex: 'P' });
    expect(findingsOf(cuti, maternity, { employee: mother })).toEqual([
      {
        blocking: true,
        field: 'details.childOrder',
        message: expect.stringContaining('ajukan sebagai cuti besar'),
      },
    ]);
    expect(findingsOf(cuti, { ...maternity, childOrder: 2 }, { employee: mother })).toEqual([]);
    expect(blockingOf(findingsOf(cuti, { ...maternity, childOrder: 2 }))[0]?.field).toBe('details.leaveType');
  });

  it('notes that sick leave beyond a year needs the health board, and refuses it beyond eighteen months', () => {
    const sick = { ...annual, leaveType: 'SAKIT', startDate: TODAY, workingDays: undefined } as const;
    expect(findingsOf(cuti, { ...sick, endDate: '2026-06-30' })).toEqual([
      {
        blocking: false,
        field: 'details.endDate',
        message: expect.stringContaining('tim penguji kesehatan'),
      },
    ]);
    expect(blockingOf(findingsOf(cuti, { ...sick, endDate: '2026-12-17' }))).toHaveLength(1);
    expect(
      blockingOf(
        findingsOf(
          cuti,
          { ...sick, endDate: '2025-07-17' },
          { employee: employee({ employeeType: 'PPPK' }) },
        ),
      ),
    ).toHaveLength(1);
  });

  it('reminds the verifier that CLTN needs BKN’s technical consideration', () => {
    const unpaid = {
      ...annual,
      leaveType: 'DI_LUAR_TANGGUNGAN_NEGARA',
      startDate: '2025-08-01',
      endDate: '2026-07-31',
      workingDays: undefined,
    } as const;
    const findings = findingsOf(cuti, unpaid);
    expect(blockingOf(findings)).toEqual([]);
    expect(findings.at(-1)?.message).toContain('pertimbangan teknis Kepala BKN');
  });

  it('counts working days from the agency’s calendar: weekends, national holidays and cuti bersama are not taken', () => {
    // Monday 31 March to Friday 4 April 2025: Idul Fitri (31 March, 1 April) and cuti bersama (2–4 April).
    const eid = { ...annual, startDate: '2025-03-31', endDate: '2025-04-04' };
    expect(findingsOf(cuti, { ...eid, workingDays: 5 }, { today: '2025-03-03' })).toEqual([
      {
        blocking: true,
        field: 'details.startDate',
        message: expect.stringContaining('tidak memuat hari kerja'),
      },
    ]);
    // Monday 28 April to Friday 2 May 2025: 1 May is a holiday, so four working days.
    const may = { ...annual, startDate: '2025-04-28', endDate: '2025-05-02' };
    expect(findingsOf(cuti, { ...may, workingDays: 4 }, { today: '2025-04-01' })).toEqual([]);
    for (const stated of [3, 5]) {
      expect(findingsOf(cuti, { ...may, workingDays: stated }, { today: '2025-04-01' })).toEqual([
        {
          blocking: true,
          field: 'details.workingDays',
          message: expect.stringContaining(
            `diisi ${stated} hari kerja, sedangkan 28 April 2025 sampai 2 Mei 2025 memuat 4`,
          ),
        },
      ]);
    }
  });

  it.each([
    ['TAHUNAN', '2025-06-16', 5, false, 'starting today'],
    ['TAHUNAN', '2025-06-13', 6, true, 'started on the last working day'],
    ['SAKIT', '2025-06-02', undefined, false, 'sick since fourteen days'],
    ['SAKIT', '2025-06-01', undefined, true, 'sick since fifteen days'],
  ] as const)(
    'a %s leave from %s asked for on 16 June 2025 (%s working days) is refused: %s (%s)',
    (leaveType, startDate, workingDays, refused, _why) => {
      const leave = { ...annual, leaveType, startDate, endDate: '2025-06-20', workingDays };
      const findings = blockingOf(findingsOf(cuti, leave));
      expect(findings.map((finding) => finding.field)).toEqual(refused ? ['details.startDate'] : []);
    },
  );

  it('says why a past leave is refused, and lets the agency widen the sick-leave window', () => {
    const sick = {
      ...annual,
      leaveType: 'SAKIT',
      startDate: '2025-06-01',
      endDate: '2025-06-20',
      workingDays: undefined,
    } as const;
    expect(findingsOf(cuti, sick)[0]?.message).toContain(
      'Cuti Sakit dapat diajukan paling lambat 14 hari setelah hari pertamanya; cuti ini mulai 1 Juni 2025, 15 hari',
    );
    const rules = resolveRules({ leaveBackdatingDays: { SAKIT: 30 } });
    expect(findingsOf(cuti, sick, { rules })).toEqual([]);
    const annualPast = findingsOf(cuti, {
      ...annual,
      startDate: '2025-06-13',
      endDate: '2025-06-20',
      workingDays: 6,
    });
    expect(annualPast[0]?.message).toContain('Cuti Tahunan diajukan sebelum hari pertama cuti');
  });

  it('reads the year of service from the agency’s rules, not from a literal', () => {
    const rules = resolveRules({ annualLeaveMinimumServiceYears: 2 });
    const findings = findingsOf(cuti, annual, { employee: employee({ tmtCpns: '2023-09-01' }), rules });
    expect(findings[0]).toMatchObject({
      blocking: true,
      message: expect.stringContaining('nilai disesuaikan instansi'),
    });
  });
});

describe('satyalancana eligibility', () => {
  const tenYears = { awardClass: 'X', hasTakenUnpaidLeave: false } as const;

  it('refuses Satyalancana Karya Satya X at nine years of service', () => {
    const findings = findingsOf(satyalancana, tenYears, { employee: employee({ tmtCpns: '2016-06-01' }) });
    expect(findings).toEqual([
      {
        blocking: true,
        field: 'employee.tmtCpns',
        message: expect.stringContaining('masa kerja baru 9 tahun'),
      },
    ]);
  });

  it('finds nothing against Satyalancana Karya Satya X at ten years of service', () => {
    expect(findingsOf(satyalancana, tenYears, { employee: employee({ tmtCpns: '2015-06-01' }) })).toEqual([]);
  });

  it('counts twenty years for class XX', () => {
    const findings = findingsOf(satyalancana, { ...tenYears, awardClass: 'XX' });
    expect(blockingOf(findings)[0]?.message).toContain('sekurang-kurangnya 20 tahun');
  });

  it('refuses an employee who stated CLTN, and recounts from the return when the agency says so', () => {
    const cltn = { ...tenYears, hasTakenUnpaidLeave: true, unpaidLeaveReturnDate: '2020-01-01' };
    expect(findingsOf(satyalancana, cltn)).toEqual([
      {
        blocking: true,
        field: 'details.hasTakenUnpaidLeave',
        message: expect.stringContaining('pegawai menyatakan pernah menjalani CLTN'),
      },
    ]);
    const rules = resolveRules({ satyalancanaUnpaidLeaveRestartsCount: true });
    expect(findingsOf(satyalancana, cltn, { rules })).toEqual([
      {
        blocking: true,
        field: 'details.unpaidLeaveReturnDate',
        message: expect.stringContaining('aktif kembali'),
      },
    ]);
  });

  it('refuses by the master data’s CLTN even when the statement denies it, naming the period', () => {
    const tookLeave = employee({
      tmtCpns: '2005-01-01',
      unpaidLeaves: [{ from: '2016-01-01', to: '2017-12-31' }],
    });
    expect(findingsOf(satyalancana, tenYears, { employee: tookLeave })).toEqual([
      {
        blocking: true,
        field: 'employee.unpaidLeaves',
        message: expect.stringMatching(/data induk mencatat CLTN 1 Januari 2016 s\.d\. 31 Desember 2017 \(/),
      },
    ]);
    // Recounted from the day after the leave ends: ten years fall on 1 January 2028.
    const rules = resolveRules({ satyalancanaUnpaidLeaveRestartsCount: true });
    const recount = (today: string) =>
      findingsOf(satyalancana, tenYears, { employee: tookLeave, rules, today });
    expect(blockingOf(recount('2027-12-31'))[0]?.field).toBe('employee.unpaidLeaves');
    expect(recount('2028-01-01')).toEqual([]);
  });

  it.each([
    ['RINGAN', false],
    ['SEDANG', true],
    ['BERAT', true],
  ] as const)(
    'a %s disciplinary sanction in the master data refuses the nomination: %s',
    (level, refused) => {
      const sanctioned = employee({
        tmtCpns: '2005-01-01',
        disciplinarySanctions: [{ level, tmt: '2019-08-01' }],
      });
      const findings = findingsOf(satyalancana, tenYears, { employee: sanctioned });
      expect(findings).toEqual(
        refused
          ? [
              {
                blocking: true,
                field: 'employee.disciplinarySanctions',
                message: expect.stringContaining(
                  `hukuman disiplin tingkat ${level.toLowerCase()} dengan TMT 1 Agustus 2019 (PP 35/2010`,
                ),
              },
            ]
          : [],
      );
    },
  );
});

describe('pensiun eligibility', () => {
  const bup = { ...pensiun.detailsExample, pensionTmt: '2026-06-01' };
  const pelaksana = employee({
    birthDate: '1968-05-17',
    tmtCpns: '1992-03-01',
    positionCategory: 'PELAKSANA',
  });

  it('puts the BUP pension of a pelaksana born 1968-05-17 on 2026-06-01', () => {
    expect(retirementTmt('1968-05-17', RULES.retirementAges.value.PELAKSANA)).toBe('2026-06-01');
    expect(findingsOf(pensiun, bup, { employee: pelaksana, today: '2025-05-02' })).toEqual([]);
  });

  it('refuses a BUP pension TMT that is not the first of the month after the BUP birthday', () => {
    const findings = findingsOf(
      pensiun,
      { ...bup, pensionTmt: '2026-05-01' },
      { employee: pelaksana, today: '2025-05-02' },
    );
    expect(findings).toEqual([
      { blocking: true, field: 'details.pensionTmt', message: expect.stringContaining('1 Juni 2026') },
    ]);
  });

  it('uses sixty for JPT and the position’s own age for functional positions', () => {
    expect(
      findingsOf(
        pensiun,
        { ...bup, pensionTmt: '2028-06-01' },
        {
          employee: { ...pelaksana, positionCategory: 'JPT' },
          today: '2027-05-02',
        },
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        pensiun,
        { ...bup, pensionTmt: '2033-06-01' },
        {
          employee: { ...pelaksana, positionCategory: 'FUNGSIONAL', retirementAge: 65 },
          today: '2032-05-02',
        },
      ),
    ).toEqual([]);
  });

  it('leaves the BUP of a functional position without a recorded age to the verifier', () => {
    const findings = findingsOf(pensiun, bup, {
      employee: { ...pelaksana, positionCategory: 'FUNGSIONAL' },
      today: '2025-05-02',
    });
    expect(findings).toEqual([
      { blocking: false, field: 'employee.retirementAge', message: expect.any(String) },
    ]);
  });

  it('notes a BUP proposal made less than a year before its TMT', () => {
    const findings = findingsOf(pensiun, bup, { employee: pelaksana, today: '2026-02-02' });
    expect(findings).toEqual([{ blocking: false, message: expect.stringContaining('kurang dari 12 bulan') }]);
  });

  it('notes an own-request pension short of ten years of pensionable service', () => {
    const aps = { ...bup, pensionType: 'APS', pensionTmt: '2025-09-01' } as const;
    const findings = findingsOf(pensiun, aps, { employee: employee({ tmtCpns: '2017-03-01' }) });
    expect(blockingOf(findings)).toEqual([]);
    expect(findings.map((finding) => finding.message).join(' ')).toContain('sekurang-kurangnya 10 tahun');
  });
});

describe('kenaikan pangkat eligibility', () => {
  const regular = {
    ...kp.detailsExample,
    currentRank: 'III/b',
    proposedRank: 'III/c',
    proposedTmt: '2025-02-01',
  } as const;

  it('refuses a regular promotion at three years eleven months in rank', () => {
    const findings = findingsOf(kp, regular, {
      employee: employee({ rank: { code: 'III/b', tmt: '2021-03-01' } }),
    });
    expect(findings).toEqual([
      {
        blocking: true,
        field: 'employee.rank.tmt',
        message: expect.stringContaining('baru 3 tahun 11 bulan'),
      },
    ]);
  });

  it('finds nothing against a regular promotion at four years in rank', () => {
    const findings = findingsOf(kp, { ...regular, proposedTmt: '2025-04-01' });
    expect(findings).toEqual([]);
  });

  it('refuses a promotion when a rating of the last two years is below baik', () => {
    const findings = findingsOf(kp, {
      ...regular,
      proposedTmt: '2025-04-01',
      previousYearRating: 'BUTUH_PERBAIKAN',
    });
    expect(blockingOf(findings)[0]?.field).toBe('details.lastYearRating');
  });

  const longInRank = employee({ rank: { code: 'III/b', tmt: '2015-04-01' } });
  const atTmt = (proposedTmt: string, promotionType: 'REGULER' | 'ANUMERTA' = 'REGULER') =>
    findingsOf(
      kp,
      { ...regular, promotionType, proposedTmt, currentRankTmt: '2015-04-01' },
      { employee: longInRank },
    );

  it.each([
    ['2023-10-01', true, 'twice a year: 1 October'],
    ['2023-12-01', false, 'twice a year: December is no period'],
    ['2024-02-01', true, 'six a year from 1 January 2024: 1 February'],
    ['2024-03-01', false, 'six a year: March is no period'],
    ['2025-09-01', false, 'the month before monthly periods: September is still no period'],
    ['2025-10-01', true, 'the day monthly periods start'],
    ['2025-11-01', true, 'monthly: November'],
  ])('checks a TMT of %s against the period calendar in force on that date (%s)', (tmt, allowed) => {
    expect(blockingOf(atTmt(tmt)).length === 0).toBe(allowed);
  });

  it('names the periods and the regulation in force on the TMT', () => {
    expect(atTmt('2023-12-01')).toEqual([
      {
        blocking: true,
        field: 'details.proposedTmt',
        message: expect.stringMatching(/1 April, 1 Oktober \(PP 99\/2000 jo\. PP 12\/2002/),
      },
    ]);
    expect(atTmt('2025-09-01')[0]?.message).toContain(
      '1 Februari, 1 April, 1 Juni, 1 Agustus, 1 Oktober, 1 Desember (Peraturan BKN 4/2023',
    );
  });

  it('leaves posthumous and service promotions out of the periods', () => {
    expect(atTmt('2024-03-01', 'ANUMERTA')).toEqual([]);
  });

  it('follows an agency’s own period calendar, saying it changed the national one', () => {
    const rules = resolveRules({
      promotionPeriods: [{ from: '2000-01-01', months: [4, 10], basis: 'Peraturan BKN 4/2023' }],
    });
    const findings = findingsOf(
      kp,
      { ...regular, proposedTmt: '2025-11-01', currentRankTmt: '2015-04-01' },
      { rules, employee: longInRank },
    );
    expect(findings[0]?.message).toContain('nilai disesuaikan instansi');
  });
});

describe('kenaikan gaji berkala eligibility', () => {
  const raise = { ...kgb.detailsExample, lastRaiseEffectiveDate: '2024-03-01' };
  const good = [
    { year: 2024, rating: 'BAIK' },
    { year: 2025, rating: 'SANGAT_BAIK' },
  ] as const;
  const rated = (overrides: Partial<Employee> = {}) => employee({ performanceRatings: good, ...overrides });

  it('refuses a KGB requested before two years since the last raise, less the notice period', () => {
    const findings = findingsOf(kgb, raise, { employee: rated() });
    expect(findings).toEqual([
      {
        blocking: true,
        field: 'employee.lastSalaryRaiseTmt',
        message: expect.stringContaining('jatuh pada 1 Maret 2026 dan dapat diproses mulai 1 Januari 2026'),
      },
    ]);
  });

  it.each([
    ['2025-12-31', true],
    ['2026-01-01', false],
  ])('a KGB due 1 March 2026 asked for on %s is refused: %s', (today, refused) => {
    expect(blockingOf(findingsOf(kgb, raise, { employee: rated(), today })).length > 0).toBe(refused);
  });

  it('counts from the applicant’s stated last raise when the master data has none, never from TMT CPNS', () => {
    const unrecorded = rated({ lastSalaryRaiseTmt: undefined, tmtCpns: '2010-03-01' });
    expect(findingsOf(kgb, raise, { employee: unrecorded })).toEqual([
      {
        blocking: true,
        field: 'details.lastRaiseEffectiveDate',
        message: expect.stringContaining('sejak KGB terakhir 1 Maret 2024 jatuh pada 1 Maret 2026'),
      },
    ]);
    const early = rated({ lastSalaryRaiseTmt: undefined, tmtCpns: '2024-03-01' });
    const due = findingsOf(kgb, { ...raise, lastRaiseEffectiveDate: '2023-06-01' }, { employee: early });
    expect(blockingOf(due)).toEqual([]);
  });

  it('notes a stated last raise that differs from master data', () => {
    const findings = findingsOf(kgb, kgb.detailsExample, { employee: rated(), today: '2026-02-02' });
    expect(findings).toEqual([
      {
        blocking: false,
        field: 'details.lastRaiseEffectiveDate',
        message: expect.stringContaining('berbeda'),
      },
    ]);
  });

  it('leaves years without a predicate in the master data to the verifier', () => {
    const findings = findingsOf(kgb, raise, { today: '2026-01-05' });
    expect(findings).toEqual([
      {
        blocking: false,
        field: 'employee.performanceRatings',
        message: expect.stringContaining(
          'Predikat kinerja tahun 2024 dan 2025 tidak tercatat pada data induk',
        ),
      },
    ]);
  });

  it.each([
    ['SANGAT_BAIK', false],
    ['BAIK', false],
    ['BUTUH_PERBAIKAN', true],
    ['KURANG', true],
  ] as const)('a %s predicate in the last two years defers the raise a year: %s', (rating, deferred) => {
    const employeeRated = rated({
      performanceRatings: [
        { year: 2024, rating: 'BAIK' },
        { year: 2025, rating },
      ],
    });
    const findings = findingsOf(kgb, raise, { employee: employeeRated, today: '2026-01-05' });
    expect(blockingOf(findings).map((finding) => finding.field)).toEqual(
      deferred ? ['employee.performanceRatings'] : [],
    );
  });

  /** The findings on a raise last given on `last`, with these predicates in the master data. */
  const raisedOn = (last: string, performanceRatings: Employee['performanceRatings'], today: string) =>
    findingsOf(
      kgb,
      { ...raise, lastRaiseEffectiveDate: last },
      { employee: employee({ lastSalaryRaiseTmt: last, performanceRatings }), today },
    );

  it('says how long and why a raise is deferred, and when it can be asked for again', () => {
    // Due 1 January 2027; 2025 fell short, so a year later; 2026 is not rated yet.
    const short = [
      { year: 2024, rating: 'BAIK' },
      { year: 2025, rating: 'BUTUH_PERBAIKAN' },
    ] as const;
    const findings = blockingOf(raisedOn('2025-01-01', short, '2026-12-02'));
    expect(findings).toEqual([
      {
        blocking: true,
        field: 'employee.performanceRatings',
        message: expect.stringContaining(
          'KGB ditunda 1 tahun karena predikat kinerja 2025 butuh perbaikan, di bawah baik',
        ),
      },
    ]);
    expect(findings[0]?.message).toContain(
      'jatuh pada 1 Januari 2028 dan dapat diproses mulai 1 November 2027',
    );
  });

  it('lets a deferred raise through once its new date is open, noting the deferral', () => {
    const once = [
      { year: 2023, rating: 'KURANG' },
      { year: 2024, rating: 'BAIK' },
      { year: 2025, rating: 'BAIK' },
    ] as const;
    expect(raisedOn('2023-03-01', once, '2026-01-05')).toEqual([
      {
        blocking: false,
        field: 'employee.performanceRatings',
        message: expect.stringContaining('jatuh pada 1 Maret 2026'),
      },
    ]);
  });
});

describe('study eligibility', () => {
  it('refuses izin belajar before one year since appointment as PNS', () => {
    const findings = findingsOf(izinBelajar, izinBelajar.detailsExample, {
      employee: employee({ tmtPns: '2024-10-01' }),
    });
    expect(findings).toEqual([
      {
        blocking: true,
        field: 'employee.tmtPns',
        message: expect.stringContaining('sekurang-kurangnya 1 tahun'),
      },
    ]);
  });

  it('refuses a programme accredited below B', () => {
    const findings = findingsOf(izinBelajar, { ...izinBelajar.detailsExample, accreditation: 'C' });
    expect(findings).toEqual([
      {
        blocking: true,
        field: 'details.accreditation',
        message: expect.stringContaining('sekurang-kurangnya B'),
      },
    ]);
  });

  it('refuses tugas belajar S2 at thirty-eight, unless the relaxed limit for 3T regions applies', () => {
    const older = employee({ birthDate: '1987-01-01' });
    expect(blockingOf(findingsOf(tugasBelajar, tugasBelajar.detailsExample, { employee: older }))).toEqual([
      { blocking: true, field: 'employee.birthDate', message: expect.stringContaining('37 tahun') },
    ]);
    expect(
      findingsOf(
        tugasBelajar,
        { ...tugasBelajar.detailsExample, specialAgeCategory: true },
        { employee: older },
      ),
    ).toEqual([]);
  });

  it('only notes age and service for a selection recommendation: the provider decides', () => {
    const findings = findingsOf(rekomendasiTugasBelajar, rekomendasiTugasBelajar.detailsExample, {
      employee: employee({ birthDate: '1980-01-01', tmtPns: '2025-01-01' }),
    });
    expect(findings).toHaveLength(2);
    expect(blockingOf(findings)).toEqual([]);
  });
});

describe('family and transfer eligibility', () => {
  it('refuses a KARIS asked by a female PNS, whose husband gets a KARSU', () => {
    const findings = findingsOf(karisKarsu, karisKarsu.detailsExample, { employee: employee({ sex: 'P' }) });
    expect(findings).toEqual([
      { blocking: true, field: 'details.cardType', message: expect.stringContaining('mengusulkan KARSU') },
    ]);
  });

  it('notes a marriage reported more than a year after it took place', () => {
    const findings = findingsOf(karisKarsu, { ...karisKarsu.detailsExample, marriageDate: '2023-02-14' });
    expect(findings).toEqual([
      { blocking: false, field: 'details.marriageDate', message: expect.stringContaining('1 tahun') },
    ]);
  });

  it('refuses a female PNS asking leave to take a further wife', () => {
    const findings = findingsOf(
      izinPerkawinanPerceraian,
      {
        ...izinPerkawinanPerceraian.detailsExample,
        permitType: 'IZIN_BERISTRI_LEBIH_DARI_SEORANG',
        polygamyReason: 'TIDAK_MEMPEROLEH_KETURUNAN',
        prospectiveSpouseName: 'Ani',
      },
      { employee: employee({ sex: 'P' }) },
    );
    expect(blockingOf(findings)).toHaveLength(1);
  });

  it('notes an inter-agency transfer within the first ten years of service', () => {
    const findings = findingsOf(
      mutasi,
      {
        ...mutasi.detailsExample,
        transferType: 'KELUAR_INSTANSI',
        destinationAgency: 'Pemerintah Kota Gorontalo',
      },
      { employee: employee({ tmtCpns: '2019-03-01', unitName: 'Dinas Pendidikan dan Kebudayaan' }) },
    );
    expect(findings).toEqual([{ blocking: false, field: 'employee.tmtCpns', message: expect.any(String) }]);
  });

  it('refuses the diploma adjustment exam within a year of the last promotion', () => {
    const findings = findingsOf(ujianDinas, ujianDinas.detailsExample, {
      employee: employee({ rank: { code: 'II/c', tmt: '2025-04-01' } }),
    });
    expect(blockingOf(findings)[0]?.field).toBe('employee.rank.tmt');
  });

  it('notes a Taperum refund for a pension after the 2020 transfer to Tapera', () => {
    const findings = findingsOf(taperum, { ...taperum.detailsExample, retirementTmt: '2022-03-01' });
    expect(findings).toEqual([
      { blocking: false, field: 'details.retirementTmt', message: expect.stringContaining('Tapera') },
    ]);
  });
});

describe('national rules', () => {
  it('carries every rule with its legal basis and an ISO effective date', () => {
    for (const [name, rule] of Object.entries(NATIONAL_RULES)) {
      expect(rule.basis.length, name).toBeGreaterThan(5);
      expect(rule.effectiveFrom, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('resolves to the national defaults when the agency overrides nothing', () => {
    expect(resolveRules()).toEqual(NATIONAL_RULES);
    expect(RULES.annualLeaveDays).toMatchObject({ value: 12, basis: expect.stringContaining('Pasal 311') });
    expect(RULES.satyalancanaServiceYears.value).toEqual([10, 20, 30]);
  });

  it('applies an agency’s value, keeping the national basis and marking the override', () => {
    const rules = resolveRules({ salaryRaiseMinimumRating: 'BUTUH_PERBAIKAN' });
    expect(rules.salaryRaiseMinimumRating).toMatchObject({
      value: 'BUTUH_PERBAIKAN',
      basis: NATIONAL_RULES.salaryRaiseMinimumRating.basis,
      overridden: true,
    });
    expect(rules.annualLeaveDays.overridden).toBeUndefined();
  });

  it('refuses overrides that are not values of a known rule', () => {
    expect(nationalRulesOverridesSchema.safeParse({ annualLeaveDays: -1 }).success).toBe(false);
    expect(nationalRulesOverridesSchema.safeParse({ lunchBreakMinutes: 60 }).success).toBe(false);
    expect(() => resolveRules({ annualLeaveDays: 1.5 })).toThrow();
  });
});
