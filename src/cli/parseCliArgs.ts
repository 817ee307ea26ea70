export type CliCommand =
  /** `record`: write the questions to the question log (scripts and evaluations record nothing unless asked). */
  | { name: 'ask'; question: string; json: boolean; limit: number; record?: true }
  | { name: 'sources'; json: boolean }
  | { name: 'chunks'; json: boolean }
  /** `chart`: also write the questions-per-day chart to this PNG file. */
  | { name: 'insights'; json: boolean; days: number; chart?: string };

export type CliParse = { ok: true; command: CliCommand } | { ok: false; error: string; help: boolean };

export const USAGE = `Usage:
  npm run cli -- ask "<question>" [--json] [--limit N]   answer one question (N: 1-50, default 3)
  npm run cli -- ask - [--json] [--limit N]              answer one question per line of stdin
  npm run cli -- sources [--json]                        list the articles and the source list
  npm run cli -- chunks [--json]                         print every indexed paragraph chunk
  npm run cli -- ask … --record                          also write the questions to the question log
  npm run cli -- insights [--days N] [--json] [--chart FILE.png]
                                                         what was asked, unanswered and voted down (N: 1-365, default 7)`;

const MAX_LIMIT = 50;
const MAX_DAYS = 365;

export function parseCliArgs(argv: readonly string[]): CliParse {
  const args = [...argv];
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) return { ok: false, error: 'citebot command line', help: true };
  const name = args.shift();
  let json = false;
  let limit = 3;
  let record = false;
  let days = 7;
  let chart: string | undefined;
  const positional: string[] = [];
  while (args.length > 0) {
    const arg = args.shift() as string;
    if (arg === '--json') json = true;
    else if (arg === '--record' && name === 'ask') record = true;
    else if ((arg === '--days' || arg.startsWith('--days=')) && name === 'insights') {
      const value = arg.includes('=') ? arg.slice('--days='.length) : args.shift();
      const n = Number(value);
      if (value === undefined || !/^\d+$/.test(value) || n < 1 || n > MAX_DAYS) return { ok: false, error: `--days needs a whole number from 1 to ${MAX_DAYS}`, help: false };
      days = n;
    } else if ((arg === '--chart' || arg.startsWith('--chart=')) && name === 'insights') {
      const value = arg.includes('=') ? arg.slice('--chart='.length) : args.shift();
      if (value === undefined || value === '' || value.startsWith('--')) return { ok: false, error: '--chart needs a file name, e.g. --chart insights.png', help: false };
      chart = value;
    }
    else if (arg === '--limit' || arg.startsWith('--limit=')) {
      const value = arg.includes('=') ? arg.slice('--limit='.length) : args.shift();
      const n = Number(value);
      if (value === undefined || !Number.isInteger(n) || n < 1 || n > MAX_LIMIT) return { ok: false, error: `--limit needs a whole number from 1 to ${MAX_LIMIT}`, help: false };
      limit = n;
    } else if (arg.startsWith('--') && arg !== '--') return { ok: false, error: `unknown option ${arg}`, help: false };
    else if (arg !== '--') positional.push(arg);
  }
  switch (name) {
    case 'ask': {
      const question = positional.join(' ').trim();
      if (question === '') return { ok: false, error: 'ask needs a question (or - to read questions from stdin)', help: false };
      return { ok: true, command: { name: 'ask', question, json, limit, ...(record ? { record: true as const } : {}) } };
    }
    case 'sources':
    case 'chunks':
      if (positional.length > 0) return { ok: false, error: `${name} takes no arguments`, help: false };
      return { ok: true, command: { name, json } };
    case 'insights':
      if (positional.length > 0) return { ok: false, error: 'insights takes no arguments besides --days, --json and --chart', help: false };
      return { ok: true, command: { name: 'insights', json, days, ...(chart !== undefined ? { chart } : {}) } };
    default:
      return { ok: false, error: `unknown command "${name ?? ''}"`, help: false };
  }
}
