import type { Clock } from '#kernel/domain/ports';

/** Node fires a setTimeout longer than 2^31-1 ms at once; longer waits are re-armed in steps. */
const MAX_REAL_DELAY_MS = 3_600_000;

interface Timer {
  readonly at: number;
  readonly fire: () => void;
}

/**
 * The local stack's time: it runs `scale` times faster than real time (LOCAL_TIME_SCALE) and
 * can be moved forward by hand (POST /local/clock), so deadlines of days pass in moments.
 * Handlers read it through the clock port; the Step Functions bridge waits on it.
 */
export class VirtualClock implements Clock {
  private readonly origin = Date.now();
  private offsetMs = 0;
  private timers: Timer[] = [];
  private armed: NodeJS.Timeout | undefined;

  constructor(readonly scale: number) {
    if (!(scale >= 1)) throw new RangeError(`LOCAL_TIME_SCALE must be a number >= 1, got ${scale}`);
  }

  now(): Date {
    return new Date(this.origin + (Date.now() - this.origin) * this.scale + this.offsetMs);
  }

  /** Moves time forward by `ms`, firing every timer that falls due. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError('time only moves forward');
    this.offsetMs += ms;
    this.rearm();
  }

  /** Resolves once the clock reads `at` or later; rejects with the signal's reason if aborted first. */
  sleepUntil(at: Date, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer: Timer = {
        at: at.getTime(),
        fire: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        this.timers = this.timers.filter((candidate) => candidate !== timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.timers.push(timer);
      this.rearm();
    });
  }

  /** Cancels the pending real timer so the process can exit. */
  stop(): void {
    clearTimeout(this.armed);
    this.armed = undefined;
  }

  private rearm(): void {
    clearTimeout(this.armed);
    this.armed = undefined;
    const now = this.now().getTime();
    const due = this.timers.filter((timer) => timer.at <= now);
    this.timers = this.timers.filter((timer) => timer.at > now);
    for (const timer of due) timer.fire();
    if (this.timers.length === 0) return;
    const next = Math.min(...this.timers.map((timer) => timer.at));
    const delay = Math.min(MAX_REAL_DELAY_MS, Math.ceil((next - now) / this.scale));
    this.armed = setTimeout(() => this.rearm(), delay);
    this.armed.unref();
  }
}
