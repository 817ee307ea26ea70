/**
 * Turning raw corpus bytes into trustworthy text: refuse binaries, accept UTF-8
 * (with or without BOM) and UTF-16 with BOM, fall back to Windows-1252 for
 * legacy files, then undo "mojibake" where UTF-8 was once misread as a
 * Windows code page and saved again.
 */

export type DecodeOutcome =
  | { ok: true; text: string; encoding: string; notes: string[] }
  | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** One UTF-8 sequence inside the text: a U+FEFF there is a character (a zero-width no-break space), not a byte order mark to drop. */
const utf8Sequence = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(file: Uint8Array): DecodeOutcome {
  if (file.length === 0) return { ok: false, reason: 'the file is empty' };
  // NUL bytes closing a text file (WordPad ends every RTF file with one; a block-sized write pads with them) are no text.
  // (In UTF-16 a NUL byte is half of a character.)
  const utf16 = (file[0] === 0xff && file[1] === 0xfe) || (file[0] === 0xfe && file[1] === 0xff);
  let end = file.length;
  if (!utf16) while (end > 0 && file[end - 1] === 0) end--;
  const bytes = file.subarray(0, end);
  if (bytes.length === 0) return { ok: false, reason: 'it looks like a binary file, not text' };
  const notes: string[] = [];

  let text: string;
  let encoding: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else {
    if (looksBinary(bytes)) return { ok: false, reason: 'it looks like a binary file, not text' };
    try {
      text = utf8.decode(bytes);
      encoding = 'utf-8';
    } catch {
      // Not valid UTF-8: the common legacy case is a Latin-1/Windows-1252 export.
      text = decodeWindows1252(bytes);
      encoding = 'windows-1252';
      notes.push('not valid UTF-8; read as Windows-1252 (Latin-1)');
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const repaired = repairMojibake(text);
  if (repaired.sequences > 0) {
    text = repaired.text;
    notes.push(`repaired ${repaired.sequences} mojibake sequences (UTF-8 read as ${repaired.codePage}${repaired.twice === true ? ', twice over' : ''})`);
  }
  if (text.trim() === '') return { ok: false, reason: 'the file holds only white space' };
  return { ok: true, text, encoding, notes };
}

/** NUL bytes or many C0 control characters mean this is not a text article. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control / sample.length > 0.05;
}

/**
 * Windows-1252's 0x80–0x9F block. Node 20's TextDecoder('windows-1252')
 * decodes these bytes as C1 controls (ISO-8859-1), so the table is spelled out.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252Char(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? '') : String.fromCharCode(byte);
}

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += windows1252Char(b);
  return out;
}

/**
 * Reverse tables for code pages that UTF-8 is commonly misread as. Bytes a
 * code page leaves undefined were, in the scrapes we see, shown with their
 * Windows-1252 meaning (0x9C as "œ" under Windows-1257), so those are added.
 */
const CODE_PAGES = ['windows-1257', 'windows-1252', 'windows-1250', 'macintosh'] as const;
type CodePage = (typeof CODE_PAGES)[number];
const reverseTables = new Map<CodePage, Map<string, number>>();

function reverseTable(codePage: CodePage): Map<string, number> {
  let table = reverseTables.get(codePage);
  if (table) return table;
  table = new Map();
  const primary = new TextDecoder(codePage);
  const fallbacks: [string, number][] = [];
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = primary.decode(Uint8Array.of(b));
    const cp = ch.codePointAt(0) ?? 0;
    // WHATWG maps undefined bytes to C1 controls (or U+FFFD); 1252's meaning stands in.
    if (cp === 0xfffd || (cp >= 0x80 && cp <= 0x9f)) fallbacks.push([windows1252Char(b), b]);
    else if (!table.has(ch)) table.set(ch, b);
  }
  for (const [ch, b] of fallbacks) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!(cp >= 0x80 && cp <= 0x9f) && !table.has(ch)) table.set(ch, b);
  }
  // A byte the code page leaves undefined, kept as the control character of its number ("â€\u009d" for "”" read as
  // Windows-1252 and saved): no text holds C1 controls, so each stands for its byte.
  for (let b = 0x80; b <= 0x9f; b++) if (!table.has(String.fromCharCode(b))) table.set(String.fromCharCode(b), b);
  reverseTables.set(codePage, table);
  return table;
}

/** Quotes, dashes and the ellipsis a code page puts where UTF-8 has continuation bytes. */
const TYPOGRAPHIC_PUNCTUATION = /^[\u2018-\u201f\u2026\u2013\u2014\u2039\u203a\u00ab\u00bb]$/u;

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

interface Repair {
  text: string;
  sequences: number;
  codePage: CodePage;
  /** The text had been misread twice over. */
  twice?: boolean;
}

/**
 * A two-byte sequence is weak evidence: German „Fuß“ is also "ß" + "“", the
 * Windows reading of an NKo letter's bytes. Only decodings into scripts that
 * text is really written in count; three- and four-byte sequences always do.
 */
function isPlausibleTwoByte(codePoint: number): boolean {
  return (
    (codePoint >= 0xa0 && codePoint <= 0x17f) || // Latin-1 Supplement, Latin Extended-A
    (codePoint >= 0x370 && codePoint <= 0x4ff) || // Greek, Cyrillic
    (codePoint >= 0x5d0 && codePoint <= 0x5ea) || // Hebrew letters
    (codePoint >= 0x620 && codePoint <= 0x64a) // Arabic letters
  );
}

/**
 * Finds characters that, mapped back to the code page's bytes, form valid
 * UTF-8 multi-byte sequences, and decodes them. Applied only when at least
 * two sequences are convincing (see isPlausibleTwoByte), or one is the
 * signature of UTF-8 punctuation read as Windows-1252 ("â€™" for "’", a
 * single broken line in a scrape), so an ordinary "ā" or "š", or "ß"
 * before a quote, in real text is left alone.
 * Sequences whose last byte was dropped by the original mis-decoding (0x9D,
 * undefined in both Windows-1257 and 1252) are the closing quote "”".
 */
export function repairMojibake(text: string): Repair {
  const once = repairOnce(text);
  if (once.sequences === 0) return once;
  // "Ã¢â‚¬â„¢" for "’": text misread, saved, and misread again (a database migrated twice) is mended twice.
  const twice = repairOnce(once.text);
  return twice.sequences === 0 ? once : { text: twice.text, sequences: once.sequences, codePage: once.codePage, twice: true };
}

function repairOnce(text: string): Repair {
  let best: Repair & { evidence: number; signature: boolean } = { text, sequences: 0, codePage: 'windows-1257', evidence: 0, signature: false };
  for (const codePage of CODE_PAGES) {
    if (!mayHoldMojibake(text, codePage)) continue;
    const candidate = repairWith(text, codePage);
    if (candidate.evidence > best.evidence) best = candidate;
  }
  if (!(best.evidence >= 2 || best.signature)) return { text, sequences: 0, codePage: best.codePage };
  if (best.codePage !== 'windows-1252') return { text: best.text, sequences: best.sequences, codePage: best.codePage };
  // "à" is bytes C3 A0, and A0 read as Windows-1252 is a no-break space, which a copy often turns into a plain one
  // ("comunitÃ  cinese"): in a text proven to hold such mojibake, "Ã" and a space closing a word are that "à".
  let lost = 0;
  const repaired = best.text.replace(LOST_A_GRAVE, () => {
    lost++;
    return 'à';
  });
  return { text: repaired, sequences: best.sequences + lost, codePage: best.codePage };
}

/**
 * "Ã" after a lower-case letter, then the space its no-break space became: taken with it before a space or a stop
 * ("cittÃ  e", "cittÃ ."), kept before a word (the copy collapsed the two spaces into one).
 */
const LOST_A_GRAVE = /(?<=\p{Ll})Ã(?:[ \u00a0](?=[\s\p{P}]|$)|(?=[ \u00a0]|$))/gmu;

const mojibakePatterns = new Map<CodePage, RegExp>();

/**
 * Every repair starts with a lead character followed by a continuation
 * character; one regular-expression scan rules most text out, where the
 * character-by-character repair cost a third of a large corpus's load time.
 */
function mayHoldMojibake(text: string, codePage: CodePage): boolean {
  let pattern = mojibakePatterns.get(codePage);
  if (!pattern) {
    const leads: string[] = [];
    const continuations: string[] = [];
    const escape = (ch: string) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`;
    for (const [ch, byte] of reverseTable(codePage)) {
      if (sequenceLength(byte) > 0) leads.push(escape(ch));
      else if (byte >= 0x80 && byte <= 0xbf) continuations.push(escape(ch));
    }
    pattern = new RegExp(`[${leads.join('')}][${continuations.join('')}]`, 'u');
    mojibakePatterns.set(codePage, pattern);
  }
  return pattern.test(text);
}

function repairWith(text: string, codePage: CodePage): Repair & { evidence: number; signature: boolean } {
  const table = reverseTable(codePage);
  const chars = Array.from(text);
  let out = '';
  let sequences = 0;
  let evidence = 0;
  let weak = 0;
  let signature = false;
  // Whether the character before is itself a repaired sequence: mojibake comes in runs.
  let decodedBefore = false;
  for (let i = 0; i < chars.length; ) {
    const lead = table.get(chars[i] ?? '');
    const length = lead === undefined ? 0 : sequenceLength(lead);
    if (lead !== undefined && length > 0) {
      const bytes = [lead];
      for (let k = 1; k < length; k++) {
        const b = table.get(chars[i + k] ?? '');
        if (b === undefined || b < 0x80 || b > 0xbf) break;
        bytes.push(b);
      }
      if (bytes.length === length) {
        try {
          const decoded = utf8Sequence.decode(Uint8Array.from(bytes));
          // "Łódź”…", "café”…": a word's last letter, then a closing quote and an ellipsis, is also a three-byte
          // sequence; right after a plain letter, with only typographic punctuation after its lead, it proves nothing.
          const afterWord = i > 0 && /\p{L}/u.test(chars[i - 1] ?? '') && !decodedBefore;
          const punctuationOnly = chars.slice(i + 1, i + length).every((c) => TYPOGRAPHIC_PUNCTUATION.test(c));
          out += decoded;
          sequences++;
          // (Beside a sequence that does prove it, such a one is mojibake too: "ą €Ać‹‚" is "ࠀA㋂".)
          if (length > 2 && afterWord && punctuationOnly) weak++;
          // (Mac Roman's pairs are too often real: "“É", "—é" are a quote or a dash before an accented letter. Its runs
          // of three prove it: "‚Äô", "‚Äú".)
          else if (length > 2 || (length === 2 && codePage !== 'macintosh' && isPlausibleTwoByte(decoded.codePointAt(0) ?? 0))) evidence++;
          // "â€™" for "’": UTF-8 punctuation read as Windows-1252 (or "‚Äô", as a Mac's Word reads it), the commonest
          // mis-decoding, which no real text holds.
          if (length === 3 && (codePage === 'windows-1252' || codePage === 'macintosh') && /[\u2010-\u2027\u2030-\u205e]/u.test(decoded)) signature = true;
          i += length;
          decodedBefore = true;
          continue;
        } catch {
          // not a valid sequence after all: keep the characters as they are
        }
      } else if (length === 3 && bytes.length === 2 && bytes[0] === 0xe2 && bytes[1] === 0x80) {
        out += '\u201d';
        sequences++;
        evidence++;
        i += 2;
        continue;
      }
    }
    out += chars[i];
    decodedBefore = false;
    i++;
  }
  return { text: out, sequences, codePage, evidence: evidence > 0 ? evidence + weak : 0, signature };
}
