/** `npm run cli` as a script runs it: a real process, its stdout and stderr kept apart. */
import path from 'node:path';
import { runProcess, type ProcessRun } from '../runProcess.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export type Run = ProcessRun;

export function cli(args: string[], stdin = '', env: Record<string, string> = {}): Promise<Run> {
  return runProcess(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'warn', ...env },
    stdin,
  });
}
