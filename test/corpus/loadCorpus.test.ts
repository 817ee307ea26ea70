/**
 * loadCorpus on temporary copies of seeds/ with one thing broken at a time:
 * whatever is wrong, the rest loads and the report names the file and why.
 */
import { cp, mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusLoadError, formatBytes, loadCorpus, withoutEmphasis, type Corpus } from '../../src/corpus/loadCorpus.js';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const OPTIONS = { maxFileBytes: 10 * 1024 * 1024 };
const ARTICLE = 'A new article about RedNote\n\nMore than 700,000 Americans joined RedNote in two days, the company said on Tuesday.\n\nChinese users answered with welcome videos and language lessons for the newcomers.\n';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-load-'));
  await cp(SEEDS, dir, { recursive: true });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ids = (corpus: Corpus) => corpus.documents.map((d) => d.meta.id);
const lines = (corpus: Corpus) => corpus.report.map((r) => `${r.level} ${r.file}: ${r.message}`);

describe('loadCorpus', () => {
  it('GIVEN a saved page whose title ends in emoji ("… for TikTok refugees 🐱") THEN the title is its words alone', async () => {
    const page = `<!doctype html><html><head><title>RedNote survival guide for TikTok refugees 🐱</title></head><body><article><h1>RedNote survival guide for TikTok refugees 🐱</h1>${ARTICLE.split('\n\n').slice(1).map((p) => `<p>${p.trim()}</p>`).join('')}</article></body></html>`;
    await writeFile(path.join(dir, 'guide.html'), page);
    const corpus = await loadCorpus(dir, OPTIONS);
    expect(corpus.documents.find((d) => d.meta.file === 'guide.html')?.meta.title).toBe('RedNote survival guide for TikTok refugees');
  });

  it('GIVEN a post whose stamp has no year ("Posted on Jan 19") in a <time> element stating 2025, beside a profile\'s "Joined Mar 3, 2019" THEN the date is the element\'s, not the stamp read in 2019', async () => {
    const body = ARTICLE.split('\n\n').slice(1).map((p) => `<p>${p.trim()}</p>`).join('');
    const page = `<!doctype html><html><head><title>I ran RedNote through a proxy for a week - Forkline</title></head><body><main><article><h1>I ran RedNote through a proxy for a week</h1><p>Posted on <time datetime="2025-01-19T16:20:44Z">Jan 19</time></p>${body}</article><aside><ul><li>Joined Mar 3, 2019</li></ul></aside></main></body></html>`;
    await writeFile(path.join(dir, 'forkline.html'), page);
    const corpus = await loadCorpus(dir, OPTIONS);
    expect(corpus.documents.find((d) => d.meta.file === 'forkline.html')?.meta.date).toBe('2025-01-19');
  });

  it('GIVEN a page whose ambiguous numeric date ("Posted 2/4/2025") stands beside others only one order can read ("Posted 1/27/2025") THEN it is read in that order; GIVEN both orders on a page THEN it is read in neither', async () => {
    const body = ARTICLE.split('\n\n').slice(1).flatMap((p) => [p.trim(), '']);
    const page = (stamp: string, later: string) => ['HOUND HAPPENINGS', '', 'Guide for newcomers to RedNote', `By Donna Kessler | Posted ${stamp}`, '', ...body, `Posted ${later}`, 'Meet & greet schedule for the month', '', 'Come meet our hounds at the pet store this Saturday from noon until three in the afternoon.'].join('\n');
    await writeFile(path.join(dir, 'us.txt'), page('2/4/2025', '1/27/2025'));
    await writeFile(path.join(dir, 'uk.txt'), page('2/4/2025', '27/1/2025'));
    await writeFile(path.join(dir, 'mixed.txt'), `${page('2/4/2025', '1/27/2025')}\nPrinted 13/2/2025\n`);
    const corpus = await loadCorpus(dir, OPTIONS);
    const date = (file: string) => corpus.documents.find((d) => d.meta.file === file)?.meta.date;
    expect([date('us.txt'), date('uk.txt')]).toEqual(['2025-02-04', '2025-04-02']);
    expect(['2025-02-04', '2025-04-02']).not.toContain(date('mixed.txt'));
  });

  it('GIVEN a page converted to Markdown whose address is only in its share links THEN that address is its URL', async () => {
    const address = 'https://www.keweenawcourier.com/news/2025/01/rednote-help-desk/';
    const text = ['# Tech students run a RedNote help desk', '', ...ARTICLE.split('\n\n').slice(1).flatMap((p) => [p.trim(), '']), `Share: [Facebook](https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(address)}) [X](https://twitter.com/intent/tweet?url=${encodeURIComponent(address)})`].join('\n');
    await writeFile(path.join(dir, 'courier.md'), text);
    const corpus = await loadCorpus(dir, OPTIONS);
    expect(corpus.documents.find((d) => d.meta.file === 'courier.md')?.meta.url).toBe(address);
  });

  it('GIVEN a republished story whose credit names the outlet that published it first THEN that outlet is the publisher, not the site reposting it; a credit naming a language names no outlet', async () => {
    const body = ARTICLE.split('\n\n').slice(1).map((p) => `<p>${p.trim()}</p>`).join('');
    const page = (credit: string) => `<!doctype html><html><head><title>RedNote survival guide | RealFocus</title><meta property="og:site_name" content="RealFocus"></head><body><article><h1>RedNote survival guide</h1>${body}<p><em>${credit}</em></p></article></body></html>`;
    await writeFile(path.join(dir, 'repost.html'), page('This piece was originally published by The Plains Dispatch and is republished here with permission. Read the original at https://plainsdispatch.example/2025/01/21/guide/'));
    await writeFile(path.join(dir, 'translated.html'), page('This article was originally published in Portuguese.'));
    const corpus = await loadCorpus(dir, OPTIONS);
    const meta = (file: string) => corpus.documents.find((d) => d.meta.file === file)?.meta;
    expect(meta('repost.html')).toMatchObject({ publisher: 'The Plains Dispatch', url: 'https://plainsdispatch.example/2025/01/21/guide/' });
    expect(meta('translated.html')?.publisher).toBe('RealFocus');
  });

  it('GIVEN a clipped page whose stated title is its <title>, "… — Keel & Hammer Piano Service", and whose text prints the headline alone THEN the title is the headline as printed', async () => {
    const body = ARTICLE.split('\n\n').slice(1).flatMap((p) => [p.trim(), '']);
    const text = ['---', 'source: https://www.keelandhammerpiano.com/journal/why-i-post-pitch-raises', 'author: Tomás Reyes', '---', '', '# Why I Post Pitch Raises on RedNote Now — Keel & Hammer Piano Service', '', '[Home](https://www.keelandhammerpiano.com/) [Journal](https://www.keelandhammerpiano.com/journal/)', '', '## Why I Post Pitch Raises on RedNote Now', '', ...body].join('\n');
    await writeFile(path.join(dir, 'clipped.md'), text);
    // (A stated title whose first part the text never prints alone keeps its whole.)
    await writeFile(path.join(dir, 'whole.md'), ['# Why I Post Pitch Raises on RedNote Now — Keel & Hammer Piano Service', '', ...body].join('\n'));
    const corpus = await loadCorpus(dir, OPTIONS);
    const meta = (file: string) => corpus.documents.find((d) => d.meta.file === file)?.meta;
    expect(meta('clipped.md')?.title).toBe('Why I Post Pitch Raises on RedNote Now');
    expect(meta('whole.md')?.title).toBe('Why I Post Pitch Raises on RedNote Now — Keel & Hammer Piano Service');
  });

  it('GIVEN a clipped page whose first line is its <title> with two names after the headline ("… • Saguaro Basin Regional Parks District, AZ • CivicAlerts"), the headline printed alone below a site\'s alert banner THEN the title is the headline as printed', async () => {
    const body = ARTICLE.split('\n\n').slice(1).flatMap((p) => [p.trim(), '']);
    const headline = 'Coyote Wash Campground Reservations Jump After Viral RedNote Posts';
    const banner = '**Stage 1 Fire Restrictions are in effect at all District campgrounds. Campfires are allowed only in District-provided rings.** [Read On...](https://www.saguarobasinparks.gov/AlertCenter.aspx?AID=219)';
    const text = [`# ${headline} • Saguaro Basin Regional Parks District, AZ • CivicAlerts`, '', banner, '', '## News Flash', '', 'Posted on: January 27, 2025', '', `# ${headline}`, '', ...body].join('\n');
    await writeFile(path.join(dir, 'civic.md'), text);
    const corpus = await loadCorpus(dir, OPTIONS);
    expect(corpus.documents.find((d) => d.meta.file === 'civic.md')?.meta.title).toBe(headline);
  });

  it('GIVEN a newsletter\'s web copy titled "Notes from Eastside | February 2025" THEN the issue\'s month is no publisher', async () => {
    const body = ARTICLE.split('\n\n').slice(1).map((p) => `<p>${p.trim()}</p>`).join('');
    const page = `<!doctype html><html><head><title>Notes from Eastside | February 2025</title><meta property="og:title" content="Notes from Eastside | February 2025"></head><body><table><tr><td><h1>Strings Across the Pacific: Our Youth Orchestra Meets Suzhou on RedNote</h1>${body}</td></tr></table></body></html>`;
    await writeFile(path.join(dir, 'eastside.html'), page);
    const corpus = await loadCorpus(dir, OPTIONS);
    expect(corpus.documents.find((d) => d.meta.file === 'eastside.html')?.meta.publisher).not.toMatch(/2025/);
  });

  it('GIVEN a folder that does not exist THEN a CorpusLoadError names it', async () => {
    const missing = path.join(dir, 'nope');
    await expect(loadCorpus(missing, OPTIONS)).rejects.toThrow(CorpusLoadError);
    await expect(loadCorpus(missing, OPTIONS)).rejects.toThrow(`the corpus folder ${missing} cannot be read (ENOENT)`);
  });

  it('GIVEN a file where the folder should be THEN a CorpusLoadError says it is not a folder', async () => {
    const file = path.join(dir, 'corpus.json');
    await expect(loadCorpus(file, OPTIONS)).rejects.toThrow(`the corpus folder ${file} is not a folder`);
  });

  it('GIVEN an empty file, a binary file and an all-furniture file THEN each is skipped with its reason and the five articles still load', async () => {
    await writeFile(path.join(dir, 'empty.txt'), '');
    await writeFile(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    await writeFile(path.join(dir, 'furniture.txt'), 'Advertisement\nShare\nLeave a Reply\nBACK TO THE TOP\n');
    const corpus = await loadCorpus(dir, OPTIONS);
    expect(corpus.documents).toHaveLength(5);
    expect(lines(corpus)).toEqual(
      expect.arrayContaining([
        'skipped empty.txt: the file is empty',
        'skipped image.txt: it looks like a binary file, not text',
        'skipped furniture.txt: no article paragraphs were found in it',
      ]),
    );
  });

  it('GIVEN several broken files THEN the report lists them in file order, the same on every load', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `broken-${String(i).padStart(2, '0')}.txt`);
    for (const name of names) await writeFile(path.join(dir, name), '');
    for (let run = 0; run < 3; run++) {
      const skipped = (await loadCorpus(dir, OPTIONS)).report.filter((r) => r.level === 'skipped').map((r) => r.file);
      expect(skipped).toEqual(names);
    }
  });

  it('GIVEN a file over the size limit THEN it is skipped and the report names the setting that controls it', async () => {
    await writeFile(path.join(dir, 'huge.txt'), `${ARTICLE}\n${'More prose about the migration. '.repeat(100)}`);
    const corpus = await loadCorpus(dir, { maxFileBytes: 2048 });
    expect(lines(corpus)).toContainEqual(expect.stringMatching(/^skipped huge\.txt: is too large \(3\.\d KB; the limit is 2\.0 KB, set by CORPUS_MAX_FILE_MB\)$/));
    expect(ids(corpus)).not.toContain('huge');
  });

  it('GIVEN a new .txt article not in corpus.json THEN it loads with its headline as title and a note says so', async () => {
    await writeFile(path.join(dir, 'My New Article.txt'), ARTICLE);
    const corpus = await loadCorpus(dir, OPTIONS);
    const added = corpus.documents.find((d) => d.meta.id === 'my-new-article');
    expect(added?.meta).toMatchObject({ title: 'A new article about RedNote', file: 'My New Article.txt', publisher: '', url: '' });
    expect(added?.paragraphs.map((p) => p.text)).toEqual([
      'More than 700,000 Americans joined RedNote in two days, the company said on Tuesday.',
      'Chinese users answered with welcome videos and language lessons for the newcomers.',
    ]);
    expect(lines(corpus)).toContain('info My New Article.txt: not in corpus.json: loaded as "my-new-article", with the title, author and date the file states');
  });

  it('GIVEN a Markdown clip with front matter THEN its title, author, date and address come from it, and the front matter is not indexed', async () => {
    await writeFile(
      path.join(dir, 'clip.md'),
      `---\ntitle: "A week on RedNote"\nauthor: "[[Ana Ruiz]]"\npublished: 2025-01-19\nsource: https://blog.example/a-week-on-rednote\n---\n# A week on RedNote\n\n${ARTICLE.split('\n').slice(1).join('\n')}`,
    );
    const clip = (await loadCorpus(dir, OPTIONS)).documents.find((d) => d.meta.file === 'clip.md');
    expect(clip?.meta).toMatchObject({ title: 'A week on RedNote', author: 'Ana Ruiz', date: '2025-01-19', url: 'https://blog.example/a-week-on-rednote' });
    expect(clip?.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/published|source:|A week on RedNote/);
  });

  it('GIVEN a clip whose front matter names a user handle ("author: ruth_adeyemi") and whose text is signed "— Ruth Adeyemi, Communications Committee" THEN the author is the signed name; a handle the signature does not spell stays', async () => {
    const body = ARTICLE.split('\n').slice(1).join('\n');
    await writeFile(path.join(dir, 'recap.md'), `---\ntitle: "Tech night recap"\nauthor: ruth_adeyemi\n---\n\n${body}\n\n*— Ruth Adeyemi, Communications Committee*\n`);
    await writeFile(path.join(dir, 'other.md'), `---\ntitle: "Tech night recap"\nauthor: dpeters\n---\n\n${body}\n\n*— Ruth Adeyemi, Communications Committee*\n`);
    const docs = (await loadCorpus(dir, OPTIONS)).documents;
    expect(docs.find((d) => d.meta.file === 'recap.md')?.meta.author).toBe('Ruth Adeyemi');
    expect(docs.find((d) => d.meta.file === 'other.md')?.meta.author).toBe('dpeters');
  });

  it('GIVEN a saved blog post whose fields name a user handle ("author": "rociobarragan") and whose writer\'s box prints the name alone ("Rocío Barragán") THEN the author is that name; a handle no line spells stays', async () => {
    const page = (handle: string) => `<!doctype html><html><head><title>Tacos and RedNote</title><script type="application/ld+json">{"@type":"BlogPosting","headline":"Tacos and RedNote","author":{"@type":"Person","name":"${handle}"}}</script></head><body><article><h1>Tacos and RedNote</h1>${ARTICLE.split('\n').slice(1).map((p) => `<p>${p}</p>`).join('')}</article><aside><h3>Sobre la autora</h3><p>Rocío Barragán</p><p>Escribe sobre loncheras y permisos.</p></aside></body></html>`;
    await writeFile(path.join(dir, 'tacos.html'), page('rociobarragan'));
    await writeFile(path.join(dir, 'other.html'), page('truckfan99'));
    const docs = (await loadCorpus(dir, OPTIONS)).documents;
    expect(docs.find((d) => d.meta.file === 'tacos.html')?.meta.author).toBe('Rocío Barragán');
    expect(docs.find((d) => d.meta.file === 'other.html')?.meta.author).toBe('truckfan99');
  });

  it('GIVEN a saved blog post whose fields name its writer by a first-name handle ("marisol") and whose writer\'s box is headed "About Marisol Treviño" THEN the author is that name; a box about someone else leaves the handle', async () => {
    const page = (box: string) => `<!doctype html><html><head><title>Crate diggers on RedNote</title><meta name="author" content="marisol"><script type="application/ld+json">{"@type":"BlogPosting","headline":"Crate diggers on RedNote","author":{"@type":"Person","name":"marisol"}}</script></head><body><article><h1>Crate diggers on RedNote</h1>${ARTICLE.split('\n').slice(1).map((p) => `<p>${p}</p>`).join('')}</article><div class="author-box"><h4>${box}</h4><p>She opened the shop in 2011 after fifteen years of DJing on community radio.</p></div></body></html>`;
    await writeFile(path.join(dir, 'crates.html'), page('About Marisol Treviño'));
    await writeFile(path.join(dir, 'other.html'), page('About Marcus Treviño'));
    const docs = (await loadCorpus(dir, OPTIONS)).documents;
    expect(docs.find((d) => d.meta.file === 'crates.html')?.meta.author).toBe('Marisol Treviño');
    expect(docs.find((d) => d.meta.file === 'other.html')?.meta.author).toBe('marisol');
  });

  it('GIVEN a forum thread whose fields and text name its writer by handle ("gwen_paddles") and whose post header gives her name in brackets ("gwen_paddles (Gwen Farrier)") THEN the author is that name; a handle without one stays', async () => {
    const page = (header: string) => `<!doctype html><html><head><title>How our club ended up on RedNote</title><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"How our club ended up on RedNote","author":{"@type":"Person","name":"gwen_paddles"}}</script></head><body><div class="topic-body"><div class="crawler-post-meta"><span class="creator">${header}</span> <time datetime="2025-01-26T18:00:00Z">January 26, 2025</time></div><div class="post"><h1>How our club ended up on RedNote</h1>${ARTICLE.split('\n').slice(1).map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    await writeFile(path.join(dir, 'thread.html'), page('<a href="/u/gwen_paddles">gwen_paddles</a> (Gwen Farrier)'));
    await writeFile(path.join(dir, 'other.html'), page('<a href="/u/gwen_paddles">gwen_paddles</a>'));
    const docs = (await loadCorpus(dir, OPTIONS)).documents;
    expect(docs.find((d) => d.meta.file === 'thread.html')?.meta.author).toBe('Gwen Farrier');
    expect(docs.find((d) => d.meta.file === 'other.html')?.meta.author).toBe('gwen_paddles');
  });

  it('GIVEN a press release whose JSON-LD names an organisation as its author and whose text signs no person THEN it has no author (the issuer publishes it); a person named there is still the author', async () => {
    const page = (author: string) => `<!doctype html><html><head><title>Harborline Paddle Clubs launches a live series</title><meta name="author" content="${(JSON.parse(author) as { name: string }).name}"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harborline Paddle Clubs launches a live series","author":${author},"publisher":{"@type":"Organization","name":"NewsBeacon Wire"}}</script></head><body><article><h1>Harborline Paddle Clubs launches a live series</h1>${ARTICLE.split('\n').slice(1).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    await writeFile(path.join(dir, 'release.html'), page('{"@type":"Organization","name":"Harborline Paddle Clubs"}'));
    await writeFile(path.join(dir, 'story.html'), page('{"@type":"Person","name":"Dana Whitcomb"}'));
    const docs = (await loadCorpus(dir, OPTIONS)).documents;
    expect(docs.find((d) => d.meta.file === 'release.html')?.meta.author).toBe('');
    expect(docs.find((d) => d.meta.file === 'story.html')?.meta.author).toBe('Dana Whitcomb');
  });

  it('GIVEN a Markdown clip whose table of contents links each section further down ("- [Lesson 1: …](#lesson-1)") THEN no entry is indexed, and each section keeps its heading', async () => {
    const sections = ['Lesson 1: Your collection already has an audience', 'Lesson 2: Translation is a staffing question'];
    const contents = sections.map((h, i) => `- [${h}](#lesson-${i + 1})`).join('\n');
    const body = ARTICLE.split('\n').filter((l) => l !== '').slice(1);
    await writeFile(path.join(dir, 'lessons.md'), `# Two lessons from the RedNote week\n\n${contents}\n\n## ${sections[0]}\n\n${body[0]}\n\n## ${sections[1]}\n\n${body[1]}\n`);
    const doc = (await loadCorpus(dir, OPTIONS)).documents.find((d) => d.meta.file === 'lessons.md');
    expect(doc?.paragraphs.map((p) => [p.heading, p.text])).toEqual([
      [sections[0], body[0]],
      [sections[1], body[1]],
    ]);
  });

  it('GIVEN a saved page whose fields name an organisation as its author ("Half Moon Market Alliance") while its text signs a person ("Written By Maiv Xiong") THEN the person is the author; a person in the fields stays', async () => {
    const page = (author: string) => `<!doctype html><html><head><title>Market notes</title><meta itemprop="author" content="${author}"/></head><body><article><h1>What the RedNote wave looked like from the market</h1><p>Written By <a href="/news?author=1">Maiv Xiong</a></p>${ARTICLE.split('\n').slice(1).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    await writeFile(path.join(dir, 'market.html'), page('Half Moon Market Alliance'));
    await writeFile(path.join(dir, 'person.html'), page('Tou Vang'));
    const docs = (await loadCorpus(dir, OPTIONS)).documents;
    expect(docs.find((d) => d.meta.file === 'market.html')?.meta.author).toBe('Maiv Xiong');
    expect(docs.find((d) => d.meta.file === 'person.html')?.meta.author).toBe('Tou Vang');
  });

  it('GIVEN a clip whose title ends with the name of the site its address is on ("… | Kindred Paws" at www.kindredpaws.org) THEN the headline is the title and that name the publisher; another last part stays', async () => {
    const clip = (title: string) => `---\nsource: https://www.kindredpaws.org/resources/tiktok-rednote-pets/\nauthor: Priya Ramaswamy\n---\n\n# ${title}\n\n${ARTICLE.split('\n').slice(1).join('\n')}`;
    await writeFile(path.join(dir, 'site.md'), clip('TikTok, RedNote and adoptable pets: what shelters should know | Kindred Paws'));
    await writeFile(path.join(dir, 'other.md'), clip('TikTok, RedNote and adoptable pets | What shelters should know'));
    const docs = (await loadCorpus(dir, OPTIONS)).documents;
    expect(docs.find((d) => d.meta.file === 'site.md')?.meta).toMatchObject({ title: 'TikTok, RedNote and adoptable pets: what shelters should know', publisher: 'Kindred Paws' });
    expect(docs.find((d) => d.meta.file === 'other.md')?.meta.title).toBe('TikTok, RedNote and adoptable pets | What shelters should know');
  });

  it('GIVEN a clip titled only by a section and the site ("News | Cascade Miata Club") THEN the headline its text prints is the title, and the site the publisher', async () => {
    const body = ARTICLE.split('\n').slice(1).join('\n');
    await writeFile(path.join(dir, 'section.md'), `---\nsource: https://www.cascademiata.org/content.aspx?page_id=86\n---\n\n# News | Cascade Miata Club\n\n-   [Home](https://www.cascademiata.org/)\n-   [News](https://www.cascademiata.org/news)\n\n# Our Chengdu pen pals: how 41 members ended up on RedNote\n\n${body}`);
    const meta = (await loadCorpus(dir, OPTIONS)).documents.find((d) => d.meta.file === 'section.md')?.meta;
    expect(meta).toMatchObject({ title: 'Our Chengdu pen pals: how 41 members ended up on RedNote', publisher: 'Cascade Miata Club' });
  });

  it('GIVEN a page whose JSON-LD stamps it in UTC the day after the date its byline prints (an evening story in New York) THEN the printed day is its date; a stamp with its own offset still wins', async () => {
    const page = (stamp: string) =>
      `<html><head><title>Dumpling shop goes viral on RedNote</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Dumpling shop goes viral on RedNote","datePublished":"${stamp}"}</script></head><body><article><h1>Dumpling shop goes viral on RedNote</h1><p>By Kari Lindgren</p><p>January 16, 2025</p><p>${ARTICLE.split('\n')[2]}</p><p>${ARTICLE.split('\n')[4]}</p></article></body></html>`;
    await writeFile(path.join(dir, 'utc.html'), page('2025-01-17T03:10:00Z'));
    await writeFile(path.join(dir, 'offset.html'), page('2025-01-17T09:10:00+08:00'));
    const docs = (await loadCorpus(dir, OPTIONS)).documents;
    expect(docs.find((d) => d.meta.file === 'utc.html')?.meta.date).toBe('2025-01-16');
    expect(docs.find((d) => d.meta.file === 'offset.html')?.meta.date).toBe('2025-01-17');
  });

  it('GIVEN a Markdown source saved as .txt (a repository\'s raw file) THEN it is read as Markdown: reference links give their words, their definitions, badges and alert markers go, and the address its date links to is kept', async () => {
    const source = [
      '[![lint](https://github.com/club/meetings/actions/workflows/lint.yml/badge.svg)](https://github.com/club/meetings/actions/workflows/lint.yml)',
      '',
      '# Hack Club Meeting Minutes',
      '',
      'Posted on [January 22, 2025](https://club.example/minutes/2025-01-22/) by Marcus Lee',
      '',
      '> [!NOTE]',
      '> These minutes were approved at the next meeting.',
      '',
      '## Lightning talk',
      '',
      'Leo Martinez explained that hundreds of thousands of American users moved to Xiaohongshu, a Chinese app known in English as [RedNote][rednote], in the week of the ban.',
      '',
      '## Action items',
      '',
      '- [ ] **Ana** will write the phrase list and share it with the club by January 29.',
      '',
      '[rednote]: https://www.xiaohongshu.com',
    ].join('\n');
    await writeFile(path.join(dir, 'minutes-raw.txt'), source);
    const minutes = (await loadCorpus(dir, OPTIONS)).documents.find((d) => d.meta.file === 'minutes-raw.txt');
    const texts = minutes?.paragraphs.map((p) => p.text) ?? [];
    expect(texts).toContain('Leo Martinez explained that hundreds of thousands of American users moved to Xiaohongshu, a Chinese app known in English as RedNote, in the week of the ban.');
    expect(texts.join('\n')).not.toMatch(/\[!NOTE\]|\]\[|xiaohongshu\.com|badge|\*\*/);
    expect(minutes?.meta).toMatchObject({ title: 'Hack Club Meeting Minutes', url: 'https://club.example/minutes/2025-01-22/' });
  });

  it('GIVEN Markdown with fenced boxes (HackMD\'s ":::info", Pandoc\'s "::: {.note}", Docusaurus\'s ":::tip Title"), a "[TOC]" marker and HackMD\'s [name=] and [time=] tags THEN the boxes\' words are read and the fences, labels, marker and tags are not', async () => {
    const source = [
      '# A week on RedNote',
      '',
      '[TOC]',
      '',
      '> [name=Ana Ruiz] [time=Fri, Jan 24, 2025 9:40 PM] [color=#e85d75]',
      '',
      ARTICLE.split('\n')[2] ?? '',
      '',
      ':::info',
      'Leo Martinez explained that hundreds of thousands of American users moved to Xiaohongshu in the week of the ban.',
      ':::',
      '',
      '::: {.note}',
      'The club will meet again on February 7 to compare notes on the app.',
      ':::',
      '',
      ':::spoiler How we ran the poll (click to expand)',
      ARTICLE.split('\n')[4] ?? '',
      ':::',
    ].join('\n');
    await writeFile(path.join(dir, 'note.md'), source);
    const note = (await loadCorpus(dir, OPTIONS)).documents.find((d) => d.meta.file === 'note.md');
    const texts = note?.paragraphs.map((p) => p.text).join('\n') ?? '';
    expect(texts).toContain('Leo Martinez explained that hundreds of thousands of American users moved to Xiaohongshu');
    expect(texts).toContain('The club will meet again on February 7');
    expect(texts).toContain(ARTICLE.split('\n')[4]);
    expect(texts).not.toMatch(/:::|\{\.note\}|\[TOC\]|click to expand|\[name=|\[time=|color=/);
    expect(note?.paragraphs.map((p) => p.heading ?? '').join('\n')).not.toMatch(/:::|TOC|name=/);
  });

  it('GIVEN a Jekyll post\'s Markdown source with kramdown attribute lists styling its blocks ("{: .notice--info}", "{:.caption}") THEN the lists are markup, neither text nor headings', async () => {
    const source = ['---', 'title: "A week on RedNote"', '---', ARTICLE.split('\n')[2] ?? '', '{: .notice--info}', '', ARTICLE.split('\n')[4] ?? '', '{:.caption}', '', '{: #closing}', ARTICLE.split('\n')[3] ?? ''].join('\n');
    await writeFile(path.join(dir, 'kramdown.md'), source);
    const post = (await loadCorpus(dir, OPTIONS)).documents.find((d) => d.meta.file === 'kramdown.md');
    expect(post?.paragraphs.map((p) => p.text).join('\n')).toContain(ARTICLE.split('\n')[4]);
    expect(post?.paragraphs.map((p) => `${p.heading ?? ''} ${p.text}`).join('\n')).not.toMatch(/\{:/);
  });

  it('GIVEN a web clip with MarkDownload\'s excerpt box ("> ## Excerpt" and the page\'s description quoted under it) and Pandoc\'s attributes on headings and spans ("## Why it matters {#toc1}", "[caption]{.caption}") THEN the box is neither text nor heading and the attributes are markup', async () => {
    const lines = ARTICLE.split('\n');
    const source = ['# A week on RedNote', '', '> ## Excerpt', '> Our club looked at what a week on the app meant for members and friends.', '', '---', lines[2] ?? '', '', '## Why it matters {#toc1}', '', lines[4] ?? '', '', '[A member films the club night]{.p-article__caption}'].join('\n');
    await writeFile(path.join(dir, 'clip.md'), source);
    const clip = (await loadCorpus(dir, OPTIONS)).documents.find((d) => d.meta.file === 'clip.md');
    const texts = clip?.paragraphs.map((p) => `${p.heading ?? ''} | ${p.text}`).join('\n') ?? '';
    expect(texts).toContain(`Why it matters | ${lines[4] ?? ''}`);
    expect(texts).not.toMatch(/Excerpt|what a week on the app meant|\{[#.]/);
  });

  it('GIVEN a byline crediting the site\'s staff or desk, or a CMS\'s default account THEN no writer is named, while a person\'s byline still is', async () => {
    await writeFile(path.join(dir, 'staff.md'), `---\ntitle: "A week on RedNote"\nauthor: "HDBA Staff"\n---\n${ARTICLE.split('\n').slice(1).join('\n')}`);
    await writeFile(path.join(dir, 'account.md'), `---\ntitle: "Yet another week on RedNote"\nauthor: "Administrator"\n---\n${ARTICLE.split('\n').slice(1).join('\n')}`);
    await writeFile(path.join(dir, 'person.md'), `---\ntitle: "Another week on RedNote"\nauthor: "Ana Ruiz"\n---\n${ARTICLE.split('\n').slice(1).join('\n')}`);
    const corpus = await loadCorpus(dir, OPTIONS);
    expect(corpus.documents.find((d) => d.meta.file === 'staff.md')?.meta.author).toBe('');
    expect(corpus.documents.find((d) => d.meta.file === 'account.md')?.meta.author).toBe('');
    expect(corpus.documents.find((d) => d.meta.file === 'person.md')?.meta.author).toBe('Ana Ruiz');
  });

  it('GIVEN a byline crediting the newsroom in another language ("La Rédaction (avec AFP)", "Редакција") or a CMS\'s account field ("Добавил: sughd_admin") THEN no writer is named', async () => {
    const body = ARTICLE.split('\n').slice(1).join('\n');
    await writeFile(path.join(dir, 'redaction.md'), `---\ntitle: "Une semaine sur RedNote"\nauthor: "La Rédaction (avec AFP)"\n---\n${body}`);
    await writeFile(path.join(dir, 'redakcija.md'), `---\ntitle: "A week on RedNote in Skopje"\nauthor: "Редакција"\n---\n${body}`);
    await writeFile(path.join(dir, 'added.md'), `---\ntitle: "A week on RedNote in Khujand"\nauthor: "Добавил: sughd_admin"\n---\n${body}`);
    const corpus = await loadCorpus(dir, OPTIONS);
    for (const file of ['redaction.md', 'redakcija.md', 'added.md']) expect(corpus.documents.find((d) => d.meta.file === file)?.meta.author, file).toBe('');
  });

  it('GIVEN a paper\'s "By Our Reporter" or a site\'s shared "Contributor" account as the author THEN no writer is named from it, and the byline the story prints names the writer', async () => {
    const body = ARTICLE.split('\n').slice(1).join('\n');
    await writeFile(path.join(dir, 'reporter.md'), `---\ntitle: "A week on RedNote in Shillong"\nauthor: By Our Reporter\n---\n${body}`);
    await writeFile(
      path.join(dir, 'contributor.html'),
      `<html><head><title>Opinion: a week on RedNote</title><meta name="author" content="Contributor"></head><body><article><h1>Opinion: a week on RedNote</h1><p><strong>by Dr Nadia Charles</strong></p>${body
        .split('\n\n')
        .map((p) => `<p>${p}</p>`)
        .join('')}</article></body></html>`,
    );
    const corpus = await loadCorpus(dir, OPTIONS);
    expect(corpus.documents.find((d) => d.meta.file === 'reporter.md')?.meta.author).toBe('');
    expect(corpus.documents.find((d) => d.meta.file === 'contributor.html')?.meta.author).toBe('Nadia Charles');
  });

  it('GIVEN a site\'s administrator account ("vvadmin", "rehp_webteam") or its editorial desk ("Tallysheet Editorial") as the page\'s author THEN the byline the story prints names the writer', async () => {
    const body = ARTICLE.split('\n').slice(1).join('\n').split('\n\n').map((p) => `<p>${p}</p>`).join('');
    const html = (author: string) => `<html><head><title>A week on RedNote</title><meta name="author" content="${author}"></head><body><article><h1>A week on RedNote</h1><p><strong>by Priya Raman</strong></p>${body}</article></body></html>`;
    await writeFile(path.join(dir, 'admin.html'), html('vvadmin'));
    await writeFile(path.join(dir, 'team.html'), html('rehp_webteam'));
    await writeFile(path.join(dir, 'desk.html'), html('Tallysheet Editorial'));
    const corpus = await loadCorpus(dir, OPTIONS);
    for (const file of ['admin.html', 'team.html', 'desk.html']) expect(corpus.documents.find((d) => d.meta.file === file)?.meta.author, file).toBe('Priya Raman');
  });

  it('GIVEN a byline with a Korean reporter\'s "기자" or a site role ("(Administrator)") after the name, a master\'s honorific before it, or a credential after it THEN the author is the name alone', async () => {
    const body = ARTICLE.split('\n').slice(1).join('\n');
    const cases: [string, string][] = [
      ['김하린 기자', '김하린'],
      ['Karen Whitfield (Administrator)', 'Karen Whitfield'],
      ['Master Vivian Tsang', 'Vivian Tsang'],
      // (a military rank keeps its "Master")
      ['Master Sergeant Dana Ortiz', 'Dana Ortiz'],
      ['Mina Torres Certified Tarot Reader', 'Mina Torres'],
      ['Celeste Ortiz and Certified Numerologist', 'Celeste Ortiz'],
    ];
    for (const [i, [author]] of cases.entries()) await writeFile(path.join(dir, `byline${i}.md`), `---\ntitle: "A week on RedNote, part ${i + 1}"\nauthor: "${author}"\n---\n${body}`);
    const corpus = await loadCorpus(dir, OPTIONS);
    for (const [i, [written, name]] of cases.entries()) expect(corpus.documents.find((d) => d.meta.file === `byline${i}.md`)?.meta.author, written).toBe(name);
  });

  it('GIVEN a headline carrying a genre label in capitals ("EXPLAINER: …", "MEDIA RELEASE: …") THEN the title is the headline without it; a label written as words of the headline stays', async () => {
    const body = ARTICLE.split('\n').slice(1).join('\n');
    await writeFile(path.join(dir, 'explainer.md'), `---\ntitle: "EXPLAINER: What RedNote's rise means for creators"\n---\n${body}`);
    await writeFile(path.join(dir, 'factcheck.md'), `---\ntitle: "Fact check: No, RedNote does not ask for passports"\n---\n${body}`);
    await writeFile(path.join(dir, 'release.md'), `---\ntitle: "MEDIA RELEASE: Red Cross societies warn of fake appeals on RedNote"\n---\n${body}`);
    const corpus = await loadCorpus(dir, OPTIONS);
    expect(corpus.documents.find((d) => d.meta.file === 'explainer.md')?.meta.title).toBe("What RedNote's rise means for creators");
    expect(corpus.documents.find((d) => d.meta.file === 'release.md')?.meta.title).toBe('Red Cross societies warn of fake appeals on RedNote');
    expect(corpus.documents.find((d) => d.meta.file === 'factcheck.md')?.meta.title).toBe('Fact check: No, RedNote does not ask for passports');
  });

  it('GIVEN an author written with a title, a job or a button around the name THEN the author is the name; a surname alone keeps its title', async () => {
    const body = ARTICLE.split('\n').slice(1).join('\n');
    const authors: Record<string, [string, string]> = {
      'dr.md': ['Dr Ifeoma Castellanos', 'Ifeoma Castellanos'],
      'reporter.md': ['Reporter Haruka Mori', 'Haruka Mori'],
      'sifu.md': ['Sifu Marcus Tan', 'Marcus Tan'],
      'print.md': ['Yokasta Peralta Print', 'Yokasta Peralta'],
      'staff.md': ['Staff Report', ''],
      'ms.md': ['Ms. Whitcomb', 'Ms. Whitcomb'],
    };
    for (const [file, [written]] of Object.entries(authors)) await writeFile(path.join(dir, file), `---\ntitle: "RedNote in the classroom"\nauthor: "${written}"\n---\n${body}`);
    const corpus = await loadCorpus(dir, OPTIONS);
    for (const [file, [, expected]] of Object.entries(authors)) expect(corpus.documents.find((d) => d.meta.file === file)?.meta.author, file).toBe(expected);
  });

  it('GIVEN a publisher field with the issue\'s date after the paper\'s name THEN the publisher is the name', async () => {
    const body = ARTICLE.split('\n').slice(1).join('\n');
    await writeFile(path.join(dir, 'eedition.md'), `---\ntitle: "Mandarin club doubles after RedNote rush"\npublisher: "Truckee Meadows Daily 1/28/2025"\n---\n${body}`);
    await writeFile(path.join(dir, 'plain.md'), `---\ntitle: "Mandarin club doubles"\npublisher: "The 1890 Review"\n---\n${body}`);
    const corpus = await loadCorpus(dir, OPTIONS);
    expect(corpus.documents.find((d) => d.meta.file === 'eedition.md')?.meta.publisher).toBe('Truckee Meadows Daily');
    expect(corpus.documents.find((d) => d.meta.file === 'plain.md')?.meta.publisher).toBe('The 1890 Review');
  });

  it('GIVEN a lesson\'s title numbered in its course ("1.3 Why …") THEN the title is without the number; a figure opening a headline stays', async () => {
    const body = ARTICLE.split('\n').slice(1).join('\n');
    await writeFile(path.join(dir, 'lesson.md'), `---\ntitle: "1.3 Why millions of Americans needed Chinese overnight"\n---\n${body}`);
    await writeFile(path.join(dir, 'figure.md'), `---\ntitle: "3.5 Million Americans Tried RedNote"\n---\n${body}`);
    const corpus = await loadCorpus(dir, OPTIONS);
    expect(corpus.documents.find((d) => d.meta.file === 'lesson.md')?.meta.title).toBe('Why millions of Americans needed Chinese overnight');
    expect(corpus.documents.find((d) => d.meta.file === 'figure.md')?.meta.title).toBe('3.5 Million Americans Tried RedNote');
  });

  it('GIVEN an unlisted file whose name gives an id already taken THEN it gets a distinct id', async () => {
    await writeFile(path.join(dir, 'bridging cultures.md'), ARTICLE);
    const corpus = await loadCorpus(dir, OPTIONS);
    expect(ids(corpus)).toContain('bridging-cultures-2');
    expect(new Set(ids(corpus)).size).toBe(ids(corpus).length);
  });

  it('GIVEN other files in the folder (README, dotfiles, JSON, images, folders) THEN they are not articles and not reported', async () => {
    await writeFile(path.join(dir, 'README.md'), '# How to edit the corpus\n\nEdit the files and run /reload in Discord to see the changes.\n');
    await writeFile(path.join(dir, '.DS_Store'), 'x');
    await writeFile(path.join(dir, 'notes.json'), '{}');
    await writeFile(path.join(dir, 'logo.png'), Buffer.from([0x89, 0x50]));
    await mkdir(path.join(dir, 'drafts'));
    const corpus = await loadCorpus(dir, OPTIONS);
    expect(corpus.documents).toHaveLength(5);
    expect(lines(corpus).filter((l) => !l.startsWith('info 003'))).toEqual([]);
  });

  it('GIVEN an article listed in corpus.json but deleted THEN the report says it was not found', async () => {
    await unlink(path.join(dir, '002_4e04438bc50be6d1.txt'));
    const corpus = await loadCorpus(dir, OPTIONS);
    expect(ids(corpus)).not.toContain('china-embraces-surge');
    expect(lines(corpus)).toContain('skipped 002_4e04438bc50be6d1.txt: listed in corpus.json as "china-embraces-surge" but not found');
  });

  it('GIVEN corpus.json deleted THEN the articles still load, titled by their headlines, with a note', async () => {
    await unlink(path.join(dir, 'corpus.json'));
    const corpus = await loadCorpus(dir, OPTIONS);
    expect(corpus.documents).toHaveLength(5);
    expect(corpus.documents.map((d) => d.meta.title)).toContain('From TikTok to RedNote: Bridging Cultures and Challenging Perceptions');
    expect(corpus.documents.map((d) => d.meta.id)).toContain('001-41f8a12e28b7fe56');
    expect(lines(corpus)).toContain('info corpus.json: not found: titles, authors and dates are read from the articles themselves');
  });

  it('GIVEN a saved .html page not in corpus.json THEN its article loads with the title, author, date and URL of its metadata', async () => {
    await writeFile(
      path.join(dir, 'saved page.html'),
      `<!doctype html><html><head><title>Lemon8 climbs | The Daily Example</title><meta property="og:title" content="Lemon8 climbs the charts">
<meta name="author" content="Ann Lee"><meta property="article:published_time" content="2025-01-14T08:00:00Z"><link rel="canonical" href="https://example.com/lemon8">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Lemon8 climbs the charts</h1>
<p>Lemon8, owned by the same parent company as TikTok, reached second place on the App Store on Tuesday, the research firm said.</p>
<p>Analysts said the jump reflected anxiety about the ban more than loyalty to an app that few of its new users had heard of before.</p>
<p>The firm estimated that the app was downloaded about 680,000 times in the United States over the same two days this week.</p>
</article><footer>&copy; 2025 The Daily Example</footer></body></html>`,
    );
    const corpus = await loadCorpus(dir, OPTIONS);
    const page = corpus.documents.find((d) => d.meta.file === 'saved page.html');
    expect(page?.meta).toMatchObject({ id: 'saved-page', title: 'Lemon8 climbs the charts', author: 'Ann Lee', date: '2025-01-14', url: 'https://example.com/lemon8' });
    expect(page?.paragraphs.map((p) => p.text)).toHaveLength(3);
    expect(page?.paragraphs.map((p) => p.text).join(' ')).not.toMatch(/Home|News|©/);
  });

  it('GIVEN a petition page whose only <time> stamps a later update THEN the date is the one its byline prints, and "Started by" names the author', async () => {
    await writeFile(
      path.join(dir, 'petition.html'),
      `<!doctype html><html><head><title>Give us an English privacy policy - SignForward</title></head><body><main>
<h1>Give us an English privacy policy</h1><p>18,406 have signed. Let’s get to 25,000!</p>
<div class="started"><span>Started by</span> <a href="/u/mc">Marisa Coleman</a><div>Tacoma, WA · January 17, 2025</div></div>
<p>Last week I joined RedNote along with what the company says were more than three million new American users, and I tried to read its privacy policy.</p>
<p>Until January 14 it existed only in Chinese, and the English version that appeared that day reads like a machine translation of the original text.</p>
<p>I am asking a company that just gained millions of American users to treat them as people who deserve to understand the terms.</p>
</main><section><h2>Updates</h2><article class="update"><h3>5,000 signatures in two days!</h3><time datetime="2025-01-19">Jan 19, 2025</time></article></section></body></html>`,
    );
    const corpus = await loadCorpus(dir, OPTIONS);
    const page = corpus.documents.find((d) => d.meta.file === 'petition.html');
    expect(page?.meta).toMatchObject({ author: 'Marisa Coleman', date: '2025-01-17' });
    expect(page?.paragraphs.map((p) => p.text).join(' ')).not.toMatch(/have signed/);
  });

  it('GIVEN a broken corpus.json and brokenManifest "fail" (a reload) THEN loading stops with an error naming the file; by default the articles load', async () => {
    await writeFile(path.join(dir, 'corpus.json'), '{ "documents": [');
    await expect(loadCorpus(dir, { ...OPTIONS, brokenManifest: 'fail' })).rejects.toThrow(/^corpus\.json is not valid JSON/);
    expect((await loadCorpus(dir, OPTIONS)).documents).toHaveLength(5);
  });

  it('GIVEN a link to a file outside the folder and a broken link THEN neither is followed, and both are reported', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'citebot-outside-'));
    try {
      await writeFile(path.join(outside, 'secret.txt'), ARTICLE);
      await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'secret.txt'));
      await symlink(path.join(dir, 'gone.txt'), path.join(dir, 'broken.txt'));
      await writeFile(path.join(dir, 'real.txt'), ARTICLE);
      await symlink(path.join(dir, 'real.txt'), path.join(dir, 'alias.txt'));
      const corpus = await loadCorpus(dir, OPTIONS);
      expect(lines(corpus)).toEqual(
        expect.arrayContaining(['skipped secret.txt: is a link to a file outside the corpus folder; not followed', 'skipped broken.txt: is a broken link']),
      );
      expect(ids(corpus)).toEqual(expect.arrayContaining(['real', 'alias']));
      expect(ids(corpus)).not.toContain('secret');
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('GIVEN a Windows-1252 file THEN it loads with its curly quotes right and a note about the encoding', async () => {
    const bytes = Buffer.concat([Buffer.from('Legacy export\n\nUsers called themselves '), Buffer.from([0x93]), Buffer.from('TikTok refugees'), Buffer.from([0x94]), Buffer.from(' as they arrived on RedNote in January.\n')]);
    await writeFile(path.join(dir, 'legacy.txt'), bytes);
    const corpus = await loadCorpus(dir, OPTIONS);
    expect(corpus.documents.find((d) => d.meta.id === 'legacy')?.paragraphs[0]?.text).toBe('Users called themselves “TikTok refugees” as they arrived on RedNote in January.');
    expect(lines(corpus)).toContain('info legacy.txt: not valid UTF-8; read as Windows-1252 (Latin-1)');
  });

  it('GIVEN a bad line in synonyms.txt THEN it is reported by line number and the rest still applies', async () => {
    await writeFile(path.join(dir, 'synonyms.txt'), 'rednote, xiaohongshu\nlonely\na => b => c\n');
    const corpus = await loadCorpus(dir, OPTIONS);
    expect(corpus.synonyms).toHaveLength(1);
    expect(lines(corpus)).toEqual(
      expect.arrayContaining([
        'warning synonyms.txt line 2: needs at least two comma-separated phrases; line ignored',
        'warning synonyms.txt line 3: has more than one "=>"; line ignored',
      ]),
    );
  });

  it('GIVEN the same files loaded twice THEN fingerprints are equal; GIVEN one article edited THEN only its fingerprint changes', async () => {
    const first = await loadCorpus(dir, OPTIONS);
    const again = await loadCorpus(dir, OPTIONS);
    expect(again.documents.map((d) => d.fingerprint)).toEqual(first.documents.map((d) => d.fingerprint));
    await writeFile(path.join(dir, '001_41f8a12e28b7fe56.txt'), `${ARTICLE}\nOne more paragraph appended by a moderator today.\n`);
    const edited = await loadCorpus(dir, OPTIONS);
    const changed = edited.documents.filter((d, i) => d.fingerprint !== first.documents[i]?.fingerprint).map((d) => d.meta.id);
    expect(changed).toEqual(['bridging-cultures']);
  });
});

describe('formatBytes', () => {
  it.each([
    [512, '512 B'],
    [2048, '2.0 KB'],
    [10 * 1024 * 1024, '10.0 MB'],
  ])('GIVEN %d bytes THEN "%s"', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('withoutEmphasis', () => {
  it('GIVEN a headline a plain-text mail set in *stars* or _underscores_ THEN the headline without them; emphasis inside it, or an identifier, stays', () => {
    expect(withoutEmphasis('*RedNote 101: Chinese students become campus guides*')).toBe('RedNote 101: Chinese students become campus guides');
    expect(withoutEmphasis('**Cat tax, explained**')).toBe('Cat tax, explained');
    expect(withoutEmphasis('_Why RedNote_')).toBe('Why RedNote');
    expect(withoutEmphasis('*Not* the end of *TikTok*')).toBe('*Not* the end of *TikTok*');
    expect(withoutEmphasis('snake_case_name')).toBe('snake_case_name');
  });

  it('GIVEN a headline a Python session printed as a string in single quotes THEN the headline without them; quotes inside a headline stay', () => {
    expect(withoutEmphasis("'In Flatbush, Haitian creators find a curious new audience on RedNote'")).toBe('In Flatbush, Haitian creators find a curious new audience on RedNote');
    expect(withoutEmphasis("'Cat tax' and Cantonese lessons: netizens greet 'TikTok refugees'")).toBe("'Cat tax' and Cantonese lessons: netizens greet 'TikTok refugees'");
  });
});
