import type { Answer } from '../answer/answerQuestion.js';
import type { Chunk } from '../chunks/chunkParagraphs.js';
import type { Snapshot } from '../runtime/corpusStore.js';

/** The CLI's JSON is a contract scripts rely on: field names and shapes only grow. */
export function toAskJson(answer: Answer) {
  return {
    question: answer.question,
    /** answered, low-confidence (closest passages, labelled), not-found or empty-question. */
    status: answer.status,
    results: answer.items.map((item) => ({
      rank: item.rank,
      score: item.score,
      document: {
        id: item.document.id,
        title: item.document.title,
        publisher: item.document.publisher,
        author: item.document.author,
        date: item.document.date,
        url: item.document.url,
        reworded: item.document.reworded === true,
      },
      heading: item.chunk.heading,
      paragraph: item.chunk.text,
      excerpt: item.excerpt.text,
      highlights: item.excerpt.highlights,
      chunk: item.chunk.id,
      sources: item.citations.references.map((r) => ({ outlet: r.outlet, title: r.title, url: r.url })),
    })),
  };
}

export function toChunksJson(chunks: readonly Chunk[]) {
  return chunks.map((c) => ({ id: c.id, document: c.document, heading: c.heading, text: c.text }));
}

export function toSourcesJson(snapshot: Snapshot) {
  return {
    documents: snapshot.documents.map((d) => ({ id: d.id, title: d.title, publisher: d.publisher, author: d.author, date: d.date, url: d.url })),
    references: snapshot.references.map((r) => ({ number: r.number, outlet: r.outlet, title: r.title, url: r.url, document: r.document })),
  };
}
