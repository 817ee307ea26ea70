import { describe, expect, it } from 'vitest';
import { SharedCooldowns } from '../../src/hosts/sharedCooldowns.js';
import { capturedLogger } from './capturedLogger.js';
import { realServicesRequired } from './localServices.js';
import { twoHostsOnOneRedis } from './twoHosts.js';

const describeWithRedis = realServicesRequired() ? describe : describe.skip;
const shared = twoHostsOnOneRedis();

let user = 0;
const newUser = () => `ask:${Date.now()}-${++user}`;

describeWithRedis('GIVEN two hosts sharing cooldowns through Redis', () => {
  it('WHEN a user asks on one host and again on the other within the window THEN the second is refused with the seconds left', async () => {
    const a = new SharedCooldowns(30, shared.hostA, capturedLogger().logger);
    const b = new SharedCooldowns(30, shared.hostB, capturedLogger().logger);
    const alice = newUser();
    expect(await a.take(alice)).toBe(0);
    const wait = await b.take(alice);
    expect(wait).toBeGreaterThan(28);
    expect(wait).toBeLessThanOrEqual(30);
    // Someone else is not held up, on either host.
    expect(await b.take(newUser())).toBe(0);
  });

  it('WHEN the window has passed THEN the other host lets the user ask again', async () => {
    const a = new SharedCooldowns(0.2, shared.hostA, capturedLogger().logger);
    const b = new SharedCooldowns(0.2, shared.hostB, capturedLogger().logger);
    const bob = newUser();
    expect(await a.take(bob)).toBe(0);
    expect(await b.take(bob)).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(await b.take(bob)).toBe(0);
  });

  it('WHEN a refused attempt is made THEN it does not extend the wait', async () => {
    const a = new SharedCooldowns(0.3, shared.hostA, capturedLogger().logger);
    const carol = newUser();
    await a.take(carol);
    await new Promise((r) => setTimeout(r, 150));
    expect(await a.take(carol)).toBe(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(await a.take(carol)).toBe(0);
  });

  it('GIVEN ASK_COOLDOWN_SECONDS=0 THEN nobody waits and Redis is not asked', async () => {
    const a = new SharedCooldowns(0, shared.hostA, capturedLogger().logger);
    const dee = newUser();
    expect(await a.take(dee)).toBe(0);
    expect(await a.take(dee)).toBe(0);
    expect(await shared.hostA.client.exists(`citebot:cooldown:${dee}`)).toBe(0);
  });

  it('WHEN Redis is lost THEN each host keeps its own cooldowns (no error reaches the asker), and after Redis returns they are shared again', async () => {
    const a = new SharedCooldowns(30, shared.hostA, capturedLogger().logger);
    const b = new SharedCooldowns(30, shared.hostB, capturedLogger().logger);
    await shared.redis.kill();
    await expect.poll(() => shared.hostA.up || shared.hostB.up).toBe(false);
    const erin = newUser();
    expect(await a.take(erin)).toBe(0);
    expect(await a.take(erin)).toBeGreaterThan(28);
    // Host B cannot know: the one thing an outage gives away.
    expect(await b.take(erin)).toBe(0);

    await shared.redis.restart();
    await expect.poll(() => shared.hostA.up && shared.hostB.up, { timeout: 10_000 }).toBe(true);
    const fay = newUser();
    expect(await b.take(fay)).toBe(0);
    expect(await a.take(fay)).toBeGreaterThan(28);
  }, 30_000);
});
