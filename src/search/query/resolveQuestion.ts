/**
 * The first stage of a query: a question as the concepts it asks about, each
 * resolved to the index terms that would satisfy it and the credit each earns.
 *
 * A word matches the corpus as written (or through the synonym file) for full
 * credit, and otherwise through what it means, for less: WordNet's relations
 * resolved for the corpus vocabulary at index time (synonyms, derived forms,
 * broader and narrower words), CC-CEDICT's English glosses for Chinese words,
 * a completion of an unfinished last word, a spelling correction (Damerau
 * distance, so swapped letters cost one edit). Words that frame a question
 * rather than carry it (filler, chat, adverbs) weigh little or nothing.
 */
import type { Reference } from '../../corpus/types.js';
import { CAUSE_TERM, DATE_TERM, foldTerm, NAME_TERM, NUMBER_TERM, PLACE_TERM, type QuerySlot } from '../analysis/analyzer.js';
import { sharedChineseGlossary } from '../analysis/chineseGlossary.js';
import { CHAT_FILLER, expandChatSpellings, QUESTION_FILLER, STOP_WORDS } from '../analysis/stopWords.js';
import { PARTS_OF_SPEECH, sharedWordNet, type Lemma, type PartOfSpeech } from '../analysis/wordnet.js';
import { inverseDocumentFrequency, TEXT_FIELD, type ReferenceVector, type SearchIndex } from '../index/buildIndex.js';
import { osaDistance } from './editDistance.js';
import type { Ranking, Relation } from './rankingConstants.js';

/** One concept of the question, resolved against the index. */
export interface ResolvedSlot {
  written: string;
  /** IDF of what the user meant: the denominator of coverage. */
  weight: number;
  /** Index terms that satisfy the slot, with the credit each earns (exact 1, approximate less). */
  terms: Map<string, number>;
  /**
   * The word is a name rather than a dictionary word (WordNet does not know it,
   * or knows it only as a proper noun: "Lemon8", "Hangzhou"): if the corpus
   * holds it as written, a paragraph naming it is worth a labelled look.
   */
  name?: boolean;
  /** What kind of answer is wanted (a number, date or place): it ranks, but never helps clear the floor. */
  answerType?: boolean;
}

export interface Correction {
  /** The word as the user wrote it. */
  written: string;
  /** The corpus word it was read as. */
  read: string;
}

export interface ResolvedQuestion {
  /** The question as searched: Discord markup out, capped. */
  text: string;
  /**
   * The question's terms after analysis (stemmed, synonyms applied), and its Chinese words' glosses that a Source List
   * headline holds: what the question says, to find the piece it points at.
   */
  queryTerms: string[];
  /** Content slots (the question's concepts) and any "what kind of answer" mark, in order. */
  slots: ResolvedSlot[];
  /** Words of the question the index does not contain, even approximately. */
  unknownTerms: string[];
  /** Words read as a near spelling or a completion from the corpus ("refugess" → "refugees"). */
  corrections: Correction[];
  /** References whose outlet the question names ("what did Reuters write?"). */
  namedReferences: Reference[];
  /** Articles of the corpus whose publisher the question names ("what does the China Daily piece say…"): their paragraphs rank first. */
  namedDocuments: ReadonlySet<string>;
  /** Whether the question has words of its own beside a named outlet. */
  hasContent: boolean;
  /** Unknown words that are dictionary words, left uncorrected: a second try may read them as misspellings ("form" for "from"). */
  uncorrectedWords: number;
  /** "How do I delete my account?", "how to get verified": it asks for steps, which only a paragraph giving them answers. */
  procedural: boolean;
  /** "What's Xiaohongshu called in English?", "XHS 跟 RedNote 是一回事吗": it asks about a name, which a paragraph giving two of its forms answers. */
  asksName: boolean;
  /** "Which outlet said …", "source for …", "link pls", "哪家媒体报道": it asks where something was reported. */
  asksSource: boolean;
}

export interface ResolveOptions {
  /** Treat an unknown last word as a prefix (the user may still be typing it). */
  prefixLastTerm?: boolean;
  /** Correct dictionary words too when they are unknown to the corpus ("form" for "from"): the second try of a failing question. */
  correctDictionaryWords?: boolean;
}

/** Questions are capped before analysis: Discord allows 6000 characters, nobody asks that much. */
export const MAX_QUESTION_CHARS = 500;
/** Completions tried for a last word: bounded so "a…" on a large index stays cheap. */
const MAX_PREFIX_COMPLETIONS = 24;
const MAX_CORRECTIONS = 4;
/** A word of three letters or more ending in one "s" (not "ss"): perhaps a possessive written without its apostrophe. */
const POSSESSIVE_WITHOUT_APOSTROPHE = /^[a-z]+[^s]s$/;
/** Alternatives kept per word, best credit first: a common word can relate to dozens. */
const MAX_ALTERNATIVES = 12;
/** Letters an "-able" word keeps before its suffix, at least ("bannable" → "ban"; not "table", "cable"). */
const MIN_ABLE_BASE = 3;

/** The verbs an "-able"/"-ible" adjective may be made from, likeliest first: "bannable" → bann, ban; "deletable" → delet, delete. */
function ableBases(word: string): string[] {
  const m = /^(\p{L}+)[ai]ble$/u.exec(word);
  const base = m?.[1];
  if (base === undefined || base.length < MIN_ABLE_BASE) return [];
  const bases = [base, `${base}e`];
  if (/(\p{L})\1$/u.test(base)) bases.push(base.slice(0, -1));
  return bases;
}

/**
 * A request for instructions: "how do I …", "how can u …", "how to …"; not "how would you describe …". So is a question
 * of what the app lets the member do ("can I link my account to Instagram?", "does RedNote have a desktop app?", "is
 * there a way to …"): news answers it only by saying just that. In Chinese, 怎么/如何 before a verb ("小红书怎么注销账号",
 * how to close a RedNote account), not asking how someone judged, named or met something ("央视怎么评价", "是怎么欢迎…的").
 */
const PROCEDURE_QUESTION = /\bhow\s+(?:do|can|should)\s+(?:i|u|you|we)\b|\bhow\s+to\b|^(?:so\s+|hey\s+)?(?:can|could)\s+(?:i|u|you|we)\b|^(?:so\s+|hey\s+)?does\s+(?:\S+\s+){1,3}have\s+an?\b|\bis\s+there\s+an?\s+(?:way|option|setting)\b|(?<!是)(?:怎么|怎样|如何)(?!样|看|回事|说|了|会|这么|那么|评价|称呼|形容|描述|回应|应对|理解)\p{Script=Han}/iu;
const QUANTITY_QUESTION = /\bhow\s+(?:many|much|big|large|long(?!\s+ago)|often|fast|quick(?:ly)?|far|high)\b|\bnumber\s+of\b|\bwhat\s+(?:percent(?:age)?|share|proportion)\b|多少|几/giu;
const DATE_QUESTION = /\bwhen\b|\b(?:what|which)\s+(?:year|month|day|date|time)\b|\bhow\s+(?:long\s+ago|old)\b|什么时候|哪一天|哪一?年|哪个月|哪天|几号|几月|何时|多久/giu;
const PLACE_QUESTION = /\bwhere\b(?!\s+(?:can|could|do|should)\s+(?:i|u|you|we)\s+(?:read|find|see|get|watch|listen))|\b(?:what|which)\s+(?:city|country|countries|place|state)\b|哪个城市|哪座城市|哪个国家|什么地方|在哪|哪里|哪儿/giu;
const NAME_QUESTION = /\bwho(?:se|m)?\b|\bwhich\s+(?:company|companies|firm|person|people|outlet|organi[sz]ation)\b|(?:哪(?:个|家|一家)|什么)(?:公司|企业|机构|组织|人)|哪家|谁/giu;
const CAUSE_QUESTION = /\bwhy\b|\bhow\s+come\b|为什么|为何|怎么会/giu;
const ANSWER_TYPE_QUESTIONS = [QUANTITY_QUESTION, DATE_QUESTION, PLACE_QUESTION, NAME_QUESTION, CAUSE_QUESTION];

/** Where the question names the kind of answer it wants ("what year", "哪一年"): framing, matched by the answer-type mark, not by words. */
/** "Which outlet reported …", "who covered …", "哪家媒体报道": the question asks for a source, and these words say so. */
const SOURCE_QUESTION =
  /\b(?:which|what)\s+(?:news\s+)?(?:outlets?|sources?|publications?|papers?|newspapers?|magazines?|journals?|networks?|channels?|blogs?|agenc(?:y|ies)|sites?|websites?|media(?:\s+outlets?)?|reports?|articles?|pieces?)(?:\s+(?:reported|reports|said|says|wrote|writes|covered|ran|runs|published|broke))?\b|\bwho\s+(?:reported|covered|wrote\s+about|broke|ran|published)\b|\bwhere\s+(?:can|could|do|should)\s+(?:i|u|you|we)\s+(?:read|find|see|get)\b|(?:哪家媒体|哪个媒体|哪家|哪篇)(?:报道|说|写|发)?(?:了|过)?/giu;

/**
 * "What does 'TikTok refugee' mean?", "TikTok 难民是啥意思", "指的是哪些人", "小红书原来是干啥的" (what it is for): a request
 * for a definition, whose "mean", 意思 or 干啥 says what is asked, not what the answer holds.
 */
const DEFINITION_QUESTION = /\b(?:mean|means|meant|meaning)\b(?=\s*(?:exactly|here|lol|tho|though)?\s*[?？!.]*\s*$)|\bwhat(?:'s|\s+is)\s+the\s+meaning\s+of\b|(?:是)?(?:什么|啥)意思|指的是|(?:是)?(?:干|做)(?:啥|什么|嘛)的/giu;

function answerTypeSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const pattern of [...ANSWER_TYPE_QUESTIONS, SOURCE_QUESTION, DEFINITION_QUESTION]) {
    // Overlapping matches too: 在哪 and 哪个城市 both frame 在哪个城市.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      spans.push([m.index, m.index + m[0].length]);
      pattern.lastIndex = m.index + 1;
    }
  }
  return spans;
}

/** "…a lifestyle app right, what do…", "it's banned now, no?": a tag asking the reader to agree, not a word of the question. */
const TAG_QUESTION = /\b(?:right|correct|true|no|yes|yeah|eh|innit|isn'?t it|aren'?t they|don'?t they|didn'?t they|wasn'?t it)\s*(?=[,?!]|$)/giu;
const PREDICATE_BEFORE = /^(?:is|was|are|were|be|been|being|am|'?s|seem|seems|seemed|get|gets|got|turn|turned|not|the|a|an|very|so|quite|exactly|all|do|did|does|say|says|said)$/i;
/** Words of the clause before a tag: "who was right?" asks about "right"; "rednote is a chinese app right?" tags. */
const MIN_TAGGED_CLAUSE_WORDS = 3;

function tagQuestionSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  TAG_QUESTION.lastIndex = 0;
  for (let m = TAG_QUESTION.exec(text); m !== null; m = TAG_QUESTION.exec(text)) {
    const words = (text.slice(0, m.index).split(/[,.;:?!]/).at(-1) ?? '').trim().split(/\s+/).filter((w) => w !== '');
    // "was right", "is not true", "the right": the word is the predicate or a noun, not a tag.
    if (words.length >= MIN_TAGGED_CLAUSE_WORDS && !PREDICATE_BEFORE.test(words.at(-1) ?? '')) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/**
 * "which article covers the privacy risk", "any piece discussing lemon8", "a source that talks about the ban": after a
 * word for the report, a verb of reporting says the question wants a report on its subject; it is no word of that subject.
 */
const REPORTING_VERB = /\b(?:articles?|stories|story|pieces?|sources?|outlets?|reports?|posts?|papers?|newspapers?|sites?|coverage|ones?|which|what|who|anything|anyone|anybody)\s+(?:(?:that|which|who)\s+)?(?:(?:actually|really|even|ever|specifically)\s+)?(covers?|covered|covering|discuss(?:es|ed|ing)?|talks?\s+about|talked\s+about|talking\s+about|deals?\s+with|dealt\s+with|address(?:es|ed)?|goes\s+into|went\s+into|gets\s+into|looks?\s+(?:at|into)|looked\s+(?:at|into)|touch(?:es|ed)?\s+on|digs?\s+into|dig\s+into)\b/giu;

/**
 * "wait when did tiktok come back", "hold on, who owns lemon8", "quick question: is rednote chinese": a chat opener before
 * the question proper, not a word of it ("how long did users wait" still asks about waiting).
 */
const CHAT_OPENER = /^\s*(?:wait|hold on|hang on|quick question|real quick|question)\b[\s,:;.!?-]*(?=\p{L})/iu;

function chatOpenerSpans(text: string): [number, number][] {
  const m = CHAT_OPENER.exec(text);
  return m === null ? [] : [[m.index, m.index + m[0].length]];
}

function reportingVerbSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  REPORTING_VERB.lastIndex = 0;
  for (let m = REPORTING_VERB.exec(text); m !== null; m = REPORTING_VERB.exec(text)) {
    const verb = m[1] ?? '';
    const start = m.index + m[0].length - verb.length;
    spans.push([start, start + verb.length]);
  }
  return spans;
}

/** A word of letters then digits ("f1", "h1b", "covid19"); the tokenizer parts digits from the letters after them ("380k"). */
const LETTERS_AND_DIGITS = /^\p{L}+\p{N}+\p{L}*$/u;

/** The longest run of words read as one adverb: WordNet's adverb phrases run to four words ("all of a sudden"). */
const MAX_ADVERB_PHRASE_WORDS = 4;

/**
 * "in the first place", "kind of", "so far": several words WordNet knows only as one adverb frame the question the
 * way a one-word adverb does ("exactly"), instead of being searched for word by word ("first", "place").
 */
function adverbPhraseSpans(text: string, wordnet: ReturnType<typeof sharedWordNet>): [number, number][] {
  if (!wordnet) return [];
  const words = [...text.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu)].map((m) => ({ word: foldTerm(m[0]), start: m.index, end: m.index + m[0].length }));
  const spans: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    for (let length = Math.min(MAX_ADVERB_PHRASE_WORDS, words.length - i); length >= 2; length--) {
      const run = words.slice(i, i + length);
      const phrase = run.map((w) => w.word).join(' ');
      // An adverb has no inflections in WordNet (no detachment rules, no exceptions): only a phrase listed as one can be
      // one, and asking that first spares reading every run of words for every part of speech.
      if (!wordnet.hasLemma(phrase, 'r')) continue;
      const lemmas = wordnet.lemmas(phrase);
      if (lemmas.length === 0 || !lemmas.every((l) => l.pos === 'r')) continue;
      spans.push([run[0]?.start ?? 0, run.at(-1)?.end ?? 0]);
      i += length - 1;
      break;
    }
  }
  return spans;
}

/** What a question asks of a named outlet when it wants the piece itself: its link, its address, its report. */
const PIECE_REQUEST = new Set(['story', 'stories', 'link', 'links', 'url', 'urls', 'address', 'source', 'sources', 'explainer', 'headline', 'report', 'coverage', 'piece', 'article', 'title', 'titled', 'called', 'named', 'ran', 'outlet', 'outlets', 'publication', '链接', '报道', '网址', '标题', '题为', '叫', '叫做', '媒体']);

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const HAN = /\p{Script=Han}/u;

/**
 * Typos are corrected on words of four letters or more (swapped letters count once): short words have too many
 * neighbours. From six letters, two edits ("forien": a swap and a dropped letter), since only words outside both the
 * corpus and the dictionary are corrected at all (tune: two more answered, rejection unchanged; from five letters it
 * cost rejection).
 */
export function typoDistance(word: string): 0 | 1 | 2 {
  // Letters, or letters with digits ("lemno8"); a number is never a typo.
  if (!/^[\p{L}\p{N}]+$/u.test(word) || !/\p{L}/u.test(word)) return 0;
  if (word.length >= 6) return 2;
  if (word.length >= 4) return 1;
  return 0;
}

/**
 * Discord writes mentions, channels, custom emoji, timestamps and command links
 * as markup (<@123>, <#123>, <:name:123>, <t:1700000000:R>); links and
 * @everyone/@here are no words of a question either, and would count against it.
 */
const DISCORD_MARKUP = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:-?\d+(?::[tTdDfFR])?>|<\/[^<>:]+:\d+>|<?\bhttps?:\/\/[^\s>]+>?|\bwww\.[^\s>]+|@(?:everyone|here)\b/g;

export function stripDiscordMarkup(question: string): string {
  return question.replace(DISCORD_MARKUP, ' ');
}

export function resolveQuestion(index: SearchIndex, question: string, ranking: Ranking, options: ResolveOptions = {}): ResolvedQuestion {
  const { analyzer, documentFrequency, chunkCount } = index;
  const unswapped = withSwapsUndone(index, expandChatSpellings(stripDiscordMarkup(question).slice(0, MAX_QUESTION_CHARS)));
  const text = unswapped.text;
  const empty: ResolvedQuestion = { text, queryTerms: [], slots: [], unknownTerms: [], corrections: [], namedReferences: [], namedDocuments: new Set(), hasContent: false, uncorrectedWords: 0, procedural: false, asksName: false, asksSource: false };
  const rawSlots = analyzer.query(text);
  if (rawSlots.every((s) => s.stopWord)) return empty;

  const named = findNamedOutlets(index, rawSlots, text);
  const namedDocuments = findNamedDocuments(index, rawSlots);
  const outletSlots = new Set(named.flatMap((n) => n.slots));
  const filler = fillerTerms(index, text);
  const wordnet = sharedWordNet();
  const phrases = joinPhrases(index, rawSlots, wordnet);
  const framing = [...answerTypeSpans(text), ...tagQuestionSpans(text), ...adverbPhraseSpans(text, wordnet), ...reportingVerbSpans(text), ...chatOpenerSpans(text)];
  const framed = (slot: QuerySlot) => framing.some(([start, end]) => slot.start >= start && slot.end <= end);
  // "business insider rednote article link", "ap explainer on rednote, link pls": beside a named outlet, words asking for
  // its piece or its address frame the question (what is cited), they are not its subject.
  const asksForPiece = (slot: QuerySlot) => (named.length > 0 || namedDocuments.size > 0) && PIECE_REQUEST.has(foldTerm(slot.written));
  const content = phrases.filter((s) => !s.slot.stopWord && !s.members.some((m) => outletSlots.has(m)) && !isFiller(s.slot, filler) && !framed(s.slot) && !asksForPiece(s.slot));
  const queryTerms = [...new Set(content.flatMap((s) => s.slot.terms))];

  const idf = (term: string) => inverseDocumentFrequency(chunkCount, documentFrequency.get(term) ?? 0);
  // Words quoted from a named outlet's headline describe that piece, which the corpus only cites: never held against a hit.
  const headlineTerms = new Set(named.flatMap((n) => [...(outletsOf(index).vectors.get(n.reference)?.weights.keys() ?? [])]));
  const prefixLast = options.prefixLastTerm ?? !/[\s\p{P}]$/u.test(text);
  const lastContent = content.at(-1);
  const slots: ResolvedSlot[] = [];
  const unknownTerms: string[] = [];
  const corrections: Correction[] = [...unswapped.corrections];
  let uncorrectedWords = 0;
  const framingReadings: [number, number, string][] = [];

  // Chinese characters that spell, in pinyin, a name the corpus writes in Latin letters ("刘星亮": Liu Xingliang).
  const spelled = CJK.test(text) ? pinyinNames(index, text, wordnet) : [];
  const inName = (slot: QuerySlot) => spelled.find((n) => slot.start >= n.start && slot.end <= n.end);
  const spelledOut = new Set<PinyinName>();
  const personal = personalNameSlots(rawSlots, text, wordnet, (slot) => slot.terms.some((t) => documentFrequency.has(t)));
  for (const { slot, phrase } of content) {
    const name = inName(slot);
    if (name !== undefined) {
      if (!spelledOut.has(name)) {
        spelledOut.add(name);
        const terms = new Map(name.terms.map((term) => [term, ranking.glossCredit] as const));
        slots.push({ written: name.written, weight: Math.max(...name.terms.map(idf)), terms, name: true });
      }
      continue;
    }
    const terms = new Map<string, number>();
    const offer = (term: string, credit: number) => {
      if (documentFrequency.has(term) && credit > (terms.get(term) ?? 0)) terms.set(term, credit);
    };
    for (const term of slot.terms) offer(term, 1);
    const word = foldTerm(slot.written);
    const lemmas = wordnet && !phrase ? ownLemmas(wordnet.lemmas(word), word) : [];
    // Meaning: WordNet's relations, reached from the word as written and from its lemmas ("bought" → "buy").
    const keys = new Set(slot.terms);
    for (const { lemma, irregular } of lemmas) {
      for (const term of analyzer.phraseTerms(lemma)) {
        keys.add(term);
        // Regular forms meet through the stemmer already; a suffix rule alone would read "founder" as "found".
        if (irregular) offer(term, ranking.relationCredit.inflection);
      }
    }
    // "Donald Trump": a word of a person's name means the person, not "best".
    if (!personal.has(slot)) for (const key of keys) for (const [term, relation] of index.related.get(key) ?? []) offer(term, ranking.relationCredit[relation]);
    if (CJK.test(slot.written)) for (const [term, credit] of glossTerms(index, slot.written, ranking)) offer(term, credit);

    const exact = slot.terms.some((t) => terms.get(t) === 1);
    const isDictionaryWord = lemmas.length > 0;
    if (!exact && prefixLast && slot === lastContent?.slot && slot.end === text.trimEnd().length && word.length >= 3) {
      for (const [completion, completionTerms] of firstEntries(index.vocabulary.atPrefix(word), MAX_PREFIX_COMPLETIONS)) {
        if (completion === word) continue;
        for (const term of completionTerms) offer(term, ranking.prefixCredit);
      }
    }
    // A short word no one knows whose letters, two of them swapped, make a framing word ("teh", "adn", "hwo") is that word:
    // three letters are too few to correct toward the corpus, but the handful of framing words is safe to reach.
    const swappedFraming = terms.size === 0 && !isDictionaryWord && typoDistance(word) === 0 && word.length === 3 ? framingSwap(word) : '';
    if (swappedFraming !== '') {
      framingReadings.push([slot.start, slot.end, swappedFraming]);
      continue;
    }
    // "is rednote bannable": an adjective made from a verb that neither the corpus nor WordNet knows means what the verb
    // does, and reaches the verb's terms and relations as a derived form.
    if (terms.size === 0 && !isDictionaryWord) {
      for (const verb of ableBases(word)) {
        if (!wordnet || wordnet.lemmas(verb).length === 0) continue;
        for (const term of analyzer.phraseTerms(verb)) {
          offer(term, ranking.relationCredit.derivation);
          for (const [related, relation] of index.related.get(term) ?? []) offer(related, ranking.relationCredit.derivation * ranking.relationCredit[relation]);
        }
        break;
      }
    }
    // "ren yis article": a name's possessive, its apostrophe dropped as chat drops it, is the name.
    if (terms.size === 0 && POSSESSIVE_WITHOUT_APOSTROPHE.test(word)) for (const term of analyzer.phraseTerms(word.slice(0, -1))) offer(term, 1);
    // "f1 visa", "covid19": letters and digits run together are the name the articles write with a hyphen ("F-1", "COVID-19").
    if (terms.size === 0 && LETTERS_AND_DIGITS.test(word)) {
      const parts = word.match(/\p{L}+|\p{N}+/gu) ?? [];
      const partTerms = parts.flatMap((part) => analyzer.terms(part).filter((term) => !term.startsWith('#')));
      if (partTerms.length === parts.length && partTerms.every((term) => documentFrequency.has(term))) for (const term of partTerms) offer(term, 1);
    }
    if (terms.size === 0 && typoDistance(word) > 0 && isDictionaryWord && options.correctDictionaryWords !== true) uncorrectedWords++;
    if (terms.size === 0 && typoDistance(word) > 0 && (!isDictionaryWord || options.correctDictionaryWords === true)) {
      const spelling = closestSpelling(index, word);
      // A misspelt question word ("whta") frames the question like the word it stands for.
      if (spelling?.stopWord) {
        if (spelling.framing) framingReadings.push([slot.start, slot.end, spelling.framing]);
        continue;
      }
      for (const { terms: corrected, distance } of spelling?.candidates ?? []) {
        for (const term of corrected) offer(term, ranking.fuzzyCredit[distance] ?? 0);
      }
      const best = spelling?.candidates[0];
      if (best && corrections.length < MAX_CORRECTIONS) corrections.push({ written: slot.written, read: best.word });
    }
    if (terms.size === 0 && slot.terms.some((t) => headlineTerms.has(t))) continue;
    // "这件事" (this matter): a measure word after a demonstrative or a numeral counts, it does not say what is counted.
    if (CJK.test(slot.written) && isMeasureWord(text, slot)) continue;
    // "啥" (what), "哪些" (which ones, who, what): a Chinese word glossed by function words is one, though the corpus lacks it.
    if (terms.size === 0 && CJK.test(slot.written) && chineseFunctionWord(slot.written, wordnet, ranking)) continue;
    if (terms.size === 0) {
      unknownTerms.push(slot.written);
      slots.push({ written: slot.written, weight: inverseDocumentFrequency(chunkCount, 0) * unknownWeight(index, wordnet, slot.written, word, lemmas, ranking), terms });
      continue;
    }
    // (Each term's IDF worked out once, not at every comparison: a common word offers hundreds of related terms.)
    const kept = new Map(
      [...terms]
        .map(([term, credit]) => ({ term, credit, weight: idf(term) }))
        .sort((a, b) => b.credit - a.credit || b.weight - a.weight)
        .slice(0, MAX_ALTERNATIVES)
        .map(({ term, credit }) => [term, credit] as const),
    );
    // The word the user wrote sets the weight; its expansions are other ways to match it, not extra importance.
    const [primary] = slot.terms;
    const weight = primary !== undefined && kept.get(primary) === 1 ? idf(primary) : Math.max(...[...kept.keys()].map(idf));
    // A Chinese word that frames the question ("所有": all, have) weighs as an English adverb does.
    const framing = CJK.test(slot.written) && !exact && chineseFunctionWord(slot.written, wordnet, ranking);
    let slotWeight = weight * (framing ? ranking.adverbWeight : wordWeight(wordnet, lemmas, ranking));
    // A word the corpus reaches only through a definition's words ("losing" → "cost") is all but missing: it weighs as one.
    if (!framing && Math.max(...kept.values()) <= ranking.relationCredit.defined) slotWeight = Math.min(slotWeight, inverseDocumentFrequency(chunkCount, 0) * unknownWeight(index, wordnet, slot.written, word, lemmas, ranking));
    const resolvedSlot: ResolvedSlot = { written: slot.written, weight: slotWeight, terms: kept };
    if (exact && isName(wordnet, word, lemmas)) resolvedSlot.name = true;
    slots.push(resolvedSlot);
  }

  // What kind of answer is wanted: a paragraph giving a number, a date or a place.
  const mark = (term: string) => {
    if (documentFrequency.has(term)) slots.push({ written: term, weight: idf(term) * ranking.answerTypeWeight, terms: new Map([[term, 1]]), answerType: true });
  };
  // The question's kind as if its misspelt framing words were spelt right ("how mnay" asks how many).
  const kindText = framingReadings.reduceRight((t, [start, end, reading]) => t.slice(0, start) + reading + t.slice(end), text);
  const asks = (pattern: RegExp) => kindText.search(pattern) >= 0;
  if (asks(QUANTITY_QUESTION)) mark(NUMBER_TERM);
  if (asks(DATE_QUESTION)) mark(DATE_TERM);
  if (asks(PLACE_QUESTION)) mark(PLACE_TERM);
  if (asks(NAME_QUESTION)) mark(NAME_TERM);
  if (asks(CAUSE_QUESTION)) mark(CAUSE_TERM);

  // "What did the Guardian write?": the outlet's headline is what the question is about.
  const covered = new Set(slots.flatMap((r) => [...r.terms.keys()]));
  // With words of their own, the question's words decide what is relevant and the outlet only what is cited.
  // (Words that all framed the question, "标题叫 'I Won't Touch Instagram' 的是哪家媒体", leave it none of its own.)
  const ownWords = slots.some((slot) => slot.answerType !== true);
  for (const { reference } of ownWords ? [] : named) {
    const vector = outletsOf(index).vectors.get(reference);
    for (const term of vector?.weights.keys() ?? []) {
      if (covered.has(term) || !documentFrequency.has(term)) continue;
      covered.add(term);
      slots.push({ written: term, weight: idf(term) * ranking.headlineWeight, terms: new Map([[term, 1]]) });
    }
  }
  // A Chinese word's glosses that only a Source List headline uses ("隐私": privacy, in Proton's headline, in no paragraph)
  // reach no paragraph, but still say which piece the question points at.
  const headlineGlosses = CJK.test(text) ? content.flatMap(({ slot }) => (CJK.test(slot.written) ? headlineGlossTerms(index, slot.written) : [])) : [];
  return {
    text,
    queryTerms: headlineGlosses.length === 0 ? queryTerms : [...new Set([...queryTerms, ...headlineGlosses])],
    slots,
    unknownTerms,
    corrections,
    namedReferences: named.map((n) => n.reference),
    namedDocuments,
    hasContent: content.length > 0,
    uncorrectedWords,
    procedural: PROCEDURE_QUESTION.test(text),
    asksName: NAMING_QUESTION.test(text),
    asksSource: asksSource(text),
  };
}

/** Words asking for the report itself: its source, its link, the outlet that ran it. */
const SOURCE_REQUEST = /\b(?:sources?|links?|outlets?|articles?|reported|reporting|coverage)\b|来源|链接|媒体|报道|出处/iu;

function asksSource(text: string): boolean {
  SOURCE_QUESTION.lastIndex = 0;
  return SOURCE_QUESTION.test(text) || SOURCE_REQUEST.test(text);
}

/** A question about a name itself: what something is called, whether two names are one thing. */
const NAMING_QUESTION =
  /(?<!\bso[- ])\b(?:called|known\s+as|(?:real|english|chinese|full|other|original)\s+name|name\s+(?:in|for)|same\s+(?:thing|app|platform)|stands?\s+for|short\s+for)\b|英文名|中文名|叫什么|叫啥|名字|一回事|同一个/iu;

/** Words after a publisher's one-word name that say a piece is meant ("the Conversation article"), not the everyday word. */
const PIECE_WORDS = new Set(['article', 'articles', 'piece', 'pieces', 'story', 'stories', 'op-ed', 'oped', 'editorial', 'column', 'author', 'writer', 'report', 'essay', 'commentary', 'opinion']);

interface Publishers {
  /** Per first term of a publisher's name, the publishers starting with it: their terms and the articles they publish. */
  byFirstTerm: Map<string, { terms: readonly string[]; documents: string[] }[]>;
}

const publisherCache = new WeakMap<SearchIndex, Publishers>();

/** The corpus's publishers as the analyser reads their names ("China Daily": china, daili), once per index. */
function publishersOf(index: SearchIndex): Publishers {
  let publishers = publisherCache.get(index);
  if (!publishers) {
    const byName = new Map<string, { terms: readonly string[]; documents: string[] }>();
    for (const document of index.documents.values()) {
      const terms = document.publisher === '' ? [] : index.analyzer.terms(document.publisher).filter((t) => !t.startsWith('#'));
      if (terms.length === 0) continue;
      const key = terms.join(' ');
      const entry = byName.get(key) ?? { terms, documents: [] };
      entry.documents.push(document.id);
      byName.set(key, entry);
    }
    const byFirstTerm = new Map<string, { terms: readonly string[]; documents: string[] }[]>();
    for (const entry of byName.values()) {
      const first = entry.terms[0] as string;
      byFirstTerm.set(first, [...(byFirstTerm.get(first) ?? []), entry]);
    }
    publisherCache.set(index, (publishers = { byFirstTerm }));
  }
  return publishers;
}

/**
 * Articles of the corpus the question names by their publisher: "what does the China Daily piece say", "who wrote the
 * Conversation article". A name of two words or more is enough; a one-word name ("Conversation") needs a word for a piece
 * after it, or it is the everyday word. The name stays a word of the question (an article's paragraphs rarely print
 * their publisher); "piece" or "article" beside it frames the question.
 */
function findNamedDocuments(index: SearchIndex, slots: readonly QuerySlot[]): ReadonlySet<string> {
  const documents = new Set<string>();
  const { byFirstTerm } = publishersOf(index);
  if (byFirstTerm.size === 0) return documents;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as QuerySlot;
    if (slot.stopWord) continue;
    for (const term of slot.terms) {
      for (const publisher of byFirstTerm.get(term) ?? []) {
        const length = publisher.terms.length;
        if (!publisher.terms.every((t, k) => slots[i + k]?.terms.includes(t))) continue;
        if (length === 1 && !PIECE_WORDS.has(foldTerm(slots[i + 1]?.written ?? ''))) continue;
        for (const id of publisher.documents) documents.add(id);
      }
    }
  }
  return documents;
}

/**
 * How much a word the corpus lacks counts against an answer. A name the
 * corpus never mentions (Europe, the NBA) says the question is about
 * something else; an everyday word ("losing", "fad") may just be another way
 * of saying what the text says; slang and unknown Chinese words are least sure.
 */
function unknownWeight(index: SearchIndex, wordnet: ReturnType<typeof sharedWordNet>, written: string, word: string, lemmas: readonly { lemma: string; pos: PartOfSpeech }[], ranking: Ranking): number {
  if (CJK.test(written)) return chineseThingWeight(index, wordnet, written, ranking);
  if (lemmas.length === 0) return /^\p{Script=Latin}{3,}$/u.test(word) ? ranking.unknownLatinWeight : ranking.unknownWordWeight;
  if (isName(wordnet, word, lemmas)) return Math.max(1, ranking.commonWordWeight);
  return ranking.commonWordWeight * wordWeight(wordnet, lemmas, ranking) * (1 - (1 - ranking.missingActionWeight) * (1 - nounShare(wordnet, lemmas)));
}

/**
 * An unknown Chinese word the dictionary glosses, first, as one English word WordNet knows only as a noun ("电脑":
 * computer) names a thing the corpus never mentions; any other (a phrase the segmenter left whole, "这次": this time) is
 * least sure.
 */
function chineseThingWeight(index: SearchIndex, wordnet: ReturnType<typeof sharedWordNet>, written: string, ranking: Ranking): number {
  const glossary = sharedChineseGlossary();
  const gloss = glossary?.glosses(written)[0] ?? '';
  if (!/^\p{L}+$/u.test(gloss)) return ranking.unknownWordWeight;
  // (A thing a Source List headline names, "隐私" for a privacy piece, is what the corpus cites, not something it lacks.)
  if (glossary !== null && glossesOf(glossary, written).some((g) => index.analyzer.terms(g).some((term) => index.referencesByTerm.has(term)))) return ranking.unknownWordWeight;
  const lemmas = wordnet?.lemmas(gloss.toLowerCase()) ?? [];
  if (lemmas.length === 0 || nounShare(wordnet, lemmas) < 1) return ranking.unknownWordWeight;
  return ranking.unknownChineseNounWeight;
}

/**
 * How much a word is used as a noun, by WordNet's tagged senses ("price" 5 of 6, "jump" 0 of 7), or by its senses
 * when none was tagged. A thing the corpus never mentions says the question is about something else; a missing
 * action or quality ("losing", "proud", "spike") is more often the text's own words put another way.
 */
function nounShare(wordnet: ReturnType<typeof sharedWordNet>, lemmas: readonly { lemma: string; pos: PartOfSpeech }[]): number {
  if (!wordnet) return 1;
  const tagged = (pos: PartOfSpeech) => lemmas.filter((l) => l.pos === pos).reduce((sum, l) => sum + wordnet.taggedSenses(l.lemma, pos), 0);
  const senses = (pos: PartOfSpeech) => lemmas.filter((l) => l.pos === pos).reduce((sum, l) => sum + wordnet.senses(l.lemma, pos).length, 0);
  for (const count of [tagged, senses]) {
    const total = PARTS_OF_SPEECH.reduce((sum, pos) => sum + count(pos), 0);
    if (total > 0) return count('n') / total;
  }
  return 1;
}

/** A common adverb-only word ("exactly", "really") frames the question; everything else weighs what its IDF says. */
function wordWeight(wordnet: ReturnType<typeof sharedWordNet>, lemmas: readonly { lemma: string; pos: string }[], ranking: Ranking): number {
  if (!wordnet || lemmas.length === 0) return 1;
  if (!lemmas.every((l) => l.pos === 'r')) return 1;
  // An adverb never seen in WordNet's tagged text ("bilingually", "anonymously") is rare, and says what is asked, as
  // its adjective would; a common one ("exactly", "really") frames the question.
  return lemmas.every((l) => wordnet.taggedSenses(l.lemma, 'r') === 0) ? 1 : ranking.adverbWeight;
}

/**
 * The words of a person's name written in full inside a question, one the corpus does not know: two capitalised words
 * side by side ("what did Donald Trump say"), the first a given name (no everyday word, no acronym, no possessive, and
 * absent from the corpus: "RedNote Office", "UAE App Store", "Nigeria's App Store" name things), in a question not in
 * title case throughout ("What Did The …"), where capitals say nothing. The surname's dictionary senses ("trump": best)
 * are not what is meant.
 */
function personalNameSlots(slots: readonly QuerySlot[], text: string, wordnet: ReturnType<typeof sharedWordNet>, inCorpus: (slot: QuerySlot) => boolean): Set<QuerySlot> {
  const out = new Set<QuerySlot>();
  const words = slots.filter((s) => /^\p{L}/u.test(s.written));
  const capital = (s: QuerySlot) => /^\p{Lu}\p{Ll}/u.test(s.written) && !s.stopWord;
  if (words.length === 0 || words.filter(capital).length * 2 > words.length) return out;
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i] as QuerySlot;
    const b = words[i + 1] as QuerySlot;
    if (!capital(a) || !capital(b) || !/^[ \t]+$/.test(text.slice(a.end, b.start))) continue;
    const given = foldTerm(a.written);
    if (/['’]s$/u.test(given) || inCorpus(a) || !isName(wordnet, given, wordnet?.lemmas(given) ?? [])) continue;
    out.add(a);
    out.add(b);
  }
  return out;
}

/** Not a dictionary word, or one WordNet only knows capitalised (a place, a person, an organisation). */
function isName(wordnet: ReturnType<typeof sharedWordNet>, word: string, lemmas: readonly { lemma: string; pos: string }[]): boolean {
  if (!wordnet || lemmas.length === 0) return true;
  return lemmas.every((l) => l.pos === 'n' && wordnet.senses(l.lemma, 'n').every((s) => s.words.some((w) => w.toLowerCase() === l.lemma && w !== w.toLowerCase())));
}

function isFiller(slot: QuerySlot, filler: ReadonlySet<string>): boolean {
  const word = foldTerm(slot.written);
  return QUESTION_FILLER.has(word) || CHAT_FILLER.has(word) || slot.terms.every((t) => filler.has(t));
}

interface PhraseSlot {
  slot: QuerySlot;
  /** Positions of the question's slots it covers. */
  members: number[];
  /** A multi-word expression WordNet knows ("sign up", "chief executive"): matched through its relations. */
  phrase: boolean;
}

/** Adjacent words that WordNet knows as one expression become one concept: "signed up" means "joined", not "signed". */
function joinPhrases(index: SearchIndex, slots: readonly QuerySlot[], wordnet: ReturnType<typeof sharedWordNet>): PhraseSlot[] {
  const out: PhraseSlot[] = [];
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as QuerySlot;
    let joined: PhraseSlot | null = null;
    for (const length of [3, 2]) {
      const members = slots.slice(i, i + length);
      if (members.length < length || members[0]?.stopWord || members.some((m) => m.terms.length !== 1)) continue;
      const key = members.map((m) => m.terms[0]).join(' ');
      // A phrase WordNet knows ("newspaper editor", "follow up") whose every word the articles hold apart, and never
      // together, is searched word by word: joined, it would reach only what the phrase is related to.
      if (!index.documentFrequency.has(key) && members.every((m) => index.documentFrequency.has(m.terms[0] ?? ''))) continue;
      const phrase = index.related.has(key);
      // Otherwise a name of several words that the corpus lacks ("silicon valley's", "wall street"): one concept, weighed
      // once, read as the name it is.
      const written = phrase ? members.map((m) => m.written).join(' ') : members.map((m) => foldTerm(m.written).replace(/['’]s$/u, '')).join(' ');
      if (!phrase && (wordnet === null || members.some((m) => index.documentFrequency.has(m.terms[0] ?? '')) || wordnet.lemmas(written).length === 0)) continue;
      const end = (members.at(-1) as QuerySlot).end;
      joined = { slot: { terms: [key], start: slot.start, end, written, stopWord: false }, members: members.map((_, k) => i + k), phrase };
      break;
    }
    if (joined) {
      out.push(joined);
      i += joined.members.length - 1;
    } else out.push({ slot, members: [i], phrase: false });
  }
  return out;
}

const GLOSS_RELATIONS: ReadonlySet<Relation> = new Set<Relation>(['inflection', 'derivation']);

/** Index terms a Chinese word's English glosses reach, directly or through WordNet. */
function glossTerms(index: SearchIndex, written: string, ranking: Ranking): Map<string, number> {
  const found = new Map<string, number>();
  const glossary = sharedChineseGlossary();
  if (!glossary) return found;
  const offer = (term: string, credit: number) => {
    if (index.documentFrequency.has(term) && credit > (found.get(term) ?? 0)) found.set(term, credit);
  };
  for (const [rank, gloss] of glossesOf(glossary, written).entries()) {
    // A gloss's words, not what they name: "China" in a gloss is no mark of a place in the question.
    const terms = index.analyzer.terms(gloss).filter((term) => !term.startsWith('#'));
    // The dictionary lists a word's main sense first ("名": name, noun, place among winners, famous): later glosses
    // earn a little less each.
    const glossCredit = ranking.glossCredit * ranking.glossRankDecay ** rank;
    for (const term of terms) {
      offer(term, glossCredit);
      // Only a one-word gloss is a word's meaning: the words of a phrase ("be fond of eating") reach too far through WordNet.
      // And only its other forms (inflections, derived words): a gloss is a translation already, and its synonyms, broader
      // words or definitions are a second step of meaning ("名叫" "be called" → call → career, telephone).
      if (terms.length === 1) for (const [related, relation] of index.related.get(term) ?? []) if (GLOSS_RELATIONS.has(relation)) offer(related, glossCredit * ranking.relationCredit[relation]);
    }
  }
  return found;
}

/** The terms of a Chinese word's dictionary glosses that some Source List headline holds. */
function headlineGlossTerms(index: SearchIndex, written: string): string[] {
  const glossary = sharedChineseGlossary();
  if (!glossary) return [];
  return glossesOf(glossary, written).flatMap((gloss) => index.analyzer.terms(gloss).filter((term) => index.referencesByTerm.has(term)));
}

/** Demonstratives and numerals a Chinese measure word follows: 这件, 那篇, 一个, 几位, 每条. */
const BEFORE_MEASURE_WORD = /[这那哪一二两三四五六七八九十几每這]$/u;

/** A single character CC-CEDICT calls a classifier ("件": classifier for events, things), right after a demonstrative or numeral. */
function isMeasureWord(text: string, slot: QuerySlot): boolean {
  if ([...slot.written].length !== 1 || !BEFORE_MEASURE_WORD.test(text.slice(0, slot.start))) return false;
  return sharedChineseGlossary()?.glosses(slot.written).some((gloss) => /^classifier for\b/i.test(gloss)) === true;
}

interface PinyinName {
  written: string;
  start: number;
  end: number;
  terms: string[];
}

/** What the pinyin reading has worked out per index: which words are names the corpus holds, which Chinese words mean something. */
const pinyinMemo = new WeakMap<SearchIndex, { names: Map<string, readonly string[] | null>; meaningful: Map<string, boolean>; printedNames: Map<string, boolean> }>();

const PINYIN_MEMO_LIMIT = 20_000;

/** Characters read as one name: two to four ("任意", "刘星亮"). */
const NAME_CHARACTERS = [4, 3, 2];
/** Readings tried per character: most have one or two. */
const READINGS_PER_CHARACTER = 2;

/**
 * Runs of Chinese characters whose pinyin is a name the corpus writes in
 * Latin letters: "任意" is Ren Yi, "刘星亮" Liu Xingliang. A run the
 * dictionary glosses into corpus words ("杭州": Hangzhou) is read by its
 * meaning instead. The name's parts must be names to WordNet (unknown, or
 * known only capitalised: "Yi"), so a reading that spells English words
 * ("men") names no one.
 */
function pinyinNames(index: SearchIndex, text: string, wordnet: ReturnType<typeof sharedWordNet>): PinyinName[] {
  // A question with no Chinese in it needs no dictionary (nor loads one).
  if (!HAN.test(text)) return [];
  const glossary = sharedChineseGlossary();
  if (!glossary) return [];
  let memo = pinyinMemo.get(index);
  if (!memo) pinyinMemo.set(index, (memo = { names: new Map(), meaningful: new Map(), printedNames: new Map() }));
  const { names, meaningful, printedNames } = memo;
  // Kept for the index's life, within bounds: a long-running bot meets ever new words.
  if (names.size > PINYIN_MEMO_LIMIT) names.clear();
  if (meaningful.size > PINYIN_MEMO_LIMIT) meaningful.clear();
  if (printedNames.size > PINYIN_MEMO_LIMIT) printedNames.clear();
  const nameTerms = (word: string): readonly string[] | null => {
    let terms = names.get(word);
    if (terms === undefined) {
      const known = word.length >= 2 && isName(wordnet, word, wordnet?.lemmas(word) ?? []) ? index.vocabulary.get(word) : undefined;
      terms = known !== undefined && known.length > 0 ? known : null;
      names.set(word, terms);
    }
    return terms;
  };
  // A word whose own glosses reach the corpus means something; its sound is no name. (Not glossTerms: it reads a word the
  // dictionary lacks through its parts, and 刘星亮 would mean "battle-ax" and "star".)
  const hasMeaning = (word: string): boolean => {
    let found = meaningful.get(word);
    if (found === undefined) {
      found = glossary.glosses(word).some((gloss) => index.analyzer.terms(gloss).some((term) => index.documentFrequency.has(term)));
      meaningful.set(word, found);
    }
    return found;
  };
  // A reading split into one to three such words: "liuxingliang" → liu + xingliang.
  const split = (reading: string, parts: number): { terms: string[]; words: string[] } | null => {
    const whole = nameTerms(reading);
    if (whole) return { terms: [...whole], words: [reading] };
    if (parts <= 1) return null;
    for (let cut = 2; cut <= reading.length - 2; cut++) {
      const head = nameTerms(reading.slice(0, cut));
      const rest = head ? split(reading.slice(cut), parts - 1) : null;
      if (head && rest) return { terms: [...head, ...rest.terms], words: [reading.slice(0, cut), ...rest.words] };
    }
    return null;
  };
  // …that a paragraph prints as one name ("Ren Yi"): names of two people ("国人": Guo, Ren) or a name beside another word
  // ("小红书以": Xiaohongshu, Yi) are not one.
  const printed = (words: readonly string[], terms: readonly string[]): boolean => {
    if (words.length < 2) return true;
    const key = words.join(' ');
    let found = printedNames.get(key);
    if (found === undefined) {
      const rarest = [...terms].sort((a, b) => (index.documentFrequency.get(a) ?? 0) - (index.documentFrequency.get(b) ?? 0))[0] ?? '';
      const name = new RegExp(`(?<![\\p{L}])${words.join('[\\s-]?')}(?![\\p{L}])`, 'iu');
      const holders = index.postings.of(rarest)?.get(TEXT_FIELD);
      found = holders !== undefined && [...holders.keys()].some((shortId) => name.test(index.chunks.get(index.postings.ids[shortId] ?? '')?.text ?? ''));
      printedNames.set(key, found);
    }
    return found;
  };
  const readingsOf = (run: string): string[] => {
    const whole = glossary.pinyin(run);
    if (whole.length > 0) return whole.slice(0, READINGS_PER_CHARACTER);
    let readings = [''];
    for (const character of run) {
      const own = glossary.pinyin(character).slice(0, READINGS_PER_CHARACTER);
      if (own.length === 0) return [];
      readings = readings.flatMap((start) => own.map((r) => start + r));
    }
    return readings;
  };
  const found: PinyinName[] = [];
  for (const run of text.matchAll(/\p{Script=Han}+/gu)) {
    const chars = run[0];
    for (let i = 0; i < chars.length; ) {
      let matched = 0;
      for (const size of NAME_CHARACTERS) {
        if (i + size > chars.length) continue;
        const word = chars.slice(i, i + size);
        if (hasMeaning(word)) continue;
        const terms = readingsOf(word)
          .map((reading) => split(reading, 3))
          .find((t) => t !== null && printed(t.words, t.terms))?.terms;
        if (terms) {
          const start = (run.index ?? 0) + i;
          found.push({ written: word, start, end: start + size, terms: [...new Set(terms)] });
          matched = size;
          break;
        }
      }
      i += matched > 0 ? matched : 1;
    }
  }
  return found;
}

/**
 * A Chinese word whose main sense and most of its glosses are function words or adverbs ("哪些": which ones, who, what;
 * "所有": all, have) frames the question as an English stop word or adverb would: it carries no weight.
 */
function chineseFunctionWord(written: string, wordnet: ReturnType<typeof sharedWordNet>, ranking: Ranking): boolean {
  const glossary = sharedChineseGlossary();
  if (!glossary) return false;
  // "啥" is the dialect's "什么" (what): a word standing for a function word is one.
  if (glossary.sameAs(written).some((target) => STOP_WORDS.has(target))) return true;
  const glosses = glossesOf(glossary, written);
  const adverb = (word: string) => {
    const lemmas = wordnet?.lemmas(word) ?? [];
    return lemmas.length > 0 && lemmas.every((l) => l.pos === 'r');
  };
  // An acronym is a name ("US" for 美国), never the stop word its letters spell.
  const framing = (word: string) => !/^\p{Lu}{2,}$/u.test(word) && (STOP_WORDS.has(word.toLowerCase()) || QUESTION_FILLER.has(word.toLowerCase()) || adverb(word.toLowerCase()));
  // …or a question word's phrase ("which ones", "what kind").
  // (An adverb of several words, "later on", "at once", is one as a whole.)
  const isFraming = (gloss: string) => gloss.split(/\s+/).every(framing) || (/\s/.test(gloss) && adverb(gloss.toLowerCase())) || /^(?:which|what|who|how|where|when|why) \S+$/i.test(gloss);
  // "的是" ("of" + "be"): characters the segmenter left together that the dictionary lacks as a word, each of them
  // a function word by its main sense.
  if (glosses.length === 0) return [...written].length > 1 && [...written].every((character) => isFraming(glossesOf(glossary, character)[0] ?? 'no gloss'));
  const functional = glosses.filter(isFraming).length;
  // The first gloss is the word's main sense: "聊" (chat; temporarily; merely) is a content word, however its minor senses read.
  return isFraming(glosses[0] ?? '') && functional >= ranking.chineseFunctionShare * glosses.length;
}

/** A word's glosses; a word the dictionary lacks is read as the longest dictionary words it is made of. */
function glossesOf(glossary: NonNullable<ReturnType<typeof sharedChineseGlossary>>, written: string): string[] {
  const whole = glossary.glosses(written);
  if (whole.length > 0) return [...whole];
  const glosses: string[] = [];
  for (let start = 0; start < written.length; ) {
    let end = written.length;
    while (end > start + 1 && glossary.glosses(written.slice(start, end)).length === 0) end--;
    const part = written.slice(start, end);
    // A single character is read for its first sense only: most have many.
    if (!STOP_WORDS.has(part)) glosses.push(...glossary.glosses(part).slice(0, end - start > 1 ? undefined : 1));
    start = end;
  }
  return glosses;
}

interface Spelling {
  /** The nearest spelling is a stop word or filler: the word frames the question. */
  stopWord: boolean;
  /** That framing word ("many" for "mnay"), so the question's kind is read as if it were spelt right. */
  framing?: string;
  candidates: { word: string; terms: readonly string[]; distance: number }[];
}

let framingWords: string[] | undefined;

/**
 * The nearest spellings of a word in the corpus vocabulary by Damerau
 * (optimal string alignment) distance, so "langauge" is one edit from
 * "language": smallest distance first, then the most common word.
 */
/** Shortest word whose two swapped letters are read as the dictionary word they spell. */
const MIN_SWAP_WORD = 4;

/**
 * Words with two neighbouring letters swapped ("compnay", "swtich", "tutorails"; "goverment", a letter dropped, is no
 * swap) that spell a dictionary word the corpus lacks: read as that word, so its meaning reaches the text ("company" →
 * its owner, its firm). Only a word that one swap alone turns into a dictionary word is read so. A word
 * the corpus has, the dictionary knows, or a corpus word is near (a misspelt name, "rednoet") is left for the usual
 * correction.
 */
function withSwapsUndone(index: SearchIndex, text: string): { text: string; corrections: Correction[] } {
  const wordnet = sharedWordNet();
  const corrections: Correction[] = [];
  if (!wordnet) return { text, corrections };
  const read = text.replace(/(?<![\p{L}\p{N}'’-])[A-Za-z]+(?![\p{L}\p{N}'’-])/gu, (written) => {
    const word = written.toLowerCase();
    if (word.length < MIN_SWAP_WORD || STOP_WORDS.has(word) || index.vocabulary.has(word) || wordnet.lemmas(word).length > 0) return written;
    const swaps = new Set<string>();
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (wordnet.lemmas(swapped).length > 0) swaps.add(swapped);
    }
    const [only] = swaps;
    if (swaps.size !== 1 || only === undefined || (closestSpelling(index, word)?.candidates.length ?? 0) > 0) return written;
    if (corrections.length < MAX_CORRECTIONS) corrections.push({ written, read: only });
    return only;
  });
  return { text: read, corrections };
}

function closestSpelling(index: SearchIndex, word: string): Spelling | null {
  const allowed = typoDistance(word);
  // Levenshtein (the vocabulary's fuzzy search) counts a swap as two edits: the word with each neighbouring pair
  // swapped is looked up too, which is far cheaper than searching one edit further.
  const spellings = new Map<string, readonly string[]>();
  for (const [spelling, [terms]] of index.vocabulary.fuzzyGet(word, allowed)) spellings.set(spelling, terms);
  // Two edits already reach a swap, so only shorter words need the swapped spellings looked up.
  if (allowed === 1) {
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      const terms = index.vocabulary.get(swapped);
      if (terms) spellings.set(swapped, terms);
    }
  }
  const found = [...spellings].map(([spelling, terms]) => ({ word: spelling, terms, distance: osaDistance(word, spelling) })).filter((f) => f.distance <= allowed);
  framingWords ??= [...STOP_WORDS, ...QUESTION_FILLER, ...CHAT_FILLER].filter((w) => /^[a-z]{3,}$/.test(w));
  let framing = allowed + 1;
  let framingWord = '';
  for (const w of framingWords) {
    if (Math.abs(w.length - word.length) > allowed) continue;
    const d = osaDistance(word, w);
    // Of two framing words as near, the one reached by swapping two letters ("mnay": many, not may).
    if (d < framing || (d === framing && isSwap(word, w) && !isSwap(word, framingWord))) [framing, framingWord] = [d, w];
  }
  if (found.length === 0) return framing <= allowed ? { stopWord: true, framing: framingWord, candidates: [] } : null;
  const nearest = Math.min(...found.map((f) => f.distance));
  // As near as a corpus word, a framing word wins when two swapped letters reach it and the corpus word needs a letter
  // added or dropped: "mnay" is "many" typed fast, not "may" ("how mnay new users").
  const swapped = framing === nearest && isSwap(word, framingWord) && !found.some((f) => f.distance === nearest && isSwap(word, f.word));
  if (framing < nearest || swapped) return { stopWord: true, framing: framingWord, candidates: [] };
  const frequency = (terms: readonly string[]) => Math.max(0, ...terms.map((t) => index.documentFrequency.get(t) ?? 0));
  // Of spellings as near, two letters swapped is the likelier slip ("liek" is "like" typed fast, not "lies"), then the commoner word.
  const candidates = found
    .filter((f) => f.distance === nearest)
    .sort((a, b) => Number(isSwap(word, b.word)) - Number(isSwap(word, a.word)) || frequency(b.terms) - frequency(a.terms))
    .slice(0, 3);
  return { stopWord: false, candidates };
}

/** The framing word (a stop word, filler) that a word with two neighbouring letters swapped spells, or ''. */
function framingSwap(word: string): string {
  framingWords ??= [...STOP_WORDS, ...QUESTION_FILLER, ...CHAT_FILLER].filter((w) => /^[a-z]{3,}$/.test(w));
  return framingWords.find((w) => isSwap(word, w)) ?? '';
}

/** Whether b is a with two neighbouring letters swapped. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function firstEntries<T>(entries: Iterable<[string, T]>, limit: number): [string, T][] {
  const out: [string, T][] = [];
  for (const entry of entries) {
    if (out.length >= limit) break;
    out.push(entry);
  }
  return out;
}

interface Outlets {
  /** Each outlet once: several Source Lists may cite the same outlet, and the first of them stands for it. */
  distinct: { reference: Reference; outletTerms: readonly string[] }[];
  vectors: ReadonlyMap<Reference, ReferenceVector>;
}

const outletCache = new WeakMap<SearchIndex, Outlets>();

/** A large corpus cites thousands of references from a few dozen outlets: questions look at the outlets. */
export function outletsOf(index: SearchIndex): Outlets {
  let outlets = outletCache.get(index);
  if (!outlets) {
    const distinct: Outlets['distinct'] = [];
    const seen = new Set<string>();
    const vectors = new Map<Reference, ReferenceVector>();
    for (const vector of index.references) {
      if (!vectors.has(vector.reference)) vectors.set(vector.reference, vector);
      const key = vector.outletTerms.join(' ');
      if (vector.outletTerms.length === 0 || seen.has(key)) continue;
      seen.add(key);
      distinct.push({ reference: vector.reference, outletTerms: vector.outletTerms });
    }
    outletCache.set(index, (outlets = { distinct, vectors }));
  }
  return outlets;
}

const fillerCache = new WeakMap<SearchIndex, { latin?: ReadonlySet<string>; all?: ReadonlySet<string> }>();

/**
 * The question-framing words as the analyser stems them, so "explaining" is as much filler as "explain". The Chinese
 * ones only for a question with Chinese in it: segmenting them loads the Chinese dictionary, which an English question
 * never needs.
 */
function fillerTerms(index: SearchIndex, text: string): ReadonlySet<string> {
  let cached = fillerCache.get(index);
  if (!cached) fillerCache.set(index, (cached = {}));
  const kind = HAN.test(text) ? 'all' : 'latin';
  let terms = cached[kind];
  if (!terms) {
    const words = [...QUESTION_FILLER, ...CHAT_FILLER].filter((word) => kind === 'all' || !HAN.test(word));
    cached[kind] = terms = new Set(words.flatMap((word) => index.analyzer.terms(word)));
  }
  return terms;
}

/** A quotation in the question: between quotes, the inner apostrophes of "Won't" left alone. */
const QUOTED = /(?:^|[\s(（])['"“‘「『]([^"“”「」『』]{3,120}?)['"”’」』](?=[\s,.?!;:)）的]|$)/gu;
/** Words a quotation needs, and the share of a headline's words it must hold, to name that headline's piece. */
const MIN_QUOTED_TERMS = 2;
const QUOTED_TITLE_SHARE = 0.6;

/** Outlets of the Source List that the question names, and which of its positions name them. */
function findNamedOutlets(index: SearchIndex, slots: readonly QuerySlot[], text: string): { reference: Reference; slots: number[] }[] {
  const named: { reference: Reference; slots: number[] }[] = [];
  // A Source List headline quoted in the question ("the 'I Won't Touch Instagram' article") names its piece as the outlet would.
  for (const quote of text.matchAll(QUOTED)) {
    const start = (quote.index ?? 0) + quote[0].indexOf(quote[1] ?? '');
    const end = start + (quote[1] ?? '').length;
    const inside = slots.flatMap((slot, i) => (slot.start >= start && slot.end <= end && !slot.stopWord ? [i] : []));
    const terms = inside.flatMap((i) => slots[i]?.terms ?? []);
    if (terms.length < MIN_QUOTED_TERMS) continue;
    for (const vector of outletsOf(index).vectors.values()) {
      const title = vector.weights;
      if (terms.every((t) => title.has(t)) && terms.length >= QUOTED_TITLE_SHARE * title.size && !named.some((n) => n.reference === vector.reference)) {
        named.push({ reference: vector.reference, slots: inside });
      }
    }
  }
  // An outlet named in Chinese (路透社, "Reuters News Agency") is named by its dictionary gloss.
  const glossary = slots.some((slot) => CJK.test(slot.written)) ? sharedChineseGlossary() : null;
  const glossed = slots.map((slot) => (glossary && CJK.test(slot.written) ? glossary.glosses(slot.written).map((gloss) => index.analyzer.phraseTerms(gloss)) : []));
  const begins = (terms: readonly string[], start: readonly string[]) => start.every((t, k) => terms[k] === t);
  for (const { reference, outletTerms } of outletsOf(index).distinct) {
    for (let i = 0; i + outletTerms.length <= slots.length; i++) {
      if (outletTerms.every((t, k) => slots[i + k]?.terms.includes(t))) {
        named.push({ reference, slots: outletTerms.map((_, k) => i + k) });
        break;
      }
    }
    if (named.at(-1)?.reference === reference) continue;
    const i = glossed.findIndex((glosses) => glosses.some((terms) => begins(terms, outletTerms)));
    if (i >= 0) named.push({ reference, slots: [i] });
  }
  return named;
}

/**
 * A word WordNet knows as written is read as itself, not as the comparative
 * of an adjective: "founder" (a person) is not more "found", "number" not
 * more "numb". Verb forms ("hanging" → hang) and irregular comparatives
 * ("bigger" → big) still count.
 */
function ownLemmas(lemmas: readonly Lemma[], word: string): Lemma[] {
  const own = new Set(lemmas.filter((l) => l.lemma === word).map((l) => l.pos));
  if (own.size === 0) return [...lemmas];
  return lemmas.filter((l) => l.lemma === word || l.irregular || l.pos !== 'a' || own.has('a'));
}
