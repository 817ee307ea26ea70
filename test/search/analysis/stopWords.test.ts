import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandChatSpellings } from '../../../src/search/analysis/stopWords.js';

describe('expandChatSpellings', () => {
  it('GIVEN a letter held for emphasis ("whyyy", "sooo", "pleaseee") THEN the word is read as meant: once where that makes a framing word, twice otherwise', () => {
    expect(expandChatSpellings('code not coming whyyy')).toBe('code not coming why');
    expect(expandChatSpellings('sooo who owns rednote')).toBe('so who owns rednote');
    expect(expandChatSpellings('pleaseee tell me')).toBe('please tell me');
    expect(expandChatSpellings('goood news')).toBe('good news');
  });

  it('GIVEN a number in thousands or millions as chat writes it ("380k", "1.2m") THEN it reads as the number the articles print; "4G" or "K-pop" stay as they are', () => {
    expect(expandChatSpellings('how fast did she hit 380k on rednote')).toBe('how fast did she hit 380000 on rednote');
    expect(expandChatSpellings('did lemon8 get 4.1m downloads')).toBe('did lemon8 get 4.1 million downloads');
    expect(expandChatSpellings('does it work on 4G or K-pop fans')).toBe('does it work on 4G or K-pop fans');
  });

  it('GIVEN words that hold no letter three times, numbers included ("1000 users", "Mississippi") THEN they are untouched', () => {
    expect(expandChatSpellings('did 1000 users in Mississippi join')).toBe('did 1000 users in Mississippi join');
  });

  it('GIVEN any text THEN no letter is left three times in a row, and text without such a run or a chat spelling comes back as it was', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.constantFrom('a', 'e', 'o', 'y', 'ß', 'é'), fc.integer({ min: 3, max: 9 }), fc.string({ maxLength: 20 }), (before, letter, times, after) => {
        const text = `${before}${letter.repeat(times)}${after}`;
        expect(/(\p{L})\1{2,}/u.test(expandChatSpellings(text))).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][a-z]{0,8}(?: [A-Z][a-z]{0,8}){0,4}$/), (text) => {
        fc.pre(!/(\p{L})\1{2,}/u.test(text));
        expect(expandChatSpellings(text)).toBe(text);
      }),
    );
  });
});
