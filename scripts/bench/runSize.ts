/**
 * One benchmark size, run in its own process so that heap and RSS figures
 * belong to that size alone: generate the corpus, build it through the real
 * CorpusStore, time the questions, reload under load, then the reference index.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Charset, Index } from 'flexsearch';
import { answerQuestion, DEFAULT_ANSWER_LIMIT } from '../../src/answer/answerQuestion.js';
import { chunkParagraphs } from '../../src/chunks/chunkParagraphs.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { renderAnswer } from '../../src/render/renderAnswer.js';
import { CorpusStore, type Snapshot } from '../../src/runtime/corpusStore.js';
import { createAnalyzer } from '../../src/search/analysis/analyzer.js';
import { buildIndex } from '../../src/search/index/buildIndex.js';
import { searchChunks } from '../../src/search/query/searchChunks.js';
import { generateQuestions, interleave, loadEvalQuestions } from './benchQuestions.js';
import { profile, type ProfileSummary } from './cpuProfile.js';
import { buildTextModel, writeCorpus } from './generateCorpus.js';
import { summarize, timeEach, type Latency } from './latency.js';
import { reloadUnderLoad, type ReloadUnderLoad } from './reloadUnderLoad.js';

export interface SizeOptions {
  paragraphs: number;
  queries: number;
  profile: boolean;
  phases: boolean;
  /** Seconds of timed work per latency row; large corpora then time fewer questions. */
  budgetSeconds: number;
  seedsDir: string;
  questionsFile: string;
}

export interface SizeResult {
  paragraphs: number;
  files: number;
  megabytes: number;
  chunks: number;
  documents: number;
  references: number;
  vocabulary: number;
  generateMs: number;
  buildMs: number;
  phases: { loadMs: number; chunkMs: number; indexMs: number } | null;
  heapUsedMb: number;
  rssMb: number;
  /** Highest RSS while citebot built, answered and reloaded (two snapshots alive), before any raw-search row ran. */
  peakRssMb: number;
  /** Questions timed per row (a prefix of the set when the time budget ran out). */
  queries: number;
  /** How many chunks a plain OR query over the question's terms matches (all of them are scored). */
  candidates: Latency;
  /** Sum over a question's terms of the chunks holding each: the postings MiniSearch walks and scores. */
  postings: Latency;
  latency: Record<'rawOr' | 'rawAnd' | 'rawOrCutoff10' | 'rawOrCutoff2' | 'rawOrRarest4' | 'rawOrPostings' | 'search' | 'answer' | 'render' | 'ask' | 'flex', Latency>;
  /** The questions /ask took longest on, with how many chunks their plain OR query matches. */
  slowest: { question: string; askMs: number; searchMs: number; matched: number; postings: number; terms: number }[];
  statuses: Record<string, number>;
  reload: Omit<ReloadUnderLoad, 'report'> & { ok: boolean; intervalMs: number };
  flex: { buildMs: number; heapMb: number };
  profile: ProfileSummary | null;
}

const MB = 1024 * 1024;
/** Progress on stderr, so a long size shows where it is; the table goes to stdout. */
const progress = (paragraphs: number, message: string) => {
  const rss = (process.memoryUsage().rss / MB).toFixed(0);
  process.stderr.write(`  ${paragraphs.toLocaleString('en-US')} ¶: ${message} (RSS ${rss} MB)\n`);
};
const latencyOnly = ({ times: _times, ...latency }: Latency & { times: number[] }): Latency => latency;
const WARMUP = 5;
const PROFILED_QUESTIONS = 20;
export const POSTINGS_BUDGET = 20_000;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

export async function runSize(options: SizeOptions): Promise<SizeResult> {
  const model = await buildTextModel(options.seedsDir);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-bench-'));
  try {
    const generateStarted = performance.now();
    const generated = await writeCorpus(model, options.seedsDir, dir, options.paragraphs);
    const generateMs = performance.now() - generateStarted;
    progress(options.paragraphs, `wrote ${generated.files} files in ${(generateMs / 1000).toFixed(1)} s`);
    const questions = interleave(await loadEvalQuestions(options.questionsFile), generateQuestions(model, options.queries), options.queries);

    // Each step's data goes out of scope before the next, so one step's memory does not count in another's.
    const citebot = await measureCitebot(dir, questions, options);
    const reference = measureReference(citebot.analysed, citebot.terms);
    citebot.latency.flex = reference.latency;
    const phases = options.phases ? await measurePhases(dir, options.paragraphs) : null;
    const { analysed: _analysed, terms: _terms, ...result } = citebot;
    return {
      ...result,
      paragraphs: options.paragraphs,
      files: generated.files,
      megabytes: generated.bytes / MB,
      generateMs,
      phases,
      flex: { buildMs: reference.buildMs, heapMb: reference.heapMb },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

type CitebotFigures = Omit<SizeResult, 'paragraphs' | 'files' | 'megabytes' | 'generateMs' | 'phases' | 'flex'> & {
  /** Every chunk's analysed text and every question's terms, for the reference index. */
  analysed: string[];
  terms: string[][];
};

async function measureCitebot(dir: string, questions: readonly string[], options: SizeOptions): Promise<CitebotFigures> {
  gc();
  const store = new CorpusStore(dir, { maxFileBytes: 10 * MB });
  const buildStarted = performance.now();
  const first = await store.reload();
  const buildMs = performance.now() - buildStarted;
  if (!first.ok) throw new Error(`the generated corpus did not load: ${first.error}`);
  gc();
  const memory = process.memoryUsage();
  progress(options.paragraphs, `built the index in ${(buildMs / 1000).toFixed(1)} s`);
  const snapshot = store.current as Snapshot;
  const { index } = snapshot;
  const ask = (question: string, from: Snapshot) => {
    const answer = answerQuestion(from.index, question, { limit: DEFAULT_ANSWER_LIMIT });
    return renderAnswer(answer, { page: 0, sessionId: 'bench', isPrivate: false, documentCount: from.documents.length });
  };

  const chunkCount = index.chunkCount;
  const df = (term: string) => index.documentFrequency.get(term) ?? 0;
  const rarest = (t: readonly string[], count: number) => [...t].sort((x, y) => df(x) - df(y)).slice(0, count);
  /** The rarest terms whose postings fit the budget (at least one): the cost of a query is bounded whatever the corpus. */
  const withinPostings = (t: readonly string[], budget: number) => {
    const kept: string[] = [];
    let postings = 0;
    for (const term of rarest(t, t.length)) {
      if (kept.length > 0 && postings + df(term) > budget) break;
      kept.push(term);
      postings += df(term);
    }
    return kept;
  };
  const budget = { budgetMs: options.budgetSeconds * 1000, warmup: WARMUP };

  // /ask end to end sets the question count for every other row: as many as fit the time budget.
  progress(options.paragraphs, `timing /ask on up to ${questions.length} questions (budget ${options.budgetSeconds} s per row)`);
  const split: { answerMs: number; renderMs: number; status: string }[] = [];
  const askTimes = timeEach(
    questions,
    (q) => {
      const started = performance.now();
      const answer = answerQuestion(index, q, { limit: DEFAULT_ANSWER_LIMIT });
      const answered = performance.now();
      const payload = renderAnswer(answer, { page: 0, sessionId: 'bench', isPrivate: false, documentCount: snapshot.documents.length });
      split.push({ answerMs: answered - started, renderMs: performance.now() - answered, status: answer.status });
      return payload;
    },
    budget,
  );
  const timed = split.slice(WARMUP);
  const subset = questions.slice(0, askTimes.samples);
  const terms = subset.map((q) => index.analyzer.terms(q));
  const statuses: Record<string, number> = {};
  for (const { status } of timed) statuses[status] = (statuses[status] ?? 0) + 1;

  progress(options.paragraphs, 'reloading while questions arrive');
  const askDuringReload = (question: string) => {
    const serving = store.current as Snapshot;
    ask(question, serving);
    const complete = serving.index.mini.documentCount === serving.index.chunkCount && serving.index.chunks.size === serving.index.chunkCount;
    return { generation: serving.generation, complete };
  };
  // A new question every few ms, or, when answering takes longer, often enough to keep the loop about half busy.
  const intervalMs = Math.min(1000, Math.max(5, Math.round(2 * askTimes.p50)));
  const { report, ...reload } = await reloadUnderLoad(store, askDuringReload, subset, intervalMs);
  // Up to here only citebot has run: build, questions, reload with two snapshots alive.
  const peakRssMb = (process.resourceUsage().maxRSS * 1024) / MB;
  progress(options.paragraphs, `reloaded in ${(reload.durationMs / 1000).toFixed(1)} s`);

  const served = store.current as Snapshot;
  // Profiled after the peak RSS is read: the profiler's own memory is not citebot's.
  const cpu = options.profile
    ? await profile(() => {
        for (const q of subset.slice(0, PROFILED_QUESTIONS)) ask(q, served);
      })
    : null;
  progress(options.paragraphs, `timing searchChunks and raw MiniSearch on ${subset.length} questions`);
  const searchTimes = timeEach(subset, (q) => searchChunks(served.index, q), { warmup: WARMUP });
  const matched: number[] = [];
  const rawOr = timeEach(
    terms,
    (t) => {
      const results = served.index.mini.search(t.join(' '));
      matched.push(results.length);
      return results;
    },
    { warmup: WARMUP },
  );
  /** Lucene's "cutoff frequency" idea: terms in more than `share` of chunks select almost nothing. */
  const selective = (t: readonly string[], share: number) => {
    const kept = t.filter((term) => df(term) <= share * chunkCount);
    return kept.length > 0 ? kept : rarest(t, 1);
  };
  // Citebot's own rows are timed first, so the peak RSS above is citebot's, not the raw searches' garbage.
  const latency = {
    rawOr: latencyOnly(rawOr),
    rawAnd: latencyOnly(timeEach(terms, (t) => served.index.mini.search(t.join(' '), { combineWith: 'AND' }), { warmup: WARMUP })),
    rawOrCutoff10: latencyOnly(timeEach(terms, (t) => served.index.mini.search(selective(t, 0.1).join(' ')), { warmup: WARMUP })),
    rawOrCutoff2: latencyOnly(timeEach(terms, (t) => served.index.mini.search(selective(t, 0.02).join(' ')), { warmup: WARMUP })),
    rawOrRarest4: latencyOnly(timeEach(terms, (t) => served.index.mini.search(rarest(t, 4).join(' ')), { warmup: WARMUP })),
    rawOrPostings: latencyOnly(timeEach(terms, (t) => served.index.mini.search(withinPostings(t, POSTINGS_BUDGET).join(' ')), { warmup: WARMUP })),
    search: latencyOnly(searchTimes),
    answer: summarize(timed.map((t) => t.answerMs)),
    render: summarize(timed.map((t) => t.renderMs)),
    ask: latencyOnly(askTimes),
    flex: summarize([]),
  };
  const slowest = subset
    .map((question, i) => ({
      question,
      askMs: askTimes.times[i] ?? 0,
      searchMs: searchTimes.times[i] ?? 0,
      matched: matched[WARMUP + i] ?? 0,
      postings: (terms[i] ?? []).reduce((sum, term) => sum + df(term), 0),
      terms: terms[i]?.length ?? 0,
    }))
    .sort((a, b) => b.askMs - a.askMs)
    .slice(0, 8);
  return {
    chunks: index.chunkCount,
    documents: snapshot.documents.length,
    references: snapshot.references.length,
    vocabulary: index.documentFrequency.size,
    buildMs,
    heapUsedMb: memory.heapUsed / MB,
    rssMb: memory.rss / MB,
    peakRssMb,
    queries: subset.length,
    candidates: summarize(matched.slice(WARMUP)),
    postings: summarize(terms.map((t) => t.reduce((sum, term) => sum + df(term), 0))),
    latency,
    slowest,
    statuses,
    reload: { ...reload, ok: report.ok, intervalMs },
    profile: cpu,
    analysed: [...served.index.chunks.values()].map((c) => served.index.analyzer.terms(c.text).join(' ')),
    terms,
  };
}

/** flexsearch 0.8 over the same analysed text and terms citebot uses, so only the engines differ. */
function measureReference(analysed: readonly string[], terms: readonly string[][]): { buildMs: number; heapMb: number; latency: Latency } {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const flex = new Index({ tokenize: 'strict', encoder: Charset.Exact });
  analysed.forEach((text, i) => flex.add(i, text));
  const buildMs = performance.now() - started;
  gc();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / MB;
  const latency = latencyOnly(timeEach(terms, (t) => flex.search(t.join(' '), { limit: 60, suggest: true })));
  return { buildMs, heapMb, latency };
}

/** The build again, step by step, to show which step the time goes to. */
async function measurePhases(dir: string, paragraphs: number): Promise<NonNullable<SizeResult['phases']>> {
  gc();
  progress(paragraphs, 'timing the build phases');
  const loadStarted = performance.now();
  const corpus = await loadCorpus(dir, { maxFileBytes: 10 * MB });
  const chunkStarted = performance.now();
  const chunks = chunkParagraphs(corpus.documents);
  const indexStarted = performance.now();
  await buildIndex({ chunks, documents: corpus.documents.map((d) => d.meta), references: corpus.references, analyzer: createAnalyzer(corpus.synonyms) });
  return { loadMs: chunkStarted - loadStarted, chunkMs: indexStarted - chunkStarted, indexMs: performance.now() - indexStarted };
}
