import { DiscordUnreachableError } from '../discord/reachDiscord.js';

/**
 * How citebot's processes end, so that a supervisor (systemd, Docker, Kubernetes) can tell a
 * problem a restart may fix from one only a person can (sysexits.h numbers where one fits).
 */
export const ExitCode = {
  /** Stopped by SIGTERM/SIGINT after a clean shutdown. */
  ok: 0,
  /** An unexpected error (a bug, or something not foreseen): logged with its stack. */
  failure: 1,
  /** The command line was used wrongly (`npm run cli`). */
  usage: 2,
  /** The corpus could not be loaded at start-up (SEEDS_DIR missing or unreadable). */
  corpus: 66,
  /** Discord stayed unreachable past DISCORD_GIVE_UP_SECONDS: a restart may succeed once the network is back. */
  unavailable: 69,
  /** A setting is wrong, or Discord rejected the token: fix the configuration; restarting will not help. */
  config: 78,
} as const;

export function exitCodeFor(error: unknown): number {
  if (error instanceof DiscordUnreachableError) return error.failure.retryable ? ExitCode.unavailable : ExitCode.config;
  return ExitCode.failure;
}
