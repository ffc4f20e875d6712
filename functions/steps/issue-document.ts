import { z } from 'zod';
import { employeeArchive } from '#adapters/employee-archive-records';
import { uploadFiles } from '#adapters/upload-files';
import { issueDocument } from '#domain/use-cases/issuance';
import { documentDeps } from './document-deps';
import { stepHandler } from './step';

const deps = { ...documentDeps, files: uploadFiles, employeeArchive };

export const handler = stepHandler(z.object({ requestId: z.uuid() }), ({ requestId }) =>
  issueDocument(deps, requestId),
);
