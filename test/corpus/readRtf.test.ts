import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/corpus/decodeText.js';
import { readRtf } from '../../src/corpus/readRtf.js';

/** Text as a word processor writes it into RTF: "\", "{" and "}" escaped, beyond ASCII as \uN with a "?" fallback. */
function asRtf(text: string): string {
  const escaped = [...text]
    .map((ch) => {
      if (ch === '\\' || ch === '{' || ch === '}') return `\\${ch}`;
      if (ch === '\n') return '\\par\r\n';
      if (ch.charCodeAt(0) < 0x80) return ch;
      // RTF's \uN is a signed 16-bit unit: one per UTF-16 unit of the character.
      return ch
        .split('')
        .map((unit) => unit.charCodeAt(0))
        .map((c) => `\\u${c > 32767 ? c - 65536 : c}?`)
        .join('');
    })
    .join('');
  return `{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\r\n{\\colortbl ;\\red255\\green0\\blue0;}\r\n\\pard\\f0\\fs22 ${escaped}\\par\r\n}`;
}

describe('readRtf', () => {
  it('GIVEN WordPad\'s RTF source (font and colour tables, a generator group, formatting codes glued to the words) THEN the text is its paragraphs alone', () => {
    const source = [
      '{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1033{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}{\\f1\\fnil\\fcharset134 Microsoft YaHei;}}',
      '{\\colortbl ;\\red255\\green0\\blue0;}',
      '{\\*\\generator Riched20 10.0.22621}\\viewkind4\\uc1 ',
      '\\pard\\sa200\\sl276\\slmult1\\cf1\\b\\f0\\fs22\\lang9 Suggested hed: Ice house videos hook a following\\b0\\par',
      "\\i By Judy Arneson\\i0\\par",
      "\\fs24 Gary Vollmer has sold minnows on Main Street for 31 years. \\ldblquote Is it cold?\\rdblquote  they asked\\emdash and he answered.\\par",
      'The app is called \\f1\\\'d0\\\'a1\\\'ba\\\'ec\\\'ca\\\'e9\\f0  in Chinese, caf\\\'e9 talk in English.\\par',
      '}',
      '\u0000',
    ].join('\r\n');
    expect(readRtf(source)).toBe(
      [
        'Suggested hed: Ice house videos hook a following',
        'By Judy Arneson',
        'Gary Vollmer has sold minnows on Main Street for 31 years. “Is it cold?” they asked—and he answered.',
        'The app is called 小红书 in Chinese, café talk in English.',
      ].join('\n'),
    );
  });

  it('GIVEN \\uN characters with their fallback, a picture and a field\'s instruction THEN the characters are read once and neither the picture\'s bytes nor the instruction are text', () => {
    const source = '{\\rtf1\\ansi\\uc1 RedNote \\u23567?\\u32418?\\u20070? {\\pict\\pngblip 89504e47} {\\field{\\*\\fldinst HYPERLINK "https://x.example"}{\\fldrslt the link}}.\\par}';
    expect(readRtf(source)).toBe('RedNote 小红书  the link.');
  });

  it('GIVEN text that is not RTF THEN it is left alone', () => {
    expect(readRtf('Gary Vollmer has sold minnows {for} 31 years.')).toBeNull();
  });

  it('GIVEN any text written out as RTF THEN reading it gives the text back', () => {
    const line = fc.stringMatching(/^[A-Za-z0-9 .,;:!?'"()\\{}éü中文—“”-]{1,60}$/).map((s) => s.trim()).filter((s) => s !== '');
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => {
        expect(readRtf(asRtf(lines.join('\n')))).toBe(lines.join('\n'));
      }),
    );
  });

  it('GIVEN a file that ends in a NUL byte (as WordPad writes RTF) THEN it is text, not a binary file', () => {
    const decoded = decodeText(Buffer.from('{\\rtf1\\ansi Hello.\\par}\r\n\u0000', 'utf8'));
    expect(decoded.ok).toBe(true);
    expect(decodeText(Buffer.from('abc\u0000def', 'utf8')).ok).toBe(false);
  });
});
