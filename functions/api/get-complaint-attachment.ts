import { complaintRecords } from '#adapters/complaint-records';
import { maxUploadBytes } from '#adapters/settings';
import { uploadFiles } from '#adapters/upload-files';
import { complaintAttachment } from '#domain/use-cases/complaints';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = { complaints: complaintRecords, files: uploadFiles, maxUploadBytes };

export const handler = httpRoute(routes.getComplaintAttachment, async ({ actor, params }) => ({
  status: 200,
  body: await complaintAttachment(deps, actor, params.id),
}));
