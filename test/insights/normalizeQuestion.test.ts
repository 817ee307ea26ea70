import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from '../../src/insights/normalizeQuestion.js';

describe('normalizeQuestion', () => {
  it.each([
    ['Who won the Super Bowl?', 'who won the super bowl'],
    ['  who   won the SUPER-bowl ?! ', 'who won the super bowl'],
    ['What’s RedNote?', 'whats rednote'],
    ["what's rednote", 'whats rednote'],
    ['ＲｅｄＮｏｔｅ　小红书？', 'rednote 小红书'],
    ['Café au lait', 'café au lait'],
    ['@everyone <@123> hi', 'everyone 123 hi'],
    ['???', ''],
  ])('GIVEN %j THEN %j', (question, normalized) => {
    expect(normalizeQuestion(question)).toBe(normalized);
  });

  it('GIVEN any text THEN the form is stable (normalising twice changes nothing), lower-case, without punctuation or double spaces, and at most 300 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 1200 }), (text) => {
        const once = normalizeQuestion(text);
        expect(normalizeQuestion(once)).toBe(once);
        expect(once).toBe(once.toLowerCase());
        expect(once).not.toMatch(/[?!.,;:'"()[\]{}<>@#*_~`|\\/-]/);
        expect(once).not.toMatch(/ {2}|^ | $/);
        expect(once.length).toBeLessThanOrEqual(300);
      }),
    );
  });

  it('GIVEN two questions differing only in case, punctuation and spacing THEN one form', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 8 }), fc.constantFrom('?', '!', '...', ' ?', ''), (words, end) => {
        const plain = words.join(' ');
        const shouted = `  ${words.map((w) => w.toUpperCase()).join(',  ')}${end}`;
        expect(normalizeQuestion(shouted)).toBe(normalizeQuestion(plain));
      }),
    );
  });
});
