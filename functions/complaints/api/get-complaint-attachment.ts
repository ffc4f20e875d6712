import { complaintRecords } from '#complaints/adapters/complaint-records';
import { routes } from '#complaints/api/routes';
import { complaintAttachment } from '#complaints/use-cases/complaints';
import { uploadFiles } from '#files/adapters/upload-files';
import { maxUploadBytes } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';

const deps = { complaints: complaintRecords, files: uploadFiles, maxUploadBytes };

export const handler = httpRoute(routes.getComplaintAttachment, async ({ actor, params }) => ({
  status: 200,
  body: await complaintAttachment(deps, actor, params.id),
}));
