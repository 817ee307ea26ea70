/**
 * A MiniSearch index as a few flat arrays. The postings are counted where the
 * text is analysed (a worker thread, for a large corpus), cross to the main
 * thread without copying, and become the MiniSearch that answers questions a
 * slice at a time, so that no question waits long for a reload. MiniSearch
 * then reads the postings where they lie, in the packed array (see
 * FieldPostings): 8 bytes a posting instead of a Map entry's 50.
 *
 * The unpacked index is the one MiniSearch's addAll builds from the same
 * tokens: same document ids, field lengths, averages, postings, and the same
 * term tree, because terms are inserted in the order addAll first meets them
 * (test/search/index/packedIndex.test.ts compares the two with toJSON).
 */
import MiniSearch, { type Options } from 'minisearch';
import type { TimeSlices } from './timeSlices.js';

export interface PackedIndex<Id extends string | number> {
  fields: readonly string[];
  /** Document ids by MiniSearch's short id (the order they were added). */
  ids: Id[];
  /** Distinct terms of each field, document after document: BM25's field lengths. */
  fieldLengths: Uint32Array;
  averageFieldLength: number[];
  /** Every term, in the order MiniSearch would first meet it. */
  terms: string[];
  /**
   * The postings of terms[t] are postings[termStarts[t] .. termStarts[t + 1]]:
   * for each field holding the term, its field id, a count n, the n short
   * document ids in ascending order, then their n term frequencies.
   */
  postings: Uint32Array;
  termStarts: Uint32Array;
}

/** The arrays a packed index holds, to hand to postMessage's transfer list. */
export function packedBuffers(packed: PackedIndex<string | number>): ArrayBuffer[] {
  return [packed.fieldLengths.buffer, packed.postings.buffer, packed.termStarts.buffer] as ArrayBuffer[];
}

/**
 * Counts postings document by document, as MiniSearch's `add` does with an
 * identity processTerm: tokens are given already analysed, one list per field.
 */
export class IndexPacker<Id extends string | number> {
  private readonly termIdOf = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Per term and field (at termId × fields + field): short ids and frequencies, interleaved. */
  private readonly lists: (number[] | undefined)[] = [];
  private readonly ids: Id[] = [];
  private readonly lengths: number[] = [];
  private readonly averages: number[];

  constructor(readonly fields: readonly string[]) {
    this.averages = fields.map(() => 0);
  }

  get documentCount(): number {
    return this.ids.length;
  }

  /**
   * Term ids for tokens, new terms numbered in the order met. A field's
   * tokens may be resolved once and added many times (an article's title
   * for each of its paragraphs), as long as they are resolved where addAll
   * would first meet them. An empty token is EMPTY_TOKEN.
   */
  termIds(tokens: readonly string[]): number[] {
    const ids = new Array<number>(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const term = tokens[i] as string;
      if (term === '') {
        ids[i] = EMPTY_TOKEN;
        continue;
      }
      let id = this.termIdOf.get(term);
      if (id === undefined) {
        id = this.terms.length;
        this.termIdOf.set(term, id);
        this.terms.push(term);
      }
      ids[i] = id;
    }
    return ids;
  }

  add(id: Id, fieldTokens: readonly (readonly string[])[]): void {
    this.addTermIds(
      id,
      this.fields.map((_, field) => this.termIds(fieldTokens[field] ?? [])),
    );
  }

  /** Adds a document whose fields are given as term ids (see termIds), one list per field. */
  addTermIds(id: Id, fieldTermIds: readonly (readonly number[])[]): void {
    const shortId = this.ids.length;
    const fieldCount = this.fields.length;
    this.ids.push(id);
    for (let field = 0; field < fieldCount; field++) {
      const termIds = fieldTermIds[field] ?? [];
      let distinct = 0;
      let empty = false;
      for (const termId of termIds) {
        // MiniSearch counts an empty token towards the field length but indexes nothing for it.
        if (termId === EMPTY_TOKEN) {
          if (!empty) distinct++;
          empty = true;
          continue;
        }
        const at = termId * fieldCount + field;
        const list = this.lists[at];
        if (list === undefined) {
          this.lists[at] = [shortId, 1];
          distinct++;
        } else if (list[list.length - 2] === shortId) {
          list[list.length - 1] = (list[list.length - 1] as number) + 1;
        } else {
          list.push(shortId, 1);
          distinct++;
        }
      }
      this.lengths.push(distinct);
      // MiniSearch's running average, step for step, so BM25 scores match to the last bit.
      this.averages[field] = ((this.averages[field] ?? 0) * shortId + distinct) / (shortId + 1);
    }
  }

  /**
   * For each term (in `terms` order), how many documents hold it in any of
   * the given fields: the document frequency, for coverage and citations.
   */
  documentCounts(fieldIds: readonly number[]): Uint32Array {
    const counts = new Uint32Array(this.terms.length);
    const fieldCount = this.fields.length;
    for (let t = 0; t < this.terms.length; t++) {
      const lists = fieldIds.map((f) => this.lists[t * fieldCount + f]).filter((l): l is number[] => l !== undefined);
      if (lists.length === 1) counts[t] = (lists[0] as number[]).length / 2;
      else if (lists.length > 1) counts[t] = countDistinctIds(lists);
    }
    return counts;
  }

  /** The packed index; the packer is empty afterwards. */
  pack(): PackedIndex<Id> {
    const fieldCount = this.fields.length;
    let size = 0;
    for (const list of this.lists) if (list) size += 2 + list.length;
    const postings = new Uint32Array(size);
    const termStarts = new Uint32Array(this.terms.length + 1);
    let at = 0;
    for (let t = 0; t < this.terms.length; t++) {
      termStarts[t] = at;
      for (let field = 0; field < fieldCount; field++) {
        const list = this.lists[t * fieldCount + field];
        if (!list) continue;
        const n = list.length / 2;
        postings[at++] = field;
        postings[at++] = n;
        for (let k = 0; k < n; k++) {
          postings[at + k] = list[2 * k] as number;
          postings[at + n + k] = list[2 * k + 1] as number;
        }
        at += 2 * n;
        // The lists are the largest thing a build holds: let them go as they are copied.
        this.lists[t * fieldCount + field] = undefined;
      }
    }
    termStarts[this.terms.length] = at;
    const packed: PackedIndex<Id> = {
      fields: [...this.fields],
      ids: this.ids.slice(),
      fieldLengths: Uint32Array.from(this.lengths),
      averageFieldLength: [...this.averages],
      terms: this.terms.slice(),
      postings,
      termStarts,
    };
    this.termIdOf.clear();
    this.terms.length = 0;
    this.lists.length = 0;
    this.ids.length = 0;
    this.lengths.length = 0;
    return packed;
  }
}

/** The term id of an empty token: counted in a field's length, never indexed. */
const EMPTY_TOKEN = -1;

/** Distinct ids across interleaved (id, frequency) lists, each in ascending id order. */
function countDistinctIds(lists: readonly number[][]): number {
  const at = lists.map(() => 0);
  let count = 0;
  for (;;) {
    let lowest = Infinity;
    lists.forEach((list, i) => {
      const id = list[at[i] as number];
      if (id !== undefined && id < lowest) lowest = id;
    });
    if (lowest === Infinity) return count;
    count++;
    lists.forEach((list, i) => {
      if (list[at[i] as number] === lowest) at[i] = (at[i] as number) + 2;
    });
  }
}

/** What MiniSearch keeps privately and `loadJS` fills in one go; filled here a slice at a time. */
interface Internals {
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldLength: Map<number, number[]>;
  _index: { set(term: string, data: TermPostings): unknown; get(term: string): unknown; size: number };
}

function internalsOf(mini: MiniSearch<never>): Internals {
  const inner = mini as unknown as Partial<Internals>;
  const isMap = (value: unknown) => value instanceof Map && value.size === 0;
  if (!isMap(inner._documentIds) || !isMap(inner._idToShortId) || !isMap(inner._fieldLength) || typeof inner._index?.set !== 'function' || inner._index.size !== 0) {
    // Only a MiniSearch release that reorganised its internals gets here; the packed-index test fails first.
    throw new Error('this version of minisearch keeps its index differently: the packed index cannot be loaded into it');
  }
  return inner as Internals;
}

/** An unpacked index: the MiniSearch, and its postings for readers that score them directly. */
export interface UnpackedIndex<T, Id extends string | number> {
  mini: MiniSearch<T>;
  postings: IndexPostings<Id>;
}

/**
 * The MiniSearch a packed index stands for, built a slice at a time.
 * `options` must be those the tokens were produced for (fields in the same order).
 */
export async function unpackIndex<T, Id extends string | number>(packed: PackedIndex<Id>, options: Options<T>, slices: TimeSlices): Promise<UnpackedIndex<T, Id>> {
  if (options.fields.join('\n') !== packed.fields.join('\n')) throw new Error(`packed index fields ${packed.fields.join(', ')} differ from ${options.fields.join(', ')}`);
  const count = packed.ids.length;
  const fieldCount = packed.fields.length;
  // MiniSearch's own loader sets the counts and averages; the large maps are filled below, in slices.
  const mini = MiniSearch.loadJS<T>(
    {
      documentCount: count,
      nextId: count,
      documentIds: {},
      fieldIds: Object.fromEntries(packed.fields.map((field, i) => [field, i])),
      fieldLength: {},
      averageFieldLength: [...packed.averageFieldLength],
      storedFields: {},
      dirtCount: 0,
      index: [],
      serializationVersion: 2,
    },
    options,
  );
  const inner = internalsOf(mini);
  const { fieldLengths, postings, termStarts, terms, ids } = packed;
  for (let shortId = 0; shortId < count; shortId++) {
    if (shortId % 256 === 0 && slices.due()) await slices.pause();
    const id = ids[shortId] as Id;
    inner._documentIds.set(shortId, id);
    inner._idToShortId.set(id, shortId);
    const lengths = new Array<number>(fieldCount);
    for (let f = 0; f < fieldCount; f++) lengths[f] = fieldLengths[shortId * fieldCount + f] as number;
    inner._fieldLength.set(shortId, lengths);
  }
  for (let t = 0; t < terms.length; t++) {
    if (t % 256 === 0 && slices.due()) await slices.pause();
    const byField = new Array<FieldPostings | undefined>(fieldCount);
    const end = termStarts[t + 1] as number;
    for (let at = termStarts[t] as number; at < end; ) {
      const field = postings[at++] as number;
      const n = postings[at++] as number;
      byField[field] = new FieldPostings(postings, at, n);
      at += 2 * n;
    }
    inner._index.set(terms[t] as string, new TermPostings(byField));
  }
  return { mini, postings: new IndexPostings(inner._index, ids, fieldLengths, packed.averageFieldLength, packed.fields) };
}

/**
 * The postings of an unpacked index, for a query plan that walks and scores
 * them itself: by short document id, as the packed arrays hold them.
 */
export class IndexPostings<Id extends string | number> {
  constructor(
    private readonly terms: { get(term: string): unknown },
    /** Document ids by short id. */
    readonly ids: readonly Id[],
    private readonly fieldLengths: Uint32Array,
    readonly averageFieldLength: readonly number[],
    readonly fields: readonly string[],
  ) {}

  get documentCount(): number {
    return this.ids.length;
  }

  /** A term's postings by field, or undefined when no document holds it. */
  of(term: string): TermPostings | undefined {
    const found = this.terms.get(term);
    return found instanceof TermPostings ? found : undefined;
  }

  /** Distinct terms of a field in a document: BM25's field length. */
  fieldLength(shortId: number, field: number): number {
    return this.fieldLengths[shortId * this.fields.length + field] as number;
  }
}

const READ_ONLY = 'a packed index is read-only: a reload builds a new one';

/**
 * What a read-only view needs to pass for a Map wherever MiniSearch reads
 * one: iteration, keys, values and forEach come from `entries()`, and every
 * change is refused (a reload builds a new index instead).
 */
abstract class ReadOnlyMapView<K, V> implements ReadonlyMap<K, V> {
  abstract readonly size: number;
  abstract get(key: K): V | undefined;
  abstract has(key: K): boolean;
  abstract entries(): MapIterator<[K, V]>;

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  set(): never {
    throw new Error(READ_ONLY);
  }

  delete(): never {
    throw new Error(READ_ONLY);
  }

  clear(): never {
    throw new Error(READ_ONLY);
  }
}

/**
 * One term's postings in one field, as MiniSearch reads a field's
 * Map<short id, term frequency> (size, keys(), get() while it scores, every
 * entry when it serialises), read where they lie in the packed array.
 * MiniSearch asks get() for each id in the order keys() gave it, so the
 * next position is tried before searching.
 */
export class FieldPostings extends ReadOnlyMapView<number, number> {
  private next = 0;

  constructor(
    /** The packed postings: this term's ids in this field are postings[start .. start + size), their frequencies follow. */
    readonly postings: Uint32Array,
    readonly start: number,
    readonly size: number,
  ) {
    super();
  }

  get(id: number): number | undefined {
    const at = this.position(id);
    return at < 0 ? undefined : this.postings[this.start + this.size + at];
  }

  has(id: number): boolean {
    return this.position(id) >= 0;
  }

  override keys(): MapIterator<number> {
    return new Walk(this.postings, this.start, this.start + this.size);
  }

  override values(): MapIterator<number> {
    return new Walk(this.postings, this.start + this.size, this.start + 2 * this.size);
  }

  *entries(): MapIterator<[number, number]> {
    for (let k = 0; k < this.size; k++) yield [this.postings[this.start + k] as number, this.postings[this.start + this.size + k] as number];
  }

  /** Index of `id` among the ids, or -1. */
  private position(id: number): number {
    const { postings, start, size } = this;
    let at = this.next;
    if (at >= size || postings[start + at] !== id) {
      let low = 0;
      let high = size - 1;
      at = -1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const found = postings[start + middle] as number;
        if (found === id) {
          at = middle;
          break;
        }
        if (found < id) low = middle + 1;
        else high = middle - 1;
      }
      if (at < 0) return -1;
    }
    this.next = at + 1;
    return at;
  }
}

/**
 * Numbers of the packed array, in order. MiniSearch walks thousands of ids
 * per question: one result object, reused, spares as many allocations (the
 * protocol allows it; for…of reads each result before asking for the next).
 */
class Walk implements MapIterator<number> {
  private readonly result: { done: false; value: number } = { done: false, value: 0 };

  constructor(
    private readonly numbers: Uint32Array,
    private at: number,
    private readonly end: number,
  ) {}

  next(): IteratorResult<number, undefined> {
    if (this.at >= this.end) return { value: undefined, done: true };
    this.result.value = this.numbers[this.at++] as number;
    return this.result;
  }

  [Symbol.iterator](): MapIterator<number> {
    return this;
  }
}

/** A term's fields, as MiniSearch reads its Map<field id, postings>. */
export class TermPostings extends ReadOnlyMapView<number, FieldPostings> {
  readonly size: number;

  /** `byField[f]` holds the term's postings in field f, if any. */
  constructor(private readonly byField: readonly (FieldPostings | undefined)[]) {
    super();
    this.size = byField.reduce((count, postings) => count + (postings ? 1 : 0), 0);
  }

  get(field: number): FieldPostings | undefined {
    return this.byField[field];
  }

  has(field: number): boolean {
    return this.byField[field] !== undefined;
  }

  *entries(): MapIterator<[number, FieldPostings]> {
    for (let field = 0; field < this.byField.length; field++) {
      const postings = this.byField[field];
      if (postings) yield [field, postings];
    }
  }
}
