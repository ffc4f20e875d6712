import type { ImportJob } from '#domain/ports';
import type { HttpResult } from './http';

/** An import accepted (202) or found already made from the same file (200), with where to follow it. */
export function importAccepted({ job, created }: { job: ImportJob; created: boolean }): HttpResult {
  return {
    status: created ? 202 : 200,
    headers: { location: `/employees/imports/${job.id}` },
    body: { ...job, progressUrl: `/employees/imports/${job.id}` },
  };
}
