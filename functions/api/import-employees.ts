import { clock } from '#adapters/clock';
import { importJobs, lambdaJobRunner } from '#adapters/import-jobs';
import { settings } from '#adapters/settings';
import { uploadFiles } from '#adapters/upload-files';
import { startEmployeeImport } from '#domain/use-cases/import-employees';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = { imports: importJobs, files: uploadFiles, jobs: lambdaJobRunner(), clock, settings };

export const handler = httpRoute(routes.importEmployees, async ({ actor, text }) => {
  const { job, created } = await startEmployeeImport(deps, actor, text);
  const answer = {
    headers: { location: `/employees/imports/${job.id}` },
    body: { ...job, progressUrl: `/employees/imports/${job.id}` },
  };
  return created ? { status: 202, ...answer } : { status: 200, ...answer };
});
