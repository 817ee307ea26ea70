import type { Answer } from '../answer/answerQuestion.js';
import { AnswerSessions, type AnswerSession, type SessionStore } from '../interaction/answerSessions.js';
import type { Logger } from '../log/logger.js';
import { KEY_PREFIX, type RedisLink } from './redisLink.js';

/**
 * Answer sessions kept in this host's memory and copied to Redis with the same time-to-live.
 * Discord sends a button press to the shard that owns the guild (DMs to shard 0), which is
 * the shard that answered the question, so the memory copy nearly always serves it. The Redis
 * copy keeps buttons working across a restart, a rolling update or a change of SHARD_COUNT,
 * when the press reaches another process. Writing it never holds up the answer.
 */
export class SharedAnswerSessions implements SessionStore {
  private readonly local: AnswerSessions;

  constructor(
    readonly ttlMs: number,
    private readonly link: RedisLink,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.local = new AnswerSessions(ttlMs, undefined, now);
  }

  get size(): number {
    return this.local.size;
  }

  create(answer: Answer, asker: { id: string; name: string }, isPrivate: boolean, claim: { messageUrl: string | null } | null = null, askId: string | null = null): AnswerSession {
    const session = this.local.create(answer, asker, isPrivate, claim, askId);
    // Serialising an answer (tens of KB) waits until the reply is on its way.
    setImmediate(() => void this.save(session, 'create'));
    return session;
  }

  async get(id: string): Promise<AnswerSession | null> {
    const known = this.local.get(id);
    if (known !== null || !this.link.up) return known;
    try {
      const text = await this.link.client.get(keyOf(id));
      const session = text === null ? null : parseSession(text);
      if (session === null || session.expiresAt <= this.now()) return null;
      this.local.adopt(session);
      return session;
    } catch (error) {
      this.logger.debug({ err: error, event: 'session-local' }, 'shared answer sessions unavailable: only this host\'s are found');
      return null;
    }
  }

  update(session: AnswerSession): void {
    this.local.update(session);
    void this.save(session, 'update');
  }

  private async save(session: AnswerSession, why: 'create' | 'update'): Promise<void> {
    const leftMs = session.expiresAt - this.now();
    if (!this.link.up || leftMs <= 0) return;
    try {
      await this.link.client.set(keyOf(session.id), JSON.stringify(session), { expiration: { type: 'PX', value: leftMs } });
    } catch (error) {
      this.logger.debug({ err: error, event: 'session-not-shared', why }, 'answer session kept on this host only');
    }
  }
}

function keyOf(id: string): string {
  return `${KEY_PREFIX}session:${id}`;
}

/** A session as another host wrote it: trusted no further than its shape. */
function parseSession(text: string): AnswerSession | null {
  try {
    const value = JSON.parse(text) as Partial<AnswerSession>;
    const ok =
      typeof value.id === 'string' &&
      typeof value.askerId === 'string' &&
      typeof value.askerName === 'string' &&
      typeof value.private === 'boolean' &&
      typeof value.expiresAt === 'number' &&
      (value.askId === undefined || value.askId === null || typeof value.askId === 'string') &&
      (value.claim === undefined || value.claim === null || (typeof value.claim === 'object' && (value.claim.messageUrl === null || typeof value.claim.messageUrl === 'string'))) &&
      typeof value.answer === 'object' &&
      value.answer !== null &&
      Array.isArray(value.answer.items);
    return ok ? ({ ...value, askId: value.askId ?? null } as AnswerSession) : null;
  } catch {
    return null;
  }
}
