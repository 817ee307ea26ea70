import type { Answer } from '../answer/answerQuestion.js';
import type { Chunk } from '../chunks/chunkParagraphs.js';
import type { Snapshot } from '../runtime/corpusStore.js';

/** Why a line of `ask -` got no answer: a script matching answers to lines by position still can. */
export interface AskError {
  code: 'empty-question';
  message: string;
}

/** A line that is not a question: the same shape as an answer, with `error` added and no results. */
export function askErrorJson(question: string, error: AskError): { question: string; status: 'empty-question'; error: AskError; results: [] } {
  return { question, status: 'empty-question', error, results: [] };
}

/** Lines with nothing to search for (blank, or only words such as "what is the"). */
export function askErrorFor(answer: Answer): AskError | null {
  if (answer.status !== 'empty-question') return null;
  return {
    code: 'empty-question',
    message: answer.question === '' ? 'The line is empty: there is no question to answer.' : 'The question has no words to search for (only words such as "what" or "the").',
  };
}

/** The CLI's JSON is a contract scripts rely on: field names and shapes only grow. */
export function toAskJson(answer: Answer): ReturnType<typeof toAnswerJson> | ReturnType<typeof askErrorJson> {
  const error = askErrorFor(answer);
  return error === null ? toAnswerJson(answer) : askErrorJson(answer.question, error);
}

function toAnswerJson(answer: Answer) {
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
