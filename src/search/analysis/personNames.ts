/**
 * News style names a person in full once ("junior Maya Ellison said …") and
 * by surname after that ("said Ellison, 16"). A question naming them in full
 * ("who helped Maya Ellison with her homework?") should find the later
 * paragraphs too: each paragraph that uses a surname alone is given the
 * names it stood beside earlier in the same article, as extra words to index.
 *
 * A name is two capitalised words that the article never writes in lower
 * case, whose first is no function word ("When Trump"), possessive
 * ("China’s Xiaohongshu"), compound modifier ("Taipei-based"), verb or
 * adjective (`isModifier`: "Protecting Americans", "Supreme Court"). Plain
 * string work and a dictionary look-up per candidate: it runs over every
 * paragraph at index time.
 */

import { STOP_WORDS } from './stopWords.js';

/** Two capitalised words side by side ("Maya Ellison", "Xi Jinping", "Mary-Ann O’Neil"). */
const FULL_NAME = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?)\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?)(?![\p{L}\p{N}])/gu;

/**
 * For each of an article's paragraphs (in order), the given names to index
 * beside it: those of people named in full in an earlier paragraph whom this
 * one calls by surname alone.
 */
export function givenNamesBySurname(paragraphs: readonly string[], isModifier: (word: string) => boolean = () => false): string[][] {
  // A word the article writes in lower case somewhere is a common word, never a name (looked up for the few candidates only).
  const article = paragraphs.join('\n');
  const inLowerCase = (word: string) => containsWord(article, word.toLowerCase());
  const known = new Map<string, Set<string>>();
  return paragraphs.map((text) => {
    const extra = new Set<string>();
    const named = new Set<string>();
    for (const m of text.matchAll(FULL_NAME)) {
      const given = m[1] as string;
      const surname = m[2] as string;
      if (inLowerCase(given) || inLowerCase(surname)) continue;
      // "When Trump …", "China’s Xiaohongshu", "Protecting Americans …", "Supreme Court": a capitalised function word, a
      // possessive, or a verb or adjective (`isModifier`) opening a title, is no one's given name.
      if (STOP_WORDS.has(given.toLowerCase()) || /['’]s$|-\p{Ll}/u.test(given) || isModifier(given.toLowerCase())) continue;
      named.add(`${given} ${surname}`);
    }
    for (const [surname, givens] of known) {
      if (!containsWord(text, surname)) continue;
      for (const given of givens) if (!named.has(`${given} ${surname}`) && !containsWord(text, given)) extra.add(given);
    }
    for (const name of named) {
      const [given, surname] = name.split(' ') as [string, string];
      let givens = known.get(surname);
      if (!givens) known.set(surname, (givens = new Set()));
      givens.add(given);
    }
    return [...extra];
  });
}

/** Whether the text holds the word whole (case as written: a surname is capitalised). */
function containsWord(text: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at < 0) return false;
    if (!isWordCharacter(text[at - 1]) && !isWordCharacter(text[at + word.length])) return true;
    from = at + 1;
  }
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && WORD_CHARACTER.test(character);
}

/**
 * A note about the writer, as papers print one under an opinion piece or a blog under its post ("The author is a
 * professor at …", "About the author", "作者系…"), speaks of the byline's person without naming them. Such a
 * paragraph is given the byline's name as extra words to index, so "who is Guo Yi?" finds the note rather than
 * every paragraph of the piece equally (the byline is part of each paragraph's title field). Only a short paragraph
 * that opens with the writer as its subject counts: "the author of the report said …" is about someone else.
 */
export function authorNoteNames(text: string, heading: string | null, author: string): string {
  if (author.trim() === '') return '';
  const note = (heading !== null && ABOUT_AUTHOR.test(heading)) || (countWords(text) <= AUTHOR_NOTE_WORDS && AUTHOR_NOTE.test(text));
  return note && !containsWord(text, author) ? author : '';
}

/** An "about the author" heading. */
const ABOUT_AUTHOR = /^\s*(?:about|meet)\s+the\s+(?:author|writer|columnist|contributor|blogger)s?\s*:?\s*$/iu;

/** A paragraph opening with the writer as its subject ("The writer is …", "About the author: …", "作者系…"). */
const AUTHOR_NOTE =
  /^\s*(?:(?:about\s+)?(?:the|this|our)\s+(?:author|writer|columnist|contributor|blogger)s?(?:\s*[:,—–-]|\s+(?:is|are|was|were|has|have|teaches|works|writes|lives|covers|leads|serves|holds)\b))|^\s*(?:作者|笔者)(?:系|是|为|简介|[：:])/iu;

/** Longer than this, a paragraph is part of the piece, not a note about its writer. */
const AUTHOR_NOTE_WORDS = 60;

function countWords(text: string): number {
  return text.split(/\s+/u).filter((w) => w !== '').length;
}
