/**
 * CorpusStore over temporary copies of seeds/: a reload swaps in a complete
 * new snapshot or keeps the old one, concurrent reloads share one build, and
 * the report says what changed.
 */
import { cp, mkdtemp, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { buildSnapshot, CorpusStore, diffSnapshots, type LoadReport, type Snapshot } from '../../src/runtime/corpusStore.js';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const OPTIONS = { maxFileBytes: 10 * 1024 * 1024 };
const NEW_ARTICLE = 'Lemon8 also gained users\n\nLemon8, also owned by ByteDance, climbed to second place in the App Store as TikTok users looked for alternatives.\n';

let root: string;
let seeds: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'citebot-store-'));
  seeds = path.join(root, 'seeds');
  await cp(SEEDS, seeds, { recursive: true });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function expectOk(report: LoadReport): Extract<LoadReport, { ok: true }> {
  if (!report.ok) throw new Error(`reload failed: ${report.error}`);
  return report;
}

describe('CorpusStore', () => {
  it('GIVEN a first reload THEN the snapshot holds the five articles, 60 chunks and ten references, and all of them count as added', async () => {
    const store = new CorpusStore(seeds, OPTIONS);
    expect(store.current).toBeNull();
    const report = expectOk(await store.reload());
    expect(report).toMatchObject({ documents: 5, chunks: 60, references: 10, joined: false });
    expect(report.changes.added).toHaveLength(5);
    expect(report.changes).toMatchObject({ changed: [], removed: [] });
    expect(store.current?.generation).toBe(1);
  });

  it('GIVEN questions asked before the first load finishes THEN they wait for it instead of failing', async () => {
    const store = new CorpusStore(seeds, OPTIONS);
    const waiting = store.ready();
    void store.reload();
    const snapshot = await waiting;
    expect(snapshot.documents).toHaveLength(5);
    expect(await store.ready()).toBe(snapshot);
  });

  it('GIVEN a reload under way THEN questions are answered from the old, complete snapshot until the new one is swapped in whole', async () => {
    const store = new CorpusStore(seeds, OPTIONS);
    await store.reload();
    const old = store.current!;
    await writeFile(path.join(seeds, 'lemon8.txt'), NEW_ARTICLE);
    const pending = store.reload();
    expect(store.reloading).toBe(true);
    expect(store.current).toBe(old);
    expect(await store.ready()).toBe(old);
    const report = expectOk(await pending);
    expect(store.reloading).toBe(false);
    expect(store.current).not.toBe(old);
    expect(store.current?.generation).toBe(2);
    expect(report.changes).toEqual({ added: ['lemon8'], changed: [], removed: [] });
    // The old snapshot was not touched: anyone still holding it sees the old corpus.
    expect(old.documents).toHaveLength(5);
    expect(old.index.chunkCount).toBe(60);
    expect(store.current?.documents).toHaveLength(6);
  });

  it('GIVEN reloads THEN the snapshots they replaced can be freed: the store does not keep the first one for ever', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const store = new CorpusStore(seeds, OPTIONS);
    await store.reload();
    const first = new WeakRef(store.current as Snapshot);
    await store.reload();
    await store.reload();
    // A WeakRef keeps its target for the rest of the job that read it: collect in a later turn.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(first.deref()).toBeUndefined();
    expect((await store.ready()).generation).toBe(3);
  });

  it('GIVEN the seeds folder renamed away THEN the reload fails saying why, and the old snapshot keeps answering', async () => {
    const store = new CorpusStore(seeds, OPTIONS);
    await store.reload();
    const old = store.current!;
    await rename(seeds, path.join(root, 'elsewhere'));
    const report = await store.reload();
    expect(report).toMatchObject({ ok: false, keptGeneration: 1, joined: false });
    if (report.ok) return;
    expect(report.error).toBe(`the corpus folder ${seeds} cannot be read (ENOENT)`);
    expect(store.current).toBe(old);
    expect(answerQuestion(old.index, 'What is Lemon8?').items.length).toBeGreaterThan(0);

    await rename(path.join(root, 'elsewhere'), seeds);
    const recovered = expectOk(await store.reload());
    expect(store.current?.generation).toBe(2);
    expect(recovered.changes).toEqual({ added: [], changed: [], removed: [] });
  });

  it('GIVEN every article unreadable THEN the reload fails naming files and reasons, and the old snapshot stays', async () => {
    const store = new CorpusStore(seeds, OPTIONS);
    await store.reload();
    const old = store.current!;
    for (const file of old.documents.map((d) => d.file)) await writeFile(path.join(seeds, file), '');
    const report = await store.reload();
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.error).toMatch(/^no article could be loaded \(000_8c88ba47ea7b229a\.txt: the file is empty; .*\)$/);
    expect(store.current).toBe(old);
  });

  it('GIVEN a first load that fails THEN no snapshot is claimed; GIVEN the folder then appears THEN waiting questions get the new snapshot', async () => {
    const missing = path.join(root, 'later');
    const store = new CorpusStore(missing, OPTIONS);
    const waiting = store.ready();
    expect(await store.reload()).toMatchObject({ ok: false, keptGeneration: null });
    expect(store.current).toBeNull();
    await cp(SEEDS, missing, { recursive: true });
    expectOk(await store.reload());
    expect((await waiting).documents).toHaveLength(5);
  });

  it('GIVEN two reloads requested at once THEN one build runs, the second joins it and says so', async () => {
    const store = new CorpusStore(seeds, OPTIONS);
    await store.reload();
    const [first, second, third] = await Promise.all([store.reload(), store.reload(), store.reload()]);
    expect(first).toMatchObject({ ok: true, joined: false });
    expect(second).toMatchObject({ ok: true, joined: true });
    expect(third).toMatchObject({ ok: true, joined: true });
    expect(store.current?.generation).toBe(2);
    // After the joined build, a new request builds again.
    await store.reload();
    expect(store.current?.generation).toBe(3);
  });

  it('GIVEN a failing reload that others joined THEN they all hear it failed', async () => {
    const store = new CorpusStore(seeds, OPTIONS);
    await store.reload();
    await rename(seeds, path.join(root, 'gone'));
    const reports = await Promise.all([store.reload(), store.reload()]);
    expect(reports.map((r) => [r.ok, r.joined])).toEqual([
      [false, false],
      [false, true],
    ]);
  });

  it('GIVEN an article added, one edited, one deleted and one re-described in corpus.json THEN the diff names each', async () => {
    const store = new CorpusStore(seeds, OPTIONS);
    await store.reload();
    await writeFile(path.join(seeds, 'lemon8.txt'), NEW_ARTICLE);
    await writeFile(path.join(seeds, '002_4e04438bc50be6d1.txt'), `${await readFile(path.join(seeds, '002_4e04438bc50be6d1.txt'), 'utf8')}\nA moderator added this closing paragraph to the article today.\n`);
    await unlink(path.join(seeds, '004_15607f0d28ba5f8a.txt'));
    const manifest = JSON.parse(await readFile(path.join(seeds, 'corpus.json'), 'utf8')) as { documents: { id: string; author: string }[] };
    manifest.documents.find((d) => d.id === 'bridging-cultures')!.author = 'A. Writer';
    await writeFile(path.join(seeds, 'corpus.json'), JSON.stringify(manifest));

    const report = expectOk(await store.reload());
    expect(report.changes).toEqual({ added: ['lemon8'], changed: ['bridging-cultures', 'china-embraces-surge'], removed: ['digital-cold-war'] });
    expect(report.report).toContainEqual({ file: '004_15607f0d28ba5f8a.txt', level: 'skipped', message: 'listed in corpus.json as "digital-cold-war" but not found' });
  });
});

describe('diffSnapshots', () => {
  it('GIVEN no previous snapshot THEN everything is added; GIVEN the same corpus twice THEN nothing changed', async () => {
    const a = await buildSnapshot(SEEDS, OPTIONS, 1);
    const b = await buildSnapshot(SEEDS, OPTIONS, 2);
    expect(diffSnapshots(null, a).added).toEqual(a.documents.map((d) => d.id));
    expect(diffSnapshots(a, b)).toEqual({ added: [], changed: [], removed: [] });
  });
});
