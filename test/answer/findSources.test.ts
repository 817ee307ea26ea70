import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimQuery, findSources, MAX_CLAIM_WORDS, MAX_MESSAGE_CHARS, messageText } from '../../src/answer/findSources.js';
import type { SearchIndex } from '../../src/search/index/buildIndex.js';
import { loadCitebotIndex } from '../eval/evaluate.js';

let index: SearchIndex;
beforeAll(async () => {
  index = await loadCitebotIndex();
});

describe('claimQuery: a chat message as the query the search takes', () => {
  it('GIVEN a chatty claim THEN filler ("apparently", "lol") goes, "700k" reads as the articles write it, and the words keep their order', () => {
    const { words, query } = claimQuery(index, 'apparently 700k americans joined rednote in 2 days lol');
    expect(words).toContain('700000');
    expect(words).toContain('rednote');
    expect(words).not.toContain('apparently');
    expect(words).not.toContain('lol');
    expect(query).toBe(`${words.join(' ')}.`);
    expect(words.indexOf('700000')).toBeLessThan(words.indexOf('rednote'));
  });

  it('GIVEN mentions, links, custom emoji, emoji and @everyone THEN none of them becomes a word of the query', () => {
    const { words } = claimQuery(index, '<@123456789012345678> <#223456789012345678> <@&323456789012345678> rednote <:pepe:112233445566778899> 😂👍🏽 https://x.com/a/b?c=d <t:1700000000:R> @everyone :fire: tiktok');
    expect(words).toEqual(['rednote', 'tiktok']);
  });

  it('GIVEN millions and billions in shorthand THEN they become words the articles use', () => {
    expect(claimQuery(index, 'tiktok has 170m users').words).toEqual(expect.arrayContaining(['170', 'million']));
    expect(claimQuery(index, 'rednote has 1.5b users').words).toEqual(expect.arrayContaining(['billion']));
  });

  it('GIVEN contractions of stop words ("it\'ll", "that\'d") THEN they are not searched for', () => {
    expect(claimQuery(index, "it'll get banned, that'd be lemon8").words).toEqual(['banned', 'lemon8']);
  });

  it('GIVEN a long message THEN only its few rarest words are searched, and at most one the corpus never uses', () => {
    const long = 'ok so my cousin who lives in ohio told me over dinner yesterday that the rednote app, the one chinese people call xiaohongshu, ' +
      'got something like 700k new american users after the tiktok ban scare, and that beijing state media called it a new home, which honestly sounds wild to me';
    const { words } = claimQuery(index, long);
    expect(words.length).toBeLessThanOrEqual(MAX_CLAIM_WORDS);
    const unknown = words.filter((w) => index.analyzer.terms(w).every((t) => !index.documentFrequency.has(t)));
    expect(unknown.length).toBeLessThanOrEqual(1);
    expect(words).toContain('700000');
  });

  it(`GIVEN a message longer than Discord allows THEN only its first ${MAX_MESSAGE_CHARS} characters are read`, () => {
    const message = `${'rednote '.repeat(MAX_MESSAGE_CHARS / 8)} lemon8 bytedance`;
    expect(claimQuery(index, message).words).toEqual(['rednote']);
  });

  it('GIVEN any text THEN the query has at most the word cap, each word taken from the message, never markup (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom('rednote', 'tiktok', '700k', 'lol', '<@123456789012345678>', 'https://a.example/x', '😂', "it'll", 'Lemon8', 'ByteDance', 'quokka', '@here', '#1', '50%'),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const message = pieces.join(' ');
        const { words, query } = claimQuery(index, message);
        expect(words.length).toBeLessThanOrEqual(MAX_CLAIM_WORDS);
        for (const word of words) expect(word).not.toMatch(/^<|https?:|@everyone|@here/);
        expect(query === '' ? words.length === 0 : query.endsWith('.')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('findSources', () => {
  it('GIVEN the claim as people post it THEN the first passage holds the figure, and the answer quotes the message without its markup', () => {
    const answer = findSources(index, '<@123456789012345678> apparently 700k americans joined rednote in 2 days lol 😂');
    expect(answer.status).toBe('answered');
    expect(answer.question).toBe('apparently 700k americans joined rednote in 2 days lol');
    expect(answer.items[0]?.chunk.text).toContain('700,000');
  });

  it('GIVEN a long message whose claim sits between sentences of chatter THEN the claim\'s passage still comes first', () => {
    const message = 'ok so hear me out, my cousin keeps sending me these cooking videos all day and honestly the kitchen stuff is great.\n' +
      'apparently 700k americans joined rednote in 2 days 😂 anyway gotta go, dinner is getting cold and the dog wants a walk';
    expect(claimQuery(index, message).contentWords).toBeGreaterThan(MAX_CLAIM_WORDS);
    expect(findSources(index, message).items[0]?.chunk.text).toContain('700,000');
  });

  it('GIVEN a message of links, mentions and emoji only THEN an empty question, nothing searched', () => {
    const answer = findSources(index, '<@123456789012345678> https://x.com/a 😂😂 lol');
    expect(answer).toMatchObject({ status: 'empty-question', items: [] });
  });

  it('GIVEN a claim about something the articles never mention THEN no passage rather than a guess', () => {
    expect(findSources(index, 'elon musk is gonna buy tiktok for sure').items).toEqual([]);
  });

  it('GIVEN messageText THEN whitespace is collapsed and markup removed, as the reply quotes it', () => {
    expect(messageText('  rednote\n\n<@123456789012345678>   is   great  ')).toBe('rednote is great');
  });
});
