/**
 * `npm run bench`: how citebot scales. For each corpus size it generates
 * articles from the seeds' own vocabulary into a temporary seeds folder
 * (deleted afterwards), loads them through the real CorpusStore, and prints
 * build time, memory, /ask and raw MiniSearch latency, a reload under load,
 * and a reference index (flexsearch) answering the same questions.
 *
 *   npm run bench -- --sizes 1000,10000 --queries 100 --budget 40 --profile 100000 --phases
 *
 * --queries: questions in the set (eval questions interleaved with generated
 * ones); --budget: seconds of timed work per latency row, after which a row
 * stops (large corpora then time a prefix of the set; the table says how
 * many); --profile: sizes whose /ask is CPU-profiled (default the largest,
 * or none); --phases: also time load / chunk / index apart (one more build);
 * --heap MB: run each size with --max-old-space-size=MB, to see what a
 * memory cap costs.
 *
 * Each size runs in its own child process, so memory figures are its own.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport } from './bench/formatReport.js';
import { runSize, type SizeResult } from './bench/runSize.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');

interface Args {
  sizes: number[];
  queries: number;
  /** Sizes whose /ask loop is CPU-profiled (default: the largest). */
  profile: number[];
  phases: boolean;
  budgetSeconds: number;
  heapMb: number | null;
  child: number | null;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { sizes: [1000, 10_000, 100_000], queries: 200, profile: [], phases: false, budgetSeconds: 40, heapMb: null, child: null };
  let profileSet = false;
  const list = (value: string | undefined, flag: string) => {
    const numbers = (value ?? '').split(',').map((s) => Number(s.replace(/_/g, '').trim()));
    if (numbers.length === 0 || numbers.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`${flag} needs positive whole numbers, e.g. ${flag} 1000,10000`);
    return numbers;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    switch (flag) {
      case '--sizes':
        args.sizes = list(value, flag);
        i++;
        break;
      case '--queries':
        args.queries = list(value, flag)[0] ?? args.queries;
        i++;
        break;
      case '--profile':
        args.profile = value === 'none' ? [] : list(value, flag);
        profileSet = true;
        i++;
        break;
      case '--phases':
        args.phases = true;
        break;
      case '--heap':
        args.heapMb = list(value, flag)[0] ?? null;
        i++;
        break;
      case '--budget':
        args.budgetSeconds = list(value, flag)[0] ?? args.budgetSeconds;
        i++;
        break;
      case '--child':
        args.child = list(value, flag)[0] ?? null;
        i++;
        break;
      default:
        throw new Error(`unknown option ${flag}; use --sizes 1000,10000 --queries N --budget S --profile <sizes|none> --phases --heap MB`);
    }
  }
  if (!profileSet) args.profile = [Math.max(...args.sizes)];
  return args;
}

function runChild(size: number, args: Args): Promise<SizeResult> {
  return new Promise((resolve, reject) => {
    const childArgs = ['--child', String(size), '--queries', String(args.queries), '--budget', String(args.budgetSeconds), '--profile', args.profile.includes(size) ? String(size) : 'none'];
    if (args.phases) childArgs.push('--phases');
    // --expose-gc: heap figures are taken after a full collection.
    const execArgv = [...process.execArgv, '--expose-gc', ...(args.heapMb !== null ? [`--max-old-space-size=${args.heapMb}`] : [])];
    const child = fork(fileURLToPath(import.meta.url), childArgs, { execArgv });
    let result: SizeResult | null = null;
    child.on('message', (message) => {
      result = message as SizeResult;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`the ${size}-paragraph run exited with code ${code ?? 'null'} before reporting`));
    });
  });
}

const args = parseArgs(process.argv.slice(2));
if (args.child !== null) {
  const result = await runSize({
    paragraphs: args.child,
    queries: args.queries,
    profile: args.profile.includes(args.child),
    phases: args.phases,
    budgetSeconds: args.budgetSeconds,
    seedsDir: path.join(ROOT, 'seeds'),
    // The tune split: the benchmark may look at it; the holdout stays unread.
    questionsFile: path.join(ROOT, 'test/eval/questions.tune.json'),
  });
  process.send?.(result);
} else {
  const results: SizeResult[] = [];
  for (const size of args.sizes) {
    process.stderr.write(`bench: ${size.toLocaleString('en-US')} paragraphs…\n`);
    results.push(await runChild(size, args));
  }
  process.stdout.write(`${formatReport(results, args.heapMb)}\n`);
}
