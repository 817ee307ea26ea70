/**
 * The suite's sample of the tune half (samplePages): a fixed number of pages, the same ones whatever is folded in beside
 * them, so the sample's floors move only as much as the pages that join it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samplePages, type ExpectedArticle } from './articles.js';

const article = (file: string): ExpectedArticle => ({ file, title: '', author: '', date: '', publisher: '', url: '', content: [], junk: [] });
const files = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 60 });

describe('samplePages', () => {
  it('GIVEN a half\'s pages THEN the sample holds as many as asked (or all), in the half\'s order', () => {
    fc.assert(
      fc.property(files, fc.nat(80), (names, size) => {
        const half = names.map(article);
        const sample = samplePages(half, size);
        expect(sample).toHaveLength(Math.min(size, half.length));
        expect(sample).toEqual(half.filter((a) => sample.includes(a)));
      }),
    );
  });

  it('GIVEN pages folded into the half THEN a page already sampled leaves the sample only for one that joins it, and an unsampled page never joins', () => {
    fc.assert(
      fc.property(files, files, fc.integer({ min: 1, max: 40 }), (before, added, size) => {
        const old = before.map(article);
        const grown = [...old, ...added.filter((f) => !before.includes(f)).map(article)];
        const was = new Set(samplePages(old, size).map((a) => a.file));
        const now = samplePages(grown, size).map((a) => a.file);
        const oldFiles = new Set(before);
        expect(now.filter((f) => oldFiles.has(f)).every((f) => was.has(f))).toBe(true);
        expect(now.filter((f) => !oldFiles.has(f)).length).toBe(now.length - now.filter((f) => was.has(f)).length);
      }),
    );
  });
});
