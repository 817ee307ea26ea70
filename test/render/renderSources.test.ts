import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/corpus/loadCorpus.js';
import type { DocumentMeta, Reference } from '../../src/corpus/types.js';
import { DISCORD_LIMITS } from '../../src/render/limits.js';
import { renderSources } from '../../src/render/renderSources.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus(path.resolve(import.meta.dirname, '../../seeds'), { maxFileBytes: 1e7 });
});

const meta = (i: number, extra: Partial<DocumentMeta> = {}): DocumentMeta => ({
  id: `doc-${i}`,
  file: `${i}.txt`,
  title: `Article number ${i} about RedNote and the TikTok refugees who arrived in January`,
  publisher: '',
  author: '',
  date: '',
  url: '',
  kind: '',
  ...extra,
});

describe('renderSources', () => {
  it('GIVEN the real corpus THEN the first embed lists the five articles with what is known about each', () => {
    const payload = renderSources(
      corpus.documents.map((d) => d.meta),
      corpus.references,
    );
    const [articles] = payload.embeds!;
    expect(articles?.title).toBe('The corpus: 5 articles');
    expect(articles?.description?.split('\n')).toEqual([
      '• **A journey from TikTok to RedNote is a story of talks** — China Daily · by Guo Yi · 2025-01-21',
      '• **From TikTok to RedNote: Bridging Cultures and Challenging Perceptions**',
      '• **China Embraces Surge of ‘TikTok Refugees’ on RedNote** — 2025-01-16',
      '• **From TikTok to RedNote: a digital migration that defies geopolitics**',
      '• **The digital chilly warfare is sending hundreds of thousands of US TikTok customers to a different Chinese language social media app, RedNote** — The Conversation',
    ]);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN the real corpus THEN the source list of 001 shows all ten references as numbered links to their exact URLs', () => {
    const payload = renderSources(
      corpus.documents.map((d) => d.meta),
      corpus.references,
    );
    expect(payload.embeds).toHaveLength(2);
    const list = payload.embeds![1]!;
    expect(list.title).toBe('Source list of “From TikTok to RedNote: Bridging Cultures and Challenging Perceptions”');
    const lines = list.description!.split('\n');
    expect(lines).toHaveLength(10);
    corpus.references.forEach((ref, i) => {
      expect(lines[i]).toBe(`${ref.number}. [${ref.outlet} – ${ref.title}](${ref.url})`);
    });
    expect(lines[0]).toBe("1. [Associated Press – TikTok refugees are pouring to Xiaohongshu. Here's what you need to know about the RedNote app](https://apnews.com/article/855692624aa52825b30afc5474af881d)");
  });

  it('GIVEN a document with a URL THEN its title is a link', () => {
    const payload = renderSources([meta(1, { url: 'https://example.com/a', publisher: 'Example', date: '2025-01-01' })], []);
    expect(payload.embeds![0]!.description).toBe('• [Article number 1 about RedNote and the TikTok refugees who arrived in January](https://example.com/a) — Example · 2025-01-01');
  });

  it('GIVEN one article THEN the title says "1 article"', () => {
    expect(renderSources([meta(1)], []).embeds![0]!.title).toBe('The corpus: 1 article');
  });

  it('GIVEN hundreds of articles and references THEN the lists are cut with "…and N more" and the reply fits Discord', () => {
    const documents = Array.from({ length: 300 }, (_, i) => meta(i));
    const references: Reference[] = Array.from({ length: 200 }, (_, i) => ({
      number: i + 1,
      outlet: 'Outlet',
      title: `A long headline number ${i} about the migration from TikTok to RedNote`,
      url: `https://example.com/${i}`,
      document: 'doc-1',
    }));
    const payload = renderSources(documents, references);
    const [articles, sources] = payload.embeds!;
    expect(articles?.description).toMatch(/\n…and \d+ more$/);
    expect(sources?.description).toMatch(/\n…and \d+ more$/);
    const total = payload.embeds!.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0), 0);
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  });

  it('GIVEN a mention in corpus text THEN it is inert and nobody is pinged', () => {
    const payload = renderSources([meta(1, { title: '@everyone look', publisher: '<@123456789012345678>' })], []);
    expect(payload.embeds![0]!.description).toBe('• **@\u200beveryone look** — <\u200b@123456789012345678>');
    expect(payload.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN markdown in a title THEN it is shown literally', () => {
    expect(renderSources([meta(1, { title: '*Breaking* news_now' })], []).embeds![0]!.description).toBe('• **\\*Breaking\\* news\\_now**');
  });
});
