import type MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
import { splitSentences, type Chunk } from '../../chunks/chunkParagraphs.js';
import type { DocumentMeta } from '../../corpus/types.js';
import type { Analyzer } from '../analysis/analyzer.js';
import { IndexPacker, unpackIndex, type PackedIndex } from './packedIndex.js';
import type { TimeSlices } from './timeSlices.js';

/** Autocomplete entries: headings, article titles and questions the articles themselves ask. */
export interface SuggestionIndex {
  mini: MiniSearch<{ id: number; text: string }>;
  texts: readonly string[];
}

/** The entries and their postings, as they travel from the build to the index in service. */
export interface PackedSuggestions {
  texts: string[];
  index: PackedIndex<number>;
}

const MAX_SUGGESTION_CHARS = 100;
/** Past this many entries only headings are added: scanning every sentence of a large corpus buys little more. */
const MAX_SENTENCE_SUGGESTIONS = 20_000;

function suggestionOptions(analyzer: Analyzer): Options<{ id: number; text: string }> {
  return {
    fields: ['text'],
    tokenize: (text) => analyzer.terms(text),
    processTerm: (term) => term,
    searchOptions: { prefix: true, fuzzy: (term) => (term.length >= 5 ? 1 : false), combineWith: 'OR' },
  };
}

export async function packSuggestions(chunks: readonly Chunk[], documents: readonly DocumentMeta[], analyzer: Analyzer, slices: TimeSlices): Promise<PackedSuggestions> {
  const texts = new Set<string>();
  for (const doc of documents) if (doc.title.length <= MAX_SUGGESTION_CHARS) texts.add(doc.title);
  for (let i = 0; i < chunks.length; i++) {
    if (i % 64 === 0 && slices.due()) await slices.pause();
    const chunk = chunks[i] as Chunk;
    if (chunk.heading !== null && chunk.heading.length <= MAX_SUGGESTION_CHARS) texts.add(chunk.heading);
    if (texts.size > MAX_SENTENCE_SUGGESTIONS) continue;
    for (const sentence of splitSentences(chunk.text)) {
      if (sentence.endsWith('?') && sentence.length <= MAX_SUGGESTION_CHARS && sentence.length >= 12) texts.add(sentence);
    }
  }
  const list = [...texts];
  const packer = new IndexPacker<number>(['text']);
  for (let id = 0; id < list.length; id++) {
    if (id % 64 === 0 && slices.due()) await slices.pause();
    packer.add(id, [analyzer.terms(list[id] as string)]);
  }
  return { texts: list, index: packer.pack() };
}

export async function unpackSuggestions(packed: PackedSuggestions, analyzer: Analyzer, slices: TimeSlices): Promise<SuggestionIndex> {
  const { mini } = await unpackIndex(packed.index, suggestionOptions(analyzer), slices);
  return { mini, texts: packed.texts };
}
