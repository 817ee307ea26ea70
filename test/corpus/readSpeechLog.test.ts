import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSpeechLog } from '../../src/corpus/readSpeechLog.js';

const LOG = [
  'Grandparents star on RedNote | The Pacific Ledger - Google Chrome',
  'Cookie preferences  dialog',
  'We and our 142 partners use cookies.',
  'button  Accept all',
  'out of dialog',
  'banner landmark',
  'link  Skip to main content',
  'navigation landmark  Sections',
  'list  with 2 items',
  'link  Local',
  'link  Politics',
  'out of list',
  'out of navigation landmark',
  'main landmark',
  'navigation landmark  breadcrumbs',
  'link  Home  link  Technology',
  'out of navigation landmark',
  'article',
  'heading  level 1  Grandparents star on RedNote',
  'By  link  Nora Lindqvist',
  'list  with 2 items  button  Share on Facebook  button  Email  out of list',
  'figure  graphic  Helen Cho films a livestream. (Karen Oduya / The Pacific Ledger)',
  'Helen Cho films a livestream. (Karen Oduya / The Pacific Ledger)',
  'out of figure',
  'button  Listen to this article  play  5 min',
  'blank',
  'Every morning at 6:30, Helen Cho goes live on RedNote.',
  'blank',
  'frame  Advertisement',
  'link  graphic  Puget Sound Credit Union  Open an account today',
  'out of frame',
  'heading  level 2  Staying safe',
  'Two free workshops will teach seniors to use the app safely.',
  'out of article',
  'complementary landmark',
  'heading  level 2  Most Read',
  'link  King County bus drivers reach tentative contract deal',
  'out of complementary landmark',
  'contentinfo landmark',
  '© 2025 The Pacific Ledger. All rights reserved.',
  'out of contentinfo landmark',
].join('\n');

describe('readSpeechLog', () => {
  const read = readSpeechLog(LOG) ?? '';
  const lines = read.split('\n').filter((l) => l !== '');

  it('GIVEN a screen reader\'s speech log of a page THEN the article\'s text, headline, byline and subheads are read without their roles', () => {
    expect(lines).toEqual([
      'Grandparents star on RedNote | The Pacific Ledger - Google Chrome',
      'Grandparents star on RedNote',
      'By Nora Lindqvist',
      'Every morning at 6:30, Helen Cho goes live on RedNote.',
      'Staying safe',
      'Two free workshops will teach seniors to use the app safely.',
    ]);
  });

  it('GIVEN a subhead THEN it stands on a line of its own between blank lines, as a text file prints one', () => {
    expect(read).toContain('\n\nStaying safe\n\n');
  });

  it('GIVEN text that mentions "out of" a few times but is no speech log THEN it is not read as one', () => {
    expect(readSpeechLog('We ran out of list ideas.\nout of list\nout of frame\nout of dialog')).toBeNull();
    fc.assert(fc.property(fc.array(fc.string(), { maxLength: 20 }), (texts) => readSpeechLog(texts.join('\n').replace(/out of/g, 'from')) === null));
  });
});

describe('readSpeechLog: JAWS\'s speech history', () => {
  const P1a = 'When Jomar Villanueva logged on to RedNote for the first time last week, the Carson-based comedian';
  const P1b = 'expected to find a few curious Americans.';
  const JAWS = [
    'Fil-Am creators test RedNote | Pinoy Pacific Journal and 2 more pages - Personal - Microsoft Edge',
    'Fil-Am creators test RedNote | Pinoy Pacific Journal',
    'We value your privacy dialog',
    'We and our partners use cookies to personalise content and ads.',
    'button  Accept All',
    'banner region',
    'link graphic  Pinoy Pacific Journal',
    'navigation region  Main menu',
    'list of 3 items',
    'link  Home',
    'link  News',
    'link  Opinion',
    'list end',
    'main region',
    'heading level 1  Fil-Am creators test RedNote',
    'By Maricel Santos',
    'January 16, 2025',
    'figure',
    'graphic  Comedian Jomar Villanueva films a sketch.',
    'figure end',
    P1a,
    P1b,
    'link graphic  Cerritos Auto Square Lunar New Year Sales Event',
    'Other creators have found the switch harder, and some have gone back to Instagram Reels for now.',
    'complementary region',
    'heading level 2  Most Read',
    'link  City council bans TikTok on staff phones',
    'content info region',
    '© 2025 Pinoy Pacific Journal',
  ].join('\n');

  it('GIVEN regions announced as "banner region", "list end" and a named dialog THEN the page is read without them, its lines cut at the log\'s width joined', () => {
    const text = readSpeechLog(JAWS) ?? '';
    expect(text).toContain('Fil-Am creators test RedNote\n');
    expect(text).toContain(`${P1a} ${P1b}\n\n`);
    for (const furniture of ['Accept All', 'Main menu', 'Home', 'Comedian Jomar', 'Cerritos Auto Square', 'City council bans', 'We and our partners']) expect(text).not.toContain(furniture);
    expect(text).toContain('By Maricel Santos\n\nJanuary 16, 2025');
  });

  it('GIVEN a sidebar inside the story that the log says it left ("complementary region" … "complementary region end"), a byline\'s link and a button named before its role THEN the story goes on after the sidebar, the byline reads "By Name", and the button is no text; a line cut on a comma runs on into one opening on a name', () => {
    const cut = 'Marisol Vega has spent four years building a TikTok following by cooking without sight. Her channel,';
    const log = [
      'banner region',
      'link  Home',
      'main region',
      'heading level 1  Blind TikTok creators tried RedNote',
      'By link Renée Okafor',
      'Share this story button collapsed',
      cut,
      'Cooking by Feel, has 48,000 followers who watch her chop onions, pour hot oil and plate enchiladas',
      'in her kitchen while her phone’s screen reader talks in the background.',
      'complementary region',
      'heading level 2 Read more',
      'link TikTok ban: What Milwaukee creators need to know before Sunday',
      'complementary region end',
      'Thomas Greer, president of the Great Lakes Council of the Blind, said 14 members had called or',
      'emailed the council’s help line since Monday asking how to use the app.',
      'content info region',
      '© 2025 The Lakeshore Post',
    ].join('\n');
    const text = readSpeechLog(log) ?? '';
    expect(text).toContain(`${cut} Cooking by Feel, has 48,000 followers`);
    expect(text).toContain('Thomas Greer, president of the Great Lakes Council of the Blind');
    expect(text).toContain('By Renée Okafor');
    for (const furniture of ['Share this story', 'Read more', 'What Milwaukee creators', '© 2025']) expect(text).not.toContain(furniture);
  });
});
