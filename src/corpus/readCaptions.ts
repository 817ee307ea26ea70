/**
 * A video's caption file: WebVTT (a "WEBVTT" header, cues of a timing line
 * "00:00:07.812 --> 00:00:09.812 align:center" and their text, "<v Name>"
 * voice tags, NOTE comments, STYLE and REGION blocks) or SubRip (numbered
 * cues timed "00:00:07,812 --> 00:00:09,812"). It is read as the transcript
 * it carries: cue text without timings, tags or settings, lines a cue wraps
 * joined, a paragraph for each turn (a new speaker, a note between cues, a
 * sound cue such as "[MUSIC]", a pause). The "key: value" lines of its notes
 * state its metadata as front matter would (title, reporter, air date,
 * canonical address). An Advanced SubStation Alpha script (Aegisub's .ass, a
 * fansub's transcript) is read as the WebVTT it amounts to: its Dialogue lines
 * in time order with their speakers, its Comment lines as notes, its typeset
 * signs (lines placed on screen by override tags) left out, its Script Info
 * naming the title and source. What the pipeline does next is the same as for any text:
 * the station's sign-offs and sponsor lines are judged as furniture.
 */
import { decodeHTMLStrict } from 'entities';
import { junkRule } from './furniture.js';
import type { PageMetadata } from './readHtml.js';
import { metaFromFields, parseFields } from './readFrontMatter.js';

export interface CaptionTranscript {
  meta: PageMetadata;
  /** The transcript, its paragraphs parted by blank lines. */
  body: string;
}

const TIMING = /^(?:(\d{1,2}):)?(\d{2}):(\d{2})[.,](\d{3})\s+-->\s+(?:(\d{1,2}):)?(\d{2}):(\d{2})[.,](\d{3})(?:\s.*)?$/;
/** Cues a file needs before its timing lines make it a caption file rather than text quoting one. */
const MIN_CUES = 3;
/** A pause this long between cues (seconds) ends a paragraph: the next shot, the next story. */
const PARAGRAPH_PAUSE = 2;
/** A paragraph this long ends at its next full stop, as a transcript's would. */
const MAX_PARAGRAPH_WORDS = 120;
/** "[MUSIC]", "(APPLAUSE)", "♪ ♪", "[NEWS THEME STINGER]": a sound, not words. */
const SOUND_CUE = /^(?:\[[^\]]*\]|\([^)]*\)|[♪♫#\s]+)$/u;
const VOICE = /^<v(?:\.[\w.-]+)?\s+([^>]+)>/;
const SENTENCE_END = /[.!?…]["”’')\]]?$/;

export function looksLikeCaptions(text: string): boolean {
  const head = text.replace(/^\ufeff/, '');
  if (looksLikeSubStation(head)) return true;
  if (/^WEBVTT(?:[ \t][^\n]*)?\r?\n/.test(head)) return true;
  // SubRip: a cue number over its timing line, from the top.
  if (!/^\s*\d+\r?\n\d{1,2}:\d{2}:\d{2},\d{3}\s+-->/.test(head)) return false;
  return head.split(/\r?\n/).filter((l) => TIMING.test(l.trim())).length >= MIN_CUES;
}

export function readCaptions(source: string): CaptionTranscript | null {
  if (!looksLikeCaptions(source)) return null;
  const text = looksLikeSubStation(source.replace(/^\ufeff/, '')) ? subStationAsWebVtt(source) : source;
  const blocks = text.replace(/^\ufeff/, '').split(/\r?\n[ \t]*(?:\r?\n[ \t]*)+/);
  const tagsVoices = /^<v[\s.]/m.test(text);
  const fields = new Map<string, string[]>();
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  let speaker = '';
  let lastEnd = -1;
  const close = () => {
    if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const block of blocks) {
    const lines = block.split(/\r?\n/).map((l) => l.trim());
    const first = lines[0] ?? '';
    if (/^WEBVTT\b/.test(first) || /^(?:STYLE|REGION)$/.test(first)) continue;
    if (/^NOTE\b/.test(first)) {
      // A note's "key: value" lines describe the file; any note between cues marks a new part (a chapter, a segment).
      parseFields([first.replace(/^NOTE\s*/, ''), ...lines.slice(1)].join('\n'), fields);
      close();
      continue;
    }
    const at = lines.findIndex((l) => TIMING.test(l));
    if (at < 0 || at > 1) continue;
    const timing = TIMING.exec(lines[at] ?? '');
    const start = timing ? seconds(timing.slice(1, 5)) : 0;
    const end = timing ? seconds(timing.slice(5, 9)) : 0;
    const raw = lines.slice(at + 1).filter((l) => l !== '');
    if (raw.length === 0) continue;
    const voice = VOICE.exec(raw[0] ?? '')?.[1]?.trim() ?? '';
    const words = cueText(raw);
    const pause = lastEnd >= 0 && start - lastEnd >= PARAGRAPH_PAUSE;
    lastEnd = end;
    // In a file that tags its voices, an untagged cue that is no sentence ("KSTQ 9 NEWS AT 6 | DIGITAL EXCLUSIVE") is a
    // caption of what is on screen.
    const onScreen = voice === '' && tagsVoices && !SENTENCE_END.test(words);
    if (words === '' || SOUND_CUE.test(words) || onScreen) {
      close();
      continue;
    }
    // ">>" opens a new speaker's turn in broadcast captions, as a voice tag does in WebVTT; in a file that tags voices,
    // an untagged cue is no one's words (a caption of what is on screen).
    const turn = /^>>/.test(words) || voice !== speaker;
    speaker = voice;
    const long = paragraph.join(' ').split(/\s+/).length >= MAX_PARAGRAPH_WORDS && SENTENCE_END.test(paragraph.at(-1) ?? '');
    // A reporter's out-cue ("In San Jose, Dana Whitfield, KSTQ 9 News.") stands alone, for cleaning to judge.
    const outCue = junkRule(words) === 'out-cue';
    if (turn || pause || long || outCue) close();
    paragraph.push(words.replace(/^>>\s*/, ''));
    if (outCue) close();
  }
  close();
  // A file cut from a longer recording opens in the middle of the story before it ("and the cause of that fire …"):
  // words before the first capital-led sentence belong to that story.
  const opening = paragraphs[0] ?? '';
  if (/^\p{Ll}/u.test(opening)) {
    const rest = /[.!?…]["”’')\]]?\s+(?=\p{Lu})/u.exec(opening);
    if (rest) paragraphs[0] = opening.slice(rest.index + rest[0].length);
    else paragraphs.shift();
  }
  return { meta: metaFromFields(fields), body: paragraphs.join('\n\n') };
}

/** A cue's lines as one line of plain words: voice, class and timestamp tags removed, entities decoded. */
function cueText(lines: readonly string[]): string {
  return decodeHTMLStrict(lines.join(' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

function seconds(parts: readonly (string | undefined)[]): number {
  const [h, m, s, ms] = parts.map((p) => Number(p ?? 0));
  return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0) + (ms ?? 0) / 1000;
}

/** An Advanced SubStation Alpha script: its [Script Info] section first, an [Events] section with Dialogue lines. */
function looksLikeSubStation(text: string): boolean {
  return /^\s*\[Script Info\]/i.test(text) && /^\[Events\]/im.test(text) && (text.match(/^Dialogue:/gm) ?? []).length >= MIN_CUES;
}

/** Override tags that place a line on screen (a position, a move, a clip, an alignment off the bottom row): a typeset sign, not speech. */
const SIGN_OVERRIDE = /\\(?:pos|move|org|i?clip)\(|\\an[4-9]/;

/**
 * The script as WebVTT: Script Info's title (its release-group and version tags dropped, "Channel - Title" parted when
 * the channel is the script's "Original Script") and its "; Source: …" comment as a note, each Dialogue line a cue in time
 * order with its speaker as the voice, each Comment a note between cues.
 */
function subStationAsWebVtt(text: string): string {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const info = new Map<string, string>();
  let section = '';
  let format: string[] = [];
  const events: { start: number; end: number; voice: string; text: string; note: boolean }[] = [];
  for (const line of lines) {
    const header = /^\[([^\]]+)\]\s*$/.exec(line.trim());
    if (header) {
      section = (header[1] ?? '').toLowerCase();
      continue;
    }
    if (section === 'script info') {
      const pair = /^;?\s*([A-Za-z][\w ]*?)\s*:\s*(.+)$/.exec(line.trim());
      if (pair && !info.has((pair[1] ?? '').toLowerCase())) info.set((pair[1] ?? '').toLowerCase(), (pair[2] ?? '').trim());
      continue;
    }
    if (section !== 'events') continue;
    const event = /^(Format|Dialogue|Comment)\s*:\s*(.*)$/.exec(line);
    if (!event) continue;
    if (event[1] === 'Format') {
      format = (event[2] ?? '').split(',').map((f) => f.trim().toLowerCase());
      continue;
    }
    const fields = (event[2] ?? '').split(',');
    const textAt = format.indexOf('text');
    if (textAt < 0 || fields.length < format.length) continue;
    const field = (name: string) => fields[format.indexOf(name)]?.trim() ?? '';
    const raw = fields.slice(textAt).join(',');
    if (event[1] === 'Dialogue' && SIGN_OVERRIDE.test(raw)) continue;
    const words = raw.replace(/\{[^}]*\}/g, '').replace(/\\[Nnh]/g, ' ').replace(/\s+/g, ' ').trim();
    if (words === '') continue;
    events.push({ start: subStationTime(field('start')), end: subStationTime(field('end')), voice: field('name'), text: words, note: event[1] === 'Comment' });
  }
  events.sort((a, b) => a.start - b.start);
  const original = info.get('original script') ?? '';
  let title = (info.get('title') ?? '').replace(/^(?:\s*\[[^\]]*\])+\s*/, '').replace(/(?:\s*\[[^\]]*\])+\s*$/, '').trim();
  let publisher = '';
  const parted = /^(.+?)\s+[-–—]\s+(.+)$/.exec(title);
  if (parted && original !== '' && (parted[1] ?? '').toLowerCase() === original.toLowerCase()) [publisher, title] = [parted[1] ?? '', parted[2] ?? ''];
  const head = [title !== '' ? `title: ${title}` : '', publisher !== '' ? `publisher: ${publisher}` : '', info.has('source') ? `source: ${info.get('source')}` : ''].filter((l) => l !== '');
  const stamp = (t: number) => `${String(Math.floor(t / 3600)).padStart(2, '0')}:${String(Math.floor(t / 60) % 60).padStart(2, '0')}:${(t % 60).toFixed(3).padStart(6, '0')}`;
  const cues = events.map((e) => (e.note ? 'NOTE' : `${stamp(e.start)} --> ${stamp(e.end)}\n${e.voice !== '' ? `<v ${e.voice}>` : ''}${e.text.replace(/</g, '&lt;')}`));
  return ['WEBVTT', ...(head.length > 0 ? [`NOTE\n${head.join('\n')}`] : []), ...cues].join('\n\n');
}

/** "0:01:11.30": hours, minutes, seconds and hundredths. */
function subStationTime(value: string): number {
  const t = /^(\d+):(\d{2}):(\d{2})[.,](\d{1,3})$/.exec(value);
  return t ? seconds([t[1], t[2], t[3], (t[4] ?? '0').padEnd(3, '0')]) : 0;
}
