/**
 * A large corpus is prepared in a worker thread and arrives as buffers; a
 * small one is prepared in place. Either way the snapshot in service must be
 * the same, and a failure must read the same to the moderator.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { buildSnapshot, CorpusStore, type Snapshot } from '../../src/runtime/corpusStore.js';
import { corpusBytes, stopBuildThread } from '../../src/runtime/prepareSnapshot.js';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const OPTIONS = { maxFileBytes: 10 * 1024 * 1024 };
const QUESTIONS = ['how many users does tiktok have in america?', 'what did the guardian write', 'refugess on xiaohongshu', 'why did americans join rednot'];

let root: string;
let seeds: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'citebot-prepare-'));
  seeds = path.join(root, 'seeds');
  await cp(SEEDS, seeds, { recursive: true });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Everything the query side reads from an index, in a comparable form. */
function contents(snapshot: Snapshot) {
  const { index } = snapshot;
  return {
    mini: JSON.stringify(index.mini),
    chunks: [...index.chunks],
    documents: [...index.documents],
    references: index.references,
    referencesByTerm: [...index.referencesByTerm].map(([term, holders]) => [term, holders.map((h) => h.reference.number)]),
    documentFrequency: [...index.documentFrequency],
    vocabulary: [...index.vocabulary],
    sectionLeads: [...index.sectionLeads],
    chunkCount: index.chunkCount,
    suggestions: { texts: index.suggestions.texts, mini: JSON.stringify(index.suggestions.mini) },
    snapshot: { documents: snapshot.documents, references: snapshot.references, fingerprints: [...snapshot.fingerprints], report: snapshot.report },
  };
}

describe('GIVEN the same corpus prepared in a worker thread and on the main thread', () => {
  it('THEN the snapshots hold the same index, documents, references, report and fingerprints', async () => {
    const inWorker = await buildSnapshot(seeds, OPTIONS, 1, 'worker');
    const inPlace = await buildSnapshot(seeds, OPTIONS, 1, 'main');
    expect(contents(inWorker)).toEqual(contents(inPlace));
  });

  it('THEN questions get the same answers from either', async () => {
    const inWorker = await buildSnapshot(seeds, OPTIONS, 1, 'worker');
    const inPlace = await buildSnapshot(seeds, OPTIONS, 1, 'main');
    for (const question of QUESTIONS) expect(answerQuestion(inWorker.index, question)).toEqual(answerQuestion(inPlace.index, question));
  });
});

describe('GIVEN the build thread kept between reloads', () => {
  it('WHEN a file is edited and another added between two reloads THEN the second snapshot equals one built from nothing', async () => {
    const store = new CorpusStore(seeds, OPTIONS, 'worker');
    expect(await store.reload()).toMatchObject({ ok: true, documents: 5 });
    const file = (await readdir(seeds)).find((f) => f.startsWith('001_')) ?? '';
    await writeFile(path.join(seeds, file), (await readFile(path.join(seeds, file), 'utf8')).replace('fascinating case', 'remarkable case'));
    await writeFile(path.join(seeds, 'lemon8-note.txt'), 'Lemon8 climbs the charts\n\nLemon8, owned by the same parent company as TikTok, reached second place on the App Store this week, a research firm said on Tuesday.\n');
    expect(await store.reload()).toMatchObject({ ok: true, documents: 6 });
    const fresh = await buildSnapshot(seeds, OPTIONS, store.current?.generation ?? 0, 'main');
    const kept = store.current;
    if (!kept) throw new Error('no snapshot in service');
    expect({ ...contents(kept), snapshot: { ...contents(kept).snapshot, report: [] } }).toEqual({ ...contents(fresh), snapshot: { ...contents(fresh).snapshot, report: [] } });
    expect(answerQuestion(kept.index, 'which app reached second place on the App Store, a research firm said').items[0]?.document.file).toBe('lemon8-note.txt');
  });
});

describe('GIVEN a corpus that cannot be loaded, prepared in a worker thread', () => {
  it('WHEN the folder is missing THEN the error names it as the main thread would', async () => {
    const missing = path.join(root, 'missing');
    await expect(buildSnapshot(missing, OPTIONS, 1, 'worker')).rejects.toThrow(`the corpus folder ${missing} cannot be read (ENOENT)`);
  });

  it('WHEN every article is empty THEN the error lists the files and why', async () => {
    for (const file of await readdir(seeds)) if (file.endsWith('.txt') && file !== 'synonyms.txt') await writeFile(path.join(seeds, file), '');
    await expect(buildSnapshot(seeds, OPTIONS, 1, 'worker')).rejects.toThrow(/^no article could be loaded \(000_8c88ba47ea7b229a\.txt: the file is empty; /);
  });

  it('WHEN a store builds in workers and one reload fails THEN the old snapshot keeps answering', async () => {
    const store = new CorpusStore(seeds, OPTIONS, 'worker');
    expect(await store.reload()).toMatchObject({ ok: true, documents: 5, chunks: 60 });
    const old = store.current;
    await rm(seeds, { recursive: true, force: true });
    expect(await store.reload()).toMatchObject({ ok: false, keptGeneration: 1 });
    expect(store.current).toBe(old);
  });
});

describe('corpusBytes', () => {
  it('GIVEN the seeds folder THEN it counts the bytes of its files; GIVEN no folder THEN 0, and the build says what is wrong', async () => {
    expect(await corpusBytes(seeds, OPTIONS)).toBeGreaterThan(10_000);
    expect(await corpusBytes(path.join(root, 'missing'), OPTIONS)).toBe(0);
  });

  it('GIVEN a file over the size limit THEN it does not count: the loader skips it unread', async () => {
    const before = await corpusBytes(seeds, OPTIONS);
    await writeFile(path.join(seeds, 'huge.txt'), Buffer.alloc(2048, 97));
    expect(await corpusBytes(seeds, { maxFileBytes: 1024 })).toBeLessThan(before);
    expect(await corpusBytes(seeds, OPTIONS)).toBe(before + 2048);
  });
});

describe('GIVEN the build thread stopped between two reloads', () => {
  it('WHEN the next reload comes THEN a new build thread prepares it', async () => {
    const store = new CorpusStore(seeds, OPTIONS, 'worker');
    expect(await store.reload()).toMatchObject({ ok: true, documents: 5 });
    await stopBuildThread();
    expect(await store.reload()).toMatchObject({ ok: true, documents: 5 });
  });
});
