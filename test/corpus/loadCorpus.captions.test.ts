/**
 * A video's caption file dropped into the corpus folder (.vtt, .srt, or the
 * same saved as .txt) is read as the report it transcribes: its spoken
 * paragraphs indexed, its notes' metadata used, the station's furniture not.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/corpus/loadCorpus.js';

const cue = (n: number, voice: string, text: string) => `${n}\n00:00:${String(n * 3).padStart(2, '0')}.000 --> 00:00:${String(n * 3 + 2).padStart(2, '0')}.900 align:center\n${voice === '' ? '' : `<v ${voice}>`}${text}`;
const VTT = [
  'WEBVTT',
  'NOTE\ntitle: South Bay creators pack up for RedNote\nreporter: Dana Whitfield\nair_date: 2025-01-15\ncanonical: https://tv.example/news/rednote-creators',
  cue(1, 'Lisa Tran', 'Tonight, thousands of South Bay TikTok users are trying out a Chinese app\nmost of them had never heard of a week ago.'),
  cue(2, 'Dana Whitfield', 'At a boba shop on Story Road, owner Jenny Morales is filming a video\nshe cannot fully read.'),
  cue(3, 'Dana Whitfield', 'She opened her RedNote account on Monday and had 3,100 followers\nby Wednesday morning.'),
  cue(4, 'Dana Whitfield', 'In San Jose, Dana Whitfield, KSTQ 9 News.'),
  cue(5, 'Lisa Tran', 'Dana, thanks. Coming up after the break, a frost advisory for parts of the South Bay tonight.'),
  cue(6, '', '[COMMERCIAL BREAK]'),
].join('\n\n');

let dir: string;
let corpus: Corpus;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-captions-'));
  await writeFile(path.join(dir, 'kstq9-rednote.vtt'), VTT);
  await writeFile(path.join(dir, 'kstq9-rednote-copy.txt'), VTT.replace('title: South Bay', 'title: A copy: South Bay'));
  corpus = await loadCorpus(dir, { maxFileBytes: 1024 * 1024 });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('caption files dropped into the corpus folder', () => {
  it.each(['kstq9-rednote.vtt', 'kstq9-rednote-copy.txt'])('GIVEN %s THEN its paragraphs are what was said in the report, and its notes give title, reporter, air date and address', (file) => {
    const doc = corpus.documents.find((d) => d.meta.file === file);
    expect(doc?.paragraphs.map((p) => p.text)).toEqual([
      'Tonight, thousands of South Bay TikTok users are trying out a Chinese app most of them had never heard of a week ago.',
      'At a boba shop on Story Road, owner Jenny Morales is filming a video she cannot fully read. She opened her RedNote account on Monday and had 3,100 followers by Wednesday morning.',
    ]);
    expect(doc?.meta).toMatchObject({ author: 'Dana Whitfield', date: '2025-01-15', url: 'https://tv.example/news/rednote-creators' });
    expect(doc?.meta.title).toMatch(/South Bay creators pack up for RedNote$/);
  });
});
