import { describe, expect, it } from 'vitest';
import { Cooldowns } from '../../src/interaction/cooldown.js';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('Cooldowns', () => {
  it('GIVEN a first use THEN it may go ahead; GIVEN a second use right away THEN it waits the whole window, rounded up to seconds', () => {
    const time = clock();
    const cooldowns = new Cooldowns(3, time.now);
    expect(cooldowns.take('ask:alice')).toBe(0);
    expect(cooldowns.take('ask:alice')).toBe(3);
    time.advance(1_100);
    expect(cooldowns.take('ask:alice')).toBe(2);
  });

  it('GIVEN the window has passed THEN the user may go ahead again', () => {
    const time = clock();
    const cooldowns = new Cooldowns(3, time.now);
    cooldowns.take('ask:alice');
    time.advance(3_000);
    expect(cooldowns.take('ask:alice')).toBe(0);
  });

  it('GIVEN a refused attempt THEN it does not extend the wait', () => {
    const time = clock();
    const cooldowns = new Cooldowns(3, time.now);
    cooldowns.take('ask:alice');
    time.advance(2_000);
    cooldowns.take('ask:alice');
    time.advance(1_000);
    expect(cooldowns.take('ask:alice')).toBe(0);
  });

  it('GIVEN two users THEN one waiting does not hold up the other', () => {
    const cooldowns = new Cooldowns(3, clock().now);
    cooldowns.take('ask:alice');
    expect(cooldowns.take('ask:bob')).toBe(0);
  });

  it('GIVEN a cooldown of 0 (the console) THEN nobody ever waits', () => {
    const cooldowns = new Cooldowns(0, clock().now);
    for (let i = 0; i < 5; i++) expect(cooldowns.take('ask:alice')).toBe(0);
  });

  it('GIVEN tens of thousands of users over time THEN expired entries are dropped and the newest still apply', () => {
    const time = clock();
    const cooldowns = new Cooldowns(1, time.now);
    for (let i = 0; i < 30_000; i++) {
      cooldowns.take(`ask:${i}`);
      time.advance(1);
    }
    expect(cooldowns.take('ask:29999')).toBe(1);
    expect(cooldowns.take('ask:0')).toBe(0);
    expect((cooldowns as unknown as { until: Map<string, number> }).until.size).toBeLessThan(12_000);
  });
});
