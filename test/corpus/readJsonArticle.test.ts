import fc from 'fast-check';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { readHtml } from '../../src/corpus/readHtml.js';
import { looksLikeJsonArticle, readJsonArticle } from '../../src/corpus/readJsonArticle.js';

const BODY = [
  'When the TikTok ban loomed last week, a third-generation ginseng farmer did what thousands of other Americans did and downloaded RedNote, mostly out of curiosity.',
  'Within a day she had posted a forty-second video of her family’s shade gardens under a foot of snow, and by Tuesday it had been viewed more than 310,000 times.',
  'The comment section filled up with questions in Chinese about soil, root age and whether she sold directly to customers, which she said she could not yet do.',
  'Growers who rarely speak to the people who end up buying their roots are now answering those people directly, one translated comment at a time, late into the night.',
];

/** WordPress's REST answer as Firefox's JSON viewer shows it copied: the viewer's tabs, then the list of posts. */
const WP_JSON = `JSON
Raw Data
Headers
Save
Copy
${JSON.stringify(
  [
    {
      id: 18342,
      date: '2025-01-24T06:00:00',
      link: 'https://current.example/2025/01/24/ginseng-rednote/',
      title: { rendered: 'Ginseng growers find an eager audience on RedNote' },
      content: { rendered: `${BODY.map((p) => `<p>${p}</p>`).join('\n')}<div class="newsletter"><p>Sign up free</p></div>` },
      excerpt: { rendered: '<p>Growers who rarely speak to their customers…</p>' },
      author: 14,
      yoast_head_json: { og_site_name: 'Central Current' },
      _embedded: { author: [{ id: 14, name: 'Dana Kowalczyk' }], replies: [[{ author_name: 'A Reader', content: { rendered: '<p>Nice.</p>' } }]] },
    },
  ],
  null,
  2,
)}`;

/** An article parser run in a terminal: the prompt, npm's warnings, the JSON with a Markdown body, the prompt again. */
const PARSER_OUTPUT = `me@box:~$ npx @postlight/parser "https://capitol.example/2025/01/23/ban/" --format=markdown
npm warn deprecated request@2.88.2: request has been deprecated
${JSON.stringify(
  {
    title: 'Kansas adds RedNote to list of apps banned on state devices',
    content: `![A phone outside the Statehouse.](https://capitol.example/p.jpg)\n\n${BODY.join('\n\n')}\n\n## What comes next\n\nLawmakers return next week to take up a broader bill on the apps state employees may install.`,
    author: 'By Riley Stone | Capitol Prairie News',
    date_published: '2025-01-23T21:15:00.000Z',
    url: 'https://capitol.example/2025/01/23/ban/',
    excerpt: 'TOPEKA — Xiaohongshu…',
  },
  null,
  2,
)}
me@box:~$ `;

const block = (text: string, style = 'normal') => ({ _type: 'block', style, children: [{ _type: 'span', text }] });
/** A headless CMS's dataset export: one record per line, the article's author a reference, a translation and a draft after it. */
const NDJSON = [
  { _id: 'siteSettings', _type: 'siteSettings', title: 'Noticias del Bayou', tagline: 'Houston news in Spanish and English' },
  { _id: 'author-paola', _type: 'author', name: 'Paola Menchaca' },
  {
    _id: 'a1',
    _type: 'article',
    title: 'On RedNote, a Houston taquero finds fans 8,000 miles away',
    authors: [{ _ref: 'author-paola', _type: 'reference' }],
    publishedAt: '2025-01-25T14:00:00Z',
    body: [block(BODY[0]!), { _type: 'adSlot', label: 'Advertisement' }, block(BODY[1]!), block('A line out the door', 'h2'), block(BODY[2]!), block(BODY[3]!), { _type: 'relatedStory', title: 'East End taquerías brace for higher pork prices' }],
  },
  { _id: 'a2', _type: 'article', title: 'En RedNote, un taquero de Houston encuentra fans', body: [block(`${BODY[0]} ${BODY[1]}`), block(`${BODY[2]} ${BODY[3]}`)] },
  { _id: 'drafts.a3', _type: 'article', title: 'Draft: TK', body: [block(BODY.join(' ').repeat(3))] },
]
  .map((r) => JSON.stringify(r))
  .join('\n');

describe('readJsonArticle (an article as a tool\'s or an API\'s JSON)', () => {
  it('GIVEN a Jupyter notebook saved as text THEN its Markdown cells and what its code printed are the article, its code and an output\'s HTML copy are not', async () => {
    const notebook = {
      cells: [
        { cell_type: 'markdown', metadata: {}, source: ['# Ginseng growers on RedNote\n', '\n', '## Field notes\n', '\n', `${BODY[0]}\n`, '\n', BODY[1]] },
        { cell_type: 'code', execution_count: 1, metadata: {}, source: ['import pandas as pd\n', "df = pd.read_csv('comments.csv')"], outputs: [{ output_type: 'stream', name: 'stdout', text: [`${BODY[2]}\n`] }] },
        { cell_type: 'code', execution_count: 2, metadata: {}, source: ['df.head()'], outputs: [{ output_type: 'execute_result', execution_count: 2, metadata: {}, data: { 'text/html': ['<table><tr><td>secret-html-copy</td></tr></table>'], 'text/plain': [BODY[3]] } }] },
      ],
      metadata: { kernelspec: { name: 'python3', display_name: 'Python 3' }, authors: [{ name: 'Dana Whitcombe' }] },
      nbformat: 4,
      nbformat_minor: 5,
    };
    const text = JSON.stringify(notebook, null, 1);
    expect(looksLikeJsonArticle(text)).toBe(true);
    const article = readJsonArticle(text);
    expect(article?.kind).toBe('markdown');
    if (article?.kind !== 'markdown') return;
    expect(article.meta.author).toBe('Dana Whitcombe');
    expect(article.markdown).toContain('# Ginseng growers on RedNote\n\n## Field notes\n\n');
    for (const sentence of BODY) expect(article.markdown).toContain(sentence);
    expect(article.markdown).not.toContain('import pandas');
    expect(article.markdown).not.toContain('secret-html-copy');
    // Dropped into the articles folder as it was saved (.ipynb), it loads as that article.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-notebook-'));
    await writeFile(path.join(dir, 'ginseng.ipynb'), text);
    const { documents } = await loadCorpus(dir, { maxFileBytes: 1024 * 1024 });
    expect(documents[0]?.meta).toMatchObject({ title: 'Ginseng growers on RedNote', author: 'Dana Whitcombe' });
    const loaded = documents[0]?.paragraphs.map((p) => p.text).join('\n') ?? '';
    for (const sentence of BODY) expect(loaded).toContain(sentence);
    expect(loaded).not.toMatch(/pandas|cell_type|nbformat/);
  });

  it('GIVEN a CMS\'s REST answer under a JSON viewer\'s tabs THEN the post is the article: its rendered title, embedded author, date, link and site, its body without what the body field holds besides', () => {
    expect(looksLikeJsonArticle(WP_JSON)).toBe(true);
    const article = readJsonArticle(WP_JSON);
    expect(article?.kind).toBe('html');
    const page = readHtml(article?.kind === 'html' ? article.html : '');
    expect(page.meta).toEqual({ title: 'Ginseng growers find an eager audience on RedNote', author: 'Dana Kowalczyk', date: '2025-01-24', publisher: 'Central Current', url: 'https://current.example/2025/01/24/ginseng-rednote/' });
    const texts = page.blocks.map((b) => b.text);
    for (const p of BODY) expect(texts).toContain(p);
    expect(texts.join('\n')).not.toContain('Nice.');
  });

  it('GIVEN a parser\'s output in a terminal (prompt, warnings, JSON with a Markdown body and a printed byline) THEN its fields are the metadata and the Markdown the text', () => {
    const article = readJsonArticle(PARSER_OUTPUT);
    expect(article?.kind).toBe('markdown');
    if (article?.kind !== 'markdown') return;
    expect(article.meta).toEqual({ title: 'Kansas adds RedNote to list of apps banned on state devices', author: 'Riley Stone', date: '2025-01-23', publisher: 'Capitol Prairie News', url: 'https://capitol.example/2025/01/23/ban/' });
    expect(article.markdown).toContain(BODY[3]);
  });

  it('GIVEN a terminal session printing a JSON Feed\'s header, a list of its items and one item, prompts between THEN that item is the article and the feed names the site', () => {
    const session = [
      "mod@box:~$ curl -s https://lantern.example/feed.json | jq '{version, title, home_page_url}'",
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Prairie Lantern', home_page_url: 'https://lantern.example/' }, null, 2),
      "mod@box:~$ curl -s https://lantern.example/feed.json | jq -r '.items[] | .title'",
      'Senate panel advances limits on student cellphones',
      'Ginseng growers find an eager audience on RedNote',
      "mod@box:~$ curl -s https://lantern.example/feed.json | jq '.items[1]'",
      JSON.stringify(
        {
          id: 'https://lantern.example/2025/01/24/ginseng/',
          url: 'https://lantern.example/2025/01/24/ginseng/',
          title: 'Ginseng growers find an eager audience on RedNote',
          content_html: BODY.map((p) => `<p>${p}</p>`).join(''),
          date_published: '2025-01-24T11:45:00-06:00',
          authors: [{ name: 'Dana Kowalczyk' }],
        },
        null,
        2,
      ),
      'mod@box:~$ ',
    ].join('\n');
    const article = readJsonArticle(session);
    const page = readHtml(article?.kind === 'html' ? article.html : '');
    expect(page.meta).toEqual({ title: 'Ginseng growers find an eager audience on RedNote', author: 'Dana Kowalczyk', date: '2025-01-24', publisher: 'Prairie Lantern', url: 'https://lantern.example/2025/01/24/ginseng/' });
    for (const p of BODY) expect(page.blocks.map((b) => b.text)).toContain(p);
  });

  it('GIVEN a dataset export (NDJSON) THEN the first published article is read, its author followed by reference, its site from the settings record, its blocks as paragraphs and headings; the ad and related-story blocks, the translation and the draft are not', () => {
    const article = readJsonArticle(NDJSON);
    const page = readHtml(article?.kind === 'html' ? article.html : '');
    expect(page.meta).toMatchObject({ title: 'On RedNote, a Houston taquero finds fans 8,000 miles away', author: 'Paola Menchaca', date: '2025-01-25', publisher: 'Noticias del Bayou' });
    const text = page.blocks.map((b) => b.text).join('\n');
    for (const p of BODY) expect(text).toContain(p);
    expect(text).toContain('A line out the door');
    for (const junk of ['Advertisement', 'East End', 'En RedNote', 'TK']) expect(text).not.toContain(junk);
  });

  it('GIVEN an Apple News Format document THEN its body and heading components are the article, its metadata object the author, date and address; the title, intro, byline, caption, pull quote and ad components are not text', () => {
    const text = (role: string, t: string, format?: string) => ({ role, text: t, ...(format ? { format } : {}) });
    const anf = {
      version: '1.16',
      identifier: 'post-48213',
      title: 'Austin denim seller finds a market on RedNote',
      metadata: { authors: ['Cody Ramírez'], canonicalURL: 'https://commerce.example/2025/01/24/denim/', datePublished: '2025-01-24T06:00:00-06:00', dateModified: '2025-01-26T09:00:00-06:00' },
      components: [
        { role: 'header', components: [{ role: 'photo', URL: 'bundle://1.jpg', caption: 'A CAPTION under the photo.' }] },
        { role: 'container', components: [text('title', 'Austin denim seller finds a market on RedNote'), text('intro', 'AN INTRO that decks the story.'), text('byline', 'by Cody Ramírez | Jan 24, 2025')] },
        text('body', `<p>${BODY[0]}</p>`, 'html'),
        text('pullquote', 'A PULL QUOTE repeating the body.'),
        text('heading2', 'A market that knew the product', 'html'),
        { role: 'medium_rectangle_advertisement' },
        text('body', `${BODY[1]}\n\n${BODY[2]}\n${BODY[3]}`),
      ],
    };
    const article = readJsonArticle(JSON.stringify(anf, null, 2));
    const page = readHtml(article?.kind === 'html' ? article.html : '');
    expect(page.meta).toMatchObject({ title: 'Austin denim seller finds a market on RedNote', author: 'Cody Ramírez', date: '2025-01-24', url: 'https://commerce.example/2025/01/24/denim/' });
    const blocks = page.blocks.map((b) => b.text);
    for (const p of BODY) expect(blocks).toContain(p);
    expect(blocks).toContain('A market that knew the product');
    expect(blocks.join('\n')).not.toMatch(/CAPTION|INTRO|PULL QUOTE|by Cody|advertisement/);
  });

  it('GIVEN a blog post fetched as ActivityStreams JSON in a terminal, its writer and blog fetched after it THEN "name" is the title, "content" the text, and the Person and the Group actors name the author and the site', () => {
    const article = {
      '@context': ['https://www.w3.org/ns/activitystreams', { Hashtag: 'as:Hashtag' }],
      id: 'https://notes.example/?p=2231',
      type: 'Article',
      attachment: [{ type: 'Image', name: 'Screenshot of a post with the Translate link' }],
      attributedTo: 'https://notes.example/author/harlan/',
      audience: 'https://notes.example/?author=0',
      content: BODY.map((p) => `<p>${p}</p>`).join(''),
      name: 'RedNote added a translate button. I tested it.',
      published: '2025-01-24T16:42:10Z',
      url: 'https://notes.example/2025/01/24/translate/',
    };
    const session = [
      "bot@pi:~ $ curl -s -H 'Accept: application/activity+json' 'https://notes.example/2025/01/24/translate/' | python3 -m json.tool",
      JSON.stringify(article, null, 4),
      "bot@pi:~ $ curl -s -H 'Accept: application/activity+json' 'https://notes.example/author/harlan/' | jq '{type, name}'",
      JSON.stringify({ type: 'Person', name: 'Harlan Meyer' }, null, 2),
      "bot@pi:~ $ curl -s -H 'Accept: application/activity+json' 'https://notes.example/?author=0' | jq '{type, name}'",
      JSON.stringify({ type: 'Group', name: 'Packets & Prairie' }, null, 2),
      'bot@pi:~ $ ',
    ].join('\n');
    expect(looksLikeJsonArticle(session)).toBe(true);
    const read = readJsonArticle(session);
    const page = readHtml(read?.kind === 'html' ? read.html : '');
    expect(page.meta).toEqual({ title: 'RedNote added a translate button. I tested it.', author: 'Harlan Meyer', date: '2025-01-24', publisher: 'Packets & Prairie', url: 'https://notes.example/2025/01/24/translate/' });
    for (const p of BODY) expect(page.blocks.map((b) => b.text)).toContain(p);
  });

  it('GIVEN a post fetched compact with `curl -s -i` after a shell prompt, the next prompt glued to its last brace THEN it loads as the post, not as JSON text', async () => {
    const article = { '@context': 'https://www.w3.org/ns/activitystreams', type: 'Article', id: 'https://write.example/api/posts/k3', name: 'What the terms actually say', published: '2025-01-17T14:02:00Z', url: 'https://write.example/plainterms/terms', content: BODY.map((p) => `<p>${p}</p>`).join('\n\n') };
    const capture = ["mika@thinkpad:~$ curl -s -i -H 'Accept: application/activity+json' https://write.example/plainterms/terms", 'HTTP/2 200 ', 'server: nginx', 'content-type: application/activity+json', '', `${JSON.stringify(article)}mika@thinkpad:~$ curl -s https://write.example/api/collections/plainterms/outbox | jq '.totalItems'`, '58', 'mika@thinkpad:~$ '].join('\n');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-compact-'));
    await writeFile(path.join(dir, 'post.txt'), capture);
    const { documents } = await loadCorpus(dir, { maxFileBytes: 1024 * 1024 });
    expect(documents[0]?.meta).toMatchObject({ title: 'What the terms actually say', date: '2025-01-17', url: 'https://write.example/plainterms/terms' });
    const text = documents[0]?.paragraphs.map((p) => p.text).join('\n') ?? '';
    for (const p of BODY) expect(text).toContain(p);
    expect(text).not.toMatch(/@context|thinkpad|nginx|totalItems/);
  });

  it('GIVEN a news agency\'s ninjs item fetched with its HTTP headers shown THEN it loads as the story: main headline, writers\' bylines, first-created date, copyright holder and canonical link; the summary, the related story and the headers are not text', async () => {
    const item = {
      uri: 'urn:mws:item:2025:0116:4b7e1a',
      type: 'text',
      firstcreated: '2025-01-16T03:12:00Z',
      versioncreated: '2025-01-17T05:40:00Z',
      copyrightholder: 'Meridian Wire Service',
      headlines: [{ role: 'main', value: 'Chinese wholesalers court American newcomers on RedNote' }, { role: 'short', value: 'Chinese sellers woo US users' }],
      bylines: [{ byline: 'By WEN ZHAO and PETER LINDQVIST', role: 'writer' }, { byline: 'Associated reporting: Li Na in Yiwu', role: 'contributor' }],
      descriptions: [{ role: 'summary', value: 'A SUMMARY of the story.' }],
      bodies: [{ role: 'main', contenttype: 'text/plain', value: BODY.join('\n\n') }],
      links: [{ rel: 'canonical', href: 'https://www.meridianwire.com/article/rednote-yiwu' }, { rel: 'self', href: 'https://api.meridianwire.com/items/4b7e1a' }],
      associations: { related1: { headlines: [{ role: 'main', value: 'A RELATED story on the court' }] } },
    };
    const capture = ["$ http --print=hb GET 'https://api.meridianwire.com/items/4b7e1a' accept:application/json", 'HTTP/1.1 200 OK', 'Content-Type: application/json; charset=utf-8', 'X-RateLimit-Remaining: 597', '', JSON.stringify(item, null, 4), '', '$ '].join('\n');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-ninjs-'));
    await writeFile(path.join(dir, 'wire-item.txt'), capture);
    const { documents } = await loadCorpus(dir, { maxFileBytes: 1024 * 1024 });
    expect(documents[0]?.meta).toMatchObject({ title: 'Chinese wholesalers court American newcomers on RedNote', author: 'Wen Zhao and Peter Lindqvist', date: '2025-01-16', publisher: 'Meridian Wire Service', url: 'https://www.meridianwire.com/article/rednote-yiwu' });
    const text = documents[0]?.paragraphs.map((p) => p.text).join('\n') ?? '';
    for (const p of BODY) expect(text).toContain(p);
    expect(text).not.toMatch(/SUMMARY|RELATED|RateLimit|HTTP\/1/);
  });

  it('GIVEN a smart speaker\'s flash-briefing feed (items of titleText, mainText, updateDate, redirectionUrl) THEN the item with the story is the article: its title, text, date and address; the greeting and the sponsor message are not', () => {
    const item = (titleText: string, mainText: string, redirectionUrl: string) => ({ uid: `urn:uuid:${titleText.length}`, updateDate: '2025-01-16T11:00:02.0Z', titleText, mainText, redirectionUrl });
    const feed = [
      item('ByteSized Daily for Thursday, January 16', 'Good morning, and welcome to ByteSized Daily. Here is what is happening in tech.', 'https://bytesized.example/'),
      item('Support for ByteSized Daily', 'Support comes from Cedar Valley Credit Union, with free checking.', 'https://bytesized.example/sponsors/'),
      item('What is RedNote? Why TikTok users are flocking to a Chinese app', BODY.join('\n\n'), 'https://bytesized.example/2025/01/16/what-is-rednote/'),
    ];
    const text = JSON.stringify(feed, null, 2);
    expect(looksLikeJsonArticle(text)).toBe(true);
    const article = readJsonArticle(text);
    expect(article?.kind === 'markdown' ? article.meta : null).toMatchObject({ title: 'What is RedNote? Why TikTok users are flocking to a Chinese app', date: '2025-01-16', url: 'https://bytesized.example/2025/01/16/what-is-rednote/' });
    expect(article?.kind === 'markdown' ? article.markdown : '').not.toMatch(/Good morning|Credit Union/);
  });

  it('GIVEN JSON that holds no article (a package manifest, a short record) or text that only mentions a title THEN it is not read as one', () => {
    expect(readJsonArticle(JSON.stringify({ name: 'citebot', version: '1.0.0', description: 'A bot' }, null, 2))).toBeNull();
    expect(readJsonArticle('{"title": "Short", "content": "Too short to be an article."}')).toBeNull();
    expect(looksLikeJsonArticle('A story whose text quotes "title": in a sentence.')).toBe(false);
  });

  it('GIVEN the parser\'s output saved as .txt in the articles folder THEN it loads as that article, no JSON in its text', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-json-'));
    await writeFile(path.join(dir, 'parser-output.txt'), PARSER_OUTPUT);
    const { documents } = await loadCorpus(dir, { maxFileBytes: 1024 * 1024 });
    expect(documents[0]?.meta).toMatchObject({ title: 'Kansas adds RedNote to list of apps banned on state devices', author: 'Riley Stone' });
    const text = documents[0]?.paragraphs.map((p) => p.text).join('\n') ?? '';
    expect(text).toContain(BODY[1]);
    expect(text).not.toMatch(/npm warn|"title"|date_published/);
  });

  it('GIVEN any JSON-like text THEN reading it never throws', () => {
    const pieces = fc.constantFrom('{', '}', '[', ']', '"title": "A"', '"content": ', '"body": [', '{"_type":"block","children":[{"text":"x"}]}', ',', '"_ref": "a"', '"author": {"name": 1}', '\n', 'null', '"x"');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = `{"title": "T", ${parts.join('')}`;
        expect(() => readJsonArticle(text)).not.toThrow();
      }),
    );
  });
});

describe('readJsonArticle: a page as Notion\'s API gives it (its properties, then its blocks)', () => {
  const rich = (text: string) => [{ type: 'text', text: { content: text, link: null }, plain_text: text }];
  const block = (type: string, text: string) => ({ object: 'block', type, [type]: { rich_text: rich(text) } });
  const dump = JSON.stringify({
    page: {
      object: 'page',
      properties: {
        Status: { type: 'status', status: { name: 'To index' } },
        Published: { type: 'date', date: { start: '2025-01-15', end: null } },
        Clipped: { type: 'created_time', created_time: '2025-01-16T03:21:00.000Z' },
        Site: { type: 'select', select: { name: 'The Signal Desk' } },
        Author: { type: 'rich_text', rich_text: rich('Priya Ramaswamy') },
        URL: { type: 'url', url: 'https://thesignaldesk.com/apps/lemon8-climbs' },
        Name: { type: 'title', title: rich('Lemon8 climbs to No. 2 on the App Store') },
      },
    },
    blocks: {
      object: 'list',
      results: [
        block('callout', 'Clipped with Save to Notion for the test set.'),
        block('heading_1', 'Lemon8 climbs to No. 2 on the App Store'),
        block('paragraph', 'Downloads of ByteDance’s other app jumped eightfold in three days, as TikTok users hedged their bets before the ban.'),
        block('heading_2', 'A sister app with the same owner'),
        block('numbered_list_item', 'Lemon8 is owned by ByteDance, the company that owns TikTok.'),
        block('to_do', 'check the view counts'),
      ],
    },
  });

  it('GIVEN the page\'s properties THEN its title, author, published date (not the clip\'s), site and url are the metadata', () => {
    const article = readJsonArticle(dump);
    expect(article?.kind).toBe('markdown');
    if (article?.kind !== 'markdown') return;
    expect(article.meta).toEqual({ title: 'Lemon8 climbs to No. 2 on the App Store', author: 'Priya Ramaswamy', date: '2025-01-15', publisher: 'The Signal Desk', url: 'https://thesignaldesk.com/apps/lemon8-climbs' });
  });

  it('GIVEN paragraphs, headings and list items among a callout and a to-do THEN the text blocks are the page, written as Markdown; the note and the task are not', () => {
    const article = readJsonArticle(dump);
    if (article?.kind !== 'markdown') throw new Error('not read as Markdown');
    expect(article.markdown).toContain('## A sister app with the same owner');
    expect(article.markdown).toContain('Downloads of ByteDance’s other app jumped eightfold');
    expect(article.markdown).toContain('1. Lemon8 is owned by ByteDance');
    expect(article.markdown).not.toContain('Save to Notion');
    expect(article.markdown).not.toContain('check the view counts');
  });
});
