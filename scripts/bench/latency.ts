import { performance } from 'node:perf_hooks';

export interface Latency {
  samples: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

export function summarize(times: readonly number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const total = sorted.reduce((sum, t) => sum + t, 0);
  return { samples: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN, mean: total / Math.max(1, sorted.length) };
}

/** Whatever the timed calls return is dropped here, so that no call can be optimised away. */
export let sink: unknown = null;

export interface TimeOptions {
  /** Calls made before timing starts, so that first-call compilation is not counted. */
  warmup?: number;
  /** Stop after this much timed work; the samples then cover a prefix of the inputs. */
  budgetMs?: number;
}

/**
 * Times `run` once per input. Only the last result stays reachable: keeping
 * them all would make the benchmark's own memory the peak it reports.
 */
export function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown, options: TimeOptions = {}): Latency & { times: number[] } {
  const { warmup = 5, budgetMs = Infinity } = options;
  for (let i = 0; i < Math.min(warmup, inputs.length); i++) sink = run(inputs[i] as T);
  const times: number[] = [];
  let spent = 0;
  for (const input of inputs) {
    const started = performance.now();
    sink = run(input);
    const took = performance.now() - started;
    times.push(took);
    spent += took;
    if (spent > budgetMs) break;
  }
  sink = null;
  return { ...summarize(times), times };
}
