import { writeFile } from 'node:fs/promises';

/**
 * Liveness for container orchestrators: while `isHealthy()` holds, the file's
 * timestamp is refreshed; a HEALTHCHECK fails once it goes stale. A bot has
 * no HTTP port, so a file is the least moving part.
 */
export function keepHealthFile(path: string, isHealthy: () => boolean, everyMs = 15_000): () => void {
  const beat = () => {
    if (isHealthy()) void writeFile(path, `${new Date().toISOString()}\n`).catch(() => undefined);
  };
  beat();
  const timer = setInterval(beat, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
