import { foldTerm, NUMBER_TERM } from '../search/analysis/analyzer.js';
import { QUESTION_FILLER, STOP_WORDS } from '../search/analysis/stopWords.js';
import { inverseDocumentFrequency, type SearchIndex } from '../search/index/buildIndex.js';
import { answerQuestion, DEFAULT_ANSWER_LIMIT, type Answer } from './answerQuestion.js';

/**
 * "Find sources" on a chat message: the message is a claim, not a question.
 * It is long and chatty ("apparently 700k americans joined rednote in 2 days
 * lol"), holds mentions, links and emoji, and most of its words say little.
 * Its rarest content words say what it is about: they become the query the
 * ordinary search takes.
 */

/** Discord messages hold at most 4,000 characters (with Nitro); anything longer is cut there. */
export const MAX_MESSAGE_CHARS = 4_000;
/** The rarest words of the message kept for the search. */
export const MAX_CLAIM_WORDS = 7;
/**
 * Words the corpus never uses kept at most, the longest first. One is enough to sink a claim
 * about something the articles never mention ("elon musk is gonna buy tiktok"); more would sink
 * every chatty claim, whose ordinary words ("escape", "company") the articles happen not to use.
 */
export const MAX_UNKNOWN_WORDS = 1;
/** Positions of the message weighed at most: the work per message stays bounded. */
const MAX_POSITIONS = 400;

/**
 * What a chat message holds besides words: user, role and channel mentions, custom emoji,
 * timestamps, command links, links, @everyone/@here, and emoji (with skin tones and joiners).
 */
const MESSAGE_MARKUP =
  /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:-?\d+(?::[tTdDfFR])?>|<\/[^<>:]+:\d+>|<?\bhttps?:\/\/[^\s>]+>?|\bwww\.[^\s>]+|@(?:everyone|here)\b|:[a-z][a-z0-9_+-]*:|(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)+/gu;

/**
 * Chat words that carry no claim: hedges, intensifiers and reactions. Data, like the stop words:
 * they would otherwise count as rare (the articles never say "lol") and sink every match.
 */
const CHAT_FILLER: ReadonlySet<string> = new Set(
  `lol lmao lmfao rofl haha hahaha omg wtf smh tbh imo imho fr frfr ngl idk iirc afaik btw fyi irl ikr jk pls plz thx ty
  literally basically apparently totally actually honestly seriously lowkey highkey definitely obviously clearly probably
  surely sure bro bruh dude guys yall ppl people folks gonna wanna gotta kinda sorta yeah yea yep yup nope ok okay right
  like just even still really lot lots whole thing things stuff anyway anyways everyone everybody someone somebody anyone
  heard hear saw seen read reading think thought guess says said saying tell told know knew news get got gets getting make
  makes made way need needs`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** "700k" and "1.5m" as the articles write them: 700000 (the analyser reads "700,000" so) and "1.5 million". */
function expandShorthandNumbers(text: string): string {
  return text.replace(/\b(\d+(?:[.,]\d+)?)\s?(k|m|mil|mln|bn|b)\b/gi, (whole, digits: string, unit: string) => {
    const value = Number(digits.replace(',', '.'));
    if (!Number.isFinite(value)) return whole;
    const lower = unit.toLowerCase();
    if (lower === 'k') return String(Math.round(value * 1000));
    return `${digits} ${lower === 'b' || lower === 'bn' ? 'billion' : 'million'}`;
  });
}

/** The message's words as a reader sees them: markup out, whitespace collapsed, within the cap. */
export function messageText(message: string): string {
  return message.slice(0, MAX_MESSAGE_CHARS).replace(MESSAGE_MARKUP, ' ').replace(/\s+/g, ' ').trim();
}

interface Candidate {
  position: number;
  written: string;
  weight: number;
}

/** Chat filler, question framing, and contractions of stop words ("it'll", "that'd"). */
function isFiller(written: string): boolean {
  const lower = written.toLowerCase().replace(/’/g, "'");
  if (CHAT_FILLER.has(lower) || QUESTION_FILLER.has(lower)) return true;
  const apostrophe = lower.indexOf("'");
  return apostrophe > 0 && STOP_WORDS.has(lower.slice(0, apostrophe));
}

export interface ClaimQuery {
  /** What the search is given: the chosen words in the message's order. */
  query: string;
  /** The chosen words as written. */
  words: string[];
  /** Content words the message has in all: more than MAX_CLAIM_WORDS means some were left out. */
  contentWords: number;
}

/**
 * The message's most specific words: each position the analyser finds (synonym phrases stay
 * whole) is weighed by the IDF of its rarest term; stop words and chat filler weigh nothing.
 * A word the corpus has never seen is kept too (at most a few): a claim about something the
 * articles never mention should find nothing rather than whatever its common words match.
 */
export function claimQuery(index: SearchIndex, message: string): ClaimQuery {
  const text = expandShorthandNumbers(messageText(message));
  const slots = index.analyzer.query(text).slice(0, MAX_POSITIONS);
  const unknownWeight = inverseDocumentFrequency(index.chunkCount, 0);
  const seen = new Set<string>();
  const known: Candidate[] = [];
  const unknown: Candidate[] = [];
  slots.forEach((slot, position) => {
    const folded = foldTerm(slot.written);
    if (slot.stopWord || isFiller(slot.written) || seen.has(folded)) return;
    const terms = slot.terms.filter((t) => t !== NUMBER_TERM);
    if (terms.length === 0) return;
    seen.add(folded);
    const frequencies = terms.map((t) => index.documentFrequency.get(t) ?? 0).filter((df) => df > 0);
    if (frequencies.length === 0) unknown.push({ position, written: slot.written, weight: unknownWeight });
    else known.push({ position, written: slot.written, weight: Math.max(...frequencies.map((df) => inverseDocumentFrequency(index.chunkCount, df))) });
  });
  const rarest = known.sort((a, b) => b.weight - a.weight || a.position - b.position);
  const longest = unknown.sort((a, b) => b.written.length - a.written.length || a.position - b.position);
  const chosen = [...longest.slice(0, MAX_UNKNOWN_WORDS), ...rarest].slice(0, MAX_CLAIM_WORDS).sort((a, b) => a.position - b.position);
  const words = chosen.map((c) => c.written);
  // The full stop: a claim is not being typed, so its last word is not a prefix to complete.
  return { query: words.length === 0 ? '' : `${words.join(' ')}.`, words, contentWords: known.length + unknown.length };
}

/**
 * The passages bearing on a message, as an Answer whose "question" is the message itself
 * (what the reply quotes). A message with no words to search for is an empty question.
 */
export function findSources(index: SearchIndex, message: string, options: { limit?: number } = {}): Answer {
  const limit = options.limit ?? DEFAULT_ANSWER_LIMIT;
  const whole = claimQuery(index, message);
  let best = answerQuestion(index, whole.query, { limit });
  // A long message keeps only its rarest words, which may all come from the chatter around the claim:
  // its sentences are searched apart too, and the strongest answer wins. A short one is searched whole,
  // so a claim the corpus is silent on gets no extra chances at a chance match.
  if (whole.contentWords > MAX_CLAIM_WORDS) {
    for (const sentence of sentencesOf(message)) {
      const { query } = claimQuery(index, sentence);
      if (query === '') continue;
      const answer = answerQuestion(index, query, { limit });
      if (strength(answer) > strength(best)) best = answer;
    }
  }
  return { ...best, question: messageText(message) };
}

/** Sentences searched apart at most: a long message's claim is often one sentence among chatter. */
const MAX_SENTENCES = 4;
const STATUS_RANK: Record<Answer['status'], number> = { answered: 3, 'low-confidence': 2, 'not-found': 1, 'empty-question': 0 };

/** A message's longest sentences (of three words or more). Emoji, links and line breaks end a sentence as much as a full stop does in chat. */
function sentencesOf(message: string): string[] {
  const pieces = message.slice(0, MAX_MESSAGE_CHARS).replace(MESSAGE_MARKUP, '\n').split(/(?<=[.!?;])\s+|\s+[-–—]\s+|\s*\n\s*/);
  const sentences = pieces.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.split(' ').length >= 3);
  return sentences.length <= 1 ? [] : sentences.sort((a, b) => b.length - a.length).slice(0, MAX_SENTENCES);
}

function strength(answer: Answer): number {
  return STATUS_RANK[answer.status] * 1000 + (answer.items[0]?.score ?? 0);
}
