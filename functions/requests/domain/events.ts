import { z } from 'zod';
import { STAGES } from '#kernel/domain/stages';
import { ROUTES, WAITS } from './request';

/**
 * Domain events the workflow publishes on the agency's EventBridge bus (source
 * `layanan-asn-terpadu`), so payroll, finance or the national personnel system can follow
 * requests without touching this code. Each is an EventBridge event whose `detail-type` is the
 * event name and whose `detail` matches the schema below; `time` on the envelope is when it
 * happened. docs/events.md is rendered from these schemas (`npm run docs`), a unit test keeps it
 * current, and the integration tests hold every event the local workflow publishes to them.
 */
const decision = z.strictObject({
  stage: z.enum(WAITS),
  route: z.enum(ROUTES),
  outcome: z.string().optional(),
  decidedBy: z.string(),
  decidedAt: z.iso.datetime({ offset: true }),
});

const base = z.strictObject({
  version: z.literal('1'),
  requestId: z.uuid(),
  serviceType: z.string(),
  /** The applicant's unit (an office): events carry no personal data; GET /requests/{id} has the rest. */
  applicant: z.strictObject({ unit: z.string() }),
});

const withDecision = base.extend({ decision });

export interface DomainEvent {
  readonly when: string;
  readonly schema: z.ZodType;
}

export const DOMAIN_EVENTS = {
  RequestSubmitted: {
    when: 'The applicant submitted the request; the workflow starts with its plan of stages.',
    schema: base.extend({
      plan: z.strictObject({
        validationTiers: z.array(z.enum(['SUPERVISOR', 'ADMINISTRATOR'])),
        signatureMode: z.enum(['ELECTRONIC', 'WET']),
        handoverMode: z.enum(['ELECTRONIC', 'PHYSICAL', 'BOTH']),
      }),
    }),
  },
  RequestVerified: { when: 'The verifier found the documents complete and correct.', schema: withDecision },
  RequestDeficient: {
    when: 'The verifier found documents missing or wrong; the correction window opens.',
    schema: withDecision,
  },
  DeficiencyWindowDecided: {
    when: "The verifier decided the applicant's request to extend the correction window.",
    schema: withDecision,
  },
  RequestResubmitted: { when: 'The applicant resubmitted corrected documents.', schema: base },
  RequestReturned: {
    when: 'A validating official or the signer sent the request back to an earlier stage.',
    schema: withDecision,
  },
  RequestValidated: {
    when: 'Every validation tier approved; the draft decree is being prepared.',
    schema: base,
  },
  RequestRejected: {
    when: 'The request was rejected (by an official, or automatically when the correction window lapsed); a rejection letter was issued.',
    schema: base.extend({ letter: z.strictObject({ documentId: z.string() }) }),
  },
  DocumentIssued: {
    when: "The output document was numbered, signed and archived: `number` is its document number, `sha256` the archived file's digest.",
    schema: withDecision.extend({
      document: z.strictObject({
        documentId: z.string(),
        sha256: z.string().regex(/^[a-f0-9]{64}$/),
        number: z.string(),
      }),
    }),
  },
  SurveyAnswered: {
    when: 'The applicant answered the satisfaction survey (required before download).',
    schema: base,
  },
  RequestCompleted: {
    when: 'The document was handed over (downloaded, or collected in person); the request is complete.',
    schema: withDecision,
  },
  StageOverdue: {
    when: 'A stage passed its deadline; the configured superiors were notified.',
    schema: base.extend({ stage: z.enum(STAGES) }),
  },
} as const satisfies Record<string, DomainEvent>;

export type DomainEventName = keyof typeof DOMAIN_EVENTS;

export function isDomainEventName(name: string): name is DomainEventName {
  return Object.hasOwn(DOMAIN_EVENTS, name);
}
