/**
 * The packed index must unpack into exactly the MiniSearch that addAll
 * builds from the same tokens: same BM25 statistics, same postings, same
 * term tree. Otherwise a reload built in a worker would rank differently
 * from one built in place.
 */
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { FieldPostings, IndexPacker, unpackIndex } from '../../../src/search/index/packedIndex.js';
import { NO_SLICES, type TimeSlices } from '../../../src/search/index/timeSlices.js';

interface Doc {
  id: string;
  text: string;
  heading: string;
  title: string;
}

const FIELDS = ['text', 'heading', 'title'];
const options = { fields: FIELDS, tokenize: (text: string) => (text === '' ? [] : text.split(' ')), processTerm: (term: string) => term };

const DOCS: Doc[] = [
  { id: 'a#1', text: 'rednot user user join rednot', heading: 'user arriv', title: 'tiktok refuge' },
  { id: 'a#2', text: 'tiktok ban user', heading: 'user arriv', title: 'tiktok refuge' },
  { id: 'b#1', text: '', heading: '', title: 'china daili' },
  { id: 'b#2', text: 'china welcom tiktok refuge refuge refuge', heading: '', title: 'china daili' },
  // An empty token counts towards the field length and indexes nothing.
  { id: 'c#1', text: 'xiaohongshu  app', heading: 'app', title: '' },
];

function packed(docs: readonly Doc[]) {
  const packer = new IndexPacker<string>(FIELDS);
  for (const doc of docs) packer.add(doc.id, [options.tokenize(doc.text), options.tokenize(doc.heading), options.tokenize(doc.title)]);
  return packer;
}

function reference(docs: readonly Doc[]) {
  const mini = new MiniSearch<Doc>(options);
  mini.addAll(docs);
  return mini;
}

/** Pauses at every opportunity, so any state carried across pauses is exercised. */
function alwaysDue(): TimeSlices & { pauses: number } {
  const slices = { pauses: 0, due: () => true, pause: async () => void slices.pauses++ };
  return slices;
}

describe('IndexPacker and unpackIndex', () => {
  it('GIVEN tokens with repeats, shared terms, empty fields and an empty token THEN the unpacked index serialises exactly as addAll builds it', async () => {
    const { mini } = await unpackIndex(packed(DOCS).pack(), options, NO_SLICES);
    expect(JSON.stringify(mini)).toBe(JSON.stringify(reference(DOCS)));
  });

  it('GIVEN the unpacked index THEN searches score and order hits as the addAll index does, field boosts included', async () => {
    const { mini } = await unpackIndex(packed(DOCS).pack(), options, NO_SLICES);
    const expected = reference(DOCS);
    for (const query of ['user', 'tiktok refuge', 'app', 'china user rednot']) {
      const search = { boost: { text: 1, heading: 1.5, title: 0.35 } };
      expect(mini.search(query, search)).toEqual(expected.search(query, search));
    }
    expect(mini.documentCount).toBe(DOCS.length);
  });

  it('GIVEN slices that are always due THEN the unpacking pauses often and still builds the same index', async () => {
    // Enough documents and terms for the unpacking to pause many times in both of its loops.
    const many: Doc[] = Array.from({ length: 1_200 }, (_, i) => ({ id: `d#${i}`, text: `word${i} word${i % 7} common`, heading: i % 3 === 0 ? `head${i % 11}` : '', title: `title${i % 5}` }));
    const slices = alwaysDue();
    const { mini } = await unpackIndex(packed(many).pack(), options, slices);
    expect(slices.pauses).toBeGreaterThanOrEqual(8);
    expect(JSON.stringify(mini)).toBe(JSON.stringify(reference(many)));
  });

  it('GIVEN the unpacked index THEN its postings are read-only, so nothing can change an index in service', async () => {
    const { mini } = await unpackIndex(packed(DOCS).pack(), options, NO_SLICES);
    expect(() => mini.add({ id: 'z#1', text: 'user', heading: '', title: '' })).toThrow(/read-only/);
  });

  it('GIVEN a term in both text and heading of one document THEN the document counts once for those fields', () => {
    const packer = packed(DOCS);
    const counts = packer.documentCounts([0, 1]);
    const index = packer.pack();
    const count = (term: string) => counts[index.terms.indexOf(term)];
    expect(count('user')).toBe(2);
    expect(count('app')).toBe(1);
    // A word only titles use is in no text or heading.
    expect(count('daili')).toBe(0);
    expect(count('refuge')).toBe(1);
  });

  it('GIVEN options whose fields differ from the packed ones THEN unpacking refuses rather than mixing up fields', async () => {
    await expect(unpackIndex(packed(DOCS).pack(), { ...options, fields: ['title', 'text', 'heading'] }, NO_SLICES)).rejects.toThrow(/fields/);
  });

  it('GIVEN any postings and any order of look-ups THEN a field\'s postings answer exactly as a Map of them does', () => {
    const postingsAndLookups = fc
      .uniqueArray(fc.nat(5_000), { maxLength: 60 })
      .chain((ids) => fc.tuple(fc.constant(ids.sort((a, b) => a - b)), fc.array(fc.nat(5_000), { maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: ids.length, maxLength: ids.length })));
    fc.assert(
      fc.property(postingsAndLookups, ([ids, lookups, frequencies]) => {
        // Laid out as in the packed array, after a field id and a count that are not part of the view.
        const packed = Uint32Array.from([7, ids.length, ...ids, ...frequencies]);
        const view = new FieldPostings(packed, 2, ids.length);
        const map = new Map(ids.map((id, k) => [id, frequencies[k] as number]));
        expect(view.size).toBe(map.size);
        expect([...view.keys()]).toEqual([...map.keys()]);
        expect([...view]).toEqual([...map]);
        for (const id of [...lookups, ...ids, ...ids.slice().reverse()]) {
          expect(view.get(id)).toBe(map.get(id));
          expect(view.has(id)).toBe(map.has(id));
        }
      }),
    );
  });
});
