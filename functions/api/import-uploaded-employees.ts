import { clock } from '#adapters/clock';
import { importJobs, lambdaJobRunner } from '#adapters/import-jobs';
import { settings } from '#adapters/settings';
import { uploadFiles } from '#adapters/upload-files';
import { startUploadedImport } from '#domain/use-cases/import-employees';
import { httpRoute } from './http';
import { importAccepted } from './import-response';
import { routes } from './routes';

const deps = { imports: importJobs, files: uploadFiles, jobs: lambdaJobRunner(), clock, settings };

export const handler = httpRoute(routes.importUploadedEmployees, async ({ actor, body }) =>
  importAccepted(await startUploadedImport(deps, actor, body.uploadId)),
);
