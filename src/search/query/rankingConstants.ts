/**
 * Every constant the ranking uses, in one place. They were set while looking
 * at the tune split of the evaluation only (`npm run tune` measures a grid of
 * them on it); the holdout split measures the result.
 */

/** How a question word relates to the corpus word it matched: each earns less than the word itself. */
export type Relation = 'inflection' | 'synonym' | 'derivation' | 'similar' | 'broader' | 'narrower' | 'defined';

export interface Ranking {
  /** Share of the question's weight (IDF) a paragraph must match to answer it. */
  minCoverage: number;
  /**
   * A paragraph covering less still answers when it matches two of the
   * question's words or more, weighing together at least `rareMatchShare` of
   * one rare word: a paraphrase matches its key words and misses some everyday ones.
   */
  minCoverageWithRareMatch: number;
  /**
   * A request for steps ("how do I delete my account", "how to get verified")
   * is answered only by a paragraph that addresses this share of it, with no
   * relaxed floor: a news paragraph sharing its subject does not give the steps.
   */
  procedureMinCoverage: number;
  rareMatchShare: number;
  /**
   * The floor asks whether a paragraph addresses the question's concepts: a
   * word reached with this credit or more (a synonym, a derived form) counts
   * as addressed in full there, less credit proportionally. Ranking still uses the credit.
   */
  fullMatchCredit: number;
  /**
   * A word matched with at least this credit counts as matched for that relaxed floor: as written, an inflection of it,
   * or the corpus word a typo of one edit stands for ("veiws", "comunism": fuzzyCredit[1]).
   */
  closeMatchCredit: number;
  /** Coverage orders hits; BM25 (term frequency, field, length), scaled to this, orders hits of similar coverage. */
  bm25Share: number;
  /** The paragraph opening a section whose heading the question matches introduces that heading's subject. */
  sectionLeadBonus: number;
  /** Added to a paragraph giving two names of the thing a question about its name asks about ("Xiaohongshu (RedNote in English)"). */
  namingBonus: number;
  /** Added to paragraphs of an article whose publisher the question names ("what does the China Daily piece say …"). */
  namedDocumentBonus: number;
  /**
   * A paragraph whose opening words (OPENING_WORDS) name what the question
   * names ("RedNote stores its users' data…") is about it; one naming it
   * later mentions it beside its own subject ("Like TikTok, Lemon8 stores …").
   */
  openingNameBonus: number;
  /** Of that bonus, the share a paragraph earns opening on another name of the thing ("RedNote …" for a question saying "Xiaohongshu"). */
  openingAliasShare: number;
  /**
   * Each of the question's names that a paragraph prints as the question writes it ("Xiaohongshu", where an alias list
   * reads both as RedNote): "is rednote the same as xiaohongshu" is answered by the paragraph naming both.
   */
  writtenNameBonus: number;
  /** A corrected word (by edit distance 0, 1, 2) counts for less than one the user wrote exactly. */
  fuzzyCredit: readonly [number, number, number];
  /** A completion of the last word, which the user may still be typing. */
  prefixCredit: number;
  /** A named outlet's headline stands in for "what did X write": weighted below the user's own words. */
  headlineWeight: number;
  /** WordNet relations: credit of a corpus word reached through each. */
  relationCredit: Readonly<Record<Relation, number>>;
  /** A Chinese word read through its dictionary glosses (CC-CEDICT). */
  glossCredit: number;
  /** Each later gloss of a Chinese word (CC-CEDICT lists the main sense first) earns this share of the one before it. */
  glossRankDecay: number;
  /**
   * Weight of an adverb (WordNet knows the word only as an adverb: "exactly", "really"): it frames, rarely carries, a
   * question. One never seen in WordNet's tagged text ("bilingually") is rare and weighs in full.
   */
  adverbWeight: number;
  /**
   * A Chinese word frames the question, and weighs as an adverb, when its main CC-CEDICT gloss and this share of all
   * its glosses are English stop words, filler, adverbs or a question word's phrase ("哪些": which ones, who, what;
   * "所有": all, have, possess, own).
   */
  chineseFunctionShare: number;
  /** Weight of a word neither the corpus nor WordNet knows, and not a typo of either (slang, a new name), or an unknown Chinese word. */
  unknownWordWeight: number;
  /**
   * Weight of a word in the Latin script, three letters or more, that neither the corpus nor WordNet knows and that is no
   * typo of a corpus word: mostly a product's or a person's name ("vpn", "spotify", "douyin", "ronaldo"), which says the
   * question is about something else; sometimes a typo of an everyday word ("evryday"). Tune: 0.4 (unknownWordWeight)
   * → rejection 73.1%, 1.0 → 74.1%, R@1 and R@3 unchanged; 1.2 → 74.2% but R@3 −0.002.
   */
  unknownLatinWeight: number;
  /**
   * Weight of an unknown Chinese word whose main CC-CEDICT gloss is one English word WordNet knows only as a noun ("电脑":
   * computer, "员工": employee): a thing the corpus never mentions, weighed as the unknown Latin word above. Tune: 0.4 →
   * rejection 74.1%, 1.0 → 74.5%, R@1 and R@3 unchanged; 1.5 → 75.1% but R@3 −0.002; counting words used mostly as
   * nouns too, 1.0 → 74.7% but R@3 −0.001.
   */
  unknownChineseNounWeight: number;
  /** Weight of an everyday dictionary word the corpus lacks ("price", "fad"); a name it lacks ("Europe") weighs at least 1. */
  commonWordWeight: number;
  /** Of that, the share a word mostly used as a verb, adjective or adverb keeps ("losing", "proud"): a noun keeps all of it. */
  missingActionWeight: number;
  /**
   * Credit of a question's name that a paragraph does not print but refers back to (he, she, his, her) from one of the two
   * paragraphs before it (searchChunks.ts, carriedNames). Tune: the dirty pages' questions answered 10,019 → 10,036 of
   * 18,576, thirty-four sets measured alone missing 369 → 362 of 2,176 (0.8: 366); the seed questions unchanged. Three
   * paragraphs back reach no more than two.
   */
  carriedNameCredit: number;
  /** Weight of the "what kind of answer" mark (a number, date or place) relative to a rare word. */
  answerTypeWeight: number;
  /**
   * The honest middle ground: below the floor, the closest paragraphs are
   * still shown, labelled, when they hold a word of the question found in at
   * most this share of paragraphs (a rare, specific word) and cover at least `lowConfidenceCoverage`.
   */
  lowConfidenceMaxShare: number;
  lowConfidenceCoverage: number;
  /** Passages shown in the labelled middle ground. */
  lowConfidenceHits: number;
  /** Paragraphs sharing this share of their terms say the same thing: show one. */
  nearDuplicateJaccard: number;
  /** Each further pick from an already-shown article is discounted, so comparable hits vary. */
  sameArticleDiscount: number;
  /**
   * Added to a hit, times its closeness (searchChunks.ts): how near together it holds the question's words. Tune:
   * 0.05 → R@1 0.754, 0.1 → 0.756 (R@3 0.874 against 0.876 without), 0.2 → R@1 0.759 but R@3 0.871.
   */
  proximityBonus: number;
}

export const RANKING: Ranking = {
  minCoverage: 0.65,
  minCoverageWithRareMatch: 0.4,
  procedureMinCoverage: 0.9,
  rareMatchShare: 0.6,
  fullMatchCredit: 1,
  closeMatchCredit: 0.85,
  bm25Share: 0.3,
  sectionLeadBonus: 0.1,
  namedDocumentBonus: 0.3,
  namingBonus: 0.3,
  openingNameBonus: 0.1,
  openingAliasShare: 0.8,
  writtenNameBonus: 0.05,
  fuzzyCredit: [1, 0.85, 0.7],
  prefixCredit: 0.8,
  headlineWeight: 0.6,
  relationCredit: { inflection: 0.95, synonym: 0.6, derivation: 0.7, similar: 0.3, broader: 0.5, narrower: 0.3, defined: 0.15 },
  glossCredit: 0.95,
  glossRankDecay: 0.9,
  adverbWeight: 0,
  chineseFunctionShare: 0.34,
  unknownWordWeight: 0.4,
  unknownLatinWeight: 1,
  unknownChineseNounWeight: 1,
  commonWordWeight: 1.5,
  missingActionWeight: 0.3,
  carriedNameCredit: 1,
  answerTypeWeight: 1,
  lowConfidenceMaxShare: 0.05,
  lowConfidenceCoverage: 0.4,
  lowConfidenceHits: 3,
  nearDuplicateJaccard: 0.8,
  sameArticleDiscount: 0.9,
  proximityBonus: 0.1,
};

/** WordNet senses of a corpus word followed for relations, most frequent first: rarer senses mostly add noise ("staff" the stick). */
export const MAX_SENSES_PER_WORD = 3;
/** Senses of a corpus word whose definition's words reach it ("shares" is defined through "stock"): the commonest only. */
export const MAX_DEFINED_SENSES = 2;
/** The opening of a paragraph, in words, for openingNameBonus: a news lead's first sentence or so. */
export const OPENING_WORDS = 30;
