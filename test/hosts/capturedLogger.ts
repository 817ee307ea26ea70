import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/log/logger.js';

export type LogLine = Record<string, unknown> & { level: number; msg: string };

/** A real pino logger whose JSON lines land in `lines`, for asserting what an operator would read. */
export function capturedLogger(level = 'debug'): { logger: Logger; lines: LogLine[]; events: (event: string) => LogLine[] } {
  const lines: LogLine[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { logger: createLogger({ level, destination, pretty: false }), lines, events: (event) => lines.filter((l) => l.event === event) };
}
