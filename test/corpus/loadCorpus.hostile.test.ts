/**
 * A seeds folder holding every kind of broken file at once, reloaded through
 * the real CorpusStore as /reload does: each bad file gets its own line in
 * the reload report, the good articles still load, and files that must not
 * be read (too large, links out of the folder) never are.
 */
import type * as FsPromises from 'node:fs/promises';
import { cp, mkdtemp, open, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReportLine } from '../../src/corpus/types.js';
import { renderReload } from '../../src/render/renderReload.js';
import { CorpusStore, type LoadReport, type Snapshot } from '../../src/runtime/corpusStore.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const MAX_FILE_BYTES = 10 * 1024 * 1024; // the CORPUS_MAX_FILE_MB default
const SEED_ARTICLES = 5;
const SECRET = 'Outside the corpus folder lies a file about zebrafinch passwords that nobody should ever index.';

let dir: string;
let outside: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-hostile-'));
  outside = await mkdtemp(path.join(os.tmpdir(), 'citebot-outside-'));
  await cp(SEEDS, dir, { recursive: true });
  vi.mocked(readFile).mockClear();
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

async function reload(): Promise<{ report: Extract<LoadReport, { ok: true }>; snapshot: Snapshot }> {
  const store = new CorpusStore(dir, { maxFileBytes: MAX_FILE_BYTES });
  const report = await store.reload();
  if (!report.ok) throw new Error(`reload failed: ${report.error}`);
  return { report, snapshot: store.current as Snapshot };
}

const lineFor = (report: readonly ReportLine[], file: string) => report.filter((r) => r.file === file).map((r) => `${r.level}: ${r.message}`);
const filesRead = () => vi.mocked(readFile).mock.calls.map(([file]) => (typeof file === 'string' ? path.basename(file) : '(handle)'));
const allText = (snapshot: Snapshot) => [...snapshot.index.chunks.values()].map((c) => c.text).join('\n');

/** A 50 MB file made by extending an empty one: instant, and takes no disk space. */
async function writeSparse(file: string, bytes: number): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.truncate(bytes);
  } finally {
    await handle.close();
  }
}

async function addEveryBrokenFile(): Promise<void> {
  await writeFile(path.join(dir, 'empty.txt'), '');
  // A PNG header and chunk of binary data, saved with a .txt name by mistake.
  await writeFile(path.join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0, 0]));
  // Truncated and stray UTF-8 sequences in otherwise ordinary prose.
  await writeFile(
    path.join(dir, 'invalid-utf8.txt'),
    Buffer.concat([
      Buffer.from('Broken bytes\n\nThe migration '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' reached new users '),
      Buffer.from([0xe2, 0x82]),
      Buffer.from(' within a single week of January.\n'),
    ]),
  );
  await writeFile(path.join(dir, 'latin1.txt'), Buffer.from('Café society\n\nThe café near the station became a meeting point for the newcomers from TikTok.\n', 'latin1'));
  await writeSparse(path.join(dir, 'huge.txt'), 50 * 1024 * 1024);
  await writeFile(path.join(dir, 'headings-only.txt'), 'Menu\n\nTikTok Refugees Arrive\n\nShare\n\nAdvertisement\n\nA Heading Without Prose\n');
  await writeFile(path.join(outside, 'secret.txt'), `Secret notes\n\n${SECRET}\n`);
  await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'linked-secret.txt'));
  const synonyms = await readFile(path.join(dir, 'synonyms.txt'), 'utf8');
  await writeFile(path.join(dir, 'synonyms.txt'), `${synonyms}\nrednote =>\n`);
}

describe('GIVEN a seeds folder with every kind of broken file at once', () => {
  it('WHEN it is reloaded THEN each bad file has a report line saying why, and the rest of the corpus loads', async () => {
    await addEveryBrokenFile();
    const { report, snapshot } = await reload();

    expect(lineFor(report.report, 'empty.txt')).toEqual(['skipped: the file is empty']);
    expect(lineFor(report.report, 'photo.txt')).toEqual(['skipped: it looks like a binary file, not text']);
    expect(lineFor(report.report, 'huge.txt')).toEqual(['skipped: is too large (50.0 MB; the limit is 10.0 MB, set by CORPUS_MAX_FILE_MB)']);
    expect(lineFor(report.report, 'headings-only.txt')).toEqual(['skipped: no article paragraphs were found in it']);
    expect(lineFor(report.report, 'linked-secret.txt')).toEqual(['skipped: is a link to a file outside the corpus folder; not followed']);
    expect(lineFor(report.report, 'invalid-utf8.txt')).toContain('info: not valid UTF-8; read as Windows-1252 (Latin-1)');
    const synonymLines = report.report.filter((r) => r.file.startsWith('synonyms.txt line '));
    expect(synonymLines).toHaveLength(1);
    expect(synonymLines[0]?.message).toMatch(/; line ignored$/);

    // The five seeds plus the two readable legacy-encoded files.
    expect(report.documents).toBe(SEED_ARTICLES + 2);
    expect(snapshot.documents.map((d) => d.file)).toEqual(expect.arrayContaining(['latin1.txt', 'invalid-utf8.txt']));
    expect(report.references).toBeGreaterThan(0);
  });

  it('WHEN it is reloaded THEN the 50 MB file and the link out of the folder are never read', async () => {
    await addEveryBrokenFile();
    const { snapshot } = await reload();
    expect(filesRead()).toContain('latin1.txt');
    expect(filesRead()).not.toContain('huge.txt');
    expect(filesRead()).not.toContain('linked-secret.txt');
    expect(filesRead()).not.toContain('secret.txt');
    expect(allText(snapshot)).not.toContain('zebrafinch');
  });

  it('WHEN it is reloaded THEN legacy encodings read as their words: Latin-1 "café" is café, and no replacement characters appear', async () => {
    await addEveryBrokenFile();
    const { snapshot } = await reload();
    const text = allText(snapshot);
    expect(text).toContain('The café near the station became a meeting point');
    expect(text).toContain('reached new users');
    expect(text).not.toContain('\ufffd');
  });

  it('WHEN the moderator sees the /reload reply THEN every skipped file is named in it, within Discord limits', async () => {
    await addEveryBrokenFile();
    const { report } = await reload();
    const payload = renderReload(report);
    const fields = payload.embeds?.[0]?.fields ?? [];
    const skipped = fields.find((f) => f.name === 'Skipped files')?.value ?? '';
    for (const file of ['empty.txt', 'photo.txt', 'huge.txt', 'headings-only.txt', 'linked-secret.txt']) expect(skipped).toContain(file);
    expect(fields.find((f) => f.name === 'Warnings')?.value).toContain('synonyms.txt line');
    for (const field of fields) expect(field.value.length).toBeLessThanOrEqual(1024);
  });
});

describe('GIVEN a malformed corpus.json', () => {
  it('WHEN the corpus is first loaded THEN the report says the JSON is invalid and every article still loads with the title its file states', async () => {
    await writeFile(path.join(dir, 'corpus.json'), '{ "documents": [ { "id": "china-daily-journey", "file": ');
    const { report, snapshot } = await reload();
    expect(lineFor(report.report, 'corpus.json')).toEqual([expect.stringMatching(/^warning: is not valid JSON \(.+\); articles load without its metadata$/)]);
    expect(report.documents).toBe(SEED_ARTICLES);
    expect(snapshot.documents.every((d) => d.title !== '')).toBe(true);
  });

  it('WHEN corpus.json breaks between two reloads THEN the second reload fails, names the file, and the index in service keeps its titles', async () => {
    const store = new CorpusStore(dir, { maxFileBytes: MAX_FILE_BYTES });
    expect((await store.reload()).ok).toBe(true);
    const before = store.current as Snapshot;
    await writeFile(path.join(dir, 'corpus.json'), '{ "documents": [ { "id": "china-daily-journey", "file": ');
    const report = await store.reload();
    expect(report).toMatchObject({ ok: false, error: expect.stringMatching(/^corpus\.json is not valid JSON/), keptGeneration: before.generation });
    expect(store.current).toBe(before);
    expect(store.current?.documents.find((d) => d.id === 'china-daily-journey')?.title).toBe('A journey from TikTok to RedNote is a story of talks');
    expect(renderReload(report).embeds?.[0]?.description).toContain('The previous index is still answering questions.');
  });

  it('WHEN one entry is broken THEN only that entry is reported and the others keep their metadata', async () => {
    const manifest = JSON.parse(await readFile(path.join(dir, 'corpus.json'), 'utf8')) as { documents: Record<string, unknown>[] };
    manifest.documents[1] = { id: 'Not A Valid Id!', file: 42 };
    manifest.documents.push('not even an object' as unknown as Record<string, unknown>);
    await writeFile(path.join(dir, 'corpus.json'), JSON.stringify(manifest));
    const { report, snapshot } = await reload();
    expect(lineFor(report.report, 'corpus.json documents[1]')).toEqual([expect.stringMatching(/^warning: needs an "id"/)]);
    expect(lineFor(report.report, `corpus.json documents[${manifest.documents.length - 1}]`)).toEqual(['warning: is not an object; ignored']);
    expect(report.documents).toBe(SEED_ARTICLES);
    expect(snapshot.documents.find((d) => d.id === 'china-daily-journey')?.publisher).toBe('China Daily');
  });
});
