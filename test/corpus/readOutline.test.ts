import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOutline } from '../../src/corpus/readOutline.js';

const PAGE = `title:: Clip - Lakeshore Ledger - Milwaukee creators RedNote vs Lemon8
tags:: [[TikTok ban]], [[RedNote]], [[clippings]]
source:: https://www.lakeshoreledger.example/business/2025/01/16/milwaukee-creators/
author:: [[Marisol Vance]]
published:: [[Jan 16th, 2025]]
publisher:: [[The Lakeshore Ledger]]
icon:: 📎

- # Milwaukee creators split between RedNote and Lemon8
  id:: 6788f2a1-0000-4000-8000-000000000001
- By Marisol Vance | Jan. 16, 2025, 5:04 p.m. CT | 4 min read
- ![candles.jpg](../assets/candles.jpg)
  - Photo: Priya Raman films a candle-pouring video in her Brady Street shop. (Nate Holloway / Lakeshore Ledger)
- Priya Raman, who sells hand-poured candles on Brady Street, opened accounts on RedNote and Lemon8 on Monday night.
  id:: 6788f2a1-7d44-4c09-b6e2-5a1f9c3d7e12
	- TODO check whether 2,900 is still right #followup
	  SCHEDULED: <2025-01-20 Mon>
- RedNote, whose Chinese name Xiaohongshu means "little red book," became the most downloaded free app on Monday.
	- LATER compare with ((6788f2a1-aaaa-4bbb-8ccc-dddddddddddd)) from the [[AP wire]] clip
- ### What the apps collect
  heading:: true
	- Privacy researchers say users trading one app for another should read the fine print.
- DONE send link to #news-drops
  :LOGBOOK:
  CLOCK: [2025-01-17 Fri 09:12:04]--[2025-01-17 Fri 09:15:40] =>  00:03:36
  :END:
- {{query (and [[clippings]] (page-property status to-index))}}
- Linked from: [[Jan 17th, 2025]], [[TikTok refugees MOC]]
`;

describe('readOutline (a Logseq page an article was clipped into)', () => {
  const page = readOutline(PAGE);

  it('GIVEN the page\'s properties THEN they are its metadata, and the heading it prints (not the page\'s name) is the title', () => {
    expect(page?.meta).toEqual({
      title: 'Milwaukee creators split between RedNote and Lemon8',
      author: 'Marisol Vance',
      date: '2025-01-16',
      publisher: 'The Lakeshore Ledger',
      url: 'https://www.lakeshoreledger.example/business/2025/01/16/milwaukee-creators/',
    });
  });

  it('GIVEN paragraphs, a section heading and its text THEN they are the body, links read as their words', () => {
    expect(page?.body).toContain('Priya Raman, who sells hand-poured candles on Brady Street');
    expect(page?.body).toContain('Xiaohongshu means "little red book,"');
    expect(page?.body).toContain('### What the apps collect');
    expect(page?.body).toContain('Privacy researchers say users trading one app');
  });

  it('GIVEN properties, tasks, planning, logbooks, queries, block references, backlinks and notes under a paragraph THEN none is in the body', () => {
    for (const furniture of ['id::', 'heading::', 'TODO', 'SCHEDULED', 'LATER', '((', 'DONE', 'CLOCK', '{{query', 'Linked from', 'Photo: Priya Raman', 'icon::']) expect(page?.body, furniture).not.toContain(furniture);
  });

  it('GIVEN text with a few bullets, or with bullets but no properties (a Markdown list) THEN it is no outline', () => {
    expect(readOutline('- one\n- two\n- three\n- four\n- five\n- six')).toBeNull();
    expect(readOutline('A story.\n\nkey:: value\nother:: value\nthird:: value\n- one item')).toBeNull();
  });

  it('GIVEN any text THEN reading it never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('- ', '\t- ', 'id:: x', 'TODO ', '{{query}}', '[[a]]', '((0123abcd))', '\n', ':LOGBOOK:', ':END:'), fc.string()), { maxLength: 40 }), (parts) => {
        readOutline(parts.join('\n'));
      }),
    );
  });
});

describe('readOutline (a Tana Paste of a clipped article: one node holding the page)', () => {
  const TANA = [
    '%%tana%%',
    '- Fourteen hours of silence: Ohio TikTok users ride out the blackout #article',
    '  - URL:: https://www.lakeshorepublic.org/news/2025-01-20/ohio-blackout',
    '  - Author:: [[Renée Castellanos]]',
    '  - Published:: [[date:2025-01-20]]',
    '  - Source:: [[Lakeshore Public Media #publication]]',
    '  - Saved with:: Tana web clipper (Chrome)',
    '  - Mod notes #note',
    '    - [ ] the survey line at the bottom is part of the story',
    '  - Clipped content',
    '    - At 10:38 p.m. on Saturday, Jaylen Whitacre was packing a crochet order when his phone lit up.',
    '    - !! When the app went dark',
    '    - The shutdown followed the Supreme Court’s decision on Friday upholding the federal law.',
    '    - Lakeshore Public Media asked 126 listeners whether they had opened TikTok since. Eighty-one said yes.',
  ].join('\n');
  const page = readOutline(TANA);

  it('GIVEN the node\'s name and the fields under it THEN they are the title and the metadata, tags left out', () => {
    expect(page?.meta).toEqual({
      title: 'Fourteen hours of silence: Ohio TikTok users ride out the blackout',
      author: 'Renée Castellanos',
      date: '2025-01-20',
      publisher: 'Lakeshore Public Media',
      url: 'https://www.lakeshorepublic.org/news/2025-01-20/ohio-blackout',
    });
  });

  it('GIVEN the paragraphs under a label ("Clipped content") and a "!!" heading THEN they are the body; the labels, fields and checkbox notes are not', () => {
    expect(page?.body).toContain('At 10:38 p.m. on Saturday, Jaylen Whitacre was packing');
    expect(page?.body).toContain('## When the app went dark');
    expect(page?.body).toContain('Eighty-one said yes.');
    for (const furniture of ['Clipped content', 'Mod notes', 'survey line', 'Saved with', '%%tana%%', '#article']) expect(page?.body, furniture).not.toContain(furniture);
  });
});
