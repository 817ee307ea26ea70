/**
 * The CLI as a script runs it: a real process, its stdout and stderr kept apart. It runs the sources compiled once per
 * test run (test/compiled.ts); test/npm.test.ts runs `npm run cli` itself, through tsx.
 */
import { compiled, ROOT } from '../compiled.js';
import { runProcess, type ProcessRun } from '../runProcess.js';

export { ROOT };

export type Run = ProcessRun;

export function cli(args: string[], stdin = '', env: Record<string, string> = {}): Promise<Run> {
  return runProcess(process.execPath, [compiled('src/cli/main.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'warn', ...env },
    stdin,
  });
}
