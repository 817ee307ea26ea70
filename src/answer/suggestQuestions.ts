import { DISCORD_LIMITS, truncate } from '../render/limits.js';
import type { AutocompleteChoice } from '../render/payload.js';
import type { SearchIndex } from '../search/index/buildIndex.js';

/**
 * Autocomplete for /ask: what the user typed first (so Enter asks exactly
 * that), then corpus headings and questions that match it.
 */
export function suggestQuestions(index: SearchIndex | null, typed: string): AutocompleteChoice[] {
  const text = typed.trim().replace(/\s+/g, ' ');
  const choices: AutocompleteChoice[] = [];
  const seen = new Set<string>();
  const add = (value: string) => {
    const name = truncate(value, DISCORD_LIMITS.choiceName);
    const key = name.toLowerCase();
    if (name === '' || seen.has(key) || choices.length >= DISCORD_LIMITS.choices) return;
    seen.add(key);
    // The value is what /ask receives: keep it within Discord's 100 characters too.
    choices.push({ name, value: truncate(value, DISCORD_LIMITS.choiceValue) });
  };
  add(text);
  if (!index) return choices;
  const { mini, texts } = index.suggestions;
  const hits = text === '' ? texts.slice(0, 10).map((_, id) => ({ id })) : mini.search(text.slice(0, 200)).slice(0, 30);
  for (const hit of hits) {
    const suggestion = texts[Number(hit.id)];
    if (suggestion !== undefined) add(suggestion);
  }
  return choices;
}
