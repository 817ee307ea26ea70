import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stopWords.js';
import type { SynonymRule } from './synonyms.js';

/** One analysed term and the stretch of the source text it came from. */
export interface TermSpan {
  term: string;
  start: number;
  end: number;
}

interface Token {
  norm: string;
  start: number;
  end: number;
  /** Written in capitals ("US", "AP"): an acronym, never a stop word. */
  acronym: boolean;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// Numbers keep their thousands separators and decimals ("700,000", "5.5"); words keep inner apostrophes.
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Case, diacritic and quote folding: "Café’s" → "cafe's" → "cafe". */
export function foldTerm(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s$/, '')
    .replace(/'/g, '');
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    if (CJK.test(word)) {
      // Chinese and Japanese have no spaces: ICU's dictionary segmenter finds the words.
      for (const seg of segmenter.segment(word)) {
        if (!seg.isWordLike) continue;
        tokens.push({ norm: foldTerm(seg.segment), start: start + seg.index, end: start + seg.index + seg.segment.length, acronym: false });
      }
      continue;
    }
    const norm = /^\p{N}/u.test(word) ? word.replace(/,/g, '') : foldTerm(word);
    if (norm === '') continue;
    tokens.push({ norm, start, end: start + word.length, acronym: word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word) });
  }
  return tokens;
}

export interface Analyzer {
  /** Index-time and query-time analysis: folded, synonym-mapped, stop-word-free, stemmed. */
  terms(text: string): string[];
  spans(text: string): TermSpan[];
  /** Analysis without stop-word removal, for phrases such as outlet names. */
  phraseTerms(text: string): string[];
}

interface SynonymTrieNode {
  next: Map<string, SynonymTrieNode>;
  replacement: string[] | null;
}

/**
 * Builds the analyser. Synonyms are applied to folded tokens before stemming,
 * longest phrase first, so "red note", "Red-Note" and "小红书" all become
 * the canonical "rednote" at index and query time alike.
 */
export function createAnalyzer(rules: readonly SynonymRule[] = []): Analyzer {
  const root: SynonymTrieNode = { next: new Map(), replacement: null };
  for (const rule of rules) {
    const to = tokenize(rule.to).map((t) => t.norm);
    if (to.length === 0) continue;
    for (const phrase of rule.from) {
      const from = tokenize(phrase).map((t) => t.norm);
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
      node.replacement ??= to;
    }
  }
  const hasSynonyms = root.next.size > 0;
  const stemCache = new Map<string, string>();

  const stem = (word: string): string => {
    let stemmed = stemCache.get(word);
    if (stemmed === undefined) {
      stemmed = /^[a-z]+$/.test(word) && word.length > 2 ? stemmer(word) : word;
      if (stemCache.size < 200_000) stemCache.set(word, stemmed);
    }
    return stemmed;
  };

  const analyze = (text: string, keepStopWords: boolean): TermSpan[] => {
    const tokens = tokenize(text);
    const out: TermSpan[] = [];
    for (let i = 0; i < tokens.length; ) {
      const token = tokens[i] as Token;
      if (hasSynonyms) {
        let node: SynonymTrieNode | undefined = root;
        let matchEnd = -1;
        let replacement: string[] | null = null;
        for (let k = i; k < tokens.length && node; k++) {
          node = node.next.get((tokens[k] as Token).norm);
          if (node?.replacement) {
            matchEnd = k;
            replacement = node.replacement;
          }
        }
        if (replacement && matchEnd >= i) {
          const end = (tokens[matchEnd] as Token).end;
          for (const word of replacement) out.push({ term: stem(word), start: token.start, end });
          i = matchEnd + 1;
          continue;
        }
      }
      i++;
      if (!keepStopWords && !token.acronym && STOP_WORDS.has(token.norm)) continue;
      out.push({ term: stem(token.norm), start: token.start, end: token.end });
    }
    return out;
  };

  return {
    terms: (text) => analyze(text, false).map((s) => s.term),
    spans: (text) => analyze(text, false),
    phraseTerms: (text) => analyze(text, true).map((s) => s.term),
  };
}
