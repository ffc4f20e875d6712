import type { Page, PageQuery } from '#kernel/domain/ports';
import type { Complaint, ComplaintStatus } from './complaints';

/** Complaints and their answers (DynamoDB in production). */
export interface ComplaintRecords {
  /** Stores a new complaint; false when one with its id exists already (a retried filing). */
  create(complaint: Complaint): Promise<boolean>;
  get(id: string): Promise<Complaint | undefined>;
  /** Writes `complaint` if the stored one is still at `complaint.version - 1`; otherwise ConflictError. */
  update(complaint: Complaint): Promise<void>;
  listByComplainant(username: string, query: PageQuery): Promise<Page<Complaint>>;
  /** Every complaint in one status, latest change first. */
  listByStatus(status: ComplaintStatus, query: PageQuery): Promise<Page<Complaint>>;
  /** Open complaints past `before` not yet flagged overdue, oldest deadline first. */
  listDue(before: string, limit: number): Promise<readonly Complaint[]>;
}
