/**
 * The query plan scores the packed postings itself. Its scores must be the
 * ones MiniSearch's search gives the same OR query, or ranking would shift;
 * and what it marks by walking must be what the paragraphs really hold.
 */
import path from 'node:path';
import fc from 'fast-check';
import type { Query } from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunkParagraphs } from '../../../src/chunks/chunkParagraphs.js';
import { loadCorpus } from '../../../src/corpus/loadCorpus.js';
import { createAnalyzer } from '../../../src/search/analysis/analyzer.js';
import { buildIndex, FIELD_BOOSTS, type SearchIndex } from '../../../src/search/index/buildIndex.js';
import { findCandidates, holds, holdsTerm } from '../../../src/search/query/findCandidates.js';

const SEEDS = path.resolve(import.meta.dirname, '../../../seeds');
const EVERYTHING = { scored: Infinity, walked: Infinity };
let index: SearchIndex;
let vocabulary: string[];

beforeAll(async () => {
  const corpus = await loadCorpus(SEEDS, { maxFileBytes: 10 * 1024 * 1024 });
  index = await buildIndex({ chunks: chunkParagraphs(corpus.documents), documents: corpus.documents.map((d) => d.meta), references: corpus.references, analyzer: createAnalyzer(corpus.synonyms) });
  vocabulary = [...index.documentFrequency.keys()].sort();
});

/** MiniSearch's own answer to the same OR query: each word a leaf boosted by its credit. */
function miniSearch(entries: readonly [string, number][]) {
  const queries: Query[] = entries.map(([term, credit]) => ({ queries: [term], boostTerm: () => credit }));
  return index.mini.search({ combineWith: 'OR', queries }, { boost: { ...FIELD_BOOSTS }, tokenize: (s) => [s], processTerm: (t) => t });
}

const entriesArbitrary = () =>
  fc.array(
    fc.tuple(
      fc.integer({ min: 0, max: vocabulary.length - 1 }).map((i) => vocabulary[i] as string),
      fc.constantFrom(1, 0.85, 0.7, 0.5),
    ),
    { minLength: 1, maxLength: 12 },
  );

describe('findCandidates', () => {
  it('GIVEN any words with any credits and room to score them all THEN paragraphs, scores and heading matches are MiniSearch\'s for the same OR query', () => {
    fc.assert(
      fc.property(entriesArbitrary(), (entries) => {
        const found = findCandidates(index, entries, EVERYTHING);
        const expected = miniSearch(entries);
        const ours = found.ids.map((shortId, at) => ({ id: index.postings.ids[shortId], at }));
        expect(ours.map((o) => o.id).sort()).toEqual(expected.map((r) => String(r.id)).sort());
        for (const result of expected) {
          const at = ours.find((o) => o.id === result.id)?.at as number;
          expect(found.scores[at]).toBeCloseTo(result.score, 9);
          expect(found.searched[at]).toBe(result.queryTerms.length);
          expect(found.headings[at] === 1).toBe(Object.values(result.match).some((fields) => fields.includes('heading')));
          for (const term of new Set(entries.map(([t]) => t))) expect(holds(found, at, found.terms.indexOf(term))).toBe(result.terms.includes(term));
        }
        expect(found.unread).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('GIVEN tight budgets THEN every candidate knows exactly which of the words read it holds, and words go unread only for want of walking budget', () => {
    const holders = new Map<string, Set<string>>();
    const holdersOf = (term: string) => {
      let ids = holders.get(term);
      if (!ids) holders.set(term, (ids = new Set(miniSearch([[term, 1]]).map((r) => String(r.id)))));
      return ids;
    };
    fc.assert(
      fc.property(entriesArbitrary(), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 120 }), (entries, scored, walked) => {
        const found = findCandidates(index, entries, { scored, walked });
        const unread = new Set(found.unread);
        for (let at = 0; at < found.ids.length; at++) {
          const chunkId = index.postings.ids[found.ids[at] as number] as string;
          found.terms.forEach((term, bit) => {
            if (!unread.has(term)) expect(holds(found, at, bit)).toBe(holdersOf(term).has(chunkId));
          });
        }
        // Words are left unread only for want of walking budget.
        expect(findCandidates(index, entries, { scored, walked: Infinity }).unread).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('GIVEN any word and any paragraph THEN the postings say it holds the word exactly when MiniSearch finds the paragraph for it', () => {
    const holders = new Map<string, Set<string>>();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: vocabulary.length - 1 }), fc.integer({ min: 0, max: index.postings.documentCount - 1 }), (t, shortId) => {
        const term = vocabulary[t] as string;
        let ids = holders.get(term);
        if (!ids) holders.set(term, (ids = new Set(miniSearch([[term, 1]]).map((r) => String(r.id)))));
        expect(holdsTerm(index.postings, term, shortId)).toBe(ids.has(index.postings.ids[shortId] as string));
      }),
      { numRuns: 2000 },
    );
    expect(holdsTerm(index.postings, 'no-such-term', 0)).toBe(false);
  });

  it('GIVEN no words THEN there are no candidates', () => {
    expect(findCandidates(index, [], EVERYTHING).ids).toEqual([]);
  });
});
