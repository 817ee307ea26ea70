import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { looksLikeRst, rstAsHtml, rstInline } from '../../src/corpus/readRst.js';

const BODY = [
  'When the ban loomed, members of our Tucson makerspace started swapping RedNote handles on the whiteboard by the laser cutter.',
  'By Friday, 41 of our 160 members had accounts, and three of them were trading soldering tips with a hardware club in Shenzhen.',
  'The Shenzhen club sent us a board layout, and we will publish our version in the shared repository next month.',
];

/** A Pelican post as written: title, fields, a contents directive, a sidebar, a figure, a footnote, a link target and raw HTML. */
const POST = `Soldering with strangers: our makerspace on RedNote
###################################################

:date: 2025-01-24 19:05
:modified: 2025-01-25 10:00
:category: Community
:tags: rednote, makers
:authors: Dolores Ibarra, Ken Whitehorse
:summary: Forty-one members, one whiteboard and a club in Shenzhen.

.. contents:: On this page
   :local:

.. sidebar:: Who we are

   Desert Forge is a member-run makerspace in Tucson, open every evening.

${BODY[0]!.replace('RedNote', '*RedNote*')}

How it spread
=============

.. figure:: {static}/images/whiteboard.jpg
   :alt: A whiteboard full of handles

   The whiteboard on Tuesday night, before someone wiped it.

${BODY[1]} [#]_

${BODY[2]!.replace('shared repository', '`shared repository`_')}

.. [#] Membership figures are from the front-desk sign-in sheet.

.. _shared repository: https://git.example.org/desertforge/boards

.. raw:: html

   <div class="newsletter"><p>Get the Desert Forge bulletin every month.</p></div>
`;

describe('readRst', () => {
  it('GIVEN a Pelican post in reStructuredText THEN it renders as a page: title, writers and date from its fields, sections as headings, the text without its markup', () => {
    expect(looksLikeRst(POST)).toBe(true);
    const html = rstAsHtml(POST) ?? '';
    expect(html).toContain('<title>Soldering with strangers: our makerspace on RedNote</title>');
    expect(html).toContain('<meta name="author" content="Dolores Ibarra and Ken Whitehorse">');
    expect(html).toContain('<h2>How it spread</h2>');
    for (const sentence of BODY) expect(html).toContain(`<p>${sentence}</p>`);
    expect(html).not.toMatch(/whiteboard on Tuesday|member-run|sign-in sheet|bulletin|On this page|Forty-one/);
  });

  it('GIVEN inline markup THEN the reader sees its words', () => {
    expect(rstInline('See `the data <https://x.example/d>`_, **bold**, *this*, ``code``, :abbr:`WHO` and a note [#]_.')).toBe('See the data, bold, this, code, WHO and a note.');
  });

  it('GIVEN prose with an underlined line, or Markdown with a setext heading THEN it is not reStructuredText', () => {
    expect(looksLikeRst('Notes from the meeting\n======================\n\nWe talked about RedNote for an hour.\n')).toBe(false);
    expect(looksLikeRst('= An AsciiDoc title\n:author: Someone\n:revdate: 2025-01-20\n\nText.\n')).toBe(false);
  });

  it('GIVEN a reStructuredText post dropped into the corpus folder THEN it loads titled, signed and dated, without its figure, sidebar or footnote', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-rst-'));
    try {
      await writeFile(path.join(dir, 'desert-forge.rst'), POST);
      const [document] = (await loadCorpus(dir, { maxFileBytes: 1024 * 1024 })).documents;
      expect(document?.meta).toMatchObject({ title: 'Soldering with strangers: our makerspace on RedNote', author: 'Dolores Ibarra and Ken Whitehorse', date: '2025-01-24' });
      const text = document?.paragraphs.map((p) => p.text).join('\n') ?? '';
      for (const sentence of BODY) expect(text).toContain(sentence);
      expect(text).not.toMatch(/:tags:|\.\. |whiteboard on Tuesday|member-run|sign-in sheet|bulletin/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
