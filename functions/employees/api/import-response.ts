import type { ImportJob } from '#employees/domain/ports';

/** An import accepted (202) or found already made from the same file (200), with where to follow it. */
export function importAccepted({ job, created }: { job: ImportJob; created: boolean }) {
  const answer = {
    headers: { location: `/employees/imports/${job.id}` },
    body: { ...job, progressUrl: `/employees/imports/${job.id}` },
  };
  return created ? { status: 202 as const, ...answer } : { status: 200 as const, ...answer };
}
