import type { Clock } from '#kernel/domain/ports';

let source: Clock = { now: () => new Date() };

/** The time every function reads. Production uses the system clock. */
export const clock: Clock = { now: () => source.now() };

/** Lets the local stack run deadlines faster than real time (LOCAL_TIME_SCALE). */
export function useClock(replacement: Clock): void {
  source = replacement;
}
