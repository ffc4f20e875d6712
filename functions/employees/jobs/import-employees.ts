import { z } from 'zod';
import { employeeRecords } from '#employees/adapters/employee-records';
import { importJobs } from '#employees/adapters/import-jobs';
import { runEmployeeImport } from '#employees/use-cases/import-employees';
import { uploadFiles } from '#files/adapters/upload-files';
import { clock } from '#kernel/adapters/clock';
import { settings } from '#kernel/adapters/settings';
import { stepHandler } from '#kernel/lambda/step-handler';

const deps = { imports: importJobs, files: uploadFiles, employees: employeeRecords, clock, settings };

export const handler = stepHandler(
  z.object({ importId: z.string().regex(/^[a-f0-9]{64}$/) }),
  async ({ importId }) => {
    const job = await runEmployeeImport(deps, importId);
    return { status: job.status, processedRows: job.processedRows };
  },
);
