import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuestion, jaccard, jaccardAtLeast } from '../../src/answer/answerQuestion.js';
import { smallIndex } from '../search/smallIndex.js';

const DUPLICATE = 'Chinese users welcomed the TikTok refugees with tutorials, memes and language lessons on the platform.';
const index = await smallIndex({
  wire: [
    [null, DUPLICATE],
    [null, 'Chinese users welcomed TikTok refugees with tutorials, memes and language lessons on the platform today.'],
    [null, 'Chinese users also posted tutorials for the refugees.'],
    ['Censorship', 'Some users tested the limits of censorship when discussing the Tiananmen crackdown.'],
  ],
  opinion: [[null, 'Chinese users welcomed the refugees: a story of talks, tutorials and memes between two countries.']],
});

describe('answerQuestion', () => {
  it('GIVEN a question the corpus answers THEN ranked items with excerpt, bold words and citations', () => {
    const answer = answerQuestion(index, 'what did users discuss about tiananmen censorship?');
    expect(answer.status).toBe('answered');
    const [first] = answer.items;
    expect(first?.rank).toBe(1);
    expect(first?.chunk.id).toBe('wire#4');
    expect(first?.excerpt.highlights.length).toBeGreaterThan(0);
    expect(first?.citations).toEqual({ relation: 'related', references: [] });
  });

  it('GIVEN two paragraphs saying the same thing THEN only one is shown', () => {
    const texts = answerQuestion(index, 'users welcomed refugees with tutorials memes and language lessons').items.map((i) => i.chunk.text);
    expect(texts.filter((t) => t.startsWith('Chinese users welcomed') && t.includes('language lessons'))).toHaveLength(1);
  });

  it('GIVEN comparably good hits from several articles THEN the first page does not come from one article only', () => {
    const docs = answerQuestion(index, 'users welcomed refugees with tutorials and memes', { limit: 3 }).items.map((i) => i.document.id);
    expect(new Set(docs).size).toBeGreaterThan(1);
  });

  it('GIVEN a question that shares only a rare name with the corpus THEN "low-confidence" with the closest passages', async () => {
    const named = await smallIndex({
      news: [
        [null, 'Lemon8, also owned by ByteDance, lets users migrate their account handles.'],
        [null, 'Users joined the platform after the ban.'],
        [null, 'His critical article was deleted shortly after publication.'],
        [null, 'A translator from Hangzhou joined live chats with American users.'],
        [null, 'The employees of the company feared for their livelihood.'],
      ],
    });
    const answer = answerQuestion(named, 'is lemon8 profitable');
    expect(answer.status).toBe('low-confidence');
    expect(answer.items[0]?.chunk.id).toBe('news#1');
  });

  it('GIVEN "how many …?" and only a paragraph about it that gives no number THEN "low-confidence"; a number in digits or in words answers it', async () => {
    const paragraphs: [null, string][] = [
      [null, 'Lemon8, also owned by ByteDance, lets users migrate their account handles.'],
      [null, 'His critical article was deleted 2 hours after publication.'],
      [null, 'A translator from Hangzhou joined live chats with American users.'],
      [null, 'The employees of the company feared for their livelihood.'],
    ];
    const vague = await smallIndex({ news: [...paragraphs, [null, 'Many moderators who speak English were hired by RedNote.']] });
    const answer = answerQuestion(vague, 'how many moderators did rednote hire');
    expect(answer.status).toBe('low-confidence');
    expect(answer.items[0]?.chunk.id).toBe('news#5');
    for (const count of ['About 200 moderators who speak English were hired by RedNote.', 'About thirty moderators who speak English were hired by RedNote.']) {
      const counted = await smallIndex({ news: [...paragraphs, [null, count]] });
      expect(answerQuestion(counted, 'how many moderators did rednote hire').status, count).toBe('answered');
    }
  });

  it('GIVEN any question THEN results are listed strictly by the score they show, variety discount included', () => {
    for (const question of ['users welcomed refugees with tutorials and memes', 'chinese users tutorials', 'refugees platform']) {
      const scores = answerQuestion(index, question).items.map((i) => i.score);
      expect(scores, question).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('GIVEN a question off the corpus THEN "not-found" and no items', () => {
    const answer = answerQuestion(index, 'how do I boil an egg');
    expect(answer).toMatchObject({ status: 'not-found', items: [] });
  });

  it('GIVEN a misspelt question below the floor THEN the corrected question is the first suggestion', () => {
    const answer = answerQuestion(index, 'censorhip of bitcoin prices worldwide');
    expect(answer.status).toBe('not-found');
    expect(answer.suggestions[0]).toBe('censorship of bitcoin prices worldwide');
  });

  it('GIVEN a question that mentions someone or pastes a link THEN it gets the plain question\'s answer', () => {
    const plain = answerQuestion(index, 'what did users discuss about tiananmen censorship?').items.map((i) => i.chunk.id);
    for (const question of ['<@123456789012345678> what did users discuss about tiananmen censorship?', 'what did users discuss about tiananmen censorship? https://example.org/news/2025/rednote-story']) {
      expect(answerQuestion(index, question).items.map((i) => i.chunk.id), question).toEqual(plain);
    }
    expect(answerQuestion(index, '<@123456789012345678> <:wave:42>').status).toBe('empty-question');
  });

  it('GIVEN only stop words THEN "empty-question"', () => {
    expect(answerQuestion(index, '  what is the  ').status).toBe('empty-question');
  });

  it('respects the limit', () => {
    expect(answerQuestion(index, 'chinese users', { limit: 2 }).items.length).toBeLessThanOrEqual(2);
  });
});

describe('near-duplicate paragraphs (Jaccard overlap of their terms)', () => {
  it('GIVEN any two sets of terms and any threshold THEN the quick test says what the full overlap says', () => {
    // The second set is the first with a few terms dropped and a few added, so overlaps span the whole range.
    const letters = 'abcdefghijklmnopqrstuvwxyz'.split('');
    const pair = fc
      .tuple(fc.uniqueArray(fc.constantFrom(...letters), { maxLength: 20 }), fc.nat({ max: 6 }), fc.uniqueArray(fc.constantFrom(...letters), { maxLength: 6 }))
      .map(([list, dropped, added]) => [new Set(list), new Set([...list.slice(dropped), ...added])] as const);
    fc.assert(
      fc.property(pair, fc.double({ min: 0, max: 1, noNaN: true }), ([a, b], threshold) => {
        expect(jaccardAtLeast(a, b, threshold)).toBe(jaccard(a, b) >= threshold);
      }),
      { numRuns: 2000 },
    );
  });
});
