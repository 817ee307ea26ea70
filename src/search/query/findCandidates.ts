/**
 * Steps 1 and 2 of the query plan (see SCORED_POSTINGS in searchChunks.ts),
 * reading the index's packed postings directly.
 *
 * Step 1 scores exactly as MiniSearch's search scores an OR query of the
 * same words (its BM25 with its default parameters, the field boosts, each
 * word's credit as its term boost, times how many of the words a paragraph
 * holds), but into flat arrays instead of an object per paragraph: at
 * 100,000 paragraphs those objects were about 1 MB per question, lived long
 * enough to reach the old generation, and let the heap grow by hundreds of
 * megabytes between collections while a reload ran.
 */
import { FIELD_BOOSTS, FIELDS, HEADING_FIELD, TITLE_FIELD, type SearchIndex } from '../index/buildIndex.js';
import type { IndexPostings } from '../index/packedIndex.js';

export interface Candidates {
  /** Short ids of the candidate paragraphs, in the order first met. */
  ids: number[];
  /** BM25 over the searched words, times how many of them the paragraph holds. */
  scores: number[];
  /** How many of the searched (scored) words each candidate holds. */
  searched: number[];
  /** 1 where a searched word is in the candidate's heading. */
  headings: number[];
  /** The distinct words considered: bit k of a candidate's mask says it holds terms[k]. */
  terms: string[];
  /** Mask words per candidate; candidate c's mask is masks[c × words .. (c + 1) × words). */
  words: number;
  masks: number[];
  /** The commonest words, left to be read in the best candidates. */
  unread: string[];
}

export interface Budgets {
  scored: number;
  walked: number;
}

/** MiniSearch's default BM25 parameters (k1, b, and d of BM25+). */
const K = 1.2;
const B = 0.7;
const D = 0.5;
const BOOSTS = FIELDS.map((field) => FIELD_BOOSTS[field]);
const ALL_FIELDS = FIELDS.map((_, field) => field);

class CandidateSet implements Candidates {
  readonly ids: number[] = [];
  readonly scores: number[] = [];
  readonly searched: number[] = [];
  readonly headings: number[] = [];
  readonly masks: number[] = [];
  unread: string[] = [];
  /** Short id → candidate index + 1 (0: not a candidate). */
  private readonly slots: Int32Array;

  constructor(
    documentCount: number,
    readonly terms: string[],
    readonly words: number,
  ) {
    this.slots = new Int32Array(documentCount);
  }

  indexOf(shortId: number): number {
    return (this.slots[shortId] as number) - 1;
  }

  add(shortId: number): number {
    let at = this.indexOf(shortId);
    if (at < 0) {
      at = this.ids.length;
      this.ids.push(shortId);
      this.scores.push(0);
      this.searched.push(0);
      this.headings.push(0);
      for (let w = 0; w < this.words; w++) this.masks.push(0);
      this.slots[shortId] = at + 1;
    }
    return at;
  }

  /** Marks that candidate `at` holds terms[bit]; true the first time. */
  mark(at: number, bit: number): boolean {
    const word = at * this.words + (bit >> 5);
    const flag = 1 << (bit & 31);
    const mask = this.masks[word] as number;
    if ((mask & flag) !== 0) return false;
    this.masks[word] = mask | flag;
    return true;
  }
}

/** Whether candidate `at` holds terms[bit]. */
export function holds(candidates: Candidates, at: number, bit: number): boolean {
  return ((candidates.masks[at * candidates.words + (bit >> 5)] as number) & (1 << (bit & 31))) !== 0;
}

/** Whether a paragraph (by short id) holds a term in any field: a binary search in each field's ascending ids. */
export function holdsTerm(postings: IndexPostings<string>, term: string, shortId: number): boolean {
  const byField = postings.of(term);
  if (!byField) return false;
  for (const field of ALL_FIELDS) {
    const list = byField.get(field);
    if (!list) continue;
    const { postings: numbers, start } = list;
    let low = start;
    let high = start + list.size - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const id = numbers[middle] as number;
      if (id === shortId) return true;
      if (id < shortId) low = middle + 1;
      else high = middle - 1;
    }
  }
  return false;
}

/** Paragraphs (by short id) holding a term in the given fields, optionally among some, with their count. */
interface Marks {
  marks: Uint8Array;
  count: number;
}

function paragraphsWith(postings: IndexPostings<string>, term: string, among: Marks | undefined, fields: readonly number[] = ALL_FIELDS): Marks {
  const marks = new Uint8Array(postings.documentCount);
  let count = 0;
  const byField = postings.of(term);
  for (const field of fields) {
    const list = byField?.get(field);
    if (!list) continue;
    const { postings: numbers, start, size } = list;
    for (let k = start; k < start + size; k++) {
      const id = numbers[k] as number;
      if (marks[id] === 0 && (!among || among.marks[id] === 1)) {
        marks[id] = 1;
        count++;
      }
    }
  }
  return { marks, count };
}

/** Postings of a word beyond the paragraphs holding it: one per heading and title naming it (a title repeats in every paragraph of its article). */
function headingAndTitlePostings(postings: IndexPostings<string>, term: string): number {
  const byField = postings.of(term);
  return (byField?.get(HEADING_FIELD)?.size ?? 0) + (byField?.get(TITLE_FIELD)?.size ?? 0);
}

/** Adds a word's BM25 to the paragraphs holding it (among `within`, if given), as MiniSearch's termResults does. */
function score(set: CandidateSet, postings: IndexPostings<string>, term: string, bit: number, credit: number, within: Marks | undefined): void {
  const byField = postings.of(term);
  if (!byField) return;
  const total = postings.documentCount;
  for (let field = 0; field < FIELDS.length; field++) {
    const list = byField.get(field);
    if (!list) continue;
    const { postings: numbers, start, size } = list;
    const idf = Math.log(1 + (total - size + 0.5) / (size + 0.5));
    const average = postings.averageFieldLength[field] as number;
    const weight = credit * (BOOSTS[field] as number);
    for (let k = 0; k < size; k++) {
      const id = numbers[start + k] as number;
      if (within && within.marks[id] === 0) continue;
      const frequency = numbers[start + size + k] as number;
      const length = postings.fieldLength(id, field);
      const at = set.add(id);
      set.scores[at] = (set.scores[at] as number) + weight * idf * (D + (frequency * (K + 1)) / (frequency + K * (1 - B + (B * length) / average)));
      if (set.mark(at, bit)) set.searched[at] = (set.searched[at] as number) + 1;
      if (field === HEADING_FIELD) set.headings[at] = 1;
    }
  }
}

/** Marks the candidates that hold a word, without scoring it. */
function walk(set: CandidateSet, postings: IndexPostings<string>, term: string, bit: number): void {
  const byField = postings.of(term);
  if (!byField) return;
  for (const field of ALL_FIELDS) {
    const list = byField.get(field);
    if (!list) continue;
    const { postings: numbers, start, size } = list;
    for (let k = start; k < start + size; k++) {
      const at = set.indexOf(numbers[k] as number);
      if (at >= 0) set.mark(at, bit);
    }
  }
}

/** The candidate paragraphs of a question's words (term and credit), scored on the rarest and marked with the next. */
export function findCandidates(index: SearchIndex, entries: readonly [string, number][], budgets: Budgets): Candidates {
  const { postings } = index;
  const frequency = (term: string) => index.documentFrequency.get(term) ?? 0;
  const byRarity = [...entries].sort(([a], [b]) => frequency(a) - frequency(b));
  const terms = [...new Set(byRarity.map(([term]) => term))];
  const bits = new Map(terms.map((term, bit) => [term, bit]));
  const bitOf = (term: string) => bits.get(term) as number;
  const set = new CandidateSet(postings.documentCount, terms, Math.max(1, Math.ceil(terms.length / 32)));
  const rarest = byRarity[0];
  if (!rarest) return set;

  // Step 1: the rarest words are scored, headings' and titles' postings included in their cost.
  const searched: [string, number][] = [];
  let scored = 0;
  for (const entry of byRarity) {
    // Paragraph counts only grow from here: once one alone overflows the budget, so do the rest.
    if (scored + frequency(entry[0]) > budgets.scored) break;
    const cost = frequency(entry[0]) + headingAndTitlePostings(postings, entry[0]);
    if (scored + cost > budgets.scored) continue;
    searched.push(entry);
    scored += cost;
  }
  let walked = 0;
  let rest = byRarity.filter((entry) => !searched.includes(entry)).map(([term]) => term);
  if (searched.length > 0) {
    for (const [term, credit] of searched) score(set, postings, term, bitOf(term), credit, undefined);
  } else {
    // Only common words: the rarest is scored among the paragraphs that also hold the next rarest, while it matches too many.
    let allowed: Marks | undefined;
    const heldByAll: string[] = [];
    for (const term of rest.slice(1)) {
      if (!allowed) {
        allowed = paragraphsWith(postings, rarest[0], undefined);
        walked += frequency(rarest[0]);
      }
      if (allowed.count <= budgets.scored || walked + frequency(term) > budgets.walked) break;
      walked += frequency(term);
      const narrower = paragraphsWith(postings, term, allowed);
      if (narrower.count === 0) continue;
      allowed = narrower;
      heldByAll.push(term);
    }
    // Still too many: a paragraph naming the word in its heading as well outscores any that only mention it (FIELD_BOOSTS).
    if (!allowed || allowed.count > budgets.scored) {
      const headed = paragraphsWith(postings, rarest[0], allowed, [HEADING_FIELD]);
      if (headed.count > 0) allowed = headed;
    }
    score(set, postings, rarest[0], bitOf(rarest[0]), rarest[1], allowed);
    for (let at = 0; at < set.ids.length; at++) for (const term of heldByAll) set.mark(at, bitOf(term));
    rest = rest.filter((term) => term !== rarest[0] && !heldByAll.includes(term));
  }
  // MiniSearch multiplies a paragraph's score by how many of the searched words it holds.
  for (let at = 0; at < set.ids.length; at++) set.scores[at] = (set.scores[at] as number) * Math.max(1, set.searched[at] as number);

  // Step 2: each walked posting only asks whether its paragraph is a candidate.
  let walkedTerms = 0;
  for (const term of rest) {
    if (walked + frequency(term) > budgets.walked) break;
    walk(set, postings, term, bitOf(term));
    walked += frequency(term);
    walkedTerms++;
  }
  set.unread = rest.slice(walkedTerms);
  return set;
}
