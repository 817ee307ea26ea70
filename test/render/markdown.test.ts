import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boldRanges, escapeMarkdown, maskedLink } from '../../src/render/markdown.js';

/** What Discord shows for escaped text: backslash escapes consumed, zero-width spaces invisible. */
const shown = (text: string) => text.replace(/\\([\\*_~`|[\]>#-])/g, '$1').replace(/\u200b/g, '');

const risky = fc.string({
  unit: fc.constantFrom('*', '_', '~', '`', '|', '[', ']', '\\', '>', '#', '-', '@', '<', '>', '&', '!', ' ', '\n', 'a', 'b', '1', '2', 'everyone', 'here', '<@', '<@&', '<#'),
  maxLength: 60,
});

describe('escapeMarkdown', () => {
  it('GIVEN any text THEN the reader sees exactly that text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(risky, fc.string({ maxLength: 60 })), (text) => {
        fc.pre(!text.includes('\u200b'));
        expect(shown(escapeMarkdown(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('GIVEN any text THEN no formatting character stays active and no mass or user mention survives (property)', () => {
    fc.assert(
      fc.property(risky, (text) => {
        const escaped = escapeMarkdown(text);
        // Every formatting character is preceded by a backslash that is itself not escaped.
        expect(escaped.replace(/\\[\\*_~`|[\]>#-]/g, '')).not.toMatch(/[\\*_~`|[\]]/);
        expect(escaped).not.toMatch(/@(everyone|here)/);
        expect(escaped).not.toMatch(/<(@[!&]?|#)\d+>/);
      }),
      { numRuns: 500 },
    );
  });

  it('GIVEN block markers at line starts THEN they are escaped, but a hyphen mid-line is left alone', () => {
    expect(escapeMarkdown('> quote\n# title\n- item\nUS-China')).toBe('\\> quote\n\\# title\n\\- item\nUS-China');
  });

  it('GIVEN @everyone and a user mention THEN they are broken with a zero-width space', () => {
    expect(escapeMarkdown('@everyone look <@123456789012345678>')).toBe('@\u200beveryone look <\u200b@123456789012345678>');
  });
});

describe('boldRanges', () => {
  it('GIVEN matches separated only by a space THEN they are bolded as one phrase', () => {
    expect(boldRanges('over 700,000 new users joined', [[5, 12], [13, 16], [17, 22]])).toBe('over **700,000 new users** joined');
    expect(boldRanges('new, users', [[0, 3], [5, 10]])).toBe('**new**, **users**');
  });

  it('GIVEN highlight ranges THEN those words are bold and the rest escaped', () => {
    expect(boldRanges('over 700,000 *new* users', [[5, 12], [19, 24]])).toBe('over **700,000** \\*new\\* **users**');
  });

  it('GIVEN overlapping, empty or backwards ranges THEN they are skipped and the text is intact', () => {
    const text = 'RedNote welcomed TikTok refugees';
    const out = boldRanges(text, [[0, 7], [3, 10], [12, 12], [20, 15]]);
    expect(out).toBe('**RedNote** welcomed TikTok refugees');
  });

  it('GIVEN any text and ranges THEN the reader sees the text unchanged, with markers only around highlights (property)', () => {
    fc.assert(
      fc.property(risky, fc.array(fc.tuple(fc.nat(70), fc.nat(70)), { maxLength: 5 }), (text, raw) => {
        fc.pre(!text.includes('\u200b'));
        const ranges = raw.map(([a, b]) => [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)] as [number, number]).sort((x, y) => x[0] - y[0]);
        const read = boldRanges(text, ranges).replace(/\\([\\*_~`|[\]>#-])|\*\*/g, (_m, escaped?: string) => escaped ?? '').replace(/\u200b/g, '');
        expect(read).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('maskedLink', () => {
  it('GIVEN a label with brackets and a URL with parentheses THEN the link cannot break out', () => {
    expect(maskedLink('The [Atlantic]', 'https://en.wikipedia.org/wiki/RedNote_(app)')).toBe('[The Atlantic](https://en.wikipedia.org/wiki/RedNote_%28app%29)');
  });

  it('GIVEN an ordinary source THEN label and URL are as given', () => {
    expect(maskedLink('Reuters – Over half a million', 'https://www.reuters.com/x')).toBe('[Reuters – Over half a million](https://www.reuters.com/x)');
  });
});
