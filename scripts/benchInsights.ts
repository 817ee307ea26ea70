/**
 * `npm run bench:insights`: what the question log costs an answer. The same
 * /ask command path (handleInteraction, as Discord and the console call it)
 * answers 1,000 questions with recording off and 1,000 with recording on,
 * in alternating blocks, paced like a busy server (one question every few
 * milliseconds, so the once-a-second writes happen during the run), into a
 * SQLite file in a temporary folder. Prints p50/p99 per /ask for both, the
 * event-loop delay, and how much the database grew.
 *
 *   npm run bench:insights -- --asks 1000 --pace-ms 4
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config/loadConfig.js';
import { InsightsRecorder } from '../src/insights/recorder.js';
import { handleInteraction } from '../src/interaction/handleInteraction.js';
import type { Invoker, Place, Services } from '../src/interaction/types.js';
import { createLogger } from '../src/log/logger.js';
import { createRuntime } from '../src/runtime/createRuntime.js';
import { loadEvalQuestions } from './bench/benchQuestions.js';
import { summarize, type Latency } from './bench/latency.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BLOCK = 50;
const PLACE: Place = { guildId: '100000000000000001', channelId: '100000000000000002', memberPermissions: 0n, roleIds: [], guildInstall: true };

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at === -1 ? undefined : Number(process.argv[at + 1]);
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} needs a positive number`);
  return value;
}

async function fileSize(file: string): Promise<number> {
  let total = 0;
  for (const f of [file, `${file}-wal`]) total += await stat(f).then((s) => s.size, () => 0);
  return total;
}

const asks = option('--asks', 1000);
const paceMs = option('--pace-ms', 4);
const QUESTIONS_FILE = 'test/eval/questions.tune.json';
const questions = await loadEvalQuestions(path.join(ROOT, QUESTIONS_FILE));
if (questions.length === 0) throw new Error(`no questions in ${QUESTIONS_FILE}`);

const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-bench-insights-'));
const file = path.join(dir, 'citebot.db');
const logger = createLogger({ level: 'warn' });
const config = { ...loadConfig({ DATABASE_URL: `file:${file}`, ASK_COOLDOWN_SECONDS: '0' }, null) };
const runtime = createRuntime(config, logger);
await runtime.store.reload();
const recorder = new InsightsRecorder(
  { enabled: true, databaseUrl: config.databaseUrl, retentionDays: 90, key: 'b'.repeat(32), source: 'discord', baseDir: ROOT },
  logger,
);
await recorder.open();
const emptySize = await fileSize(file);

const on: Services = { ...runtime.services, insights: recorder };
const off: Services = { ...runtime.services, insights: undefined };
const invokers: Invoker[] = Array.from({ length: 50 }, (_, i) => ({ id: String(300000000000000000n + BigInt(i)), name: `member${i}`, locale: 'en-US' }));

async function ask(services: Services, i: number): Promise<number> {
  const started = performance.now();
  const response = await handleInteraction(
    { kind: 'command', name: 'ask', options: { question: questions[i % questions.length] ?? 'RedNote' }, invoker: invokers[i % invokers.length] as Invoker, place: PLACE },
    runtime.commands,
    services,
  );
  const took = performance.now() - started;
  if (response.type === 'choices') throw new Error('unexpected choices');
  return took;
}

// Warm-up in both modes: compilation and the answer cache are not what is measured.
for (let i = 0; i < Math.max(1000, questions.length * 2); i++) await ask(i % 2 === 0 ? on : off, i);
await recorder.flush();
const baseSize = await fileSize(file);

const times: Record<'on' | 'off', number[]> = { on: [], off: [] };
const delay: Record<'on' | 'off', ReturnType<typeof monitorEventLoopDelay>> = { on: monitorEventLoopDelay({ resolution: 1 }), off: monitorEventLoopDelay({ resolution: 1 }) };
let recordedBefore = 0;
for (let done = 0; done < asks; done += BLOCK) {
  for (const mode of ['off', 'on'] as const) {
    delay[mode].enable();
    for (let i = done; i < Math.min(asks, done + BLOCK); i++) {
      times[mode].push(await ask(mode === 'on' ? on : off, i));
      if (mode === 'on') recordedBefore += 1;
      await sleep(paceMs);
    }
    delay[mode].disable();
  }
}
await recorder.close();
const finalSize = await fileSize(file);
await rm(dir, { recursive: true, force: true });

const row = (name: string, l: Latency, d: ReturnType<typeof monitorEventLoopDelay>) =>
  `| ${name} | ${l.samples} | ${l.p50.toFixed(3)} | ${l.p99.toFixed(3)} | ${l.max.toFixed(2)} | ${(d.percentile(99) / 1e6).toFixed(2)} | ${(d.max / 1e6).toFixed(2)} |`;
const offLatency = summarize(times.off);
const onLatency = summarize(times.on);
const added = onLatency.p99 - offLatency.p99;
const grown = finalSize - baseSize;
process.stdout.write(
  [
    `/ask with the question log off and on (${asks} each, alternating blocks of ${BLOCK}, one every ${paceMs} ms, SQLite file, writes once a second on the database thread)`,
    '',
    '| recording | asks | p50 ms | p99 ms | max ms | event-loop delay p99 ms | event-loop delay max ms |',
    '|---|---|---|---|---|---|---|',
    row('off', offLatency, delay.off),
    row('on', onLatency, delay.on),
    '',
    `recording adds ${added.toFixed(3)} ms at p99 (${(onLatency.p50 - offLatency.p50).toFixed(3)} ms at p50); target under 1 ms: ${added < 1 ? 'met' : 'MISSED'}`,
    `database: ${(emptySize / 1024).toFixed(0)} KB empty, +${(grown / 1024).toFixed(0)} KB for ${recordedBefore} asks (${(grown / recordedBefore).toFixed(0)} bytes an ask, results and indexes included)`,
    '',
  ].join('\n'),
);
