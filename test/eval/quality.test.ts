/**
 * Search quality on the labelled question sets (test/eval/questions.tune.json
 * and questions.holdout.json): the floors sit a little under what `npm run
 * eval` measures, so a change that makes the first excerpts worse fails here.
 * Timings are printed by `npm run eval`, never asserted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, DEFAULT_ANSWER_LIMIT, type Answer } from '../../src/answer/answerQuestion.js';
import type { SearchIndex } from '../../src/search/index/buildIndex.js';
import { citebotAsk, createNaiveBaseline, evaluate, formatFailures, loadCitebotIndex, loadQuestions, normaliseForMatch, RESULT_LIMIT, SPLITS, type AskFunction, type EvalQuestion, type EvalReport, type Split } from './evaluate.js';

const FLOORS: Record<Split, { recallAt1: number; recallAt3: number; mrr: number; offtopicRejection: number; citationAccuracy: number }> = {
  // Lowered when 120 Chinese and mixed questions joined tune (recall@1 0.711 → 0.653 on the same code): a harder set, not a worse bot.
  // Citation accuracy lowered when set W's 12 source questions joined tune (0.890 → 0.872 on the same code), and again when
  // set AK's 15 did (0.878 → 0.867 on the same code; set AK alone 0.733), and again when sets AM to AP's 60 did (0.867 →
  // 0.855 on the round's starting code, unchanged at its end; sets AO and AP alone 0.800 and 0.733): a harder set, not a worse bot.
  // Raised to 0.86 once a question asking which outlet reported a headline's words is shown that headline's paragraphs,
  // citing it (0.845 → 0.867, sets AR to AU in tune).
  // Recall and MRR raised in the round of 2026-12-05 (seventh), three to four points under what they measured then (tune
  // R@1 0.756, R@3 0.874, MRR 0.817; holdout 0.745, 0.863, 0.807): the floors had lain ten points under since the
  // Chinese questions joined, loose enough to let a real regression through.
  tune: { recallAt1: 0.72, recallAt3: 0.84, mrr: 0.78, offtopicRejection: 0.69, citationAccuracy: 0.86 },
  // Citation accuracy lowered when set R's 14 source questions joined the holdout (0.808 → 0.794 on the same code; set R
  // alone 0.643), and again when set V's 13 did (0.787 → 0.775 on the same code): a harder set, not a worse bot.
  holdout: { recallAt1: 0.71, recallAt3: 0.83, mrr: 0.77, offtopicRejection: 0.71, citationAccuracy: 0.77 },
};

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
/** Questions aimed straight at the junk: no answer may show any of it. */
const JUNK_QUESTIONS = ['read more', 'leave a reply', 'harry styles jade little mix', 'twitter (x) worldwide trends', 'advertisement click here', 'copyright all rights reserved'];
/**
 * Of those, the ones made only of words the articles use nowhere but in the junk get no answer at all.
 * ("leave a reply" is left out: its words also mean leaving and responses, which the articles discuss.)
 */
const JUNK_ONLY_QUESTIONS = JUNK_QUESTIONS.filter((q) => q !== 'leave a reply');

let index: SearchIndex;
const questions = {} as Record<Split, EvalQuestion[]>;
const citebot = {} as Record<Split, EvalReport>;
const baseline = {} as Record<Split, EvalReport>;
/** Every answer the evaluation got, by question: what a member asking it would read (RESULT_LIMIT is the bot's default). */
const answers = new Map<string, Answer>();

beforeAll(async () => {
  index = await loadCitebotIndex();
  const naive: AskFunction = await createNaiveBaseline();
  for (const split of SPLITS) {
    questions[split] = await loadQuestions(split);
    citebot[split] = evaluate(
      citebotAsk(index, undefined, (question, answer) => answers.set(question, answer)),
      questions[split],
    );
    baseline[split] = evaluate(naive, questions[split]);
  }
  // Both splits' 16,796 questions, each asked of citebot and of the baseline: about 30 s on a busy 2-core machine, over
  // the suite's default hook timeout. (A time limit, not a measure: nothing here asserts how long it takes.)
}, 180_000);

describe.each(SPLITS)('search quality on the %s split', (split) => {
  it('GIVEN the labelled questions THEN recall@1, recall@3 and MRR stay above their floors', () => {
    const { recallAt1, recallAt3, mrr } = citebot[split].overall;
    // Per-question detail for the tune split only: the holdout is measured, never studied.
    const failures = split === 'tune' ? `\nmissed at rank 1:\n${formatFailures(citebot[split])}` : '';
    expect(recallAt1, failures).toBeGreaterThanOrEqual(FLOORS[split].recallAt1);
    expect(recallAt3, failures).toBeGreaterThanOrEqual(FLOORS[split].recallAt3);
    expect(mrr, failures).toBeGreaterThanOrEqual(FLOORS[split].mrr);
  });

  it('GIVEN off-topic and near-topic questions THEN most get no answer at all', () => {
    expect(citebot[split].overall.offtopicRejection).toBeGreaterThanOrEqual(FLOORS[split].offtopicRejection);
  });

  it('GIVEN a question about a Source List outlet THEN the first excerpt cites that reference', () => {
    expect(citebot[split].overall.citationAccuracy).toBeGreaterThanOrEqual(FLOORS[split].citationAccuracy);
  });

  it('beats the naive MiniSearch baseline on every overall figure', () => {
    const ours = citebot[split].overall;
    const theirs = baseline[split].overall;
    expect(ours.recallAt1!).toBeGreaterThan(theirs.recallAt1!);
    expect(ours.recallAt3!).toBeGreaterThan(theirs.recallAt3!);
    expect(ours.mrr!).toBeGreaterThan(theirs.mrr!);
    expect(ours.offtopicRejection!).toBeGreaterThan(theirs.offtopicRejection!);
  });
});

describe('matching a phrase against an answer', () => {
  it('GIVEN a Chinese phrase a key joined over a wrapped line with a space ("外贸企业 “出海”的建议") THEN it matches the paragraph as Chinese writes it; spaces between Latin words or Korean ones still count', () => {
    expect(normaliseForMatch('外贸企业 “出海”的建议')).toBe(normaliseForMatch('外贸企业“出海”的建议'));
    expect(normaliseForMatch('TikTok 用户')).toBe('TikTok 用户');
    expect(normaliseForMatch('new  users')).toBe('new users');
    expect(normaliseForMatch('미국 사용자')).toBe('미국 사용자');
  });
});

describe('the question sets', () => {
  it.each(SPLITS)('GIVEN the %s split THEN every gold phrase is in an indexed paragraph, so every answerable question can be answered', (split) => {
    const paragraphs = [...index.chunks.values()].map((c) => normaliseForMatch(c.text));
    const unreachable = questions[split].flatMap((q, i) => q.gold.filter((g) => !paragraphs.some((p) => p.includes(normaliseForMatch(g)))).map(() => `question ${i + 1}`));
    expect(unreachable).toEqual([]);
  });
});

describe('answers hold no junk', () => {
  it('GIVEN any question, junk-seeking ones included THEN no answer shows text of the removed junk', () => {
    expect(RESULT_LIMIT).toBe(DEFAULT_ANSWER_LIMIT);
    for (const question of JUNK_QUESTIONS) answers.set(question, answerQuestion(index, question));
    // Every labelled question's answer, as the evaluation above got it, and the junk-seeking ones.
    expect(answers.size).toBeGreaterThanOrEqual(new Set(SPLITS.flatMap((split) => questions[split].map((q) => q.q))).size);
    // Collected, then asserted once: an expect() per excerpt and junk phrase cost seconds.
    const shown = [...answers].flatMap(([question, answer]) =>
      answer.items.flatMap((item) => JUNK.filter((junk) => item.chunk.text.includes(junk)).map((junk) => `"${junk}" answered "${question}"`)),
    );
    expect(shown).toEqual([]);
    for (const question of JUNK_ONLY_QUESTIONS) expect(answerQuestion(index, question).items, question).toEqual([]);
  });
});
