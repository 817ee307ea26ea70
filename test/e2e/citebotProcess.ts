/**
 * citebot as its own process (`node src/main.js`, compiled once per test run: see test/compiled.ts), pointed at a fake
 * Discord: for what only a real process shows (sharding, signals, a restart, a crash, several hosts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { compiled } from '../compiled.js';
import { shardIdForGuild, snowflake, type FakeDiscord, type FakeMessage, type InteractionHandle } from './fakeDiscord.js';

export interface CitebotProcess {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output: () => string;
  /** The pino lines of the output, parsed (other lines skipped). */
  logLines: () => Record<string, unknown>[];
}

export function startCitebot(fake: FakeDiscord, env: Record<string, string>): CitebotProcess {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info', ...env };
  // The test runner's own environment must not decide how the child shards or what it shares.
  for (const name of ['SHARDING_MANAGER', 'SHARDS', 'SHARD_IDS', 'REDIS_URL']) if (!(name in env)) delete childEnv[name];
  const child = spawn(process.execPath, [compiled('src/main.ts')], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  return {
    child,
    output: () => output,
    logLines: () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/** Waits for the process to exit (killing it after `ms`); its exit code and how long it took. */
export async function exitWithin(child: ChildProcess, ms: number): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  if (child.exitCode !== null) return { code: child.exitCode, ms: 0 };
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  return { code, ms: Date.now() - started };
}

/** Fails early, with the output, when the process exits before printing `pattern`. */
export async function waitForOutput(started: CitebotProcess, pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(started.output())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; output so far:\n${started.output()}`);
    if (started.child.exitCode !== null) throw new Error(`citebot exited (${started.child.exitCode}) before ${pattern}; output:\n${started.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Kills it if it still runs, and waits until it is gone. */
export async function killCitebot(started: CitebotProcess | null): Promise<void> {
  if (!started || started.child.exitCode !== null || started.child.signalCode !== null) return;
  started.child.kill('SIGKILL');
  await once(started.child, 'exit');
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

/** The message a member ends up reading: the reply itself, or, when it was deferred (over 2 s), the edit that followed. */
export async function finalMessage(handle: InteractionHandle, timeoutMs = 30_000): Promise<FakeMessage | undefined> {
  const first = await handle.reply(timeoutMs);
  if (first.type === 5) await handle.waitFor((r) => r.kind === 'edit' && r.ok, timeoutMs);
  return handle.message();
}
