import type { Logger } from '../log/logger.js';
import { Cooldowns, type CooldownGate } from '../interaction/cooldown.js';
import { KEY_PREFIX, type RedisLink } from './redisLink.js';

/**
 * Per-user cooldowns that every host sees, so asking through another shard does not get
 * around them: one Redis key per user that expires with the window. While Redis is away
 * (or slower than REDIS_COMMAND_TIMEOUT_MS) this host's own Cooldowns decide.
 */
export class SharedCooldowns implements CooldownGate {
  private readonly local: Cooldowns;

  constructor(
    private readonly seconds: number,
    private readonly link: RedisLink,
    private readonly logger: Logger,
  ) {
    this.local = new Cooldowns(seconds);
  }

  async take(key: string): Promise<number> {
    if (this.seconds <= 0) return 0;
    if (!this.link.up) return this.local.take(key);
    const redisKey = `${KEY_PREFIX}cooldown:${key}`;
    try {
      // One round trip: claim the window if it is free, and read what is left of it either way.
      const [claimed, leftMs] = (await this.link.client
        .multi()
        .set(redisKey, '1', { expiration: { type: 'PX', value: Math.round(this.seconds * 1000) }, condition: 'NX' })
        .pTTL(redisKey)
        .exec()) as unknown[];
      if (claimed === 'OK') return 0;
      // A key without an expiry (-1) or gone meanwhile (-2) does not hold anyone back.
      return typeof leftMs === 'number' && leftMs > 0 ? Math.ceil(leftMs / 1000) : 0;
    } catch (error) {
      this.logger.debug({ err: error, event: 'cooldown-local' }, 'shared cooldown unavailable: this host decides');
      return this.local.take(key);
    }
  }
}
