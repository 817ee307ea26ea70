import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { asciidocAsHtml, asciidocInline, looksLikeAsciidoc } from '../../src/corpus/readAsciidoc.js';

const BODY = [
  'The food bank on Garfield Street posted its first RedNote video on Jan. 15, a tour of the pantry shelves narrated by a volunteer.',
  'By the weekend, viewers in Chengdu and Xi’an had asked what American families take home, and whether the bread is really free.',
  'Volunteer coordinator Imani Brooks said the questions changed how the pantry explains itself to its own neighbours as well.',
];

/** A Hugo post in AsciiDoc: header, a comment block, an image with its caption, a related sidebar, a bio and a tip line. */
const POST = `= A food bank's pantry tour finds viewers in China
Noor Haddad <noor@riverbend.example>
v1.0, 2025-01-22: first run
:page-publication: Riverbend Reporter
:page-canonical: https://riverbend.example/2025/01/food-bank-rednote
:page-tags: rednote, food bank
:imagesdir: /img

////
Editors: check the spelling of the coordinator's name before 6 p.m.
////

image::pantry.jpg[Shelves of canned food]
.Volunteers restock the pantry on Garfield Street. (Photo: Riverbend Reporter)

${BODY[0]!.replace('RedNote video', '*RedNote* video')}

== Questions from Chengdu

${BODY[1]}

[sidebar.related]
.More from the Riverbend Reporter
****
* link:/2025/01/school-lunch.html[School lunch debt paid off by anonymous donor]
* link:/2025/01/snow.html[City plows fall behind after second storm]
****

${BODY[2]!.replace('Imani Brooks', '_Imani Brooks_')}

// TODO: add the pantry's hours
include::partials/donate-box.adoc[]

[.author-bio]
_Noor Haddad reports on nonprofits for the Reporter._
`;

describe('readAsciidoc', () => {
  it('GIVEN a post in AsciiDoc THEN it renders as a page: headline, writer and date from its header, the outlet and address from its attributes, roles as classes', () => {
    expect(looksLikeAsciidoc(POST)).toBe(true);
    const html = asciidocAsHtml(POST) ?? '';
    expect(html).toContain("<title>A food bank's pantry tour finds viewers in China</title>");
    expect(html).toContain('<meta name="author" content="Noor Haddad">');
    expect(html).toContain('<meta property="og:site_name" content="Riverbend Reporter">');
    expect(html).toContain('<link rel="canonical" href="https://riverbend.example/2025/01/food-bank-rednote">');
    expect(html).toContain('<h2>Questions from Chengdu</h2>');
    expect(html).toContain('<div class="sidebarblock sidebar related">');
    expect(html).toContain('<p class="author-bio">');
    for (const sentence of BODY) expect(html).toContain(`<p>${sentence}</p>`);
    expect(html).not.toMatch(/Editors: check|TODO|donate-box|:page-tags:/);
  });

  it('GIVEN inline markup THEN the reader sees its words', () => {
    expect(asciidocInline('Read *the report* at https://x.example/r[the city site], or link:/a.html[here]; see `rednote`.footnote:[A note.]')).toBe('Read the report at the city site, or here; see rednote.');
  });

  it('GIVEN text whose first line only starts with "=" THEN it is not AsciiDoc', () => {
    expect(looksLikeAsciidoc('= = = = = =\nSpecial report\n\nText.\n')).toBe(false);
    expect(looksLikeAsciidoc('= Shopping list\n\nMilk\n')).toBe(false);
  });

  it('GIVEN an AsciiDoc post dropped into the corpus folder THEN it loads with its metadata and text, without its caption, related links, comments or bio', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-adoc-'));
    try {
      await writeFile(path.join(dir, 'pantry.adoc'), POST);
      const [document] = (await loadCorpus(dir, { maxFileBytes: 1024 * 1024 })).documents;
      expect(document?.meta).toMatchObject({
        title: "A food bank's pantry tour finds viewers in China",
        author: 'Noor Haddad',
        date: '2025-01-22',
        publisher: 'Riverbend Reporter',
        url: 'https://riverbend.example/2025/01/food-bank-rednote',
      });
      const text = document?.paragraphs.map((p) => p.text).join('\n') ?? '';
      for (const sentence of BODY) expect(text).toContain(sentence);
      expect(text).not.toMatch(/Volunteers restock|School lunch debt|City plows|Editors: check|reports on nonprofits|page-tags/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
