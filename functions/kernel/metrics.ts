/**
 * The business metrics, by name: functions emit them through Powertools (EMF in the log, no API
 * call), the observability construct charts them and alarms on them. One list for both.
 */
export const BUSINESS_METRICS = {
  requestsSubmitted: 'RequestsSubmitted',
  /** One per decision, with the dimension `Outcome` (ACCEPT, DEFICIENT, REJECT, APPROVE, RETURN, SIGN). */
  decisions: 'Decisions',
  slaBreaches: 'SlaBreaches',
  documentsIssued: 'DocumentsIssued',
  /** Attempts SES refused; the outbox tries again, so a failed mail is not yet a lost one. */
  mailsFailed: 'MailsFailed',
  /** Seconds the oldest outbox item due in a run (a workflow call or a mail) had waited. */
  outboxOldestAge: 'OutboxOldestAgeSeconds',
  /** Days the deployed holiday calendar still covers. */
  calendarDaysLeft: 'CalendarDaysLeft',
} as const;

/** The namespace and service name Powertools gives every function's metrics (ServiceFunction sets them). */
export const METRIC_NAMESPACE = 'LayananAsnTerpadu';
export const METRIC_SERVICE = 'layanan-asn-terpadu';
