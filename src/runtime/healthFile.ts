import { writeFile } from 'node:fs/promises';

/** Until the first healthy beat, check this often, so the file appears as soon as the bot is connected. */
const FIRST_BEAT_POLL_MS = 500;

/**
 * Liveness for container orchestrators: while `isHealthy()` holds, the file's
 * timestamp is refreshed; a HEALTHCHECK fails once it goes stale. A bot has
 * no HTTP port, so a file is the least moving part.
 */
export function keepHealthFile(path: string, isHealthy: () => boolean, everyMs = 15_000): () => void {
  let timer: NodeJS.Timeout | null = null;
  const schedule = (ms: number) => {
    timer = setTimeout(beat, ms);
    timer.unref();
  };
  const beat = () => {
    if (!isHealthy()) return schedule(FIRST_BEAT_POLL_MS);
    void writeFile(path, `${new Date().toISOString()}\n`).catch(() => undefined);
    schedule(everyMs);
  };
  beat();
  return () => {
    if (timer) clearTimeout(timer);
  };
}
