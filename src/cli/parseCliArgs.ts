export type CliCommand =
  | { name: 'ask'; question: string; json: boolean; limit: number }
  | { name: 'sources'; json: boolean }
  | { name: 'chunks'; json: boolean };

export type CliParse = { ok: true; command: CliCommand } | { ok: false; error: string; help: boolean };

export const USAGE = `Usage:
  npm run cli -- ask "<question>" [--json] [--limit N]   answer one question (N: 1-50, default 3)
  npm run cli -- ask - [--json] [--limit N]              answer one question per line of stdin
  npm run cli -- sources [--json]                        list the articles and the source list
  npm run cli -- chunks [--json]                         print every indexed paragraph chunk`;

const MAX_LIMIT = 50;

export function parseCliArgs(argv: readonly string[]): CliParse {
  const args = [...argv];
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) return { ok: false, error: 'citebot command line', help: true };
  const name = args.shift();
  let json = false;
  let limit = 3;
  const positional: string[] = [];
  while (args.length > 0) {
    const arg = args.shift() as string;
    if (arg === '--json') json = true;
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
      return { ok: true, command: { name: 'ask', question, json, limit } };
    }
    case 'sources':
    case 'chunks':
      if (positional.length > 0) return { ok: false, error: `${name} takes no arguments`, help: false };
      return { ok: true, command: { name, json } };
    default:
      return { ok: false, error: `unknown command "${name ?? ''}"`, help: false };
  }
}
