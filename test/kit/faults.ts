import { expect, onTestFinished } from 'vitest';
import type { StackUrls } from './local-stack';

/** The services the local stack's fault switch can make unavailable (infra/local/faults.ts). */
export type FaultyService = 'dynamodb' | 's3' | 'ses' | 'stepfunctions';

interface FaultState {
  readonly service: FaultyService;
  readonly unavailable: boolean;
  /** Calls refused since the stack started. */
  readonly injected: number;
}

/** Turns `service`'s fault on or off (POST /faults on the Step Functions endpoint). */
export async function switchFault(
  urls: StackUrls,
  service: FaultyService,
  unavailable: boolean,
): Promise<FaultState> {
  const response = await fetch(`${urls.stepFunctions}/faults`, {
    method: 'POST',
    body: JSON.stringify({ service, unavailable }),
  });
  const state = (await response.json()) as FaultState;
  if (state.service !== service || state.unavailable !== unavailable)
    throw new Error(`the fault switch answered ${JSON.stringify(state)}`);
  return state;
}

async function injectedSoFar(urls: StackUrls, service: FaultyService): Promise<number> {
  const states = (await (await fetch(`${urls.stepFunctions}/faults`)).json()) as FaultState[];
  return states.find((state) => state.service === service)?.injected ?? 0;
}

export interface Outage {
  /** Calls refused since the outage began. */
  refused(): Promise<number>;
  /** Ends the outage (once; later calls change nothing) and returns the calls it refused. */
  end(): Promise<number>;
}

/**
 * Makes `service` refuse every call until `end()`, or until the test finishes however it ends.
 * Then it logs how many calls were refused in that test: the count SECURITY.md quotes as
 * "faults injected — nothing lost" (each SDK attempt refused counts once).
 */
export async function startOutage(urls: StackUrls, service: FaultyService): Promise<Outage> {
  const test = expect.getState().currentTestName ?? service;
  const before = (await switchFault(urls, service, true)).injected;
  let ended: Promise<number> | undefined;
  const end = () => {
    ended ??= switchFault(urls, service, false).then((state) => state.injected - before);
    return ended;
  };
  onTestFinished(async ({ task }) => {
    const refused = await end();
    console.info(`[faults] ${refused} ${service} faults injected in "${test}" (${task.result?.state})`);
  });
  return { refused: async () => (await injectedSoFar(urls, service)) - before, end };
}
