import type { Logger } from '../log/logger.js';
import { KEY_PREFIX, type RedisLink } from './redisLink.js';

/** One citebot process serving a slice of shards, as the other hosts know it. */
export interface HostInfo {
  /** Unique while it runs: hostname and process id. */
  id: string;
  /** What a moderator reads: the hostname and its shards. */
  label: string;
}

const DIRECTORY_KEY = `${KEY_PREFIX}hosts`;
/** Each host says it is alive this often… */
export const HEARTBEAT_MS = 5000;
/** …and counts as gone once it has been silent this long (three missed beats, with room for clock skew between hosts). */
export const ALIVE_FOR_MS = 15_000;
/** Entries this old are removed by whichever host notices them. */
const FORGET_AFTER_MS = 60_000;

interface Entry {
  label: string;
  seenAt: number;
}

/**
 * The hosts currently running, kept in one Redis hash that each host refreshes every few
 * seconds, so /reload can name the hosts that did not confirm. A Redis restart empties it;
 * each host writes itself back as soon as the link returns.
 */
export class HostDirectory {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly self: HostInfo,
    private readonly link: RedisLink,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    void this.beat();
    this.timer = setInterval(() => void this.beat(), HEARTBEAT_MS);
    this.timer.unref();
    this.link.onUp(() => void this.beat());
  }

  async beat(): Promise<void> {
    if (!this.link.up) return;
    const entry: Entry = { label: this.self.label, seenAt: this.now() };
    try {
      await this.link.client.hSet(DIRECTORY_KEY, this.self.id, JSON.stringify(entry));
    } catch (error) {
      this.logger.debug({ err: error, event: 'host-heartbeat-failed' }, 'could not refresh this host in the Redis directory');
    }
  }

  /** Hosts seen alive recently, this one included; [] while Redis is away. */
  async alive(): Promise<HostInfo[]> {
    if (!this.link.up) return [];
    const all = await this.link.client.hGetAll(DIRECTORY_KEY);
    const now = this.now();
    const hosts: HostInfo[] = [];
    const forgotten: string[] = [];
    for (const [id, text] of Object.entries(all)) {
      const entry = parseEntry(text);
      if (entry === null || now - entry.seenAt > FORGET_AFTER_MS) forgotten.push(id);
      else if (now - entry.seenAt <= ALIVE_FOR_MS) hosts.push({ id, label: entry.label });
    }
    if (forgotten.length > 0) await this.link.client.hDel(DIRECTORY_KEY, forgotten).catch(() => undefined);
    return hosts.sort((a, b) => a.label.localeCompare(b.label));
  }

  /** At shutdown: other hosts stop waiting for this one at once. */
  async leave(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    if (!this.link.up) return;
    await this.link.client.hDel(DIRECTORY_KEY, this.self.id).catch(() => undefined);
  }
}

function parseEntry(text: string): Entry | null {
  try {
    const value = JSON.parse(text) as Partial<Entry>;
    return typeof value.label === 'string' && typeof value.seenAt === 'number' ? { label: value.label, seenAt: value.seenAt } : null;
  } catch {
    return null;
  }
}
