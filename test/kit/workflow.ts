import type { Stage } from '#kernel/domain/stages';
import { DOMAIN_EVENTS, isDomainEventName } from '#requests/domain/events';
import type { ApiClient } from './api';
import { eventually } from './eventually';
import { VERIFIED_SALARY } from './fixtures';
import type { StackUrls } from './local-stack';

/** The seeded official who decides each stage. */
export const OFFICIAL: Record<Stage, string> = {
  VERIFICATION: 'verifikator',
  SUPERVISOR_VALIDATION: 'pengawas',
  ADMINISTRATOR_VALIDATION: 'administrator',
  SIGNING: 'penandatangan',
};

export interface PublishedTask {
  readonly stage: string;
  readonly dueAt?: string;
  readonly overdue: boolean;
  readonly decidable: boolean;
}

export interface Published {
  readonly id: string;
  readonly serviceType: string;
  readonly status: string;
  readonly statusLabel: string;
  readonly processing: boolean;
  readonly task?: PublishedTask;
  readonly deficiency?: {
    readonly items: ReadonlyArray<{ requirementCode: string; reason: string }>;
    readonly dueAt: string;
  };
  readonly rejection?: { readonly reason: string; readonly automatic: boolean };
  readonly output?: { readonly documentId: string; readonly kind: string; readonly sha256: string };
  readonly claim?: { readonly username: string; readonly name?: string };
  readonly signature?: { readonly signedBy: string; readonly signerName?: string };
  readonly handover?: { readonly mode: string };
  readonly documents?: ReadonlyArray<{ id: string; requirementCode: string; status: string }>;
}

/** Reads the request (as an auditor, who sees every request) until the system is done with it and `done` holds. */
export function waitingFor(
  api: ApiClient,
  id: string,
  done: (request: Published) => boolean,
  timeoutMs = 15_000,
): Promise<Published> {
  return eventually(
    async () => (await api.get<Published>(`/requests/${id}`, { as: 'auditor' })).body,
    (request) => !request.processing && done(request),
    timeoutMs,
  );
}

/** Reads the request (as an auditor, who sees every request) until the workflow waits at `stage`. */
export function waitingAt(api: ApiClient, id: string, stage: string): Promise<Published> {
  return eventually(
    async () => (await api.get<Published>(`/requests/${id}`, { as: 'auditor' })).body,
    (request) => request.task?.stage === stage && request.task.decidable && !request.processing,
    15_000,
  ).catch((error: Error) => {
    throw new Error(`request ${id} never waited at ${stage}: ${error.message}`);
  });
}

/**
 * Waits for `stage`, then gives the official's decision; returns the API's answer. A verifier
 * accepting a KGB request enters the new salary, as the demo agency's empty salary table asks.
 */
export async function decide(
  api: ApiClient,
  id: string,
  stage: Stage,
  outcome: string,
  extra: Record<string, unknown> = {},
  as = OFFICIAL[stage],
) {
  const waiting = await waitingAt(api, id, stage);
  const salary =
    waiting.serviceType === 'KGB' && stage === 'VERIFICATION' && outcome === 'ACCEPT'
      ? { newBaseSalary: VERIFIED_SALARY }
      : {};
  return api.post<Published>(`/requests/${id}/decisions`, {
    as,
    body: { stage, outcome, ...salary, ...extra },
  });
}

export interface BusEvent {
  readonly 'detail-type': string;
  readonly detail: { readonly requestId: string } & Record<string, unknown>;
}

/**
 * The domain events the workflow published for one request, in order, once there are at least
 * `count` (the workflow publishes a moment after the record changes). Every event's detail is
 * held to its schema in DOMAIN_EVENTS on the way, so each test that reads events also checks the
 * contract consumers rely on.
 */
export function publishedEvents(urls: StackUrls, requestId: string, count = 1): Promise<string[]> {
  return eventually(
    () => eventsOf(urls, requestId),
    (names) => names.length >= count,
  );
}

async function eventsOf(urls: StackUrls, requestId: string): Promise<string[]> {
  const response = await fetch(`${urls.stepFunctions}/events`);
  const events = ((await response.json()) as BusEvent[]).filter(
    (event) => event.detail.requestId === requestId,
  );
  for (const event of events) {
    const type = event['detail-type'];
    if (!isDomainEventName(type)) throw new Error(`unknown event ${type}`);
    const parsed = DOMAIN_EVENTS[type].schema.safeParse(event.detail);
    if (!parsed.success) throw new Error(`${type} breaks its schema: ${parsed.error.message}`);
  }
  return events.map((event) => event['detail-type']);
}

/** Moves the local stack's clock forward (POST /local/clock). */
export async function advanceClock(urls: StackUrls, days: number): Promise<string> {
  const response = await fetch(`${urls.api}/local/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceDays: days }),
  });
  return ((await response.json()) as { now: string }).now;
}

/**
 * Advances the local clock to the day after a deadline. A fixed number of days is not enough:
 * near the year's end holidays stretch five working days past ten calendar days.
 */
export async function advanceClockPast(urls: StackUrls, deadline: string): Promise<string> {
  const now = await advanceClock(urls, 0);
  const days = Math.max(0, Math.ceil((Date.parse(deadline) - Date.parse(now)) / 86_400_000)) + 1;
  return advanceClock(urls, days);
}

/** Takes a submitted request through verification and both validation tiers, to the signer. */
export async function validate(api: ApiClient, id: string): Promise<void> {
  await decide(api, id, 'VERIFICATION', 'ACCEPT');
  await decide(api, id, 'SUPERVISOR_VALIDATION', 'APPROVE');
  await decide(api, id, 'ADMINISTRATOR_VALIDATION', 'APPROVE');
  await waitingAt(api, id, 'SIGNING');
}

/** Signs a request waiting for its electronic signature and answers the survey as `applicant`. */
export async function signAndAnswerSurvey(api: ApiClient, id: string, applicant: string): Promise<void> {
  await decide(api, id, 'SIGNING', 'SIGN');
  await waitingAt(api, id, 'SURVEY');
  await api.post(`/requests/${id}/survey`, {
    as: applicant,
    body: { scores: [4, 4, 4, 4, 4, 4, 4, 4, 4] },
  });
  await waitingAt(api, id, 'HANDOVER');
}

/**
 * Takes a submitted KGB request through every official stage with approval and answers the
 * survey as `applicant`: the issued letter is then ready for download.
 */
export async function issueAndAnswerSurvey(api: ApiClient, id: string, applicant: string): Promise<void> {
  await validate(api, id);
  await signAndAnswerSurvey(api, id, applicant);
}
