import type { Access } from '#kernel/resources';

export interface JobSpec {
  /** Module under functions/<slice>/jobs/ exporting `handler` (infra/handlers.ts finds it). */
  readonly handler: string;
  readonly access: readonly Access[];
  /** Minutes between runs, for jobs run on a schedule. */
  readonly everyMinutes?: number;
  /** Seconds the job may run (an import works through a large file). */
  readonly timeoutSeconds?: number;
}

/** Background functions: on a schedule, or invoked asynchronously by an API function. */
export const jobs = {
  /**
   * The outboxes: workflow calls the records owe, and mail SES has not taken yet. Every minute
   * (EventBridge's shortest rate), and while calls stay owed it looks again every few seconds
   * within the run (functions/requests/jobs/deliver-outbox.ts).
   */
  deliverOutbox: {
    handler: 'deliver-outbox',
    access: ['table:read', 'table:write', 'workflow:start', 'workflow:resume', 'mail:send'],
    everyMinutes: 1,
    timeoutSeconds: 60,
  },
  escalateComplaints: {
    handler: 'escalate-complaints',
    access: ['table:read', 'table:write', 'mail:send'],
    everyMinutes: 15,
    timeoutSeconds: 60,
  },
  importEmployees: {
    handler: 'import-employees',
    access: ['table:read', 'table:write', 'imports:read'],
    timeoutSeconds: 900,
  },
  /** Marks accounts whose address SES gave up on; started by the rule on the configuration set's events. */
  recordMailFeedback: {
    handler: 'record-mail-feedback',
    access: ['table:read', 'table:write'],
    timeoutSeconds: 30,
  },
  /** Reports the days the deployed holiday calendar still covers, for the calendar alarm. */
  watchCalendar: {
    handler: 'watch-calendar',
    access: [],
    everyMinutes: 360,
    timeoutSeconds: 10,
  },
} as const satisfies Record<string, JobSpec>;
