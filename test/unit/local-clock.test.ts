import { afterEach, describe, expect, it } from 'vitest';
import { VirtualClock } from '#local/clock';

const clocks: VirtualClock[] = [];
const clock = (scale: number) => {
  const created = new VirtualClock(scale);
  clocks.push(created);
  return created;
};

afterEach(() => {
  for (const created of clocks.splice(0)) created.stop();
});

describe('VirtualClock', () => {
  it('runs `scale` times faster than real time', async () => {
    const fast = clock(3600);
    const before = fast.now().getTime();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const elapsed = fast.now().getTime() - before;
    // 50 ms real ≈ 180 s virtual; allow for timer slack
    expect(elapsed).toBeGreaterThanOrEqual(150_000);
    expect(elapsed).toBeLessThan(3_600_000);
  });

  it('fires a timer when moved past it by hand, and not before', async () => {
    const manual = clock(1);
    const at = new Date(manual.now().getTime() + 86_400_000);
    let fired = false;
    const sleeping = manual.sleepUntil(at).then(() => {
      fired = true;
    });
    manual.advance(3_600_000);
    await Promise.resolve();
    expect(fired).toBe(false);
    manual.advance(86_400_000);
    await sleeping;
    expect(fired).toBe(true);
  });

  it('fires a multi-day timer under a large scale without overflowing setTimeout', async () => {
    const fast = clock(10_000_000);
    const at = new Date(fast.now().getTime() + 30 * 86_400_000);
    await fast.sleepUntil(at);
    expect(fast.now().getTime()).toBeGreaterThanOrEqual(at.getTime());
  });

  it('rejects a sleep that is aborted', async () => {
    const manual = clock(1);
    const controller = new AbortController();
    const sleeping = manual.sleepUntil(new Date(manual.now().getTime() + 60_000), controller.signal);
    controller.abort(new Error('stopped'));
    await expect(sleeping).rejects.toThrow('stopped');
  });

  it('refuses a scale below 1', () => {
    expect(() => new VirtualClock(0.5)).toThrow(RangeError);
  });
});
