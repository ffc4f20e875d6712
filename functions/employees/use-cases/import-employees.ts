import { createHash } from 'node:crypto';
import { inChunks, parseEmployeeCsv } from '#employees/domain/employee-import';
import type { EmployeeRecords, ImportJob, ImportJobs, JobRunner } from '#employees/domain/ports';
import type { FileStore } from '#files';
import { IMPORT_UPLOAD_MAX_BYTES, importUploadKey } from '#files';
import { type PresignedUpload, presignUpload, readUploaded } from '#files/use-cases/stored-upload';
import { ConflictError, ValidationError } from '#kernel/domain/errors';
import type { Clock, IdGenerator } from '#kernel/domain/ports';
import type { Actor } from '#kernel/domain/roles';
import type { RuntimeSettings } from '#kernel/domain/settings';
import { localDate, workCalendar } from '#kernel/domain/working-days';

const MAX_ERRORS_KEPT = 500;
const CHUNK_ROWS = 100;

export const importKey = (id: string) => `imports/${id}.csv`;

type ImportDeps = Parameters<typeof startEmployeeImport>[0];

function parserOptions(settings: RuntimeSettings, today: string) {
  return { today, agency: { code: settings.agency.code, name: settings.agency.name } };
}

/**
 * Accepts a CSV export of employee master data: its header is checked at once (a file that
 * cannot be read is refused with the reasons), the file is stored, and the rows are imported in
 * the background. The same file imports once: its SHA-256 is the import's id.
 */
export async function startEmployeeImport(
  deps: {
    readonly imports: ImportJobs;
    readonly files: FileStore;
    readonly jobs: JobRunner;
    readonly clock: Clock;
    readonly settings: RuntimeSettings;
  },
  actor: Actor,
  csv: string,
): Promise<{ job: ImportJob; created: boolean }> {
  const now = deps.clock.now();
  const parsed = parseEmployeeCsv(
    csv,
    parserOptions(deps.settings, localDate(now, workCalendar(deps.settings))),
  );
  if (parsed.fileErrors.length > 0) {
    throw new ValidationError(
      'INVALID_CSV',
      `Berkas CSV tidak dapat dibaca: ${parsed.fileErrors.map((error) => error.message).join(' ')}`,
      'file',
    );
  }
  const id = createHash('sha256').update(csv).digest('hex');
  const existing = await deps.imports.get(id);
  if (existing) return { job: existing, created: false };
  await deps.files.put(importKey(id), new TextEncoder().encode(csv), 'text/csv');
  const job: ImportJob = {
    id,
    status: 'QUEUED',
    createdBy: actor.username,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    totalRows: parsed.totalRows,
    processedRows: 0,
    imported: 0,
    unchanged: 0,
    rejected: 0,
    errors: [],
    warnings: parsed.warnings,
  };
  if (!(await deps.imports.create(job))) return { job: (await deps.imports.get(id)) ?? job, created: false };
  await deps.jobs.runImport(id);
  return { job, created: true };
}

/**
 * Starts the import of a CSV uploaded to the URL `registerImportUpload` gave (a file too large to
 * pass through API Gateway and Lambda in the request body); from there as startEmployeeImport.
 */
export async function startUploadedImport(
  deps: ImportDeps,
  actor: Actor,
  uploadId: string,
): Promise<{ job: ImportJob; created: boolean }> {
  const bytes = await readUploaded(deps, importUploadKey(uploadId), IMPORT_UPLOAD_MAX_BYTES);
  return startEmployeeImport(deps, actor, Buffer.from(bytes).toString('utf8'));
}

/** A presigned URL for an employee CSV of `size` bytes, to import with startUploadedImport. */
export function registerImportUpload(
  deps: { readonly files: FileStore; readonly ids: IdGenerator; readonly clock: Clock },
  size: number,
): Promise<PresignedUpload> {
  return presignUpload(deps, importUploadKey, 'text/csv', size);
}

/**
 * Imports the rows of a stored CSV, a chunk at a time, saving progress after each chunk so a
 * rerun resumes where the last one stopped. An employee whose record is unchanged is not written.
 */
export async function runEmployeeImport(
  deps: {
    readonly imports: ImportJobs;
    readonly files: FileStore;
    readonly employees: EmployeeRecords;
    readonly clock: Clock;
    readonly settings: RuntimeSettings;
  },
  id: string,
): Promise<ImportJob> {
  let job = await deps.imports.get(id);
  if (!job) throw new ConflictError('IMPORT_MISSING', `Import ${id} does not exist.`);
  if (job.status === 'COMPLETED') return job;
  const text = new TextDecoder().decode(await deps.files.read(importKey(id)));
  const parsed = parseEmployeeCsv(
    text,
    parserOptions(deps.settings, localDate(new Date(job.createdAt), workCalendar(deps.settings))),
  );
  const save = async (change: Partial<ImportJob>) => {
    job = { ...(job as ImportJob), ...change, updatedAt: deps.clock.now().toISOString() };
    await deps.imports.update(job);
  };
  await save({ status: 'RUNNING' });
  let seen = 0;
  for (const chunk of inChunks(parsed.rows, CHUNK_ROWS)) {
    seen += chunk.length;
    if (seen <= job.processedRows) continue;
    const fresh = chunk.slice(Math.max(0, chunk.length - (seen - job.processedRows)));
    const rows = fresh.flatMap((row) => ('employee' in row ? [row.employee] : []));
    const rejected = fresh.flatMap((row) => ('errors' in row ? row.errors : []));
    const stored = new Map(
      (await deps.employees.getMany(rows.map((employee) => employee.nip))).map((employee) => [
        employee.nip,
        employee,
      ]),
    );
    const changed = rows.filter(
      (employee) => JSON.stringify(stored.get(employee.nip)) !== JSON.stringify(employee),
    );
    await deps.employees.putMany(changed);
    await save({
      processedRows: seen,
      imported: job.imported + changed.length,
      unchanged: job.unchanged + rows.length - changed.length,
      rejected: job.rejected + fresh.filter((row) => 'errors' in row).length,
      errors: [...job.errors, ...rejected].slice(0, MAX_ERRORS_KEPT),
    });
  }
  await save({
    status: 'COMPLETED',
    processedRows: parsed.totalRows,
    finishedAt: deps.clock.now().toISOString(),
  });
  return job;
}
