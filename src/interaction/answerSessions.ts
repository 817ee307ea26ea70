import { randomBytes } from 'node:crypto';
import type { Answer } from '../answer/answerQuestion.js';

export interface AnswerSession {
  id: string;
  answer: Answer;
  askerId: string;
  askerName: string;
  private: boolean;
  /** The asker's feedback, kept so paging does not offer the vote again. */
  vote?: 'up' | 'down' | null;
  /** Set for Find sources: the answer quotes a message's claim (linked when the message has a link). */
  claim?: { messageUrl: string | null } | null;
  expiresAt: number;
}

/**
 * Answers kept in memory so their buttons (pages, post publicly, feedback)
 * work without asking again. Entries expire after the TTL; the oldest are
 * evicted first when the cap is reached, so memory stays bounded.
 */
export class AnswerSessions {
  private readonly sessions = new Map<string, AnswerSession>();

  constructor(
    readonly ttlMs: number,
    private readonly maxSessions = 5000,
    private readonly now: () => number = Date.now,
  ) {}

  create(answer: Answer, asker: { id: string; name: string }, isPrivate: boolean, claim: { messageUrl: string | null } | null = null): AnswerSession {
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
