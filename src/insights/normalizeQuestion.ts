/** Longest normalised form kept: enough to tell questions apart, short enough to list. */
const MAX_NORMALIZED = 300;
const APOSTROPHES = /['’‘`´]/g;
// A module constant: tsx would otherwise rebuild a \p{…} literal on every call.
const NOT_A_WORD = /[^\p{L}\p{N}\p{M}]+/gu;

/**
 * The form questions are grouped by: the same words whatever the case, Unicode
 * form, punctuation and spacing. "Who won the Super Bowl?" and "who won the
 * super  bowl" are one question; the words themselves stay as asked.
 */
export function normalizeQuestion(question: string): string {
  return question.normalize('NFKC').toLowerCase().replace(APOSTROPHES, '').replace(NOT_A_WORD, ' ').trim().slice(0, MAX_NORMALIZED).trim();
}
