import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answerQuestion.js';
import { AnswerSessions } from '../../src/interaction/answerSessions.js';

const ANSWER: Answer = { question: 'How many new users joined RedNote?', status: 'answered', items: [], suggestions: [] };
const ALICE = { id: '100000000000000001', name: 'alice' };
const MINUTE = 60_000;

function clock(start = 5_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('AnswerSessions', () => {
  it('GIVEN an answer THEN its session remembers the answer, the asker and privacy, under an id fit for a button', () => {
    const sessions = new AnswerSessions(15 * MINUTE, 10, clock().now);
    const session = sessions.create(ANSWER, ALICE, true);
    expect(session).toMatchObject({ answer: ANSWER, askerId: ALICE.id, askerName: 'alice', private: true });
    expect(session.id).toMatch(/^[A-Za-z0-9_-]{8}$/); // no ":" so custom_ids split cleanly
    expect(sessions.get(session.id)).toBe(session);
  });

  it('GIVEN many sessions THEN their ids are distinct', () => {
    const sessions = new AnswerSessions(MINUTE, 10_000, clock().now);
    const ids = new Set(Array.from({ length: 2000 }, () => sessions.create(ANSWER, ALICE, false).id));
    expect(ids.size).toBe(2000);
  });

  it('GIVEN the TTL has passed THEN the buttons find nothing (and the session is gone)', () => {
    const time = clock();
    const sessions = new AnswerSessions(15 * MINUTE, 10, time.now);
    const session = sessions.create(ANSWER, ALICE, false);
    time.advance(15 * MINUTE - 1);
    expect(sessions.get(session.id)).not.toBeNull();
    time.advance(1);
    expect(sessions.get(session.id)).toBeNull();
    expect(sessions.size).toBe(0);
  });

  it('GIVEN expired sessions THEN creating a new one sweeps them away', () => {
    const time = clock();
    const sessions = new AnswerSessions(MINUTE, 100, time.now);
    for (let i = 0; i < 5; i++) sessions.create(ANSWER, ALICE, false);
    time.advance(2 * MINUTE);
    const fresh = sessions.create(ANSWER, ALICE, false);
    expect(sessions.size).toBe(1);
    expect(sessions.get(fresh.id)).toBe(fresh);
  });

  it('GIVEN the cap is reached THEN the oldest session is evicted first and the newest stay usable', () => {
    const sessions = new AnswerSessions(15 * MINUTE, 3, clock().now);
    const [a, b, c, d] = Array.from({ length: 4 }, () => sessions.create(ANSWER, ALICE, false));
    expect(sessions.size).toBe(3);
    expect(sessions.get(a!.id)).toBeNull();
    for (const kept of [b, c, d]) expect(sessions.get(kept!.id)).toBe(kept);
  });

  it('GIVEN an unknown or forged id THEN nothing is found', () => {
    const sessions = new AnswerSessions(MINUTE, 10, clock().now);
    sessions.create(ANSWER, ALICE, false);
    expect(sessions.get('nope')).toBeNull();
    expect(sessions.get('')).toBeNull();
    expect(sessions.get('__proto__')).toBeNull();
  });
});
