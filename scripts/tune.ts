/**
 * `npm run tune`: coordinate descent over the ranking's constants
 * (src/search/query/rankingConstants.ts) on the tune split only, printing
 * each step and the best values found. It never reads the holdout split.
 * The objective is the mean of recall@1, recall@3, MRR and off-topic
 * rejection: finding answers and refusing honestly weigh the same.
 */
import { RANKING, type Ranking } from '../src/search/query/rankingConstants.js';
import { citebotAsk, evaluate, loadCitebotIndex, loadQuestions, type Metrics } from '../test/eval/evaluate.js';

type Knob = { name: string; values: number[]; set: (r: Ranking, v: number) => Ranking; get: (r: Ranking) => number };

const scalar = (key: keyof Ranking, values: number[]): Knob => ({
  name: key,
  values,
  set: (r, v) => ({ ...r, [key]: v }),
  get: (r) => r[key] as number,
});
const relation = (key: keyof Ranking['relationCredit'], values: number[]): Knob => ({
  name: `relationCredit.${key}`,
  values,
  set: (r, v) => ({ ...r, relationCredit: { ...r.relationCredit, [key]: v } }),
  get: (r) => r.relationCredit[key],
});

const KNOBS: Knob[] = [
  scalar('fullMatchCredit', [0.5, 0.6, 0.7, 0.8, 1]),
  scalar('minCoverage', [0.4, 0.45, 0.5, 0.55, 0.6, 0.65]),
  scalar('minCoverageWithRareMatch', [0.25, 0.3, 0.35, 0.4, 0.45, 1]),
  scalar('procedureMinCoverage', [0.65, 0.8, 0.9, 1]),
  scalar('rareMatchShare', [0.6, 0.9, 1.2, 1.5]),
  scalar('closeMatchCredit', [0.7, 0.85, 0.95]),
  scalar('bm25Share', [0.1, 0.2, 0.3, 0.5]),
  scalar('openingNameBonus', [0, 0.05, 0.1, 0.15, 0.2]),
  scalar('openingAliasShare', [0, 0.3, 0.5, 0.8, 1]),
  scalar('namedDocumentBonus', [0, 0.1, 0.2, 0.3, 0.5]),
  scalar('namingBonus', [0, 0.1, 0.2, 0.3, 0.5]),
  scalar('writtenNameBonus', [0, 0.025, 0.05, 0.1]),
  scalar('adverbWeight', [0, 0.15, 0.3, 0.6, 1]),
  scalar('chineseFunctionShare', [0.34, 0.5, 0.67, 1.01]),
  scalar('unknownWordWeight', [0.2, 0.4, 0.6, 0.8, 1]),
  scalar('commonWordWeight', [0.8, 1, 1.25, 1.5, 2]),
  // Not below 0.3: an adjective that carries the question ("is lemon8 profitable") would stop counting against an answer.
  scalar('missingActionWeight', [0.3, 0.5, 0.7, 1]),
  scalar('answerTypeWeight', [0, 0.25, 0.5, 1, 1.5]),
  scalar('glossCredit', [0.5, 0.65, 0.8, 0.95]),
  scalar('glossRankDecay', [0.8, 0.85, 0.9, 0.95, 1]),
  scalar('lowConfidenceCoverage', [0.15, 0.2, 0.25, 0.3, 0.35, 0.4]),
  scalar('lowConfidenceMaxShare', [0.02, 0.05, 0.1]),
  relation('synonym', [0.6, 0.7, 0.8, 0.9]),
  relation('derivation', [0.6, 0.7, 0.8, 0.9]),
  relation('similar', [0, 0.3, 0.5, 0.7]),
  relation('broader', [0, 0.3, 0.5, 0.7]),
  relation('narrower', [0, 0.3, 0.5, 0.7]),
];

const objective = (m: Metrics) => ((m.recallAt1 ?? 0) + (m.recallAt3 ?? 0) + (m.mrr ?? 0) + (m.offtopicRejection ?? 0)) / 4;
const describe = (m: Metrics) =>
  `R@1 ${m.recallAt1?.toFixed(3)} R@3 ${m.recallAt3?.toFixed(3)} MRR ${m.mrr?.toFixed(3)} reject ${((m.offtopicRejection ?? 0) * 100).toFixed(1)}%`;

const index = await loadCitebotIndex();
const questions = await loadQuestions('tune');
const measure = (ranking: Ranking) => evaluate(citebotAsk(index, ranking), questions).overall;

let best = RANKING;
let bestMetrics = measure(best);
process.stdout.write(`start: ${objective(bestMetrics).toFixed(4)} ${describe(bestMetrics)}\n`);
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 2;
for (let round = 1; round <= rounds; round++) {
  for (const knob of KNOBS) {
    for (const value of knob.values) {
      if (value === knob.get(best)) continue;
      const trial = knob.set(best, value);
      const metrics = measure(trial);
      if (objective(metrics) > objective(bestMetrics) + 1e-9) {
        best = trial;
        bestMetrics = metrics;
        process.stdout.write(`round ${round}: ${knob.name} = ${value} → ${objective(metrics).toFixed(4)} ${describe(metrics)}\n`);
      }
    }
  }
}
process.stdout.write(`\nbest on the tune split: ${describe(bestMetrics)}\n${JSON.stringify(best, null, 2)}\n`);
