/**
 * The README's npm commands, run through npm itself: `.npmrc` keeps npm's run-script banner off
 * stdout (so `npm run cli -- … --json` pipes clean JSON) while npm's own errors stay visible, and
 * SIGHUP reaches the process `npm start` runs. Linux only (the SIGHUP test reads /proc).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { copyFile, cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { runProcess, type ProcessRun } from './runProcess.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function npm(args: string[], options: { cwd?: string; stdin?: string; env?: Record<string, string> } = {}): Promise<ProcessRun> {
  const env = { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'warn', ...options.env };
  return runProcess(NPM, args, { cwd: options.cwd ?? ROOT, env, ...(options.stdin !== undefined ? { stdin: options.stdin } : {}) });
}

const QUESTIONS = ['who is Ren Yi', '', 'what is the', 'What is the best recipe for lasagna?', 'what is Lemon8'];

let scratch: string;
let cliRun: ProcessRun;
let missingScript: ProcessRun;
let lockMismatch: ProcessRun;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'citebot-npm-'));
  // A copy of the project's manifest with one dependency the lockfile lacks (a local folder, so npm
  // needs no network to notice the mismatch).
  const project = path.join(scratch, 'mismatch');
  await mkdir(path.join(project, 'local-dep'), { recursive: true });
  await writeFile(path.join(project, 'local-dep', 'package.json'), '{"name":"local-dep","version":"1.0.0"}\n');
  const manifest = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  manifest.dependencies['local-dep'] = 'file:./local-dep';
  await writeFile(path.join(project, 'package.json'), JSON.stringify(manifest, null, 2));
  await copyFile(path.join(ROOT, 'package-lock.json'), path.join(project, 'package-lock.json'));
  await copyFile(path.join(ROOT, '.npmrc'), path.join(project, '.npmrc'));

  [cliRun, missingScript, lockMismatch] = await Promise.all([
    npm(['run', 'cli', '--', 'ask', '--json', '-'], { stdin: QUESTIONS.join('\n') + '\n' }),
    npm(['run', 'nosuch']),
    npm(['ci', '--offline', '--no-audit', '--no-fund'], { cwd: project }),
  ]);
}, 90_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('npm and the command line', () => {
  it('GIVEN `npm run cli -- ask --json -` THEN stdout holds exactly one JSON line per input line and nothing else; the banner goes to stderr', () => {
    expect(cliRun.code).toBe(0);
    const lines = cliRun.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(QUESTIONS.length);
    const answers = lines.map((line) => JSON.parse(line) as { question: string; error?: { code: string }; results: unknown[] });
    expect(answers.map((a) => a.question)).toEqual(QUESTIONS);
    expect(answers.map((a) => a.error?.code ?? null)).toEqual([null, 'empty-question', 'empty-question', null, null]);
    expect(answers[0]?.results.length).toBeGreaterThan(0);
    expect(answers[3]?.results).toEqual([]);
    expect(cliRun.stderr).toContain('> citebot@1.0.0 cli');
  });

  it('GIVEN `npm run nosuch` THEN npm says the script is missing, on stderr, and exits 1', () => {
    expect(missingScript.code).toBe(1);
    expect(missingScript.stderr).toContain('npm error Missing script: "nosuch"');
  });

  it('GIVEN `npm ci` with package.json and the lockfile out of step THEN npm says so', () => {
    expect(lockMismatch.code).not.toBe(0);
    expect(lockMismatch.stderr).toContain('`npm ci` can only install packages when your package.json and package-lock.json');
    expect(lockMismatch.stderr).toContain('Missing: local-dep@1.0.0 from lock file');
  });
});

/** Every process whose parent chain leads to `pid`, with its command line (from /proc). */
async function descendants(pid: number): Promise<{ pid: number; command: string }[]> {
  const parents = new Map<number, number>();
  const commands = new Map<number, string>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      // The command name in parentheses may hold spaces: the parent id is the 2nd field after it.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
      commands.set(Number(entry), (await readFile(`/proc/${entry}/cmdline`, 'utf8')).split('\0').join(' ').trim());
    } catch {
      // The process ended while we looked.
    }
  }
  const found: { pid: number; command: string }[] = [];
  for (const [child] of parents) {
    for (let up = parents.get(child); up !== undefined && up > 1; up = parents.get(up)) {
      if (up === pid) {
        found.push({ pid: child, command: commands.get(child) ?? '' });
        break;
      }
    }
  }
  return found;
}

async function waitFor(read: () => string, pattern: RegExp, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(read())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; output so far:\n${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.runIf(process.platform === 'linux')('npm start and SIGHUP', () => {
  it('GIVEN the console under `npm start` WHEN its node process (the one README names) gets SIGHUP THEN the corpus reloads and the console keeps answering', async () => {
    const seeds = path.join(scratch, 'seeds');
    await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
    const child: ChildProcessWithoutNullStreams = spawn(NPM, ['start'], { cwd: ROOT, env: { ...process.env, DISCORD_TOKEN: '', SEEDS_DIR: seeds, LOG_LEVEL: 'warn' } });
    onTestFinished(async () => {
      if (child.exitCode === null) {
        child.kill('SIGKILL');
        await once(child, 'exit');
      }
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    await waitFor(() => stdout, /No DISCORD_TOKEN set: running the local console/);

    // README: `kill -HUP $(pgrep -f '^node --import tsx src/main.ts')`, the process npm's shell started.
    const node = (await descendants(child.pid!)).filter((p) => p.command.startsWith('node --import tsx src/main.ts'));
    expect(node).toHaveLength(1);
    await writeFile(path.join(seeds, 'quokka.txt'), 'Quokka festival in Perth\n\nThe quokka festival in Perth drew record crowds of marsupial admirers this spring.\n');
    process.kill(node[0]!.pid, 'SIGHUP');
    await waitFor(() => stdout, /\(reload requested by SIGHUP\)[\s\S]*Added: .*quokka/);

    child.stdin.write('/ask quokka festival\n');
    await waitFor(() => stdout, /The quokka festival in Perth drew record crowds/);
    child.stdin.end('exit\n');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });
});
