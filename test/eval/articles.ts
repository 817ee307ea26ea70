/**
 * Cleaning and metadata measured on dirty articles nobody tuned for: each
 * half of test/eval/articles/ is a folder of scraped pages (text and HTML,
 * no corpus.json) with expected.json saying what each must yield (its
 * paragraphs, its headings, the junk that must not be indexed, its title,
 * author, date, publisher and URL, and questions about it). The folder is
 * loaded exactly as a moderator's drop-in would be (SEEDS_DIR, no manifest).
 *
 * `tune` is the half the cleaning rules were tuned on: failures are listed
 * item by item. `unseen` was never looked at while writing the rules: only
 * its aggregate figures are printed, so it stays a fair test.
 */
import { createHash } from 'node:crypto';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import type { Chunk } from '../../src/chunks/chunkParagraphs.js';
import { splitSentences } from '../../src/chunks/chunkParagraphs.js';
import type { DocumentMeta } from '../../src/corpus/types.js';
import { startModuleWorker } from '../../src/runtime/moduleWorker.js';
import { postPrepared, prepareSnapshot, type PreparedSnapshot } from '../../src/runtime/prepareSnapshot.js';
import { createAnalyzer } from '../../src/search/analysis/analyzer.js';
import { assembleIndex } from '../../src/search/index/buildIndex.js';
import type { SearchIndex } from '../../src/search/index/buildIndex.js';
import { NO_SLICES } from '../../src/search/index/timeSlices.js';
import { withAnalysedChunkLimit } from '../../src/search/query/searchChunks.js';
import { containsGold, normaliseForMatch } from './evaluate.js';
import { floorSlips, TUNE_FLOORS } from './tuneFloors.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ARTICLES_DIR = path.join(here, 'articles');
export const HALVES = ['tune', 'unseen'] as const;
export type Half = (typeof HALVES)[number];

const META_FIELDS = ['title', 'author', 'date', 'publisher', 'url'] as const;
type MetaField = (typeof META_FIELDS)[number];

export interface ExpectedArticle extends Record<MetaField, string> {
  file: string;
  site?: string;
  /** Every paragraph of the article, as it reads. */
  content: string[];
  headings?: string[];
  /** Text from the page that must not be indexed. */
  junk: string[];
  questions?: { q: string; gold: string[] }[];
}

export interface ArticleOutcome {
  file: string;
  found: boolean;
  /** Content sentences not found in the article's chunks. */
  lostSentences: string[];
  sentences: number;
  keptJunk: string[];
  junk: number;
  missingHeadings: string[];
  strayHeadings: string[];
  meta: Record<MetaField, { expected: string; actual: string; right: boolean }>;
  /** Questions whose gold phrase is in none of the first three answers. */
  missedQuestions: string[];
  questions: number;
}

export interface HalfReport {
  half: Half;
  articles: ArticleOutcome[];
  chunks: number;
}

export async function loadExpected(folder: string): Promise<ExpectedArticle[]> {
  const parsed = JSON.parse(await readFile(path.join(folder, 'expected.json'), 'utf8')) as { articles?: unknown };
  if (!Array.isArray(parsed.articles)) throw new Error(`${folder}/expected.json: expected {"articles": [...]}`);
  return parsed.articles as ExpectedArticle[];
}

/**
 * A fixed number of a half's pages, the same ones whatever else the half holds: those whose file names hash lowest
 * (SHA-1). A page folded in later joins only if its hash is lower than one already chosen, and then takes that one's
 * place, so the sample stays this size however large the half grows, and spreads over every set.
 */
export function samplePages(articles: readonly ExpectedArticle[], pages: number): ExpectedArticle[] {
  const hash = (file: string) => createHash('sha1').update(file).digest('hex');
  const chosen = new Set(
    articles
      .map((article) => ({ article, hash: hash(article.file) }))
      .sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0))
      .slice(0, pages)
      .map(({ article }) => article),
  );
  return articles.filter((article) => chosen.has(article));
}

/** Copies a sample of a half's pages, with the part of its expected.json that describes them, into an empty folder. */
export async function writeSample(folder: string, pages: number, into: string): Promise<ExpectedArticle[]> {
  const sample = samplePages(await loadExpected(folder), pages);
  await Promise.all(sample.map((article) => copyFile(path.join(folder, article.file), path.join(into, article.file))));
  await writeFile(path.join(into, 'expected.json'), JSON.stringify({ articles: sample }));
  return sample;
}

/**
 * Spacing, typographic quotes and case do not decide whether a phrase was kept, nor do footnote marks ("likes within
 * 24 hours.[2]"): they are furniture the cleaner removes (the issue lists them), and a key may quote them.
 */
function key(text: string): string {
  return normaliseForMatch(text.replace(/\[\d{1,3}\]/g, '')).toLowerCase();
}

/** Authors as a set of names: "Lydia Chen, Marcus Bell" (how a key may list them) is "Lydia Chen and Marcus Bell". */
function sameNames(actual: string, expected: string): boolean {
  const names = (text: string) => text.split(/\s*(?:,|;|&|\band\b)\s*/).map(key).filter((n) => n !== '').sort().join('|');
  return names(actual) === names(expected);
}

/**
 * Junk is kept when its text is in one of the article's chunks or headings.
 * Junk that also occurs inside the expected content (a phrase shared with a
 * real paragraph) can only be kept as a line of its own, so those are
 * checked against whole chunks.
 */
function junkKept(junk: string, chunks: readonly { text: string; heading: string }[], content: readonly string[]): boolean {
  const k = key(junk);
  const inContent = content.some((c) => c.includes(k));
  return chunks.some((c) => (inContent ? c.text === k || c.heading === k : c.text.includes(k) || c.heading.includes(k)));
}

/** Paragraphs kept analysed while the half's questions are asked: all of the tune half's, so each is analysed once. */
export const EVALUATION_ANALYSED_CHUNKS = 40_000;

/** A question about a page, and the phrases that answer it. */
export interface AskedQuestion {
  q: string;
  gold: readonly string[];
}

/** Whether one of the first three excerpts holds a gold phrase. */
export function answeredInFirstThree(index: SearchIndex, question: AskedQuestion): boolean {
  return answerQuestion(index, question.q, { limit: 3 }).items.slice(0, 3).some((item) => containsGold(item.chunk.text, question.gold));
}

/**
 * Every other question is asked in a second thread, over the same index rebuilt there from the prepared snapshot (as
 * the bot's build thread hands one over): the half's questions (thirty thousand in `npm run eval`, half of them in the
 * suite) are most of the evaluation's time, and each is answered alone, so two cores answer them in about half of it.
 * The answers are the same ones.
 */
async function answeredInThread(prepared: PreparedSnapshot, questions: readonly AskedQuestion[]): Promise<boolean[]> {
  const worker = startModuleWorker(import.meta.url, 'questionThread', null);
  try {
    return await new Promise<boolean[]>((resolve, reject) => {
      worker.once('message', (answered: boolean[]) => resolve(answered));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the question thread stopped (exit code ${code})`)));
      // Posted as a copy, not moved: this thread keeps its own index over the same arrays.
      postPrepared(prepared, (message) => worker.postMessage({ message, questions, limit: EVALUATION_ANALYSED_CHUNKS }));
    });
  } finally {
    await worker.terminate();
  }
}

/** Which of each page's questions are asked: all (`npm run eval`), the first, third, fifth…, or the first, fifth, ninth… (the test suite's share). */
export type QuestionShare = 'all' | 'every other' | 'one in four';

const STRIDE: Record<QuestionShare, number> = { all: 1, 'every other': 2, 'one in four': 4 };

/** A page's questions that a share asks, in order. */
function askedOf(article: ExpectedArticle, share: QuestionShare): AskedQuestion[] {
  const questions = article.questions ?? [];
  const stride = STRIDE[share];
  return stride === 1 ? questions : questions.filter((_, i) => i % stride === 0);
}

export async function evaluateHalf(half: Half, folder = path.join(ARTICLES_DIR, half), share: QuestionShare = 'all'): Promise<HalfReport> {
  const expected = await loadExpected(folder);
  // Between one unseen set being folded into tune and the next arriving, the half is empty: nothing to measure.
  if (expected.length === 0) return { half, articles: [], chunks: 0 };
  // Loaded as the bot loads a folder on its main thread (buildSnapshot's path, without yielding to an event loop).
  const prepared = await prepareSnapshot(folder, { maxFileBytes: 10 * 1024 * 1024 }, NO_SLICES);
  const snapshot = { index: await assembleIndex(prepared.parts, createAnalyzer(prepared.synonyms), NO_SLICES), documents: prepared.parts.documents };
  const askedByArticle = expected.map((article) => askedOf(article, share));
  const asked = askedByArticle.flat();
  const inThread = answeredInThread(prepared, asked.filter((_, i) => i % 2 === 1));
  const onMain = withAnalysedChunkLimit(EVALUATION_ANALYSED_CHUNKS, () => asked.filter((_, i) => i % 2 === 0).map((question) => answeredInFirstThree(snapshot.index, question)));
  const onThread = await inThread;
  const answered = new Map(asked.map((question, i) => [question, (i % 2 === 0 ? onMain[i / 2] : onThread[(i - 1) / 2]) === true]));
  const chunks = [...snapshot.index.chunks.values()];
  const byDocument = new Map<string, Chunk[]>();
  for (const chunk of chunks) {
    const list = byDocument.get(chunk.document);
    if (list) list.push(chunk);
    else byDocument.set(chunk.document, [chunk]);
  }
  const articles = expected.map((article, a): ArticleOutcome => {
    const doc: DocumentMeta | undefined = snapshot.documents.find((d) => d.file === article.file);
    const mine = doc ? (byDocument.get(doc.id) ?? []) : [];
    // Each paragraph and each line of the key is normalised once, not once per junk line checked against it.
    const keyed = mine.map((c) => ({ text: key(c.text), heading: key(c.heading ?? '') }));
    const contentKeys = article.content.map(key);
    const text = keyed.map((c) => c.text).join(' ');
    const sentences = article.content.flatMap((p) => splitSentences(p));
    // Headings compare as phrases do: a key's "What's next" is the page's "What’s next".
    const headings = new Map(mine.flatMap((c) => (c.heading === null ? [] : [[key(c.heading), c.heading] as const])));
    const expectedHeadings = article.headings ?? [];
    const expectedKeys = new Set(expectedHeadings.map(key));
    const meta = Object.fromEntries(
      META_FIELDS.map((field) => {
        const actual = doc?.[field] ?? '';
        const same = field === 'author' ? sameNames(actual, article[field] ?? '') : key(actual) === key(article[field] ?? '');
        return [field, { expected: article[field] ?? '', actual, right: same }];
      }),
    ) as ArticleOutcome['meta'];
    const own = askedByArticle[a] ?? [];
    const missedQuestions = own.filter((question) => answered.get(question) !== true).map((q) => q.q);
    return {
      file: article.file,
      found: doc !== undefined,
      lostSentences: sentences.filter((s) => !text.includes(key(s))),
      sentences: sentences.length,
      keptJunk: article.junk.filter((j) => junkKept(j, keyed, contentKeys)),
      junk: article.junk.length,
      missingHeadings: expectedHeadings.filter((h) => !headings.has(key(h))),
      strayHeadings: [...headings].filter(([k]) => !expectedKeys.has(k)).map(([, h]) => h),
      meta,
      missedQuestions,
      questions: own.length,
    };
  });
  return { half, articles, chunks: chunks.length };
}

export interface HalfFigures {
  articles: number;
  /** Pages the loader skipped or could not read. */
  notLoaded: number;
  junkKept: number;
  junk: number;
  sentencesLost: number;
  sentences: number;
  headingsMissing: number;
  headingsStray: number;
  right: Record<MetaField, number>;
  /** Questions answered within the first three excerpts. */
  answered: number;
  questions: number;
}

export function figures(report: HalfReport): HalfFigures {
  const sum = (f: (a: ArticleOutcome) => number) => report.articles.reduce((n, a) => n + f(a), 0);
  return {
    articles: report.articles.length,
    notLoaded: sum((a) => (a.found ? 0 : 1)),
    junkKept: sum((a) => a.keptJunk.length),
    junk: sum((a) => a.junk),
    sentencesLost: sum((a) => a.lostSentences.length),
    sentences: sum((a) => a.sentences),
    headingsMissing: sum((a) => a.missingHeadings.length),
    headingsStray: sum((a) => a.strayHeadings.length),
    right: Object.fromEntries(META_FIELDS.map((f) => [f, sum((a) => (a.meta[f].right ? 1 : 0))])) as Record<MetaField, number>,
    answered: sum((a) => a.questions - a.missedQuestions.length),
    questions: sum((a) => a.questions),
  };
}

export function formatFigures(report: HalfReport): string {
  const f = figures(report);
  const of = (n: number, total: number) => `${n}/${total}`;
  return [
    `Dirty articles, ${report.half} half (${f.articles} articles, ${report.chunks} paragraphs indexed, no corpus.json)`,
    `  junk kept            ${of(f.junkKept, f.junk)} junk lines`,
    `  content lost         ${of(f.sentencesLost, f.sentences)} sentences`,
    `  headings             ${f.headingsMissing} missing, ${f.headingsStray} extra`,
    `  titles right         ${of(f.right.title, f.articles)}`,
    `  authors right        ${of(f.right.author, f.articles)}`,
    `  dates right          ${of(f.right.date, f.articles)}`,
    `  publishers right     ${of(f.right.publisher, f.articles)}`,
    `  URLs right           ${of(f.right.url, f.articles)}`,
    `  questions answered   ${of(f.answered, f.questions)} in the first three excerpts`,
  ].join('\n');
}

/** Item-by-item failures: printed for the tune half only. */
export function formatArticleFailures(report: HalfReport): string {
  const lines: string[] = [];
  const cut = (s: string) => (s.length > 100 ? `${s.slice(0, 99)}…` : s);
  for (const a of report.articles) {
    const problems: string[] = [];
    if (!a.found) problems.push('not loaded at all');
    for (const s of a.lostSentences) problems.push(`lost: ${cut(s)}`);
    for (const j of a.keptJunk) problems.push(`junk kept: ${cut(j)}`);
    for (const h of a.missingHeadings) problems.push(`heading missing: ${h}`);
    for (const h of a.strayHeadings) problems.push(`extra heading: ${h}`);
    for (const field of META_FIELDS) {
      const m = a.meta[field];
      if (!m.right) problems.push(`${field}: expected "${m.expected}", got "${m.actual}"`);
    }
    for (const q of a.missedQuestions) problems.push(`question not answered in the first three: ${q}`);
    if (problems.length > 0) lines.push(`  ${a.file}`, ...problems.map((p) => `    ${p}`));
  }
  return lines.length === 0 ? '  none' : lines.join('\n');
}

/** What `npm run eval` prints for the dirty articles, and the floors the whole tune half fell below (none: all held). */
export async function articleEvaluation(): Promise<{ text: string; slips: string[] }> {
  const out: string[] = [];
  let slips = ['the tune half was not measured'];
  for (const half of HALVES) {
    let report: HalfReport;
    try {
      report = await evaluateHalf(half);
    } catch (error) {
      // The unseen half's error could quote its files: only the tune half's is shown.
      out.push(`Dirty articles, ${half} half: not available${half === 'tune' ? ` (${(error as Error).message})` : ' (missing or unreadable)'}`);
      continue;
    }
    out.push(formatFigures(report));
    if (half === 'tune') {
      slips = floorSlips(figures(report), TUNE_FLOORS);
      out.push(`  floors (test/eval/tuneFloors.ts): ${slips.length === 0 ? 'all held' : `BELOW:\n${slips.map((s) => `    ${s}`).join('\n')}`}`);
      out.push(`  failures:\n${formatArticleFailures(report)}`);
    }
  }
  return { text: out.join('\n\n'), slips };
}
