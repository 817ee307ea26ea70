import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RANKING } from '../../../src/search/query/rankingConstants.js';
import { resolveQuestion } from '../../../src/search/query/resolveQuestion.js';
import { bestOf, closeness, searchChunks } from '../../../src/search/query/searchChunks.js';
import { smallIndex } from '../smallIndex.js';

const index = await smallIndex(
  {
    news: [
      [null, 'Over 700,000 new users joined the platform after the ban was announced.'],
      ['Censorship', 'Some users tested the limits of censorship when discussing the Tiananmen crackdown.'],
      ['Censorship', 'The platform is scrambling to moderate English-language content.'],
      [null, 'A translator from Hangzhou joined live chats with American users.'],
    ],
    analysis: [
      ['What is the platform?', 'Owned by a Shanghai company and established in 2013, the platform is a lifestyle app.'],
      ['What is the platform?', 'The platform stores personal data in China under its security laws.'],
    ],
  },
  {
    synonyms: 'rednote, red note, xiaohongshu\nestablished, founded',
    references: [{ number: 5, outlet: 'The Guardian', title: 'Users welcome refugees on the platform', url: 'https://example.org/g' }],
  },
);
const ids = (question: string) => searchChunks(index, question).hits.map((h) => h.chunk.id);

describe('searchChunks', () => {
  it('GIVEN a question in the corpus words THEN the paragraph holding them comes first', () => {
    expect(ids('which translator from Hangzhou joined live chats')[0]).toBe('news#4');
  });

  it('GIVEN synonyms THEN a question in other words finds the paragraph', () => {
    expect(ids('when was it founded')[0]).toBe('analysis#1');
  });

  it('GIVEN a request for steps ("how do I …") THEN only a paragraph addressing nearly all of it answers; one sharing its subject does not', () => {
    // The same subject asked as a question of fact is answered by the paragraph about the translator.
    expect(ids('was a translator from hangzhou verified')).toContain('news#4');
    expect(searchChunks(index, 'how do i get verified as a translator from hangzhou').hits).toEqual([]);
    expect(ids('how do i join live chats with a translator from hangzhou')[0]).toBe('news#4');
    expect(ids('how to store personal data in china')[0]).toBe('analysis#2');
    // "How would you describe …" asks for an account, not for steps.
    expect(ids('how would you describe the translator from hangzhou being verified')).toContain('news#4');
  });

  it('GIVEN what the app lets a member do ("can I …", "does it have a …", "is there a way …") THEN it is asked as a request for steps', () => {
    expect(searchChunks(index, 'can i get verified as a translator from hangzhou').hits).toEqual([]);
    expect(searchChunks(index, 'does the platform have a verified translator from hangzhou').hits).toEqual([]);
    expect(searchChunks(index, 'is there a way to get verified as a translator from hangzhou').hits).toEqual([]);
    expect(ids('can i join live chats with a translator from hangzhou')[0]).toBe('news#4');
    // A question of fact about what something has is no request ("does the platform have … like …").
    expect(ids('does the platform store personal data in china')[0]).toBe('analysis#2');
  });

  it('GIVEN two paragraphs holding the question\'s words, one opening on the name it asks about THEN that one comes first', async () => {
    const apps = await smallIndex({
      apps: [
        [null, 'Like TikTok and unlike most of the other apps that people tried out during that strange week in January, Lemon8 keeps the data of its users on servers outside China, and user data stays in the US and Singapore, unlike RedNote.'],
        [null, 'RedNote, the lifestyle platform that millions of Americans joined in a single week of January after hearing that TikTok might go dark, keeps the data of its users on servers in China, under the security laws that apply to every platform operating there, as its published terms explain at some length.'],
      ],
    }, { synonyms: 'rednote, red note' });
    for (const question of ['where does rednote keep the data of its users', 'where does Red-Note keep user data']) {
      expect(searchChunks(apps, question).hits[0]?.chunk.id, question).toBe('apps#2');
    }
  });

  it('GIVEN a question naming the byline\'s writer and a note about the writer under the piece ("The author is …") THEN the note comes first, not every paragraph of the piece alike', async () => {
    const opinion = await smallIndex({
      opinion: [
        [null, 'The surge of American users into RedNote shows how people reach across borders when politics fails them.'],
        [null, 'Creators who built careers on TikTok went looking for a new audience and found curious Chinese users.'],
        [null, 'The author is a professor at the School of Journalism, Chongqing University.'],
      ],
    }, { authors: { opinion: 'Guo Yi' } });
    for (const question of ['who is guo yi', 'whos Guo Yi?']) expect(searchChunks(opinion, question).hits[0]?.chunk.id, question).toBe('opinion#3');
  });

  it('GIVEN a question writing a name that the alias list reads as another ("xiaohongshu" for RedNote) THEN the paragraph printing it as written comes first', async () => {
    const apps = await smallIndex({
      apps: [
        [null, 'RedNote is a lifestyle platform.'],
        [null, 'RedNote, known in China as Xiaohongshu, is a lifestyle platform where millions of people share recommendations on beauty and travel.'],
      ],
    }, { synonyms: 'rednote, xiaohongshu, xhs' });
    for (const question of ['is rednote the same thing as xiaohongshu', 'is xiaohongshu a lifestyle platform']) {
      expect(searchChunks(apps, question).hits[0]?.chunk.id, question).toBe('apps#2');
    }
  });

  it('GIVEN a question naming the thing by one name ("xiaohongshu") and a paragraph opening on another of its names ("RedNote stores…") THEN that paragraph comes before one naming something else first ("Like TikTok, Lemon8 stores…")', async () => {
    // (The article's title names RedNote: every paragraph of it matches the name through the title.)
    const apps = await smallIndex({
      rednote: [
        [null, 'Like TikTok, Lemon8 stores the data of users, and data users store, outside China.'],
        [null, 'RedNote stores the personal data of its users in China, in compliance with the country’s data security and cybersecurity rules, which lets the state see it when it asks.'],
        [null, 'RedNote topped the App Store charts this week.'],
        [null, 'RedNote users welcomed the newcomers with cat photos.'],
        [null, 'Many RedNote posts are about travel and beauty.'],
      ],
    }, { synonyms: 'rednote, xiaohongshu, xhs' });
    expect(searchChunks(apps, 'where does xiaohongshu store the data of users').hits[0]?.chunk.id).toBe('rednote#2');
  });

  it('GIVEN a question the corpus cannot answer THEN no hit passes the relevance floor, though near misses remain', () => {
    const outcome = searchChunks(index, 'how many monthly users does twitter have');
    expect(outcome.hits).toEqual([]);
    expect(outcome.unknownTerms).toEqual(expect.arrayContaining(['monthly', 'twitter']));
    expect(searchChunks(index, 'who won the super bowl').hits).toEqual([]);
  });

  it('GIVEN only stop words THEN nothing is searched', () => {
    const outcome = searchChunks(index, 'what is the');
    expect(outcome.queryTerms).toEqual([]);
    expect(outcome.hits).toEqual([]);
  });

  it('GIVEN a typo in a longer word THEN it is corrected and reported; short words are never guessed', () => {
    const outcome = searchChunks(index, 'tiananmen censorhip');
    expect(outcome.hits[0]?.chunk.id).toBe('news#2');
    expect(outcome.corrections).toEqual([{ written: 'censorhip', read: 'censorship' }]);
    expect(searchChunks(index, 'bam').corrections).toEqual([]);
  });

  it('GIVEN two typos in the words that carry a question and an everyday word the text lacks THEN the corrected words count as written for the relaxed floor', async () => {
    const views = await smallIndex({
      news: [
        [null, 'Over 700,000 new users joined the platform after the ban was announced.'],
        [null, 'Some users tested the limits of censorship when discussing the Tiananmen crackdown.'],
        [null, 'A translator from Hangzhou joined live chats with American users.'],
        [null, 'Historically, communism has been viewed with suspicion in the United States.'],
        [null, 'Chinese users welcomed the newcomers with cat photos that drew millions of views.'],
        [null, 'Lemon8 is also owned by ByteDance.'],
        [null, 'The app topped the App Store on January 13.'],
        [null, 'Moderators who speak English were hired in a hurry.'],
        [null, 'Analysts expect many users to return to TikTok.'],
      ],
    });
    const outcome = searchChunks(views, 'did users change their veiws on comunism');
    expect(outcome.corrections).toEqual(expect.arrayContaining([{ written: 'comunism', read: 'communism' }]));
    expect(outcome.hits[0]?.chunk.id).toBe('news#4');
  });

  it('GIVEN an unfinished last word THEN it is completed from the corpus, but not when the question is finished', () => {
    expect(ids('translator from hangz')[0]).toBe('news#4');
    expect(searchChunks(index, 'translator from hangz?').unknownTerms).toEqual(['hangz']);
  });

  it('GIVEN "how many" THEN a paragraph that gives a number wins over one that only shares the words', () => {
    expect(ids('how many users joined')[0]).toBe('news#1');
  });

  it('GIVEN an outlet of the Source List THEN the question names that reference and its headline stands in for the words', () => {
    const outcome = searchChunks(index, 'what did the Guardian write?');
    expect(outcome.namedReferences.map((r) => r.number)).toEqual([5]);
    expect(outcome.hits.length).toBeGreaterThan(0);
  });

  it('GIVEN an outlet named with a request for its piece ("guardian article link pls") THEN the request frames the question: the outlet\'s headline decides, and "link" is no word to search', () => {
    const outcome = searchChunks(index, 'guardian article link pls');
    expect(outcome.namedReferences.map((r) => r.number)).toEqual([5]);
    expect(outcome.queryTerms).not.toContain('link');
    expect(outcome.hits[0]?.chunk.text).toContain('users joined the platform');
    // Without an outlet, "link" is a word like any other.
    expect(searchChunks(index, 'what is the link between users and the platform').queryTerms).toContain('link');
  });

  it('GIVEN "where can I read the Guardian story about …" THEN it asks for the piece, not a place: "story" frames it, and no paragraph must name a place', () => {
    const outcome = searchChunks(index, 'where can i read the guardian story about users joining the platform');
    expect(outcome.namedReferences.map((r) => r.number)).toEqual([5]);
    expect(outcome.queryTerms).not.toContain('stori');
    expect(outcome.hits[0]?.chunk.text).toContain('users joined the platform');
    const asksPlace = (question: string) => resolveQuestion(index, question, RANKING).slots.some((slot) => slot.answerType === true && slot.terms.has('#place'));
    expect(asksPlace('where can i read the guardian story about users joining the platform')).toBe(false);
    expect(asksPlace('where did the translator come from')).toBe(true);
  });

  it('GIVEN an outlet named in Chinese (卫报, "The Guardian") THEN its dictionary gloss names the reference, and 链接 ("link") frames the question', () => {
    const outcome = searchChunks(index, '卫报那篇文章的链接');
    expect(outcome.namedReferences.map((r) => r.number)).toEqual([5]);
    expect(outcome.queryTerms).toEqual([]);
    expect(outcome.hits[0]?.chunk.text).toContain('users joined the platform');
  });

  it('GIVEN a Source List headline quoted in the question THEN it names that reference as the outlet\'s name would; a quotation of other words names none', () => {
    for (const question of ["who wrote the 'users welcome refugees' piece", '标题叫 "Users welcome refugees on the platform" 的是哪家媒体的文章']) {
      const outcome = searchChunks(index, question);
      expect(outcome.namedReferences.map((r) => r.number), question).toEqual([5]);
      expect(outcome.hits[0]?.chunk.text, question).toContain('users joined the platform');
    }
    expect(searchChunks(index, "what does 'limits of censorship' mean").namedReferences).toEqual([]);
  });

  it('GIVEN a heading the question matches THEN the paragraph opening that section comes first', () => {
    expect(ids('what is the platform')[0]).toBe('analysis#1');
  });

  it('scores every hit with its coverage, best first', () => {
    const { hits } = searchChunks(index, 'censorship tiananmen content');
    for (const hit of hits) expect(hit.coverage).toBeGreaterThan(0);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('GIVEN the query plan of a large index (rare words searched, others walked or read on the candidates) THEN the same paragraphs come first', () => {
    const plans = { 'searched': {}, 'walked': { scoredPostings: 2 }, 'read': { scoredPostings: 2, walkedPostings: 0 }, 'common words only': { scoredPostings: 0 } };
    for (const question of ['which translator from Hangzhou joined live chats', 'platform censorship tiananmen', 'what is the platform', 'how many users joined']) {
      const everyWord = searchChunks(index, question, { scoredPostings: Infinity }).hits;
      for (const [plan, options] of Object.entries(plans)) {
        const { hits } = searchChunks(index, question, options);
        expect(hits[0]?.chunk.id, `${plan}: ${question}`).toBe(everyWord[0]?.chunk.id);
        expect(hits[0]?.coverage, `${plan}: ${question}`).toBeCloseTo(everyWord[0]?.coverage ?? NaN);
      }
    }
  });

  it('GIVEN Discord markup around the question (mentions, channels, custom emoji, links) THEN it is read as the plain question', () => {
    const plain = searchChunks(index, 'which translator from Hangzhou joined live chats');
    for (const question of [
      '<@123456789012345678> which translator from Hangzhou joined live chats',
      '<@!123456789012345678> <@&42> which translator from Hangzhou joined live chats <#987654321>',
      'which translator from Hangzhou joined live chats <:pepe_think:123456> <a:wave:654321> @everyone',
      'which translator from Hangzhou joined live chats https://example.org/some/long-path?with=words&and=more',
    ]) {
      const outcome = searchChunks(index, question);
      expect(outcome.unknownTerms, question).toEqual([]);
      expect(outcome.hits.map((h) => h.chunk.id), question).toEqual(plain.hits.map((h) => h.chunk.id));
    }
    expect(searchChunks(index, '<@123456789012345678>').queryTerms).toEqual([]);
  });
});


describe('searchChunks with the shipped synonyms (seeds/synonyms.txt)', () => {
  it('GIVEN a question naming Washington THEN the paragraph about the US government comes before one about Beijing, which no word of the question reaches (a capital stands for its own government only)', async () => {
    const { readFile } = await import('node:fs/promises');
    const synonyms = await readFile(new URL('../../../seeds/synonyms.txt', import.meta.url), 'utf8');
    const seeded = await smallIndex(
      {
        news: [
          [null, 'In Beijing, the ban on the app was welcomed as a chance for RedNote.'],
          [null, 'The US government could also ban the app on national security grounds.'],
        ],
      },
      { synonyms },
    );
    // Members' own names for the apps and for Washington, in Chinese, read as the English ones.
    for (const [question, word] of [['红书上有多少用户', 'rednot'], ['小红薯火了', 'rednot'], ['抖音海外版会被禁吗', 'tiktok'], ['白宫能禁掉这个 app 吗', 'govern'], ['could the white house ban the app', 'govern']] as const) {
      expect(searchChunks(seeded, question).queryTerms, question).toContain(word);
    }
    const { hits } = searchChunks(seeded, 'can washington ban the app too');
    expect(hits[0]?.chunk.text).toContain('The US government could also ban');
    for (const hit of hits) expect([...hit.matchedTerms].some((t) => t.startsWith('beij')), hit.chunk.text).toBe(false);
  });

  it('GIVEN everyday names for courts, state media, leaving, a company’s seat, netizens, patriotism, op-eds and a backup ("scotus", "state tv", "bail on", "headquartered", "netizens", "patriotic", "op-ed", "backup") THEN they read as the words the articles use', async () => {
    const { readFile } = await import('node:fs/promises');
    const synonyms = await readFile(new URL('../../../seeds/synonyms.txt', import.meta.url), 'utf8');
    const seeded = await smallIndex(
      {
        news: [
          [null, 'The Supreme Court upheld the law that bans the app.'],
          [null, 'Chinese state media, including CCTV, applauded the influx of new users.'],
          [null, 'An exodus of users chose to leave the app before the deadline.'],
          [null, 'Owned by the Shanghai-based Xingyin Information Technology, the company was established in 2013.'],
          [null, 'The migration has intensified the national pride of Chinese internet users.'],
          [null, 'In an opinion piece for China Daily, a professor argued that politics no longer decides what people use.'],
          [null, 'Lemon8, also owned by ByteDance, is another alternative that users are moving to.'],
        ],
      },
      { synonyms },
    );
    for (const [question, expected] of [
      ['whats scotus got to do with any of this', 'The Supreme Court'],
      ['what did chinese state tv say', 'Chinese state media'],
      ['why did people bail on the app', 'An exodus'],
      ['where is the company headquartered', 'Shanghai-based'],
      ['did it make chinese netizens more patriotic', 'national pride'],
      ['what did the china daily op-ed argue', 'opinion piece'],
      ['is lemon8 like a backup app', 'another alternative'],
    ] as const) {
      expect(searchChunks(seeded, question).hits[0]?.chunk.text, question).toContain(expected);
    }
  });
});

describe('searchChunks: everyday phrasings of likeness, mockery, ownership, signing up and kinship', () => {
  it('GIVEN "look like", "making fun of", "parent company", "signed up", "the TikTok maker", "grandpa", "showed up" and "compared to" THEN they read as the words the articles use', async () => {
    const { readFile } = await import('node:fs/promises');
    const synonyms = await readFile(new URL('../../../seeds/synonyms.txt', import.meta.url), 'utf8');
    const seeded = await smallIndex(
      {
        news: [
          [null, 'RedNote is often considered the Asian counterpart of Instagram.'],
          [null, 'Departing users posted videos mocking the alleged security concerns on the way out.'],
          [null, 'The app is owned by the Shanghai-based Xingyin Information Technology.'],
          [null, 'Over 700,000 new users arrived within two days.'],
          [null, 'Lemon8, another app from ByteDance, climbed the charts as well.'],
          [null, 'Ren Yi, a blogger and grandson of a former leader, cautioned his followers.'],
          [null, 'The weather in Shanghai was cold and grey that week.'],
          [null, 'Chinese users welcomed the influx of Americans with tips and memes.'],
          [null, 'The migration is still only a fraction of the 170 million TikTok users in the US.'],
        ],
      },
      { synonyms },
    );
    for (const [question, expected] of [
      ['what does rednote look like', 'counterpart of Instagram'],
      ['what were people making fun of', 'mocking'],
      ['whats the parent company of the app', 'owned by'],
      ['how many signed up', 'new users'],
      ['does the tiktok maker have another app', 'ByteDance'],
      ["who was ren yi's grandpa", 'grandson'],
      ['what was it like when they showed up', 'arrived'],
    ] as const) {
      expect(searchChunks(seeded, question).hits[0]?.chunk.text, question).toContain(expected);
    }
    // A size "compared to" a whole asks what share it is.
    expect(searchChunks(seeded, 'is the move big compared to all tiktok users').queryTerms).toContain('fraction');
  });
});

describe('searchChunks: everyday phrasings of a user base, a plan, a pulled post, a living and paying for', () => {
  it('GIVEN "user base", "planned by", "got pulled", "do for a living" and "pay for" THEN they read as the words the articles use', async () => {
    const { readFile } = await import('node:fs/promises');
    const synonyms = await readFile(new URL('../../../seeds/synonyms.txt', import.meta.url), 'utf8');
    const seeded = await smallIndex(
      {
        news: [
          [null, 'TikTok has 170 million users in America.'],
          [null, 'Unlike orchestrated campaigns, this shift appears to be purely spontaneous.'],
          [null, 'His critical article was deleted shortly after publication.'],
          [null, 'The author is a professor at the School of Journalism.'],
          [null, 'Government-sponsored initiatives spend millions on cultural exchange.'],
          [null, 'The weather in Shanghai was cold and grey that week.'],
          [null, 'Chinese users welcomed the Americans with tips and memes.'],
        ],
      },
      { synonyms },
    );
    for (const [question, expected] of [
      ['how big is the fan base', '170 million'],
      ['was the shift planned by someone', 'orchestrated'],
      ['whose critical post got pulled', 'deleted'],
      ['what does the author do for a living', 'professor'],
      ['what do governments pay for', 'Government-sponsored'],
    ] as const) {
      expect(searchChunks(seeded, question).hits[0]?.chunk.text, question).toContain(expected);
    }
    for (const [question, term] of [
      ['how big is the fan base', 'user'],
      ['whose critical post got pulled', 'delet'],
      ['what does the author do for a living', 'professor'],
      ['what do governments pay for', 'spend'],
    ] as const) {
      expect(searchChunks(seeded, question).queryTerms, question).toContain(term);
    }
    // A plan for something to come ("planning an IPO") is no orchestrated campaign.
    expect(searchChunks(seeded, 'is rednote planning an ipo').queryTerms).not.toContain('orchestr');
  });
});

describe('searchChunks: names for a court, a diplomat and a date', () => {
  it('GIVEN "the justices", "top diplomat" and 六四 THEN they read as the Supreme Court, the ambassador and Tiananmen 1989', async () => {
    const { readFile } = await import('node:fs/promises');
    const synonyms = await readFile(new URL('../../../seeds/synonyms.txt', import.meta.url), 'utf8');
    const seeded = await smallIndex(
      {
        news: [
          [null, 'The Supreme Court heard a last-minute argument from ByteDance.'],
          [null, 'The US ambassador to China spoke of a peaceful battle of ideas.'],
          [null, 'Users met restrictions when discussing the 1989 Tiananmen Square crackdown.'],
          [null, 'The weather in Shanghai was cold and grey that week.'],
        ],
      },
      { synonyms },
    );
    for (const [question, expected] of [
      ['what were the justices asked to decide', 'Supreme Court'],
      ['what did the top diplomat say', 'ambassador'],
      ['小红书上能讨论六四吗', 'Tiananmen'],
    ] as const) {
      expect(searchChunks(seeded, question).hits[0]?.chunk.text, question).toContain(expected);
    }
  });

  it('GIVEN 像 ("resembles"), 评价 ("assess") and "number one" THEN they read as a counterpart, a reaction and the top of the charts', async () => {
    const { readFile } = await import('node:fs/promises');
    const synonyms = await readFile(new URL('../../../seeds/synonyms.txt', import.meta.url), 'utf8');
    const seeded = await smallIndex(
      {
        news: [
          [null, 'RedNote is often considered the Asian counterpart of Instagram.'],
          [null, 'Chinese state media reacted warmly to the newcomers.'],
          [null, 'On January 13, the app rose to the top of the App Store.'],
          [null, 'The weather in Shanghai was cold and grey that week.'],
        ],
      },
      { synonyms },
    );
    for (const [question, expected] of [
      ['小红书跟Instagram像吗', 'counterpart'],
      ['官媒怎么评价', 'reacted'],
      ['when did the app hit number one', 'top of the App Store'],
    ] as const) {
      expect(searchChunks(seeded, question).hits[0]?.chunk.text, question).toContain(expected);
    }
  });
});

describe('searchChunks over the seeds: a request for steps the articles do not give', () => {
  it('GIVEN "how do I change my RedNote username", in Chinese THEN no paragraph answers it (a paragraph naming users and the app gives no steps)', async () => {
    const { loadCitebotIndex } = await import('../../eval/evaluate.js');
    const seeds = await loadCitebotIndex();
    for (const question of ['小红书怎么改用户名', 'rednote 怎么改用户名']) expect(searchChunks(seeds, question).hits, question).toEqual([]);
  });
});

describe('searchChunks over the seeds: outlets named only by their names', () => {
  it('GIVEN "diplomacy" or "diplomatic" THEN no outlet is named (The Diplomat is named by its name, not by a synonym of it)', async () => {
    const { loadCitebotIndex } = await import('../../eval/evaluate.js');
    const seeds = await loadCitebotIndex();
    for (const question of ['what is people-to-people diplomacy', "what's the diplomatic angle of the migration"]) {
      expect(resolveQuestion(seeds, question, RANKING).namedReferences, question).toEqual([]);
    }
    expect(resolveQuestion(seeds, 'what did the diplomat write about rednote', RANKING).namedReferences.map((r) => r.outlet)).toEqual(['The Diplomat']);
  });
});

describe('searchChunks: a person named in full, then by surname', () => {
  it('GIVEN a question naming someone in full THEN the paragraph calling them by surname alone is found for it', async () => {
    const people = await smallIndex({
      school: [
        [null, 'At Broughton High School in Raleigh, junior Maya Ellison said most of her friends had downloaded RedNote by Thursday.'],
        [null, '“People on there are really nice,” said Ellison, 16. “A girl in Hangzhou helped me with my chemistry homework.”'],
      ],
      other: [[null, 'Maya Desai, a junior in New Jersey, said Chinese users were friendly.']],
    });
    const { hits } = searchChunks(people, 'Who helped Maya Ellison with her homework?');
    expect(hits[0]?.chunk.text).toContain('said Ellison, 16');
    // It matches the whole name, as the paragraph naming her in full does: "Maya" is read beside "Ellison".
    expect([...(hits[0]?.matchedTerms ?? [])]).toEqual(expect.arrayContaining(['maya', 'ellison']));
    expect(hits.find((h) => h.chunk.id === 'other#1')?.matchedTerms.has('ellison') ?? false).toBe(false);
  });
});

describe('searchChunks: a person named once, then called she or he', () => {
  it('GIVEN a paragraph saying "her" after one naming her THEN it answers a question naming her; one with no pronoun does not', async () => {
    const people = await smallIndex({
      profile: [
        [null, "In Abidjan's Cocody district, lifestyle creator Inès Yao films her morning routine three times a day."],
        [null, 'The 26-year-old posts in French and English. About 40% of her 310,000 TikTok followers are American.'],
      ],
      other: [
        [null, 'Inès Yao has not decided which app to keep.'],
        [null, 'Local shops said 12,000 TikTok followers is a lot for a bakery.'],
        [null, 'One bakery owner said 9,000 of his TikTok followers came from the United States.'],
      ],
    });
    const { hits } = searchChunks(people, 'How many TikTok followers does Inès Yao have?');
    expect(hits[0]?.chunk.id).toBe('profile#2');
    // The name is not in that paragraph's text: nothing of it is marked there.
    expect(hits[0]?.matchedTerms.has('yao')).toBe(false);
    // A paragraph saying no he or she is about its own subject, whoever the paragraph before it names.
    expect(hits.some((h) => h.chunk.id === 'other#2')).toBe(false);
  });
});

describe('searchChunks: an article of the corpus named by its publisher', () => {
  const named = smallIndex(
    {
      daily: [[null, 'The author argues the TikTok ban will not stop ordinary people from seeking connection online.']],
      wire: [[null, 'In China, daily life on RedNote is about food and travel; the TikTok ban brought Americans to it.']],
      essay: [[null, 'A ban on TikTok would push users toward other apps, the essay says.']],
    },
    { publishers: { daily: 'China Daily', essay: 'The Conversation' } },
  );
  const top = async (question: string) => searchChunks(await named, question).hits[0]?.chunk.document;

  it('GIVEN "what does the China Daily piece say about the TikTok ban" THEN that article\'s paragraph comes first, over one holding "China" and "daily"', async () => {
    expect(await top('what does the China Daily piece say about the TikTok ban')).toBe('daily');
    expect(resolveQuestion(await named, 'what does the China Daily piece say about the TikTok ban', RANKING).namedDocuments).toEqual(new Set(['daily']));
  });

  it('GIVEN a one-word publisher ("the Conversation") THEN it names the article only before a word for a piece ("article"), not as the everyday word', async () => {
    expect(resolveQuestion(await named, 'what does the conversation article say about the tiktok ban', RANKING).namedDocuments).toEqual(new Set(['essay']));
    expect(resolveQuestion(await named, 'was the conversation about the tiktok ban friendly', RANKING).namedDocuments.size).toBe(0);
  });
});

describe('searchChunks: a question about a name', () => {
  const names = smallIndex(
    {
      a: [[null, 'In English, users called RedNote the app of the week.']],
      b: [[null, 'Xiaohongshu, called RedNote in English, began years ago as a shopping and lifestyle app for Chinese users in Shanghai.']],
    },
    { synonyms: 'rednote, xiaohongshu, xhs, 小红书' },
  );

  it('GIVEN "what is xhs called in english" THEN the paragraph giving two of its names comes first', async () => {
    expect(searchChunks(await names, 'what is xhs called in english').hits[0]?.chunk.id).toBe('b#1');
  });

  it('GIVEN "so-called" or a question not about a name THEN no name is asked about', async () => {
    expect(resolveQuestion(await names, 'who are the so-called tiktok refugees', RANKING).asksName).toBe(false);
    expect(resolveQuestion(await names, 'what is xiaohongshu called in english', RANKING).asksName).toBe(true);
  });
});

describe('bestOf (the query plan keeps its best candidates in one pass)', () => {
  it('GIVEN any scores, ties included THEN it keeps exactly what sorting them all and taking the first would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), fc.integer({ min: 1, max: 70 }), (scores, keep) => {
        const compare = (a: number, b: number) => (scores[b] as number) - (scores[a] as number) || a - b;
        const sorted = scores.map((_, i) => i).sort(compare).slice(0, keep);
        expect(bestOf(scores.length, keep, compare)).toEqual(sorted);
      }),
    );
  });

  it('GIVEN two paragraphs holding the same words of "who owns rednote", one saying "RedNote is owned by …", the other "Lemon8 is owned by ByteDance; … RedNote" (shorter, so BM25 prefers it) THEN the one holding them together ranks first', async () => {
    const owned = await smallIndex({
      apps: [
        [null, 'Lemon8 is owned by ByteDance; users also tried RedNote.'],
        [null, 'Many American users tried a new app this week, and RedNote is owned by Xingyin.'],
        [null, 'Weather in Shanghai was cold.'],
        [null, 'The school reopened on Monday.'],
      ],
    });
    expect(searchChunks(owned, 'who owns rednote', { ranking: { ...RANKING, proximityBonus: 0 } }).hits[0]?.chunk.id).toBe('apps#1');
    expect(searchChunks(owned, 'who owns rednote').hits[0]?.chunk.id).toBe('apps#2');
  });

  it('GIVEN spans and the slots their terms fill THEN closeness is 1 for neighbours, smaller as the run holding every matched slot grows, and 0 with fewer than two slots', () => {
    const span = (term: string, start: number) => ({ term, start, end: start + term.length });
    const slots = new Map([
      ['rednot', [0]],
      ['own', [1]],
    ]);
    expect(closeness([span('rednot', 0), span('own', 8)], slots)).toBe(1);
    // A synonym at the same position (two spans, one word) does not lengthen the run.
    expect(closeness([span('rednot', 0), span('red', 0), span('own', 8)], slots)).toBe(1);
    const far = closeness([span('own', 0), span('a', 4), span('b', 6), span('c', 8), span('rednot', 10)], slots);
    expect(far).toBeCloseTo(Math.sqrt(1 / 4));
    expect(closeness([span('rednot', 0), span('x', 7)], slots)).toBe(0);
    // The shortest run counts: a far pair does not hide a near one later in the paragraph.
    expect(closeness([span('own', 0), span('a', 4), span('b', 6), span('rednot', 10), span('own', 17)], slots)).toBe(1);
  });
});
