import porter2 from 'wink-porter2-stemmer';
import { sharedChineseGlossary } from './chineseGlossary.js';
import { segmentChinese } from './segmentChinese.js';
import { STOP_WORDS } from './stopWords.js';
import type { SynonymRule } from './synonyms.js';
import { sharedWordNet, type WordNet } from './wordnet.js';

/** One analysed term and the stretch of the source text it came from. */
export interface TermSpan {
  term: string;
  start: number;
  end: number;
  /** The folded word the term was stemmed from; absent where a synonym rewrote the words. */
  surface?: string;
}

/**
 * One position of a question after analysis: the terms any of which matches
 * it (a word and its expansions), and where it was written.
 */
export interface QuerySlot {
  terms: string[];
  start: number;
  end: number;
  /** The words as the user wrote them, for "did you mean". */
  written: string;
  /** A stop word: kept for phrase matching (outlet names), never searched for. */
  stopWord: boolean;
}

interface Token {
  norm: string;
  start: number;
  end: number;
  /** Written in capitals ("US", "AP", "U.S."): an acronym, never a stop word. */
  acronym: boolean;
  /** Starts with a capital letter: a name may be meant ("China", "May 5"). */
  capital: boolean;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Every CJK character is at U+1100 (Hangul Jamo) or above: a cheap test that rules out almost every word first. */
const BEYOND_LATIN = /[\u1100-\uffff]/;
// Dotted acronyms stay whole ("U.S."); numbers keep thousands separators and decimals ("700,000", "5.5");
// words keep inner apostrophes.
// (A joiner or non-joiner inside a word is spelling, not a break: Persian "ایرانی‌ها" is one word, typed with it or not.)
const WORD = /(?:\p{L}\.){2,}|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:[\u200c\u200d][\p{L}\p{M}\p{N}]+)*(?:['’][\p{L}\p{M}]+)*/gu;
// Module constants, not literals in the functions: tsx (esbuild) rewrites a literal with \p{…} as `new RegExp(…)`,
// which would build a regular expression object for every word analysed.
const COMBINING_MARK = /\p{M}/gu;
const JOINERS = /[\u200c\u200d]/g;
const UPPERCASE_LETTER = /\p{Lu}/u;
const LEADING_DIGIT = /^\p{N}/u;
/** Stop words may sit inside a synonym phrase in the text ("change their minds" ~ "change mind"), a few at most. */
const MAX_SKIPPED_STOP_WORDS = 2;
const STEM_CACHE_LIMIT = 200_000;
/**
 * A word's stem never changes (synonyms apply before stemming), so one cache
 * serves every analyser of this thread: a reload's new index does not start
 * with cold stems, and the old and new index do not hold two caches.
 */
const stemCache = new Map<string, string>();

function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = /^[a-z]+$/.test(word) && word.length > 2 ? porter2(word) : word;
    if (stemCache.size < STEM_CACHE_LIMIT) stemCache.set(word, stemmed);
  }
  return stemmed;
}
/** Every number also stands for "a number", so "how many…?" can prefer paragraphs that give one. No word contains "#". */
export const NUMBER_TERM = '#number';
/** Index-only marks of what a paragraph names, for "when…?" and "where…?": a date (month, weekday, year) and a place. */
export const DATE_TERM = '#date';
export const PLACE_TERM = '#place';
/** Index-only mark of a name: two capitalised words in a row inside a sentence (Jacob Hui, the Supreme Court), for "who…?". */
export const NAME_TERM = '#name';
/** Index-only mark of a reason given (because, due to, driven by, amid), for "why…?". */
export const CAUSE_TERM = '#cause';
const CAUSE_MARKS: readonly string[] = [CAUSE_TERM];
/** Words that introduce a cause or a motive in news prose; ambiguous ones ("since", "as", "fears") are left out. */
const CAUSE_WORDS: ReadonlySet<string> = new Set(
  'because due driven reason reasons cause caused causes amid amidst prompted sparked fuelled fueled triggered motivated motive motives motivation consequently therefore hence thus'.split(' '),
);
const NAME_MARKS: readonly string[] = [NAME_TERM];
const DATE_MARKS: readonly string[] = [DATE_TERM];
const PLACE_MARKS: readonly string[] = [PLACE_TERM];
const isDigit = (code: number) => code >= 48 && code <= 57;
const MONTHS = new Set(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const YEAR = /^(?:19|20)\d\d$/;

/** Case, diacritic and quote folding: "Café’s" → "cafe's" → "cafe". */
export function foldTerm(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII: nothing to decompose or strip.
  if (/^[a-z0-9]+$/.test(lower)) return lower;
  return word
    .normalize('NFKD')
    .replace(COMBINING_MARK, '')
    .replace(JOINERS, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s$/, '')
    .replace(/['.]/g, '');
}

/**
 * Words and numbers with their positions. `isChineseWord` is the dictionary
 * Chinese runs are segmented with (segmentChinese.ts); without it, ICU's alone.
 */
export function tokenize(text: string, isChineseWord: ((word: string) => boolean) | null = null, fixedWords: RegExp | null = null): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    if (BEYOND_LATIN.test(word) && CJK.test(word)) {
      // Chinese and Japanese have no spaces: dictionaries find the words. Words the synonym file names ("抖音海外版") are
      // found first, whole, wherever they stand: the dictionary's reading of their neighbours ("…版在美国有…": 美|国有)
      // must not split them.
      for (const piece of fixedPieces(word, fixedWords)) {
        const segments = piece.fixed ? [{ segment: piece.text, index: 0 }] : segmentChinese(piece.text, isChineseWord);
        for (const seg of segments) {
          const at = start + piece.index + seg.index;
          tokens.push({ norm: foldTerm(seg.segment), start: at, end: at + seg.segment.length, acronym: false, capital: UPPERCASE_LETTER.test(seg.segment[0] ?? '') });
        }
      }
      continue;
    }
    const first = word.charCodeAt(0);
    const norm = first >= 48 && first <= 57 ? word.replace(/,/g, '') : foldTerm(word);
    if (norm === '') continue;
    tokens.push({ norm, start, end: start + word.length, acronym: isAcronym(word), capital: first >= 65 && first <= 90 ? true : first > 127 && UPPERCASE_LETTER.test(word[0] ?? '') });
  }
  return tokens;
}

/** Nouns the country's name stands before ("us users", "us gov"); the pronoun is an object and stands before none of them. */
const AFTER_COUNTRY = new Set(
  'users user government gov govt ban app apps store officials lawmakers congress market ambassador tiktok president court citizens ppl teens creators authorities politicians military residents audience customers companies company version side'.split(' '),
);

/**
 * "how long was tiktok down in the us", "do us users still use it": chat writes the country in lower case, where it
 * cannot be the pronoun (after "the", or before a noun it names): read as "US".
 */
function countryInLowerCase(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.norm !== 'us' || token.acronym) continue;
    if (tokens[i - 1]?.norm === 'the' || AFTER_COUNTRY.has(tokens[i + 1]?.norm ?? '')) token.acronym = true;
  }
}

/** A run of Chinese text cut at the fixed words it holds: those words whole, the text between them to be segmented. */
function fixedPieces(run: string, fixedWords: RegExp | null): { text: string; index: number; fixed: boolean }[] {
  if (fixedWords === null) return [{ text: run, index: 0, fixed: false }];
  const pieces: { text: string; index: number; fixed: boolean }[] = [];
  let last = 0;
  fixedWords.lastIndex = 0;
  for (const m of run.matchAll(fixedWords)) {
    if (m.index > last) pieces.push({ text: run.slice(last, m.index), index: last, fixed: false });
    pieces.push({ text: m[0], index: m.index, fixed: true });
    last = m.index + m[0].length;
  }
  if (last < run.length) pieces.push({ text: run.slice(last), index: last, fixed: false });
  return pieces;
}

/** Written in capitals, two letters or more ("US", "AP", "U.S."); checked cheaply since most words start in lower case. */
function isAcronym(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 97 && first <= 122) return false;
  // ("DC's": the possessive's letters are not the acronym's.)
  const letters = word.replace(/\./g, '').replace(/['’]s$/, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && UPPERCASE_LETTER.test(letters);
}

/** Marks a synonym written in capitals in the trie: it matches a word the text writes in capitals only. */
const ACRONYM_KEY = '\u0001';

/** Forms a text word may take to match a synonym written in the singular: "customers" → "customer", "authorities" → "authority". */
function singularForms(word: string): string[] {
  if (word.length <= 3 || word.charCodeAt(word.length - 1) !== 115 /* s */ || /(?:ss|us|is)$/.test(word)) return [word];
  const forms = [word, word.slice(0, -1)];
  if (word.length > 4 && word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.length > 4 && word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  return forms;
}

export interface Analyzer {
  /** Index-time and query-time analysis: folded, synonym-mapped, stop-word-free, stemmed. */
  terms(text: string): string[];
  /** The same terms with where each came from, for excerpts and highlights. */
  spans(text: string): TermSpan[];
  /** Analysis without stop-word removal, for phrases such as outlet names. */
  phraseTerms(text: string): string[];
  /** A question as positions with alternatives, stop words flagged rather than dropped. */
  query(text: string): QuerySlot[];
  /** One-word synonym sources ("xiaohongshu", "customers") and the terms they become, so typos of them can be corrected. */
  aliases(): ReadonlyMap<string, readonly string[]>;
}

interface SynonymTrieNode {
  next: Map<string, SynonymTrieNode>;
  /** Folded words of each replacement phrase: one phrase replaces, several are alternatives. */
  replacement: string[][] | null;
}

interface Position {
  terms: string[];
  start: number;
  end: number;
  stop: boolean;
  surface?: string | undefined;
  /** Index-only marks (DATE_TERM, PLACE_TERM, NAME_TERM, CAUSE_TERM): what the word names, never matched as a word of a question. */
  marks?: readonly string[] | undefined;
}

/** A number that can answer "how many": not a year such as 2013, which dates rather than counts. */
const isQuantity = (norm: string) => LEADING_DIGIT.test(norm) && !/^(?:18|19|20)\d\d$/.test(norm);

const isStopWord = (token: Token) => !token.acronym && STOP_WORDS.has(token.norm);

/** Whether WordNet's most frequent noun sense of a capitalised word is a place (China, Hangzhou, Singapore). */
function placeTest(wordnet: WordNet | null): (norm: string) => boolean {
  if (!wordnet) return () => false;
  const known = new Map<string, boolean>();
  return (norm) => {
    let place = known.get(norm);
    if (place === undefined) {
      place = wordnet.senses(norm, 'n')[0]?.lexname === 'noun.location';
      if (known.size < STEM_CACHE_LIMIT) known.set(norm, place);
    }
    return place;
  };
}

/** What a token names, from its shape: a date (month, weekday, year) or a place. */
function marksOf(token: Token, next: Token | undefined, isPlace: (norm: string) => boolean): readonly string[] | undefined {
  const { norm } = token;
  if (YEAR.test(norm) || (token.capital && (MONTHS.has(norm) || WEEKDAYS.has(norm))) || (token.capital && norm === 'may' && next !== undefined && LEADING_DIGIT.test(next.norm))) return DATE_MARKS;
  if (token.capital && !STOP_WORDS.has(norm) && isPlace(norm)) return PLACE_MARKS;
  return undefined;
}

/** Two capitalised words in a row, the first not opening a sentence: a person's or an organisation's name. */
function isNameStart(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!token.capital || !next?.capital || token.acronym || next.start - token.end > 1 || STOP_WORDS.has(token.norm) || STOP_WORDS.has(next.norm)) return false;
  return i > 0 && !/[.!?:;"“”‘’(\n]\s*$/.test(text.slice(Math.max(0, token.start - 3), token.start));
}

/**
 * Builds the analyser. Synonyms are applied to folded words before stemming,
 * longest phrase first, so "red note", "Red-Note" and "小红书" all become
 * the canonical "rednote" at index and query time alike. WordNet says which
 * capitalised words are places.
 */
export function createAnalyzer(rules: readonly SynonymRule[] = [], wordnet: WordNet | null = sharedWordNet()): Analyzer {
  const isPlace = placeTest(wordnet);
  // Chinese words of the synonym file ("小红书", which CC-CEDICT lacks) are words to the segmenter. The rules are read
  // with those alone; articles and questions with CC-CEDICT too, which is read the first time they hold Chinese.
  const ruleWords = new Set(rules.flatMap((rule) => rule.from).filter((phrase) => CJK.test(phrase)).map((phrase) => phrase.replace(/\s+/g, '')));
  const isRuleWord = (word: string) => ruleWords.has(word);
  const isChineseWord = (word: string) => ruleWords.has(word) || (sharedChineseGlossary()?.isWord(word) ?? false);
  // Longest first, so "抖音海外版" is found before "抖音"; of two characters or more, so "禁" (ban) inside "监禁" (imprison)
  // is left to the dictionary.
  const fixed = [...ruleWords].filter((w) => [...w].length >= 2).sort((a, b) => b.length - a.length);
  const fixedWords = fixed.length === 0 ? null : new RegExp(fixed.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
  const root: SynonymTrieNode = { next: new Map(), replacement: null };
  for (const rule of rules) {
    const phrases = rule.to.map(replacementWords).filter((p) => p.length > 0);
    if (phrases.length === 0) continue;
    for (const phrase of rule.from) {
      // A word written in capitals ("RED") is read so only where the text writes it so: "red" stays a colour.
      const from = tokenize(phrase, isRuleWord).map((t) => (t.acronym ? `${ACRONYM_KEY}${t.norm}` : t.norm));
      if (from.length === 0) continue;
      let node = root;
      for (const word of from) {
        let child = node.next.get(word);
        if (!child) {
          child = { next: new Map(), replacement: null };
          node.next.set(word, child);
        }
        node = child;
      }
      node.replacement ??= phrases;
    }
  }
  const hasSynonyms = root.next.size > 0;
  /** singularForms(word).some(f => root.next.has(f)), without building the list for every word. */
  const mayStartSynonym = (word: string): boolean => {
    if (root.next.has(word)) return true;
    if (word.length <= 3 || word.charCodeAt(word.length - 1) !== 115 /* s */ || /(?:ss|us|is)$/.test(word)) return false;
    if (root.next.has(word.slice(0, -1))) return true;
    if (word.length > 4 && word.endsWith('es') && root.next.has(word.slice(0, -2))) return true;
    return word.length > 4 && word.endsWith('ies') && root.next.has(`${word.slice(0, -3)}y`);
  };

  /** Longest synonym phrase starting at token i: the index of its last token and what it becomes. */
  const longestMatch = (tokens: readonly Token[], i: number): { last: number; replacement: string[][] } | null => {
    let best: { last: number; replacement: string[][] } | null = null;
    const walk = (k: number, node: SynonymTrieNode, skipped: number) => {
      const token = tokens[k];
      if (!token) return;
      let matched = false;
      for (const form of token.acronym ? [`${ACRONYM_KEY}${token.norm}`, ...singularForms(token.norm)] : singularForms(token.norm)) {
        const child = node.next.get(form);
        if (!child) continue;
        matched = true;
        if (child.replacement && (!best || k > best.last)) best = { last: k, replacement: child.replacement };
        walk(k + 1, child, 0);
        break;
      }
      if (!matched && node !== root && skipped < MAX_SKIPPED_STOP_WORDS && isStopWord(token)) walk(k + 1, node, skipped + 1);
    };
    walk(i, root, 0);
    return best;
  };

  const analyze = (text: string): Position[] => {
    const tokens = tokenize(text, isChineseWord, fixedWords);
    countryInLowerCase(tokens);
    const out: Position[] = [];
    for (let i = 0; i < tokens.length; ) {
      const token = tokens[i] as Token;
      const match = hasSynonyms && (mayStartSynonym(token.norm) || (token.acronym && root.next.has(`${ACRONYM_KEY}${token.norm}`))) ? longestMatch(tokens, i) : null;
      if (match) {
        const end = (tokens[match.last] as Token).end;
        const [only] = match.replacement;
        if (match.replacement.length === 1 && only) {
          for (const word of only) out.push({ terms: [stem(word)], start: token.start, end, stop: false, surface: undefined, marks: undefined });
        } else {
          const terms = [...new Set(match.replacement.flat().map(stem))];
          out.push({ terms, start: token.start, end, stop: false, surface: undefined, marks: undefined });
        }
        i = match.last + 1;
        continue;
      }
      const terms = isQuantity(token.norm) ? [token.norm, NUMBER_TERM] : [stem(token.norm)];
      // Most words are lower case and not numbers: they name nothing.
      let marks: readonly string[] | undefined;
      if (CAUSE_WORDS.has(token.norm)) marks = CAUSE_MARKS;
      else if (token.capital) marks = marksOf(token, tokens[i + 1], isPlace) ?? (isNameStart(text, tokens, i) ? NAME_MARKS : undefined);
      else if (isDigit(token.norm.charCodeAt(0))) marks = marksOf(token, tokens[i + 1], isPlace);
      // Every position has the same fields, so the engine keeps one shape for them all.
      out.push({ terms, start: token.start, end: token.end, stop: isStopWord(token), surface: token.norm, marks });
      i++;
    }
    return out;
  };

  const spans = (text: string): TermSpan[] => {
    const out: TermSpan[] = [];
    for (const p of analyze(text)) {
      for (const mark of p.marks ?? []) out.push({ term: mark, start: p.start, end: p.end });
      if (p.stop) continue;
      for (const term of p.terms) out.push(p.surface === undefined ? { term, start: p.start, end: p.end } : { term, start: p.start, end: p.end, surface: p.surface });
    }
    return out;
  };

  let aliasCache: Map<string, string[]> | null = null;
  const aliases = () => {
    if (aliasCache) return aliasCache;
    aliasCache = new Map();
    for (const [word, node] of root.next) {
      if (node.replacement && !aliasCache.has(word)) aliasCache.set(word, [...new Set(node.replacement.flat().map(stem))]);
    }
    // What the rules write in place of other words is vocabulary too ("movement" for the spun "motion").
    for (const rule of rules) for (const phrase of rule.to) for (const word of replacementWords(phrase)) if (!aliasCache.has(word)) aliasCache.set(word, [stem(word)]);
    return aliasCache;
  };

  return {
    terms: (text) => spans(text).map((s) => s.term),
    spans,
    phraseTerms: (text) => analyze(text).flatMap((p) => p.terms),
    query: (text) => analyze(text).map((p) => ({ terms: p.terms, start: p.start, end: p.end, written: text.slice(p.start, p.end), stopWord: p.stop })),
    aliases,
  };
}

/** A replacement phrase as folded words, stop words dropped unless that leaves nothing ("us"). */
function replacementWords(phrase: string): string[] {
  const tokens = tokenize(phrase);
  const content = tokens.filter((t) => !isStopWord(t));
  return (content.length > 0 ? content : tokens).map((t) => t.norm);
}
