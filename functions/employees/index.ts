/** The employees slice's public module: what other slices may use of it (docs/architecture.md). */
export {
  type Employee,
  type EmployeeType,
  PERFORMANCE_RATINGS,
  type PerformanceRating,
  type YearRating,
} from './domain/employee';
export { parseNip } from './domain/nip';
export type { EmployeeRecords } from './domain/ports';
export { PNS_RANK_CODES, PNS_RANKS, rankByCode, rankLabel } from './domain/ranks';
export {
  ACCREDITATION_STRENGTH,
  ACCREDITATIONS,
  type Accreditation,
  cite,
  LEAVE_TYPES,
  type LeaveType,
  type NationalRule,
  type NationalRules,
  resolveRules,
  STUDY_LEVELS,
  type StudyLevel,
} from './domain/rules';
export { baseSalaryOf, type SalaryTable, salaryTables, tableInForce } from './domain/salary';
