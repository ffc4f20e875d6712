import { randomInt } from 'node:crypto';
import type { ApiClient } from './api';
import { eventually } from './eventually';

/** The columns of the employee CSV the kit imports (the agency's export format, README). */
const HEADER =
  'NIP;NAMA;JENIS_PEGAWAI;JENIS_KELAMIN;TEMPAT_LAHIR;TANGGAL_LAHIR;KODE_INSTANSI;NAMA_INSTANSI;KODE_UNIT;NAMA_UNIT;GOLONGAN;TMT_GOLONGAN;GRADE_PPPK;TMT_GRADE;JENIS_JABATAN;NAMA_JABATAN;TMT_JABATAN;TMT_CPNS;TMT_PNS;TMT_KGB;BUP;EMAIL;TELEPON';

const UNITS = {
  DINKES: 'Dinas Kesehatan',
  DISKOMINFO: 'Dinas Komunikasi dan Informatika',
} as const;

export interface Applicant {
  /** The account to sign in with (POST /local/login). */
  readonly username: string;
  readonly nip: string;
  readonly unit: keyof typeof UNITS;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function employeeRow(unit: keyof typeof UNITS): { row: string; applicant: Applicant } {
  const birth = { year: 1980 + randomInt(10), month: 1 + randomInt(12), day: 1 + randomInt(28) };
  const nip = `${birth.year}${pad(birth.month)}${pad(birth.day)}2012122${pad(1 + randomInt(999), 3)}`;
  // Unique like the NIP, but not NIP-shaped: a username travels in workflow state, a NIP never does.
  const username = `asn.uji.${nip.slice(0, 8)}.${nip.slice(8)}`;
  const row = [
    nip,
    `Pegawai Uji ${nip.slice(-6)}`,
    'PNS',
    'P',
    'Kediri',
    `${pad(birth.day)}-${pad(birth.month)}-${birth.year}`,
    'demo',
    'Pemerintah Kota Demo',
    unit,
    UNITS[unit],
    'III/c',
    '01-04-2020',
    '',
    '',
    'FUNGSIONAL',
    'Perawat Ahli Muda',
    '01-04-2020',
    '01-12-2012',
    '01-12-2013',
    '01-12-2024',
    '58',
    `${username}@kotademo.go.id`,
    '',
  ].join(';');
  return { row, applicant: { username, nip, unit } };
}

/**
 * New employees, each with an ASN account of their own: imported and created through the API as
 * an agency admin would. Each is due for a periodic raise like Siti (last KGB from 1 December
 * 2024, TMT CPNS December 2012), so each test files its one-at-a-time requests (KGB, KP…) for
 * someone with none open. NIP birth dates and sequences are drawn at random, so the applicants
 * of every test file on one stack differ.
 */
export async function freshApplicants(
  api: ApiClient,
  count: number,
  unit: keyof typeof UNITS = 'DINKES',
): Promise<Applicant[]> {
  const drawn = new Map<string, { row: string; applicant: Applicant }>();
  while (drawn.size < count) {
    const candidate = employeeRow(unit);
    drawn.set(candidate.applicant.nip, candidate);
  }
  const rows = [...drawn.values()];
  const started = await api.post<{ id: string }>('/employees:import', {
    as: 'admin.bkpsdm',
    body: [HEADER, ...rows.map((entry) => entry.row)].join('\r\n'),
    headers: { 'content-type': 'text/csv' },
  });
  if (started.status >= 300) throw new Error(`employees not imported: ${JSON.stringify(started.body)}`);
  const job = await eventually(
    async () =>
      (
        await api.get<{ status: string; imported: number }>(`/employees/imports/${started.body.id}`, {
          as: 'admin.bkpsdm',
        })
      ).body,
    (read) => read.status === 'COMPLETED' || read.status === 'FAILED',
    30_000,
  );
  if (job.imported !== count) throw new Error(`employees not imported: ${JSON.stringify(job)}`);
  for (const { applicant } of rows) {
    const account = await api.post('/accounts', {
      as: 'admin.bkpsdm',
      body: { username: applicant.username, nip: applicant.nip, roles: ['ASN'] },
    });
    if (account.status !== 201) throw new Error(`account not created: ${JSON.stringify(account.body)}`);
  }
  return rows.map((entry) => entry.applicant);
}

/** One new applicant (see freshApplicants). */
export async function freshApplicant(
  api: ApiClient,
  unit: keyof typeof UNITS = 'DINKES',
): Promise<Applicant> {
  const [applicant] = await freshApplicants(api, 1, unit);
  if (!applicant) throw new Error('no applicant created');
  return applicant;
}
