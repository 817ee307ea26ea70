import { performance } from 'node:perf_hooks';
import type { LoadOptions } from '../corpus/loadCorpus.js';
import type { DocumentMeta, Reference, ReportLine } from '../corpus/types.js';
import { createAnalyzer } from '../search/analysis/analyzer.js';
import { sharedWordNet } from '../search/analysis/wordnet.js';
import { assembleIndex, type SearchIndex } from '../search/index/buildIndex.js';
import { timeSlices } from '../search/index/timeSlices.js';
import { corpusBytes, prepareInWorker, prepareSnapshot, WORKER_MIN_BYTES, type BuildThread } from './prepareSnapshot.js';

/** One complete, immutable generation of the corpus and its index. */
export interface Snapshot {
  generation: number;
  index: SearchIndex;
  documents: DocumentMeta[];
  references: Reference[];
  fingerprints: Map<string, string>;
  report: ReportLine[];
  loadedAt: Date;
}

export interface CorpusChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

/** An article new in this load, with the metadata it got, so a moderator can check it at a glance. */
export type NewArticle = Pick<DocumentMeta, 'id' | 'title' | 'author' | 'date'>;

export type LoadReport =
  | {
      ok: true;
      documents: number;
      chunks: number;
      references: number;
      changes: CorpusChanges;
      /** The added articles' titles, authors and dates, in file order. */
      newArticles: NewArticle[];
      durationMs: number;
      report: ReportLine[];
      /** True when this request joined a reload already under way. */
      joined: boolean;
    }
  | { ok: false; error: string; durationMs: number; joined: boolean; keptGeneration: number | null };

/**
 * A complete snapshot of the corpus folder. The heavy preparation runs in a
 * worker thread for large corpora; what is left for this thread (turning
 * the prepared arrays into the index in service) runs in time slices.
 */
export async function buildSnapshot(seedsDir: string, options: LoadOptions, generation: number, thread: BuildThread = 'auto'): Promise<Snapshot> {
  const inWorker = thread === 'worker' || (thread === 'auto' && (await corpusBytes(seedsDir, options)) >= WORKER_MIN_BYTES);
  const slices = timeSlices();
  const prepared = inWorker ? await prepareInWorker({ seedsDir, options }, slices) : await prepareSnapshot(seedsDir, options, slices);
  const { parts } = prepared;
  const index = await assembleIndex(parts, createAnalyzer(prepared.synonyms), slices);
  return {
    generation,
    index,
    documents: parts.documents,
    references: parts.references,
    fingerprints: new Map(prepared.fingerprints),
    report: prepared.report,
    loadedAt: new Date(),
  };
}

export function diffSnapshots(before: Snapshot | null, after: Snapshot): CorpusChanges {
  const old = before?.fingerprints ?? new Map<string, string>();
  const added: string[] = [];
  const changed: string[] = [];
  for (const [id, fingerprint] of after.fingerprints) {
    const previous = old.get(id);
    if (previous === undefined) added.push(id);
    else if (previous !== fingerprint) changed.push(id);
  }
  const removed = [...old.keys()].filter((id) => !after.fingerprints.has(id));
  return { added, removed, changed };
}

/**
 * Loads what every answer reads lazily: WordNet's index maps (one per part of speech). CC-CEDICT (about 130 MB and most
 * of a second) is left for the first Chinese question or article to load: many deployments never meet one.
 */
export function warmLexicons(): void {
  sharedWordNet()?.lemmas('warm');
}

/**
 * Holds the index in service and swaps in a new one only once it is complete,
 * so questions are always answered from a whole corpus. Concurrent reloads
 * join the one under way instead of building twice.
 */
export class CorpusStore {
  private snapshot: Snapshot | null = null;
  private inFlight: Promise<LoadReport> | null = null;
  private firstLoad: Promise<Snapshot> | null = null;
  private resolveFirst: ((s: Snapshot) => void) | null = null;

  constructor(
    /** The corpus folder (SEEDS_DIR), named in a failed reload's advice. */
    readonly seedsDir: string,
    private readonly options: LoadOptions,
    private readonly thread: BuildThread = 'auto',
  ) {
    this.firstLoad = new Promise((resolve) => {
      this.resolveFirst = resolve;
    });
  }

  get current(): Snapshot | null {
    return this.snapshot;
  }

  get reloading(): boolean {
    return this.inFlight !== null;
  }

  /** The snapshot in service; before the first load completes, waits for it. */
  async ready(): Promise<Snapshot> {
    return this.snapshot ?? (this.firstLoad as Promise<Snapshot>);
  }

  reload(): Promise<LoadReport> {
    if (this.inFlight) return this.inFlight.then((report) => ({ ...report, joined: true }));
    const started = performance.now();
    const run = async (): Promise<LoadReport> => {
      const before = this.snapshot;
      try {
        // A corpus.json broken by an edit must not silently strip every title in service: the reload fails and the old index stays.
        const options: LoadOptions = { ...this.options, brokenManifest: before ? 'fail' : 'ignore' };
        const next = await buildSnapshot(this.seedsDir, options, (before?.generation ?? 0) + 1, this.thread);
        // A worker built the index: the lexicon every question reads (WordNet's lemma maps) is loaded here once, before
        // service starts, so the first member to ask does not wait for it.
        if (before === null) warmLexicons();
        this.snapshot = next;
        this.resolveFirst?.(next);
        this.resolveFirst = null;
        // The resolved promise would keep the first snapshot alive after every later swap: a whole index leaked.
        this.firstLoad = null;
        const changes = diffSnapshots(before, next);
        const added = new Set(changes.added);
        return {
          ok: true,
          documents: next.documents.length,
          chunks: next.index.chunkCount,
          references: next.references.length,
          changes,
          newArticles: next.documents.filter((d) => added.has(d.id)).map(({ id, title, author, date }) => ({ id, title, author, date })),
          durationMs: Math.round(performance.now() - started),
          report: next.report,
          joined: false,
        };
      } catch (error) {
        return {
          ok: false,
          error: (error as Error).message,
          durationMs: Math.round(performance.now() - started),
          joined: false,
          keptGeneration: before?.generation ?? null,
        };
      }
    };
    this.inFlight = run().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }
}
