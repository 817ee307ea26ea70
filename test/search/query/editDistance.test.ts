import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { osaDistance } from '../../../src/search/query/editDistance.js';

describe('osaDistance (Damerau, optimal string alignment)', () => {
  it('counts a swap of neighbouring letters as one edit, like an insertion, deletion or substitution', () => {
    expect(osaDistance('langauge', 'language')).toBe(1);
    expect(osaDistance('rednoet', 'rednote')).toBe(1);
    expect(osaDistance('whta', 'what')).toBe(1);
    expect(osaDistance('lemno8', 'lemon8')).toBe(1);
    expect(osaDistance('censorhip', 'censorship')).toBe(1);
    expect(osaDistance('compnay', 'company')).toBe(1);
    expect(osaDistance('amercian', 'american')).toBe(1);
    expect(osaDistance('kitten', 'sitting')).toBe(3);
  });

  it('is zero only for equal words, symmetric, and at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = osaDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(osaDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });

  it('GIVEN a word with two neighbouring letters swapped THEN distance 1', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 2, maxLength: 12 }), fc.nat(), (word, at) => {
        const i = at % (word.length - 1);
        if (word[i] === word[i + 1]) return;
        const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
        expect(osaDistance(word, swapped)).toBe(1);
      }),
    );
  });
});
