import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkParagraphs, MAX_CHUNK_CHARS, splitLongParagraph, splitSentences } from '../../src/chunks/chunkParagraphs.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import type { LoadedDocument, Paragraph } from '../../src/corpus/types.js';

function doc(id: string, paragraphs: Paragraph[]): LoadedDocument {
  return {
    meta: { id, file: `${id}.txt`, title: id, publisher: '', author: '', date: '', url: '', kind: '' },
    paragraphs,
    references: [],
    fingerprint: id,
  };
}

const SENTENCE = 'Chinese users welcomed the newcomers with videos, memes and language lessons.';
/** A paragraph well over the limit, made of whole sentences. */
const LONG = Array.from({ length: 40 }, (_, i) => `Sentence ${i + 1} says that ${SENTENCE.toLowerCase()}`).join(' ');

describe('chunkParagraphs', () => {
  it('GIVEN short paragraphs THEN one chunk each, id "document#n" counting from 1, heading carried', () => {
    const chunks = chunkParagraphs([
      doc('a', [
        { heading: null, text: 'First paragraph.' },
        { heading: 'Mixed Reactions', text: 'Second paragraph.' },
      ]),
      doc('b', [{ heading: null, text: 'Only paragraph.' }]),
    ]);
    expect(chunks).toEqual([
      { id: 'a#1', document: 'a', heading: null, text: 'First paragraph.' },
      { id: 'a#2', document: 'a', heading: 'Mixed Reactions', text: 'Second paragraph.' },
      { id: 'b#1', document: 'b', heading: null, text: 'Only paragraph.' },
    ]);
  });

  it('GIVEN another article added, removed or edited THEN the ids of this article do not move', () => {
    const a = doc('a', [{ heading: null, text: 'One.' }, { heading: null, text: 'Two.' }]);
    const alone = chunkParagraphs([a]).map((c) => c.id);
    const withOthers = chunkParagraphs([doc('z', [{ heading: null, text: 'Zed.' }]), a, doc('b', [{ heading: null, text: LONG }])])
      .filter((c) => c.document === 'a')
      .map((c) => c.id);
    expect(withOthers).toEqual(alone);
  });

  it('GIVEN the real seeds loaded twice THEN the chunk ids are identical', async () => {
    const seeds = path.resolve(import.meta.dirname, '../../seeds');
    const first = chunkParagraphs((await loadCorpus(seeds, { maxFileBytes: 1e7 })).documents);
    const second = chunkParagraphs((await loadCorpus(seeds, { maxFileBytes: 1e7 })).documents);
    expect(second.map((c) => c.id)).toEqual(first.map((c) => c.id));
    expect(new Set(first.map((c) => c.id)).size).toBe(first.length);
  });

  it('GIVEN a paragraph over the limit THEN it becomes pieces "n.1", "n.2", … each within the limit, each keeping the heading', () => {
    const chunks = chunkParagraphs([doc('a', [{ heading: null, text: 'Intro.' }, { heading: 'Long one', text: LONG }, { heading: null, text: 'Outro.' }])]);
    const pieces = chunks.filter((c) => c.id.startsWith('a#2.'));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((c) => c.id)).toEqual(pieces.map((_, k) => `a#2.${k + 1}`));
    for (const piece of pieces) {
      expect(piece.text.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
      expect(piece.heading).toBe('Long one');
      expect(piece.text).toMatch(/^Sentence \d+ says/);
      expect(piece.text).toMatch(/lessons\.$/);
    }
    expect(pieces.map((c) => c.text).join(' ')).toBe(LONG);
    expect(chunks.map((c) => c.id).at(-1)).toBe('a#3');
  });
});

describe('splitSentences', () => {
  it('GIVEN abbreviations and initials THEN sentences are not cut after them', () => {
    expect(splitSentences('The U.S. ban loomed. Mr. Hui joined on Jan. 13 with J. Smith. Was it “new”? Yes! 700,000 joined.')).toEqual([
      'The U.S. ban loomed.',
      'Mr. Hui joined on Jan. 13 with J. Smith.',
      'Was it “new”?',
      'Yes!',
      '700,000 joined.',
    ]);
  });

  it('GIVEN a closing quote after the full stop THEN it stays with its sentence', () => {
    expect(splitSentences('He said “China has always supported exchanges.” Then he left.')).toEqual(['He said “China has always supported exchanges.”', 'Then he left.']);
  });

  it('GIVEN a full stop inside a number or a domain THEN there is no cut', () => {
    expect(splitSentences('Some 5.5 million comments appeared on rednote.com within days.')).toHaveLength(1);
  });
});

const word = fc.stringMatching(/^[A-Za-z’,;-]{1,14}$/);
const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 60 }), fc.constantFrom('.', '!', '?', '.”'))
  .map(([words, end]) => `${words.join(' ')}${end}`.replace(/^./, (c) => c.toUpperCase()));
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 80 }).map((sentences) => sentences.join(' '));

describe('splitLongParagraph (properties)', () => {
  it('GIVEN any paragraph of words THEN every piece fits the limit, nothing is lost or reordered, and no word is cut in half', () => {
    fc.assert(
      fc.property(paragraph, fc.integer({ min: 20, max: 2000 }), (text, limit) => {
        const pieces = splitLongParagraph(text, limit);
        for (const piece of pieces) {
          expect(piece.length).toBeLessThanOrEqual(limit);
          expect(piece).toBe(piece.trim());
          expect(piece).not.toBe('');
        }
        // Joining with single spaces gives the paragraph back: every cut was at a space, between words.
        expect(pieces.join(' ')).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN sentences that each fit THEN every cut is at a sentence end', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        const limit = 400;
        fc.pre(splitSentences(text).every((s) => s.length <= limit));
        const pieces = splitLongParagraph(text, limit);
        for (const piece of pieces) expect(piece).toMatch(/[.!?]”?$/);
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN a paragraph within the limit THEN it is one piece, unchanged', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        fc.pre(text.length <= MAX_CHUNK_CHARS);
        expect(splitLongParagraph(text)).toEqual([text]);
      }),
    );
  });
});
