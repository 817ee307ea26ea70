import MiniSearch from 'minisearch';
import { splitSentences, type Chunk } from '../chunks/chunkParagraphs.js';
import type { DocumentMeta } from '../corpus/types.js';
import type { Analyzer } from './analyzer.js';

/** Autocomplete entries: headings, article titles and questions the articles themselves ask. */
export interface SuggestionIndex {
  mini: MiniSearch<{ id: number; text: string }>;
  texts: readonly string[];
}

const MAX_SUGGESTION_CHARS = 100;

export function buildSuggestions(chunks: readonly Chunk[], documents: readonly DocumentMeta[], analyzer: Analyzer): SuggestionIndex {
  const texts = new Set<string>();
  for (const doc of documents) if (doc.title.length <= MAX_SUGGESTION_CHARS) texts.add(doc.title);
  for (const chunk of chunks) {
    if (chunk.heading !== null && chunk.heading.length <= MAX_SUGGESTION_CHARS) texts.add(chunk.heading);
    if (texts.size > 20_000) continue;
    for (const sentence of splitSentences(chunk.text)) {
      if (sentence.endsWith('?') && sentence.length <= MAX_SUGGESTION_CHARS && sentence.length >= 12) texts.add(sentence);
    }
  }
  const list = [...texts];
  const mini = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    tokenize: (text) => analyzer.terms(text),
    processTerm: (term) => term,
    searchOptions: { prefix: true, fuzzy: (term) => (term.length >= 5 ? 1 : false), combineWith: 'OR' },
  });
  mini.addAll(list.map((text, id) => ({ id, text })));
  return { mini, texts: list };
}
