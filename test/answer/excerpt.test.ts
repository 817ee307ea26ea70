import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExcerpt, MAX_EXCERPT_CHARS, wordBoundaryAtOrBefore } from '../../src/answer/excerpt.js';
import { createAnalyzer } from '../../src/search/analysis/analyzer.js';
import { parseSynonyms } from '../../src/search/analysis/synonyms.js';

const analyzer = createAnalyzer(parseSynonyms('rednote, red note, xiaohongshu, 小红书\nchilly warfare => cold war').rules);
const matched = (question: string) => new Set(analyzer.terms(question));
const bolded = (excerpt: { text: string; highlights: [number, number][] }) => excerpt.highlights.map(([a, b]) => excerpt.text.slice(a, b));

const PARAGRAPH =
  'The app restored service after a disruption. Many users tested the limits of censorship on RedNote. ' +
  'Others swapped recipes and photos of pets. The platform is hiring moderators who understand English.';

describe('buildExcerpt', () => {
  it('GIVEN matched terms THEN the window is the sentence holding most of them, matched words bolded', () => {
    const excerpt = buildExcerpt(PARAGRAPH, analyzer, matched('censorship limits'));
    expect(excerpt.text).toBe('Many users tested the limits of censorship on RedNote. Others swapped recipes and photos of pets.');
    expect(bolded(excerpt)).toEqual(['limits', 'censorship']);
  });

  it('bolds words matched through stemming and synonyms, phrase aliases whole', () => {
    const text = 'Users of Red Note fear the digital chilly warfare. They keep posting.';
    expect(bolded(buildExcerpt(text, analyzer, matched('rednote cold war')))).toEqual(['Red Note', 'chilly warfare']);
    expect(bolded(buildExcerpt(text, analyzer, matched('post')))).toEqual(['posting']);
  });

  it('GIVEN a sentence longer than the limit THEN it is cut at a word boundary with an ellipsis, keeping the match in view', () => {
    const long = `${'Lorem ipsum dolor sit amet, '.repeat(20)}the crucial censorship detail sits here ${'and then more words follow, '.repeat(20)}end.`;
    const excerpt = buildExcerpt(long, analyzer, matched('censorship'));
    expect(excerpt.text.startsWith('…')).toBe(true);
    expect(excerpt.text.endsWith('…')).toBe(true);
    expect(excerpt.text.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARS + 2);
    expect(bolded(excerpt)).toEqual(['censorship']);
  });

  it('GIVEN Chinese text without spaces THEN cuts fall between words ICU finds, never inside 小红书', () => {
    const text = '小红书是一个生活方式平台。'.repeat(60);
    const excerpt = buildExcerpt(text, analyzer, matched('小红书'), 100);
    const visible = excerpt.text.replace(/^…|…$/g, '');
    expect(text.includes(visible)).toBe(true);
    expect(visible.endsWith('小') || visible.endsWith('小红')).toBe(false);
  });

  it('GIVEN no matched term THEN the opening sentence is shown, nothing bolded', () => {
    const excerpt = buildExcerpt(PARAGRAPH, analyzer, new Set());
    expect(excerpt.text.startsWith('The app restored service')).toBe(true);
    expect(excerpt.highlights).toEqual([]);
  });

  describe('properties', () => {
    const word = fc.oneof(
      { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-zé’'-]{1,12}$/) },
      { weight: 1, arbitrary: fc.constantFrom('小红书', '中国', '用户', 'RedNote', '700,000', 'U.S.', '😀', 'e\u0301t\u0301e\u0301') },
    );
    const sentence = fc
      .tuple(fc.array(word, { minLength: 1, maxLength: 40 }), fc.constantFrom('.', '!', '?', '。', '.”'))
      .map(([words, end]) => `${words.join(' ')}${end}`.replace(/^./u, (c) => c.toUpperCase()));
    const text = fc.array(sentence, { minLength: 1, maxLength: 12 }).map((s) => s.join(' '));
    const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);
    const segmentStarts = (t: string) => new Set([...new Intl.Segmenter('zh', { granularity: 'word' }).segment(t)].map((s) => s.index).concat(t.length));

    it('the excerpt is a stretch of the paragraph, within the limit, never cut inside a word, highlights on whole matched words', () => {
      fc.assert(
        fc.property(text, fc.array(word, { maxLength: 4 }), fc.integer({ min: 40, max: 500 }), (paragraph, query, limit) => {
          const excerpt = buildExcerpt(paragraph, analyzer, matched(query.join(' ')), limit);
          const cutStart = excerpt.text.startsWith('…');
          const cutEnd = excerpt.text.endsWith('…') && !paragraph.includes(excerpt.text);
          const visible = excerpt.text.slice(cutStart ? 1 : 0, cutEnd ? -1 : undefined);
          const at = paragraph.indexOf(visible);
          expect(at).toBeGreaterThanOrEqual(0);
          expect(excerpt.text.length).toBeLessThanOrEqual(limit + 2);
          const boundaries = segmentStarts(paragraph);
          const end = at + visible.length;
          if (isWordChar(paragraph[end - 1]) && isWordChar(paragraph[end])) expect(boundaries.has(end)).toBe(true);
          if (isWordChar(paragraph[at - 1]) && isWordChar(paragraph[at])) expect(boundaries.has(at)).toBe(true);
          let previous = -1;
          for (const [a, b] of excerpt.highlights) {
            expect(a).toBeGreaterThan(previous);
            expect(b).toBeGreaterThan(a);
            expect(b).toBeLessThanOrEqual(excerpt.text.length);
            expect(isWordChar(excerpt.text[a - 1]) && isWordChar(excerpt.text[a])).toBe(false);
            previous = b;
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('wordBoundaryAtOrBefore', () => {
  it('steps back to the start of the word it would split', () => {
    const text = 'hello wonderful world';
    expect(wordBoundaryAtOrBefore(text, 9, 0)).toBe(6);
    expect(wordBoundaryAtOrBefore(text, 6, 0)).toBe(6);
    expect(wordBoundaryAtOrBefore(text, 3, 0)).toBe(0);
  });
});
