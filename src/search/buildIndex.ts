import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Chunk } from '../chunks/chunkParagraphs.js';
import type { DocumentMeta, Reference } from '../corpus/types.js';
import type { Analyzer } from './analyzer.js';
import { buildSuggestions, type SuggestionIndex } from './buildSuggestions.js';

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
  /** Chunks that open a headed section: where a question matching the heading is most likely answered. */
  sectionLeads: ReadonlySet<string>;
  chunkCount: number;
  suggestions: SuggestionIndex;
}

/** A heading names what its paragraphs are about; the article title only says what the whole piece covers. */
export const FIELD_BOOSTS = { text: 1, heading: 1.5, title: 0.35 } as const;

/** Analysis and indexing yield to the event loop this often, so a reload never stalls answers. */
const SLICE = 256;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function buildIndex(input: {
  chunks: readonly Chunk[];
  documents: readonly DocumentMeta[];
  references: readonly Reference[];
  analyzer: Analyzer;
}): Promise<SearchIndex> {
  const { analyzer } = input;
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  // Who published and wrote a piece is part of what it is about ("the China Daily piece").
  const titleTerms = new Map(input.documents.map((d) => [d.id, analyzer.terms(`${d.title}\n${d.publisher}\n${d.author}`).join(' ')]));
  const headingTerms = new Map<string, string>();
  const documentFrequency = new Map<string, number>();
  const surfaces = new Map<string, Set<string>>();
  const fields: IndexedFields[] = [];
  const chunks = new Map<string, Chunk>();
  const sectionLeads = new Set<string>();
  let previous: Chunk | undefined;

  for (let i = 0; i < input.chunks.length; i++) {
    if (i > 0 && i % SLICE === 0) await yieldToEventLoop();
    const chunk = input.chunks[i] as Chunk;
    chunks.set(chunk.id, chunk);
    if (chunk.heading !== null && (previous?.document !== chunk.document || previous.heading !== chunk.heading)) sectionLeads.add(chunk.id);
    previous = chunk;
    const spans = analyzer.spans(chunk.text);
    const text = spans.map((s) => s.term);
    for (const span of spans) {
      if (span.surface === undefined) continue;
      let terms = surfaces.get(span.surface);
      if (!terms) surfaces.set(span.surface, (terms = new Set()));
      terms.add(span.term);
    }
    let heading = '';
    if (chunk.heading !== null) {
      const cached = headingTerms.get(chunk.heading);
      heading = cached ?? analyzer.terms(chunk.heading).join(' ');
      if (cached === undefined) headingTerms.set(chunk.heading, heading);
    }
    const seen = new Set(text);
    for (const term of heading.split(' ')) if (term !== '') seen.add(term);
    for (const term of seen) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    fields.push({ id: chunk.id, text: text.join(' '), heading, title: titleTerms.get(chunk.document) ?? '' });
  }

  const mini = new MiniSearch<IndexedFields>({
    fields: ['text', 'heading', 'title'],
    idField: 'id',
    // Fields arrive analysed; splitting on spaces is all that is left to do.
    tokenize: (text) => (text === '' ? [] : text.split(' ')),
    processTerm: (term) => term,
  });
  await mini.addAllAsync(fields, { chunkSize: SLICE });

  const vocabulary = new SearchableMap<readonly string[]>();
  for (const [surface, terms] of surfaces) vocabulary.set(surface, [...terms]);
  for (const [alias, terms] of analyzer.aliases()) {
    if (!vocabulary.has(alias) && terms.some((t) => documentFrequency.has(t))) vocabulary.set(alias, terms);
  }

  const chunkCount = chunks.size;
  const idf = (term: string) => inverseDocumentFrequency(chunkCount, documentFrequency.get(term) ?? 0);
  const references = input.references.map((reference): ReferenceVector => {
    const weights = new Map<string, number>();
    for (const term of analyzer.terms(reference.title)) weights.set(term, idf(term));
    const outletTerms = analyzer.phraseTerms(reference.outlet).filter((t, i) => !(i === 0 && t === 'the'));
    return { reference, outletTerms, weights, norm: Math.hypot(...weights.values()) };
  });

  const referencesByTerm = new Map<string, ReferenceVector[]>();
  for (const vector of references) {
    for (const term of vector.weights.keys()) {
      const holders = referencesByTerm.get(term);
      if (holders) holders.push(vector);
      else referencesByTerm.set(term, [vector]);
    }
  }

  const suggestions = buildSuggestions(input.chunks, input.documents, analyzer);
  return { mini, analyzer, chunks, documents, references, referencesByTerm, documentFrequency, vocabulary, sectionLeads, chunkCount, suggestions };
}

/** BM25's IDF; a term the index has never seen gets the largest weight. */
export function inverseDocumentFrequency(total: number, frequency: number): number {
  return Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
}
