/**
 * The synonym file (seeds/synonyms.txt), in the style of Solr and
 * Elasticsearch: one rule per line, applied to articles and questions alike.
 *   rednote, red note, xiaohongshu, 小红书   equivalent: every phrase is read as the first
 *   chilly warfare => cold war               one-way: the left side is read as the right
 *   shares => shares, stocks                 expansion: the left side is read as any of the right
 * A plural in the text matches a singular written here ("customer" also
 * matches "customers"), not the other way round. Lines starting with # are comments.
 */
export interface SynonymRule {
  /** The phrases that are rewritten. */
  from: string[];
  /** What they become: one phrase replaces them; several are alternatives at the same position. */
  to: string[];
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
      if (left.length === 0 || right.length === 0) {
        problems.push({ line: number, message: 'needs "a, b => c": phrases on both sides of "=>"' });
        return;
      }
      rules.push({ from: left, to: right, line: number });
      return;
    }
    if (left.length < 2) {
      problems.push({ line: number, message: 'needs at least two comma-separated phrases' });
      return;
    }
    rules.push({ from: left.slice(1), to: [left[0] ?? ''], line: number });
  });
  return { rules, problems };
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
