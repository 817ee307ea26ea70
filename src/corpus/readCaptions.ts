/**
 * A video's caption file: WebVTT (a "WEBVTT" header, cues of a timing line
 * "00:00:07.812 --> 00:00:09.812 align:center" and their text, "<v Name>"
 * voice tags, NOTE comments, STYLE and REGION blocks) or SubRip (numbered
 * cues timed "00:00:07,812 --> 00:00:09,812"). It is read as the transcript
 * it carries: cue text without timings, tags or settings, lines a cue wraps
 * joined, a paragraph for each turn (a new speaker, a note between cues, a
 * sound cue such as "[MUSIC]", a pause). The "key: value" lines of its notes
 * state its metadata as front matter would (title, reporter, air date,
 * canonical address). What the pipeline does next is the same as for any text:
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
  if (/^WEBVTT(?:[ \t][^\n]*)?\r?\n/.test(head)) return true;
  // SubRip: a cue number over its timing line, from the top.
  if (!/^\s*\d+\r?\n\d{1,2}:\d{2}:\d{2},\d{3}\s+-->/.test(head)) return false;
  return head.split(/\r?\n/).filter((l) => TIMING.test(l.trim())).length >= MIN_CUES;
}

export function readCaptions(text: string): CaptionTranscript | null {
  if (!looksLikeCaptions(text)) return null;
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
