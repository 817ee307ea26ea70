/**
 * A learned second opinion on a line the shape rules (furniture.ts) would
 * keep: naive Bayes over the line's words and shape, trained on the tune
 * half of the dirty articles (their content paragraphs against their junk
 * lines) by `npm run train:lines`, which writes lineModel.json.
 *
 * Rules name the furniture someone has seen; each new kind of site brings
 * its own ("Missing some Tweet in this thread?", "Stay in touch and get
 * notified…"). Such lines share a vocabulary and a voice (the reader
 * addressed, imperatives, exclamations, no reporting verbs) that news prose
 * rarely has. Only words found in at least two training articles count, so
 * no article's names or topic decide.
 */
import { countWords } from './furniture.js';
import modelData from './lineModel.json' with { type: 'json' };

export interface LineModel {
  /** Log odds of junk before any feature (the training set's class balance). */
  prior: number;
  /** Feature → log likelihood ratio, junk over content. */
  weights: Record<string, number>;
}

/** Letters of the scripts that write no spaces between words, one at a time and in runs. */
const CJK_LETTER = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]';
const CJK = new RegExp(CJK_LETTER, 'gu');
const CJK_RUN = new RegExp(`${CJK_LETTER}{2,}`, 'gu');
/** A word in any script (a module constant: tsx rewrites a literal with \p{…} as a RegExp built on every call). */
const ANY_WORD = /[\p{L}\p{N}'’]+/gu;
/** A word of any alphabet, its letters with their marks ("şäkırtterımnıñ", "главная", "समाचार"), not cut at each accent. */
const LETTER_WORD = /[\p{L}\p{M}\p{N}']+/gu;
const ASCII_WORD = /[a-z0-9']+/g;
const NON_ASCII = /\P{ASCII}/u;
/** Full-width punctuation, as the ASCII stop it stands for. */
const FULL_WIDTH_STOPS: Record<string, string> = { '。': '.', '！': '!', '？': '?', '；': ';', '，': ',', '：': ':', '）': ')' };

/**
 * The words of a line and its shape: length, how it ends, share of
 * capitalised words, links, separators, digits, quotes, reporting verbs.
 * (jusText's share of stop words was tried too: it made any string of
 * content words without "the" or "of" read as furniture.)
 */
export function lineFeatures(text: string): string[] {
  // (An ASCII line, most of them, has the same words by the cheaper pattern.)
  const words = (!NON_ASCII.test(text) ? text.toLowerCase().match(ASCII_WORD) : text.replace(CJK, ' ').toLowerCase().match(LETTER_WORD)) ?? [];
  const features = words.map((w) => `w:${w}`);
  // Scripts written without spaces are read two characters at a time ("点我", "下载", "记者"): words enough for furniture's voice.
  for (const run of text.match(CJK_RUN) ?? []) for (let i = 0; i + 1 < run.length; i++) features.push(`c:${run.slice(i, i + 2)}`);
  // A line in Chinese, Japanese or Korean is as long as its characters (two to a word) and ends in its own stops: read by
  // its Latin words alone, a paragraph of prose would look like a short label.
  // (Words in every other script count too: read by its Latin words alone, a paragraph in Ukrainian naming "RedNote" and
  // "TikTok refugees" was a label of three words.)
  const n = (text.replace(CJK, ' ').match(ANY_WORD) ?? []).length + Math.floor((text.match(CJK) ?? []).length / 2);
  features.push(`len:${Math.min(6, Math.floor(Math.log2(n + 1)))}`);
  const trimmed = text.trim().at(-1) ?? '';
  const last = FULL_WIDTH_STOPS[trimmed] ?? trimmed;
  features.push(`end:${'.!?:;,)'.includes(last) && last !== '' ? last : 'none'}`);
  const capitalised = (text.match(/[A-Za-z][\w'’-]*/g) ?? []).filter((w) => /^[A-Z]/.test(w)).length / Math.max(1, n);
  features.push(`caps:${Math.floor(capitalised * 4)}`);
  if (/https?:\/\/|www\./.test(text)) features.push('url');
  if (/[|·•»›]/.test(text)) features.push('sep');
  if (/\d/.test(text)) features.push('digit');
  if (/["“”]/.test(text)) features.push('quote');
  if (/\b(said|says|told|according)\b/.test(text)) features.push('report');
  // Each feature once: a word repeated is no more evidence than the word (binarised naive Bayes, better on short texts).
  return [...new Set(features)];
}

const MODEL = modelData as LineModel;

/** Log odds that the line is page furniture rather than article text (above 0: more likely furniture). */
export function junkScore(text: string, model: LineModel = MODEL): number {
  let score = model.prior;
  for (const feature of lineFeatures(text)) score += model.weights[feature] ?? 0;
  return score;
}

/**
 * Log odds above which the line model's opinion removes a line: chosen by
 * training on all but one set of tune articles and scoring the set left out
 * (3 of 122 short content lines flagged, 615 of 908 junk lines caught over five sets).
 */
const JUNK_SCORE_THRESHOLD = 10;
/** Lines longer than this are paragraphs of text whatever their words. */
const MAX_SCORED_WORDS = 40;

/** CJK characters to a word, for the cap: Chinese words average about one and a half characters. */
const CJK_CHARACTERS_PER_SCORED_WORD = 1.5;

/**
 * A line's length against MAX_SCORED_WORDS: its words, and its CJK characters at one and a half to a word. At two to a
 * word (countWords' rougher count), a paragraph of Chinese prose of up to 80 characters stayed under the cap, and its
 * character pairs, most of them seen in tune only in Chinese menus and labels, summed to furniture. Ten-fold
 * cross-validation of the whole cleaning over the tune articles (each fold's line model trained on the other nine):
 * sentences lost 564 -> 544, junk kept 5,150 -> 5,165; one character to a word went further, 533 lost for 5,184 junk.
 */
function scoredLength(line: string): number {
  return countWords(line.replace(CJK, ' ')) + (line.match(CJK) ?? []).length / CJK_CHARACTERS_PER_SCORED_WORD;
}

/** The model's verdict on a line no rule names: short, and worded like furniture ("Create a Website Account - Manage …"). */
export function readsAsFurniture(line: string): boolean {
  return scoredLength(line) <= MAX_SCORED_WORDS && junkScore(line) > JUNK_SCORE_THRESHOLD;
}

export interface LabelledArticle {
  content: readonly string[];
  junk: readonly string[];
}

/** Features seen in fewer training articles than this are one site's or one story's, and left out. */
const MIN_ARTICLES_PER_FEATURE = 2;

/** Multinomial naive Bayes with add-one smoothing, over features that at least two articles share. */
export function trainLineModel(articles: readonly LabelledArticle[]): LineModel {
  const articleCount = new Map<string, number>();
  for (const a of articles) {
    for (const f of new Set([...a.content, ...a.junk].flatMap(lineFeatures))) articleCount.set(f, (articleCount.get(f) ?? 0) + 1);
  }
  const kept = (f: string) => (articleCount.get(f) ?? 0) >= MIN_ARTICLES_PER_FEATURE;
  const counts = [new Map<string, number>(), new Map<string, number>()] as const;
  const lines = [0, 0];
  articles.forEach((a) => {
    [a.content, a.junk].forEach((texts, label) => {
      for (const text of texts) {
        lines[label] = (lines[label] ?? 0) + 1;
        for (const f of lineFeatures(text).filter(kept)) counts[label as 0 | 1].set(f, (counts[label as 0 | 1].get(f) ?? 0) + 1);
      }
    });
  });
  const vocabulary = [...new Set([...counts[0].keys(), ...counts[1].keys()])].sort();
  const total = counts.map((c) => [...c.values()].reduce((s, v) => s + v, 0));
  const weights: Record<string, number> = {};
  for (const f of vocabulary) {
    const junk = Math.log(((counts[1].get(f) ?? 0) + 1) / ((total[1] ?? 0) + vocabulary.length));
    const content = Math.log(((counts[0].get(f) ?? 0) + 1) / ((total[0] ?? 0) + vocabulary.length));
    // (+ 0 turns a rounded -0 into 0, as the JSON file stores it.)
    weights[f] = Math.round((junk - content) * 1000) / 1000 + 0;
  }
  const prior = Math.round(Math.log((lines[1] ?? 1) / (lines[0] ?? 1)) * 1000) / 1000;
  return { prior, weights };
}
