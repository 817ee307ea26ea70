/**
 * A reload reuses what the last load of the folder read and cleaned for the
 * files that did not change, and only those: the result must equal a load
 * from nothing whatever changed (an edit, a new file, a deletion, a new
 * corpus.json entry, new lines shared by several files).
 */
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLoadCache, loadCorpus, type Corpus } from '../../src/corpus/loadCorpus.js';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const OPTIONS = { maxFileBytes: 10 * 1024 * 1024 };
const NEW_ARTICLE = [
  'Lemon8 climbs the charts as TikTok users hedge their bets',
  '',
  'Lemon8, the photo app owned by the same parent company as TikTok, reached second place on the App Store this week, a research firm said.',
  '',
  'Analysts said the jump reflected anxiety about the ban more than loyalty to an app that few of its new users had heard of before.',
].join('\n');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-cache-'));
  await cp(SEEDS, dir, { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const plain = (corpus: Corpus) => ({ documents: corpus.documents, references: corpus.references, report: corpus.report });

describe('loadCorpus with the last load remembered', () => {
  it('GIVEN nothing changed THEN the same documents come back without being cleaned again (the very objects)', async () => {
    const cache = createLoadCache();
    const first = await loadCorpus(dir, OPTIONS, cache);
    const second = await loadCorpus(dir, OPTIONS, cache);
    expect(plain(second)).toEqual(plain(first));
    second.documents.forEach((doc, i) => expect(doc).toBe(first.documents[i]));
  });

  it('GIVEN one file edited, one added and one deleted THEN the result equals a load from nothing, and the untouched files are reused', async () => {
    const cache = createLoadCache();
    const first = await loadCorpus(dir, OPTIONS, cache);
    const files = first.documents.map((d) => d.meta.file);
    const edited = path.join(dir, files[0] ?? '');
    await writeFile(edited, (await readFile(edited, 'utf8')).replace('fascinating case', 'remarkable case'));
    await writeFile(path.join(dir, 'lemon8-charts.txt'), NEW_ARTICLE);
    await unlink(path.join(dir, files[1] ?? ''));
    const again = await loadCorpus(dir, OPTIONS, cache);
    expect(plain(again)).toEqual(plain(await loadCorpus(dir, OPTIONS)));
    expect(again.documents.find((d) => d.meta.file === files[0])?.paragraphs.map((p) => p.text).join(' ')).toContain('remarkable case');
    expect(again.documents.find((d) => d.meta.file === files[2])).toBe(first.documents.find((d) => d.meta.file === files[2]));
  });

  it('GIVEN a new file that makes a line shared by enough files to be site furniture THEN every file is cleaned again, as a load from nothing would', async () => {
    const page = (n: number) =>
      [`RedNote story number ${n} of the week`, '', `Paragraph one of story ${n}: American users kept joining RedNote during the week, and Chinese users welcomed them.`, '', 'Blue Heron Lake notes', '', `Paragraph two of story ${n}: many of them posted pictures of their cats, which the locals called a cat tax, and stayed on.`].join('\n');
    await writeFile(path.join(dir, 'story-1.txt'), page(1));
    await writeFile(path.join(dir, 'story-2.txt'), page(2));
    const cache = createLoadCache();
    const first = await loadCorpus(dir, OPTIONS, cache);
    for (let n = 3; n <= 6; n++) await writeFile(path.join(dir, `story-${n}.txt`), page(n));
    const again = await loadCorpus(dir, OPTIONS, cache);
    expect(plain(again)).toEqual(plain(await loadCorpus(dir, OPTIONS)));
    // (the line the six stories share is now furniture: the stories loaded before are cleaned again, not reused)
    const story = (corpus: Corpus) => corpus.documents.find((d) => d.meta.file === 'story-1.txt');
    expect(story(again)).toBeDefined();
    expect(story(again)).not.toBe(story(first));
  });

  it('GIVEN corpus.json changed (a title filled in) THEN that article is read again with its new title', async () => {
    const cache = createLoadCache();
    const first = await loadCorpus(dir, OPTIONS, cache);
    const manifestPath = path.join(dir, 'corpus.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { documents: { title: string }[] };
    const doc = manifest.documents[0];
    if (doc) doc.title = 'A title a moderator wrote';
    await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
    const again = await loadCorpus(dir, OPTIONS, cache);
    expect(again.documents[0]?.meta.title).toBe('A title a moderator wrote');
    expect(plain(again)).toEqual(plain(await loadCorpus(dir, OPTIONS)));
    expect(first.documents[0]?.meta.title).not.toBe('A title a moderator wrote');
  });
});
