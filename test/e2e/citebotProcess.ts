/**
 * citebot as a real process (`node --import tsx src/main.ts`, as `npm start` runs it) against
 * the fake Discord, with its log captured: for tests of start-up, shards and several hosts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { shardIdForGuild, snowflake, type FakeDiscord } from './fakeDiscord.js';

export interface CitebotProcess {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Parsed pino lines from the output (other lines skipped). */
  logLines(): Record<string, unknown>[];
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void>;
  /** SIGKILL if still running after the test. */
  kill(): Promise<void>;
}

/** Guild ids that Discord's formula puts on each of `count` shards, one per shard. */
export function guildsPerShard(count: number): string[] {
  const ids: (string | undefined)[] = new Array<string | undefined>(count).fill(undefined);
  while (ids.some((id) => id === undefined)) {
    const id = snowflake();
    const shard = shardIdForGuild(id, count);
    if (ids[shard] === undefined) ids[shard] = id;
  }
  return ids as string[];
}

export function startCitebotProcess(fake: FakeDiscord, env: Record<string, string>): CitebotProcess {
  // The question log stays in memory unless a test gives a database: nothing lands in the project's data/.
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info', DATABASE_URL: ':memory:', ...env };
  // The test runner's own environment must not decide how the child shards or connects.
  for (const name of ['SHARDING_MANAGER', 'SHARDS', 'SHARD_IDS', 'REDIS_URL']) if (!(name in env)) delete childEnv[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  return {
    child,
    output: () => output,
    logLines: () =>
      output
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    async waitForOutput(pattern, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(output)) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; output so far:\n${output}`);
        if (child.exitCode !== null) throw new Error(`citebot exited (${child.exitCode}) before ${pattern}; output:\n${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await once(child, 'exit');
    },
  };
}

export async function exitWithin(child: ChildProcess, ms: number): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  return code;
}
