import type { DomainEventName } from '#requests/domain/events';
import type { Notice } from '#requests/domain/notices';
import { steps } from '#requests/steps/steps';

/**
 * The applicant's notices, each mailed when the workflow publishes the domain event it follows:
 * an EventBridge rule on the agency's bus invokes the notify-applicant function with the
 * request and the notice (infra/constructs/workflow.ts), and the local bus does the same
 * (infra/local/event-bus.ts). The workflow's execution history shows the event; the mail outbox
 * and the audit trail show the notice. A notice that cannot be sent never stops the workflow.
 *
 * One table read by CDK and by the local stack alike: no second list to keep in step.
 */
export const NOTICE_SUBSCRIPTIONS = {
  RequestSubmitted: 'RECEIVED',
  RequestVerified: 'VERIFICATION_ACCEPTED',
  RequestDeficient: 'DEFICIENT',
  DeficiencyWindowDecided: 'EXTENSION_DECIDED',
  RequestValidated: 'VALIDATED',
  DocumentIssued: 'ISSUED',
  RequestCompleted: 'COMPLETED',
  RequestRejected: 'REJECTED',
} as const satisfies Partial<Record<DomainEventName, Notice>>;

/** The step the bus invokes for each notice, with `{ requestId, notice, eventId }` (the bus event's id). */
export const NOTICE_STEP = steps.notifyApplicant;

/** The event source the workflow publishes under. */
export const EVENT_SOURCE = 'layanan-asn-terpadu';

/** The notice `detailType` is followed by, if any. */
export function noticeFor(detailType: string): Notice | undefined {
  return (NOTICE_SUBSCRIPTIONS as Partial<Record<string, Notice>>)[detailType];
}
