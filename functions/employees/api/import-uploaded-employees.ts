import { importJobs, lambdaJobRunner } from '#employees/adapters/import-jobs';
import { routes } from '#employees/api/routes';
import { startUploadedImport } from '#employees/use-cases/import-employees';
import { uploadFiles } from '#files/adapters/upload-files';
import { clock } from '#kernel/adapters/clock';
import { settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';
import { importAccepted } from './import-response';

const deps = { imports: importJobs, files: uploadFiles, jobs: lambdaJobRunner(), clock, settings };

export const handler = httpRoute(routes.importUploadedEmployees, async ({ actor, body }) =>
  importAccepted(await startUploadedImport(deps, actor, body.uploadId)),
);
