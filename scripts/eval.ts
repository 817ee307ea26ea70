/**
 * `npm run eval`: how often citebot's first excerpts answer the labelled
 * questions, next to a naive MiniSearch baseline measured in the same run,
 * plus answerQuestion latency (printed only; timings are never asserted).
 */
import { answerQuestion } from '../src/answer/answerQuestion.js';
import {
  citebotAsk,
  createNaiveBaseline,
  evaluate,
  formatComparison,
  formatFailures,
  loadCitebotIndex,
  loadQuestions,
  measureLatency,
} from '../test/eval/evaluate.js';
import { articleEvaluationText } from '../test/eval/articles.js';

const REPEATS = 20;

const questions = await loadQuestions();
const index = await loadCitebotIndex();
const baseline = evaluate(await createNaiveBaseline(), questions);
const citebot = evaluate(citebotAsk(index), questions);
const latency = measureLatency((q) => answerQuestion(index, q), questions, REPEATS);

const out = (text: string) => process.stdout.write(`${text}\n`);
out(`citebot evaluation: ${questions.length} questions, ${index.chunkCount} paragraphs`);
out(formatComparison(baseline, citebot));
out(`\nanswerQuestion latency over ${latency.samples} calls (${REPEATS}× each question): p50 ${latency.p50.toFixed(2)} ms, p99 ${latency.p99.toFixed(2)} ms`);
out(`\nMissed at rank 1 by citebot:\n${formatFailures(citebot)}`);
// Cleaning and metadata on dirty articles dropped in without corpus.json (test/eval/articles/).
out(`\n${await articleEvaluationText()}`);
