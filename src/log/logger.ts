import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/**
 * Anything that may hold the bot token, wherever it sits in a log object.
 * discord.js errors can carry request headers; config objects carry the token.
 */
export const REDACT_PATHS = [
  'token',
  'discordToken',
  'DISCORD_TOKEN',
  '*.token',
  '*.discordToken',
  '*.DISCORD_TOKEN',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
  'config.discordToken',
  // The question log's hashing key (INSIGHTS_KEY).
  'insightsKey',
  'INSIGHTS_KEY',
  '*.insightsKey',
  '*.INSIGHTS_KEY',
];

export interface LoggerOptions {
  level: string;
  /** Where JSON lines go; stderr by default so that `--json` output on stdout stays clean. */
  destination?: NodeJS.WritableStream;
  pretty?: boolean;
  /** Values (the bot token) scrubbed from every line, even inside error messages. */
  secrets?: readonly string[];
}

export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 8);
  const base = {
    level: options.level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    base: { app: 'citebot' },
    hooks: {
      streamWrite: (line: string) => secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), line),
    },
  };
  const wantPretty = options.pretty ?? (options.destination === undefined && process.stderr.isTTY === true);
  if (wantPretty) {
    return pino(base, pretty({ destination: 2, sync: true, colorize: true, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname,app' }));
  }
  return pino(base, options.destination ?? pino.destination({ fd: 2, sync: true }));
}
