import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, type Answer } from '../../src/answer/answerQuestion.js';
import { SharedAnswerSessions } from '../../src/hosts/sharedAnswerSessions.js';
import { CorpusStore } from '../../src/runtime/corpusStore.js';
import { capturedLogger } from './capturedLogger.js';
import { realServicesRequired } from './localServices.js';
import { twoHostsOnOneRedis } from './twoHosts.js';

const describeWithRedis = realServicesRequired() ? describe : describe.skip;
const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const ASKER = { id: '300000000000000001', name: 'Ann' };

const shared = twoHostsOnOneRedis();
let answer: Answer;
beforeAll(async () => {
  const store = new CorpusStore(SEEDS, { maxFileBytes: 1e7 });
  await store.reload();
  answer = answerQuestion((await store.ready()).index, 'How many new users joined RedNote?');
});

describeWithRedis('GIVEN two hosts keeping answer sessions in memory and in Redis', () => {
  it('WHEN a button of an answer made on host A is pressed on host B THEN B finds the same answer (and keeps it in memory from then on)', async () => {
    const a = new SharedAnswerSessions(60_000, shared.hostA, capturedLogger().logger);
    const b = new SharedAnswerSessions(60_000, shared.hostB, capturedLogger().logger);
    const session = a.create(answer, ASKER, true);
    expect(a.size).toBe(1);
    // The copy to Redis is written after the answer went out.
    await expect.poll(async () => (await b.get(session.id))?.id).toBe(session.id);
    const found = (await b.get(session.id))!;
    expect(found).toMatchObject({ askerId: ASKER.id, askerName: 'Ann', private: true });
    expect(found.answer.items.map((i) => i.chunk.id)).toEqual(answer.items.map((i) => i.chunk.id));
    expect(found.answer.items[0]!.excerpt.text).toContain('700,000');
    expect(b.size).toBe(1);
  });

  it('WHEN the asker votes on host B THEN host A shows that vote on its next press too', async () => {
    const a = new SharedAnswerSessions(60_000, shared.hostA, capturedLogger().logger);
    const b = new SharedAnswerSessions(60_000, shared.hostB, capturedLogger().logger);
    const fresh = new SharedAnswerSessions(60_000, shared.hostA, capturedLogger().logger);
    const session = a.create(answer, ASKER, false);
    await expect.poll(async () => (await b.get(session.id)) !== null).toBe(true);
    const onB = (await b.get(session.id))!;
    onB.vote = 'down';
    b.update(onB);
    await expect.poll(async () => (await fresh.get(session.id))?.vote).toBe('down');
  });

  it('WHEN the time-to-live has passed THEN no host finds the session, and Redis has let the key go', async () => {
    const a = new SharedAnswerSessions(250, shared.hostA, capturedLogger().logger);
    const b = new SharedAnswerSessions(250, shared.hostB, capturedLogger().logger);
    const session = a.create(answer, ASKER, false);
    await expect.poll(async () => (await shared.hostA.client.exists(`citebot:session:${session.id}`)) === 1).toBe(true);
    await new Promise((r) => setTimeout(r, 350));
    expect(await a.get(session.id)).toBeNull();
    expect(await b.get(session.id)).toBeNull();
    expect(await shared.hostA.client.exists(`citebot:session:${session.id}`)).toBe(0);
  });

  it('WHEN Redis holds something that is not a session under that id THEN it is treated as unknown, not trusted', async () => {
    const b = new SharedAnswerSessions(60_000, shared.hostB, capturedLogger().logger);
    await shared.hostA.client.set('citebot:session:forged1', JSON.stringify({ id: 'forged1', askerId: 1, answer: 'nope' }));
    await shared.hostA.client.set('citebot:session:forged2', 'not json');
    expect(await b.get('forged1')).toBeNull();
    expect(await b.get('forged2')).toBeNull();
  });

  it('WHEN Redis is lost THEN each host still serves the sessions it made itself, and other hosts\' presses are answered "expired" at once', async () => {
    const a = new SharedAnswerSessions(60_000, shared.hostA, capturedLogger().logger);
    const b = new SharedAnswerSessions(60_000, shared.hostB, capturedLogger().logger);
    const before = a.create(answer, ASKER, false);
    await expect.poll(async () => (await b.get(before.id)) !== null).toBe(true);
    await shared.redis.kill();
    await expect.poll(() => shared.hostA.up || shared.hostB.up).toBe(false);
    const during = a.create(answer, ASKER, false);
    expect((await a.get(during.id))?.id).toBe(during.id);
    expect((await b.get(during.id))).toBeNull();
    // B had already fetched the earlier one, so it still has it.
    expect((await b.get(before.id))?.id).toBe(before.id);
    await shared.redis.restart();
    await expect.poll(() => shared.hostA.up && shared.hostB.up, { timeout: 10_000 }).toBe(true);
    const after = a.create(answer, ASKER, false);
    await expect.poll(async () => (await b.get(after.id))?.id).toBe(after.id);
  }, 30_000);
});
