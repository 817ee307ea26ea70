import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { toAskJson, toChunksJson, toSourcesJson } from '../../src/cli/cliJson.js';
import { buildSnapshot, type Snapshot } from '../../src/runtime/corpusStore.js';

let snapshot: Snapshot;
beforeAll(async () => {
  snapshot = await buildSnapshot(path.resolve(import.meta.dirname, '../../seeds'), { maxFileBytes: 1e7 }, 1);
});

describe('CLI JSON', () => {
  it('GIVEN sources THEN the five documents with their metadata and the ten references with their document', () => {
    const json = toSourcesJson(snapshot);
    expect(json.documents).toHaveLength(5);
    expect(json.documents[0]).toEqual({ id: 'china-daily-journey', title: 'A journey from TikTok to RedNote is a story of talks', publisher: 'China Daily', author: 'Guo Yi', date: '2025-01-21', url: '' });
    expect(json.references).toHaveLength(10);
    expect(json.references[9]).toEqual({ number: 10, outlet: 'Proton', title: 'TikTok ban: Switching to RedNote? Your privacy is at stake.', url: 'https://proton.me/blog/tiktok-ban-rednote-privacy-concerns', document: 'bridging-cultures' });
  });

  it('GIVEN an answer THEN each result carries rank, score, document, heading, paragraph, excerpt and sources; the JSON survives a round trip', () => {
    const answer = answerQuestion(snapshot.index, 'What is Lemon8?', { limit: 3 });
    const json = toAskJson(answer);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.question).toBe('What is Lemon8?');
    json.results.forEach((result, i) => {
      const item = answer.items[i]!;
      expect(result).toMatchObject({ rank: i + 1, score: item.score, heading: item.chunk.heading, paragraph: item.chunk.text, excerpt: item.excerpt.text, chunk: item.chunk.id });
      expect(result.document.id).toBe(item.document.id);
      expect(result.sources).toEqual(item.citations.references.map((r) => ({ outlet: r.outlet, title: r.title, url: r.url })));
    });
  });

  it('GIVEN an off-topic question THEN results is an empty list', () => {
    expect(toAskJson(answerQuestion(snapshot.index, 'What is the best recipe for lasagna?'))).toEqual({ question: 'What is the best recipe for lasagna?', status: 'not-found', results: [] });
  });

  it('GIVEN a question with nothing to search for THEN the same shape with an error object added', () => {
    expect(toAskJson(answerQuestion(snapshot.index, '   '))).toEqual({ question: '', status: 'empty-question', error: { code: 'empty-question', message: 'The line is empty: there is no question to answer.' }, results: [] });
    expect(toAskJson(answerQuestion(snapshot.index, 'what is it?'))).toEqual({
      question: 'what is it?',
      status: 'empty-question',
      error: { code: 'empty-question', message: 'The question has no words to search for (only words such as "what" or "the").' },
      results: [],
    });
  });

  it('GIVEN chunks THEN exactly id, document, heading and text', () => {
    const json = toChunksJson([...snapshot.index.chunks.values()]);
    expect(json).toHaveLength(60);
    expect(json.every((c) => Object.keys(c).join() === 'id,document,heading,text')).toBe(true);
  });
});
