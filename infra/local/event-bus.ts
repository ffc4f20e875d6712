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

/**
 * The local stand-in for the agency's EventBridge bus: it keeps every event the workflow
 * publishes, in order, for people and tests to read (GET /events on the Step Functions endpoint).
 */
export class LocalEventBus {
  readonly events: BusEvent[] = [];

  constructor(private readonly clock: Clock) {}

  /** PutEvents: Detail arrives as an object from the state machine and is kept as one. */
  put(entries: readonly Entry[]) {
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
