import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { citeReferences, referencesForQuestion } from '../../src/answer/citations.js';
import { smallIndex } from '../search/smallIndex.js';

const references = [
  { number: 1, outlet: 'Associated Press', title: 'What you need to know about the RedNote app', url: 'https://example.org/ap' },
  { number: 5, outlet: 'The Guardian', title: "China's RedNote users welcome 'TikTok refugees'", url: 'https://example.org/g' },
  { number: 10, outlet: 'Proton', title: 'Switching to RedNote? Your privacy is at stake', url: 'https://example.org/p' },
];
const index = await smallIndex(
  {
    essay: [
      [null, 'Chinese users welcome the TikTok refugees with memes.'],
      [null, 'Privacy advocates warn that switching apps puts personal data at stake.'],
      [null, 'The weather was mild in the spring of that year.'],
    ],
  },
  { references },
);
const chunk = (id: string) => index.chunks.get(id)!;

describe('citeReferences', () => {
  it('GIVEN a paragraph THEN the reference whose headline it shares most (IDF-weighted) is cited first', () => {
    expect(citeReferences(index, chunk('essay#1')).references.map((r) => r.number)[0]).toBe(5);
    expect(citeReferences(index, chunk('essay#2')).references.map((r) => r.number)[0]).toBe(10);
  });

  it('GIVEN a paragraph sharing nothing with any headline THEN nothing is cited', () => {
    expect(citeReferences(index, chunk('essay#3')).references).toEqual([]);
  });

  it('GIVEN a reference the question named THEN it is cited first, whatever the similarity', () => {
    const named = references[0]!;
    const cited = citeReferences(index, chunk('essay#1'), [{ ...named, document: 'essay' }]);
    expect(cited.references[0]?.number).toBe(1);
  });

  it('GIVEN a paragraph cited again for another question THEN only that question\'s named reference is pinned', () => {
    const plain = citeReferences(index, chunk('essay#2')).references.map((r) => r.number);
    const pinned = citeReferences(index, chunk('essay#2'), [{ ...references[0]!, document: 'essay' }]).references.map((r) => r.number);
    expect(pinned[0]).toBe(1);
    expect(citeReferences(index, chunk('essay#2')).references.map((r) => r.number)).toEqual(plain);
  });

  it('GIVEN a question using a word only one headline holds THEN that piece is cited first, as if its outlet were named', () => {
    const cited = (question: string) => referencesForQuestion(index, index.analyzer.terms(question)).map((r) => r.number);
    expect(cited('where can I read about the privacy risks')).toEqual([10]);
    expect(cited('do chinese users welcome them')).toEqual([5]);
    // Words every headline shares, or none holds, point nowhere.
    expect(cited('rednote')).toEqual([]);
    expect(cited('how was the weather')).toEqual([]);
    const answer = answerQuestion(index, 'what do privacy advocates warn about');
    expect(answer.items[0]?.citations.references[0]?.number).toBe(10);
  });

  it('GIVEN a question in Chinese whose word only one headline holds in English ("隐私": privacy, in no paragraph) THEN that piece is cited first', async () => {
    const mixed = await smallIndex({ essay: [[null, 'Chinese users welcome the newcomers, though their personal data is kept on servers in China.'], [null, 'The weather was mild in the spring of that year.']] }, { references });
    const answer = answerQuestion(mixed, '个人数据存在哪里 隐私');
    expect(answer.items[0]?.chunk.id).toBe('essay#1');
    expect(answer.items[0]?.citations.references[0]?.number).toBe(10);
  });

  it('GIVEN a question asking which outlet reported what one headline says, in that headline\'s words, and no paragraph answering it as asked THEN the paragraphs answering the headline are shown, labelled not sure, citing it first', async () => {
    const reports = [...references, { number: 7, outlet: 'Reuters', title: "Over half a million 'TikTok refugees' flock to China's RedNote", url: 'https://example.org/r' }];
    const wave = await smallIndex(
      {
        wire: [
          [null, 'The wave of over 700,000 new users was driven by looming security concerns, as TikTok refugees flock to China’s RedNote app.'],
          [null, 'The weather was mild in the spring of that year.'],
        ],
      },
      { references: reports },
    );
    const answer = answerQuestion(wave, 'which outlet said over half a million refugees flocked to it?');
    expect(answer.status).toBe('low-confidence');
    expect(answer.items[0]?.chunk.id).toBe('wire#1');
    expect(answer.items[0]?.citations.references[0]?.number).toBe(7);
    // Not asking for a source, the same words find nothing as asked: no answer.
    expect(answerQuestion(wave, 'did over half a million refugees quit it?').status).toBe('not-found');
  });

  it('calls the citation "own" when the excerpt\'s article lists the source itself', () => {
    expect(citeReferences(index, chunk('essay#1')).relation).toBe('own');
  });
});

describe('citeReferences on the real seeds', () => {
  it('GIVEN the 700,000-new-users paragraph WHEN it is shown THEN it links related coverage from the Source List', async () => {
    const { buildSnapshot } = await import('../../src/runtime/corpusStore.js');
    const snapshot = await buildSnapshot('seeds', { maxFileBytes: 10 * 1024 * 1024 }, 1);
    const paragraph = [...snapshot.index.chunks.values()].find((c) => c.text.includes('700,000 new users'))!;
    const cited = citeReferences(snapshot.index, paragraph);
    expect(cited.relation).toBe('related');
    expect(cited.references.length).toBeGreaterThanOrEqual(1);
    expect(cited.references[0]?.url).toMatch(/^https:\/\//);
  });
});
