import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedChineseGlossary } from '../../../src/search/analysis/chineseGlossary.js';
import { segmentChinese } from '../../../src/search/analysis/segmentChinese.js';

const dictionary = (words: readonly string[]) => {
  const known = new Set(words);
  return (word: string) => known.has(word);
};
const words = (text: string, isWord: ((word: string) => boolean) | null) => segmentChinese(text, isWord).map((s) => s.segment);

describe('Chinese word segmentation', () => {
  it('GIVEN no dictionary THEN ICU alone segments', () => {
    expect(words('为什么美国人去小红书', null)).toEqual([...new Intl.Segmenter('zh', { granularity: 'word' }).segment('为什么美国人去小红书')].filter((s) => s.isWordLike).map((s) => s.segment));
  });

  it('GIVEN single characters that together make a dictionary word THEN they are one word (a word ICU lacks)', () => {
    const cedict = sharedChineseGlossary();
    expect(cedict).not.toBeNull();
    const isWord = (word: string) => cedict?.isWord(word) ?? false;
    // 央视 is China Central Television: ICU reads it as two characters.
    expect(words('央视怎么评价', isWord)).toContain('央视');
    expect(words('小红书', dictionary(['小红书']))).toEqual(['小红书']);
  });

  it('GIVEN forward and backward maximum matching agree on fewer words than ICU THEN theirs win', () => {
    const isWord = (word: string) => sharedChineseGlossary()?.isWord(word) ?? false;
    // ICU: 注|销账|号; the dictionary reading is 注销 (close) 账号 (account).
    expect(words('怎么注销账号', isWord)).toEqual(['怎么', '注销', '账号']);
  });

  it('GIVEN the two directions agree on as many words as ICU, but ICU\'s hold a piece the dictionary lacks THEN theirs win', () => {
    const isWord = (word: string) => sharedChineseGlossary()?.isWord(word) ?? false;
    // ICU: 习|近平 (近平 is no word); the dictionary knows 习近平, Xi Jinping.
    expect(words('习近平关于中美关系说过什么', isWord)).toEqual(['习近平', '关于', '中美', '关系', '说', '过', '什么']);
  });

  it('GIVEN the two directions disagree THEN ICU reading stands', () => {
    // Forward: 医疗费|用; backward: 医疗|费用. Neither is trusted over ICU.
    const isWord = dictionary(['医疗', '费用', '医疗费']);
    expect(words('医疗费用', isWord)).toEqual(words('医疗费用', null));
  });

  it('GIVEN a word ICU groups with its particle ("涨了": rose) THEN the word and the particle are two, where the pair is no dictionary word', () => {
    const isWord = dictionary(['涨', '了', '多少', '为了']);
    expect(words('小红书概念股涨了多少', null)).toContain('涨了');
    expect(words('小红书概念股涨了多少', isWord)).toEqual(expect.arrayContaining(['涨', '了']));
    // A word ending in the particle's character stays whole (为了: in order to).
    expect(words('为了', isWord)).toEqual(['为了']);
  });

  it('GIVEN any text THEN the segments are pieces of it, in order, never overlapping', () => {
    const isWord = dictionary(['小红书', '美国', '美国人', '用户', '中国', '人民']);
    const han = fc.constantFrom(...'小红书美国人用户中国民的了在是吗，。abc 1'.split(''));
    fc.assert(
      fc.property(fc.array(han, { maxLength: 20 }).map((cs) => cs.join('')), (text) => {
        let last = 0;
        for (const { segment, index } of segmentChinese(text, isWord)) {
          expect(text.slice(index, index + segment.length)).toBe(segment);
          expect(index).toBeGreaterThanOrEqual(last);
          last = index + segment.length;
        }
      }),
    );
  });
});
