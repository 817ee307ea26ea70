/**
 * How a question's words reach the corpus: as written, through meaning
 * (WordNet), through Chinese glosses (CC-CEDICT), through a corrected
 * spelling, and how much each word weighs.
 */
import { describe, expect, it } from 'vitest';
import { RANKING } from '../../../src/search/query/rankingConstants.js';
import { resolveQuestion } from '../../../src/search/query/resolveQuestion.js';
import { searchChunks } from '../../../src/search/query/searchChunks.js';
import { smallIndex } from '../smallIndex.js';

const index = await smallIndex(
  {
    news: [
      [null, 'Over 700,000 new users joined RedNote after the ban was announced on January 13.'],
      [null, 'His critical article was deleted shortly after publication.'],
      [null, 'The employees of the company feared for their livelihood.'],
      [null, 'Lemon8, also owned by ByteDance, lets users migrate their account handles.'],
      [null, 'A translator from Hangzhou, Jacob Hui, joined live chats with American users.'],
      [null, 'Learning the language is the hardest part, the translator said.'],
    ],
  },
  { synonyms: 'rednote, xiaohongshu, 小红书\nuser, customer' },
);
const first = (question: string) => searchChunks(index, question).hits[0]?.chunk.id;
const slotOf = (question: string, written: string) => resolveQuestion(index, question, RANKING).slots.find((s) => s.written === written);

describe('resolveQuestion', () => {
  it('GIVEN an "-able" adjective neither the corpus nor WordNet knows ("bannable") THEN it reaches its verb as a derived form; "even" only frames the question', async () => {
    const banned = await smallIndex({ about: [[null, 'The government can ban the app from the store.'], [null, 'The store sells even more apps.']] });
    const slots = resolveQuestion(banned, 'is the app even bannable', RANKING).slots;
    expect(slots.find((s) => s.written === 'bannable')?.terms.get('ban')).toBe(RANKING.relationCredit.derivation);
    expect(slots.find((s) => s.written === 'even')).toBeUndefined();
    expect(searchChunks(banned, 'is the app even bannable').hits[0]?.chunk.id).toBe('about#1');
  });

  it('GIVEN a noun that looks like an adjective\'s comparative ("founder", "number") THEN it is read as itself, not as "found" or "numb"', async () => {
    const founded = await smallIndex({ about: [[null, 'The company was founded in Shanghai in 2013 and is owned by a holding group.']] }, { synonyms: 'established, founded' });
    const slot = resolveQuestion(founded, 'who is the founder', RANKING).slots.find((s) => s.written === 'founder');
    // "found" reached as written would earn near-full credit; the founder is a person the text never names.
    expect(slot?.terms.get('found') ?? 0).toBeLessThan(RANKING.relationCredit.inflection);
    expect(slot?.terms.get('establish') ?? 0).toBeLessThan(RANKING.relationCredit.inflection);
  });

  it('GIVEN Chinese words glossed by function words ("哪些": which ones, who, what) or standing for one ("啥", dialect for 什么) THEN they weigh nothing, as English ones do', () => {
    expect(slotOf('哪些用户加入了小红书', '哪些')?.weight ?? 0).toBe(0);
    expect(slotOf('杭州的翻译叫啥', '啥')?.weight ?? 0).toBe(0);
    // "以后" (after; later; afterwards; following; later on; in the future): "later on" is an adverb as a whole.
    expect(slotOf('翻译以后加入了小红书', '以后')?.weight ?? 0).toBe(0);
    // (叫 "be called" reaches none of these six paragraphs' words: only 啥 is asserted on.)
    expect(resolveQuestion(index, '杭州的翻译叫啥', RANKING).unknownTerms).not.toContain('啥');
    // Function characters the segmenter left together as no dictionary word ("的是": of + be) frame the question too.
    expect(resolveQuestion(index, '标题叫这个的是哪家公司', RANKING).slots.map((s) => s.written)).not.toContain('的是');
    // Content words keep their weight, and "US" for 美国 is a name, not the stop word "us".
    expect(slotOf('哪些用户加入了小红书', '用户')?.weight ?? 0).toBeGreaterThan(0);
    expect(slotOf('美国用户', '美国')?.weight ?? 0).toBeGreaterThan(0);
    // Its main sense decides: "聊" is "chat", though "temporarily" and "merely" are among its minor senses.
    expect(slotOf('美国用户在小红书上聊什么', '聊')?.weight ?? 0).toBeGreaterThan(0);
  });

  it('GIVEN a name written in Chinese characters that the corpus spells in pinyin ("任意": Ren Yi, "刘星亮": Liu Xingliang) THEN its paragraph is found', async () => {
    const people = await smallIndex({
      news: [
        [null, 'Ren Yi, a Harvard-educated blogger, said the exchange showed ordinary Chinese life.'],
        [null, 'Independent analyst Liu Xingliang suggested the trend might be short-lived.'],
        [null, 'Chinese users welcomed the newcomers with jokes and cat photos.'],
      ],
    });
    expect(searchChunks(people, '任意是誰？').hits[0]?.chunk.id).toBe('news#1');
    expect(searchChunks(people, '独立分析师刘星亮咋看这事').hits[0]?.chunk.id).toBe('news#2');
    // A word that means something the corpus says is read by its meaning, not its sound.
    expect(resolveQuestion(people, '中国用户欢迎新人', RANKING).slots.every((s) => s.name !== true || !['ren', 'yi'].some((t) => s.terms.has(t)))).toBe(true);
  });

  it('GIVEN characters whose sounds are parts of different names or words ("国人": Guo, Ren; "小红书以": Xiaohongshu, Yi) THEN they are no name, for no paragraph prints them as one', async () => {
    const people = await smallIndex(
      {
        news: [
          [null, 'Ren Yi, a Harvard-educated blogger, said the exchange showed ordinary Chinese life.'],
          [null, 'Guo Yi wrote that Xiaohongshu welcomed the newcomers.'],
        ],
      },
      { synonyms: 'rednote, xiaohongshu, 小红书' },
    );
    const names = (question: string) => resolveQuestion(people, question, RANKING).slots.filter((s) => s.name === true).map((s) => s.written);
    expect(names('北京对美国人涌进小红书是啥态度？')).not.toContain('国人');
    expect(names('刷了小红书以后看法变了没')).not.toContain('小红书以');
    expect(resolveQuestion(people, '刷了小红书以后看法变了没', RANKING).slots.map((s) => s.written)).toContain('小红书');
    expect(names('任意是誰？')).toEqual(['任意']);
  });

  it('GIVEN a measure word after a demonstrative or a numeral ("这件事": this matter) THEN it is no word of the question; the same character elsewhere is', () => {
    expect(slotOf('中国外交部对这件事怎么说', '件')).toBeUndefined();
    expect(resolveQuestion(index, '中国外交部对这件事怎么说', RANKING).unknownTerms).not.toContain('件');
    expect(slotOf('文件在哪', '文件')).toBeDefined();
  });

  it('GIVEN a request for a definition ("what does X mean?", "X 是啥意思", "指的是") THEN "mean" and 意思 frame it; "mean" inside a question is a word of it', () => {
    expect(slotOf('what does lemon8 mean?', 'mean')).toBeUndefined();
    expect(slotOf('Lemon8 是啥意思', '意思')).toBeUndefined();
    expect(slotOf('Lemon8 原来是干啥的', '干')).toBeUndefined();
    expect(slotOf('what does the ban mean for the translator', 'mean')).toBeDefined();
  });

  it('GIVEN "哪家公司" or "什么公司" (which company) THEN it asks for a name, as "which company" does: 公司 is framing, not a word the answer must hold', () => {
    expect(slotOf('Lemon8 是哪家公司的', '公司')).toBeUndefined();
    expect(slotOf('Lemon8 是什么公司的', '公司')).toBeUndefined();
    expect(resolveQuestion(index, 'Lemon8 是哪家公司的', RANKING).slots.some((s) => s.answerType === true && s.written === '#name')).toBe(true);
    expect(first('Lemon8 是哪家公司的')).toBe('news#4');
    // The company asked about, not asked for, is a word of the question.
    expect(slotOf('公司的员工害怕什么', '公司')).toBeDefined();
  });

  it('GIVEN a Chinese word THEN its glosses reach the corpus as written or in their other forms, not through a gloss\'s synonyms ("名叫" "be called" → call, not career or telephone)', async () => {
    const called = await smallIndex({
      news: [
        [null, 'Chinese state media called RedNote a new home for TikTok users.'],
        [null, 'Her career as a translator began with a telephone interview.'],
      ],
    });
    const slot = resolveQuestion(called, '官媒把小红书名叫什么', RANKING).slots.find((s) => s.written === '名叫');
    expect([...(slot?.terms.keys() ?? [])]).toContain('call');
    expect([...(slot?.terms.keys() ?? [])]).not.toEqual(expect.arrayContaining(['career']));
    expect([...(slot?.terms.keys() ?? [])]).not.toEqual(expect.arrayContaining(['telephon']));
  });

  it('GIVEN a Chinese word with several senses ("名": name, noun, place among winners, famous) THEN its main, first sense earns the most', async () => {
    const named = await smallIndex({ news: [[null, 'Users may pick any name they like, and the place they live is never shown.']] });
    const terms = resolveQuestion(named, '用户的名', RANKING).slots.find((s) => s.written === '名')?.terms;
    expect(terms?.get('name')).toBeGreaterThan(terms?.get('place') ?? 0);
    expect(terms?.get('place')).toBeGreaterThan(0);
  });

  it('GIVEN a Chinese request for steps ("小红书怎么注销账号": how to close an account) THEN it is one; asking how someone judged, named or welcomed something is not', () => {
    for (const question of ['小红书怎么注销账号', '红烧肉怎么做才好吃啊', '如何下载小红书']) expect(resolveQuestion(index, question, RANKING).procedural).toBe(true);
    for (const question of ['央视怎么评价小红书上的美国新用户？', '中国网友是怎么欢迎 TikTok 难民的？', '美国人怎么看小红书', '央视是怎么称呼小红书的？'])
      expect(resolveQuestion(index, question, RANKING).procedural).toBe(false);
  });

  it('GIVEN a Chinese place whose dictionary entry only refers to another ("杭州": see 杭州市) THEN it is read through that entry', () => {
    expect([...(slotOf('杭州的翻译叫啥', '杭州')?.terms.keys() ?? [])]).toContain('hangzhou');
    expect(first('杭州的翻译是谁')).toBe('news#5');
  });

  it('GIVEN a word the text puts another way THEN WordNet reaches it for less credit than the word itself', () => {
    const migrants = slotOf('can migrants keep their account handles', 'migrants');
    expect(migrants?.terms.get('migrat')).toBeGreaterThan(0);
    expect(migrants?.terms.get('migrat')).toBeLessThan(1);
    expect(first('can migrants keep their account handles')).toBe('news#4');
    expect(slotOf('were the employees afraid', 'employees')?.terms.get('employe')).toBe(1);
  });

  it('GIVEN a word the corpus reaches only through a definition\'s words ("losing" → "cost") THEN it weighs as a word the corpus lacks, not as the word found', async () => {
    const costs = await smallIndex({
      news: [
        [null, 'Creators on TikTok fear for their livelihood.'],
        [null, 'The ban will cost small businesses dearly.'],
        [null, 'Chinese users welcomed the newcomers warmly.'],
        [null, 'RedNote topped the App Store on January 13.'],
        [null, 'Lemon8 is also owned by ByteDance.'],
        [null, 'Moderators who speak English are being hired.'],
      ],
    });
    const slots = resolveQuestion(costs, 'creators losing their livelihood', RANKING).slots;
    const losing = slots.find((s) => s.written === 'losing');
    const livelihood = slots.find((s) => s.written === 'livelihood');
    expect(losing?.terms.get('cost')).toBe(RANKING.relationCredit.defined);
    // "cost" and "livelihood" are each in one paragraph: as the word found, "losing" would weigh as much as "livelihood".
    expect(losing?.weight ?? Infinity).toBeLessThan((livelihood?.weight ?? 0) * 0.8);
    expect(searchChunks(costs, 'creators losing their livelihood').hits[0]?.chunk.id).toBe('news#1');
  });

  it('GIVEN a person named in full whom the corpus does not know ("Donald Trump") THEN the surname is the person, not its dictionary senses ("trump": best); "Supreme Court" keeps its words\' senses', async () => {
    const people = await smallIndex({
      about: [
        [null, 'Ambassador Nicholas Burns said the best outcome was a deal.'],
        [null, 'The court heard the appeal on Friday.'],
      ],
    });
    const trump = resolveQuestion(people, 'what did Donald Trump say about the deal', RANKING).slots.find((s) => s.written === 'Trump');
    expect(trump?.terms.has('best')).toBe(false);
    expect(resolveQuestion(people, 'what did trump say about the deal', RANKING).slots.find((s) => s.written === 'trump')?.terms.has('best')).toBe(true);
    const court = resolveQuestion(people, 'what did the Supreme Court decide', RANKING).slots.find((s) => s.written === 'Court');
    expect(court?.terms.has('appeal')).toBe(true);
    // Title case throughout says nothing of names.
    expect(resolveQuestion(people, 'What Did Trump Say About The Best Deal', RANKING).slots.find((s) => s.written === 'Trump')?.terms.has('best')).toBe(true);
  });

  it('GIVEN a name of two words the corpus lacks ("silicon valley\'s") THEN it is one word of the question, weighed once', () => {
    const slots = resolveQuestion(index, "did silicon valley's employees fear for their livelihood", RANKING).slots;
    expect(slots.map((s) => s.written)).toEqual(['silicon valley', 'employees', 'fear', 'livelihood']);
    expect(resolveQuestion(index, "did silicon valley's employees fear for their livelihood", RANKING).unknownTerms).toEqual(['silicon valley']);
  });

  it('GIVEN an irregular form ("bought") THEN it is read through its lemma', async () => {
    const lemmas = resolveQuestion(index, 'who feared for their livelihood', RANKING).slots.find((s) => s.written === 'feared');
    expect(lemmas?.terms.get('fear')).toBe(1);
    const index2 = await smallIndex({ shop: [[null, 'Shoppers buy the app in the store.']] });
    expect(resolveQuestion(index2, 'who bought the app', RANKING).slots.find((s) => s.written === 'bought')?.terms.get('buy')).toBe(RANKING.relationCredit.inflection);
  });

  it('GIVEN swapped letters THEN the word is corrected by Damerau distance and reported', () => {
    const outcome = searchChunks(index, 'translater from hangzohu');
    expect(outcome.corrections).toEqual(expect.arrayContaining([{ written: 'hangzohu', read: 'hangzhou' }]));
    expect(outcome.hits[0]?.chunk.id).toBe('news#5');
    expect(first('lemno8 account handles')).toBe('news#4');
    expect(searchChunks(index, 'lemno8').corrections).toEqual([{ written: 'lemno8', read: 'lemon8' }]);
    expect(searchChunks(index, '7000').corrections).toEqual([]);
  });

  it('GIVEN two swapped letters spelling a dictionary word the corpus lacks ("compnay") THEN it is read as that word and reported; a word no swap makes a word of stays unknown', async () => {
    const owned = await smallIndex({ news: [[null, 'RedNote is owned by a firm based in Shanghai.'], [null, 'Users in Shanghai posted photos of food.']] });
    const resolved = resolveQuestion(owned, 'where is the compnay based', RANKING);
    expect(resolved.corrections).toEqual([{ written: 'compnay', read: 'company' }]);
    expect(resolved.slots.map((s) => s.written)).toContain('company');
    expect(resolved.slots.map((s) => s.written)).not.toContain('compnay');
    expect(resolveQuestion(owned, 'where is the qzxwv based', RANKING).unknownTerms).toEqual(['qzxwv']);
    expect(resolveQuestion(index, 'translater from hangzohu', RANKING).corrections).toEqual(expect.arrayContaining([{ written: 'hangzohu', read: 'hangzhou' }]));
  });

  it('GIVEN a typo as near to two corpus words, one by two swapped letters ("fiel": file) and one by another letter (fuel) THEN it is reported as the swap; the commoner word decides only between equals', async () => {
    const both = await smallIndex({ news: [[null, 'Prices of fuel rose in January.'], [null, 'Fuel shortages followed.'], [null, 'Upload the file to the app.']] });
    expect(resolveQuestion(both, 'where do i upload the fiel', RANKING).corrections).toEqual([{ written: 'fiel', read: 'file' }]);
    expect(resolveQuestion(both, 'did fuek prices rise', RANKING).corrections).toEqual([{ written: 'fuek', read: 'fuel' }]);
  });

  it('GIVEN a word of six letters or more two edits off (a swap and a dropped letter: "forien") THEN it is corrected; a shorter one is not', async () => {
    const ministry = await smallIndex({ news: [[null, 'The foreign ministry spokesperson welcomed the newcomers.'], [null, 'The ministry of culture said nothing.']] });
    expect(searchChunks(ministry, 'what did the forien ministry say').corrections).toEqual([{ written: 'forien', read: 'foreign' }]);
    expect(searchChunks(ministry, 'what did the forien ministry say').hits[0]?.chunk.id).toBe('news#1');
    // "cultr" is two edits from "culture" but only five letters: left as written, never guessed.
    expect(searchChunks(ministry, 'cultr ministry').corrections).toEqual([]);
  });

  it('GIVEN chat spellings ("wen", "lil", "wat") THEN they read as the words they stand for: "wen" asks for a date, "lil red book" is the Little Red Book', async () => {
    const dated = await smallIndex({ news: [[null, 'RedNote was founded in Shanghai in 2013.'], [null, 'RedNote is popular in Shanghai with young people.']] }, { synonyms: 'rednote, xiaohongshu, little red book' });
    const when = resolveQuestion(dated, 'wen was rednote founded', RANKING);
    expect(when.unknownTerms).toEqual([]);
    expect(when.slots.some((s) => s.answerType === true && s.written === '#date')).toBe(true);
    expect(searchChunks(dated, 'wen was rednote founded').hits[0]?.chunk.id).toBe('news#1');
    expect(resolveQuestion(dated, 'wat is the lil red book', RANKING).slots.map((s) => s.written)).toEqual(['little red book']);
    // Only whole words in lower case: "wendy" and "lilac" are themselves, and so is Wen, a surname.
    expect(resolveQuestion(dated, 'wendy lilac', RANKING).unknownTerms).toEqual(['wendy', 'lilac']);
    expect(resolveQuestion(dated, 'what did Wen say', RANKING).unknownTerms).toEqual(['Wen']);
  });

  it('GIVEN everyday abbreviations ("govt", "dept", "msgs", "thru") in a folder with no synonym file THEN they read as their words, never as a near spelling ("got", "kept")', async () => {
    const plain = await smallIndex({
      news: [
        [null, 'The government said the department kept the messages it got through the week.'],
        [null, 'People got through the week and kept going.'],
      ],
    });
    const resolved = resolveQuestion(plain, 'what did the govt dept do with the msgs', RANKING);
    expect(resolved.corrections).toEqual([]);
    const written = resolved.slots.map((s) => s.written).join(' ');
    for (const word of ['government', 'department', 'messages']) expect(written).toContain(word);
    expect(searchChunks(plain, 'what did the govt dept do with the msgs').hits[0]?.chunk.id).toBe('news#1');
    expect(searchChunks(plain, 'how many ppl got thru').corrections).toEqual([]);
  });

  it('GIVEN "w" for "with" ("what happened w the article") THEN it frames the question and reaches no word of the text', () => {
    expect(resolveQuestion(index, 'what happened w the deleted article', RANKING).slots.map((s) => s.written)).not.toContain('w');
  });

  it('GIVEN a name\'s possessive written without its apostrophe ("jacob huis chats", "hangzhous translator") THEN it is the name; GIVEN an unknown word ending in "s" whose stem the text lacks THEN it stays unknown', () => {
    expect(resolveQuestion(index, 'jacob huis live chats', RANKING).unknownTerms).toEqual([]);
    expect(first('jacob huis live chats')).toBe('news#5');
    expect(resolveQuestion(index, 'qzxs lemon8', RANKING).unknownTerms).toEqual(['qzxs']);
  });

  it('GIVEN a misspelt question word ("whta") THEN it frames the question like the word it stands for', () => {
    expect(resolveQuestion(index, 'whta is lemon8', RANKING).unknownTerms).toEqual([]);
    expect(first('whta is lemon8')).toBe('news#4');
  });

  it('GIVEN a three-letter word no one knows whose swapped letters spell a framing word ("teh", "adn") THEN it is that word and weighs nothing; GIVEN one that spells none ("qzx") THEN it stays unknown', () => {
    expect(resolveQuestion(index, 'what is teh lemon8', RANKING).unknownTerms).toEqual([]);
    expect(first('what is teh lemon8')).toBe('news#4');
    expect(resolveQuestion(index, 'lemon8 adn rednote', RANKING).unknownTerms).toEqual([]);
    expect(resolveQuestion(index, 'qzx lemon8', RANKING).unknownTerms).toEqual(['qzx']);
  });

  it('GIVEN a question word with two letters swapped ("how mnay") where the corpus has a word one letter off ("may") THEN it is the question word, and the question asks for a number', async () => {
    const withMay = await smallIndex({ news: [[null, 'Over 700,000 new users joined RedNote, and more may follow.']] });
    const resolved = resolveQuestion(withMay, 'how mnay users joined rednote', RANKING);
    expect(resolved.slots.find((s) => s.written === 'mnay')).toBeUndefined();
    expect(resolved.slots.some((s) => s.answerType === true && s.written === '#number')).toBe(true);
  });

  it('GIVEN chat around a rare word ("lol what is lemon8 exactly") THEN the rare word decides', () => {
    for (const question of ['lol what is lemon8', 'what is lemon8 exactly', 'hey so what is lemon8 ngl', 'lemon8??']) expect(first(question), question).toBe('news#4');
    expect(slotOf('what is lemon8 exactly', 'exactly')?.weight ?? 0).toBeLessThan(slotOf('what is lemon8 exactly', 'lemon8')!.weight);
  });

  it('GIVEN a rare adverb ("bilingually", never seen in WordNet\'s tagged text) THEN it says what is asked, as its adjective would; a common one ("exactly") still frames', async () => {
    const bilingual = await smallIndex({ news: [[null, 'Some creators now post bilingual videos with subtitles.'], [null, 'Creators now post more videos than ever.']] });
    const resolved = resolveQuestion(bilingual, 'are creators posting bilingually now', RANKING);
    expect(resolved.slots.find((s) => s.written === 'bilingually')?.weight ?? 0).toBeGreaterThan(0);
    expect(searchChunks(bilingual, 'are creators posting bilingually now').hits[0]?.chunk.id).toBe('news#1');
    expect(slotOf('what is lemon8 exactly', 'exactly')?.weight ?? 0).toBe(0);
  });

  it('GIVEN a Chinese question THEN its words reach the English paragraphs through the alias list and CC-CEDICT', () => {
    expect(first('小红书有多少用户')).toBe('news#1');
    expect(first('翻译')).toMatch(/^news#[56]$/);
  });

  it('GIVEN a Chinese word ICU splits into characters (央视, CCTV) THEN it is read whole, and its gloss reaches the text', async () => {
    const media = await smallIndex({ news: [[null, 'State broadcaster CCTV welcomed the newcomers.'], [null, 'Viewers at the centre watched the rates.']] });
    expect(resolveQuestion(media, '央视怎么说', RANKING).slots.find((s) => s.written === '央视')?.terms.has('cctv')).toBe(true);
    expect(searchChunks(media, '央视怎么说').hits[0]?.chunk.id).toBe('news#1');
  });

  it('GIVEN a Chinese word glossed by a phrase ("be fond of eating") THEN the phrase words are not followed further through WordNet', () => {
    // 好吃 "tasty; to be fond of eating": "eating" would reach "consumption" through a derived form.
    const tasty = resolveQuestion(index, '好吃', RANKING).slots.find((s) => s.written === '好吃');
    expect([...(tasty?.terms.keys() ?? [])].some((term) => term.startsWith('consum'))).toBe(false);
  });

  it('GIVEN "when", "where" or "how many" THEN a paragraph giving a date, a place or a number is preferred', () => {
    expect(resolveQuestion(index, 'when did users join', RANKING).slots.some((s) => s.terms.has('#date'))).toBe(true);
    expect(resolveQuestion(index, 'where is the translator from', RANKING).slots.some((s) => s.terms.has('#place'))).toBe(true);
    expect(first('where is the translator from')).toBe('news#5');
    expect(resolveQuestion(index, 'who joined live chats', RANKING).slots.some((s) => s.terms.has('#name'))).toBe(true);
  });

  it('GIVEN a measure asked for ("how long", "how fast", "how often", "what percentage") THEN it asks for a number as "how many" does; "how long ago" asks for a date', () => {
    const written = (question: string) => resolveQuestion(index, question, RANKING).slots.map((s) => s.written);
    for (const question of ['how long did the employees fear for their livelihood', 'how fast did users join', 'how often did users join', 'what percentage of users joined']) {
      expect(written(question), question).toContain('#number');
    }
    expect(written('how long ago did users join')).toEqual(['users', 'join', '#date']);
  });

  it('GIVEN "why" THEN a paragraph giving a reason ranks first, and the mark alone answers nothing', async () => {
    const reasons = await smallIndex({
      news: [
        [null, 'Users left TikTok for RedNote in January.'],
        [null, 'Users left TikTok because a ban was coming.'],
      ],
    });
    const slots = resolveQuestion(reasons, 'why did users leave tiktok', RANKING).slots;
    expect(slots.map((s) => s.written)).toEqual(['users', 'leave', 'tiktok', '#cause']);
    expect(searchChunks(reasons, 'why did users leave tiktok').hits[0]?.chunk.id).toBe('news#2');
    expect(searchChunks(reasons, '为什么').hits).toEqual([]);
  });

  it('GIVEN a tag asking the reader to agree ("… app right, what …", "…, no?") THEN the tag is no word of the question; "who was right" still asks about "right"', () => {
    const written = (question: string) => resolveQuestion(index, question, RANKING).slots.map((s) => s.written);
    expect(written('lemon8 is a chinese app right, who owns it')).not.toContain('right');
    expect(written('users joined rednote last week, no?')).not.toContain('no');
    expect(written('the translator was right?')).toContain('right');
  });

  it('GIVEN a phrase WordNet knows ("newspaper editors", "follow-up") whose words the articles hold only apart THEN each word is searched as written, and the paragraph holding them answers', async () => {
    const briefing = await smallIndex({
      media: [
        [null, 'Editors of four Chinese-language newspapers in California told a Zoom briefing on Friday that readers are curious.'],
        [null, 'The exchange will hold a follow-up briefing on January 31 on the status of TikTok.'],
        [null, 'Readers wrote to the newspapers about the ban.'],
      ],
    });
    const written = (question: string) => resolveQuestion(briefing, question, RANKING).slots.map((s) => s.written);
    expect(written('How many newspaper editors spoke at the briefing?')).toEqual(expect.arrayContaining(['newspaper', 'editors']));
    expect(searchChunks(briefing, 'How many newspaper editors spoke at the briefing?').hits[0]?.chunk.id).toBe('media#1');
    expect(searchChunks(briefing, 'When is the follow-up briefing?').hits[0]?.chunk.id).toBe('media#2');
  });

  it('GIVEN chat abbreviations a folder with no synonym file must still read ("scotus", "dms") and letters run into digits ("f1" for "F-1") THEN they reach the articles\' words', async () => {
    const visa = await smallIndex({
      guide: [
        [null, 'There is no rule under F-1 status that stops you from posting on RedNote.'],
        [null, 'The Supreme Court has not yet ruled on the TikTok law.'],
        [null, 'We never ask for passport details in direct messages.'],
      ],
    });
    expect(searchChunks(visa, 'is there a rule about rednote for f1 students').hits[0]?.chunk.id).toBe('guide#1');
    expect(searchChunks(visa, 'did scotus rule yet').hits[0]?.chunk.id).toBe('guide#2');
    expect(searchChunks(visa, 'do they ask for my passport in dms').hits[0]?.chunk.id).toBe('guide#3');
  });

  it('GIVEN a chat opener before the question ("wait when did …", "hold on, who …", "quick question: …") THEN it is no word of the question; "wait" inside it still is', () => {
    const written = (question: string) => resolveQuestion(index, question, RANKING).slots.map((s) => s.written).filter((w) => !w.startsWith('#'));
    expect(written('wait when did tiktok come back')).not.toContain('wait');
    expect(written('hold on, who owns lemon8')).not.toContain('hold');
    expect(written('quick question: is rednote chinese')).not.toContain('question');
    expect(written('how long did users wait for tiktok')).toContain('wait');
  });

  it('GIVEN a verb of reporting after a word for the report ("which article covers …", "a piece that talks about …") THEN it asks for a report, no word of the subject; the same verb with its own subject is still searched', () => {
    const written = (question: string) => resolveQuestion(index, question, RANKING).slots.map((s) => s.written).filter((w) => !w.startsWith('#'));
    expect(written('which article covers the privacy risk of switching to rednote')).not.toContain('covers');
    expect(written('is there a piece that talks about lemon8')).toEqual(['lemon8']);
    expect(written('which outlet discussed the ban')).not.toContain('discussed');
    expect(written('what did chinese users discuss with americans')).toContain('discuss');
  });

  it('GIVEN an adverb of several words ("in the first place", "kind of", "so far") THEN it frames the question like "exactly" does; the same words apart are still searched', () => {
    const written = (question: string) => resolveQuestion(index, question, RANKING).slots.map((s) => s.written).filter((w) => !w.startsWith('#'));
    expect(written('why did the employees fear in the first place')).toEqual(['employees', 'fear']);
    expect(written('how many users joined so far')).toEqual(['users', 'joined']);
    expect(written('which place did users join first')).toEqual(expect.arrayContaining(['first']));
  });

  it('GIVEN a question asking for a source ("which outlet reported …", "who covered …", "哪家媒体报道") THEN those words frame it, they are not its subject', () => {
    const written = (question: string) => resolveQuestion(index, question, RANKING).slots.map((s) => s.written).filter((w) => !w.startsWith('#'));
    expect(written('which outlet reported that users joined')).toEqual(['users', 'joined']);
    expect(written('who covered the translator from hangzhou')).toEqual(['translator', 'hangzhou']);
    expect(written('which magazine ran the story about the translator from hangzhou')).toEqual(['translator', 'hangzhou']);
    expect(written('who published the piece on users who joined')).toEqual(['users', 'joined']);
    expect(written('哪家媒体报道了小红书的翻译')).not.toContain('报道');
    expect(written('哪家媒体报道了小红书的翻译')).toContain('翻译');
  });

  it('GIVEN the question names the kind of answer ("what year", "哪一年", "which city") THEN those words frame it, they are not its subject', () => {
    const written = (question: string) => resolveQuestion(index, question, RANKING).slots.map((s) => s.written);
    expect(written('what year did users join')).toEqual(['users', 'join', '#date']);
    expect(written('how old is lemon8')).toEqual(['lemon8', '#date']);
    expect(written('which city is the translator from')).toEqual(['translator', '#place']);
    expect(written('小红书是哪一年成立的')).not.toContain('年');
    expect(written('小红书是哪一年成立的')).toContain('#date');
    // The longest framing wins where two overlap (在哪 inside 在哪个城市).
    expect(written('翻译在哪个城市')).not.toContain('城市');
    // The same nouns elsewhere in a question are words like any other.
    expect(written('did users join this year')).toContain('year');
  });

  it('GIVEN an answer-type mark THEN it ranks paragraphs but never carries one over the floor', () => {
    // "when" adds a date mark that many paragraphs hold; the question's own words still decide whether anything answers.
    expect(searchChunks(index, 'when did the super bowl end').hits).toEqual([]);
  });

  it('GIVEN a name the corpus never mentions THEN it weighs fully against an answer; an everyday word it lacks, less', () => {
    const name = slotOf('translator in europe', 'europe');
    const everyday = slotOf('translator losing', 'losing');
    expect(name?.terms.size).toBe(0);
    expect(everyday?.terms.size).toBe(0);
    expect(everyday!.weight).toBeLessThan(name!.weight);
  });

  it('GIVEN a word in the Latin script that neither the corpus nor the dictionary knows ("vpn", "douyin": a product\'s name) THEN it weighs more against an answer than an unknown Chinese word that names no thing does', () => {
    const vpn = slotOf('translator vpn', 'vpn')!;
    const chinese = slotOf('translator 好吃', '好吃');
    expect(vpn.terms.size).toBe(0);
    expect(vpn.weight).toBeGreaterThan(chinese?.weight ?? 0);
    expect(vpn.weight).toBeCloseTo(slotOf('translator douyin', 'douyin')!.weight);
  });

  it('GIVEN an unknown Chinese word the dictionary glosses as a thing ("电脑": computer) THEN it weighs against an answer as a name does; one glossed as a quality ("好吃": tasty), less', () => {
    const computer = slotOf('translator 电脑', '电脑')!;
    const tasty = slotOf('translator 好吃', '好吃')!;
    expect(computer.terms.size).toBe(0);
    expect(tasty.terms.size).toBe(0);
    expect(computer.weight).toBeGreaterThan(tasty.weight);
    expect(computer.weight).toBeCloseTo(slotOf('translator vpn', 'vpn')!.weight);
  });

  it('GIVEN a missing word used mostly as a noun ("price") THEN it weighs more against an answer than one used mostly as a verb or adjective ("losing", "proud")', () => {
    const price = slotOf('translator price', 'price')!;
    expect(price.terms.size).toBe(0);
    expect(price.weight).toBeGreaterThan(slotOf('translator losing', 'losing')!.weight);
    expect(price.weight).toBeGreaterThan(slotOf('translator proud', 'proud')!.weight);
    expect(searchChunks(index, 'the translator price').hits).toEqual([]);
  });
});

describe('the honest middle ground', () => {
  it('GIVEN a question sharing only a rare name with the corpus THEN the closest paragraphs are offered as not sure, never as an answer', () => {
    const outcome = searchChunks(index, 'is lemon8 profitable');
    expect(outcome.hits).toEqual([]);
    expect(outcome.lowConfidence[0]?.chunk.id).toBe('news#4');
  });

  it('GIVEN an off-topic question sharing only common words THEN the honest refusal', () => {
    for (const question of ['who won the super bowl', 'how do i make a sourdough starter', 'best new phone to buy']) {
      const outcome = searchChunks(index, question);
      expect(outcome.hits, question).toEqual([]);
      expect(outcome.lowConfidence, question).toEqual([]);
    }
  });
});
