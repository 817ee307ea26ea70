/**
 * Answers take turns: waiting callers start one per event-loop turn, in arrival order.
 *
 * Answering is CPU work (search). Run back to back, a burst of interactions would hold the loop
 * until every answer was computed, so no reply and no deferral could leave before the last one,
 * and Discord would drop them all. Between turns the loop sends the replies already computed and
 * runs due timers, among them the deferral of any interaction still waiting for its turn.
 */
export interface TurnQueue {
  /** Resolves on a later event-loop turn. */
  turn(): Promise<void>;
  readonly waiting: number;
}

export function createTurnQueue(): TurnQueue {
  const queue: (() => void)[] = [];
  let scheduled = false;
  const next = () => {
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
    get waiting() {
      return queue.length;
    },
  };
}
