/**
 * A learned choice among a page's headline candidates. The shape rules (findMetadata's pickHeadline) score each line
 * that may be the headline: a byline under it, a dek, a date above, a copy elsewhere. Their points were set by hand,
 * and where two lines tied or nearly did (a site's name at the top, "Reef Channel 11 News", over "Belizean Shop
 * Owners Scramble as TikTok Ban Looms"), the first won. A logistic regression over those points, the line's own
 * shape (its length, function words, digits, capitals, an organisation's word, a person's name) and how much of the
 * story's opening under it the line's words tell weighs them as the tune half of the dirty articles shows;
 * `npm run train:headlines` writes headlineModel.json from it.
 *
 * It only reorders the lines the rules rate within a few points of their choice: a line the rules rule out (a name, a
 * date, a sentence of the body) stays out, findMetadata keeps out a few more (a line under a paragraph, the rules'
 * dek), and a page the rules find no headline on keeps none.
 */
import { isPersonName } from './furniture.js';
import modelData from './headlineModel.json' with { type: 'json' };

export interface HeadlineModel {
  /** The features' names, in order: the model is rejected if they differ from the code's. */
  features: string[];
  /** Each feature's mean and spread over the training candidates, to standardise it. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/** What the model knows of one candidate. */
export interface HeadlineCandidate {
  /** The headline's words, as the rules read them (a broken headline's lines joined). */
  text: string;
  /** The rules' points for it. */
  score: number;
  /** Its place among the page's candidates, from the top. */
  order: number;
  /** The share of its words the story's first paragraphs under it print (0 where none follow). */
  lead?: number;
}

const FUNCTION_WORDS = new Set(
  'a an the of to in on for and or but with from at by as is are was were be been has have had it its this that these those how why what when who where will can may not no after before over into about'.split(' '),
);
/** A word that names an organisation or a publication more often than it heads a story. */
const ORGANISATION_WORD = /\b(?:News|Press|Times|Daily|Post|Herald|Gazette|Journal|Network|Newsletter|Channel|Library|Center|Centre|Council|Association|Group|Club|LLC|Inc)\b/;

/** A line opening on a label of one or two words and a colon. */
const FIELD_LABEL = /^\p{L}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*)?:\s/u;

export const HEADLINE_FEATURES = [
  'score',
  'isBest',
  'first',
  'order',
  'words',
  'atMost3',
  'atMost5',
  'from6to20',
  'lowerShare',
  'capitalShare',
  'functionShare',
  'hasFunctionWord',
  'endsSentence',
  'digit',
  'colon',
  'separator',
  'allCapitals',
  'cjk',
  'long',
  'organisationWord',
  'comma',
  'quote',
  'personName',
  'fieldLabel',
  'leadOverlap',
] as const;

/** A candidate's features, in HEADLINE_FEATURES order. */
export function headlineFeatures(candidate: HeadlineCandidate, best: number, count: number): number[] {
  const { text, score, order } = candidate;
  const words = text.split(/\s+/).filter((w) => w !== '');
  const n = Math.max(1, words.length);
  const share = (test: (w: string) => boolean) => words.filter(test).length / n;
  const functionWords = words.filter((w) => FUNCTION_WORDS.has(w.toLowerCase())).length;
  const values: Record<(typeof HEADLINE_FEATURES)[number], boolean | number> = {
    score,
    isBest: score === best,
    first: order === 0,
    order: order / Math.max(1, count),
    words: Math.min(words.length, 30) / 30,
    atMost3: words.length <= 3,
    atMost5: words.length <= 5,
    from6to20: words.length >= 6 && words.length <= 20,
    lowerShare: share((w) => /^[a-z]/.test(w)),
    capitalShare: share((w) => /^[A-Z]/.test(w)),
    functionShare: functionWords / n,
    hasFunctionWord: functionWords > 0,
    endsSentence: /[.!?]$/.test(text),
    digit: /\d/.test(text),
    colon: text.includes(':'),
    separator: /[|·•]/.test(text),
    allCapitals: text === text.toUpperCase() && /[A-Z]/.test(text),
    cjk: /[\u4e00-\u9fff]/.test(text),
    long: text.length > 120,
    organisationWord: ORGANISATION_WORD.test(text),
    comma: /[,;]/.test(text),
    quote: /['"’“]/.test(text),
    personName: isPersonName(text),
    // "Judge: Hon. …", "Member since: Mar 2019", "Newsletter: …": a field's label of a word or two before a colon.
    fieldLabel: FIELD_LABEL.test(text),
    // "Belizean Shop Owners Scramble as TikTok Ban Looms" over a story of shop owners; "Reef Channel 11 News" over none of it.
    leadOverlap: candidate.lead ?? 0,
  };
  return HEADLINE_FEATURES.map((name) => Number(values[name]));
}

/** The model's log odds that a candidate is the page's headline. */
export function headlineOdds(model: HeadlineModel, features: readonly number[]): number {
  let sum = model.bias;
  for (let i = 0; i < features.length; i++) sum += (model.weights[i] ?? 0) * (((features[i] ?? 0) - (model.mean[i] ?? 0)) / (model.scale[i] ?? 1));
  return sum;
}

/**
 * Of the candidates the rules scored (all of them, for the features), the eligible one the model rates most likely;
 * null when none was scored.
 */
export function likeliestHeadline<T extends HeadlineCandidate>(scored: readonly T[], eligible: (candidate: T) => boolean = () => true, model: HeadlineModel | null = HEADLINE_MODEL): T | null {
  if (scored.length === 0) return null;
  const best = Math.max(...scored.map((c) => c.score));
  if (model === null) return scored.find((c) => c.score === best) ?? null;
  let chosen: T | null = null;
  let top = -Infinity;
  for (const candidate of scored) {
    // Only lines the rules rate nearly as high: the model settles their near-ties, not the rules' clear verdicts.
    if (candidate.score < best - MAX_POINTS_BEHIND || candidate.score < 0 || !eligible(candidate)) continue;
    const odds = headlineOdds(model, headlineFeatures(candidate, best, scored.length));
    if (odds > top) {
      top = odds;
      chosen = candidate;
    }
  }
  return chosen;
}

/**
 * Points behind the rules' best a line may be and still be chosen. Cross-validated by page on the tune pages (1,594
 * candidate lists, 4,113 pages), the model chose the key's headline in 1,384 within one point, 1,417 within two, 1,439
 * within five (taught on near-ties, below, and weighing the story's opening); the rules alone in 1,180. (Without the
 * opening's words, 1,363 within one point, as shipped before, and 1,408 within five.)
 */
const MAX_POINTS_BEHIND = 5;
/**
 * The model learns from the lines within this many points of the rules' best: the near-ties it must settle. (Taught on
 * every scored line, it leaned on the rules' points and chose the key's headline in 1,418 within five points.)
 */
export const TRAINING_POINTS_BEHIND = 1;

/** A training example: a candidate's features and whether it is the page's headline. */
export interface HeadlineExample {
  features: number[];
  headline: boolean;
}

/** Passes over the examples; the fit settles well before this many. */
const TRAINING_PASSES = 2000;
const LEARNING_RATE = 0.2;
/** L2 penalty, per example: keeps a rare feature's weight small. */
const L2 = 1;

/**
 * Logistic regression by batch gradient descent on standardised features:
 * deterministic (no shuffling, no random start), so a retrain on the same
 * articles writes the same file.
 */
export function trainHeadlineModel(examples: readonly HeadlineExample[]): HeadlineModel {
  const k = HEADLINE_FEATURES.length;
  const n = Math.max(1, examples.length);
  const mean = Array.from({ length: k }, (_, i) => examples.reduce((s, e) => s + (e.features[i] ?? 0), 0) / n);
  const scale = Array.from({ length: k }, (_, i) => Math.sqrt(examples.reduce((s, e) => s + ((e.features[i] ?? 0) - (mean[i] ?? 0)) ** 2, 0) / n) || 1);
  const rows = examples.map((e) => e.features.map((v, i) => (v - (mean[i] ?? 0)) / (scale[i] ?? 1)));
  const weights = new Array<number>(k).fill(0);
  let bias = 0;
  for (let pass = 0; pass < TRAINING_PASSES; pass++) {
    const gradient = new Array<number>(k).fill(0);
    let biasGradient = 0;
    rows.forEach((row, r) => {
      let z = bias;
      for (let i = 0; i < k; i++) z += (weights[i] ?? 0) * (row[i] ?? 0);
      const error = 1 / (1 + Math.exp(-z)) - (examples[r]?.headline === true ? 1 : 0);
      for (let i = 0; i < k; i++) gradient[i] = (gradient[i] ?? 0) + error * (row[i] ?? 0);
      biasGradient += error;
    });
    for (let i = 0; i < k; i++) weights[i] = (weights[i] ?? 0) - LEARNING_RATE * (((gradient[i] ?? 0) + L2 * (weights[i] ?? 0)) / n);
    bias -= (LEARNING_RATE * biasGradient) / n;
  }
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return { features: [...HEADLINE_FEATURES], mean: mean.map(round), scale: scale.map(round), weights: weights.map(round), bias: round(bias) };
}

/** The shipped model, or null (the rules' own choice) if its features are not the code's. */
export const HEADLINE_MODEL: HeadlineModel | null = (() => {
  const model: HeadlineModel = modelData;
  const same = model.features.length === HEADLINE_FEATURES.length && model.features.every((f, i) => f === HEADLINE_FEATURES[i]);
  return same ? model : null;
})();
