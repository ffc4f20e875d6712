import type { RuntimeSettings } from '#kernel/domain/settings';
import type { Mailer } from '#mail';
import { composeNotice, type Notice } from '#requests/domain/notices';
import type { RequestRecords } from '#requests/domain/ports';

export interface NoticeDeps {
  readonly records: RequestRecords;
  readonly settings: RuntimeSettings;
  readonly mailer: Mailer;
}

/**
 * Hands the applicant's notice over to the mail outbox, once per notice and version of the
 * request: a retried step changes nothing, and SES being down only delays the mail. Not sent
 * (`sent: false`) when the applicant has no e-mail address.
 */
export async function notifyApplicant(
  deps: NoticeDeps,
  requestId: string,
  notice: Notice,
): Promise<{ sent: boolean }> {
  const request = await deps.records.get(requestId);
  if (!request) throw new Error(`Request ${requestId} does not exist`);
  const message = composeNotice(notice, request, deps.settings);
  if (!message) return { sent: false };
  await deps.mailer.send(`notice:${requestId}:${notice}:${request.version}`, message);
  return { sent: true };
}
