/**
 * Search quality on the labelled questions (test/eval/questions.json): the
 * floors sit a little under what `npm run eval` measures, so a change that
 * makes the first excerpts worse fails here. Timings are printed by
 * `npm run eval`, never asserted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import type { SearchIndex } from '../../src/search/index/buildIndex.js';
import { citebotAsk, createNaiveBaseline, evaluate, formatFailures, loadCitebotIndex, loadQuestions, type EvalQuestion, type EvalReport } from './evaluate.js';

const FLOORS = {
  recallAt1: 0.85,
  recallAt3: 0.95,
  mrr: 0.89,
  offtopicRejection: 0.9,
  citationAccuracy: 0.9,
} as const;

/** Text of the web-page furniture and unrelated stories the cleaner removes from the seed files. */
const JUNK = [
  'Read more',
  'Leave a Reply',
  'LEAVE A REPLY',
  'Please enter your comment',
  'will not be published',
  'Harry Styles',
  'Bieber',
  'Melania',
  'BrewDog',
  'Kanye',
  'Coco Gauff',
  'Twitter (X)',
  'Trending News',
  'Click Here',
  'Advertisement',
  'Share on',
  'Most Viewed',
  'BACK TO THE TOP',
  'Copyright',
  'Related Articles',
  'Latest Articles',
  '主站蜘蛛池',
  '@gabschase',
  'necessarily reflect those of China Daily',
  'Learn the unique article',
];
/** Questions aimed straight at the junk: they must find none of it. */
const JUNK_QUESTIONS = ['read more', 'leave a reply', 'harry styles jade little mix', 'twitter (x) worldwide trends', 'advertisement click here', 'copyright all rights reserved'];

let index: SearchIndex;
let questions: EvalQuestion[];
let citebot: EvalReport;
let baseline: EvalReport;

beforeAll(async () => {
  [index, questions] = await Promise.all([loadCitebotIndex(), loadQuestions()]);
  citebot = evaluate(citebotAsk(index), questions);
  baseline = evaluate(await createNaiveBaseline(), questions);
});

describe('search quality on test/eval/questions.json', () => {
  it('GIVEN the labelled questions THEN recall@1, recall@3 and MRR stay above their floors', () => {
    const { recallAt1, recallAt3, mrr } = citebot.overall;
    const failures = `\nmissed at rank 1:\n${formatFailures(citebot)}`;
    expect(recallAt1, failures).toBeGreaterThanOrEqual(FLOORS.recallAt1);
    expect(recallAt3, failures).toBeGreaterThanOrEqual(FLOORS.recallAt3);
    expect(mrr, failures).toBeGreaterThanOrEqual(FLOORS.mrr);
  });

  it('GIVEN off-topic questions THEN at least 90% get no answer at all', () => {
    expect(citebot.overall.offtopicRejection).toBeGreaterThanOrEqual(FLOORS.offtopicRejection);
  });

  it('GIVEN a question about a Source List outlet THEN the first excerpt cites that reference', () => {
    expect(citebot.overall.citationAccuracy).toBeGreaterThanOrEqual(FLOORS.citationAccuracy);
  });

  it('beats the naive MiniSearch baseline on every figure, overall and for every kind', () => {
    const better = (name: string, ours: number | null, theirs: number | null) => {
      if (ours === null || theirs === null) return;
      expect(ours, name).toBeGreaterThanOrEqual(theirs);
    };
    for (const [kind, ours] of [['overall', citebot.overall], ...Object.entries(citebot.byKind)] as const) {
      const theirs = kind === 'overall' ? baseline.overall : baseline.byKind[kind as keyof typeof baseline.byKind];
      better(`${kind} recall@1`, ours.recallAt1, theirs.recallAt1);
      better(`${kind} recall@3`, ours.recallAt3, theirs.recallAt3);
      better(`${kind} MRR`, ours.mrr, theirs.mrr);
      better(`${kind} off-topic rejection`, ours.offtopicRejection, theirs.offtopicRejection);
    }
    expect(citebot.overall.recallAt1!).toBeGreaterThan(baseline.overall.recallAt1!);
  });

  it('GIVEN any question, junk-seeking ones included THEN no answer shows text of the removed junk', () => {
    for (const question of [...questions.map((q) => q.q), ...JUNK_QUESTIONS]) {
      for (const item of answerQuestion(index, question).items) {
        for (const junk of JUNK) expect(item.chunk.text.includes(junk), `"${junk}" answered "${question}"`).toBe(false);
      }
    }
    for (const question of JUNK_QUESTIONS) expect(answerQuestion(index, question).items, question).toEqual([]);
  });
});
