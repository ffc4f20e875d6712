import { z } from 'zod';
import { clock } from '#adapters/clock';
import { employeeRecords } from '#adapters/employee-records';
import { importJobs } from '#adapters/import-jobs';
import { settings } from '#adapters/settings';
import { uploadFiles } from '#adapters/upload-files';
import { runEmployeeImport } from '#domain/use-cases/import-employees';
import { stepHandler } from '#steps/step';

const deps = { imports: importJobs, files: uploadFiles, employees: employeeRecords, clock, settings };

export const handler = stepHandler(
  z.object({ importId: z.string().regex(/^[a-f0-9]{64}$/) }),
  async ({ importId }) => {
    const job = await runEmployeeImport(deps, importId);
    return { status: job.status, processedRows: job.processedRows };
  },
);
