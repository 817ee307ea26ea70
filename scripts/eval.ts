/**
 * `npm run eval`: how often citebot's first excerpts answer the labelled
 * questions, on the tune and holdout splits, next to a naive MiniSearch
 * baseline measured in the same run, plus answerQuestion latency (printed
 * only; timings are never asserted). Per-question failures are listed for
 * the tune split only: the holdout is measured, never studied.
 */
import { answerQuestion } from '../src/answer/answerQuestion.js';
import {
  citebotAsk,
  createNaiveBaseline,
  evaluate,
  formatBreakdown,
  formatComparison,
  formatFailures,
  loadCitebotIndex,
  loadQuestions,
  measureLatency,
  SPLITS,
} from '../test/eval/evaluate.js';
import { articleEvaluation } from '../test/eval/articles.js';
import { formatClaimsEvaluation } from '../test/eval/claims.js';

const REPEATS = 20;
const quiet = process.argv.includes('--figures');
// `--tune` measures the tune split alone: what tuning looks at.
const splits = process.argv.includes('--tune') ? SPLITS.filter((s) => s === 'tune') : SPLITS;

const index = await loadCitebotIndex();
const baselineAsk = await createNaiveBaseline();
const out = (text: string) => process.stdout.write(`${text}\n`);
out(`citebot evaluation over ${index.chunkCount} paragraphs`);
for (const split of splits) {
  const questions = await loadQuestions(split);
  const citebot = evaluate(citebotAsk(index), questions);
  out(`\n━━ ${split} split: ${questions.length} questions ━━`);
  out(formatComparison(evaluate(baselineAsk, questions), citebot));
  out(formatBreakdown(citebot));
  if (split === 'tune') {
    const latency = measureLatency((q) => answerQuestion(index, q), questions, REPEATS);
    out(`\nanswerQuestion latency over ${latency.samples} calls (${REPEATS}× each tune question): p50 ${latency.p50.toFixed(2)} ms, p99 ${latency.p99.toFixed(2)} ms`);
    if (!quiet) out(`\nMissed at rank 1 by citebot (tune split):\n${formatFailures(citebot)}`);
  }
}

out(`\n━━ claims (Find sources) ━━\n${await formatClaimsEvaluation(index, baselineAsk, { failures: !quiet })}`);
// Cleaning and metadata on dirty articles dropped in without corpus.json (test/eval/articles/).
// The whole tune half's floors are checked here, not in the test suite (which measures a fixed sample of it).
const articles = await articleEvaluation();
out(`\n${articles.text}`);
if (articles.slips.length > 0) process.exitCode = 1;
