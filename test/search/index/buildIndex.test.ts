/**
 * buildIndex counts postings itself and hands MiniSearch the result (so the
 * counting can run in a worker). Whatever the route, the index must be the
 * one MiniSearch builds from the analysed fields: these tests rebuild it the
 * straightforward way (addAll over analysed text, heading and title) and
 * compare everything the query side reads.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTextModel, writeCorpus } from '../../../scripts/bench/generateCorpus.js';
import { chunkParagraphs, splitSentences, type Chunk } from '../../../src/chunks/chunkParagraphs.js';
import { loadCorpus } from '../../../src/corpus/loadCorpus.js';
import type { DocumentMeta, Reference } from '../../../src/corpus/types.js';
import { createAnalyzer, type Analyzer } from '../../../src/search/analysis/analyzer.js';
import { sharedWordNet } from '../../../src/search/analysis/wordnet.js';
import { buildIndex, surnameReferences, type SearchIndex } from '../../../src/search/index/buildIndex.js';
import { authorNoteNames } from '../../../src/search/analysis/personNames.js';
import { NO_SLICES, type TimeSlices } from '../../../src/search/index/timeSlices.js';

const SEEDS = path.resolve(import.meta.dirname, '../../../seeds');

interface Input {
  chunks: Chunk[];
  documents: DocumentMeta[];
  references: Reference[];
  analyzer: Analyzer;
}

async function inputFrom(dir: string): Promise<Input> {
  const corpus = await loadCorpus(dir, { maxFileBytes: 10 * 1024 * 1024 });
  return { chunks: chunkParagraphs(corpus.documents), documents: corpus.documents.map((d) => d.meta), references: corpus.references, analyzer: createAnalyzer(corpus.synonyms) };
}

/** The index built the plain way: MiniSearch.addAll over analysed fields, counts and vocabulary in passing. */
function plainIndex({ chunks, documents, analyzer }: Input) {
  const titles = new Map(documents.map((d) => [d.id, analyzer.terms(`${d.title}\n${d.publisher}\n${d.author}`).join(' ')]));
  const authors = new Map(documents.map((d) => [d.id, d.author]));
  const mini = new MiniSearch<{ id: string; text: string; heading: string; title: string }>({
    fields: ['text', 'heading', 'title'],
    tokenize: (text) => (text === '' ? [] : text.split(' ')),
    processTerm: (term) => term,
  });
  const documentFrequency = new Map<string, number>();
  const surfaces = new Map<string, Set<string>>();
  // A surname alone is indexed with the given name an earlier paragraph of its article printed beside it.
  const givenNames = surnameReferences(chunks, sharedWordNet());
  for (const chunk of chunks) {
    const spans = analyzer.spans(chunk.text);
    for (const span of spans) if (span.surface !== undefined) surfaces.set(span.surface, (surfaces.get(span.surface) ?? new Set()).add(span.term));
    const heading = chunk.heading === null ? [] : analyzer.terms(chunk.heading);
    // (And a note about the writer, "The author is a professor at …", with the byline's name.)
    const writer = authorNoteNames(chunk.text, chunk.heading, authors.get(chunk.document) ?? '');
    const text = [...spans.map((s) => s.term), ...analyzer.terms(givenNames(chunk).join(' ')), ...(writer === '' ? [] : analyzer.terms(writer))];
    for (const term of new Set([...text, ...heading])) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    mini.add({ id: chunk.id, text: text.join(' '), heading: heading.join(' '), title: titles.get(chunk.document) ?? '' });
  }
  const vocabulary = new SearchableMap<readonly string[]>();
  for (const [surface, terms] of surfaces) vocabulary.set(surface, [...terms]);
  for (const [alias, terms] of analyzer.aliases()) if (!vocabulary.has(alias) && terms.some((t) => documentFrequency.has(t))) vocabulary.set(alias, terms);
  return { mini, documentFrequency, vocabulary };
}

/** Questions worth asking of the autocomplete index: what users type. */
const SUGGESTION_QUERIES = ['tiktok', 'why are americans', 'rednot', 'chin'];

function expectSameAsPlain(index: SearchIndex, input: Input): void {
  const plain = plainIndex(input);
  expect(JSON.stringify(index.mini)).toBe(JSON.stringify(plain.mini));
  // Only looked up, never listed: the order of the counts is not part of their meaning.
  const sorted = (counts: ReadonlyMap<string, number>) => [...counts].sort(([a], [b]) => (a < b ? -1 : 1));
  expect(sorted(index.documentFrequency)).toEqual(sorted(plain.documentFrequency));
  // Same entries in the same order: completions are offered in the order the vocabulary's tree lists them.
  expect([...index.vocabulary]).toEqual([...plain.vocabulary]);
  expect(index.chunkCount).toBe(input.chunks.length);
  expect([...index.chunks.values()]).toEqual(input.chunks);
}

let generated: string;
let seeds: Input;
let larger: Input;

beforeAll(async () => {
  generated = await mkdtemp(path.join(os.tmpdir(), 'citebot-build-'));
  await writeCorpus(await buildTextModel(SEEDS), SEEDS, generated, 800);
  seeds = await inputFrom(SEEDS);
  larger = await inputFrom(generated);
});

afterAll(async () => {
  await rm(generated, { recursive: true, force: true });
});

describe('buildIndex', () => {
  it('GIVEN the seeds THEN the index, document frequencies and spelling vocabulary are what MiniSearch builds from the analysed fields', async () => {
    expectSameAsPlain(await buildIndex(seeds), seeds);
  });

  it('GIVEN 800 generated paragraphs with headings and source lists THEN the same holds', async () => {
    expectSameAsPlain(await buildIndex(larger), larger);
  });

  it('GIVEN a build that pauses at every opportunity THEN nothing is lost between pauses: the index equals one built straight through', async () => {
    let pauses = 0;
    const always: TimeSlices = { due: () => true, pause: async () => void pauses++ };
    const paused = await buildIndex(larger, always);
    const straight = await buildIndex(larger, NO_SLICES);
    expect(pauses).toBeGreaterThan(larger.chunks.length / 16);
    expect(JSON.stringify(paused.mini)).toBe(JSON.stringify(straight.mini));
    expect(JSON.stringify(paused.suggestions.mini)).toBe(JSON.stringify(straight.suggestions.mini));
    expect([...paused.vocabulary]).toEqual([...straight.vocabulary]);
    expect([...paused.sectionLeads]).toEqual([...straight.sectionLeads]);
    expect(paused.references).toEqual(straight.references);
  });

  it('GIVEN the generated corpus THEN section leads are the first paragraph under each heading, and references carry IDF-weighted headline terms', async () => {
    const index = await buildIndex(larger);
    const leads = larger.chunks.filter((c, i) => c.heading !== null && (larger.chunks[i - 1]?.document !== c.document || larger.chunks[i - 1]?.heading !== c.heading));
    expect([...index.sectionLeads]).toEqual(leads.map((c) => c.id));
    expect(index.references).toHaveLength(larger.references.length);
    for (const vector of index.references.slice(0, 20)) {
      expect([...vector.weights.keys()]).toEqual([...new Set(larger.analyzer.terms(vector.reference.title))]);
      expect(vector.norm).toBeCloseTo(Math.hypot(...vector.weights.values()));
      for (const term of vector.weights.keys()) expect(index.referencesByTerm.get(term)).toContain(vector);
    }
  });

  it('GIVEN the seeds THEN autocomplete offers titles, headings and the questions the articles ask, and finds them as before', async () => {
    const index = await buildIndex(seeds);
    const texts = new Set<string>(seeds.documents.map((d) => d.title).filter((t) => t.length <= 100));
    for (const chunk of seeds.chunks) {
      if (chunk.heading !== null && chunk.heading.length <= 100) texts.add(chunk.heading);
      for (const s of splitSentences(chunk.text)) if (s.endsWith('?') && s.length <= 100 && s.length >= 12) texts.add(s);
    }
    expect(index.suggestions.texts).toEqual([...texts]);
    const plain = new MiniSearch<{ id: number; text: string }>({
      fields: ['text'],
      tokenize: (text) => seeds.analyzer.terms(text),
      processTerm: (term) => term,
      searchOptions: { prefix: true, fuzzy: (term) => (term.length >= 5 ? 1 : false), combineWith: 'OR' },
    });
    plain.addAll([...texts].map((text, id) => ({ id, text })));
    for (const query of SUGGESTION_QUERIES) expect(index.suggestions.mini.search(query)).toEqual(plain.search(query));
  });
});
