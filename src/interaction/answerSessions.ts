import { randomBytes } from 'node:crypto';
import type { Answer } from '../answer/answerQuestion.js';

export interface AnswerSession {
  id: string;
  answer: Answer;
  askerId: string;
  askerName: string;
  private: boolean;
  /** The question-log record of this answer, so its buttons are recorded against it; null when not recording. */
  askId: string | null;
  /** The asker's feedback, kept so paging does not offer the vote again. */
  vote?: 'up' | 'down' | null;
  /** Set for Find sources: the answer quotes a message's claim (linked when the message has a link). */
  claim?: { messageUrl: string | null } | null;
  expiresAt: number;
}

/** Where answer buttons find their answer: this host's memory, or memory backed by Redis (shared by every host). */
export interface SessionStore {
  readonly ttlMs: number;
  /** Sessions held in this process's memory. */
  readonly size: number;
  create(answer: Answer, asker: { id: string; name: string }, isPrivate: boolean, claim?: { messageUrl: string | null } | null, askId?: string | null): AnswerSession;
  get(id: string): AnswerSession | null | Promise<AnswerSession | null>;
  /** Keeps a change to a session (the asker's vote) where other hosts can see it. */
  update(session: AnswerSession): void;
}

/**
 * Answers kept in memory so their buttons (pages, post publicly, feedback)
 * work without asking again. Entries expire after the TTL; the oldest are
 * evicted first when the cap is reached, so memory stays bounded.
 */
export class AnswerSessions implements SessionStore {
  private readonly sessions = new Map<string, AnswerSession>();

  constructor(
    readonly ttlMs: number,
    private readonly maxSessions = 5000,
    private readonly now: () => number = Date.now,
  ) {}

  create(answer: Answer, asker: { id: string; name: string }, isPrivate: boolean, claim: { messageUrl: string | null } | null = null, askId: string | null = null): AnswerSession {
    this.sweep();
    while (this.sessions.size >= this.maxSessions) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
    const session: AnswerSession = {
      id: randomBytes(6).toString('base64url'),
      answer,
      askerId: asker.id,
      askerName: asker.name,
      private: isPrivate,
      askId,
      claim,
      expiresAt: this.now() + this.ttlMs,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string): AnswerSession | null {
    const session = this.sessions.get(id);
    if (!session) return null;
    if (session.expiresAt <= this.now()) {
      this.sessions.delete(id);
      return null;
    }
    return session;
  }

  /** Sessions live in this Map, so a change made to one is already kept. */
  update(session: AnswerSession): void {
    if (this.sessions.has(session.id)) this.sessions.set(session.id, session);
  }

  /** A session created by another host, kept here too so its next button press needs no round trip. */
  adopt(session: AnswerSession): void {
    if (session.expiresAt <= this.now()) return;
    this.sessions.delete(session.id);
    this.sessions.set(session.id, session);
  }

  get size(): number {
    return this.sessions.size;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, session] of this.sessions) {
      if (session.expiresAt > now) break; // insertion order = expiry order
      this.sessions.delete(id);
    }
  }
}
