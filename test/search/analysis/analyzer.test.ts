import { describe, expect, it } from 'vitest';
import { createAnalyzer, DATE_TERM, foldTerm, NAME_TERM, NUMBER_TERM, PLACE_TERM } from '../../../src/search/analysis/analyzer.js';
import { parseSynonyms } from '../../../src/search/analysis/synonyms.js';

const RULES = parseSynonyms(`
rednote, red note, xiaohongshu, 小红书, little red book, xhs
us, usa, united states, america, american
user, customer
chilly warfare => cold war
shares => shares, stocks
reconsider, change mind
why => why, because, due to
`).rules;
const analyzer = createAnalyzer(RULES);
const terms = (text: string) => analyzer.terms(text);

describe('foldTerm', () => {
  it('folds case, diacritics, curly quotes and the possessive', () => {
    expect(foldTerm('Café’s')).toBe('cafe');
    expect(foldTerm('RedNote’s')).toBe(foldTerm("rednote's"));
    expect(foldTerm('NAÏVE')).toBe('naive');
  });
});

describe('createAnalyzer', () => {
  it('GIVEN the same words in any case, accent or quote style THEN the same terms, at index and query time alike', () => {
    expect(terms('Chinese Users’ FEARS')).toEqual(terms("chinese users' fears"));
    expect(terms('Café')).toEqual(terms('cafe'));
  });

  it('GIVEN a Persian word written with its zero-width non-joiner ("ایرانی\u200cها") THEN it is one term, the same as typed without it', () => {
    expect(terms('کاربران ایرانی\u200cها')).toEqual(terms('کاربران ایرانیها'));
    expect(terms('ایرانی\u200cها')).toHaveLength(1);
  });

  it('drops stop words but keeps acronyms written in capitals ("US" is not "us")', () => {
    expect(terms('what is the ban')).toEqual(['ban']);
    expect(terms('tell us')).toEqual(['tell']);
    expect(terms('the US ban')).toEqual(['us', 'ban']);
    expect(terms('the U.S. ban')).toEqual(['us', 'ban']);
  });

  it('GIVEN the country written in lower case where the pronoun cannot stand ("in the us", "us users") THEN it is the country; the pronoun still goes', () => {
    expect(terms('how long was tiktok down in the us')).toEqual(['long', 'tiktok', 'us']);
    expect(terms('do us users still use it')).toEqual(['us', 'user', 'still', 'use']);
    expect(terms('will they let us stay')).toEqual(['let', 'stay']);
  });

  it('stems with Porter2: inflections meet, communism and community stay apart', () => {
    expect(terms('users')).toEqual(terms('user'));
    expect(terms('migrating')).toEqual(terms('migration'));
    expect(terms('communism')).not.toEqual(terms('community'));
    expect(terms('news')).not.toEqual(terms('new'));
  });

  it('GIVEN a group THEN every spelling, multi-word and hyphenated ones included, becomes the first', () => {
    const rednote = terms('RedNote');
    for (const alias of ['red note', 'Red-Note', 'Xiaohongshu', 'XHS', 'little red book', '小红书']) expect(terms(alias), alias).toEqual(rednote);
    expect(terms('the United States')).toEqual(['us']);
    expect(terms('Americans')).toEqual(['us']);
  });

  it('GIVEN a synonym written in capitals ("RED") THEN only the word written in capitals is read so; "red" stays a colour', () => {
    const caps = createAnalyzer(parseSynonyms('rednote, xiaohongshu, RED').rules);
    expect(caps.terms('Is RED owned by ByteDance')).toEqual(caps.terms('Is RedNote owned by ByteDance'));
    expect(caps.terms('a red phone case')).not.toContain('rednot');
    expect(caps.terms('a Red phone case')).not.toContain('rednot');
  });

  it('GIVEN a synonym written in capitals ("DC") and the word with a possessive ("DC\'s crackdown") THEN the possessive still reads as the capitals', () => {
    const caps = createAnalyzer(parseSynonyms('washington, DC => us government').rules);
    expect(caps.terms("DC's crackdown")).toEqual(caps.terms('Washington crackdown'));
    expect(caps.terms('dc crackdown')).not.toEqual(caps.terms('Washington crackdown'));
  });

  it('GIVEN Chinese text THEN ICU segments it, 小红书 matches its alias and Chinese function words are stop words', () => {
    expect(terms('小红书是什么')).toEqual(terms('RedNote'));
    expect(terms('什么是小红书？')).toEqual(terms('RedNote'));
    // A place word after a noun ("小红书上", on RedNote; "app里", in the app) is a preposition, not a content word.
    expect(terms('在小红书上')).toEqual(terms('RedNote'));
    expect(terms('小红书里')).toEqual(terms('RedNote'));
    // 跟 ("with", "and") joins what it is said of, as 和 does; 这件事 ("this matter") points back at the question's subject.
    expect(terms('小红书跟TikTok')).toEqual(terms('RedNote TikTok'));
    expect(terms('这件事')).toEqual([]);
  });

  it('GIVEN a Chinese alias of the synonym file beside words the dictionary reads across it ("抖音海外版在美国有": 美|国有 backward) THEN the alias is found whole', () => {
    const aliases = createAnalyzer(parseSynonyms('tiktok, 抖音海外版, 抖音国际版\nus, 美国').rules);
    expect(aliases.terms('抖音海外版在美国有多少用户').slice(0, 2)).toEqual(['tiktok', 'us']);
    expect(aliases.terms('抖音海外版有多少用户')[0]).toBe('tiktok');
    // A one-character alias ("禁": ban) is left to the dictionary: inside "监禁" (imprison) it is no ban.
    const ban = createAnalyzer(parseSynonyms('ban, 禁, 被禁').rules);
    expect(ban.terms('tiktok 要被禁之后')).toContain('ban');
    expect(ban.terms('他被监禁了')).not.toContain('ban');
  });

  it('GIVEN Chinese, Japanese or Korean glued to a Latin word THEN the two are read as separate words', () => {
    expect(terms('TikTok难民')).toEqual([...terms('TikTok'), ...terms('难民')]);
    expect(terms('Tokyoタワー')).toEqual([...terms('Tokyo'), ...terms('タワー')]);
    expect(terms('Seoul한국어')).toEqual([...terms('Seoul'), ...terms('한국어')]);
  });

  it('GIVEN a one-way rule THEN the spun phrase reads as the original words', () => {
    expect(terms('the digital chilly warfare')).toEqual(terms('the digital cold war'));
  });

  it('GIVEN an expansion THEN the word keeps its meaning and also matches the alternative', () => {
    expect(terms('shares')).toEqual(expect.arrayContaining([...terms('stocks'), 'share']));
    expect(terms('stocks')).toEqual(['stock']);
  });

  it('matches a plural in the text against a singular rule, not the other way round', () => {
    expect(terms('customers')).toEqual(terms('users'));
    expect(terms('share')).toEqual(['share']);
  });

  it('lets a phrase rule skip stop words in between ("change their minds")', () => {
    expect(terms('did they change their minds')).toEqual(terms('reconsider'));
  });

  it('applies rules that start with a stop word ("why") and keeps their alternatives at one query position', () => {
    const [why] = analyzer.query('why are people leaving');
    expect(why?.stopWord).toBe(false);
    expect(why?.terms).toEqual(expect.arrayContaining(['whi', 'due', 'becaus']));
  });

  it('keeps numbers whole and marks counts as a number, years as a date', () => {
    expect(terms('over 700,000 users')).toEqual(['700000', NUMBER_TERM, 'user']);
    expect(terms('in 2013')).toEqual([DATE_TERM, '2013']);
  });

  it('GIVEN a month, a weekday, a year or a place THEN the index also marks a date or a place there, and a question never asks for the mark itself', () => {
    expect(terms('On January 13 in Hangzhou')).toEqual([DATE_TERM, 'januari', '13', NUMBER_TERM, PLACE_TERM, 'hangzhou']);
    expect(terms('on Sunday in 2025')).toEqual(expect.arrayContaining([DATE_TERM, '2025']));
    // Lower case "may" is a verb; capitalised before a number it is a month.
    expect(terms('it may happen')).not.toContain(DATE_TERM);
    expect(terms('on May 5')).toContain(DATE_TERM);
    expect(analyzer.query('where is Hangzhou').flatMap((s) => s.terms)).not.toContain(PLACE_TERM);
  });

  it('GIVEN two capitalised words in a row inside a sentence THEN the index marks a name there; a sentence\'s first word or a lone capital does not', () => {
    expect(terms('a translator, Jacob Hui, joined')).toContain(NAME_TERM);
    expect(terms('said analyst Liu Xingliang.')).toContain(NAME_TERM);
    expect(terms('Users joined. Chinese users stayed.')).not.toContain(NAME_TERM);
    expect(terms('users of TikTok moved')).not.toContain(NAME_TERM);
  });

  it('reports where each term came from, so excerpts can bold the words', () => {
    const text = 'The Red-Note app surged.';
    const spans = analyzer.spans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Red-Note', 'app', 'surged']);
  });

  it('GIVEN a question THEN query() keeps stop words, flagged, so outlet names with "the" can still be found', () => {
    const slots = analyzer.query('what did the Guardian write');
    expect(slots.map((s) => [s.written, s.stopWord])).toEqual([
      ['what', true],
      ['did', true],
      ['the', true],
      ['Guardian', false],
      ['write', false],
    ]);
  });

  it('lists one-word synonym sources and rule targets as aliases, for typo correction', () => {
    const aliases = analyzer.aliases();
    expect(aliases.get('xiaohongshu')).toEqual(terms('RedNote'));
    expect(aliases.get('customer')).toEqual(terms('user'));
  });
});
