import { importJobs } from '#employees/adapters/import-jobs';
import { routes } from '#employees/api/routes';
import { NotFoundError } from '#kernel/domain/errors';
import { httpRoute } from '#kernel/http/http';

export const handler = httpRoute(routes.getEmployeeImport, async ({ params }) => {
  const job = await importJobs.get(params.id);
  if (!job) throw new NotFoundError('IMPORT_NOT_FOUND', `Impor ${params.id} tidak ditemukan.`, 'id');
  return {
    status: 200,
    body: { ...job, percent: job.totalRows ? Math.floor((100 * job.processedRows) / job.totalRows) : 100 },
  };
});
