import type { Latency } from './latency.js';
import { POSTINGS_BUDGET, type SizeResult } from './runSize.js';

/** The targets the issue sets for the largest corpus. */
export const TARGETS = { askP99Ms: 50, reloadMs: 30_000, stallMs: 100, rssMb: 1536 } as const;

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const s = (n: number) => `${(n / 1000).toFixed(1)} s`;
const mb = (n: number) => `${n.toFixed(0)} MB`;
const pair = (l: Latency) => `${ms(l.p50)} / ${ms(l.p99)}`;
const count = (n: number) => n.toLocaleString('en-US');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function verdict(ok: boolean): string {
  return ok ? 'ok' : 'MISSED';
}

export function formatReport(results: readonly SizeResult[], heapMb: number | null = null): string {
  const header = ['', ...results.map((r) => `${count(r.paragraphs)} ¶`)];
  const row = (label: string, cell: (r: SizeResult) => string) => [label, ...results.map(cell)];
  const rows: string[][] = [
    row('corpus: files / MB', (r) => `${count(r.files)} / ${r.megabytes.toFixed(1)}`),
    row('chunks indexed / references', (r) => `${count(r.chunks)} / ${count(r.references)}`),
    row('distinct index terms', (r) => count(r.vocabulary)),
    row('index build (CorpusStore.reload)', (r) => s(r.buildMs)),
    row('  load+decode+clean / chunk / index', (r) => (r.phases ? `${s(r.phases.loadMs)} / ${ms(r.phases.chunkMs)} ms / ${s(r.phases.indexMs)}` : '–')),
    row('heap used after build', (r) => mb(r.heapUsedMb)),
    row('RSS after build / peak (with reload)', (r) => `${mb(r.rssMb)} / ${mb(r.peakRssMb)}`),
    row('questions timed per row', (r) => count(r.queries)),
    row('postings walked per query p50 / max', (r) => `${count(r.postings.p50)} / ${count(r.postings.max)}`),
    row('chunks matched (plain OR) p50 / max', (r) => `${count(r.candidates.p50)} / ${count(r.candidates.max)}`),
    row('latency p50 / p99 (ms):', () => ''),
    row('  raw MiniSearch, OR (analysed terms)', (r) => pair(r.latency.rawOr)),
    row('  raw MiniSearch, AND', (r) => pair(r.latency.rawAnd)),
    row('  raw OR, terms in ≤ 10% of chunks', (r) => pair(r.latency.rawOrCutoff10)),
    row('  raw OR, terms in ≤ 2% of chunks', (r) => pair(r.latency.rawOrCutoff2)),
    row('  raw OR, the 4 rarest terms', (r) => pair(r.latency.rawOrRarest4)),
    row(`  raw OR, rarest terms ≤ ${count(POSTINGS_BUDGET)} postings`, (r) => pair(r.latency.rawOrPostings)),
    row('  searchChunks (citebot query plan)', (r) => pair(r.latency.search)),
    row('  answerQuestion', (r) => pair(r.latency.answer)),
    row('  renderAnswer', (r) => pair(r.latency.render)),
    row('  /ask end to end (answer + render)', (r) => pair(r.latency.ask)),
    row('  flexsearch 0.8 (same terms, limit 60)', (r) => pair(r.latency.flex)),
    row('/ask ÷ raw MiniSearch OR, p50 / p99', (r) => `${(r.latency.ask.p50 / r.latency.rawOr.p50).toFixed(1)}× / ${(r.latency.ask.p99 / r.latency.rawOr.p99).toFixed(1)}×`),
    row('/ask ÷ flexsearch, p50 / p99', (r) => `${(r.latency.ask.p50 / r.latency.flex.p50).toFixed(0)}× / ${(r.latency.ask.p99 / r.latency.flex.p99).toFixed(0)}×`),
    row('answers: answered / not found / empty', (r) => `${r.statuses['answered'] ?? 0} / ${r.statuses['not-found'] ?? 0} / ${r.statuses['empty-question'] ?? 0}`),
    row('reload under load: duration', (r) => `${s(r.reload.durationMs)}${r.reload.ok ? '' : ' FAILED'}`),
    row('  longest loop stall, all / reload work', (r) => `${ms(r.reload.maxStallMs)} / ${ms(r.reload.maxReloadStallMs)} ms`),
    row('  longest GC pause (its kind)', (r) => `${ms(r.reload.maxGcPauseMs)} ms (${r.reload.maxGcPauseKind})`),
    row('  peak RSS sampled during the reload', (r) => mb(r.reload.peakRssMb)),
    row('  questions during reload (every N ms)', (r) => `${count(r.reload.questions.samples)} (${r.reload.intervalMs} ms)`),
    row('    their latency p50 / p99', (r) => pair(r.reload.questions)),
    row('  answered by old / new snapshot', (r) => `${r.reload.byGeneration[1] ?? 0} / ${r.reload.byGeneration[2] ?? 0}${r.reload.incomplete > 0 ? ` (${r.reload.incomplete} INCOMPLETE)` : ''}`),
    row('flexsearch build / heap', (r) => `${s(r.flex.buildMs)} / ${mb(r.flex.heapMb)}`),
  ];
  const cap = heapMb === null ? 'default V8 heap limit' : `--max-old-space-size=${heapMb}`;
  const out = [`citebot bench (Node ${process.version}, ${cap}): eval questions interleaved with generated ones; times in ms unless marked`, '', table(header, rows)];

  const largest = results.at(-1);
  if (largest) {
    out.push(
      '',
      `targets at ${count(largest.paragraphs)} paragraphs:`,
      `  /ask p99 < ${TARGETS.askP99Ms} ms: ${ms(largest.latency.ask.p99)} ms ${verdict(largest.latency.ask.p99 < TARGETS.askP99Ms)}`,
      `  reload < ${s(TARGETS.reloadMs)}: ${s(largest.reload.durationMs)} ${verdict(largest.reload.durationMs < TARGETS.reloadMs)}`,
      `  no loop stall > ${TARGETS.stallMs} ms from reload work: ${ms(largest.reload.maxReloadStallMs)} ms ${verdict(largest.reload.maxReloadStallMs <= TARGETS.stallMs)}`,
      `  peak RSS < ${mb(TARGETS.rssMb)}: ${mb(largest.peakRssMb)} ${verdict(largest.peakRssMb < TARGETS.rssMb)}`,
    );
  }
  if (largest) {
    out.push('', `slowest /ask questions at ${count(largest.paragraphs)} paragraphs:`);
    out.push(
      table(
        ['question', '/ask ms', 'search ms', 'terms', 'postings', 'matched'],
        largest.slowest.map((q) => [q.question.length > 60 ? `${q.question.slice(0, 59)}…` : q.question, ms(q.askMs), ms(q.searchMs), String(q.terms), count(q.postings), count(q.matched)]),
      ),
    );
  }
  for (const result of results) {
    if (!result.profile) continue;
    const p = result.profile;
    out.push('', `where /ask spends its time at ${count(result.paragraphs)} paragraphs (CPU profile, ${s(p.totalMs)} of samples, self time):`);
    out.push(table(['by file', 'ms', 'share'], p.files.map((f) => [f.name, f.ms.toFixed(0), `${((100 * f.ms) / p.totalMs).toFixed(0)}%`])));
    out.push('', table(['by function', 'ms', 'share'], p.functions.map((f) => [f.name, f.ms.toFixed(0), `${((100 * f.ms) / p.totalMs).toFixed(0)}%`])));
  }
  return out.join('\n');
}
