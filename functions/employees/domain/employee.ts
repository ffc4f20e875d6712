/** Position categories (UU 20/2023): managerial (JPT, administrator, pengawas) and non-managerial. */
export const POSITION_CATEGORIES = ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA'] as const;
export type PositionCategory = (typeof POSITION_CATEGORIES)[number];

export const EMPLOYEE_TYPES = ['CPNS', 'PNS', 'PPPK'] as const;
export type EmployeeType = (typeof EMPLOYEE_TYPES)[number];

export const PERFORMANCE_RATINGS = [
  'SANGAT_BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
] as const;
/** A performance predicate. */
export type PerformanceRating = (typeof PERFORMANCE_RATINGS)[number];

/** Levels of disciplinary sanction (PP 94/2021 Pasal 8 ayat (1)). */
export const SANCTION_LEVELS = ['RINGAN', 'SEDANG', 'BERAT'] as const;
export type SanctionLevel = (typeof SANCTION_LEVELS)[number];

/** The performance predicate of one year (PermenPANRB 6/2022). */
export interface YearRating {
  readonly year: number;
  readonly rating: PerformanceRating;
}

/** A disciplinary sanction imposed, by level, from its TMT. */
export interface DisciplinarySanction {
  readonly level: SanctionLevel;
  readonly tmt: string;
}

/** A period of leave outside state liability (cuti di luar tanggungan negara, CLTN), both days included. */
export interface UnpaidLeave {
  readonly from: string;
  readonly to: string;
}

/** Master data of an employee (ASN), as the rules need it. Dates are ISO `YYYY-MM-DD`. */
export interface Employee {
  /** 18 digits: birth date, first appointment (TMT CPNS / year of PPPK appointment), sex, sequence. */
  readonly nip: string;
  readonly name: string;
  readonly employeeType: EmployeeType;
  readonly sex?: 'L' | 'P';
  readonly birthDate?: string;
  readonly birthPlace?: string;
  /** Instansi the employee belongs to: the agency's own code, or another agency's (Gorontalo Pasal 3(2)). */
  readonly agency?: string;
  readonly agencyName?: string;
  /** Code of the unit (perangkat daerah). */
  readonly unit: string;
  readonly unitName: string;
  /** PNS rank (golongan/ruang) such as `III/a`, with its TMT. */
  readonly rank?: { readonly code: string; readonly tmt?: string };
  /** PPPK grade (I–XVII), with its TMT. */
  readonly grade?: { readonly code: string; readonly tmt?: string };
  readonly positionCategory?: PositionCategory;
  readonly positionName?: string;
  readonly positionTmt?: string;
  readonly tmtCpns?: string;
  readonly tmtPns?: string;
  /** TMT of the last periodic salary raise (KGB). */
  readonly lastSalaryRaiseTmt?: string;
  /** Performance predicates by year, as the personnel system records them. */
  readonly performanceRatings?: readonly YearRating[];
  /** Disciplinary sanctions imposed; absent when the export holds none. */
  readonly disciplinarySanctions?: readonly DisciplinarySanction[];
  /** Periods of CLTN taken. */
  readonly unpaidLeaves?: readonly UnpaidLeave[];
  /** Retirement age (BUP) when the position sets its own (functional positions: 60, 65). */
  readonly retirementAge?: number;
  readonly email?: string;
  readonly phone?: string;
}
