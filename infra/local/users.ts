import type { Employee } from '#employees/domain/employee';
import type { Role } from '#kernel/domain/roles';

/** A seeded account of the local stack: one per role, and two ASN of different units. */
export interface LocalUser {
  readonly username: string;
  readonly roles: readonly Role[];
  readonly employee: Employee;
  /** The division a validating official works for (config divisions). */
  readonly division?: string;
}

const UNITS = {
  DISKOMINFO: 'Dinas Komunikasi dan Informatika',
  DINKES: 'Dinas Kesehatan',
  BKPSDM: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  INSPEKTORAT: 'Inspektorat',
} as const;

function employee(nip: string, name: string, unit: keyof typeof UNITS, email: string): Employee {
  return { nip, name, employeeType: 'PNS', unit, unitName: UNITS[unit], email };
}

export const LOCAL_USERS: readonly LocalUser[] = [
  {
    username: 'asn.demo',
    roles: ['ASN'],
    employee: employee(
      '199003152015031002',
      'Budi Santoso, S.Kom.',
      'DISKOMINFO',
      'budi.santoso@kotademo.go.id',
    ),
  },
  {
    username: 'asn.lain',
    roles: ['ASN'],
    employee: employee(
      '198807222012122001',
      'Siti Rahmawati, S.Kep.',
      'DINKES',
      'siti.rahmawati@kotademo.go.id',
    ),
  },
  {
    username: 'admin.unit',
    roles: ['UNIT_ADMIN'],
    employee: employee(
      '198501102010011003',
      'Agus Prasetyo, S.E.',
      'DISKOMINFO',
      'agus.prasetyo@kotademo.go.id',
    ),
  },
  {
    username: 'verifikator',
    roles: ['VERIFIER'],
    employee: employee('199208182019032004', 'Dewi Lestari, S.AP.', 'BKPSDM', 'dewi.lestari@kotademo.go.id'),
  },
  {
    username: 'pengawas',
    roles: ['SUPERVISOR'],
    division: 'MUTASI',
    employee: employee(
      '198203052006041005',
      'Hendra Wijaya, S.Sos.',
      'BKPSDM',
      'hendra.wijaya@kotademo.go.id',
    ),
  },
  {
    username: 'administrator',
    roles: ['ADMINISTRATOR'],
    division: 'MUTASI',
    employee: employee('197806142003122006', 'Ratna Dewi, S.H., M.H.', 'BKPSDM', 'ratna.dewi@kotademo.go.id'),
  },
  {
    username: 'penandatangan',
    roles: ['SIGNER'],
    employee: employee(
      '197104231996031007',
      'Drs. Bambang Sutrisno, M.Si.',
      'BKPSDM',
      'bambang.sutrisno@kotademo.go.id',
    ),
  },
  {
    username: 'auditor',
    roles: ['AUDITOR'],
    employee: employee(
      '198909092014022008',
      'Maya Anggraini, S.Ak.',
      'INSPEKTORAT',
      'maya.anggraini@kotademo.go.id',
    ),
  },
  {
    username: 'admin.bkpsdm',
    roles: ['AGENCY_ADMIN'],
    employee: employee('198612122011011009', 'Yusuf Hidayat, S.T.', 'BKPSDM', 'yusuf.hidayat@kotademo.go.id'),
  },
];
