import { describe, expect, it } from 'vitest';
import { createTurnQueue } from '../../src/discord/takeTurns.js';

/** Busy-waits, standing in for the CPU work of one answer. */
function work(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

describe('createTurnQueue', () => {
  it('GIVEN callers waiting at once THEN they start in arrival order, one per event-loop turn', async () => {
    const turns = createTurnQueue();
    const started: number[] = [];
    const all = [0, 1, 2, 3].map((i) => turns.turn().then(() => started.push(i)));
    expect(turns.waiting).toBe(4);
    await Promise.all(all);
    expect(started).toEqual([0, 1, 2, 3]);
    expect(turns.waiting).toBe(0);
  });

  it('GIVEN a burst of CPU-bound work THEN a timer due meanwhile runs between turns, not after the whole burst', async () => {
    const turns = createTurnQueue();
    const order: string[] = [];
    const timerFired = new Promise<void>((resolve) =>
      setTimeout(() => {
        order.push('timer');
        resolve();
      }, 5),
    );
    const jobs = Array.from({ length: 10 }, (_, i) =>
      turns.turn().then(() => {
        work(3);
        order.push(`job${i}`);
      }),
    );
    await Promise.all([...jobs, timerFired]);
    // Run back to back, the ten jobs (30 ms) would all finish before the 5 ms timer could fire.
    expect(order.indexOf('timer')).toBeLessThan(order.length - 1);
    expect(order.filter((o) => o.startsWith('job'))).toEqual(Array.from({ length: 10 }, (_, i) => `job${i}`));
  });
});

describe('createTurnQueue yieldTo', () => {
  it('GIVEN urgent work in flight WHEN turns are waiting THEN no turn starts until it settles', async () => {
    const turns = createTurnQueue();
    const order: string[] = [];
    let finishUrgent = () => {};
    const urgent = new Promise<void>((resolve) => (finishUrgent = resolve));
    turns.yieldTo(urgent);
    const job = turns.turn().then(() => order.push('job'));
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([]);
    order.push('urgent done');
    finishUrgent();
    await job;
    expect(order).toEqual(['urgent done', 'job']);
  });

  it('GIVEN urgent work that never settles THEN turns resume after the time limit', async () => {
    const turns = createTurnQueue();
    turns.yieldTo(new Promise(() => {}), 20);
    await expect(turns.turn()).resolves.toBeUndefined();
  });
});
