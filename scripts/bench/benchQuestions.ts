/**
 * The fixed question set every index in the benchmark answers: the labelled
 * evaluation questions (real phrasing, typos, outlet names, off-topic ones)
 * interleaved with questions generated from the corpus vocabulary, so that
 * any prefix chosen with --queries mixes both.
 */
import { readFile } from 'node:fs/promises';
import { sampleContentWord, type TextModel } from './generateCorpus.js';
import { createRandom, pick, type Random } from './random.js';

const TEMPLATES: ((w: () => string, outlet: string) => string)[] = [
  (w, outlet) => `what did ${outlet} say about ${w()} ${w()}?`,
  (w) => `how many ${w()} ${w()} are there`,
  (w) => `why are ${w()} ${w()} ${w()}?`,
  (w) => `${w()} ${w()}`,
  (w) => `is the ${w()} ${w()} related to ${w()}`,
  (w) => `tell me what the articles say about ${w()} and ${w()} after the ${w()} ${w()}`,
];

function typo(word: string, random: Random): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
}

export async function loadEvalQuestions(file: string): Promise<string[]> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as { questions?: { q?: unknown }[] };
    return (data.questions ?? []).map((q) => q.q).filter((q): q is string => typeof q === 'string');
  } catch {
    return [];
  }
}

export function generateQuestions(model: TextModel, count: number, seed = 42): string[] {
  const random = createRandom(seed);
  const questions: string[] = [];
  for (let i = 0; i < count; i++) {
    const template = TEMPLATES[i % TEMPLATES.length];
    if (!template) continue;
    // Every fourth generated question carries a typo, which sends its word through fuzzy matching.
    const misspell = i % 4 === 3;
    let used = false;
    const word = () => {
      const w = sampleContentWord(model, random);
      if (misspell && !used) {
        used = true;
        return typo(w, random);
      }
      return w;
    };
    questions.push(template(word, pick(random, model.outlets)));
  }
  return questions;
}

export function interleave(a: readonly string[], b: readonly string[], count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count && (i < a.length || i < b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x !== undefined) out.push(x);
    if (y !== undefined && out.length < count) out.push(y);
  }
  return out;
}
