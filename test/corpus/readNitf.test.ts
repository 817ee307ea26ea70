import fc from 'fast-check';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { readHtml } from '../../src/corpus/readHtml.js';
import { looksLikeNitf, nitfAsHtml } from '../../src/corpus/readNitf.js';

const BODY = [
  'When the dairy farmer’s son posted a clip of the morning milking, he expected a few dozen views from friends back home.',
  'By Wednesday the video on RedNote had been watched more than 90,000 times, most of the viewers in China.',
  '“My phone hasn’t stopped buzzing,” said the farmer, whose family has worked the same land since 1952.',
];

const NITF = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "http://www.iptc.org/std/NITF/3.3/specification/dtd/nitf-3-3.dtd">
<!-- wire feed 4.2 -->
<nitf version="-//IPTC//DTD NITF 3.3//EN" change.date="October 18, 2006">
 <head><title>BC-WI--Dairy-RedNote</title>
  <docdata><date.issue norm="20250124T061500-0600"/><doc.copyright year="2025" holder="Lakes Wire"/></docdata>
  <tobject><tobject.subject tobject.subject.type="Economy, Business and Finance"/></tobject>
 </head>
 <body>
  <body.head>
   <hedline><hl1>Wisconsin dairy farm finds fans on RedNote</hl1><hl2>A milking video drew 90,000 views</hl2></hedline>
   <note><body.content><p>Eds: Adds comment in 3rd graf. With photos.</p></body.content></note>
   <byline>By <person>Jana Olsen</person> <byttl>Lakes Wire</byttl></byline>
   <dateline><location><city>EDGAR</city>, <state>Wis.</state></location> (<story.date norm="20250123">LW</story.date>) --</dateline>
   <abstract><p>A farm family's video reached China.</p></abstract>
  </body.head>
  <body.content><block id="main">
   <p>${BODY[0]}</p>
   <media media-type="image"><media-caption>The farmer in his barn on Tuesday.</media-caption><media-producer>Photo by Ann Lee</media-producer></media>
   <p>${BODY[1]}</p>
   <hl2>Calls from Guangzhou</hl2>
   <p>${BODY[2]}</p>
  </block></body.content>
  <body.end><tagline>Contact Jana Olsen at jolsen@lakeswire.example.</tagline><tagline type="copyright">Copyright 2025 Lakes Wire.</tagline></body.end>
 </body>
</nitf>`;

describe('readNitf (a wire story in NITF XML)', () => {
  it('GIVEN NITF at the top of a file (after its declaration, doctype and a comment) THEN it is NITF; a feed, a page or text is not', () => {
    expect(looksLikeNitf(NITF)).toBe(true);
    expect(looksLikeNitf('<?xml version="1.0"?><rss><channel></channel></rss>')).toBe(false);
    expect(looksLikeNitf('<!doctype html><html><body><p>nitf</p></body></html>')).toBe(false);
    expect(looksLikeNitf('A story about the <nitf> format.')).toBe(false);
  });

  it('GIVEN a wire story THEN its headline, byline, dateline date and distributor are the metadata, and its body paragraphs and subheads the text, without the editor\'s note, abstract, caption or taglines', () => {
    const page = readHtml(nitfAsHtml(NITF) ?? '');
    expect(page.meta).toMatchObject({ title: 'Wisconsin dairy farm finds fans on RedNote', author: 'Jana Olsen', date: '2025-01-23', publisher: 'Lakes Wire' });
    const texts = page.blocks.map((b) => b.text);
    for (const p of BODY) expect(texts).toContain(p);
    expect(texts).toContain('Calls from Guangzhou');
    for (const junk of ['Eds:', 'reached China', 'in his barn', 'Photo by', 'Contact Jana', 'Copyright', 'Economy, Business']) expect(texts.join('\n')).not.toContain(junk);
  });

  it('GIVEN the story saved as .txt or .xml in the articles folder THEN it loads as that story, not as XML text', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-nitf-'));
    await writeFile(path.join(dir, 'wire-dairy.txt'), NITF);
    await writeFile(path.join(dir, 'wire-dairy-copy.xml'), NITF);
    const { documents } = await loadCorpus(dir, { maxFileBytes: 1024 * 1024 });
    expect(documents).toHaveLength(2);
    for (const document of documents) {
      expect(document.meta.title).toBe('Wisconsin dairy farm finds fans on RedNote');
      const text = document.paragraphs.map((p) => p.text).join('\n');
      expect(text).toContain(BODY[1]);
      expect(text).not.toContain('<');
    }
  });

  it('GIVEN any text after NITF\'s opening (broken XML, stray markup) THEN reading it never throws', () => {
    const pieces = fc.constantFrom('<body>', '</body>', '<body.content>', '</body.content>', '<p>', '</p>', '<hl1>', '<block>', '&amp;', '&', '<', 'text ', '<story.date norm="2025">');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const xml = `<?xml version="1.0"?><nitf>${parts.join('')}`;
        expect(looksLikeNitf(xml)).toBe(true);
        const html = nitfAsHtml(xml);
        if (html !== null) expect(() => readHtml(html)).not.toThrow();
      }),
    );
  });
});
