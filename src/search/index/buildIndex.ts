import type MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Chunk } from '../../chunks/chunkParagraphs.js';
import type { DocumentMeta, Reference } from '../../corpus/types.js';
import { NUMBER_TERM, type Analyzer, type TermSpan } from '../analysis/analyzer.js';
import { authorNoteNames, givenNamesBySurname } from '../analysis/personNames.js';
import { buildRelatedTerms, type RelatedTerms } from '../analysis/relatedTerms.js';
import { sharedWordNet } from '../analysis/wordnet.js';
import type { Relation } from '../query/rankingConstants.js';
import { packSuggestions, unpackSuggestions, type PackedSuggestions, type SuggestionIndex } from './buildSuggestions.js';
import { IndexPacker, unpackIndex, type IndexPostings, type PackedIndex } from './packedIndex.js';
import { timeSlices, type TimeSlices } from './timeSlices.js';

/** What MiniSearch sees: fields already analysed, as space-separated terms. */
interface IndexedFields {
  id: string;
  text: string;
  heading: string;
  title: string;
}

export interface ReferenceVector {
  reference: Reference;
  /** Outlet name as analysed terms, to spot "what did the Guardian write?". */
  outletTerms: string[];
  /** Title terms with their IDF weights, for relating chunks to references. */
  weights: Map<string, number>;
  norm: number;
}

export interface SearchIndex {
  mini: MiniSearch<IndexedFields>;
  /** The same postings by short id, for the query plan to walk and score without a result object per paragraph. */
  postings: IndexPostings<string>;
  analyzer: Analyzer;
  chunks: ReadonlyMap<string, Chunk>;
  documents: ReadonlyMap<string, DocumentMeta>;
  references: readonly ReferenceVector[];
  /** The references whose headline holds each term: citations only visit these. */
  referencesByTerm: ReadonlyMap<string, readonly ReferenceVector[]>;
  /** Chunks containing each term (text or heading): IDF for coverage and citations. */
  documentFrequency: ReadonlyMap<string, number>;
  /**
   * Words as written (folded, unstemmed) and the index terms they stand for,
   * synonym sources included: where typos are corrected and last words completed.
   */
  vocabulary: SearchableMap<readonly string[]>;
  /** What WordNet relates to the corpus's words: a question word (stemmed) → corpus terms it may stand for. */
  related: RelatedTerms;
  /** Chunks that open a headed section: where a question matching the heading is most likely answered. */
  sectionLeads: ReadonlySet<string>;
  chunkCount: number;
  suggestions: SuggestionIndex;
}

/** A heading names what its paragraphs are about; the article title only says what the whole piece covers. */
export const FIELD_BOOSTS = { text: 1, heading: 1.5, title: 0.35 } as const;

export const FIELDS = ['text', 'heading', 'title'] as const;
export const TEXT_FIELD = FIELDS.indexOf('text');
export const HEADING_FIELD = FIELDS.indexOf('heading');
export const TITLE_FIELD = FIELDS.indexOf('title');
const NO_TERMS: readonly number[] = [];

function indexOptions(): Options<IndexedFields> {
  return {
    fields: [...FIELDS],
    idField: 'id',
    // Fields arrive analysed; splitting on spaces is all that is left to do.
    tokenize: (text) => (text === '' ? [] : text.split(' ')),
    processTerm: (term) => term,
  };
}

export interface BuildInput {
  chunks: readonly Chunk[];
  documents: readonly DocumentMeta[];
  references: readonly Reference[];
  analyzer: Analyzer;
}

/**
 * Everything the index is made of, as plain data: the CPU-heavy half of a
 * build (analysis, postings, counts), which can run in a worker thread and
 * cross to the main thread with postMessage.
 */
export interface IndexParts {
  chunks: Chunk[];
  documents: DocumentMeta[];
  references: Reference[];
  /** Each reference's headline terms and outlet name as analysed (the leading "the" of an outlet dropped). */
  referenceTerms: { title: string[]; outlet: string[] }[];
  index: PackedIndex<string>;
  /** Chunks holding each of `index.terms` in their text or heading (0 for words only titles use). */
  documentFrequency: Uint32Array;
  /** The spelling vocabulary's entries, in the order they are inserted (completions are listed in tree order). */
  vocabulary: [string, string[]][];
  /** WordNet's relations resolved for the vocabulary: question key, then corpus terms with their relation. */
  related: [string, [string, Relation][]][];
  sectionLeads: string[];
  suggestions: PackedSuggestions;
}

/** Per paragraph, the given names of people it calls by surname alone after naming them in full earlier in its article. */
export function surnameReferences(chunks: readonly Chunk[], wordnet: ReturnType<typeof sharedWordNet>): (chunk: Chunk) => readonly string[] {
  // Given names are nouns: a word WordNet knows as a verb, an adjective or an adverb opens a title or a phrase instead.
  const modifiers = new Map<string, boolean>();
  const isModifier = (word: string) => {
    let known = modifiers.get(word);
    if (known === undefined) modifiers.set(word, (known = wordnet?.lemmas(word).some((l) => l.pos !== 'n') === true));
    return known;
  };
  const byDocument = new Map<string, Chunk[]>();
  for (const chunk of chunks) {
    const list = byDocument.get(chunk.document);
    if (list) list.push(chunk);
    else byDocument.set(chunk.document, [chunk]);
  }
  // Read an article at a time, when the build first meets it: the build's pauses then cover this work too.
  const found = new Map<string, string[]>();
  const read = new Set<string>();
  return (chunk) => {
    if (!read.has(chunk.document)) {
      read.add(chunk.document);
      const list = byDocument.get(chunk.document) ?? [];
      givenNamesBySurname(list.map((c) => c.text), isModifier).forEach((names, i) => {
        if (names.length > 0) found.set((list[i] as Chunk).id, names);
      });
    }
    return found.get(chunk.id) ?? NO_NAMES;
  };
}
const NO_NAMES: readonly string[] = [];

/** Builds the whole index here, in slices of the event loop: for small corpora, tests and tools. */
export async function buildIndex(input: BuildInput, slices: TimeSlices = timeSlices()): Promise<SearchIndex> {
  return assembleIndex(await analyseChunks(input, slices), input.analyzer, slices);
}

/** Analysis and counting: the part of a build worth moving off the main thread. */
export async function analyseChunks(input: BuildInput, slices: TimeSlices): Promise<IndexParts> {
  const { analyzer } = input;
  const packer = new IndexPacker<string>(FIELDS);
  // An article's title and a heading are analysed and resolved to term ids once, when the first paragraph under them meets them.
  const titleIds = new Map<string, number[]>();
  const headingIds = new Map<string, number[]>();
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  /** Each written word and the terms it became, one term for most words. */
  const surfaces = new Map<string, string | string[]>();
  const sectionLeads: string[] = [];
  let previous: Chunk | undefined;
  const givenNames = surnameReferences(input.chunks, sharedWordNet());

  for (let i = 0; i < input.chunks.length; i++) {
    if (i % 16 === 0 && slices.due()) await slices.pause();
    const chunk = input.chunks[i] as Chunk;
    if (chunk.heading !== null && (previous?.document !== chunk.document || previous.heading !== chunk.heading)) sectionLeads.push(chunk.id);
    previous = chunk;
    const spans = analyzer.spans(chunk.text);
    const text = new Array<string>(spans.length);
    for (let k = 0; k < spans.length; k++) {
      const { term, surface } = spans[k] as TermSpan;
      text[k] = term;
      if (surface === undefined) continue;
      const known = surfaces.get(surface);
      if (known === undefined) surfaces.set(surface, term);
      else if (typeof known === 'string') {
        if (known !== term) surfaces.set(surface, [known, term]);
      } else if (!known.includes(term)) known.push(term);
    }
    const given = givenNames(chunk);
    if (given.length > 0) text.push(...analyzer.terms(given.join(' ')));
    const writer = authorNoteNames(chunk.text, chunk.heading, documents.get(chunk.document)?.author ?? '');
    if (writer !== '') text.push(...analyzer.terms(writer));
    const textIds = packer.termIds(text);
    let heading = chunk.heading === null ? NO_TERMS : headingIds.get(chunk.heading);
    if (heading === undefined) headingIds.set(chunk.heading as string, (heading = packer.termIds(analyzer.terms(chunk.heading as string))));
    let title = titleIds.get(chunk.document);
    if (title === undefined) {
      const d = documents.get(chunk.document);
      // Who published and wrote a piece is part of what it is about ("the China Daily piece").
      title = packer.termIds(d ? analyzer.terms(`${d.title}\n${d.publisher}\n${d.author}`) : []);
      titleIds.set(chunk.document, title);
    }
    packer.addTermIds(chunk.id, [textIds, heading, title]);
  }

  const documentFrequency = packer.documentCounts([TEXT_FIELD, HEADING_FIELD]);
  const index = packer.pack();
  const indexed = new Set(index.terms.filter((_, t) => (documentFrequency[t] ?? 0) > 0));
  const vocabulary: [string, string[]][] = [];
  for (const [surface, terms] of surfaces) vocabulary.push([surface, typeof terms === 'string' ? [terms] : terms]);
  for (const [alias, terms] of analyzer.aliases()) {
    if (!surfaces.has(alias) && terms.some((t) => indexed.has(t))) vocabulary.push([alias, [...terms]]);
  }

  const referenceTerms: IndexParts['referenceTerms'] = [];
  for (const reference of input.references) {
    if (slices.due()) await slices.pause();
    const outlet = analyzer.phraseTerms(reference.outlet).filter((t, i) => !(i === 0 && t === 'the'));
    referenceTerms.push({ title: analyzer.terms(reference.title), outlet });
  }

  const wordnet = sharedWordNet();
  const related: IndexParts['related'] = [];
  if (wordnet) {
    const words = vocabulary.map(([surface, terms]) => ({ surface, terms }));
    // A WordNet lemma is analysed as a question's words are, so a question's word finds it by its term.
    const keyOf = (lemma: string) => {
      const terms = analyzer.phraseTerms(lemma).filter((t) => t !== NUMBER_TERM);
      return terms.length === 0 ? null : terms.join(' ');
    };
    for (const [key, targets] of await buildRelatedTerms(wordnet, words, keyOf, slices)) related.push([key, [...targets]]);
  }

  const suggestions = await packSuggestions(input.chunks, input.documents, analyzer, slices);
  return {
    chunks: [...input.chunks],
    documents: [...input.documents],
    references: [...input.references],
    referenceTerms,
    index,
    documentFrequency,
    vocabulary,
    related,
    sectionLeads,
    suggestions,
  };
}

/** The searchable index from its parts, built in slices so that questions keep being answered meanwhile. */
export async function assembleIndex(parts: IndexParts, analyzer: Analyzer, slices: TimeSlices): Promise<SearchIndex> {
  const { mini, postings } = await unpackIndex(parts.index, indexOptions(), slices);

  const chunks = new Map<string, Chunk>();
  for (let i = 0; i < parts.chunks.length; i++) {
    if (i % 256 === 0 && slices.due()) await slices.pause();
    const chunk = parts.chunks[i] as Chunk;
    chunks.set(chunk.id, chunk);
  }
  const documentFrequency = new Map<string, number>();
  for (let t = 0; t < parts.index.terms.length; t++) {
    if (t % 256 === 0 && slices.due()) await slices.pause();
    const frequency = parts.documentFrequency[t] ?? 0;
    if (frequency > 0) documentFrequency.set(parts.index.terms[t] as string, frequency);
  }

  const vocabulary = new SearchableMap<readonly string[]>();
  for (let i = 0; i < parts.vocabulary.length; i++) {
    if (i % 256 === 0 && slices.due()) await slices.pause();
    const [surface, terms] = parts.vocabulary[i] as [string, string[]];
    vocabulary.set(surface, terms);
  }

  const related = new Map<string, ReadonlyMap<string, Relation>>();
  for (let i = 0; i < parts.related.length; i++) {
    if (i % 256 === 0 && slices.due()) await slices.pause();
    const [key, targets] = parts.related[i] as [string, [string, Relation][]];
    related.set(key, new Map(targets));
  }

  const chunkCount = chunks.size;
  const idf = (term: string) => inverseDocumentFrequency(chunkCount, documentFrequency.get(term) ?? 0);
  const references: ReferenceVector[] = [];
  const referencesByTerm = new Map<string, ReferenceVector[]>();
  for (let i = 0; i < parts.references.length; i++) {
    if (i % 64 === 0 && slices.due()) await slices.pause();
    const terms = parts.referenceTerms[i] ?? { title: [], outlet: [] };
    const weights = new Map<string, number>();
    for (const term of terms.title) weights.set(term, idf(term));
    const vector: ReferenceVector = { reference: parts.references[i] as Reference, outletTerms: terms.outlet, weights, norm: Math.hypot(...weights.values()) };
    references.push(vector);
    for (const term of weights.keys()) {
      const holders = referencesByTerm.get(term);
      if (holders) holders.push(vector);
      else referencesByTerm.set(term, [vector]);
    }
  }

  const suggestions = await unpackSuggestions(parts.suggestions, analyzer, slices);
  const documents = new Map<string, DocumentMeta>();
  for (let i = 0; i < parts.documents.length; i++) {
    if (i % 256 === 0 && slices.due()) await slices.pause();
    const document = parts.documents[i] as DocumentMeta;
    documents.set(document.id, document);
  }
  const sectionLeads = new Set<string>();
  for (let i = 0; i < parts.sectionLeads.length; i++) {
    if (i % 256 === 0 && slices.due()) await slices.pause();
    sectionLeads.add(parts.sectionLeads[i] as string);
  }
  return { mini, postings, analyzer, chunks, documents, references, referencesByTerm, documentFrequency, vocabulary, related, sectionLeads, chunkCount, suggestions };
}

/** BM25's IDF; a term the index has never seen gets the largest weight. */
export function inverseDocumentFrequency(total: number, frequency: number): number {
  return Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
}
