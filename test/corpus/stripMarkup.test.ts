import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasMarkup, removeInlineMarkers, stripMarkup } from '../../src/corpus/stripMarkup.js';

describe('stripMarkup', () => {
  it('GIVEN a raw link in a sentence THEN the tag goes and its words stay, so the sentence can be found by them', () => {
    expect(stripMarkup('The app went dark, <a href="https://example.com/x">as we reported</a> on Sunday.')).toBe('The app went dark, as we reported on Sunday.');
  });

  it('GIVEN entities THEN they are decoded: &nbsp; is a no-break space, &amp; an ampersand, &#8217; an apostrophe', () => {
    expect(stripMarkup('Bridge&nbsp;Language Project, Lin&#8217;s Bao &amp; Buns')).toBe('Bridge\u00a0Language Project, Lin’s Bao & Buns');
  });

  it('GIVEN HTML source wrapped inside its paragraphs (a filing\'s exhibit) THEN each paragraph is one line, as a browser shows it', () => {
    const html = '<p style="margin:0pt">SAN MATEO, Calif., January 21, 2025 -- Parlance Labs, the developer of the\nChatterbridge app, today reported record registrations for the week\nof January 12.</p>\n<p>Downloads peaked on January 15.</p>';
    expect(stripMarkup(html).split('\n').map((l) => l.trim()).filter((l) => l !== '')).toEqual([
      'SAN MATEO, Calif., January 21, 2025 -- Parlance Labs, the developer of the Chatterbridge app, today reported record registrations for the week of January 12.',
      'Downloads peaked on January 15.',
    ]);
  });

  it('GIVEN block tags, scripts and comments THEN blocks become lines and scripts and comments vanish', () => {
    expect(stripMarkup('<p>One.</p><script>var x = "<p>no</p>";</script><!-- note --><p>Two.</p>').split('\n').filter((l) => l.trim() !== '')).toEqual(['One.', 'Two.']);
  });

  it.each(['I <3 RedNote', 'if a < b and b > c', 'Use <Name> as a placeholder', 'AT&T and P&G'])('GIVEN text that only looks like markup ("%s") THEN it is untouched', (text) => {
    expect(stripMarkup(text)).toBe(text);
  });

  it('GIVEN text without tags or entities THEN it comes back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }).filter((t) => !hasMarkup(t)), (text) => {
        expect(stripMarkup(text)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('removeInlineMarkers', () => {
  it.each([
    ['Background[edit]', 'Background'],
    ['in January 2025.[1] The migration', 'in January 2025. The migration'],
    ['on 13 January 2025.[3][4]', 'on 13 January 2025.'],
    ['a claim[citation needed] here', 'a claim here'],
    ['References [ edit ]', 'References'],
    ['Origin[]', 'Origin'],
    ['Tags: [7]localization [8]rednote [9]machine-translation', 'Tags: localization rednote machine-translation'],
    ['   * [2]Posts', '* Posts'],
    // A wiki in another language words its edit link its own way; a converter may wrap the closing bracket away.
    ['1. 개요[편집]', '1. 개요'],
    ['反应[编辑]', '反应'],
    ['Histoire[modifier | modifier le code]', 'Histoire'],
    ['Reaktionen[Bearbeiten | Quelltext bearbeiten]', 'Reaktionen'],
    ['Реакция[править | править код]', 'Реакция'],
    ['Slang from the comment section [edit', 'Slang from the comment section'],
  ])('GIVEN "%s" THEN "%s"', (line, clean) => {
    expect(removeInlineMarkers(line)).toBe(clean);
  });

  it.each(['[Photo/Agencies]', 'the year [2025] matters', '[I] think so', 'a [sic] quote'])('GIVEN "%s" THEN it is kept as it is', (line) => {
    expect(removeInlineMarkers(line)).toBe(line);
  });
});
