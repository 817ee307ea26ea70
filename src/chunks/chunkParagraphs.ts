import type { LoadedDocument } from '../corpus/types.js';

export interface Chunk {
  /** `documentId#n`: stable while the article's paragraphs stay in place. */
  id: string;
  document: string;
  heading: string | null;
  text: string;
}

/**
 * Paragraphs longer than this are split at sentence ends, so that one runaway
 * "paragraph" (a file with no blank lines) cannot dominate scoring or exceed
 * what an excerpt can show.
 */
export const MAX_CHUNK_CHARS = 1500;

export function chunkParagraphs(documents: readonly LoadedDocument[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (const doc of documents) {
    doc.paragraphs.forEach((paragraph, i) => {
      const pieces = splitLongParagraph(paragraph.text);
      pieces.forEach((text, k) => {
        chunks.push({
          id: pieces.length === 1 ? `${doc.meta.id}#${i + 1}` : `${doc.meta.id}#${i + 1}.${k + 1}`,
          document: doc.meta.id,
          heading: paragraph.heading,
          text,
        });
      });
    });
  }
  return chunks;
}

export function splitLongParagraph(text: string, limit = MAX_CHUNK_CHARS): string[] {
  if (text.length <= limit) return [text];
  const pieces: string[] = [];
  let current = '';
  for (const sentence of splitSentences(text)) {
    if (current !== '' && current.length + 1 + sentence.length > limit) {
      pieces.push(current);
      current = '';
    }
    if (sentence.length > limit) {
      for (const part of splitAtWords(sentence, limit)) {
        if (current !== '') pieces.push(current);
        current = part;
      }
      continue;
    }
    current = current === '' ? sentence : `${current} ${sentence}`;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

function splitAtWords(text: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf(' ', limit);
    if (cut <= 0) cut = limit;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

const ABBREVIATIONS = /\b(?:[A-Z]|U\.S|U\.K|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Inc|Ltd|Co|vs|etc|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No)\.$/;

/** Sentence boundaries: end punctuation, optional closing quote, space, then a capital or opening quote. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /([.!?…]["”’')\]]*)\s+(?=["“‘([]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    const end = m.index + (m[1]?.length ?? 0);
    if (ABBREVIATIONS.test(text.slice(Math.max(start, end - 6), end))) continue;
    sentences.push(text.slice(start, end).trim());
    start = boundary.lastIndex;
  }
  const tail = text.slice(start).trim();
  if (tail !== '') sentences.push(tail);
  return sentences;
}
