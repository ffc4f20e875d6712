import { clock } from '#adapters/clock';
import { complaintRecords } from '#adapters/complaint-records';
import { accountDirectory } from '#adapters/directory-records';
import { ids } from '#adapters/ids';
import { mailOutbox } from '#adapters/mail-outbox';
import { requests } from '#adapters/request-records';
import { sesMailer } from '#adapters/ses-mailer';
import { maxUploadBytes } from '#adapters/settings';
import { uploadFiles } from '#adapters/upload-files';
import { publishComplaint } from '#domain/complaints';
import { fileComplaint } from '#domain/use-cases/complaints';
import { outboxMailer } from '#domain/use-cases/mail-outbox';
import { httpRoute } from './http';
import { idempotencyKey } from './idempotency-key';
import { readScope } from './read-scope';
import { routes } from './routes';

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
