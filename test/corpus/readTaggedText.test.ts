import { describe, expect, it } from 'vitest';
import { readTaggedText } from '../../src/corpus/readTaggedText.js';

const PACKAGE = [
  '<UNICODE-MAC>',
  '<vsn:18><fset:InDesign-Roman><ctable:=<Black:COLOR:CMYK:Process:0,0,0,1>>',
  '<dps:Body Text=<BasedOn:NormalParagraphStyle><cs:9.400000>>',
  '<dcs:Bold=<ct:Bold>>',
  '<pstyle:Slug>[SLUG: A1-Lemon8 | 30 in. | Ortiz | STATUS: FINAL]',
  '<pstyle:Masthead>The Riverside Courier',
  '<pstyle:Folio>TUESDAY, JANUARY 21, 2025 <0x2022> $1.50',
  '<pstyle:Main Headline>Lemon8 waited for its moment. The users went elsewhere',
  '<pstyle:Deck>ByteDance<0x2019>s backup app had every advantage',
  '<pstyle:Byline>By <cstyle:Bold>Ana Ort<0x00ED>z<cstyle:> | Staff Writer',
  '<pstyle:Body First>Lemon8 sat in the app stores for two years before the ban \\<finally\\> arrived.',
  '<pstyle:Cutline><cstyle:Lead In>WAITING<cstyle:> A Lemon8 billboard in Riverside on Jan. 18.',
  '<pstyle:Photo Credit>JO KIM <0x2022> THE COURIER',
  '<pstyle:Brief Hed>Library extends weekend hours',
  '<pstyle:Body Text>The main library will stay open until 8 p.m. on Saturdays from Feb. 1.',
  '<pstyle:Index>INSIDE<0x2003>Sports D1 | Weather B8',
  '<cnxc:Frame>',
  '<pstyle:Jump In>Continued from Page A1',
  '<pstyle:Sub Head>A second chance',
  '<pstyle:Body Text>Downloads rose 40 percent on Jan. 18, the company said.',
  'Most of the new accounts came from the United States.',
  '<pstyle:Pull Quote><0x201C>The users went elsewhere.<0x201D>',
  '<pstyle:Tagline>Ana Ortíz covers technology. Reach her at aortiz@courier.example.',
].join('\r\n');

describe('readTaggedText', () => {
  it('GIVEN an InDesign tagged-text story package THEN the story is its body paragraphs and subheads, decoded', () => {
    const story = readTaggedText(PACKAGE);
    expect(story?.body.split('\n\n')).toEqual([
      'Lemon8 sat in the app stores for two years before the ban <finally> arrived.',
      'A second chance',
      'Downloads rose 40 percent on Jan. 18, the company said.',
      'Most of the new accounts came from the United States.',
    ]);
  });

  it('GIVEN the headline, byline, masthead and folio styles THEN they state the metadata', () => {
    expect(readTaggedText(PACKAGE)?.meta).toEqual({
      title: 'Lemon8 waited for its moment. The users went elsewhere',
      author: 'Ana Ortíz',
      date: '2025-01-21',
      publisher: 'The Riverside Courier',
      url: '',
    });
  });

  it('GIVEN another story’s brief on the page THEN its paragraphs stay out until a jump line returns to the story', () => {
    const body = readTaggedText(PACKAGE)?.body ?? '';
    expect(body).not.toContain('library');
    expect(body).toContain('Downloads rose 40 percent');
  });

  it.each([
    ['plain prose', 'RedNote is a Chinese app.\n\nIt has 300 million users.'],
    ['HTML', '<p>RedNote is a Chinese app.</p>'],
    ['a header with no styled paragraph', '<ASCII-WIN>\nJust some text.'],
  ])('GIVEN %s THEN it is not tagged text', (_, text) => {
    expect(readTaggedText(text)).toBeNull();
  });
});
