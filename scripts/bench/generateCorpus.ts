/**
 * Synthetic corpora for the benchmark, written as article files plus a
 * corpus.json into a temporary seeds folder, so that the real loading path
 * (decode, clean, chunk, index) is what gets measured. Text is resampled
 * from the real seeds: their words ranked by frequency and drawn with a
 * Zipf law, their sentence and paragraph lengths, their headings' shape.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chunkParagraphs, splitSentences } from '../../src/chunks/chunkParagraphs.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { MANIFEST_FILE } from '../../src/corpus/manifest.js';
import { SYNONYMS_FILE } from '../../src/search/analysis/synonyms.js';
import { createRandom, createZipf, intBetween, pick, type Random } from './random.js';

export interface TextModel {
  /** Seed words by descending frequency, then invented words for the long tail. */
  words: string[];
  /** How many of `words` come from the seeds. */
  seedWords: number;
  /** Observed sentence lengths in words, and sentences per paragraph: sampled as they are. */
  sentenceWords: number[];
  paragraphSentences: number[];
  /** Paragraphs the real seeds contribute to every generated corpus. */
  seedParagraphs: number;
  outlets: string[];
  publishers: string[];
}

/**
 * A larger corpus has a larger vocabulary (Heaps' law): 9 M words of news
 * use well over 100,000 distinct words, the seeds only about 1,000.
 */
const VOCABULARY_SIZE = 150_000;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export async function buildTextModel(seedsDir: string): Promise<TextModel> {
  const corpus = await loadCorpus(seedsDir, { maxFileBytes: 10 * 1024 * 1024 });
  const chunks = chunkParagraphs(corpus.documents);
  const counts = new Map<string, { count: number; forms: Map<string, number> }>();
  const sentenceWords: number[] = [];
  const paragraphSentences: number[] = [];
  for (const chunk of chunks) {
    const sentences = splitSentences(chunk.text);
    paragraphSentences.push(sentences.length);
    for (const sentence of sentences) sentenceWords.push(sentence.split(/\s+/).length);
    for (const match of chunk.text.matchAll(WORD)) {
      const key = match[0].toLowerCase();
      const entry = counts.get(key) ?? { count: 0, forms: new Map<string, number>() };
      entry.count++;
      entry.forms.set(match[0], (entry.forms.get(match[0]) ?? 0) + 1);
      counts.set(key, entry);
    }
  }
  // Most frequent first; each word in the spelling the seeds use most ("TikTok", "the").
  const ranked = [...counts.values()]
    .sort((a, b) => b.count - a.count)
    .map((e) => [...e.forms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '');
  const words = ranked.filter((w) => w !== '');
  const seedWords = words.length;

  const random = createRandom(7);
  const known = new Set(words.map((w) => w.toLowerCase()));
  const stems = words.filter((w) => /^[a-z]{4,}$/.test(w));
  while (words.length < VOCABULARY_SIZE) {
    const a = pick(random, stems);
    const b = pick(random, stems);
    const word = a.slice(0, Math.ceil(a.length / 2)) + b.slice(Math.floor(b.length / 2));
    if (word.length < 4 || known.has(word)) continue;
    known.add(word);
    words.push(word);
  }

  const outlets = [...new Set(corpus.references.map((r) => r.outlet))];
  const publishers = [...new Set(corpus.documents.map((d) => d.meta.publisher).filter((p) => p !== ''))];
  for (const name of ['Harbour Times', 'Pacific Ledger', 'Daily Lantern', 'Metro Wire', 'Northern Courier', 'Evening Dispatch']) {
    outlets.push(name);
    publishers.push(name);
  }
  return { words, seedWords, sentenceWords, paragraphSentences, seedParagraphs: chunks.length, outlets, publishers };
}

class TextSampler {
  private readonly zipf: () => number;

  constructor(
    private readonly model: TextModel,
    private readonly random: Random,
  ) {
    this.zipf = createZipf(random, model.words.length);
  }

  word(): string {
    return this.model.words[this.zipf()] ?? 'news';
  }

  sentence(): string {
    const length = Math.max(3, pick(this.random, this.model.sentenceWords));
    const parts: string[] = [];
    for (let i = 0; i < length; i++) {
      const word = this.word();
      parts.push(i < length - 1 && this.random() < 0.06 ? `${word},` : word);
    }
    const text = parts.join(' ');
    const end = this.random() < 0.05 ? '?' : '.';
    return text.charAt(0).toUpperCase() + text.slice(1) + end;
  }

  paragraph(): string {
    const count = Math.max(1, pick(this.random, this.model.paragraphSentences));
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) sentences.push(this.sentence());
    return sentences.join(' ');
  }

  /** Short, capitalised, no closing punctuation: what cleanArticle reads as a heading. */
  heading(): string {
    const length = intBetween(this.random, 2, 6);
    const words: string[] = [];
    for (let i = 0; i < length; i++) {
      const word = this.word();
      words.push(word.charAt(0).toUpperCase() + word.slice(1));
    }
    return words.join(' ');
  }
}

const GIVEN_NAMES = ['Lin', 'Maria', 'James', 'Aisha', 'Wei', 'Sofia', 'Daniel', 'Mei', 'Omar', 'Grace'];
const FAMILY_NAMES = ['Chen', 'Garcia', 'Smith', 'Okafor', 'Zhang', 'Rossi', 'Kim', 'Novak', 'Haddad', 'Wong'];

export interface GeneratedCorpus {
  dir: string;
  /** Article files written, the real seeds included. */
  files: number;
  bytes: number;
  references: number;
}

/**
 * Writes about `paragraphs` paragraphs into `dir`: the five real seed
 * articles (so the evaluation questions have answers) plus generated ones.
 */
export async function writeCorpus(model: TextModel, seedsDir: string, dir: string, paragraphs: number, seed = 1): Promise<GeneratedCorpus> {
  await mkdir(dir, { recursive: true });
  const random = createRandom(seed);
  const sampler = new TextSampler(model, random);
  const manifest = JSON.parse(await readFile(path.join(seedsDir, MANIFEST_FILE), 'utf8')) as { documents: Record<string, unknown>[] };
  for (const entry of manifest.documents) {
    const file = String(entry['file']);
    await copyFile(path.join(seedsDir, file), path.join(dir, file));
  }
  await copyFile(path.join(seedsDir, SYNONYMS_FILE), path.join(dir, SYNONYMS_FILE));

  let remaining = paragraphs - model.seedParagraphs;
  let files = manifest.documents.length;
  let bytes = 0;
  let references = 0;
  for (let n = 1; remaining > 0; n++) {
    const count = Math.min(remaining, intBetween(random, 12, 48));
    remaining -= count;
    const id = `gen-${String(n).padStart(6, '0')}`;
    const file = `${id}.txt`;
    const title = sampler.heading();
    const publisher = pick(random, model.publishers);
    const author = `${pick(random, GIVEN_NAMES)} ${pick(random, FAMILY_NAMES)}`;
    const day = String(intBetween(random, 10, 31)).padStart(2, '0');
    const lines = [title, '', `By ${author} | ${publisher} | Updated: 2025-01-${day} 08:15`, ''];
    let nextHeading = 0;
    for (let p = 0; p < count; p++) {
      if (p === nextHeading) {
        lines.push(sampler.heading(), '');
        nextHeading += intBetween(random, 4, 10);
      }
      lines.push(sampler.paragraph(), '');
    }
    // Like article 001, about one article in five ends with a numbered source list.
    if (random() < 0.2) {
      lines.push('Source List', '');
      const items = intBetween(random, 5, 12);
      for (let k = 1; k <= items; k++) {
        lines.push(`  ${k}. ${pick(random, model.outlets)} – "${sampler.sentence().replace(/[.?]$/, '')}"`, `    https://news.example/${id}/${k}`, '');
      }
      references += items;
    }
    const text = lines.join('\n');
    bytes += Buffer.byteLength(text);
    await writeFile(path.join(dir, file), text);
    manifest.documents.push({ id, file, title, publisher, author, date: `2025-01-${day}`, url: `https://news.example/${id}`, kind: 'news' });
    files++;
  }
  await writeFile(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 1));
  return { dir, files, bytes, references };
}

/** Sample content words from the middle of the vocabulary: what a generated question asks about. */
export function sampleContentWord(model: TextModel, random: Random): string {
  const rank = intBetween(random, 40, Math.min(model.words.length - 1, 6000));
  return model.words[rank] ?? 'rednote';
}
