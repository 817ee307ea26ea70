/**
 * `npm run bench:hosts`: what Redis and PostgreSQL cost on the answer path. The same /ask
 * (the command as Discord's adapter calls it: cooldown, answer, button session, question log)
 * is timed with this host's own state, then with Redis, then with Redis and PostgreSQL, each
 * on private servers started for the run (Debian's redis-server and postgresql, as the tests
 * use). A further row times a button pressed on another host, whose session comes from Redis.
 *
 *   npm run bench:hosts -- --asks 2000 --runs 3
 *
 * Every ask comes from a new member, so each one passes the cooldown check (and, with Redis,
 * makes its round trip). Questions cycle through the evaluation set, as members repeat them.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config/loadConfig.js';
import { shareWithOtherHosts, thisHost, type SharedHosts } from '../src/hosts/shareWithOtherHosts.js';
import { handleInteraction, type InteractionResponse } from '../src/interaction/handleInteraction.js';
import type { Place } from '../src/interaction/types.js';
import { createLogger } from '../src/log/logger.js';
import { createRuntime, type Runtime } from '../src/runtime/createRuntime.js';
import { startPostgres, startRedis } from '../test/hosts/localServices.js';
import { loadEvalQuestions } from './bench/benchQuestions.js';
import { summarize, type Latency } from './bench/latency.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLACE: Place = { guildId: '100000000000000001', channelId: '100000000000000002', memberPermissions: 0n, roleIds: [], guildInstall: true };
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';

interface Args {
  asks: number;
  runs: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { asks: 2000, runs: 3 };
  for (let i = 0; i < argv.length; i += 2) {
    const value = Number(argv[i + 1]);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${argv[i]} needs a positive whole number`);
    if (argv[i] === '--asks') args.asks = value;
    else if (argv[i] === '--runs') args.runs = value;
    else throw new Error(`unknown option ${argv[i]} (use --asks N, --runs N)`);
  }
  return args;
}

interface Host {
  runtime: Runtime;
  shared: SharedHosts | null;
  close(): Promise<void>;
}

async function startHost(env: Record<string, string>, shard: number): Promise<Host> {
  const config = loadConfig({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: '2', SHARD_IDS: String(shard), LOG_LEVEL: 'info', ...env }, null);
  // A real pino logger writing one line per interaction, as in production, to nowhere.
  const logger = createLogger({ level: 'info', destination: createWriteStream('/dev/null'), pretty: false });
  const runtime = createRuntime(config, logger);
  await Promise.all([runtime.store.reload(), runtime.insights.open({ fallbackToMemory: false })]);
  const shared = await shareWithOtherHosts(config, runtime, logger, thisHost([shard]));
  return {
    runtime,
    shared,
    async close() {
      await shared?.close();
      await runtime.insights.close();
    },
  };
}

let member = 0;
function newMember(): string {
  member += 1;
  return String(300000000000000000n + BigInt(member));
}

async function ask(host: Host, question: string, asker = newMember()): Promise<InteractionResponse> {
  return handleInteraction({ kind: 'command', name: 'ask', options: { question }, invoker: { id: asker, name: 'm' }, place: PLACE }, host.runtime.commands, host.runtime.services);
}

async function timeAsks(host: Host, questions: readonly string[], count: number): Promise<Latency> {
  for (let i = 0; i < 200; i++) await ask(host, questions[i % questions.length]!);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await ask(host, questions[i % questions.length]!);
    times.push(performance.now() - started);
  }
  return summarize(times);
}

/** First press of "▶ More" on host B for answers made on host A: B fetches each session from Redis. */
async function timeRemotePresses(a: Host, b: Host, questions: readonly string[], count: number): Promise<Latency> {
  const sessions: { customId: string; asker: string }[] = [];
  for (let i = 0; sessions.length < count + 50; i++) {
    const asker = newMember();
    const response = await ask(a, questions[i % questions.length]!, asker);
    const more = response.type === 'choices' ? undefined : (response.payload.components ?? []).flatMap((row) => row.components).find((c) => c.label === 'More');
    if (more?.custom_id !== undefined) sessions.push({ customId: more.custom_id, asker });
  }
  // The copies go to Redis after each answer: let the last ones land.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const press = (session: { customId: string; asker: string }) =>
    handleInteraction({ kind: 'button', customId: session.customId, invoker: { id: session.asker, name: 'm' }, place: PLACE }, b.runtime.commands, b.runtime.services);
  for (const session of sessions.slice(0, 50)) await press(session);
  const times: number[] = [];
  for (const session of sessions.slice(50)) {
    const started = performance.now();
    const response = await press(session);
    times.push(performance.now() - started);
    if (response.type !== 'update') throw new Error('a press on the other host did not find its answer');
  }
  return summarize(times);
}

function row(name: string, results: readonly Latency[]): string {
  const range = (pick: (l: Latency) => number) => {
    const values = results.map(pick).sort((x, y) => x - y);
    const low = values[0]!.toFixed(2);
    const high = values.at(-1)!.toFixed(2);
    return low === high ? low : `${low}–${high}`;
  };
  return `| ${name} | ${range((l) => l.p50)} | ${range((l) => l.p99)} | ${range((l) => l.mean)} |`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const questions = await loadEvalQuestions(path.join(ROOT, 'test/eval/questions.tune.json'));
  if (questions.length === 0) throw new Error('no questions in test/eval/questions.tune.json');
  const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'citebot-bench-hosts-'));
  const key = 'b'.repeat(64);
  const setups: { name: string; env: Record<string, string> }[] = [
    { name: 'one host: own cooldowns and sessions, question log in SQLite', env: { DATABASE_URL: `file:${path.join(dataDir, 'log.db')}` } },
    { name: 'Redis: shared cooldowns and sessions, SQLite log', env: { REDIS_URL: redis.url, DATABASE_URL: `file:${path.join(dataDir, 'log.db')}` } },
    { name: 'Redis and PostgreSQL (the multi-host setup)', env: { REDIS_URL: redis.url, DATABASE_URL: await postgres.createDatabase('bench'), INSIGHTS_KEY: key } },
  ];
  const results = new Map<string, Latency[]>();
  try {
    for (let run = 0; run < args.runs; run++) {
      // Setups alternate within each run, so the machine's load falls on all of them alike.
      for (const setup of setups) {
        const host = await startHost(setup.env, 0);
        results.set(setup.name, [...(results.get(setup.name) ?? []), await timeAsks(host, questions, args.asks)]);
        await host.close();
      }
      const [a, b] = [await startHost(setups[2]!.env, 0), await startHost(setups[2]!.env, 1)];
      const name = 'a button pressed on another host (its session read from Redis)';
      results.set(name, [...(results.get(name) ?? []), await timeRemotePresses(a, b, questions, Math.min(args.asks, 1000))]);
      await Promise.all([a.close(), b.close()]);
    }
  } finally {
    await Promise.all([redis.stop(), postgres.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.stdout.write(`/ask through the command path, ${args.asks} asks per row, ${args.runs} runs (ranges over runs), ms:\n\n`);
  process.stdout.write('| setup | p50 | p99 | mean |\n|---|---|---|---|\n');
  for (const [name, latencies] of results) process.stdout.write(`${row(name, latencies)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:hosts: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
