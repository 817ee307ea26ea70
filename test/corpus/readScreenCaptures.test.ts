import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readScreenCaptures } from '../../src/corpus/readScreenCaptures.js';

const screen = (clock: string, signal: string, body: string[], tabBar = 'Home   For You   Sections   Saved   e-Edition') => [clock, signal, '< Local News          Aa  ↑  ☐', ...body, tabBar, ''];

const CAPTURE = [
  'boba lane article (from screenshots)',
  '',
  ...screen('9:41', 'ull 5G ■■■)', ['When Tran Minh Chau opened Boba Lane', 'in 2019, her plan was a chalkboard', 'sign and a TikTok account. On Monday', 'she posted her first video on RedNote:', 'a clip of her daughter shaking a milk', 'tea.']),
  ...screen('9:42', 'il 5G ■■)', ['tea.', 'By Wednesday the video had 86,000', 'likes, most of them from China, and', 'the Supreme Court had heard arguments', 'on the law last', 'Friday.', 'Subscribe for $1 for 6 months.']),
  ...screen('9:42', 'ull 5G ■■■)', ['on the law last', 'Friday.', 'Tran said she will keep posting', 'only drinks, never anything personal.', 'She smiled.', 'The end of the story.'], 'Home  For You  Sections  Saved  e-Editlon'),
].join('\n');

describe('readScreenCaptures', () => {
  const lines = (readScreenCaptures(CAPTURE) ?? '').split('\n');

  it('GIVEN OCR of phone screenshots THEN status bars, the app header and the tab bar every screen prints are gone (even read with a slip: "e-Editlon")', () => {
    for (const chrome of ['9:41', 'ull 5G ■■■)', '< Local News', 'Home   For You', 'e-Editlon']) expect(lines.some((l) => l.includes(chrome))).toBe(false);
  });

  it('GIVEN screens that repeat the lines the one before ended on THEN each line is read once, in order', () => {
    expect(lines.filter((l) => l === 'Friday.')).toHaveLength(1);
    expect(lines.indexOf('By Wednesday the video had 86,000')).toBe(lines.indexOf('tea.') + 1);
    expect(lines.filter((l) => l === 'tea.')).toHaveLength(1);
    expect(lines.slice(-6)).toEqual(['Friday.', 'Subscribe for $1 for 6 months.', 'Tran said she will keep posting', 'only drinks, never anything personal.', 'She smiled.', 'The end of the story.']);
  });

  it('GIVEN a one-line repeat that is not where the screen before ended THEN it is the article\'s own line and stays', () => {
    const capture = [
      ...screen('9:41', 'LTE 80%', ['The first paragraph opens here.', 'She smiled.', 'The first paragraph ends here.']),
      ...screen('9:42', 'LTE 80%', ['She smiled.', 'The second paragraph goes on.']),
      ...screen('9:43', 'LTE 80%', ['The third paragraph is short.']),
    ].join('\n');
    expect((readScreenCaptures(capture) ?? '').split('\n').filter((l) => l === 'She smiled.')).toHaveLength(2);
  });

  it('GIVEN text with fewer than three clocks over signal lines THEN it is no screen capture', () => {
    expect(readScreenCaptures('9:41\nLTE 80%\nOne screen only.\n9:42\nLTE 80%\nTwo.')).toBeNull();
    fc.assert(fc.property(fc.array(fc.string(), { maxLength: 30 }), (texts) => readScreenCaptures(texts.join('\n').replace(/\d/g, 'x')) === null));
  });
});
