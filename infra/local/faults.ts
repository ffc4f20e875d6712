/** The services the local stack can make unavailable on purpose (`POST <Step Functions endpoint>/faults`). */
export const FAULTY_SERVICES = ['dynamodb', 's3', 'ses', 'stepfunctions'] as const;

export type FaultyService = (typeof FAULTY_SERVICES)[number];

export interface FaultState {
  readonly service: FaultyService;
  readonly unavailable: boolean;
  /** Calls refused since the stack started: each attempt the SDK made counts once. */
  readonly injected: number;
}

const isFaultyService = (value: unknown): value is FaultyService =>
  (FAULTY_SERVICES as readonly unknown[]).includes(value);

/**
 * Which local services answer as if they were down, and how many calls each has refused. The
 * refusal happens on the wire, in front of the emulator, so handlers meet it through the SDK
 * exactly as they would meet AWS's own (retried by the SDK, then thrown).
 */
export class FaultSwitch {
  private readonly down = new Set<FaultyService>();
  private readonly refused = new Map<FaultyService, number>();

  set(service: FaultyService, unavailable: boolean): FaultState {
    if (unavailable) this.down.add(service);
    else this.down.delete(service);
    return this.state(service);
  }

  /** Whether a call to `service` is refused now; a refused call is counted. */
  refuses(service: FaultyService): boolean {
    if (!this.down.has(service)) return false;
    this.refused.set(service, (this.refused.get(service) ?? 0) + 1);
    return true;
  }

  state(service: FaultyService): FaultState {
    return { service, unavailable: this.down.has(service), injected: this.refused.get(service) ?? 0 };
  }

  states(): FaultState[] {
    return FAULTY_SERVICES.map((service) => this.state(service));
  }
}

/**
 * Reads a `POST /faults` body: `{"service": "dynamodb"|"s3"|"ses"|"stepfunctions", "unavailable": bool}`.
 * Without a service it means Step Functions, the switch's first and only service before the others.
 */
export function faultRequest(text: string): { service: FaultyService; unavailable: boolean } {
  const body = (text ? JSON.parse(text) : {}) as { service?: unknown; unavailable?: unknown };
  const service = body.service ?? 'stepfunctions';
  if (!isFaultyService(service)) {
    throw new RangeError(`service must be one of ${FAULTY_SERVICES.join(', ')}`);
  }
  return { service, unavailable: body.unavailable === true };
}
