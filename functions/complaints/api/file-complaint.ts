import { accountDirectory } from '#accounts/adapters/directory-records';
import { complaintRecords } from '#complaints/adapters/complaint-records';
import { routes } from '#complaints/api/routes';
import { publishComplaint } from '#complaints/domain/complaints';
import { fileComplaint } from '#complaints/use-cases/complaints';
import { uploadFiles } from '#files/adapters/upload-files';
import { clock } from '#kernel/adapters/clock';
import { ids } from '#kernel/adapters/ids';
import { maxUploadBytes } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';
import { idempotencyKey } from '#kernel/http/idempotency-key';
import { mailOutbox } from '#mail/adapters/mail-outbox';
import { sesMailer } from '#mail/adapters/ses-mailer';
import { outboxMailer } from '#mail/use-cases/mail-outbox';
import { requests } from '#requests/adapters/request-records';
import { readScope } from '#requests/api/read-scope';

const deps = {
  complaints: complaintRecords,
  records: requests,
  accounts: accountDirectory,
  files: uploadFiles,
  mailer: outboxMailer({ outbox: mailOutbox, transport: sesMailer, clock }),
  clock,
  ids,
  ...readScope,
  maxUploadBytes,
};

export const handler = httpRoute(routes.fileComplaint, async ({ actor, body, headers }) => {
  const { complaint, uploadUrl } = await fileComplaint(
    deps,
    actor,
    body,
    idempotencyKey(headers['idempotency-key']),
  );
  return { status: 201, body: { ...publishComplaint(complaint, actor), ...(uploadUrl && { uploadUrl }) } };
});
