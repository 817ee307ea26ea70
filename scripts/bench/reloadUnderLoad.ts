/**
 * A reload while questions keep arriving: how long the event loop is blocked
 * (the longest gap a 1 ms timer sees, and how much of it was reload work
 * rather than answering), which snapshot answered each question, the
 * longest garbage-collection pause and its kind, and the highest resident
 * memory seen while the old and the new snapshot are both alive.
 */
import { constants, monitorEventLoopDelay, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import type { CorpusStore, LoadReport } from '../../src/runtime/corpusStore.js';
import { summarize, type Latency } from './latency.js';

export interface ReloadUnderLoad {
  report: LoadReport;
  durationMs: number;
  /** Longest gap between two 1 ms timer ticks, whatever blocked the loop. */
  maxStallMs: number;
  /** The same gap minus the time spent answering questions inside it: the reload's own blocking. */
  maxReloadStallMs: number;
  /** perf_hooks' event-loop delay histogram, for comparison (its resolution is 1 ms). */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  maxGcPauseMs: number;
  /** The longest pause's kind: a full (mark-compact) collection or a young-generation one (scavenge). */
  maxGcPauseKind: 'major' | 'minor' | 'incremental' | 'weak callbacks' | 'none';
  /** Highest RSS sampled every ms during the reload (both snapshots and the build thread alive). */
  peakRssMb: number;
  questions: Latency;
  /** Questions answered by each snapshot generation during the reload. */
  byGeneration: Record<number, number>;
  /** Answers whose snapshot was missing or incomplete (must be 0). */
  incomplete: number;
}

export async function reloadUnderLoad(
  store: CorpusStore,
  askOne: (question: string) => { generation: number; complete: boolean },
  questions: readonly string[],
  intervalMs = 5,
): Promise<ReloadUnderLoad> {
  const gaps: [number, number][] = [];
  const busy: [number, number][] = [];
  const latencies: number[] = [];
  const byGeneration: Record<number, number> = {};
  let incomplete = 0;
  let maxGcPauseMs = 0;
  let maxGcPauseKind: ReloadUnderLoad['maxGcPauseKind'] = 'none';
  let peakRss = process.memoryUsage.rss();

  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.duration <= maxGcPauseMs) continue;
      maxGcPauseMs = entry.duration;
      maxGcPauseKind = gcKind((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind);
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();

  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    gaps.push([last, now]);
    last = now;
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 1);
  let next = 0;
  const asker = setInterval(() => {
    const question = questions[next++ % questions.length] ?? '';
    const started = performance.now();
    const answered = askOne(question);
    const ended = performance.now();
    busy.push([started, ended]);
    latencies.push(ended - started);
    byGeneration[answered.generation] = (byGeneration[answered.generation] ?? 0) + 1;
    if (!answered.complete) incomplete++;
  }, intervalMs);

  const started = performance.now();
  const report = await store.reload();
  const durationMs = performance.now() - started;
  clearInterval(probe);
  clearInterval(asker);
  histogram.disable();
  // Let the observer deliver the last GC entries.
  await new Promise((resolve) => setImmediate(resolve));
  gcObserver.disconnect();

  let maxStallMs = 0;
  let maxReloadStallMs = 0;
  let b = 0;
  for (const [from, to] of gaps) {
    maxStallMs = Math.max(maxStallMs, to - from);
    while (b < busy.length && (busy[b]?.[1] ?? 0) <= from) b++;
    let answering = 0;
    for (let k = b; k < busy.length; k++) {
      const [s, e] = busy[k] as [number, number];
      if (s >= to) break;
      answering += Math.min(e, to) - Math.max(s, from);
    }
    maxReloadStallMs = Math.max(maxReloadStallMs, to - from - answering);
  }
  return {
    report,
    durationMs,
    maxStallMs,
    maxReloadStallMs,
    loopDelayP99Ms: histogram.percentile(99) / 1e6,
    loopDelayMaxMs: histogram.max / 1e6,
    maxGcPauseMs,
    maxGcPauseKind,
    peakRssMb: peakRss / (1024 * 1024),
    questions: summarize(latencies),
    byGeneration,
    incomplete,
  };
}

function gcKind(kind: number | undefined): ReloadUnderLoad['maxGcPauseKind'] {
  switch (kind) {
    case constants.NODE_PERFORMANCE_GC_MAJOR:
      return 'major';
    case constants.NODE_PERFORMANCE_GC_MINOR:
      return 'minor';
    case constants.NODE_PERFORMANCE_GC_INCREMENTAL:
      return 'incremental';
    case constants.NODE_PERFORMANCE_GC_WEAKCB:
      return 'weak callbacks';
    default:
      return 'none';
  }
}
