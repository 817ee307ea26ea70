/**
 * The synonym file (seeds/synonyms.txt), in the style of Solr and
 * Elasticsearch: one group per line.
 *   rednote, red note, xiaohongshu, 小红书   equivalent terms; the first is canonical
 *   chilly warfare => cold war               one-way: the left side becomes the right
 * Lines starting with # are comments.
 */
export interface SynonymRule {
  /** The phrases that are rewritten. */
  from: string[];
  /** What they become (one phrase). */
  to: string;
  line: number;
}

export interface SynonymParse {
  rules: SynonymRule[];
  problems: { line: number; message: string }[];
}

export const SYNONYMS_FILE = 'synonyms.txt';

export function parseSynonyms(text: string): SynonymParse {
  const rules: SynonymRule[] = [];
  const problems: SynonymParse['problems'] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    const number = i + 1;
    if (line === '') return;
    const arrow = line.split('=>');
    if (arrow.length > 2) {
      problems.push({ line: number, message: 'has more than one "=>"' });
      return;
    }
    const left = splitList(arrow[0] ?? '');
    if (arrow.length === 2) {
      const right = splitList(arrow[1] ?? '');
      if (left.length === 0 || right.length !== 1) {
        problems.push({ line: number, message: 'needs "a, b => c": phrases on the left, one phrase on the right' });
        return;
      }
      rules.push({ from: left, to: right[0] ?? '', line: number });
      return;
    }
    if (left.length < 2) {
      problems.push({ line: number, message: 'needs at least two comma-separated phrases' });
      return;
    }
    rules.push({ from: left.slice(1), to: left[0] ?? '', line: number });
  });
  return { rules, problems };
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
