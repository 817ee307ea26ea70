import { performance } from 'node:perf_hooks';

/**
 * Cooperative time slicing for long work on the main thread: the work asks
 * `due()` between small steps and, when its slice is spent, awaits `pause()`,
 * which lets questions and Discord's I/O run before it carries on. Slices go
 * by elapsed time rather than item count, because items vary (a cold stem
 * cache, a term with 50,000 postings).
 */
export interface TimeSlices {
  due(): boolean;
  pause(): Promise<void>;
}

/** Short enough that a question waits at most this long for a reload (plus its own work). */
export const SLICE_MS = 10;

export function timeSlices(budgetMs = SLICE_MS): TimeSlices {
  let started = performance.now();
  return {
    due: () => performance.now() - started >= budgetMs,
    pause: () =>
      new Promise<void>((resolve) =>
        setImmediate(() => {
          started = performance.now();
          resolve();
        }),
      ),
  };
}

/** For a worker thread, where nothing else waits for the loop: the work runs straight through. */
export const NO_SLICES: TimeSlices = { due: () => false, pause: () => Promise.resolve() };
