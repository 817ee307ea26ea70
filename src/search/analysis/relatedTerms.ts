/**
 * Lexical meaning from WordNet, resolved for the corpus vocabulary when the
 * index is built: for every word the articles use, the words WordNet relates
 * to it (its lemma, synonyms, derivationally related forms, one step of
 * broader and narrower terms, and the words of its commonest definitions).
 * Inverted, that says which corpus terms a question word can stand for, and
 * with how much credit: a question then costs one map look-up per word.
 */
import type { TimeSlices } from '../index/timeSlices.js';
import { MAX_DEFINED_SENSES, MAX_SENSES_PER_WORD, RANKING, type Relation } from '../query/rankingConstants.js';
import { STOP_WORDS } from './stopWords.js';
import type { Lemma, Synset, WordNet } from './wordnet.js';

/** A question-side key (a stemmed word, or stemmed words joined by spaces) → corpus terms and how each is related. */
export type RelatedTerms = ReadonlyMap<string, ReadonlyMap<string, Relation>>;

/** The relation's part of WordNet: pointer symbol → what it makes of the target's words. */
const POINTER_RELATIONS: Readonly<Record<string, Relation>> = {
  '@': 'broader',
  '@i': 'broader',
  '~': 'narrower',
  '~i': 'narrower',
  '+': 'derivation',
  '\\': 'derivation',
  '<': 'derivation',
  '&': 'similar',
  '$': 'similar',
  '^': 'similar',
};

/**
 * Words related to one word form, each with its strongest relation. Only
 * common senses count, on both sides: the relation must hold in one of the
 * few most frequent senses of this word and of the related one, or "take"
 * would reach "delete" and "account" "bill". Broader and narrower words are
 * followed for nouns only (verbs' hierarchies climb to "move" and "get" at
 * once), and never across a general concept: "person" has hundreds of
 * narrower words, and a user is no more a leader than an explorer.
 */
export function relatedWords(wordnet: WordNet, word: string): Map<string, Relation> {
  const related = new Map<string, Relation>();
  const add = (lemma: string, synset: Synset, relation: Relation) => {
    const key = lemma.toLowerCase();
    const rank = wordnet.senseRank(key, synset.pos, synset.offset);
    if (rank < 0 || rank >= MAX_SENSES_PER_WORD) return;
    const known = related.get(key);
    if (known === undefined || RANKING.relationCredit[relation] > RANKING.relationCredit[known]) related.set(key, relation);
  };
  for (const lemma of lemmasOf(wordnet, word)) {
    if (lemma.lemma !== word.toLowerCase()) related.set(lemma.lemma, 'inflection');
    for (const [sense, synset] of wordnet.senses(lemma.lemma, lemma.pos).slice(0, MAX_SENSES_PER_WORD).entries()) {
      const position = synset.words.findIndex((w) => w.toLowerCase() === lemma.lemma) + 1;
      for (const synonym of synset.words) add(synonym, synset, 'synonym');
      // The words defining a common sense reach the word, for little credit: a question saying "stocks" finds "shares"
      // ("the capital raised by a corporation through the issue of shares entitling holders to … ownership").
      if (sense < MAX_DEFINED_SENSES) {
        for (const word of synset.definition.toLowerCase().match(DEFINITION_WORD) ?? []) if (!STOP_WORDS.has(word) && !related.has(word)) related.set(word, 'defined');
      }
      for (const pointer of synset.pointers) {
        const relation = POINTER_RELATIONS[pointer.symbol];
        if (relation === undefined) continue;
        if ((relation === 'broader' || relation === 'narrower') && synset.pos !== 'n') continue;
        // A lexical pointer ties two particular words; it counts only when it leaves from this one.
        if (pointer.source !== 0 && pointer.source !== position) continue;
        const target = wordnet.synset(pointer.pos, pointer.offset);
        if (!target) continue;
        if ((relation === 'narrower' && isGeneral(synset)) || (relation === 'broader' && isGeneral(target))) continue;
        for (const targetWord of pointerTargets(target, pointer.target)) add(targetWord, target, relation);
      }
    }
  }
  related.delete(word.toLowerCase());
  return related;
}

/** Words whose relations are remembered per thread: WordNet never changes, so a reload only works out new words. */
const REMEMBERED_WORDS = 100_000;
const remembered = new WeakMap<WordNet, Map<string, ReadonlyMap<string, Relation>>>();

function rememberedRelatedWords(wordnet: WordNet, word: string): ReadonlyMap<string, Relation> {
  let cache = remembered.get(wordnet);
  if (!cache) remembered.set(wordnet, (cache = new Map<string, ReadonlyMap<string, Relation>>()));
  let related = cache.get(word);
  if (!related) {
    related = relatedWords(wordnet, word);
    if (cache.size < REMEMBERED_WORDS) cache.set(word, related);
  }
  return related;
}

const DEFINITION_WORD = /[a-z]{3,}/g;

/** A concept with this many narrower ones is too general to stand for any of them. */
const MAX_NARROWER = 24;
const isGeneral = (synset: Synset) => synset.pointers.filter((p) => p.symbol === '~' || p.symbol === '~i').length > MAX_NARROWER;

/** A word's lemmas; where the form is a lemma itself in a part of speech, detachment there would only invent ("boss" → "bos"). */
function lemmasOf(wordnet: WordNet, word: string): Lemma[] {
  const lemmas = wordnet.lemmas(word);
  const form = word.toLowerCase();
  const asItself = new Set(lemmas.filter((l) => l.lemma === form).map((l) => l.pos));
  return lemmas.filter((l) => l.lemma === form || !asItself.has(l.pos));
}

function pointerTargets(target: Synset, index: number): string[] {
  if (index === 0) return target.words;
  const word = target.words[index - 1];
  return word === undefined ? [] : [word];
}

export interface CorpusWord {
  /** The folded word as written in the articles. */
  surface: string;
  /** The index terms it became. */
  terms: readonly string[];
}

/**
 * The inverted relation for a vocabulary: question key → corpus term → relation.
 * `keyOf` analyses a WordNet lemma the way a question's words are analysed
 * (folded, synonyms applied, stemmed), so the look-up at query time is exact.
 */
export async function buildRelatedTerms(
  wordnet: WordNet,
  vocabulary: readonly CorpusWord[],
  keyOf: (lemma: string) => string | null,
  slices: TimeSlices,
): Promise<Map<string, Map<string, Relation>>> {
  const inverted = new Map<string, Map<string, Relation>>();
  const credit = (relation: Relation) => RANKING.relationCredit[relation];
  // Many corpus words share related lemmas ("people", "person"): each is analysed once per build.
  const keys = new Map<string, string | null>();
  for (let i = 0; i < vocabulary.length; i++) {
    if (i % 32 === 0 && slices.due()) await slices.pause();
    const { surface, terms } = vocabulary[i] as CorpusWord;
    if (!/^[a-z][a-z'-]*$/.test(surface)) continue;
    for (const [word, relation] of rememberedRelatedWords(wordnet, surface)) {
      let key = keys.get(word);
      if (key === undefined) keys.set(word, (key = keyOf(word.replace(/_/g, ' '))));
      if (key === null) continue;
      let targets = inverted.get(key);
      for (const term of terms) {
        if (term === key) continue;
        if (!targets) inverted.set(key, (targets = new Map<string, Relation>()));
        const known = targets.get(term);
        if (known === undefined || credit(known) < credit(relation)) targets.set(term, relation);
      }
    }
  }
  return inverted;
}
