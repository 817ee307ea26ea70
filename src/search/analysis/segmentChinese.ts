/**
 * Chinese word segmentation: ICU's dictionary segmenter, checked against
 * CC-CEDICT's word list by bidirectional maximum matching, the classic
 * dictionary method.
 *
 * ICU alone splits words its dictionary lacks into characters (央视 "CCTV" →
 * 央|视) and sometimes groups characters wrongly (注销账号 "close an account"
 * → 注|销账|号). Forward and backward maximum matching over CC-CEDICT agree
 * on 注销|账号. ICU's reading comes first, with runs of its single
 * characters that together make a dictionary word joined (央|视 → 央视);
 * where the two directions agree on fewer words than that, they win.
 * Questions and articles are segmented the same way, so their words meet.
 */

export interface Segment {
  segment: string;
  /** Offset in the text segmented. */
  index: number;
}

/** CC-CEDICT's longest entries that matter for matching; longer ones are idioms and names rarely typed whole. */
const MAX_WORD_CHARS = 6;
const icu = new Intl.Segmenter('zh', { granularity: 'word' });

/** Word-like pieces of a run of CJK text; with no dictionary, ICU's alone. */
export function segmentChinese(text: string, isWord: ((word: string) => boolean) | null): Segment[] {
  const byIcu = [...icu.segment(text)].filter((s) => s.isWordLike).map((s) => ({ segment: s.segment, index: s.index }));
  if (!isWord || text.length < 2) return byIcu;
  // ICU's segments cover the text only where they are word-like: punctuation inside the run is left to it.
  const joined = splitParticles(joinSingleCharacters(byIcu, isWord), isWord);
  if (byIcu.reduce((sum, s) => sum + s.segment.length, 0) !== text.length) return joined;
  const forward = maximumMatch(text, isWord, 'forward');
  const backward = maximumMatch(text, isWord, 'backward');
  const agree = forward.length === backward.length && forward.every((s, i) => s.segment === backward[i]?.segment);
  if (!agree) return joined;
  // Fewer words is the better reading; with as many, the one the dictionary knows more of (習|近平 → 习近平 "Xi Jinping").
  const unknown = (segments: readonly Segment[]) => segments.filter((s) => s.segment.length > 1 && !isWord(s.segment)).length;
  return forward.length < joined.length || (forward.length === joined.length && unknown(forward) < unknown(joined)) ? forward : joined;
}

/** Aspect and structural particles a verb or noun carries: 了, 过, 着, 的, 地, 得. */
const PARTICLE = /[了过着的地得]$/u;

/**
 * ICU groups a word with the particle after it ("涨了": rose), a pair the dictionary lacks: the word and its particle,
 * when the word without it is one.
 */
function splitParticles(segments: readonly Segment[], isWord: (word: string) => boolean): Segment[] {
  return segments.flatMap((s) => {
    const stem = s.segment.slice(0, -1);
    if (s.segment.length < 2 || !PARTICLE.test(s.segment) || isWord(s.segment) || !isWord(stem)) return [s];
    return [
      { segment: stem, index: s.index },
      { segment: s.segment.slice(-1), index: s.index + stem.length },
    ];
  });
}

function maximumMatch(text: string, isWord: (word: string) => boolean, direction: 'forward' | 'backward'): Segment[] {
  const out: Segment[] = [];
  if (direction === 'forward') {
    for (let start = 0; start < text.length; ) {
      let end = Math.min(text.length, start + MAX_WORD_CHARS);
      while (end > start + 1 && !isWord(text.slice(start, end))) end--;
      out.push({ segment: text.slice(start, end), index: start });
      start = end;
    }
    return out;
  }
  for (let end = text.length; end > 0; ) {
    let start = Math.max(0, end - MAX_WORD_CHARS);
    while (start < end - 1 && !isWord(text.slice(start, end))) start++;
    out.unshift({ segment: text.slice(start, end), index: start });
    end = start;
  }
  return out;
}

/** Consecutive one-character segments that make a dictionary word together become that word, longest first. */
function joinSingleCharacters(segments: readonly Segment[], isWord: (word: string) => boolean): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segments.length; ) {
    let run = 0;
    while (i + run < segments.length && segments[i + run]?.segment.length === 1 && (run === 0 || adjacent(segments[i + run - 1], segments[i + run]))) run++;
    let joined = 1;
    for (let length = Math.min(run, MAX_WORD_CHARS); length >= 2; length--) {
      if (isWord(segments.slice(i, i + length).map((s) => s.segment).join(''))) {
        joined = length;
        break;
      }
    }
    const first = segments[i] as Segment;
    out.push(joined === 1 ? first : { segment: segments.slice(i, i + joined).map((s) => s.segment).join(''), index: first.index });
    i += joined;
  }
  return out;
}

const adjacent = (a: Segment | undefined, b: Segment | undefined) => a !== undefined && b !== undefined && a.index + a.segment.length === b.index;
