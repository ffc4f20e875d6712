import type { Page, PageQuery } from '#kernel/domain/ports';
import type { Employee } from './employee';

export interface EmployeeRecords {
  get(nip: string): Promise<Employee | undefined>;
  /** The employees among `nips` that exist (at most 100 at a time). */
  getMany(nips: readonly string[]): Promise<Employee[]>;
  put(employee: Employee): Promise<void>;
  putMany(employees: readonly Employee[]): Promise<void>;
  listByUnit(unit: string, query: PageQuery): Promise<Page<Employee>>;
}
/** An import of employee master data from a CSV export, and how far it got. */
export interface ImportJob {
  readonly id: string;
  readonly status: 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED';
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly finishedAt?: string;
  readonly totalRows: number;
  readonly processedRows: number;
  readonly imported: number;
  readonly unchanged: number;
  readonly rejected: number;
  /** Row-level errors, the first 500. */
  readonly errors: readonly { readonly row: number; readonly column?: string; readonly message: string }[];
  readonly warnings: readonly string[];
  readonly failure?: string;
}
export interface ImportJobs {
  get(id: string): Promise<ImportJob | undefined>;
  /** Creates the job; false when one with this id (the same file) exists already. */
  create(job: ImportJob): Promise<boolean>;
  update(job: ImportJob): Promise<void>;
}
/** Runs background work (an AWS Lambda invoked asynchronously in production). */
export interface JobRunner {
  runImport(id: string): Promise<void>;
}
