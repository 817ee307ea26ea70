/**
 * Rich Text Format (WordPad, Word's "Save as RTF", TextEdit, an e-mail's
 * attachment), as its source reads: "{\rtf1\ansi … \par Gary Vollmer has
 * sold minnows …\par}". It is read as the text a word processor shows:
 * paragraphs from \par, characters from \'hh bytes in the font's code page
 * and from \uN, and none of the font, colour, style or information tables.
 *
 * Written by hand rather than with a package: the npm registry's RTF readers
 * either render to HTML through a DOM or are unmaintained, and text needs
 * only the tokenizer below (Microsoft's RTF 1.9.1 specification, chapters
 * "Conventions of an RTF Reader" and "Destinations").
 */

/** A file is RTF when it opens with the format's header group. */
const RTF_HEADER = /^\s*\{\\rtf\d?/;

/** Destinations whose text is not the document's: tables, the information group, pictures, fields' instructions. */
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl',
  'footerr', 'footerf', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'fldinst', 'themedata',
  'colorschememapping', 'latentstyles', 'datastore', 'filetbl', 'revtbl', 'pgdsctbl', 'footnote', 'annotation', 'atnid',
  'atnauthor', 'template', 'mmathPr', 'userprops', 'docvar', 'blipuid', 'panose', 'falt', 'fname', 'bkmkstart', 'bkmkend',
]);

/** Control words that stand for a character or a break. */
const CHARACTERS: Record<string, string> = {
  par: '\n', line: '\n', sect: '\n\n', page: '\n\n', row: '\n', cell: '\t', tab: '\t',
  emdash: '—', endash: '–', emspace: ' ', enspace: ' ', qmspace: ' ', bullet: '•',
  lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”',
};

/** Windows font character sets (\fcharsetN) and the code pages their \'hh bytes are in. */
const CHARSET_ENCODINGS: Record<number, string> = {
  0: 'windows-1252', 128: 'shift_jis', 129: 'euc-kr', 134: 'gbk', 136: 'big5', 161: 'windows-1253', 162: 'windows-1254',
  163: 'windows-1258', 177: 'windows-1255', 178: 'windows-1256', 186: 'windows-1257', 204: 'windows-1251', 222: 'windows-874', 238: 'windows-1250',
};

interface GroupState {
  skip: boolean;
  /** Fallback characters after a \uN to skip (\ucN). */
  uc: number;
  font: number;
}

function decoderFor(encoding: string): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder(encoding);
  } catch {
    return new TextDecoder('windows-1252');
  }
}

/** The document's text when `source` is RTF, else null. Paragraphs end in "\n". */
export function readRtf(source: string): string | null {
  if (!RTF_HEADER.test(source)) return null;
  const out: string[] = [];
  const fontCharsets = new Map<number, number>();
  let codePage = 'windows-1252';
  const stack: GroupState[] = [];
  let state: GroupState = { skip: false, uc: 1, font: 0 };
  let pendingBytes: number[] = [];
  // Skipping the fallback characters after \uN counts characters of text and \'hh escapes alike.
  let fallback = 0;
  // The font table is read (for its charsets) although its text is not shown.
  let inFontTable = 0;
  let fontNumber = -1;

  const flushBytes = () => {
    if (pendingBytes.length === 0) return;
    const charset = fontCharsets.get(state.font);
    const encoding = charset !== undefined && charset !== 0 && charset !== 1 ? (CHARSET_ENCODINGS[charset] ?? codePage) : codePage;
    out.push(decoderFor(encoding).decode(Uint8Array.from(pendingBytes)));
    pendingBytes = [];
  };
  const emit = (text: string) => {
    if (state.skip) return;
    flushBytes();
    out.push(text);
  };

  let i = source.indexOf('{');
  while (i < source.length) {
    const ch = source[i];
    if (ch === '{') {
      flushBytes();
      stack.push(state);
      state = { ...state };
      if (inFontTable > 0) inFontTable++;
      i++;
      continue;
    }
    if (ch === '}') {
      flushBytes();
      state = stack.pop() ?? state;
      if (inFontTable > 0) inFontTable--;
      i++;
      // The document's group has closed: what follows (WordPad's closing NUL) is not the document.
      if (stack.length === 0) break;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      i++;
      continue;
    }
    if (ch !== '\\') {
      if (fallback > 0) {
        fallback--;
      } else {
        emit(ch ?? '');
      }
      i++;
      continue;
    }
    // A control symbol: "\'hh", "\{", "\\", "\~", "\-", "\*".
    const next = source[i + 1] ?? '';
    if (!/[a-zA-Z]/.test(next)) {
      if (next === "'") {
        const byte = Number.parseInt(source.slice(i + 2, i + 4), 16);
        if (fallback > 0) fallback--;
        else if (!state.skip && Number.isFinite(byte)) pendingBytes.push(byte);
        i += 4;
        continue;
      }
      if (next === '*') {
        // "{\*\destination …}": a destination this reader need not know; its text is never the document's.
        state.skip = true;
      } else if (next === '{' || next === '}' || next === '\\') {
        emit(next);
      } else if (next === '~') {
        emit(' ');
      } else if (next === '_') {
        emit('-');
      } else if (next === '\n' || next === '\r') {
        emit('\n');
      }
      i += 2;
      continue;
    }
    const m = /^\\([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(source.slice(i, i + 48));
    if (m === null) {
      i++;
      continue;
    }
    i += m[0].length;
    const word = m[1] ?? '';
    const param = m[2] === undefined ? null : Number(m[2]);
    if (word === 'bin' && param !== null && param > 0) {
      i += param;
      continue;
    }
    if (word === 'fonttbl') {
      inFontTable = 1;
      state.skip = true;
      continue;
    }
    if (inFontTable > 0) {
      if (word === 'f' && param !== null) fontNumber = param;
      else if (word === 'fcharset' && param !== null && fontNumber >= 0) fontCharsets.set(fontNumber, param);
      continue;
    }
    if (SKIPPED_DESTINATIONS.has(word)) {
      state.skip = true;
      continue;
    }
    if (word === 'ansicpg' && param !== null) {
      codePage = `windows-${param}`;
      if (param === 936) codePage = 'gbk';
      else if (param === 932) codePage = 'shift_jis';
      else if (param === 950) codePage = 'big5';
      else if (param === 949) codePage = 'euc-kr';
      continue;
    }
    if (word === 'f' && param !== null) {
      flushBytes();
      state.font = param;
      continue;
    }
    if (word === 'uc' && param !== null) {
      state.uc = param;
      continue;
    }
    if (word === 'u' && param !== null) {
      emit(String.fromCharCode(param < 0 ? param + 65536 : param));
      fallback = state.uc;
      continue;
    }
    const character = CHARACTERS[word];
    if (character !== undefined) emit(character);
  }
  flushBytes();
  return out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
