/** What /ask asks before answering: this host's Cooldowns, or the ones every host shares through Redis. */
export interface CooldownGate {
  /** Seconds to wait, or 0 when the user may go ahead (and the use is then recorded). */
  take(key: string): number | Promise<number>;
}

/**
 * Per-user rate limit for costly commands: one use per `seconds`. Memory
 * stays bounded because entries are dropped once their window has passed.
 */
export class Cooldowns implements CooldownGate {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait, or 0 when the user may go ahead (and the use is then recorded). */
  take(key: string): number {
    if (this.seconds <= 0) return 0;
    const now = this.now();
    const until = this.until.get(key) ?? 0;
    if (until > now) return Math.ceil((until - now) / 1000);
    this.until.set(key, now + this.seconds * 1000);
    if (this.until.size > 10_000) this.sweep(now);
    return 0;
  }

  private sweep(now: number): void {
    for (const [key, until] of this.until) if (until <= now) this.until.delete(key);
  }
}
