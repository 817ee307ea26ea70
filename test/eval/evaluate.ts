/**
 * Measures whether the first excerpts answer the question, on the labelled
 * questions of test/eval/questions.tune.json and questions.holdout.json. Used by `npm run eval` (figures next
 * to a naive baseline) and by quality.test.ts (floors).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { answerQuestion, type Answer } from '../../src/answer/answerQuestion.js';
import { SYNONYMS_FILE } from '../../src/search/analysis/synonyms.js';
import type { SearchIndex } from '../../src/search/index/buildIndex.js';
import type { Ranking } from '../../src/search/query/rankingConstants.js';
import { buildSnapshot } from '../../src/runtime/corpusStore.js';

export const KINDS = ['direct', 'paraphrase', 'wordform', 'metonym', 'typo', 'alias', 'spun', 'source', 'offtopic', 'neartopic'] as const;
export type QuestionKind = (typeof KINDS)[number];
export const STYLES = ['plain', 'chat'] as const;
export const LANGS = ['en', 'zh', 'mixed'] as const;
export const ANSWER_TYPES = ['who', 'when', 'where', 'quantity', 'what', 'why', 'how', 'yesno'] as const;
/** Kinds the corpus cannot answer: the right reply is the honest refusal. */
const UNANSWERABLE: ReadonlySet<QuestionKind> = new Set(['offtopic', 'neartopic']);

export interface EvalQuestion {
  q: string;
  kind: QuestionKind;
  /** How it is typed: chat is lower case, slang, abbreviations, typos. Default plain. */
  style?: (typeof STYLES)[number];
  /** Default en. */
  lang?: (typeof LANGS)[number];
  answerType?: (typeof ANSWER_TYPES)[number];
  /** A phrase from every paragraph that answers: any of them in a result's paragraph makes that result correct. */
  gold: string[];
  /** For "source" questions: the Source List number the first result must cite. */
  source?: number;
  note?: string;
  /** Where the question came from (v1: the project's first set; blind-tune: written from the articles alone). */
  origin?: string;
}

/** One ranked result as the evaluation sees it: the whole paragraph and the reference numbers it cites. */
export interface RankedResult {
  text: string;
  citations: readonly number[];
}

export interface AskResult {
  results: readonly RankedResult[];
  /** Shown as the closest passages, labelled as not a sure answer. */
  lowConfidence: boolean;
}

export type AskFunction = (question: string) => AskResult;

export interface QuestionOutcome {
  question: EvalQuestion;
  /** 1-based rank of the first correct result; null when none is correct. */
  firstCorrectRank: number | null;
  resultCount: number;
  lowConfidence: boolean;
  /** Source questions only: whether the first result cites the expected reference. */
  citationCorrect: boolean | null;
  /** The first result's paragraph, for the failure listing. */
  firstText: string | null;
}

export interface Metrics {
  /** Questions with gold phrases (everything but off-topic and near-topic). */
  answerable: number;
  recallAt1: number | null;
  recallAt3: number | null;
  mrr: number | null;
  /** Answerable questions answered with nothing at all. */
  answerableEmpty: number | null;
  /** Answerable questions answered with the labelled closest passages. */
  answerableLowConfidence: number | null;
  offtopic: number;
  /** Share of off-topic and near-topic questions answered with zero results. */
  offtopicRejection: number | null;
  /** Off-topic and near-topic questions answered with the labelled closest passages. */
  offtopicLowConfidence: number | null;
  sourceQuestions: number;
  citationAccuracy: number | null;
}

export interface EvalReport {
  overall: Metrics;
  byKind: Record<QuestionKind, Metrics>;
  byStyle: Record<string, Metrics>;
  byLang: Record<string, Metrics>;
  byAnswerType: Record<string, Metrics>;
  outcomes: QuestionOutcome[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../..');
export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');
/**
 * The question sets. Ranking constants, synonyms and stop words are changed
 * only while looking at `tune`; `holdout` was written from the articles alone,
 * before the changes it measures, and only its figures are ever printed.
 */
export const SPLITS = ['tune', 'holdout'] as const;
export type Split = (typeof SPLITS)[number];
export const questionsFile = (split: Split) => path.join(here, `questions.${split}.json`);
/** Results considered per question, for MRR: the answers a user can page through. */
export const RESULT_LIMIT = 12;

export const isAnswerable = (q: EvalQuestion) => !UNANSWERABLE.has(q.kind);

export async function loadQuestions(split: Split = 'tune', file = questionsFile(split)): Promise<EvalQuestion[]> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as { questions?: unknown };
  if (!Array.isArray(parsed.questions)) throw new Error(`${file}: expected {"questions": [...]}`);
  return parsed.questions.map((raw: unknown, i): EvalQuestion => {
    const q = raw as Partial<EvalQuestion>;
    const where = `${file} question ${i + 1}`;
    if (typeof q.q !== 'string' || q.q.trim() === '') throw new Error(`${where}: "q" must be a non-empty string`);
    if (!KINDS.includes(q.kind as QuestionKind)) throw new Error(`${where}: unknown kind ${String(q.kind)}`);
    if (q.style !== undefined && !STYLES.includes(q.style)) throw new Error(`${where}: unknown style ${String(q.style)}`);
    if (q.lang !== undefined && !LANGS.includes(q.lang)) throw new Error(`${where}: unknown lang ${String(q.lang)}`);
    if (q.answerType !== undefined && !ANSWER_TYPES.includes(q.answerType)) throw new Error(`${where}: unknown answerType ${String(q.answerType)}`);
    if (!Array.isArray(q.gold) || !q.gold.every((g) => typeof g === 'string')) throw new Error(`${where}: "gold" must be a list of strings`);
    if (UNANSWERABLE.has(q.kind as QuestionKind) ? q.gold.length > 0 : q.gold.length === 0) throw new Error(`${where}: off-topic and near-topic questions have no gold, others need some`);
    if (q.kind === 'source' && typeof q.source !== 'number') throw new Error(`${where}: source questions need a "source" number`);
    return q as EvalQuestion;
  });
}

/** Whitespace and typographic quotes do not decide whether a paragraph holds the answer. */
/** Han, kana and full-width punctuation: scripts set without spaces, where a space is only where a line was wrapped. */
const UNSPACED = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef“”‘’]`;
const SPACE_IN_UNSPACED = new RegExp(`(${UNSPACED})\\s+(?=${UNSPACED})`, 'gu');

export function normaliseForMatch(text: string): string {
  return text
    .replace(SPACE_IN_UNSPACED, '$1')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function containsGold(text: string, gold: readonly string[]): boolean {
  const haystack = normaliseForMatch(text);
  return gold.some((phrase) => haystack.includes(normaliseForMatch(phrase)));
}

export function evaluate(ask: AskFunction, questions: readonly EvalQuestion[]): EvalReport {
  const outcomes = questions.map((question): QuestionOutcome => {
    const answer = ask(question.q);
    const results = answer.results.slice(0, RESULT_LIMIT);
    const index = question.gold.length === 0 ? -1 : results.findIndex((r) => containsGold(r.text, question.gold));
    const first = results[0];
    return {
      question,
      firstCorrectRank: index < 0 ? null : index + 1,
      resultCount: results.length,
      lowConfidence: answer.lowConfidence && results.length > 0,
      citationCorrect: question.kind === 'source' ? (first?.citations.includes(question.source ?? NaN) ?? false) : null,
      firstText: first?.text ?? null,
    };
  });
  const groupBy = (key: (q: EvalQuestion) => string) => {
    const groups: Record<string, Metrics> = {};
    for (const name of [...new Set(outcomes.map((o) => key(o.question)))].sort()) groups[name] = summarise(outcomes.filter((o) => key(o.question) === name));
    return groups;
  };
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, summarise(outcomes.filter((o) => o.question.kind === kind))])) as Record<QuestionKind, Metrics>;
  return {
    overall: summarise(outcomes),
    byKind,
    byStyle: groupBy((q) => q.style ?? 'plain'),
    byLang: groupBy((q) => q.lang ?? 'en'),
    byAnswerType: groupBy((q) => (isAnswerable(q) ? (q.answerType ?? 'unlabelled') : 'unanswerable')),
    outcomes,
  };
}

function summarise(outcomes: readonly QuestionOutcome[]): Metrics {
  const answerable = outcomes.filter((o) => isAnswerable(o.question));
  const offtopic = outcomes.filter((o) => !isAnswerable(o.question));
  const sources = outcomes.filter((o) => o.citationCorrect !== null);
  const share = (list: readonly QuestionOutcome[], test: (o: QuestionOutcome) => boolean) =>
    list.length === 0 ? null : list.filter(test).length / list.length;
  const withinRank = (k: number) => (o: QuestionOutcome) => o.firstCorrectRank !== null && o.firstCorrectRank <= k;
  return {
    answerable: answerable.length,
    recallAt1: share(answerable, withinRank(1)),
    recallAt3: share(answerable, withinRank(3)),
    mrr: answerable.length === 0 ? null : answerable.reduce((sum, o) => sum + (o.firstCorrectRank === null ? 0 : 1 / o.firstCorrectRank), 0) / answerable.length,
    answerableEmpty: share(answerable, (o) => o.resultCount === 0),
    answerableLowConfidence: share(answerable, (o) => o.lowConfidence),
    offtopic: offtopic.length,
    offtopicRejection: share(offtopic, (o) => o.resultCount === 0),
    offtopicLowConfidence: share(offtopic, (o) => o.lowConfidence),
    sourceQuestions: sources.length,
    citationAccuracy: share(sources, (o) => o.citationCorrect === true),
  };
}

/** citebot as a user meets it: the index built from seeds/ the way the bot builds it. */
export async function loadCitebotIndex(seedsDir = SEEDS_DIR): Promise<SearchIndex> {
  const snapshot = await buildSnapshot(seedsDir, { maxFileBytes: 10 * 1024 * 1024 }, 1);
  return snapshot.index;
}

/** citebot's answers as the evaluation reads them; `keep` sees each whole answer too (its paragraphs, for other checks). */
export function citebotAsk(index: SearchIndex, ranking?: Ranking, keep?: (question: string, answer: Answer) => void): AskFunction {
  return (question) => {
    const answer = answerQuestion(index, question, ranking ? { limit: RESULT_LIMIT, ranking } : { limit: RESULT_LIMIT });
    keep?.(question, answer);
    return {
      lowConfidence: answer.status === 'low-confidence',
      results: answer.items.map((item) => ({ text: item.chunk.text, citations: item.citations.references.map((r) => r.number) })),
    };
  };
}

/**
 * The naive baseline: blank-line paragraphs of the raw seed files (no decoding
 * repair, no junk removal) in MiniSearch with its default options. It cites
 * nothing and rejects a question only when MiniSearch finds nothing at all.
 */
export async function createNaiveBaseline(seedsDir = SEEDS_DIR): Promise<AskFunction> {
  const files = (await readdir(seedsDir)).filter((f) => f.endsWith('.txt') && f !== SYNONYMS_FILE).sort();
  const paragraphs: { id: number; text: string }[] = [];
  for (const file of files) {
    const raw = await readFile(path.join(seedsDir, file), 'utf8');
    for (const text of raw.split(/\r?\n[ \t]*\r?\n/)) if (text.trim() !== '') paragraphs.push({ id: paragraphs.length, text });
  }
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  mini.addAll(paragraphs);
  return (question) => ({
    lowConfidence: false,
    results: mini
      .search(question)
      .slice(0, RESULT_LIMIT)
      .map((r) => ({ text: paragraphs[Number(r.id)]?.text ?? '', citations: [] })),
  });
}

export interface Latency {
  p50: number;
  p99: number;
  samples: number;
}

/** Wall-clock latency of `ask` over the questions, repeated; printed by `npm run eval`, never asserted. */
export function measureLatency(ask: (question: string) => unknown, questions: readonly EvalQuestion[], repeats = 20): Latency {
  for (const { q } of questions) ask(q);
  const samples: number[] = [];
  for (let r = 0; r < repeats; r++) {
    for (const { q } of questions) {
      const start = performance.now();
      ask(q);
      samples.push(performance.now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), samples: samples.length };
}

const ROWS: { label: string; value: (m: Metrics) => number | null; percent?: boolean }[] = [
  { label: 'recall@1', value: (m) => m.recallAt1 },
  { label: 'recall@3', value: (m) => m.recallAt3 },
  { label: 'MRR', value: (m) => m.mrr },
  { label: 'answerable answered with nothing', value: (m) => m.answerableEmpty, percent: true },
  { label: 'answerable, labelled not sure', value: (m) => m.answerableLowConfidence, percent: true },
  { label: 'off-topic rejection', value: (m) => m.offtopicRejection, percent: true },
  { label: 'off-topic, labelled not sure', value: (m) => m.offtopicLowConfidence, percent: true },
  { label: 'citation accuracy', value: (m) => m.citationAccuracy, percent: true },
];

const cell = (v: number | null, percent = false) => (v === null ? '—' : percent ? `${(v * 100).toFixed(1)}%` : v.toFixed(3));

/** The side-by-side table `npm run eval` prints for one split: overall figures next to the naive baseline. */
export function formatComparison(baseline: EvalReport, citebot: EvalReport): string {
  const lines: string[] = [];
  const row = (cols: string[]) => lines.push(cols.map((c, i) => (i === 0 ? c.padEnd(34) : c.padStart(10))).join(' '));
  const o = citebot.overall;
  lines.push(`Overall (${o.answerable} answerable, ${o.offtopic} off-topic or near-topic, ${o.sourceQuestions} source)`);
  row(['', 'baseline', 'citebot', 'delta']);
  for (const r of ROWS) {
    const bv = r.value(baseline.overall);
    const cv = r.value(o);
    if (bv === null && cv === null) continue;
    const delta = bv === null || cv === null ? '' : `${cv - bv >= 0 ? '+' : ''}${r.percent ? `${((cv - bv) * 100).toFixed(1)}pt` : (cv - bv).toFixed(3)}`;
    row([`  ${r.label}`, cell(bv, r.percent), cell(cv, r.percent), delta]);
  }
  return lines.join('\n');
}

/** citebot's figures by kind, style, language and answer type: one line per group. */
export function formatBreakdown(report: EvalReport): string {
  const lines: string[] = [];
  const header = (title: string) => lines.push('', `${title.padEnd(22)}${['n', 'R@1', 'R@3', 'MRR', 'empty', 'not sure', 'reject'].map((h) => h.padStart(9)).join('')}`);
  const line = (name: string, m: Metrics) => {
    const n = m.answerable + m.offtopic;
    if (n === 0) return;
    const cells = [String(n), cell(m.recallAt1), cell(m.recallAt3), cell(m.mrr), cell(m.answerableEmpty, true), cell(m.answerable > 0 ? m.answerableLowConfidence : m.offtopicLowConfidence, true), cell(m.offtopicRejection, true)];
    lines.push(`  ${name.padEnd(20)}${cells.map((c) => c.padStart(9)).join('')}`);
  };
  header('by kind');
  for (const kind of KINDS) line(kind, report.byKind[kind]);
  for (const [title, groups] of [['by style', report.byStyle], ['by language', report.byLang], ['by answer type', report.byAnswerType]] as const) {
    header(title);
    for (const [name, m] of Object.entries(groups)) line(name, m);
  }
  return lines.join('\n');
}

/** Questions citebot gets wrong at rank 1 (or answers when it should not), for whoever tunes the ranking: tune split only. */
export function formatFailures(report: EvalReport): string {
  const lines: string[] = [];
  for (const o of report.outcomes) {
    const { kind, q } = o.question;
    const answerable = isAnswerable(o.question);
    const wrong = !answerable ? o.resultCount > 0 : o.firstCorrectRank !== 1 || o.citationCorrect === false;
    if (!wrong) continue;
    const sure = o.lowConfidence ? ' (labelled not sure)' : '';
    const what = !answerable
      ? `answered with ${o.resultCount} result(s)${sure}`
      : `${o.firstCorrectRank === null ? 'no correct result' : `first correct at rank ${o.firstCorrectRank}`}${sure}${o.citationCorrect === false ? ', first result misses the citation' : ''}`;
    const first = o.firstText === null ? '' : `\n      first: ${o.firstText.slice(0, 110)}${o.firstText.length > 110 ? '…' : ''}`;
    lines.push(`  [${kind}${o.question.style === 'chat' ? ', chat' : ''}] ${q} — ${what}${first}`);
  }
  return lines.length === 0 ? '  none' : lines.join('\n');
}
