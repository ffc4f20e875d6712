import { randomUUID } from 'node:crypto';
import type { Clock } from '#kernel/domain/ports';

/** An event as EventBridge delivers it to a rule's target. */
export interface BusEvent {
  readonly id: string;
  readonly time: string;
  readonly source: string;
  readonly 'detail-type': string;
  readonly detail: unknown;
  readonly bus: string;
}

interface Entry {
  readonly EventBusName?: string;
  readonly Source?: string;
  readonly DetailType?: string;
  readonly Detail?: unknown;
}

/** A rule's target: called with each event the rule matches. */
export type Subscriber = (event: BusEvent) => Promise<void>;

/** A failed delivery is tried twice more, as Lambda retries an asynchronous invocation (shortened locally). */
const RETRY_DELAYS_MS = [1_000, 2_000];

/**
 * The local stand-in for the agency's EventBridge bus: it keeps every event the workflow
 * publishes, in order, for people and tests to read (GET /events on the Step Functions endpoint),
 * and delivers each to the rules' targets (the applicant's notices, infra/statemachines/notices.ts).
 * Locally a delivery ends before PutEvents answers, so the workflow goes on after its notice as
 * it would in AWS most of the time; a target that still fails after its retries is reported on
 * stderr and the event is not delivered again, as an asynchronous invocation without a
 * destination is dropped.
 */
export class LocalEventBus {
  readonly events: BusEvent[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly subscriber?: Subscriber,
  ) {}

  /** PutEvents: Detail arrives as an object from the state machine and is kept as one. */
  async put(entries: readonly Entry[]) {
    const answer = this.store(entries);
    const stored = this.events.slice(-entries.length);
    for (const event of stored) await this.deliver(event);
    return answer;
  }

  private async deliver(event: BusEvent): Promise<void> {
    if (!this.subscriber) return;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.subscriber(event);
      } catch (error) {
        const delay = RETRY_DELAYS_MS[attempt];
        if (delay === undefined) {
          process.stderr.write(`event ${event['detail-type']} not delivered: ${String(error)}\n`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  private store(entries: readonly Entry[]) {
    const stored = entries.map((entry) => {
      const detail = typeof entry.Detail === 'string' ? (JSON.parse(entry.Detail) as unknown) : entry.Detail;
      const event: BusEvent = {
        id: randomUUID(),
        time: this.clock.now().toISOString(),
        source: entry.Source ?? '',
        'detail-type': entry.DetailType ?? '',
        detail,
        bus: entry.EventBusName ?? 'default',
      };
      this.events.push(event);
      return { EventId: event.id };
    });
    return { Entries: stored, FailedEntryCount: 0 };
  }
}
