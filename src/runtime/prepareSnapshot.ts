/**
 * The heavy half of a reload (read, decode, clean, chunk, analyse, count),
 * as plain data. A large corpus is prepared in a worker thread, on the other
 * core, so that questions keep their thread while it runs; a small one is
 * prepared here, where a worker's start-up would cost more than the work.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { chunkParagraphs } from '../chunks/chunkParagraphs.js';
import { createLoadCache, loadCorpus, type LoadCache, type LoadOptions } from '../corpus/loadCorpus.js';
import type { ReportLine } from '../corpus/types.js';
import { createAnalyzer } from '../search/analysis/analyzer.js';
import { analyseChunks, type IndexParts } from '../search/index/buildIndex.js';
import { packedBuffers, type PackedIndex } from '../search/index/packedIndex.js';
import type { SynonymRule } from '../search/analysis/synonyms.js';
import type { TimeSlices } from '../search/index/timeSlices.js';
import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from './moduleWorker.js';

export interface PreparedSnapshot {
  parts: IndexParts;
  synonyms: SynonymRule[];
  report: ReportLine[];
  /** Document id and content hash, so a reload can say what changed. */
  fingerprints: [string, string][];
}

/** Where a build runs: `auto` picks the worker for corpora of WORKER_MIN_BYTES or more. */
export type BuildThread = 'auto' | 'worker' | 'main';

/** About 3,000 paragraphs: below this a build takes well under a second, less than starting a worker. */
export const WORKER_MIN_BYTES = 1024 * 1024;

/** Folders whose last load this thread remembers (a bot serves one; tests build a few in turn). */
const CACHED_FOLDERS = 2;
const loadCaches = new Map<string, LoadCache>();

/** This thread's memory of the last load of `seedsDir`, the least recently used folder forgotten. */
function loadCacheFor(seedsDir: string): LoadCache {
  const key = path.resolve(seedsDir);
  const cache = loadCaches.get(key) ?? createLoadCache();
  loadCaches.delete(key);
  loadCaches.set(key, cache);
  for (const old of [...loadCaches.keys()].slice(0, -CACHED_FOLDERS)) loadCaches.delete(old);
  return cache;
}

export async function prepareSnapshot(seedsDir: string, options: LoadOptions, slices: TimeSlices): Promise<PreparedSnapshot> {
  const corpus = await loadCorpus(seedsDir, options, loadCacheFor(seedsDir));
  if (corpus.documents.length === 0) {
    const reasons = corpus.report.filter((r) => r.level === 'skipped').map((r) => `${r.file}: ${r.message}`);
    throw new Error(`no article could be loaded${reasons.length > 0 ? ` (${reasons.slice(0, 5).join('; ')})` : ''}`);
  }
  const analyzer = createAnalyzer(corpus.synonyms);
  const chunks = chunkParagraphs(corpus.documents);
  const documents = corpus.documents.map((d) => d.meta);
  const fingerprints = corpus.documents.map((d): [string, string] => [d.meta.id, d.fingerprint]);
  const parts = await analyseChunks({ chunks, documents, references: corpus.references, analyzer }, slices);
  return { parts, synonyms: corpus.synonyms, report: corpus.report, fingerprints };
}

/** Bytes of the files in the corpus folder the loader would read (not those over the size limit): a large corpus or a small one. */
export async function corpusBytes(seedsDir: string, options: LoadOptions): Promise<number> {
  try {
    const names = await readdir(seedsDir);
    const sizes = await Promise.all(names.map((name) => stat(path.join(seedsDir, name)).then((s) => (s.isFile() && s.size <= options.maxFileBytes ? s.size : 0), () => 0)));
    return sizes.reduce((sum, size) => sum + size, 0);
  } catch {
    // The build itself says what is wrong with the folder.
    return 0;
  }
}

export interface WorkerInput {
  seedsDir: string;
  options: LoadOptions;
}

/**
 * What crosses from the worker: the prepared snapshot with its large arrays
 * as JSON in byte buffers, moved rather than copied. A message is
 * deserialised in one go when it arrives, and queued messages all in the
 * same turn of the event loop; buffers cost nothing to receive and are
 * decoded here a batch at a time, between questions.
 */
export type WorkerMessage = { type: 'prepared'; prepared: EncodedSnapshot } | { type: 'failed'; message: string };

/** An array as JSON in one byte buffer, cut into batches (each a JSON array) that end at `ends`. */
interface Batches {
  bytes: Uint8Array;
  ends: Uint32Array;
}

type EncodedPacked = Omit<PackedIndex<string | number>, 'ids' | 'terms'> & { ids: Batches; terms: Batches };

export interface EncodedSnapshot {
  synonyms: SynonymRule[];
  report: Batches;
  fingerprints: Batches;
  parts: {
    chunks: Batches;
    documents: Batches;
    references: Batches;
    referenceTerms: Batches;
    index: EncodedPacked;
    documentFrequency: Uint32Array;
    vocabulary: Batches;
    related: Batches;
    sectionLeads: Batches;
    suggestions: { texts: Batches; index: EncodedPacked };
  };
}

/** Characters of JSON per batch: well under a millisecond to decode and parse. */
const BATCH_CHARS = 64 * 1024;

function encodeBatches(items: readonly unknown[]): Batches {
  const encoder = new TextEncoder();
  const batches: Uint8Array[] = [];
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length > 0) batches.push(encoder.encode(`[${pending.join(',')}]`));
    pending = [];
    size = 0;
  };
  for (const item of items) {
    const json = JSON.stringify(item);
    pending.push(json);
    size += json.length;
    if (size >= BATCH_CHARS) flush();
  }
  flush();
  const bytes = new Uint8Array(batches.reduce((sum, b) => sum + b.length, 0));
  const ends = new Uint32Array(batches.length);
  let at = 0;
  batches.forEach((batch, i) => {
    bytes.set(batch, at);
    at += batch.length;
    ends[i] = at;
  });
  return { bytes, ends };
}

async function decodeBatches<T>({ bytes, ends }: Batches, slices: TimeSlices): Promise<T[]> {
  const decoder = new TextDecoder();
  const items: T[] = [];
  let start = 0;
  for (const end of ends) {
    if (slices.due()) await slices.pause();
    for (const item of JSON.parse(decoder.decode(bytes.subarray(start, end))) as T[]) items.push(item);
    start = end;
  }
  return items;
}

function encodePacked(packed: PackedIndex<string | number>): EncodedPacked {
  return { ...packed, ids: encodeBatches(packed.ids), terms: encodeBatches(packed.terms) };
}

async function decodePacked<Id extends string | number>(packed: EncodedPacked, slices: TimeSlices): Promise<PackedIndex<Id>> {
  return { ...packed, ids: await decodeBatches<Id>(packed.ids, slices), terms: await decodeBatches<string>(packed.terms, slices) };
}

/** The worker's side: the prepared snapshot in one message, every large array moved in buffers. */
export function postPrepared(prepared: PreparedSnapshot, post: (message: WorkerMessage, transfer: ArrayBuffer[]) => void): void {
  const { parts } = prepared;
  const encoded: EncodedSnapshot = {
    synonyms: prepared.synonyms,
    report: encodeBatches(prepared.report),
    fingerprints: encodeBatches(prepared.fingerprints),
    parts: {
      chunks: encodeBatches(parts.chunks),
      documents: encodeBatches(parts.documents),
      references: encodeBatches(parts.references),
      referenceTerms: encodeBatches(parts.referenceTerms),
      index: encodePacked(parts.index),
      documentFrequency: parts.documentFrequency,
      vocabulary: encodeBatches(parts.vocabulary),
      related: encodeBatches(parts.related),
      sectionLeads: encodeBatches(parts.sectionLeads),
      suggestions: { texts: encodeBatches(parts.suggestions.texts), index: encodePacked(parts.suggestions.index) },
    },
  };
  const e = encoded.parts;
  const batches = [encoded.report, encoded.fingerprints, e.chunks, e.documents, e.references, e.referenceTerms, e.vocabulary, e.related, e.sectionLeads, e.suggestions.texts];
  const buffers = [...batches, ...[e.index, e.suggestions.index].flatMap((p) => [p.ids, p.terms])].flatMap((b) => [b.bytes.buffer, b.ends.buffer] as ArrayBuffer[]);
  const transfer = [...buffers, ...packedBuffers(parts.index), ...packedBuffers(parts.suggestions.index), parts.documentFrequency.buffer as ArrayBuffer];
  post({ type: 'prepared', prepared: encoded }, transfer);
}

/** The main thread's side (and any other thread's a prepared snapshot is posted to): the snapshot as it was prepared. */
export async function decodePrepared(encoded: EncodedSnapshot, slices: TimeSlices): Promise<PreparedSnapshot> {
  const e = encoded.parts;
  return {
    synonyms: encoded.synonyms,
    report: await decodeBatches(encoded.report, slices),
    fingerprints: await decodeBatches(encoded.fingerprints, slices),
    parts: {
      chunks: await decodeBatches(e.chunks, slices),
      documents: await decodeBatches(e.documents, slices),
      references: await decodeBatches(e.references, slices),
      referenceTerms: await decodeBatches(e.referenceTerms, slices),
      index: await decodePacked<string>(e.index, slices),
      documentFrequency: e.documentFrequency,
      vocabulary: await decodeBatches(e.vocabulary, slices),
      related: await decodeBatches(e.related, slices),
      sectionLeads: await decodeBatches(e.sectionLeads, slices),
      suggestions: { texts: await decodeBatches(e.suggestions.texts, slices), index: await decodePacked<number>(e.suggestions.index, slices) },
    },
  };
}

/**
 * The build thread, kept between reloads: it remembers what the last load read and cleaned (and keeps its lexicons
 * loaded), so a reload reads and cleans only the files that changed. Builds queue for it one at a time; it holds the
 * process open only while one runs, and a new one starts if it stops.
 */
let buildThread: Worker | null = null;
let buildQueue: Promise<unknown> = Promise.resolve();

/** Prepares the snapshot in the build thread; the result is decoded here in time slices. */
export function prepareInWorker(input: WorkerInput, slices: TimeSlices): Promise<PreparedSnapshot> {
  const job = buildQueue.then(() => runInWorker(input, slices));
  buildQueue = job.catch(() => undefined);
  return job;
}

/** Stops the build thread (at shutdown, or to free its memory); the next build starts another. */
export async function stopBuildThread(): Promise<void> {
  await buildThread?.terminate();
}

/** A new build thread; should it stop or fail between builds, the next build starts another. */
function startBuildThread(): Worker {
  const worker = startModuleWorker(import.meta.url, 'snapshotWorker', null);
  const forget = () => {
    if (buildThread === worker) buildThread = null;
  };
  worker.on('exit', forget);
  worker.on('error', forget);
  return worker;
}

function runInWorker(input: WorkerInput, slices: TimeSlices): Promise<PreparedSnapshot> {
  return new Promise((resolve, reject) => {
    const worker = (buildThread ??= startBuildThread());
    worker.ref();
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      worker.unref();
      outcome();
    };
    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'failed') settle(() => reject(new Error(message.message)));
      else settle(() => resolve(decodePrepared(message.prepared, slices)));
    };
    const onError = (error: Error) => {
      buildThread = null;
      void worker.terminate();
      settle(() => reject(new Error(`the index build stopped: ${error.message}`)));
    };
    const onExit = (code: number) => {
      buildThread = null;
      settle(() => reject(new Error(`the index build stopped unexpectedly (exit code ${code})`)));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(input);
  });
}
