import type { Chunk } from '../../chunks/chunkParagraphs.js';
import type { Reference } from '../../corpus/types.js';
import { NUMBER_TERM, type TermSpan } from '../analysis/analyzer.js';
import { inverseDocumentFrequency, type SearchIndex } from '../index/buildIndex.js';
import { findCandidates, holds, holdsTerm } from './findCandidates.js';
import { OPENING_WORDS, RANKING, type Ranking } from './rankingConstants.js';
import { resolveQuestion, type Correction, type ResolvedQuestion, type ResolvedSlot } from './resolveQuestion.js';

export { MAX_QUESTION_CHARS, stripDiscordMarkup, type Correction } from './resolveQuestion.js';

export interface SearchHit {
  chunk: Chunk;
  score: number;
  /** Share of the question's weight (IDF) that this chunk matched, 0..1. */
  coverage: number;
  /** Index terms that matched (after fuzzy or prefix expansion): what to bold. */
  matchedTerms: Set<string>;
}

export interface SearchOutcome {
  /** The question's terms after analysis (stemmed, synonyms applied). */
  queryTerms: string[];
  /** Words of the question the index does not contain, even approximately. */
  unknownTerms: string[];
  /** Words read as a near spelling or a completion from the corpus ("refugess" → "refugees"). */
  corrections: Correction[];
  /** References whose outlet the question names ("what did Reuters write?"). */
  namedReferences: Reference[];
  /** Hits above the relevance floor, best first. */
  hits: SearchHit[];
  /**
   * No hit cleared the floor, but these closest ones share a rare, specific
   * word with the question: worth showing, labelled as not a sure answer.
   */
  lowConfidence: SearchHit[];
  /** Best hits below the floor, for "did you mean" suggestions. */
  nearMisses: SearchHit[];
  /** IDF weight of the whole question: coverage × this is what a hit matched. */
  questionWeight: number;
  /** The question asks where something was reported (see ResolvedQuestion). */
  asksSource: boolean;
}

export interface SearchOptions {
  /**
   * Treat an unknown last word as a prefix (the user may still be typing it).
   * Default: when the question does not end in punctuation or a space.
   */
  prefixLastTerm?: boolean;
  maxHits?: number;
  /**
   * The query plan's budgets (see SCORED_POSTINGS and WALKED_POSTINGS), for
   * trying a large index's plan on a small one; Infinity searches every word.
   */
  scoredPostings?: number;
  walkedPostings?: number;
  /** The ranking's constants, for the tuning script; RANKING by default. */
  ranking?: Ranking;
}

/** Candidates read in full per query: enough for paging, few enough to stay fast on large corpora. */
const MAX_CANDIDATES = 60;
/**
 * Query plan. Scoring every posting of every word is what a plain OR query
 * costs: at 100,000 paragraphs "users" alone has 50,000 postings, and
 * MiniSearch's search took 70 ms for it. So (findCandidates.ts):
 * 1. the rarest words (by document frequency) are scored while their
 *    postings fit this budget: they carry most of the question's weight
 *    (IDF), and the paragraphs holding them are the candidates;
 * 2. the next words are walked, not scored, within WALKED_POSTINGS: every
 *    candidate learns whether it holds them, so coverage ranks them all;
 * 3. the commonest words are read in the best MAX_CANDIDATES candidates.
 * A question of common words only ("what is RedNote") takes its candidates
 * from the paragraphs holding the rarest of them together. On the five seed
 * articles no question comes near the budgets, and every word is scored.
 */
export const SCORED_POSTINGS = 6_000;
/** Walking a posting (is this paragraph a candidate?) costs a fraction of scoring one. */
export const WALKED_POSTINGS = 60_000;

export function searchChunks(index: SearchIndex, question: string, options: SearchOptions = {}): SearchOutcome {
  const ranking = options.ranking ?? RANKING;
  const resolveOptions = (correctDictionaryWords: boolean) =>
    options.prefixLastTerm === undefined ? { correctDictionaryWords } : { correctDictionaryWords, prefixLastTerm: options.prefixLastTerm };
  const resolved = resolveQuestion(index, question, ranking, resolveOptions(false));
  const first = searchResolved(index, resolved, options, ranking);
  // A question that finds nothing may hold a misspelling that is itself a word ("form" for "from"): try once more reading those too.
  if (first.hits.length > 0 || resolved.uncorrectedWords === 0) return first;
  const second = searchResolved(index, resolveQuestion(index, question, ranking, resolveOptions(true)), options, ranking);
  return second.hits.length > 0 || (first.lowConfidence.length === 0 && second.lowConfidence.length > 0) ? second : first;
}

/** A quantity in words, which answers "how many" as digits do: "three students", "about thirty", "forty-one", "twice as likely". */
const SPELLED_QUANTITY =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|twice|half)\b/i;

function searchResolved(index: SearchIndex, resolved: ResolvedQuestion, options: SearchOptions, ranking: Ranking): SearchOutcome {
  const { chunkCount } = index;
  const { queryTerms, unknownTerms, corrections, namedReferences, asksSource } = resolved;
  const empty: SearchOutcome = { queryTerms, unknownTerms, corrections, namedReferences, hits: [], lowConfidence: [], nearMisses: [], questionWeight: 0, asksSource };
  if (!resolved.hasContent && namedReferences.length === 0) return empty;
  const slots: ResolvedSlot[] = resolved.slots;
  const matchable = slots.filter((r) => r.terms.size > 0);
  const budgets = { scored: options.scoredPostings ?? SCORED_POSTINGS, walked: options.walkedPostings ?? WALKED_POSTINGS };
  const found = findCandidates(index, matchable.flatMap((slot) => [...slot.terms]), budgets);
  const bits = new Map(found.terms.map((term, bit) => [term, bit]));

  const totalWeight = slots.reduce((sum, r) => sum + r.weight, 0);
  // A paragraph giving some date or number does not answer "when did X happen" unless it is about X: the floor counts the words only.
  const floorWeight = slots.reduce((sum, r) => sum + (r.answerType === true ? 0 : r.weight), 0);
  const rareWeight = inverseDocumentFrequency(chunkCount, 1);
  // What each word earns its slot, worked out once: thousands of candidates are measured. A word earns its weight
  // (what the user meant) times the credit of the way it matched: exact 1, a synonym, a derived form or a gloss less.
  // For the floor, a concept reached through a synonym or a derived form is addressed as fully as one written out:
  // credits of fullMatchCredit or more count whole there, though they rank below the user's own words.
  // Each slot's ways to match, best credit first: what a slot earns, addresses and whether it matched closely all grow
  // with the credit, so the first way a paragraph holds is the slot's best, and the rest need not be looked at.
  const credits = matchable.map((slot) =>
    [...slot.terms]
      .map(([term, credit]) => ({
        term,
        bit: bits.get(term) ?? -1,
        earned: credit * slot.weight,
        addressed: slot.answerType === true ? 0 : slot.weight * Math.min(1, credit / ranking.fullMatchCredit),
        close: slot.answerType !== true && credit >= ranking.closeMatchCredit,
      }))
      .sort((a, b) => b.earned - a.earned),
  );
  const isWord = matchable.map((slot) => slot.answerType !== true);
  // share: 1 for a term the paragraph holds, carriedNameCredit for a name it refers back to, 0 otherwise.
  const measure = (share: (term: string) => number) => {
    let weight = 0;
    let wordWeight = 0;
    let addressedWeight = 0;
    let closeSlots = 0;
    for (let s = 0; s < credits.length; s++) {
      for (const entry of credits[s] as (typeof credits)[number]) {
        const part = share(entry.term);
        if (part === 0) continue;
        weight += entry.earned * part;
        if (isWord[s] === true) wordWeight += entry.earned * part;
        addressedWeight += entry.addressed * part;
        if (entry.close && part === 1) closeSlots++;
        break;
      }
    }
    return {
      weight,
      /** What the question's own words earned (the answer-type mark left out): the relaxed floor's measure. */
      wordWeight,
      slots: closeSlots,
      coverage: totalWeight === 0 ? 0 : weight / totalWeight,
      addressed: floorWeight === 0 ? 0 : addressedWeight / floorWeight,
    };
  };
  const count = found.ids.length;
  let topScore = 1e-9;
  for (const score of found.scores) if (score > topScore) topScore = score;
  // Coverage decides; BM25 (term frequency, field, length) orders hits of comparable coverage.
  const rank = (coverage: number, score: number) => coverage + ranking.bm25Share * (score / topScore);

  // Every candidate is measured on the words known so far, and the best of them read for the rest. A candidate holds a
  // few of the question's terms: its mask's set bits are walked, each earning its slots their best credit, rather than
  // every slot's every term looked up (thousands of candidates on a large corpus).
  const earnedByBit: { slot: number; earned: number }[][] = found.terms.map(() => []);
  credits.forEach((entries, slot) => {
    for (const entry of entries) if (entry.bit >= 0) earnedByBit[entry.bit]?.push({ slot, earned: entry.earned });
  });
  const best = new Float64Array(credits.length);
  const ranks = new Float64Array(count);
  const { masks, words, scores } = found;
  for (let c = 0; c < count; c++) {
    best.fill(0);
    for (let w = 0; w < words; w++) {
      let mask = masks[c * words + w] as number;
      while (mask !== 0) {
        const low = mask & -mask;
        const bit = w * 32 + (31 - Math.clz32(low));
        mask ^= low;
        const earners = earnedByBit[bit];
        if (earners === undefined) continue;
        for (let e = 0; e < earners.length; e++) {
          const { slot, earned } = earners[e] as { slot: number; earned: number };
          if (earned > (best[slot] as number)) best[slot] = earned;
        }
      }
    }
    let weight = 0;
    for (let s = 0; s < best.length; s++) weight += best[s] as number;
    ranks[c] = rank(totalWeight === 0 ? 0 : weight / totalWeight, scores[c] as number);
  }
  // Best BM25 first, ties in the order met; past MAX_CANDIDATES, the best ranked of them (the rank first, the score as
  // the tie-break), picked in one pass: sorting thousands of candidates to keep sixty cost more than the search.
  const byScore = (a: number, b: number) => (found.scores[b] as number) - (found.scores[a] as number) || a - b;
  const order = count > MAX_CANDIDATES ? bestOf(count, MAX_CANDIDATES, (a, b) => (ranks[b] as number) - (ranks[a] as number) || byScore(a, b)) : Array.from({ length: count }, (_, i) => i).sort(byScore);

  // A name found in so few paragraphs is specific: sharing it makes the closest paragraphs worth a labelled look.
  const rareLimit = Math.max(1, Math.floor(ranking.lowConfidenceMaxShare * chunkCount));
  // The question's names (RedNote, Lemon8) as written: a paragraph that opens on one is about it; one naming it in passing less so.
  const nameSlots = matchable.filter((slot) => slot.name === true);
  const nameTerms = new Set(nameSlots.flatMap((slot) => [...slot.terms].filter(([, credit]) => credit === 1).map(([term]) => term)));
  const specific = new Set([...nameTerms].filter((term) => (index.documentFrequency.get(term) ?? Infinity) <= rareLimit));
  // As the question spells them, squeezed ("Red-Note", "red note" → "rednote"): a string search, not a second analysis.
  const nameForms = [...new Set(nameSlots.map((slot) => squeeze(slot.written.replace(/['’]s$/u, ''))))].filter((form) => form.length >= 3);
  // A paragraph opening on the thing by another of its names ("RedNote stores…" for "where does Xiaohongshu store…") is
  // about it too, if less surely the member's subject than one naming it as they do.
  const otherForms = [...nameTerms].flatMap((term) => formsOf(index, term)).filter((form) => form.length >= 3);
  const needsNumber = matchable.some((slot) => slot.answerType === true && slot.written === NUMBER_TERM);
  const hits: SearchHit[] = [];
  const nearMisses: SearchHit[] = [];
  const unsure: SearchHit[] = [];
  for (const c of order) {
    const chunk = index.chunks.get(index.postings.ids[found.ids[c] as number] as string);
    if (!chunk) continue;
    const score = found.scores[c] as number;
    const matched = new Set(found.terms.filter((_, bit) => holds(found, c, bit)));
    let headingMatch = found.headings[c] === 1;
    // The commonest words are looked up in the candidate's postings (ascending ids: a binary search per field), which
    // costs far less than analysing the paragraph again.
    for (const term of found.unread) if (holdsTerm(index.postings, term, found.ids[c] as number)) matched.add(term);
    // Words found by walking say nothing of where they stand: the heading is read for them.
    if (!headingMatch && chunk.heading !== null && index.sectionLeads.has(chunk.id) && matched.size > (found.searched[c] as number)) {
      const inHeading = headingTermsOf(index, chunk.heading);
      headingMatch = [...matched].some((term) => inHeading.has(term));
    }
    const carried = carriedNames(index, found.ids[c] as number, chunk, matched, nameTerms);
    const { wordWeight, slots: matchedSlots, coverage, addressed } = measure((term) => (matched.has(term) ? 1 : carried.has(term) ? ranking.carriedNameCredit : 0));
    const lead = (headingMatch && index.sectionLeads.has(chunk.id) ? ranking.sectionLeadBonus : 0) + (resolved.namedDocuments.has(chunk.document) ? ranking.namedDocumentBonus : 0);
    const hit: SearchHit = { chunk, score: rank(coverage, score) + lead, coverage, matchedTerms: matched };
    const relaxed = !resolved.procedural && addressed >= ranking.minCoverageWithRareMatch && matchedSlots >= 2 && wordWeight >= ranking.rareMatchShare * rareWeight;
    const clears = addressed >= (resolved.procedural ? ranking.procedureMinCoverage : ranking.minCoverage) || relaxed;
    // "How many …?" is answered by a paragraph giving a number: one about the subject that gives none is only the
    // labelled middle ground ("I'm not sure these answer it exactly").
    const numberMissing = needsNumber && !matched.has(NUMBER_TERM) && !SPELLED_QUANTITY.test(chunk.text);
    if (clears && !numberMissing) {
      // Only hits are ordered by score: near misses are not read for their opening.
      if (nameForms.length > 0 && holdsAny(matched, nameTerms)) {
        if (opensOn(chunk.text, nameForms)) hit.score += ranking.openingNameBonus;
        else if (opensOn(chunk.text, otherForms)) hit.score += ranking.openingNameBonus * ranking.openingAliasShare;
        // A name as the question writes it ("xiaohongshu", "xhs"), not only one its aliases stand for: the paragraph speaks
        // of the thing as the member does.
        const text = squeezedText(chunk);
        for (const form of nameForms) if (text.includes(form)) hit.score += ranking.writtenNameBonus;
        // A question about the name itself is answered where the text gives the thing two of its names.
        if (resolved.asksName && [...nameTerms].some((term) => matched.has(term) && formsIn(index, term, text) >= 2)) hit.score += ranking.namingBonus;
      }
      hits.push(hit);
    } else {
      nearMisses.push(hit);
      if (clears || (addressed >= ranking.lowConfidenceCoverage && [...matched].some((term) => specific.has(term)))) unsure.push(hit);
    }
  }
  hits.sort((a, b) => b.score - a.score);
  // The question's words standing together (closeness) order hits of like coverage: a proximity signal, as search
  // engines add to BM25, read on the best few hits only, whose paragraphs the excerpts analyse anyway.
  if (ranking.proximityBonus > 0 && hits.length > 1) {
    const slotsOfTerm = new Map<string, number[]>();
    credits.forEach((entries, slot) => {
      if (isWord[slot] !== true) return;
      for (const { term } of entries) {
        const slots = slotsOfTerm.get(term);
        if (slots) slots.push(slot);
        else slotsOfTerm.set(term, [slot]);
      }
    });
    for (const hit of hits.slice(0, PROXIMITY_HITS)) hit.score += ranking.proximityBonus * closeness(analyseChunk(index, hit.chunk).spans, slotsOfTerm);
    hits.sort((a, b) => b.score - a.score);
  }
  nearMisses.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
  unsure.sort((a, b) => b.score - a.score);
  const maxHits = options.maxHits ?? MAX_CANDIDATES;
  return {
    queryTerms,
    unknownTerms,
    corrections,
    namedReferences,
    hits: hits.slice(0, maxHits),
    lowConfidence: hits.length === 0 ? unsure.slice(0, ranking.lowConfidenceHits) : [],
    nearMisses: nearMisses.slice(0, 10),
    questionWeight: totalWeight,
    asksSource,
  };
}

/** A paragraph speaking of someone as he or she, his or her: it may be about the person the paragraph before names. */
const REFERS_BACK = /\b(?:he|she|his|her|him|hers|himself|herself)\b/i;
/** Paragraphs looked back through for the name a pronoun stands for. */
const CARRIED_NAME_REACH = 2;

/**
 * The question's names that a paragraph refers back to without naming: "About 40% of her 310,000 TikTok followers are
 * American" follows "lifestyle creator Inès Yao films her morning skincare routine", and answers "how many followers does
 * Inès Yao have". A name counts when the paragraph says he, she, his or her and one of the two paragraphs before it in
 * the same article names it. (Coreference, read as news writing uses it: the name once, then the pronoun.)
 */
function carriedNames(index: SearchIndex, shortId: number, chunk: Chunk, matched: ReadonlySet<string>, nameTerms: ReadonlySet<string>): ReadonlySet<string> {
  const missing = [...nameTerms].filter((term) => !matched.has(term));
  if (missing.length === 0 || !REFERS_BACK.test(chunk.text)) return EMPTY_SET;
  const carried = new Set<string>();
  for (let back = 1; back <= CARRIED_NAME_REACH && shortId - back >= 0; back++) {
    const before = index.chunks.get(index.postings.ids[shortId - back] as string);
    if (!before || before.document !== chunk.document) break;
    for (const term of missing) if (holdsTerm(index.postings, term, shortId - back)) carried.add(term);
  }
  return carried;
}
const EMPTY_SET: ReadonlySet<string> = new Set();

/** The best hits re-read for how close together the question's words stand: the rest are too far down to move up. */
const PROXIMITY_HITS = 12;

/**
 * How close together a paragraph holds the question's words: over the shortest run of its words holding a word of
 * every slot it matches (two or more), the square root of the slots less one over the run's length less one; 1 when
 * they stand side by side, 0 when fewer than two match. "Who owns RedNote": "RedNote is owned by …" answers it,
 * "Lemon8, owned by ByteDance … RedNote" only mentions both. (The square root, tried on the tune split against the
 * plain ratio: R@1 0.756 against 0.754, R@3 0.874 against 0.872.)
 */
export function closeness(spans: readonly TermSpan[], slotsOfTerm: ReadonlyMap<string, readonly number[]>): number {
  const positions: { at: number; slot: number }[] = [];
  let words = -1;
  let lastStart = -1;
  for (const span of spans) {
    if (span.start !== lastStart) {
      words++;
      lastStart = span.start;
    }
    for (const slot of slotsOfTerm.get(span.term) ?? []) positions.push({ at: words, slot });
  }
  const slots = new Set(positions.map((p) => p.slot));
  if (slots.size < 2) return 0;
  const counts = new Map<number, number>();
  let covered = 0;
  let best = Infinity;
  let left = 0;
  for (let right = 0; right < positions.length; right++) {
    const r = positions[right] as { at: number; slot: number };
    counts.set(r.slot, (counts.get(r.slot) ?? 0) + 1);
    if (counts.get(r.slot) === 1) covered++;
    while (covered === slots.size) {
      const l = positions[left] as { at: number; slot: number };
      best = Math.min(best, r.at - l.at + 1);
      const n = (counts.get(l.slot) ?? 0) - 1;
      counts.set(l.slot, n);
      if (n === 0) covered--;
      left++;
    }
  }
  return best === Infinity ? 0 : Math.sqrt(Math.min(1, (slots.size - 1) / Math.max(1, best - 1)));
}

/** A paragraph as the analyser reads it: what duplicates, excerpts, citations and candidate checks all need. */
export interface ChunkAnalysis {
  spans: TermSpan[];
  terms: ReadonlySet<string>;
  headingTerms: ReadonlySet<string>;
}

/** Paragraphs kept analysed per index: a question checks up to MAX_CANDIDATES, and popular paragraphs come back. */
const ANALYSED_CHUNKS = 2_000;
let analysedChunkLimit = ANALYSED_CHUNKS;
const analysisCache = new WeakMap<SearchIndex, Map<string, ChunkAnalysis>>();

/**
 * Runs `work` keeping up to `limit` paragraphs analysed per index instead of ANALYSED_CHUNKS. A bot in service keeps
 * the default, its memory bounded whatever the corpus; a batch evaluation asking tens of thousands of questions of one
 * large index (the dirty articles' tune half: 30,544 questions over 33,000-odd paragraphs) keeps more, and answers each
 * about a quarter faster, with the same answers.
 */
export function withAnalysedChunkLimit<T>(limit: number, work: () => T): T {
  const before = analysedChunkLimit;
  analysedChunkLimit = limit;
  try {
    return work();
  } finally {
    analysedChunkLimit = before;
  }
}

/** Analyses a paragraph once per index, keeping the most recently used ones (analysis costs about 50 µs a paragraph). */
export function analyseChunk(index: SearchIndex, chunk: Chunk): ChunkAnalysis {
  let cache = analysisCache.get(index);
  if (!cache) analysisCache.set(index, (cache = new Map<string, ChunkAnalysis>()));
  let found = cache.get(chunk.id);
  if (found) {
    // Map keeps insertion order: moving a paragraph to the end makes the first key the least recently used.
    cache.delete(chunk.id);
  } else {
    const spans = index.analyzer.spans(chunk.text);
    found = { spans, terms: new Set(spans.map((s) => s.term)), headingTerms: chunk.heading === null ? new Set<string>() : headingTermsOf(index, chunk.heading) };
    if (cache.size >= analysedChunkLimit) cache.delete(cache.keys().next().value as string);
  }
  cache.set(chunk.id, found);
  return found;
}

const headingCache = new WeakMap<SearchIndex, Map<string, ReadonlySet<string>>>();

/** Terms remembered per index and key: they never change while that index is in service. */
function remembered(store: WeakMap<SearchIndex, Map<string, ReadonlySet<string>>>, index: SearchIndex, key: string, analyse: () => string[]): ReadonlySet<string> {
  let cache = store.get(index);
  if (!cache) store.set(index, (cache = new Map<string, ReadonlySet<string>>()));
  let terms = cache.get(key);
  if (!terms) cache.set(key, (terms = new Set(analyse())));
  return terms;
}

/** A heading's terms, analysed once per index: a heading is shared by every paragraph of its section. */
function headingTermsOf(index: SearchIndex, heading: string): ReadonlySet<string> {
  return remembered(headingCache, index, heading, () => index.analyzer.terms(heading));
}


const aliasForms = new WeakMap<SearchIndex, Map<string, string[]>>();

/** A paragraph's text squeezed, remembered: the best candidates of one question are often the next question's too. */
const squeezed = new WeakMap<Chunk, string>();
function squeezedText(chunk: Chunk): string {
  let text = squeezed.get(chunk);
  if (text === undefined) {
    text = squeeze(chunk.text);
    squeezed.set(chunk, text);
  }
  return text;
}

/**
 * The first `keep` of 0…count-1 in `compare`'s order, in that order: each item is tested against the worst kept so far
 * and, when better, put in its place by binary search. The same as sorting all of them and keeping the first, with a
 * pass over the rest instead of their sort.
 */
export function bestOf(count: number, keep: number, compare: (a: number, b: number) => number): number[] {
  const kept: number[] = [];
  for (let i = 0; i < count; i++) {
    if (kept.length === keep && compare(i, kept[keep - 1] as number) >= 0) continue;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(kept[middle] as number, i) <= 0) low = middle + 1;
      else high = middle;
    }
    kept.splice(low, 0, i);
    if (kept.length > keep) kept.pop();
  }
  return kept;
}

/** A term's names as the synonym file spells them, squeezed ("rednote", "xiaohongshu", "xhs", "小红书"), once per index. */
function formsOf(index: SearchIndex, term: string): readonly string[] {
  let forms = aliasForms.get(index);
  if (!forms) {
    forms = new Map();
    for (const [alias, terms] of index.analyzer.aliases()) {
      if (terms.length !== 1) continue;
      const key = terms[0] as string;
      forms.set(key, [...(forms.get(key) ?? []), squeeze(alias)]);
    }
    aliasForms.set(index, forms);
  }
  return forms.get(term) ?? [];
}

/** How many different names of the term a (squeezed) text gives: "RedNotes" is one name, not "rednote" and "rednotes". */
function formsIn(index: SearchIndex, term: string, text: string): number {
  const found = formsOf(index, term).filter((form) => form.length >= 2 && text.includes(form));
  return found.filter((form) => !found.some((other) => other !== form && other.includes(form))).length;
}

/** Whether the paragraph's opening words name one of these (squeezed) names. */
function opensOn(text: string, names: readonly string[]): boolean {
  const opening = squeeze(openingWords(text));
  return names.some((name) => opening.includes(name));
}

/** A paragraph's opening words: a paragraph about something names it there (a news lead's subject). */
function openingWords(text: string): string {
  let end = 0;
  for (let words = 0; words < OPENING_WORDS && end < text.length; words++) {
    const next = text.indexOf(' ', end + 1);
    end = next < 0 ? text.length : next;
  }
  return text.slice(0, end);
}

function holdsAny(set: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean {
  for (const item of wanted) if (set.has(item)) return true;
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Letters and digits only, in lower case: "Red-Note's" and "RedNote" meet.
 * A loop with an ASCII fast path: a Unicode regular expression over every
 * candidate's opening cost as much as the rest of a seed question's search.
 */
function squeeze(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) out += text[i];
    else if (code >= 65 && code <= 90) out += String.fromCharCode(code + 32);
    else if (code > 127 && LETTER_OR_DIGIT.test(text[i] as string)) out += (text[i] as string).toLowerCase();
  }
  return out;
}
