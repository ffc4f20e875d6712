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
 * Hands the applicant's notice over to the mail outbox, once per event it follows (`eventId`,
 * the bus event's id, which a repeated delivery of that event keeps): a retried or redelivered
 * invocation changes nothing, and SES being down only delays the mail. Not sent (`sent: false`)
 * when the applicant has no e-mail address.
 */
export async function notifyApplicant(
  deps: NoticeDeps,
  {
    requestId,
    notice,
    eventId,
  }: { readonly requestId: string; readonly notice: Notice; readonly eventId: string },
): Promise<{ sent: boolean }> {
  const request = await deps.records.get(requestId);
  if (!request) throw new Error(`Request ${requestId} does not exist`);
  const message = composeNotice(notice, request, deps.settings);
  if (!message) return { sent: false };
  await deps.mailer.send(`notice:${requestId}:${notice}:${eventId}`, message);
  return { sent: true };
}
