import { answerQuestion, type Answer, type AnswerOptions } from '../answer/answerQuestion.js';
import type { SearchIndex } from '../search/index/buildIndex.js';

/** Distinct questions remembered per index; the oldest is forgotten first. */
const MAX_QUESTIONS = 1000;

// Keyed by the index itself, so a reload starts afresh and the old answers go with the old index.
const byIndex = new WeakMap<SearchIndex, Map<string, Answer>>();

/**
 * answerQuestion, remembered per index and question. People tend to ask the same thing at the
 * same moment (often the same autocomplete suggestion); a burst of them then costs one search.
 * Answers are plain data that nothing mutates, so sharing one between askers is safe.
 */
export function answerCached(index: SearchIndex, question: string, options: AnswerOptions = {}): Answer {
  const key = `${options.limit ?? ''}\u0000${question.trim()}`;
  let answers = byIndex.get(index);
  if (!answers) {
    answers = new Map();
    byIndex.set(index, answers);
  }
  const known = answers.get(key);
  if (known) return known;
  const answer = answerQuestion(index, question, options);
  if (answers.size >= MAX_QUESTIONS) answers.delete(answers.keys().next().value as string);
  answers.set(key, answer);
  return answer;
}
