/**
 * Answers take turns: waiting callers start one per event-loop turn, in arrival order.
 *
 * Answering is CPU work (search). Run back to back, a burst of interactions would hold the loop
 * until every answer was computed, so no reply and no deferral could leave before the last one,
 * and Discord would drop them all. Between turns the loop sends the replies already computed and
 * runs due timers, among them the deferral of any interaction still waiting for its turn. And a
 * deferral, whose 3-second deadline is the only hard one, may pause the answering until it is sent.
 */
export interface TurnQueue {
  /** Resolves on a later event-loop turn. */
  turn(): Promise<void>;
  /** Starts no further turns until `work` settles, or `maxMs` passes (a hung request must not stop answering). */
  yieldTo(work: Promise<unknown>, maxMs?: number): void;
  readonly waiting: number;
}

/** Long enough for a deferral to reach Discord from a busy process, short next to its 3 s window. */
const DEFAULT_YIELD_MS = 500;

export function createTurnQueue(): TurnQueue {
  const queue: (() => void)[] = [];
  let scheduled = false;
  let paused = false;
  let yielding = 0;

  const next = () => {
    if (yielding > 0) {
      paused = true;
      return;
    }
    queue.shift()?.();
    // Scheduled from inside an immediate, this runs on the next turn, after pending I/O and timers.
    if (queue.length > 0) setImmediate(next);
    else scheduled = false;
  };

  return {
    turn() {
      return new Promise<void>((resolve) => {
        queue.push(resolve);
        if (!scheduled) {
          scheduled = true;
          setImmediate(next);
        }
      });
    },
    yieldTo(work, maxMs = DEFAULT_YIELD_MS) {
      yielding++;
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, maxMs);
      });
      void Promise.race([work.then(noop, noop), limit]).then(() => {
        clearTimeout(timer);
        yielding--;
        if (yielding === 0 && paused) {
          paused = false;
          setImmediate(next);
        }
      });
    },
    get waiting() {
      return queue.length;
    },
  };
}

function noop(): void {}
