/**
 * "Find sources" on claims as people post them ("apparently 700k americans joined rednote in 2
 * days lol"): does a passage bearing on the claim come first? Claims were written blind, with
 * gold phrases from the paragraphs that support, refute or qualify them; gold [] means the corpus
 * says nothing, and the right reply is no passage at all. Tune on claims.tune.json only; the
 * holdout is measured, never studied.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { findSources } from '../../src/answer/findSources.js';
import type { SearchIndex } from '../../src/search/index/buildIndex.js';
import { containsGold, RESULT_LIMIT, type AskFunction } from './evaluate.js';

export const CLAIM_SPLITS = ['tune', 'holdout'] as const;
export type ClaimSplit = (typeof CLAIM_SPLITS)[number];
export const claimsFile = (split: ClaimSplit) => path.join(import.meta.dirname, `claims.${split}.json`);

export interface EvalClaim {
  claim: string;
  /** A phrase from each paragraph that bears on the claim; [] when the corpus says nothing about it. */
  gold: string[];
  note?: string;
}

export async function loadClaims(split: ClaimSplit, file = claimsFile(split)): Promise<EvalClaim[]> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as { claims?: unknown };
  if (!Array.isArray(parsed.claims)) throw new Error(`${file}: expected {"claims": [...]}`);
  return parsed.claims.map((raw: unknown, i): EvalClaim => {
    const c = raw as Partial<EvalClaim>;
    if (typeof c.claim !== 'string' || c.claim.trim() === '') throw new Error(`${file} claim ${i + 1}: "claim" must be a non-empty string`);
    if (c.gold !== undefined && !(Array.isArray(c.gold) && c.gold.every((g) => typeof g === 'string'))) throw new Error(`${file} claim ${i + 1}: "gold" must be a list of strings`);
    return { claim: c.claim, gold: c.gold ?? [], ...(c.note !== undefined ? { note: c.note } : {}) };
  });
}

export interface ClaimOutcome {
  claim: EvalClaim;
  /** 1-based rank of the first passage holding a gold phrase; null when none does. */
  firstCorrectRank: number | null;
  resultCount: number;
  lowConfidence: boolean;
  firstText: string | null;
}

export interface ClaimMetrics {
  /** Claims the corpus bears on (with gold). */
  covered: number;
  recallAt1: number | null;
  recallAt3: number | null;
  mrr: number | null;
  /** Claims the corpus says nothing about (gold []). */
  uncovered: number;
  /** Share of those answered with no passage at all. */
  rejection: number | null;
}

export interface ClaimReport {
  metrics: ClaimMetrics;
  outcomes: ClaimOutcome[];
}

/** Find sources as a user meets it: findSources on the index built from seeds/. */
export function citebotFindSources(index: SearchIndex): AskFunction {
  return (claim) => {
    const answer = findSources(index, claim, { limit: RESULT_LIMIT });
    return { lowConfidence: answer.status === 'low-confidence', results: answer.items.map((item) => ({ text: item.chunk.text, citations: item.citations.references.map((r) => r.number) })) };
  };
}

/** The claim handed to /ask as it was posted: what Find sources' own reading of a message adds to. */
export function citebotAskVerbatim(index: SearchIndex): AskFunction {
  return (claim) => {
    const answer = answerQuestion(index, claim, { limit: RESULT_LIMIT });
    return { lowConfidence: answer.status === 'low-confidence', results: answer.items.map((item) => ({ text: item.chunk.text, citations: item.citations.references.map((r) => r.number) })) };
  };
}

export function evaluateClaims(find: AskFunction, claims: readonly EvalClaim[]): ClaimReport {
  const outcomes = claims.map((claim): ClaimOutcome => {
    const answer = find(claim.claim);
    const results = answer.results.slice(0, RESULT_LIMIT);
    const at = claim.gold.length === 0 ? -1 : results.findIndex((r) => containsGold(r.text, claim.gold));
    return {
      claim,
      firstCorrectRank: at < 0 ? null : at + 1,
      resultCount: results.length,
      lowConfidence: answer.lowConfidence && results.length > 0,
      firstText: results[0]?.text ?? null,
    };
  });
  const covered = outcomes.filter((o) => o.claim.gold.length > 0);
  const uncovered = outcomes.filter((o) => o.claim.gold.length === 0);
  const share = (list: readonly ClaimOutcome[], test: (o: ClaimOutcome) => boolean) => (list.length === 0 ? null : list.filter(test).length / list.length);
  const within = (k: number) => (o: ClaimOutcome) => o.firstCorrectRank !== null && o.firstCorrectRank <= k;
  return {
    metrics: {
      covered: covered.length,
      recallAt1: share(covered, within(1)),
      recallAt3: share(covered, within(3)),
      mrr: covered.length === 0 ? null : covered.reduce((sum, o) => sum + (o.firstCorrectRank === null ? 0 : 1 / o.firstCorrectRank), 0) / covered.length,
      uncovered: uncovered.length,
      rejection: share(uncovered, (o) => o.resultCount === 0),
    },
    outcomes,
  };
}

/** One split's figures: Find sources next to the naive baseline and /ask, both given the claim as it was posted. */
export function formatClaimMetrics(split: ClaimSplit, baseline: ClaimReport, asAsk: ClaimReport, citebot: ClaimReport): string {
  const cell = (v: number | null, percent = false) => (v === null ? '—' : percent ? `${(v * 100).toFixed(1)}%` : v.toFixed(3));
  const rows: [string, (m: ClaimMetrics) => number | null, boolean][] = [
    ['recall@1', (m) => m.recallAt1, false],
    ['recall@3', (m) => m.recallAt3, false],
    ['MRR', (m) => m.mrr, false],
    ['rejection (no gold)', (m) => m.rejection, true],
  ];
  const m = citebot.metrics;
  const lines = [
    `Find sources, ${split} claims (${m.covered} the corpus bears on, ${m.uncovered} it says nothing about)`,
    `${''.padEnd(28)}${'baseline'.padStart(10)}${'as /ask'.padStart(10)}${'Find'.padStart(10)}`,
  ];
  for (const [label, value, percent] of rows) {
    lines.push(`  ${label.padEnd(26)}${[baseline.metrics, asAsk.metrics, m].map((x) => cell(value(x), percent).padStart(10)).join('')}`);
  }
  return lines.join('\n');
}

/** Claims missed at rank 1 (or answered when the corpus is silent): for whoever tunes, tune split only. */
export function formatClaimFailures(report: ClaimReport): string {
  const lines: string[] = [];
  for (const o of report.outcomes) {
    const silent = o.claim.gold.length === 0;
    if (silent ? o.resultCount === 0 : o.firstCorrectRank === 1) continue;
    const what = silent ? `answered with ${o.resultCount} passage(s)` : o.firstCorrectRank === null ? `no passage with gold among ${o.resultCount}` : `first gold at rank ${o.firstCorrectRank}`;
    const first = o.firstText === null ? '' : `\n      first: ${o.firstText.slice(0, 110)}${o.firstText.length > 110 ? '…' : ''}`;
    lines.push(`  ${o.claim.claim} — ${what}${first}`);
  }
  return lines.length === 0 ? '  none' : lines.join('\n');
}

/** The claims section of `npm run eval`: both splits' figures, failures for the tune split only. */
export async function formatClaimsEvaluation(index: SearchIndex, baseline: AskFunction, options: { failures: boolean } = { failures: true }): Promise<string> {
  const parts: string[] = [];
  for (const split of CLAIM_SPLITS) {
    const claims = await loadClaims(split);
    const citebot = evaluateClaims(citebotFindSources(index), claims);
    parts.push(formatClaimMetrics(split, evaluateClaims(baseline, claims), evaluateClaims(citebotAskVerbatim(index), claims), citebot));
    if (split === 'tune' && options.failures) parts.push(`\nMissed at rank 1 by Find sources (tune claims):\n${formatClaimFailures(citebot)}`);
  }
  return parts.join('\n\n');
}
