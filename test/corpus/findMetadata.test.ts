import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBylineLine } from '../../src/corpus/furniture.js';
import { authorBelow, findMetadata, headlineCore, isAuthorLine, listNames, observeHeadlineCandidates, originalAddress, originalCredit, parseByline, publisherFromCopyright, ROLE_AFTER_SLASH } from '../../src/corpus/findMetadata.js';

const BODY = [
  'The Supreme Court on Friday upheld a federal law that requires TikTok’s parent company to sell the app or see it banned.',
  'Many users did not wait for the ruling, and RedNote spent five straight days at No. 1 among free iPhone apps.',
];
const meta = (lines: string[]) => findMetadata([...lines, ...BODY]);

describe('findMetadata: the headline', () => {
  it('GIVEN a database\'s report (its contents listed, then the document under a rule: its headline over "Author: Vega, Marisol", its fields) THEN the document\'s headline is the title, its author the writer, its paper and publication date the record\'s', () => {
    const lines = [
      '____________________________________________________________',
      'Report Information from ProQuest',
      'January 24 2025 11:02',
      '____________________________________________________________',
      'Table of contents',
      '1. Brookfield students find Mandarin pen pals on RedNote',
      '____________________________________________________________',
      'Document 1 of 1',
      'Brookfield students find Mandarin pen pals on RedNote',
      'Author: Vega, Marisol',
      'Publication info: The Prairie Ledger ; Brookfield, S.D. 22 Jan 2025: A.1.',
      ...BODY,
      'Publication title: The Prairie Ledger; Brookfield, S.D.',
      'Publication date: Jan 22, 2025',
    ];
    // The paper and its publication date from the record's fields, not the report's header stamp (when it was run).
    expect(findMetadata(lines)).toMatchObject({ title: 'Brookfield students find Mandarin pen pals on RedNote', author: 'Marisol Vega', publisher: 'The Prairie Ledger', date: '2025-01-22' });
  });

  it('GIVEN an English story under a Hindi site\'s chrome, a notification prompt in a full Hindi sentence among it THEN the English headline over its date is the title, not a Hindi ticker headline', () => {
    const lines = [
      'मुख्य सामग्री पर जाएं',
      'दैनिक प्रभात',
      'ब्रेकिंग न्यूज़:',
      'महाकुंभ 2025: संगम पर आज भी लाखों श्रद्धालुओं ने लगाई डुबकी',
      'क्या आप दैनिक प्रभात की ताजा खबरों के नोटिफिकेशन पाना चाहते हैं?',
      'अभी नहीं',
      'होम / English / World',
      'Indian creators who lived through the 2020 TikTok ban watch America’s RedNote rush',
      'Updated Sat, 18 Jan 2025 04:35 PM (IST)',
      'When India banned TikTok in June 2020, more than 200 million users lost the app overnight, and its creators scattered to other platforms.',
      ...BODY,
    ];
    expect(findMetadata(lines)).toMatchObject({ title: 'Indian creators who lived through the 2020 TikTok ban watch America’s RedNote rush', date: '2025-01-18' });
  });

  it('GIVEN a newsletter whose calendar (rows joined by dot leaders: "Tue Feb 11 ... General membership meeting, 7:00 PM.") comes before the column THEN the column\'s headline over its byline is the title, not the masthead', () => {
    const lines = [
      'Comrades, below is the February newsletter. If the formatting came out crooked, blame the mail program, not me. Printed copies are on the table by the door.',
      'THE BUGLE CALL',
      'Newsletter of Walter J. Kowalczyk Post 118',
      'February 2025',
      '*** MARK YOUR CALENDAR ***',
      'Tue Feb 11 ... General membership meeting, 7:00 PM. Officers meet at 6:30 in the back room.',
      "Fri Feb 14 ... Valentine's fish fry, 4:30-7:00. Perch, walleye, cod and fries for everyone.",
      'Every Wed .... Bingo. Doors open at 5:30, early birds at 6:45, regular games at seven.',
      "*** COMMANDER'S COLUMN ***",
      'My Granddaughter, the Chinese App, and What I Told Her',
      'by Commander Ray Dombrowski',
      ...BODY,
    ];
    expect(findMetadata(lines)).toMatchObject({ title: 'My Granddaughter, the Chinese App, and What I Told Her', author: 'Ray Dombrowski' });
  });

  it('GIVEN a Chinese portal whose headline is a question in a full-width question mark, over its source and author line THEN the question is the title and the line under it names the author and the date', () => {
    const headline = '美国“TikTok难民”涌入小红书，国内酒店接住这波“泼天流量”了吗？';
    const body = [
      '1月中旬以来，随着TikTok在美国面临“不卖就禁”的最后期限，大批自称“TikTok难民”的美国网友涌入小红书。据第三方数据，小红书一度登上美国苹果应用商店免费榜第一。',
      '记者梳理发现，美国网友发布的笔记中，除了晒猫、学中文、交“猫税”之外，相当一部分内容与出行有关。',
    ];
    const lines = ['登录', '|', '注册', '客服热线：400-820-6618', '酒店前沿网', 'HOTELFRONT', '首页', '资讯', '数据', '专栏', '人物', '活动', '招聘', 'APP下载', '请输入关键词', '搜索', '当前位置：首页 > 资讯 > 海外观察', headline, '2025-01-22 16:38 来源：酒店前沿网 作者：林晓岚 阅读：8,362', '字号：大 中 小', ...body];
    expect(findMetadata(lines)).toMatchObject({ title: headline, author: '林晓岚', date: '2025-01-22' });
  });

  it('GIVEN a newsletter e-mail (its mailer\'s "View this email in your browser" under its headers) THEN its subject names the issue, and the headline its body prints over the byline is the title', () => {
    const headline = 'Gloves Across the Pacific: Our Boxers Meet Their RedNote Pen Pals';
    const lines = [
      'From: Eastside Youth Boxing <news@eastsideyouthboxing.org>',
      'Date: Fri, Feb 7, 2025 at 10:02 AM',
      'Subject: 🥊 Gloves Across the Pacific | February News from Eastside Youth Boxing',
      'To: <info@oaklandcommunitylinks.org>',
      'Our kids, a gym in Guangzhou, and one very cracked phone.',
      'View this email in your browser',
      '<https://mailchi.mp/eastsideyouthboxing/february-2025-news?e=5d81a0c3f2>',
      '[image: Eastside Youth Boxing]',
      'FEBRUARY 2025 NEWSLETTER',
      headline,
      'By Coach Denise Harmon, Executive Director',
      '[image: Jaylen Brooks, 15, works the double-end bag]',
      'Jaylen Brooks, 15, on the double-end bag, January 16. Photo: Marcus Tate',
      ...BODY,
    ];
    expect(findMetadata(lines).title).toBe(headline);
  });

  it('GIVEN a message saved with its transport headers ("Received: from …", "X-Mailer: …") over its subject THEN no header is the title', () => {
    const lines = ['Received: from SN7PR11MB6993.namprd11.prod.outlook.com (2603:10b6:806:2a8::14) by SA1PR11MB8542.namprd11.prod.outlook.com with HTTPS; Tue, 21 Jan 2025 02:14:09 +0000', 'X-Mailer: Listmonk v4.1.0', 'MIME-Version: 1.0', 'Subject: Red Cross societies warn of fake wildfire appeals circulating on RedNote', 'From: Red Cross Media <media@example.org>', 'Date: Tue, 21 Jan 2025 02:14:07 +0000', ...BODY];
    expect(findMetadata(lines).title).toBe('Red Cross societies warn of fake wildfire appeals circulating on RedNote');
  });

  it('GIVEN a dealer newsletter whose lead story comes after its masthead, a greeting and a note from the team THEN the headline its writer signs at once ("By Dwayne Kessler, …") is the title, and he the author', () => {
    const headline = 'Chinese Smart Locks on RedNote: What to Tell Your Customers';
    const lines = [
      'View this email in your browser',
      '[Brassline Lock & Security Supply]',
      'Shop   Catalog   Training   Locations',
      'THE PIN STACK',
      'Dealer news from Brassline | February 2025',
      'Hi Teresa,',
      'Here’s what’s new at the counter this month. Our lead story is one we’ve been getting calls about since mid-January, and we think it will be useful at your counter too.',
      'Also inside: February counter specials, new Saturday hours in Columbus, and the spring training calendar for your installers.',
      '— The Brassline Team',
      '[Fingerprint smart lock on a steel apartment door]',
      headline,
      'By Dwayne Kessler, Technical Support Manager',
      ...BODY,
    ];
    expect(findMetadata(lines)).toMatchObject({ title: headline, author: 'Dwayne Kessler' });
  });

  it('GIVEN a bulletin whose story is headlined and signed at its top, and further down a heading over a sentence opening on "By" and a date, and another story signed by its writer THEN the story at the top keeps the title', () => {
    const headline = 'Social media marketing reminder: RedNote, Lemon8 and the program logo';
    const lines = [
      headline,
      'By Dana Whitcomb, Program Manager',
      'January 28, 2025',
      ...BODY,
      'What trade allies must do',
      'By February 14, 2025, edit or remove any post on any platform that uses outdated rebate amounts or calls the program a government giveaway.',
      'Spring training dates announced',
      'By Marcus Lee',
      ...BODY,
    ];
    expect(findMetadata(lines)).toMatchObject({ title: headline, author: 'Dana Whitcomb' });
  });

  it('GIVEN a newsletter e-mail whose preview text stands over "View this email in your browser" THEN the preview is not the body begun: the story\'s headline under the masthead is the title', () => {
    const lines = ['Plus: our midweek winter special is back, and Biscuit has opinions about all of it.', 'View this email in your browser', 'ALDER & TIDE INN', 'The Week Our Little Inn Went Viral in China (Sort Of)', ...BODY];
    expect(findMetadata(lines).title).toBe('The Week Our Little Inn Went Viral in China (Sort Of)');
  });

  it('GIVEN a headline a narrow column breaks over three lines ("Waterloo kolache shop" / "finds a following in China" / "after owner joins RedNote") over a dek and the byline THEN the three lines are the title', () => {
    const lines = ['THE CEDAR VALLEY LEDGER          SATURDAY, JANUARY 18, 2025          $2.00', 'BUSINESS', 'Waterloo kolache shop', 'finds a following in China', 'after owner joins RedNote', 'Videos of Deb Pospisil’s morning routine draw hundreds of thousands of views overseas', 'By LAUREN MIKKELSEN', 'Ledger staff writer', ...BODY];
    expect(meta(lines).title).toBe('Waterloo kolache shop finds a following in China after owner joins RedNote');
    // (Controls in lower case under a label are no headline: "New Notebook" / "file_downloadDownload (84 MB)" / "more_vert".)
    expect(meta(['New Notebook', 'file_downloadDownload (84 MB)', 'more_vert', 'RedNote English-Language Posts, January 2025', 'By Dana Reyes', ...BODY]).title).toBe('RedNote English-Language Posts, January 2025');
  });

  it('GIVEN a byline naming each writer with a job ("Ava Chen, Staff Writer, and Marcus Lee, Campus News Editor") over the paper and the date THEN both writers, and the headline above them', () => {
    const lines = ['Quad Wire', 'News', 'Science & Tech', "'Where's the cat tax?': Lakeshore State's Chinese students become RedNote tour guides", 'Ava Chen, Staff Writer, and Marcus Lee, Campus News Editor', 'The Lakeshore Ledger, Lakeshore State University', 'January 24, 2025', ...BODY];
    expect(meta(lines)).toMatchObject({ title: "'Where's the cat tax?': Lakeshore State's Chinese students become RedNote tour guides", author: 'Ava Chen and Marcus Lee', date: '2025-01-24' });
  });

  it('GIVEN a site\'s banner sentence set amid its menu ("Watch" / banner / "Home" / "About Parliament" / "Parliamentary Library") THEN the body has not begun, and the byline under the headline below names the author and the date', () => {
    const lines = ['Skip to main content', 'Parliament of Australia', 'Parliament of Australia', 'Search', 'Committees', 'News and Events', 'Watch', 'Parliament House is open to visitors. Find out about tours, exhibitions and Question Time tickets.', 'Home', 'About Parliament', 'Parliamentary Library', 'FlagPost', 'FlagPost', "The Parliamentary Library's blog on topical issues", "From TikTok to RedNote: what the 'TikTok refugee' migration means for Australia's social media laws", 'Posted 24/01/2025 by Helen Marsh', ...BODY];
    expect(meta(lines)).toMatchObject({ author: 'Helen Marsh', date: '2025-01-24' });
  });

  it('GIVEN a trail set one part to a line under its label ("Du er her:" / "Forside" / "Aktuelt" / "News in English") over the headline THEN its last part is no title', () => {
    const lines = ['Nordvik kommune', 'Meny', 'Søk', 'Du er her:', 'Forside', 'Aktuelt', 'News in English', "Thinking of joining RedNote? The municipality's advice for families and young people", 'Publisert 21.01.2025', 'Sist endret 22.01.2025', ...BODY];
    expect(meta(lines)).toMatchObject({ title: "Thinking of joining RedNote? The municipality's advice for families and young people", date: '2025-01-21' });
  });

  it('GIVEN a reader app\'s card ("Snake River Dispatch" / "snakeriverdispatch.com" / name / date / "·" / "4 min read") over the headline THEN the headline is the title, the name over its address the publisher, the name over the date the author', () => {
    const lines = ['Sites', 'Snake River Dispatch', "Nina's Kitchen Diary", 'View all', 'Back', 'Snake River Dispatch', 'snakeriverdispatch.com', 'Subscribed', 'Dale Pruitt', 'January 18, 2025', '·', '4 min read', 'Idaho Falls bakery’s TikTok following lands on RedNote, with a side of dumplings'];
    expect(meta(lines)).toMatchObject({ title: 'Idaho Falls bakery’s TikTok following lands on RedNote, with a side of dumplings', author: 'Dale Pruitt', date: '2025-01-18', publisher: 'Snake River Dispatch' });
  });

  it('GIVEN a community\'s name printed twice over a post ("Posted in Social Media Center of Excellence" under its byline: name, job with "&", date) THEN the post\'s title is the headline and its writer the author', () => {
    const lines = ['Social Media Center of Excellence', 'Social Media Center of Excellence', 'Official', 'Public community · 2,318 members', 'Conversations', 'Announcement', 'Pinned', 'TikTok’s on-again, off-again weekend: guidance for brand teams on RedNote, Lemon8 and what comes next', 'PN', 'Priya Natarajan', 'Director, Social & Community Marketing', 'Jan 21, 2025 8:47 AM', 'Posted in Social Media Center of Excellence'];
    expect(meta(lines)).toMatchObject({ title: 'TikTok’s on-again, off-again weekend: guidance for brand teams on RedNote, Lemon8 and what comes next', author: 'Priya Natarajan', date: '2025-01-21' });
  });

  it('GIVEN a letter ("Dear Families," / "Subject: …" / its body / "Sincerely," / "Angela M. Castillo, Ed.D.") THEN the subject is the title and the signer the author', () => {
    const lines = ['RIDGEWAY VALLEY SCHOOL DISTRICT', 'Office of the Superintendent', '“Inspiring every learner, every day”', 'January 22, 2025', 'Dear Ridgeway Valley Families,', 'Subject: TikTok, RedNote and keeping student information safe', ...BODY, 'Sincerely,', 'Angela M. Castillo, Ed.D.', 'Superintendent of Schools'];
    expect(findMetadata(lines).title).toBe('TikTok, RedNote and keeping student information safe');
    expect(authorBelow(lines, lines.length - 4)).toBe('Angela M. Castillo');
  });

  it('GIVEN a newsletter\'s editor\'s note signed under an informal closing ("See you down the road," / "Marla Pettibone" / "Editor, Gate & Grounds") THEN the signer is the author', () => {
    const lines = ['EDITOR\'S NOTE', 'Where did all the camp-host TikTokers go?', ...BODY, 'See you down the road,', 'Marla Pettibone', 'Editor, Gate & Grounds'];
    expect(authorBelow(lines, lines.length - 4)).toBe('Marla Pettibone');
  });

  it('GIVEN a reader proxy\'s address (r.jina.ai, via.hypothes.is) or one carrying campaign tags THEN the article\'s address is the page\'s own, untagged', () => {
    expect(originalAddress('https://r.jina.ai/https://www.thecapitolbrief.example/2025/01/17/supreme-court/')).toBe('https://www.thecapitolbrief.example/2025/01/17/supreme-court/');
    expect(originalAddress('https://via.hypothes.is/https://news.example/a')).toBe('https://news.example/a');
    // A browser's reader view: the page's address, encoded inside the view's own.
    expect(meta(['read://https_www.courier.example/?url=https%3A%2F%2Fwww.courier.example%2Fnews%2F24893107.distillery%2F', '', 'Highland distillery finds new fans']).url).toBe('https://www.courier.example/news/24893107.distillery/');
    expect(meta(['about:reader?url=https%3A%2F%2Fnews.example%2Fa', '', 'A headline of the story']).url).toBe('https://news.example/a');
    // Other archives on the Wayback software: Arquivo.pt, a national library's pywb, a capture's "id_" flag.
    expect(originalAddress('https://arquivo.pt/wayback/20250127114209/https://www.taguspost.pt/expat-life/a/')).toBe('https://www.taguspost.pt/expat-life/a/');
    expect(originalAddress('https://www.webarchive.org.uk/wayback/archive/20250121093000id_/https://news.example/b')).toBe('https://news.example/b');
    // A viewer at its own root showing another site's page in its url parameter (a "read without an account" share view).
    expect(originalAddress('https://skypeek.app/?url=https%3A%2F%2Fbsky.app%2Fprofile%2Fmaraquint.bsky.social%2Fpost%2F3lfyc2kqd6s2v')).toBe('https://bsky.app/profile/maraquint.bsky.social/post/3lfyc2kqd6s2v');
    // (Not a search, not a site's own page deeper down, not a redirect back to the same site.)
    expect(originalAddress('https://news.example/search?q=https%3A%2F%2Fother.example%2Fa')).toBe('https://news.example/search?q=https%3A%2F%2Fother.example%2Fa');
    expect(originalAddress('https://news.example/go/out?url=https%3A%2F%2Fother.example%2Fa')).toBe('https://news.example/go/out?url=https%3A%2F%2Fother.example%2Fa');
    expect(originalAddress('https://news.example/login?url=https%3A%2F%2Fnews.example%2Fstory%2F1')).toBe('https://news.example/login?url=https%3A%2F%2Fnews.example%2Fstory%2F1');
    // …and an address that merely holds a long number is nobody's capture.
    expect(originalAddress('https://news.example/story/20250127114209')).toBe('https://news.example/story/20250127114209');
    expect(originalAddress('https://tinyscreens.example/p/ten-days?utm_campaign=post&utm_medium=ios')).toBe('https://tinyscreens.example/p/ten-days');
    expect(originalAddress('https://news.example/story?id=3&fbclid=abc')).toBe('https://news.example/story?id=3');
  });

  it('GIVEN a forum post under its title, then numbered replies "1. Re: <title>" each over its date THEN the post\'s own date stands and no reply is the headline\'s place', () => {
    const title = 'Shanghai trip report: meeting my RedNote friends (long!)';
    const lines = ['kaylaontheroad', 'Denver, Colorado', 'Feb 11, 2025, 9:47 PM', ...BODY, 'Bund_Walker', `1. Re: ${title}`, 'Feb 12, 2025, 1:05 AM', 'Great report, thank you.'];
    const found = findMetadata(lines, title);
    expect(found.headline).toBeLessThan(lines.indexOf(`1. Re: ${title}`));
    expect(found.date).toBe('2025-02-11');
  });

  it('GIVEN a name over an address its letters do not spell THEN it is not read as the site\'s name', () => {
    const lines = ['Sites', 'Snake River Dispatch', 'idahonews.com', 'Subscribed', 'Dale Pruitt', 'January 18, 2025', 'Idaho Falls bakery’s TikTok following lands on RedNote'];
    expect(meta(lines).publisher).not.toBe('Snake River Dispatch');
    expect(meta(lines.map((l) => l.replace('idahonews', 'snakeriverdispatch'))).publisher).toBe('Snake River Dispatch');
  });

  it('GIVEN a portal’s provider card (its name twice, "Follow", "188.4K Followers") over the headline THEN the headline is the title', () => {
    const lines = ['MSN', 'Money', 'Meridian Business Daily', 'Meridian Business Daily', 'Follow', '188.4K Followers', 'ByteDance’s Lemon8 quietly climbs the charts as TikTok’s ‘backup plan’ faces its own ban risk', 'Story by Aarav Kulkarni', 'As millions of TikTok users scrambled this week to find a new home before a federal ban takes effect, a lesser-known app rose.', 'Lemon8, a photo-and-video app launched by ByteDance in Japan in 2020, rose to No. 2 on the chart.'];
    expect(meta(lines).title).toBe('ByteDance’s Lemon8 quietly climbs the charts as TikTok’s ‘backup plan’ faces its own ban risk');
  });

  it('GIVEN a chat message sharing an address whose last part spells the headline, under the sender’s words THEN it is the article’s URL; GIVEN an address spelling something else there THEN it is not', () => {
    const lines = ['Dana Whitfield', ':coffee:  9:14 AM', "FYI for Thursday's RedNote pitch: pasting the full Funnel piece since it's paywalled and half of you don't have the login.", 'https://thefunnel.co/platforms/brands-rush-to-rednote-tiktok-refugees', 'Brands rush to RedNote, but the ‘TikTok refugees’ aren’t looking for ads', 'By Carmen Ruiz-Baptiste | Jan. 15, 2025, 6:05 a.m. ET'];
    expect(meta(lines).url).toBe('https://thefunnel.co/platforms/brands-rush-to-rednote-tiktok-refugees');
    expect(meta(lines.map((l) => l.replace('brands-rush-to-rednote-tiktok-refugees', 'supreme-court-hears-tiktok-case'))).url).toBe('');
  });

  it('GIVEN a chat message’s own line over the article pasted in it (headline, byline, date) THEN the headline is the title', () => {
    const lines = ["Jason your new app is in the newspaper haha. Article from today's Taipei Current, page 1 👇👇", 'Taiwan warns of RedNote risks as American ‘TikTok refugees’ flood app', 'By Lin Chia-hui / Staff reporter', 'Sat, Jan 18, 2025 · Page 1'];
    expect(meta(lines)).toMatchObject({ title: 'Taiwan warns of RedNote risks as American ‘TikTok refugees’ flood app', author: 'Lin Chia-hui', date: '2025-01-18' });
  });

  it('GIVEN written testimony (letterhead, date, addressee, "RE: …", "Testimony of Leah Sorensen, Policy Director") THEN the RE line is the title and the witness the author; GIVEN "re:" in lower case in a sentence THEN no subject', () => {
    const lines = ['NORTH STAR', 'DIGITAL RIGHTS COALITION', 'January 29, 2025', 'Senate Committee on Commerce and Consumer Protection', 'Minnesota State Office Building', 'RE: Written Testimony on S.F. 512 (Foreign Adversary Applications), Opposed Unless Amended', 'Testimony of Leah Sorensen, Policy Director', 'North Star Digital Rights Coalition'];
    expect(meta(lines)).toMatchObject({ title: 'Written Testimony on S.F. 512 (Foreign Adversary Applications), Opposed Unless Amended', author: 'Leah Sorensen', date: '2025-01-29' });
    expect(headlineCore('re: the ban, officials said little')).toBe('re: the ban, officials said little');
  });

  it('GIVEN a memo\'s fields ("TO: …", "FROM: Renata M. Okafor, Commissioner of Insurance", "DATE: …", "RE: …") THEN the sender is the author, without her job; GIVEN "From:" in a sentence\'s line with no memo fields THEN no author from it', () => {
    const lines = ['STATE OF MINNESOTA', 'BULLETIN 2025-02', 'TO: All Licensed Producers', 'FROM: Renata M. Okafor, Commissioner of Insurance', 'DATE: January 24, 2025', 'RE: Producer Advertising on RedNote and Lemon8'];
    expect(meta(lines)).toMatchObject({ title: 'Producer Advertising on RedNote and Lemon8', author: 'Renata M. Okafor', date: '2025-01-24' });
    expect(meta(['Producer Advertising on RedNote and Lemon8', 'From: Renata Okafor', 'Producers must keep copies of their posts for three years.']).author).not.toBe('Renata Okafor');
  });

  it('GIVEN a school platform\'s post (headline, avatar initials, "Dr. Marisol Ventura", "Principal · Hawthorne Middle School", the date) THEN the headline is the title and the name the author, not the school after the job', () => {
    const lines = ['ParentSquare', 'Hawthorne Middle School', 'Home', 'Posts', 'Calendar', 'Back to Posts', 'Important', "A note about RedNote, TikTok and your child's online life", 'MV', 'Dr. Marisol Ventura', 'Principal · Hawthorne Middle School', 'Jan 15, 2025 4:12 PM'];
    expect(meta(lines)).toMatchObject({ title: "A note about RedNote, TikTok and your child's online life", author: 'Dr. Marisol Ventura', date: '2025-01-15' });
  });

  it('GIVEN a browser\'s print header over the page ("21.1.2025 9.14 Headline | Site") and the headline wrapped below THEN the header gives the title without its stamp', () => {
    const lines = ['21.1.2025 9.14 TikTok-pakolaiset tulvivat kiinalaiseen sovellukseen – suomalaisetkin joutuivat maksamaan kissaveroa | Pohjolan Sanomat', 'Siirry pääsisältöön', 'Pohjolan Sanomat', 'Ulkomaat'];
    expect(meta(lines).title).toBe('TikTok-pakolaiset tulvivat kiinalaiseen sovellukseen – suomalaisetkin joutuivat maksamaan kissaveroa');
  });

  it('GIVEN a one-word title the page states ("CatTax") and a section heading ending in it ("What\'s next for CatTax") THEN that heading is no copy of the headline, and the headings above it stay headings', () => {
    const lines = ['Inspiration', 'On January 13, all three of us were scrolling RedNote instead of sleeping, and we saw new users get stuck.', 'What it does', 'CatTax is a mobile web app that helps a new RedNote user write their first few posts in two languages.', "What's next for CatTax", 'We want to add templates for Lemon8 and Instagram, and support traditional Chinese.'];
    const found = findMetadata(lines, 'CatTax');
    expect(found.titleLines).toEqual([]);
    expect(findMetadata(['Tech | CatTax', ...lines.slice(1)], 'CatTax').titleLines).toEqual([0]);
  });

  it('GIVEN a record\'s field lines ("Channel: …", "Submitted to: …", "Hearing date: …"), a form\'s label in brackets or a community\'s name ("r/AppDemographics") over the headline THEN none is the title', () => {
    const headline = 'What the newcomers changed on RedNote, and what they did not';
    for (const above of ['Channel: Digital Frontier Brief (@dfbrief)', 'Submitted to: Department for Science, Innovation & Technology (DSIT)', 'Hearing date: Thursday, January 23, 2025, 8:00 a.m., Room 422', '(Registrant’s telephone number, including area code)', 'r/AppDemographics']) {
      expect(meta([above, headline, 'By Jane Doe']).title, above).toBe(headline);
    }
  });

  it('GIVEN a Chinese portal\'s <title>, its site parted by a spaced underscore ("… _ 东富财经网", and so when translated) THEN the headline is the part before it', () => {
    expect(headlineCore('Xiaohongshu concept stocks hit the daily limit as “TikTok refugees” pour in _ Dongfu Finance')).toBe('Xiaohongshu concept stocks hit the daily limit as “TikTok refugees” pour in');
  });

  it('GIVEN a site\'s notice of a new post ("New journal post in <community>: <title>") THEN the headline is the post\'s title; a subject that only says "New post:" keeps it', () => {
    expect(headlineCore('New journal post in Lowcountry Backyard Naturalists: Cardinals, Cormorants and 小红书: Our Busiest January Yet')).toBe('Cardinals, Cormorants and 小红书: Our Busiest January Yet');
    expect(headlineCore('Subject: New post from Harbor Books: We are on RedNote now')).toBe('We are on RedNote now');
    expect(headlineCore('New post: what now for TikTok')).toBe('New post: what now for TikTok');
  });

  it('GIVEN a press release\'s subject opening on its embargo ("EMBARGOED until 6 a.m. ET Jan. 21: MandoMate sees …") THEN the headline is the title without it', () => {
    expect(headlineCore('EMBARGOED until 6 a.m. ET Jan. 21: MandoMate sees 412% jump in U.S. learners')).toBe('MandoMate sees 412% jump in U.S. learners');
    expect(headlineCore('Embargoed: The RedNote rush, explained')).toBe('The RedNote rush, explained');
    // A feed's or a list's tag in brackets after "Subject:" is no part of the headline, nor is it half kept.
    expect(headlineCore('Subject: [statehouse feed] Lawmaker wants RedNote off state phones')).toBe('Lawmaker wants RedNote off state phones');
  });

  it('GIVEN a line in Arabic script (a Dari date, "جمعه ۵ سلواغه ۱۴۰۳") over an English story\'s headline THEN the headline is the title', () => {
    expect(meta(['جمعه ۵ سلواغه ۱۴۰۳', 'Afghans who lost TikTok to the Taliban watch Americans flee to RedNote']).title).toBe('Afghans who lost TikTok to the Taliban watch Americans flee to RedNote');
  });

  it('GIVEN a photo\'s alt text over its caption, the same words on neighbouring lines without a full stop, under a headline, its standfirst, the writer and the date THEN the headline is the title, not the caption printed twice', () => {
    const lines = [
      "Skip to main content",
      "The Irish Record",
      "Subscribe",
      "Sign In",
      "Search",
      "News",
      "Opinion",
      "Business",
      "Sport",
      "Life & Style",
      "Culture",
      "Abroad",
      "Podcasts",
      "Video",
      "Crosswords & Games",
      "Irish Abroad",
      "Ask the Expert",
      "Returning to Ireland",
      "Working Abroad",
      "Your Stories",
      "Abroad",
      "Irish Abroad",
      "I'm an Irish emigrant in Ohio. RedNote has me swapping recipes with a grandmother in Hunan",
      "When TikTok was about to go dark, a Clare woman in Columbus followed the crowd to a Chinese app and found an unexpected friendship",
      "Ciara Moynihan",
      "Sat Jan 25 2025 - 06:00",
      "Listen | 6 minutes",
      "Share",
      "Ciara Moynihan with a loaf of the soda bread she taught her new friend in Changsha to make",
      "Ciara Moynihan with a loaf of the soda bread she taught her new friend in Changsha to make",
      "Irish Abroad is a section for people who have moved away from Ireland to tell their stories. Send us your story and photos with a little information about yourself and what you do to abroad@irishrecord.ie",
      "I have lived in Columbus, Ohio, since 2016, long enough to have opinions about college football and to say \"pop\" instead of \"mineral\" without thinking. What I did not expect, at 41, was to spend the last fortnight of January learning to say \"chilli\" in Mandarin.",
      "Like about 170 million other Americans, or people living in America, my sons and I used TikTok every day. When it became clear in the second week of January that the law banning it would probably survive a challenge in the US supreme court, my 12-year-old, Oisín, announced that the whole of his class was moving to something called RedNote. I followed him, mainly to keep an eye on him.",
      "RedNote is the English name for Xiaohongshu, a Chinese app that is part Instagram, part Pinterest and part Mumsnet. I joined on January 14th and, not knowing what else to do, posted a video of myself making my mother's brown soda bread in my kitchen, with the buttermilk and the wooden spoon and the cross cut on top for the fairies.",
      "Advertisement",
      "It got 9,300 views in two days. Among the hundreds of comments was one from a woman who called herself Auntie Zhou, a 67-year-old retired schoolteacher in Changsha, in Hunan province. She wanted to know what buttermilk was and whether she could use yoghurt instead. (You can, and she did.)",
    ];
    expect(findMetadata(lines).title).toBe("I'm an Irish emigrant in Ohio. RedNote has me swapping recipes with a grandmother in Hunan");
  });

  it('GIVEN a Hindi site\'s skip link over its date bar and menu, then an English story\'s headline and stamp THEN the headline is the title, not the skip link', () => {
    const lines = [
      "मुख्य सामग्री पर जाएं",
      "शनिवार, 18 जनवरी 2025",
      "ई-पेपर",
      "लॉगिन",
      "सब्सक्राइब करें",
      "दैनिक प्रभात",
      "सच के साथ, हर सुबह",
      "होम",
      "देश",
      "दुनिया",
      "राज्य",
      "मनोरंजन",
      "खेल",
      "बिज़नेस",
      "टेक",
      "English",
      "वीडियो",
      "वेब स्टोरी",
      "ब्रेकिंग न्यूज़:",
      "महाकुंभ 2025: संगम पर आज भी लाखों श्रद्धालुओं ने लगाई डुबकी",
      "क्या आप दैनिक प्रभात की ताजा खबरों के नोटिफिकेशन पाना चाहते हैं?",
      "अभी नहीं",
      "हाँ",
      "विज्ञापन",
      "होम / English / World",
      "‘We have been here before’: Indian creators who lived through the 2020 TikTok ban watch America’s RedNote rush",
      "Aman Verma | नई दिल्ली",
      "Updated Sat, 18 Jan 2025 04:35 PM (IST)",
      "१२.४K व्यूज",
      "शेयर करें",
      "फॉन्ट साइज़ A- A A+",
      "Representative image of the RedNote app. (File photo)",
      "New Delhi: As American TikTok users poured into the Chinese app RedNote this week, a group of Indian creators watched with a feeling they know well. In June 2020, India banned TikTok along with 58 other Chinese apps after a deadly border clash with China, cutting off an estimated 200 million Indian users overnight.",
      "“The panic, the jokes, the ‘follow me on my other account’ posts, it is all exactly the same,” said Neha Kapoor, a Lucknow-based comedy creator who had 3.2 million TikTok followers in 2020. “The difference is that the Americans are running to another Chinese app. We could not do that.”",
      "Indian users did not have the option of moving to a Chinese alternative, because the 2020 order also covered apps such as Helo and Likee. Many Indian creators instead rebuilt their audiences on Instagram Reels, which launched in India weeks after the ban, and later on YouTube Shorts, along with homegrown apps such as Moj and Josh that raised large funding rounds in the months that followed.",
      "यह भी पढ़ें: TikTok ban: US Supreme Court upholds law, app could go dark in America on Sunday",
    ];
    expect(findMetadata(lines)).toMatchObject({ title: '‘We have been here before’: Indian creators who lived through the 2020 TikTok ban watch America’s RedNote rush', date: '2025-01-18' });
  });

  it('GIVEN a Chinese profile’s tagline over an English post’s headline THEN the headline is the title, not the tagline', () => {
    const lines = ['头条文章', '林悦LinYue', '+关注', '成都 英语老师｜每晚九点英语角｜商务合作私信', "Three nights with the 'TikTok refugees': notes from an English teacher in Chengdu", '林悦LinYue', '发布于 2025-01-16 21:47'];
    expect(meta(lines).title).toBe("Three nights with the 'TikTok refugees': notes from an English teacher in Chengdu");
  });

  it('GIVEN a blog platform’s post header above the headline (the writer alone, the date, the reading time) THEN the writer is the author', () => {
    const lines = ['top of page', 'Lotus Lane Mandarin', 'Chinese for curious grown-ups · Portland, OR', 'Home', 'Classes', 'Blog', 'About', 'Log In', 'All Posts', 'Search', 'Grace Tsai-Whitman', 'Jan 24, 2025', 'Updated: Jan 27, 2025', '4 min read', 'Welcome, TikTok Refugees! What the RedNote Rush Means for Mandarin Learners', 'If you teach Mandarin for a living, the week of January 13 felt a little like Christmas morning at our studio.', 'For anyone who missed it, RedNote is the English name for Xiaohongshu, a Chinese lifestyle app.'];
    expect(meta(lines)).toMatchObject({ author: 'Grace Tsai-Whitman', date: '2025-01-24' });
  });

  it('GIVEN a labelled byline and publication stamp under a video card, far below the headline THEN they still give author and date', () => {
    const videos = ['Play', 'Unmute', '2:14', 'More Videos', 'Washoe County School District weighs phone pouches for 2025-26', '1:48', 'Truckee Meadows Water Authority urges drivers to stay off Mt. Rose Highway', '0:41'];
    const lines = ['Local News', '‘Cat tax’ and calculus help: Reno students swap memes with Chinese users on RedNote', 'UNR students say the cat tax trend turned into homework help, and a professor says the irony is hard to miss.', 'Credit: KRDN', ...videos, 'Author: Jenna Okafor', 'Published: 6:14 PM PST January 15, 2025', 'RENO, Nev. — Payment is due in cats. That is the running joke among the Americans who joined the Chinese app this week.', 'The so-called cat tax started as a way for new American users to say hello to their Chinese hosts.'];
    expect(meta(lines)).toMatchObject({ author: 'Jenna Okafor', date: '2025-01-15' });
  });

  it('GIVEN a TV station’s menu of forty one-word items above the headline THEN the headline, byline and date are still read', () => {
    const menu = Array.from({ length: 45 }, (_, i) => ['News', 'Local News', 'Weather', '7-Day Forecast', 'Sports', 'Community'][i % 6] ?? 'News');
    const lines = ['Skip to content', 'KVRZ 5 Omaha', ...menu, 'Omaha teacher turns RedNote craze into Mandarin lesson for her students', 'by: Tessa Lindgren', 'Posted: Jan 22, 2025 / 05:48 PM CST', 'SHARE', 'OMAHA, Neb. (KVRZ) — When students at Platte Bluff High School started talking about a Chinese app called RedNote last week, their teacher saw a lesson.', 'Huang, who has taught Mandarin at the school for 11 years, built a lesson around the comments.'];
    expect(meta(lines)).toMatchObject({ title: 'Omaha teacher turns RedNote craze into Mandarin lesson for her students', author: 'Tessa Lindgren', date: '2025-01-22' });
  });

  it('GIVEN a table of contents under "Jump to:" whose entries head the sections below THEN the headline above it stays the title', () => {
    const menu = Array.from({ length: 30 }, () => 'Phones');
    const lines = ['TechRelay', ...menu, "RedNote just got a translate button – here's how to use it", 'By Callum Reddy published 21 January 2025', 'Jump to:', "How to use RedNote's translate button", 'What about your data?', "RedNote, the Chinese social media app that's been flooded with American users, added a translate button on Monday.", 'The feature appeared in version 8.69 of the app for iPhone and Android on Monday.', "How to use RedNote's translate button", 'To use it, update the app, open any post and tap the small label under the caption.'];
    expect(meta(lines).title).toBe("RedNote just got a translate button – here's how to use it");
  });

  it('GIVEN a contents list under the byline whose entries head the sections below THEN its first entry, printed twice, is no headline', () => {
    const lines = ['Tutorly Blog', 'Blog', '/', 'For tutors', 'What the RedNote wave did to Mandarin tutoring: our booking data', 'Priya Natarajan', 'Content Lead, Tutorly', 'Published February 18, 2025', '6 min read', 'Contents', 'Where the new learners came from', 'How tutors responded', 'After TikTok came back', 'In the week of January 13, 2025, first lessons booked with Mandarin tutors rose 212% compared with the previous week.', 'Where the new learners came from', 'When we asked new students how they found us, 58% of those who booked Mandarin mentioned RedNote, the Chinese app Americans joined.', 'How tutors responded', 'Tutors moved quickly, and 1,046 of them added Mandarin to their profiles in January.', 'After TikTok came back', 'Service to TikTok was restored in the U.S. on January 19, and our numbers showed it with a delay.'];
    expect(meta(lines)).toMatchObject({ title: 'What the RedNote wave did to Mandarin tutoring: our booking data', date: '2025-02-18' });
  });

  it('GIVEN a contents list set over the headline (its entries printed again below as headings, then "Markets" and the headline) THEN the list ends at the first line printed nowhere below, and the headline is the title', () => {
    const lines = ['Finpedia', 'News', 'Table of Contents', 'Expand', 'What Is Xiaohongshu (RedNote)?', 'The January 2025 U.S. Surge', 'Markets', 'Company Profiles', 'Xiaohongshu (RedNote): What It Is, How It Makes Money, and Its 2025 U.S. Surge', 'By', 'Marcus Feldhaus', 'Updated January 22, 2025', 'What Is Xiaohongshu (RedNote)?', 'Xiaohongshu, which means "little red book" in Mandarin, is a Chinese social media and e-commerce platform based in Shanghai.', 'The January 2025 U.S. Surge', 'In January 2025, hundreds of thousands of American TikTok users joined the app ahead of a threatened U.S. ban.'];
    expect(meta(lines)).toMatchObject({ title: 'Xiaohongshu (RedNote): What It Is, How It Makes Money, and Its 2025 U.S. Surge', date: '2025-01-22' });
  });

  it('GIVEN a blog\'s one-sentence blurb under its menu, then a kicker, the headline, the writer, the specialty and the date THEN the headline is the title (the blurb is not the body begun)', () => {
    const lines = ['Physilink', 'Feed', 'Jobs', 'Messages', 'Bedside Notes', 'Latest', 'Technology', 'Public Health', 'Write for Bedside Notes', "Bedside Notes is Physilink's collaborative blog highlighting the voices of physicians and other clinicians.", 'PUBLIC HEALTH', 'I Answered 150 Health Questions From Strangers on RedNote. Here Is What They Taught Me', 'Samuel Adeyemi, MD', 'Family Medicine', 'January 28, 2025', 'On the night of January 18, a few hours before TikTok went dark in the United States, my daughter set up a RedNote account for me.', 'I am a family physician in Houston, and over the next nine days I answered 150 questions from users in both countries.'];
    expect(meta(lines)).toMatchObject({ title: 'I Answered 150 Health Questions From Strangers on RedNote. Here Is What They Taught Me', date: '2025-01-28' });
  });

  it('GIVEN a staff label signed by the date under a one-sentence standfirst THEN it is no headline: the headline above stays the title', () => {
    const lines = ['Corner Post', 'Glen Ellyn Library Adds RedNote 101 Class After Phones Ring Off The Hook', 'The library says staff fielded more than 30 calls in one day from residents confused about the Chinese app.', 'Megan Szymanski,', 'Corner Post Staff', 'Posted Tue, Jan 14, 2025 at 3:12 pm CT', 'Reply', 'GLEN ELLYN, IL — The Glen Ellyn Public Library will hold a free class on the Chinese app RedNote next week, staff said.', 'Librarians said the phones started ringing on Monday morning and did not stop until closing time.'];
    expect(meta(lines).title).toBe('Glen Ellyn Library Adds RedNote 101 Class After Phones Ring Off The Hook');
  });

  it('GIVEN a group post: the poster, the date, the audience, then a title line written as a sentence THEN that line, without its pins, is the title', () => {
    const lines = ['Facebook', 'Number of unread notifications', 'RedNote Refugees Help Desk', 'Public group · 61K members', 'Joined', 'Denise Kowalczyk-Reyes', 'Admin', 'January 16, 2025', 'Shared with Public group', '📌 NEWBIE GUIDE: How to survive your first week on RedNote (please read before posting!) 📌', "Welcome to the 40,000 of you who joined this group since Monday! I'm one of the five admins here.", 'First, the basics. RedNote is the English nickname for Xiaohongshu, which literally means little red book.'];
    expect(meta(lines).title).toBe('NEWBIE GUIDE: How to survive your first week on RedNote (please read before posting!)');
  });

  it('GIVEN an agency’s name over its subscriber count, then the alert’s date and title THEN the alert’s title is the title', () => {
    const lines = ['Nixle', 'Home > Illinois > Brookhaven Heights', 'Brookhaven Heights Police Department', '2,914 subscribers', '+ Subscribe', 'Advisory', 'Thursday January 23rd, 2025 :: 10:14 a.m. CST', 'Police warn of scams targeting new RedNote users', 'Share:', 'Facebook', 'The Brookhaven Heights Police Department is warning residents about a series of online scams aimed at people who recently joined RedNote.'];
    expect(meta(lines)).toMatchObject({ title: 'Police warn of scams targeting new RedNote users', date: '2025-01-23' });
  });

  it('GIVEN a skip link, a site name and a menu above the headline THEN the headline is the title', () => {
    expect(meta(['Skip to main content', 'The Metro Courier', 'Home | News | Sports', 'Court upholds TikTok law as users flee to RedNote', 'By Mara Ellison, Technology Reporter']).title).toBe(
      'Court upholds TikTok law as users flee to RedNote',
    );
  });

  it('GIVEN a headline holding a full stop, then a standfirst written as a sentence, then the byline THEN the headline is the title', () => {
    const lines = ['VELLUM', 'Beauty', 'BEAUTY › SKINCARE', 'Beauty TikTokers Fled to RedNote. They Came Back With a Whole New Skincare Routine', 'From "Douyin makeup" to SPF reapplication debates, a week on Xiaohongshu rewired a lot of American feeds.', 'By Priya Castellanos', 'January 24, 2025'];
    expect(meta(lines).title).toBe('Beauty TikTokers Fled to RedNote. They Came Back With a Whole New Skincare Routine');
  });

  it('GIVEN a menu, a short headline, a standfirst of two sentences, then "Story by Name ’09" and the date THEN the headline is the title, the alumna its author and the date read', () => {
    const lines = ['Skip to main content', 'Carrow College', 'Carrow Magazine', 'Current Issue', 'Class Notes', 'Submit a Class Note', 'Alumni Events', 'Spring 2025 | Features | Web Exclusive', 'The Accidental Ambassadors', 'When TikTok went dark, three alumni found themselves fielding questions from strangers on RedNote. Here is what they learned.', 'Story by Caroline Ashby-Nwosu ’09', 'Illustrations by Theo Lindqvist', 'January 30, 2025', '6 min read'];
    expect(meta(lines)).toMatchObject({ title: 'The Accidental Ambassadors', author: 'Caroline Ashby-Nwosu', date: '2025-01-30' });
  });

  it('GIVEN a headline, then a dek as long, then the byline, and the page\'s address in a text browser\'s field THEN the headline its address spells is the title, and the address is read', () => {
    const lines = ['SOCIAL COMMERCE', 'TikTok Shop sellers ride out blackout as RedNote beckons, but few can sell there', 'Lemon8 went dark too, and RedNote still has no checkout for U.S. shoppers', 'Reporting by Kwame Adjei-Brennan | Editing by Lucy Harlan', 'Jan. 20, 2025 6:45 a.m. ET', 'Copy link: [https://marketlane.news/a/tiktok-shop-sellers-blackout-rednote-lemon8        ]'];
    expect(meta(lines)).toMatchObject({ title: 'TikTok Shop sellers ride out blackout as RedNote beckons, but few can sell there', url: 'https://marketlane.news/a/tiktok-shop-sellers-blackout-rednote-lemon8' });
    // Without the address, the headline model weighs the two near-tied lines: the headline, whose words the story's
    // opening tells, over the dek straight over the byline.
    expect(meta(lines.slice(0, -1)).title).toBe('TikTok Shop sellers ride out blackout as RedNote beckons, but few can sell there');
  });

  it('GIVEN a social post whose hook is a whole question in capitals, with an emoji after it THEN the hook is the title, without the emoji', () => {
    const lines = ['Instagram', 'Home', 'Explore', 'Also from Meta', 'thebriefroom', 'Verified', 'WHY ARE 700,000 AMERICANS SUDDENLY ON A CHINESE APP? 📲'];
    expect(meta(lines).title).toBe('WHY ARE 700,000 AMERICANS SUDDENLY ON A CHINESE APP?');
    // A section's name in capitals is still no headline.
    expect(meta(['WORLD NEWS', 'Court upholds TikTok law as users flee to RedNote', 'By Mara Ellison, Technology Reporter']).title).toBe('Court upholds TikTok law as users flee to RedNote');
  });

  it('GIVEN a page-title line "Headline | Site" and the headline again THEN the title is the headline without the site', () => {
    const found = meta(['Court upholds TikTok law | The Metro Courier', 'News > Technology', 'Court upholds TikTok law']);
    expect(found.title).toBe('Court upholds TikTok law');
    expect(found.titleLines).toEqual([0, 2]);
    expect(found.publisher).toBe('The Metro Courier');
  });

  it('GIVEN a breadcrumb ending in the headline THEN the headline, not the breadcrumb, is the title', () => {
    expect(meta(['Home » Blog » Social Media » I Moved My Shop to RedNote. Here’s What I Earned.', 'I Moved My Shop to RedNote. Here’s What I Earned.', 'Posted on January 19, 2025 by dana_writes']).title).toBe(
      'I Moved My Shop to RedNote. Here’s What I Earned.',
    );
  });

  it('GIVEN a headline, its dek and a byline THEN the headline is the title', () => {
    expect(meta(['The Long Scroll', 'Ten Million New Students? Not Quite.', 'What a week of TikTok refugees tells us about how people actually learn languages', 'Theo Park · Jan 20, 2025']).title).toBe(
      'Ten Million New Students? Not Quite.',
    );
  });

  it('GIVEN a related story\'s headline above the article\'s own, then "Name, Chief Reporter" THEN the line straight over the byline is the title, and the name its author', () => {
    const found = meta(['Hollinsford Herald', 'News > Local News > Hollinsford', 'TikTok ban: what it means for UK users and why your kids are on RedNote', 'Hollinsford gran becomes unlikely star of Chinese app RedNote', 'Harriet Pennock, Chief Reporter', 'Published 17/01/2025 07:00 GMT']);
    expect(found.title).toBe('Hollinsford gran becomes unlikely star of Chinese app RedNote');
    expect(found.author).toBe('Harriet Pennock');
    expect(found.date).toBe('2025-01-17');
  });

  it('GIVEN a sentence of site chrome above the headline ("Create a Website Account - Manage …") THEN it does not start the body, and the headline under it stays the title', () => {
    const found = meta(['Council Connection Newsletter for Residents', 'Create a Website Account - Manage notification subscriptions, save form progress and more.', 'Website Sign In', 'Residents ask City Hall what to know about RedNote', 'Jan. 23, 2025']);
    expect(found.title).toBe('Residents ask City Hall what to know about RedNote');
  });

  it('GIVEN a report\'s title on two lines, then its authors as a list of names THEN the two lines are the title and the names its authors', () => {
    const found = meta(['Refugees in Translation:', 'Measuring the January 2025 Migration from TikTok to RedNote', 'Ingrid Solvang, Rafael Kostecki and Amaya Lindqvist', 'Published 24/01/2025']);
    expect(found.title).toBe('Refugees in Translation: Measuring the January 2025 Migration from TikTok to RedNote');
    expect(found.author).toBe('Ingrid Solvang, Rafael Kostecki and Amaya Lindqvist');
  });

  it('GIVEN a menu printed twice (its items one per line) above the headline THEN no menu item is taken for a headline repeated', () => {
    const menu = ['National', 'Pacific', 'Te Ao Māori', 'Podcasts & Series'];
    const found = meta(['Radio Tasman', ...menu, 'Weather', ...menu, 'Technology', 'Kiwi creators lose US audience overnight as TikTok goes dark', 'Sela Fonoti, Technology Reporter', '9:48 pm on 19 January 2025']);
    expect([found.title, found.author, found.date]).toEqual(['Kiwi creators lose US audience overnight as TikTok goes dark', 'Sela Fonoti', '2025-01-19']);
  });

  it('GIVEN a front page\'s headline and dek each broken mid-phrase over two lines THEN the headline is both its lines, and neither half stands alone', () => {
    const found = meta(['THE CAROLINA LEDGER', 'For TikTok fans,', 'a detour through China', 'Tar Heel users, sellers scramble as', 'app goes dark, then returns', 'BY GRANT HOLLOWELL', 'Staff writer']);
    expect(found.title).toBe('For TikTok fans, a detour through China');
  });

  it('GIVEN a section label before the headline ("Opinion | …") THEN the label is dropped', () => {
    expect(meta(['Opinion | From TikTok to RedNote: a migration that defies geopolitics']).title).toBe('From TikTok to RedNote: a migration that defies geopolitics');
  });

  it('GIVEN a known title THEN every line printing it is a title line, and nothing is inferred', () => {
    const found = findMetadata(['Opinion | Known title here', 'A standfirst that sums up the piece in one sentence of prose.', 'Known title here', ...BODY], 'Known title here');
    expect(found.title).toBe('Known title here');
    expect(found.titleLines).toEqual([0, 2]);
  });

  it('GIVEN only paragraphs THEN the first line names the article but stays in it', () => {
    const found = findMetadata(BODY);
    expect(found.title).toBe(BODY[0]);
    expect(found.titleLines).toEqual([]);
  });
});

describe('findMetadata: byline, date, publisher, URL', () => {
  it('GIVEN nothing but a post\'s run-together stamps near the headline ("u/maple_owl • 2.1K upvotes • Jan 18, 2025") THEN their full date dates it; an export\'s or an event\'s date never does', () => {
    const post = ['What I learned from a week on RedNote as a teacher', 'u/maple_owl • 2.1K upvotes • Jan 18, 2025 • 340 comments'];
    expect(meta(post).date).toBe('2025-01-18');
    expect(meta(['What I learned from a week on RedNote as a teacher', 'Exported 2025-01-26 by chat-archiver • 340 messages']).date).toBe('');
  });


  it('GIVEN two writers whose byline runs on into their team\'s name ("By Tasha Greenberg and Luis Ocampo HireGrid Economic Research") THEN both are the authors; a job after the names still ends them', () => {
    expect(parseByline('By Tasha Greenberg and Luis Ocampo HireGrid Economic Research').author).toBe('Tasha Greenberg and Luis Ocampo');
    expect(parseByline('By Jane Doe, Staff Writer').author).toBe('Jane Doe');
    expect(parseByline('By Keoni Alvarado, Forum Rapporteur').author).toBe('Keoni Alvarado');
    expect(parseByline('By Lupe Navarro, Track Operator').author).toBe('Lupe Navarro');
    expect(parseByline('By Dana Lee, Owner').author).toBe('Dana Lee');
    expect(parseByline('Words by Hélène Marchetti Photography by Daniel Oyelaran').author).toBe('Hélène Marchetti');
    expect(parseByline('By Wen Xiaoyu (@wenxy) and Ruth Abernathy (@ruthless_ships) · Fandom News desk').author).toBe('Wen Xiaoyu and Ruth Abernathy');
    // (A Taiwanese page's "文／" gives the name in characters, then romanised: the romanised is the author.)
    expect(parseByline('文／陳郁婷 Chen Yu-ting, Secretary-General').author).toBe('Chen Yu-ting');
    expect(isBylineLine('文／陳郁婷 Chen Yu-ting, Secretary-General')).toBe(true);
    // (A handle may hold a hyphen, as a game-jam site's or GitHub's do.)
    expect(parseByline('by Elise Tanaka-Burns (@mochi-gardener)').author).toBe('Elise Tanaka-Burns');
    expect(parseByline('By Jane Doe and Senior Reporter Staff').author).toBe('Jane Doe');
  });

  it('GIVEN a byline naming the writer\'s executive office or department after a comma ("By Dana Ferris, VP Member Experience", "By Renée Castillo, Chairly Pro Education") THEN the writer alone is the author; two names after commas are still two writers', () => {
    expect(parseByline('By Dana Ferris, VP Member Experience').author).toBe('Dana Ferris');
    expect(parseByline('By Renée Castillo, Chairly Pro Education').author).toBe('Renée Castillo');
    expect(parseByline('By Ann Wu, Bob Li').author).toBe('Ann Wu and Bob Li');
  });

  it('GIVEN a byline whose date after the dash was set on a line of its own ("by Anita Ferreira -" over "Monday, 20 January 2025") THEN the name is the author', () => {
    expect(parseByline('by Anita Ferreira -').author).toBe('Anita Ferreira');
    expect(parseByline('By Jane Doe – ').author).toBe('Jane Doe');
  });

  it('GIVEN an article parser\'s printed list of authors ("Authors: [\'Marisol Treviño\', \'Staff Writer\']") THEN the names in it are the authors, not the jobs or links it took for names', () => {
    expect(parseByline("Authors: ['Marisol Treviño', 'Staff Writer']").author).toBe('Marisol Treviño');
    expect(parseByline("['Rose-Darline Joseph', 'Staff Reporter', 'View All Posts']").author).toBe('Rose-Darline Joseph');
    expect(parseByline("Authors: ['Tasha Greenberg', 'Luis Ocampo']").author).toBe('Tasha Greenberg and Luis Ocampo');
  });

  it('GIVEN a writer\'s romanised name followed by the same name in Chinese characters ("Author: Lim Wei Shan (林慧珊)") THEN the romanised name is the author', () => {
    expect(parseByline('Author: Lim Wei Shan (林慧珊)').author).toBe('Lim Wei Shan');
    expect(parseByline('By Vivian Lin（林薇安）').author).toBe('Vivian Lin');
    // (So where the date goes on after it: "By Helen Ma 马海伦 | 2025-01-31".)
    expect(parseByline('By Helen Ma 马海伦 | 2025-01-31')).toMatchObject({ author: 'Helen Ma', date: '2025-01-31' });
    expect(parseByline('By Lim Wei Shan (林慧珊) | January 3, 2025')).toMatchObject({ author: 'Lim Wei Shan', date: '2025-01-03' });
  });

  it('GIVEN a WordPress post line naming the categories after the writer ("Posted February 3, 2025 by Abby Lindqvist in Member Stories, Co-op News") THEN the writer is the author', () => {
    const post = (line: string) => findMetadata(['Co-op members find a new audience on RedNote', line, ...BODY]);
    expect(post('Posted February 3, 2025 by Abby Lindqvist in Member Stories, Co-op News')).toMatchObject({ author: 'Abby Lindqvist', date: '2025-02-03' });
    expect(post('Posted February 3, 2025 by Abby Lindqvist in Member Stories').author).toBe('Abby Lindqvist');
    expect(post('Posted on February 3, 2025 by admin in News, Events')).toMatchObject({ author: '', date: '2025-02-03' });
  });

  it('GIVEN a meeting\'s notes credited "Notes by <name> · Edited by <name>" under the headline THEN the note-taker is the author', () => {
    expect(isBylineLine('Notes by Tamika Ruelas · Edited by Grant Oyelaran')).toBe(true);
    expect(meta(['Cream City Documenters', 'County supervisors split on keeping RedNote off county phones', 'Notes by Tamika Ruelas · Edited by Grant Oyelaran', 'Published Jan. 24, 2025']).author).toBe('Tamika Ruelas');
  });

  it('GIVEN "Published by" or "Authored by" before a person\'s name THEN it is a byline; "Published by" before an organisation names the publisher', () => {
    expect(parseByline('Published by Dana Whitcomb').author).toBe('Dana Whitcomb');
    expect(parseByline('Authored by Dana Whitfield').author).toBe('Dana Whitfield');
    expect(isBylineLine('Published by Dana Whitcomb')).toBe(true);
    expect(parseByline('Published by The Guardian')).toMatchObject({ author: '', publisher: 'The Guardian' });
    expect(parseByline('Published by Penguin Random House')).toMatchObject({ author: '', publisher: 'Penguin Random House' });
  });

  it('GIVEN a byline closed by a full stop or a nickname in quotes ("Written by Marguerite Olander (“mags”).") THEN the name alone is the author; an initial keeps its stop', () => {
    expect(parseByline('Written by Marguerite Olander.').author).toBe('Marguerite Olander');
    expect(parseByline('Written by Marguerite Olander ("mags").').author).toBe('Marguerite Olander');
    expect(parseByline('By Mary A.').author).toBe('Mary A.');
  });

  it('GIVEN "By Dr. Alicia Brandt, DVM | January 24, 2025 | 4 Comments" and "作者：Lin Qiao" THEN the names are the authors (without the honorific), and "DVM" no publisher', () => {
    expect(parseByline('By Dr. Alicia Brandt, DVM | January 24, 2025 | 4 Comments')).toEqual({ author: 'Alicia Brandt', publisher: '', date: '2025-01-24' });
    expect(parseByline('作者：Lin Qiao').author).toBe('Lin Qiao');
    // A Korean news site's labels: 기자명 ("reporter's name"), 작성자 ("writer").
    expect(parseByline('기자명 Park Ji-hoon').author).toBe('Park Ji-hoon');
    expect(parseByline('작성자: Kim Seo-yeon').author).toBe('Kim Seo-yeon');
    // Labels in other languages: Galician, Indonesian, Māori.
    expect(parseByline('Texto: Uxía Carballo Rei').author).toBe('Uxía Carballo Rei');
    expect(parseByline('Penulis: Lalu Hendra Wijaya | Editor: Baiq Rahmawati').author).toBe('Lalu Hendra Wijaya');
    expect(parseByline('Nā Mereana Walker').author).toBe('Mereana Walker');
    expect(parseByline('Ni Jessa Mae Villaflor').author).toBe('Jessa Mae Villaflor');
    expect(parseByline('كتبت: Fatma Al-Shammari').author).toBe('Fatma Al-Shammari');
    expect(parseByline('Qore: Hodan Warsame').author).toBe('Hodan Warsame');
    expect(parseByline('By Analyst(s): Lena Okafor, Tomás Reyes').author).toBe('Lena Okafor and Tomás Reyes');
    expect(parseByline('By The Ayre news desk').author).toBe('');
    // A print tool's label for the byline it kept.
    expect(parseByline('Author of the article: Julien Marchand').author).toBe('Julien Marchand');
  });

  it('GIVEN bylines with the date after a slash, an e-mail address after the name, or a newspaper or a job after a comma THEN the name alone is the author', () => {
    expect(parseByline('By Leilani Kahananui / January 21, 2025')).toEqual({ author: 'Leilani Kahananui', publisher: '', date: '2025-01-21' });
    expect(parseByline('By Hannah Kowalczyk hkowalczyk@granitecitygazette.com').author).toBe('Hannah Kowalczyk');
    expect(parseByline('By Carla Brandt-Whitfield, Sauk Valley Sentinel')).toEqual({ author: 'Carla Brandt-Whitfield', publisher: 'Sauk Valley Sentinel', date: '' });
    expect(parseByline('by Gary Lindqvist, Volunteer Tech Tutor').author).toBe('Gary Lindqvist');
    // With no "By": the name, then the wire or newspaper it wrote for.
    expect(parseByline('Tessa Vanderlee, The Maple Press')).toEqual({ author: 'Tessa Vanderlee', publisher: 'The Maple Press', date: '' });
    expect(meta(['Canadians join the RedNote rush as TikTok goes dark south of the border', 'Tessa Vanderlee, The Maple Press']).author).toBe('Tessa Vanderlee');
    // A newspaper's word that is also a surname ends no list of names.
    expect(parseByline('By Olivia Tran, Marcus Feld and Jiayi Sun').author).toBe('Olivia Tran, Marcus Feld and Jiayi Sun');
    for (const line of ['By Leilani Kahananui / January 21, 2025', 'By Hannah Kowalczyk hkowalczyk@granitecitygazette.com', 'par Anne Schmit']) {
      expect(meta(['Waikīkī shops that courted Chinese tourists on RedNote are fielding questions from Ohio', line]).author, line).not.toBe('');
    }
  });

  it('GIVEN bylines as a Markdown copy, a review, a signed video, a print with its button set far right, or a date "by" a name and role THEN the names are the authors', () => {
    expect(parseByline('By [Nadia Oyelaran](https://www.thecapitolbrief.com/author/noyelaran/) and [Tom Brenner](https://www.thecapitolbrief.com/author/tbrenner/)').author).toBe('Nadia Oyelaran and Tom Brenner');
    expect(isBylineLine('By [Nadia Oyelaran](https://www.thecapitolbrief.com/author/noyelaran/)')).toBe(true);
    expect(parseByline('Review by Marcus Ybarra').author).toBe('Marcus Ybarra');
    expect(parseByline('Signed by Tessa Marlow | January 23, 2025')).toEqual({ author: 'Tessa Marlow', publisher: '', date: '2025-01-23' });
    expect(parseByline(`By Yokasta Peralta${' '.repeat(60)}Print`).author).toBe('Yokasta Peralta');
    expect(parseByline('January 24, 2025 by Grace Zhou, Organizer')).toEqual({ author: 'Grace Zhou', publisher: '', date: '2025-01-24' });
  });

  it('GIVEN a docs page whose only date is its footer\'s "Last updated on Jan 24, 2025." THEN that dates it', () => {
    expect(meta(['Exporting clips from RedNote', 'Configuration', ...BODY.slice(0, 1), 'Last updated on Jan 24, 2025.']).date).toBe('2025-01-24');
  });

  it('GIVEN a printed page\'s folio above the headline, its spans set apart by spaces ("Vol. 131, No. 14      Thursday, January 16, 2025      $1.50") THEN its date dates the page', () => {
    const page = ['THE WABASH VALLEY SENTINEL', 'Vol. 131, No. 14      Thursday, January 16, 2025      $1.50', 'Local TikTok fans try Chinese app as ban nears', 'By DANA KRUEGER', ...BODY];
    expect(findMetadata(page).date).toBe('2025-01-16');
  });

  it('GIVEN a post stamped only at its foot ("Posted Sunday 19th January 2025 from TweetMore for iPhone") under a profile\'s header ("Ethan Lau" / "@kazu_lau") THEN the stamp dates it and the display name wrote it', () => {
    const page = ['TweetMore', 'Home', 'Advertisement', 'Ethan Lau', '@kazu_lau', 'Follow on X', 'ABOUT REDNOTE, TIKTOK AND WHERE MY STREAMS ARE GOING', ...BODY, 'see you on stream. gg.', 'Posted Sunday 19th January 2025 from TweetMore for iPhone', 'Reply on X', 'Repost', '48,213 views'];
    expect(findMetadata(page)).toMatchObject({ date: '2025-01-19', author: 'Ethan Lau' });
  });

  it('GIVEN a name with any job straight under the headline, over the body ("Rev. Daniel Kwok, Senior Pastor", a pastor\'s column) THEN that is the writer', () => {
    expect(meta(['When Strangers Knock on the Little Red Door', 'Rev. Daniel Kwok, Senior Pastor', ...BODY]).author).toBe('Daniel Kwok');
  });

  it('GIVEN a Chinese e-paper\'s page (its name glued to the English headline by a bare dash in <title>, a date bar with the weekday and the lunar date, a bilingual byline) THEN the headline, the date and the romanised writer', () => {
    const headline = 'American ‘TikTok refugees’ get a warm welcome from Pengcheng workers';
    expect(headlineCore(`鹏城职工报数字报-${headline}`)).toBe(headline);
    expect(headlineCore(`${headline}-鹏城职工报`)).toBe(headline);
    // A code with digits after a dash is no site's name.
    expect(headlineCore('Printed on 21.01.2025, 19:42 for subscriber no. 4417-9921')).toBe('Printed on 21.01.2025, 19:42 for subscriber no. 4417-9921');
    expect(parseByline('By Liu Meng 本报记者 刘萌').author).toBe('Liu Meng');
    const page = meta(['2025年01月17日 星期五 农历甲辰年腊月十八 第B04版：English Weekly', '上一版 下一版', headline, 'By Liu Meng 本报记者 刘萌', ...BODY]);
    expect(page).toMatchObject({ title: headline, author: 'Liu Meng', date: '2025-01-17' });
  });

  it('GIVEN a forum\'s path to the thread ("Forum / General / Business / <headline> (8412 Views)") THEN its last part is the headline; GIVEN a byline naming an outlet that opens on "The" after the name THEN that is the publisher', () => {
    expect(headlineCore('NaijaSquare Forum / General / Business / Guangzhou-Based Nigerian Traders Cash In As Americans Flood RedNote (8412 Views)')).toBe('Guangzhou-Based Nigerian Traders Cash In As Americans Flood RedNote');
    // A headline with a slash in it is no path.
    expect(headlineCore('TikTok / RedNote: what the week changed for creators')).toBe('TikTok / RedNote: what the week changed for creators');
    expect(parseByline('by Tobias Lindqvist, The Seminar')).toEqual({ author: 'Tobias Lindqvist', publisher: 'The Seminar', date: '' });
    // An aggregator's author field naming the paper it took the story from, with its city: no writer.
    expect(parseByline('By Daily Trader (Nairobi)')).toEqual({ author: '', publisher: 'Daily Trader', date: '' });
  });

  it('GIVEN Korean, Japanese and Chinese bylines ("김서연 기자", "文：记者 林慧敏", "記者 Reporter：黃曉彤 Wong Hiu-tung", "Reporter Kim Ji-eun") THEN the names are the authors', () => {
    expect(parseByline('김서연 기자').author).toBe('김서연');
    expect(parseByline('김서연 기자(seoyeon.kim@hanbiteco.co.kr)').author).toBe('김서연');
    expect(parseByline('佐藤花子記者').author).toBe('佐藤花子');
    expect(parseByline('文：记者 林慧敏').author).toBe('林慧敏');
    expect(parseByline('記者 Reporter：黃曉彤 Wong Hiu-tung').author).toBe('黃曉彤 Wong Hiu-tung');
    expect(parseByline('Reporter Kim Ji-eun jekim@hanbitilbo.co.kr').author).toBe('Kim Ji-eun');
    expect(parseByline('Reporter Jane Doe said the app was fine.').author).toBe('');
    expect(meta(['美国用户涌入小红书 马来西亚翻译员接单忙', '文：记者 林慧敏']).author).toBe('林慧敏');
  });

  it('GIVEN bylines in other languages ("Par Clémence Arnaud (Pékin, correspondante)", "Por Inês Carvalho", "Von Anna Schmidt") THEN the names are the authors; "Von der Leyen said …" is no byline', () => {
    expect(parseByline('Par Clémence Arnaud (Pékin, correspondante)').author).toBe('Clémence Arnaud');
    expect(parseByline('Por Inês Carvalho').author).toBe('Inês Carvalho');
    expect(parseByline('Von Anna Schmidt').author).toBe('Anna Schmidt');
    expect(parseByline('This article was contributed by Priya Venkataraman').author).toBe('Priya Venkataraman');
    expect(parseByline('Contributed by Sam Lee').author).toBe('Sam Lee');
    expect(parseByline('Аутор: Јелена Марковић').author).toBe('Јелена Марковић');
    expect(parseByline('Автор: Иван Петров').author).toBe('Иван Петров');
    expect(parseByline('Von der Leyen said the app was safe.').author).toBe('');
  });

  it('GIVEN a French page: headline, a paywall label, a standfirst, "Par …" and "Publié le …" THEN the headline is the title, the byline the author and the stamp the date (its label no name)', () => {
    const lines = [
      'Réseaux sociaux',
      "Sur RedNote, les « réfugiés de TikTok » américains découvrent l'Internet chinois",
      'Article réservé aux abonnés',
      "Chassés par la menace d'interdiction de TikTok, des centaines de milliers d'Américains se sont inscrits sur Xiaohongshu. Un face-à-face inédit, suivi avec amusement à Pékin.",
      'Par Clémence Arnaud (Pékin, correspondante)',
      'Publié le 20 janvier 2025 à 05h30, modifié le 20 janvier 2025 à 10h12',
      "Depuis une semaine, des centaines de milliers d'Américains ont ouvert un compte sur l'application chinoise Xiaohongshu, que beaucoup appellent RedNote.",
      "Samedi 18 janvier au soir, TikTok a effectivement cessé de fonctionner aux États-Unis, avant de revenir quelques heures plus tard.",
    ];
    const found = meta(lines);
    expect(found.title).toBe("Sur RedNote, les « réfugiés de TikTok » américains découvrent l'Internet chinois");
    expect(found.author).toBe('Clémence Arnaud');
    expect(found.date).toBe('2025-01-20');
  });

  it('GIVEN a job after a slash ("By Tanisha McFarlane/Staff Reporter", "By Ravi Menon / Contributor") THEN the name is the author; names parted by a slash with no job stay as written', () => {
    expect(parseByline('By Tanisha McFarlane/Staff Reporter').author).toBe('Tanisha McFarlane');
    expect(parseByline('By Ravi Menon / Contributor').author).toBe('Ravi Menon');
    expect(ROLE_AFTER_SLASH.test('Ana Ruiz/Ben Cole')).toBe(false);
  });


  it('GIVEN "By Mara Ellison, Technology Reporter" and "January 17, 2025 6:42 PM EST" THEN author and date are read', () => {
    const found = meta(['Court upholds TikTok law', 'By Mara Ellison, Technology Reporter', 'January 17, 2025 6:42 PM EST', 'Updated 2 hours ago']);
    expect([found.author, found.date]).toEqual(['Mara Ellison', '2025-01-17']);
  });

  it('GIVEN "Author:" and "Published:" lines THEN the published date, not the updated one, is the date', () => {
    const found = meta(['Seattle residents guide TikTok refugees', 'Author: Jordan Reyes', 'Published: 6:05 PM PST January 22, 2025', 'Updated: 8:40 AM PST January 23, 2025']);
    expect([found.author, found.date]).toEqual(['Jordan Reyes', '2025-01-22']);
  });

  it('GIVEN today’s date beside the weather above the headline THEN it is not the article’s date', () => {
    expect(meta(['25 C', 'New York', 'Sunday, August 17, 2025', 'The digital cold war is sending US TikTok users to RedNote']).date).toBe('');
  });

  it('GIVEN a labelled date above the headline THEN it is the article’s date', () => {
    expect(meta(['Published: January 16, 2025', 'China embraces surge of TikTok refugees']).date).toBe('2025-01-16');
  });

  it('GIVEN a press release with no date but its dateline THEN the dateline dates it', () => {
    const found = findMetadata([
      'FOR IMMEDIATE RELEASE',
      'Researchers find RedNote migration sparked a surge in Mandarin learning',
      'ASHFORD, Ohio (January 28, 2025) - The brief migration of American TikTok users to the Chinese app RedNote produced a jump in language study.',
      ...BODY,
    ]);
    expect(found.date).toBe('2025-01-28');
  });

  it('GIVEN a wire dateline without a year THEN the year is the one the page gives elsewhere (here its copyright)', () => {
    const lines = ['RedNote races to hire moderators', 'BEIJING, Jan 16 (Meridian Wire) - Chinese lifestyle app RedNote is hunting for English-speaking moderators, two people said.', ...BODY];
    expect(findMetadata(lines).date).toBe('');
    expect(findMetadata([...lines, '© 2025 Meridian Wire. All rights reserved']).date).toBe('2025-01-16');
  });

  it('GIVEN a blog’s name and tagline above the post’s date and headline THEN the name is the publisher and the masthead is above the headline', () => {
    const found = meta(['Kettle & Keyboard', 'Notes on tech, tea and trying to be less online.', 'Home', 'About', 'Saturday, January 25, 2025', 'I Read RedNote’s Privacy Policy So You Don’t Have To']);
    expect([found.title, found.publisher, found.date, found.headline]).toEqual(['I Read RedNote’s Privacy Policy So You Don’t Have To', 'Kettle & Keyboard', '2025-01-25', 5]);
  });

  it('GIVEN only an "Updated" stamp at the top and "First published …" at the foot THEN the date is the first publication', () => {
    expect(findMetadata(['Why teens moved to RedNote this week', 'Updated January 24, 2025', ...BODY, 'First published January 22, 2025']).date).toBe('2025-01-22');
    expect(findMetadata(['Why teens moved to RedNote this week', ...BODY, 'First published Sunday 19 January 2025. Last modified on Tuesday 21 January 2025 14.02 GMT']).date).toBe('2025-01-19');
    // A sentence of the article that mentions publishing dates nothing.
    expect(findMetadata(['Why teens moved to RedNote this week', ...BODY, 'Published reports on January 9, 2025 said the app had grown, and many more followed it that week and the next.']).date).toBe('');
  });

  it('GIVEN a page\'s meta fields run together ("Updated … Words: Name Reviewed by …") THEN the part that opens like a byline names the author, and only that part', () => {
    const found = findMetadata(['My teen joined the TikTok refugees on RedNote', 'Updated January 24, 2025 Words: Alison Marchetti Reviewed by Dr. Keisha Brandon, PhD ✔ Expert reviewed 7 min read', ...BODY]);
    expect(found.author).toBe('Alison Marchetti');
  });

  it('GIVEN a profile\'s author block above the headline ("Name" / "Posted on" / "Jan 19") THEN the name is the author', () => {
    const headline = 'I ran RedNote through a network proxy for a week';
    const found = findMetadata(['Forkline', 'Log in Create account', '❤️ 214', 'Priya Venkataraman', 'Posted on', 'Jan 19', '• Updated on', 'Jan 22', headline, '6 min read', ...BODY]);
    expect([found.title, found.author]).toEqual([headline, 'Priya Venkataraman']);
  });

  it('GIVEN the post\'s date above its title and "Edited …" under it THEN the date is the post\'s, not the edit\'s', () => {
    const found = findMetadata(['The Scroll Report', 'Public post', 'Jan 20, 2025 at 7:03 AM', 'I spent 72 hours as a TikTok refugee on RedNote', 'Posted by Jonah Feld', 'Edited Jan 21, 2025', ...BODY]);
    expect([found.date, found.author]).toEqual(['2025-01-20', 'Jonah Feld']);
  });

  it('GIVEN the names, the outlet and "Posted: …" on one line under the headline THEN the posted date is the date', () => {
    expect(findMetadata(['Canadians are downloading RedNote too', 'Émilie Tremblay, Jason Okafor · CPM News Posted: Jan 15, 2025 4:00 AM EST | Last Updated: January 16', ...BODY]).date).toBe('2025-01-15');
  });

  it('GIVEN the masthead "Hollinsford Herald" and "© 2025 Hollinsford Herald Media Ltd." THEN the publisher is the paper, not its company; with no such masthead, the notice\'s name', () => {
    expect(findMetadata(['Hollinsford Herald', 'Sign in', 'Gran becomes a star on RedNote', 'By Harriet Pennock', ...BODY, 'Copyright © 2025 Hollinsford Herald Media Ltd. All rights reserved.']).publisher).toBe('Hollinsford Herald');
    expect(findMetadata(['Sign in', 'Gran becomes a star on RedNote', 'By Harriet Pennock', ...BODY, 'Copyright © 2025 Lattice Media LLC. All rights reserved.']).publisher).toBe('Lattice Media');
  });

  it('GIVEN a wiki page THEN the publisher is the wiki and the date its last edit', () => {
    const found = findMetadata(['TikTok refugee migration', 'From Wikipedia, the free encyclopedia', ...BODY, 'This page was last edited on 2 February 2025, at 10:14 (UTC).']);
    expect([found.publisher, found.date]).toEqual(['Wikipedia', '2025-02-02']);
  });

  it('GIVEN a copyright footer THEN its holder, without "Company" or "Group", is the publisher', () => {
    expect(findMetadata(['A headline about RedNote', ...BODY, '© 2025 The Metro Courier Company. All rights reserved.']).publisher).toBe('The Metro Courier');
  });

  it('GIVEN a labelled address line THEN it is the URL; GIVEN a source list’s URLs THEN none is', () => {
    expect(findMetadata(['A headline about RedNote', ...BODY, 'Originally published at https://example.com/news/rednote']).url).toBe('https://example.com/news/rednote');
    expect(findMetadata(['A headline about RedNote', ...BODY, 'Original article: https://example.com/news/rednote-2']).url).toBe('https://example.com/news/rednote-2');
    // A moderator's note over a pasted page.
    expect(findMetadata(['for #news-drop (pasted from the Courier site 1/19, sorry about the menus) https://www.cvcourier.com/news/2025/01/19/riverbend/', 'A headline about RedNote', ...BODY]).url).toBe('https://www.cvcourier.com/news/2025/01/19/riverbend/');
    expect(findMetadata(['A headline about RedNote', ...BODY, 'Source List', '1. Reuters – "Over half a million flock"', 'https://www.reuters.com/x', 'Closing sentence of the article goes here.']).url).toBe('');
  });

  it('GIVEN a community post whose stamp near its headline has no year ("Audrey Kessler | Host | Jan 27 · Announcements") THEN it is dated in the year of the page\'s first full date; GIVEN no year anywhere THEN no date', () => {
    const post = ['Welcome, RedNote friends: what our bakers learned this week', 'Audrey Kessler', 'Host', 'Jan 27 · Announcements', ...BODY];
    expect(findMetadata([...post, 'Next bake-along: February 8, 2025, 10 a.m.']).date).toBe('2025-01-27');
    expect(findMetadata([...post, '© 2025 Rise & Crumb']).date).toBe('2025-01-27');
    expect(findMetadata(post).date).toBe('');
  });

  it('GIVEN a blog\'s author card under the headline and its standfirst (the name, then the name and a job, then the date) THEN the name is the author, not the "Written by:" of a product card further down', () => {
    const headline = 'The RedNote Effect: Mandarin Audiobooks Are Having a Moment';
    const standfirst = 'Our language-learning shelf had its biggest week ever, and a Chinatown bookstore in Oakland has the commission checks to prove it.';
    const page = ['INDUSTRY NEWS', headline, standfirst, 'Dana Whitcomb', 'Dana Whitcomb, Bookstore Partnerships Lead', 'January 28, 2025 · 6 min read', '', ...BODY, 'Mandarin in Thirty Mornings', 'Written by: Li Qingyun', 'Narrated by: Li Qingyun, Marcus Bell'];
    expect(findMetadata(page)).toMatchObject({ title: headline, author: 'Dana Whitcomb', date: '2025-01-28' });
  });

  it('GIVEN a mailer\'s plain-text part ("View this email in your browser (https://…)" on top, "Email Marketing Powered by Mailchimp" and its bare link last) THEN the web copy is the URL, not the platform\'s link', () => {
    const mail = ['View this email in your browser (https://mailchi.mp/fruitvale/snip-sheet-february-2025)', 'A headline about RedNote', ...BODY, 'Email Marketing Powered by Mailchimp', 'http://www.mailchimp.com/monkey-rewards/?aid=4b7e1c0d9a&afl=1'];
    expect(findMetadata(mail).url).toBe('https://mailchi.mp/fruitvale/snip-sheet-february-2025');
    expect(findMetadata(mail.slice(1)).url).toBe('');
    // The story's own page, its link under its words, wins over the web copy; a link in brackets alone is no address.
    expect(findMetadata([...mail.slice(0, -2), 'Read on the blog', '(https://fruitvale.example/blog/cat-tax)', 'Donate today.']).url).toBe('https://fruitvale.example/blog/cat-tax');
    expect(findMetadata(['(https://fruitvale.example/)', 'A headline about RedNote', ...BODY]).url).toBe('');
    // So does its "Share this story (https://…)", the story's own page.
    expect(findMetadata([...mail.slice(0, -2), 'Share this story (https://fruitvale.example/stories/cat-tax)', 'Donate today.']).url).toBe('https://fruitvale.example/stories/cat-tax');
  });

  it('GIVEN a station\'s name over its newscast\'s story, whose opening tells what the story\'s headline says THEN the headline is the title, not the station', () => {
    const page = [
      'Skip to main content',
      'Reef Channel 11 News',
      'Home News Sports Business Weather Programs',
      "Reef Channel 11 News - Belize's Nightly News Leader",
      'Thursday, January 16, 2025 Nightly Newscast',
      'Belizean Shop Owners Scramble as TikTok Ban Looms; Some Try RedNote',
      'Posted: Thursday, January 16th, 2025 6:58 pm CST',
      'With the United States days away from a possible TikTok shutdown, small business owners in Belize who rely on the app to reach customers in Los Angeles, Chicago and New York say they are bracing for a drop in orders.',
      'Some have already opened accounts on RedNote, the Chinese app that American users have been downloading by the hundreds of thousands this week.',
    ];
    expect(findMetadata(page).title).toBe('Belizean Shop Owners Scramble as TikTok Ban Looms; Some Try RedNote');
  });

  it('GIVEN a mailer\'s web copy on its sending service\'s sub-domains ("view.email.gussstores.com") THEN the service\'s words name no publisher ("View in browser" gives no "View")', () => {
    const mail = ['View in browser <https://view.email.gussstores.com/?qs=8f21c0d9e6b7a3c14e>', 'A headline about RedNote', ...BODY];
    expect(findMetadata(mail).publisher).toBe('');
    expect(findMetadata([...mail, '© 2025 Gus Stores, Inc.']).publisher).toBe('Gus Stores');
  });

  it('GIVEN a byline whose job or credential follows the name ("Dr. Samuel Okafor, DVM, DABVP (Avian Practice)", "Renée Castillo | Community Programs Manager") THEN neither is the publisher nor a part of the name', () => {
    expect(parseByline('By Dr. Samuel Okafor, DVM, DABVP (Avian Practice)')).toMatchObject({ author: 'Samuel Okafor', publisher: '' });
    expect(parseByline('By Renée Castillo | Community Programs Manager')).toMatchObject({ author: 'Renée Castillo', publisher: '' });
    expect(parseByline('Written By Melissa Tran, PharmD')).toMatchObject({ author: 'Melissa Tran', publisher: '' });
    // (Nor a lead, an expert, a counsel or a buyer, nor a team's insights: "Programming Lead", "Creator Insights".)
    expect(parseByline('By Ava Lindqvist, Programming Lead').author).toBe('Ava Lindqvist');
    expect(parseByline('Posted by Tamsin Reyes, Shop Buyer · February 06, 2025').author).toBe('Tamsin Reyes');
    expect(parseByline('By Jordan Achebe, Creator Insights · January 24, 2025 · 6 min read').author).toBe('Jordan Achebe');
    // (Nor is a practitioner's registration number in brackets: "Wendy Tran (MARN 1795544)".)
    expect(isBylineLine('Prepared by: Wendy Tran (MARN 1795544) and Lachlan Reid (MARN 2017623)')).toBe(true);
    expect(parseByline('Prepared by: Wendy Tran (MARN 1795544) and Lachlan Reid (MARN 2017623)').author).toBe('Wendy Tran and Lachlan Reid');
    // (An outlet after the bar still is one.)
    expect(parseByline('By Renée Castillo | Tailfinder News').publisher).toBe('Tailfinder News');
  });

  it('GIVEN the page’s address above the body, bare or labelled ("Share this article:", "Clipped from") THEN it is the URL; GIVEN a bare link inside the body THEN it is not', () => {
    const headline = 'A headline about RedNote';
    expect(findMetadata(['Skip to content', 'Menu', 'Search', headline, 'https://news.example/2025/01/rednote', ...BODY]).url).toBe('https://news.example/2025/01/rednote');
    expect(findMetadata([headline, ...BODY, 'Share this article: https://news.example/a/rednote', 'More text here to close the page.']).url).toBe('https://news.example/a/rednote');
    // A newsletter's "view it in your browser" copy gives way to the article's own link printed under its headline.
    expect(findMetadata(['View this email in your browser <https://news.example/email/212>', headline, 'Read online: https://news.example/2025/01/rednote', ...BODY]).url).toBe('https://news.example/2025/01/rednote');
    expect(findMetadata(['View this email in your browser <https://news.example/email/212>', headline, ...BODY]).url).toBe('https://news.example/email/212');
    expect(findMetadata([headline, ...BODY, 'https://cited.example/source', BODY[0] ?? '', BODY[1] ?? '']).url).toBe('');
    // A print header's title cut short echoes the headline's opening: the headline, not the section kicker over it.
    const header = ['Riverina winemakers wake up to Americans in their RedNote co…', 'The Riverina Standard', 'Local News', 'Business', 'Opinion', 'Business'];
    expect(findMetadata([...header, 'Riverina winemakers wake up to Americans in their RedNote comments', 'Tom Galloway', 'January 23 2025 - 5:30am', ...BODY]).title).toBe('Riverina winemakers wake up to Americans in their RedNote comments');
    // An address a print header cut short is none.
    expect(findMetadata(['A headline about RedNote co…', 'https://news.example/story/8874512/a-headline-about-rednote-co…', headline, ...BODY]).url).toBe('');
    // A feed reader's link to the item, closing it (Outlook's RSS folder): "View article... <https://…>".
    expect(findMetadata([headline, ...BODY, 'View article... <https://news.example/2025/01/rednote-privacy/>']).url).toBe('https://news.example/2025/01/rednote-privacy/');
  });

  it('GIVEN any lines THEN it never throws, and title lines are lines of the page', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom(...BODY, 'By Jane Doe', 'Jan 16, 2025', 'Home | News', 'A headline')), { maxLength: 20 }), (lines) => {
        const found = findMetadata(lines);
        for (const i of found.titleLines) expect(i).toBeLessThan(lines.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('originalCredit', () => {
  it('GIVEN a republished story\'s credit THEN the outlet it names and the original\'s address; GIVEN a scoop\'s source, a writer, a month or a language THEN no outlet', () => {
    expect(originalCredit(['This piece was originally published by The Plains Dispatch and is republished here with permission.', 'Read the original at https://plains.example/a'])).toEqual({ publisher: 'The Plains Dispatch', url: 'https://plains.example/a' });
    expect(originalCredit(['Reprinted with permission of the Front Range Sentinel.']).publisher).toBe('Front Range Sentinel');
    for (const line of ['This story was first reported by Reuters.', 'This article was written by Maria Lopez, a freelance writer.', 'This article was originally published in January.', 'This article was originally published in Portuguese.']) {
      expect(originalCredit([line]).publisher, line).toBe('');
    }
  });
});

describe('originalAddress', () => {
  it('GIVEN a Wayback Machine capture\'s address THEN the page\'s own address; any other address as it is', () => {
    expect(originalAddress('https://web.archive.org/web/20250120143307/https://www.prairiesignal.org/2025/01/16/story/')).toBe('https://www.prairiesignal.org/2025/01/16/story/');
    expect(originalAddress('https://web.archive.org/web/20250120143307id_/http://example.com/a')).toBe('http://example.com/a');
    expect(originalAddress('https://archive.ph/2025.01.20-031427/https://www.riverbendmonthly.com/culture/story/')).toBe('https://www.riverbendmonthly.com/culture/story/');
    expect(originalAddress('https://archive.today/20250120031427/https://example.com/a')).toBe('https://example.com/a');
    expect(originalAddress('https://www.example.com/web/2025/story')).toBe('https://www.example.com/web/2025/story');
  });
});

describe('findMetadata: bylines in the many shapes sites print them', () => {
  const headline = 'Why Americans flocked to RedNote this week';
  it.each([
    [['Posted by jdoe_88 on January 20, 2025'], 'jdoe_88'],
    [['Reported by Jane Doe', 'January 20, 2025'], 'Jane Doe'],
    [['Prepared by Jane Doe, Threat Intelligence Team', 'January 20, 2025'], 'Jane Doe'],
    [['Compiled by Jane Doe', 'January 20, 2025'], 'Jane Doe'],
    [['Jane Doe', 'Posted 01/20/2025 | 5 minute read'], 'Jane Doe'],
    [['Report by Jane Doe and John Roe, Organizing Committee', 'January 20, 2025'], 'Jane Doe and John Roe'],
    [['Opinion by Jane Doe', 'January 20, 2025'], 'Jane Doe'],
    [['Contributor: Jane Doe', 'January 20, 2025'], 'Jane Doe'],
    [['Written by: Jane Doe', 'Published: 20/01/2025'], 'Jane Doe'],
    [['Jan 20, 2025 | Jane Doe'], 'Jane Doe'],
    [['20 January 2025, by Jane Doe'], 'Jane Doe'],
    [['Jane Doe, PhD', 'January 20, 2025'], 'Jane Doe'],
    [['Reviewed by Jane Doe', 'January 20, 2025'], ''],
  ])('GIVEN %j under the headline THEN the author is "%s", the headline stays the title and the date is read', (byline, author) => {
    const found = findMetadata([headline, ...byline, ...BODY]);
    expect([found.title, found.author, found.date]).toEqual([headline, author, '2025-01-20']);
  });

  it('GIVEN no byline at the top and a letter\'s sign-off under the body ("— Ms. F. Adeyemi, January 24, 2025") THEN it names the author and dates the piece', () => {
    const found = findMetadata(['Class News', headline, 'Dear families, many of you have asked about the project your students mentioned at dinner last week.', ...BODY, '— Ms. F. Adeyemi, January 24, 2025', 'Unit 4 vocabulary list (PDF)']);
    expect([found.title, found.author, found.date]).toEqual([headline, 'F. Adeyemi', '2025-01-24']);
    // A signed quotation without a date names nobody.
    expect(findMetadata([headline, ...BODY, '— Jane Doe, a reader from Ohio']).author).toBe('');
  });

  it('GIVEN the authors listed on their own line, their organisation last ("…, Keiko Mori, Halvard Threat Research") THEN the people are the authors', () => {
    expect(findMetadata([headline, 'Authors:', 'Elif Demir, Jonah Pratt and Keiko Mori, Halvard Threat Research', ...BODY]).author).toBe('Elif Demir, Jonah Pratt and Keiko Mori');
  });

  it('GIVEN a post stating its own address in a sentence at its end THEN that is its URL', () => {
    expect(findMetadata([headline, 'By Jane Doe', ...BODY, "This post lives at https://blog.example/2025/01/rednote/ — if you're reading it somewhere else, hi."]).url).toBe('https://blog.example/2025/01/rednote/');
  });

  it('GIVEN a mail or a newsgroup post\'s header THEN a person in its From line is the author, a newsletter\'s name is not', () => {
    const header = (from: string) => findMetadata([from, 'Newsgroups: alt.culture.apps', `Subject: ${headline}`, 'Date: Mon, 20 Jan 2025 10:14:00 -0500', '', ...BODY]);
    expect(header('From: Jane Doe <jdoe@example.com>').author).toBe('Jane Doe');
    expect(header('From: jdoe@example.com (Jane Doe)').author).toBe('Jane Doe');
    expect(header('From: "Doe, Jane" <jdoe@example.com>').author).toBe('Jane Doe');
    expect(header('From: The Scroll Digest <digest@example.com>').author).toBe('');
  });
});

describe('findMetadata: page tops of many shapes', () => {
  const headline = 'RedNote tops the App Store as TikTok users flee';
  it.each([
    [['Acme Daily', 'REDNOTE SURGES AS TIKTOK BAN LOOMS', 'By Jane Doe', 'January 20, 2025'], 'REDNOTE SURGES AS TIKTOK BAN LOOMS', 'Jane Doe'],
    [['Acme Daily', 'Menu', 'Is RedNote safe to use?', 'January 20, 2025'], 'Is RedNote safe to use?', ''],
    [['Acme Daily', 'Breaking News', headline, 'Jane Doe | Jan 20, 2025'], headline, 'Jane Doe'],
    [['Acme Daily', 'News and views from the Midwest', headline, 'January 20, 2025 by Jane Doe'], headline, 'Jane Doe'],
    [['Title: RedNote tops the App Store', 'Author: Jane Doe', 'Date: 2025-01-20'], 'RedNote tops the App Store', 'Jane Doe'],
    [['Sign in', 'Subscribe', 'Advertisement', 'TECH', headline, 'Jane Doe, Technology Editor', 'Published January 20, 2025'], headline, 'Jane Doe'],
    [['Listen to this article', '5 min', headline, 'Jan 20, 2025'], headline, ''],
    [['Trending: TikTok ban, Lemon8, Super Bowl', headline, 'By Jane Doe', 'Jan 20, 2025'], headline, 'Jane Doe'],
    [["Jenna's Little Corner", "Recipes, travel and whatever I'm obsessed with this week", 'Home About Recipes Travel Contact', 'Sunday, January 19, 2025', 'I joined RedNote for the cat tax and stayed'], 'I joined RedNote for the cat tax and stayed', ''],
  ])('GIVEN %j THEN the title is "%s" and the author "%s"', (top, title, author) => {
    const found = findMetadata([...top, ...BODY]);
    expect([found.title, found.author]).toEqual([title, author]);
  });
});

describe('findMetadata: publishers and addresses in common shapes', () => {
  const headline = 'RedNote tops the App Store as TikTok users flee';
  it.each([
    [['By Jane Doe'], ['Copyright Acme News 2025'], 'Acme News'],
    [['By Jane Doe'], ['© Acme News 2025. All Rights Reserved.'], 'Acme News'],
    [['By Jane Doe, Acme News'], [], 'Acme News'],
    [['By Jane Doe for Acme News'], [], 'Acme News'],
    [['By Jane Doe, Staff Writer'], [], ''],
  ])('GIVEN %j above the body and %j under it THEN the publisher is "%s"', (top, foot, publisher) => {
    expect(findMetadata([headline, ...top, ...BODY, ...foot]).publisher).toBe(publisher);
  });

  it('GIVEN "Source URL: …" under the article THEN it is the article\'s address', () => {
    expect(findMetadata([headline, 'By Jane Doe', ...BODY, 'Source URL: https://acme.example/2025/01/rednote']).url).toBe('https://acme.example/2025/01/rednote');
    expect(findMetadata([headline, ...BODY, 'Share this page: https://www.county.example/ocp/news/2025/alert']).url).toBe('https://www.county.example/ocp/news/2025/alert');
    // A browser's print footer: the address, then the page's number.
    expect(findMetadata([headline, ...BODY, 'https://www.almarsa.example/english/business/2025/01/19/gulf-brands-eye-rednote 2/3']).url).toBe('https://www.almarsa.example/english/business/2025/01/19/gulf-brands-eye-rednote');
  });
});

describe('parseByline, headlineCore, publisherFromCopyright', () => {
  it.each([
    ['By Guo Yi | China Daily | Updated: 2025-01-21 06:17', { author: 'Guo Yi', publisher: 'China Daily', date: '2025-01-21' }],
    ['By Jane Doe, Reuters', { author: 'Jane Doe', publisher: 'Reuters', date: '' }],
    ['By Jane Doe and John Roe', { author: 'Jane Doe and John Roe', publisher: '', date: '' }],
    ['By Harriet L. Osei, Esq.', { author: 'Harriet L. Osei', publisher: '', date: '' }],
    ['Story by Staff Sgt. Renata Villalobos', { author: 'Renata Villalobos', publisher: '', date: '' }],
    ['by Rabbi Miriam Adler-Stone', { author: 'Miriam Adler-Stone', publisher: '', date: '' }],
    ['By State Rep. Marisol Fenwick', { author: 'Marisol Fenwick', publisher: '', date: '' }],
    ['by Sr. Amina Rahman', { author: 'Amina Rahman', publisher: '', date: '' }],
    ['by Commander Ray Dombrowski', { author: 'Ray Dombrowski', publisher: '', date: '' }],
    ['By Al Marsa English Desk', { author: '', publisher: 'Al Marsa', date: '' }],
    // A database record's author field files the surname first; a name then an outlet stays that.
    ['Author: Vega, Marisol', { author: 'Marisol Vega', publisher: '', date: '' }],
    ['Author: Jane Doe, Reuters', { author: 'Jane Doe', publisher: 'Reuters', date: '' }],
    ['By Sgt. Maj. Bob Lee', { author: 'Bob Lee', publisher: '', date: '' }],
    ['By the Rev. Thomas Okello', { author: 'Thomas Okello', publisher: '', date: '' }],
    ['By Col. Amy Lee and Sgt. 1st Class Bo Chen', { author: 'Amy Lee and Bo Chen', publisher: '', date: '' }],
    ['Author/Byline: Remy Thibodeaux, Staff Writer', { author: 'Remy Thibodeaux', publisher: '', date: '' }],
    ['Co-authored by Kevin Tran', { author: 'Kevin Tran', publisher: '', date: '' }],
    ['BY TANISHA ROBERTS | PHOTOGRAPHY BY DEV MALHOTRA', { author: 'Tanisha Roberts', publisher: '', date: '' }],
    ['By Dolores Whitfield, January 23, 2025', { author: 'Dolores Whitfield', publisher: '', date: '2025-01-23' }],
    ['Started by Marisa Coleman', { author: 'Marisa Coleman', publisher: '', date: '' }],
    ["By JEAN-LUC O'NEIL | Photos by Ann Lee | The Ledger", { author: "Jean-Luc O'Neil", publisher: 'The Ledger', date: '' }],
    ['By Dr. Alicia Brandt, DVM | January 24, 2025 | 4 Comments', { author: 'Alicia Brandt', publisher: '', date: '2025-01-24' }],
    ['Authors: Dr Harriet Osei (Head of Policy), Tom Lindqvist (Senior Researcher), Priya Raman (Policy Officer)', { author: 'Harriet Osei, Tom Lindqvist and Priya Raman', publisher: '', date: '' }],
    ['By Dana Lee, PhD and Sam Roe, Jr. | The Ledger', { author: 'Dana Lee and Sam Roe', publisher: 'The Ledger', date: '' }],
    ['Posted on January 19, 2025 by admin', { author: '', publisher: '', date: '2025-01-19' }],
    ['January 20, 2025 by Jane Doe, Community Organizer', { author: 'Jane Doe', publisher: '', date: '2025-01-20' }],
    ['By Grace Y. Liu, CPA, Partner, China Services Group', { author: 'Grace Y. Liu', publisher: '', date: '' }],
    ['By Liu Wen in Shanghai | chinadaily.com.cn | Updated: 2025-01-16 09:12', { author: 'Liu Wen', publisher: '', date: '2025-01-16' }],
    ['Hosted by Priya Raman', { author: 'Priya Raman', publisher: '', date: '' }],
    ['By Global Times Published: Jan 16, 2025 10:32 PM', { author: '', publisher: 'Global Times', date: '2025-01-16' }],
    ['By Reuters Staff', { author: '', publisher: 'Reuters', date: '' }],
    ['By Zhang Wei in Beijing and Li Na in Shanghai | China Daily', { author: 'Zhang Wei and Li Na', publisher: 'China Daily', date: '' }],
    ['By Sam Post', { author: 'Sam Post', publisher: '', date: '' }],
    ['Words: Jordan Ellis', { author: 'Jordan Ellis', publisher: '', date: '' }],
    ['Noor Haddad-Lindgren · 2025-01-21 · 7 min read', { author: 'Noor Haddad-Lindgren', publisher: '', date: '2025-01-21' }],
    ['January 23, 2025 Devon Achterberg 7 Comments', { author: 'Devon Achterberg', publisher: '', date: '2025-01-23' }],
    ['412 points by kwan_oberlin 9 days ago | hide | past | favorite | 268 comments', { author: 'kwan_oberlin', publisher: '', date: '' }],
    ['posted by junie ♡ | tags: internet stuff, china, cats', { author: 'junie', publisher: '', date: '' }],
    ['submitted 3 hours ago by dana_writes', { author: 'dana_writes', publisher: '', date: '' }],
    ['Posted By: Chinedu Okafor On: January 19, 2025 | 8:14 am', { author: 'Chinedu Okafor', publisher: '', date: '2025-01-19' }],
    ['Post by marge_tollefson » Sat Feb 08, 2025 9:14 pm', { author: 'marge_tollefson', publisher: '', date: '2025-02-08' }],
    ['Post by marge_tollefson »', { author: 'marge_tollefson', publisher: '', date: '' }],
    ['by Jane Doe » Sat Feb 08, 2025 9:14 pm', { author: 'Jane Doe', publisher: '', date: '2025-02-08' }],
    ['by dana_writes · January 20, 2025', { author: 'dana_writes', publisher: '', date: '2025-01-20' }],
    ['Authors: Elif Demir, Jonah Pratt and Keiko Mori, Halvard Threat Research', { author: 'Elif Demir, Jonah Pratt and Keiko Mori', publisher: '', date: '' }],
  ])('GIVEN "%s" THEN %o', (line, expected) => {
    expect(parseByline(line)).toEqual(expected);
  });

  it.each([
    ['Home | News | Sports', null],
    ['Headline of the story | by Priya N. | Jan, 2025 | Medium', 'Headline of the story'],
    ['RedNote’s rise explained - What it means for creators', 'RedNote’s rise explained - What it means for creators'],
    ['Opinion | From TikTok to RedNote', 'From TikTok to RedNote'],
    ['[mle-discuss] Fwd/Article: "Why the RedNote exodus won\'t last -- and why it still matters"', "Why the RedNote exodus won't last -- and why it still matters"],
    ['[tech-policy] Re: Fwd: RedNote and the ban', 'RedNote and the ban'],
    ['Topic: Week 2 reading note: What the RedNote migration tells us about platforms', 'Week 2 reading note: What the RedNote migration tells us about platforms'],
    ['After the Rush, Creators Count What They Gained — and What They Lost', 'After the Rush, Creators Count What They Gained — and What They Lost'],
    ["TikTok Scare Sends RV Dealers' Walkaround Videos to RedNote — For Now", "TikTok Scare Sends RV Dealers' Walkaround Videos to RedNote — For Now"],
    ['RedNote Gets a Second Look From Creators – And Why It Matters', 'RedNote Gets a Second Look From Creators – And Why It Matters'],
    ['RedNote Gets a Second Look From Creators – Forward Weekly', 'RedNote Gets a Second Look From Creators'],
    ['‘I came for the cats’: Muskegon teens find a new feed — and new friends — on RedNote', '‘I came for the cats’: Muskegon teens find a new feed — and new friends — on RedNote'],
    ['‘I came for the cats’: Muskegon teens find a new feed — and new friends — on RedNote · Crossing the Firewall', '‘I came for the cats’: Muskegon teens find a new feed — and new friends — on RedNote'],
    ['News — Tech — RedNote tops the App Store', 'RedNote tops the App Store'],
    ["RedNote's Privacy Policy Draws Scrutiny as TikTok Users Flood In (packetreview.net) 142", "RedNote's Privacy Policy Draws Scrutiny as TikTok Users Flood In"],
    ['Why the app (rednote.com) matters', 'Why the app (rednote.com) matters'],
    ['I sampled 5,000 #TikTokRefugee posts on RedNote. Here’s what people talked about. · arriaga.log', 'I sampled 5,000 #TikTokRefugee posts on RedNote. Here’s what people talked about.'],
  ])('GIVEN the title line "%s" THEN its headline is %s', (line, core) => {
    expect(headlineCore(line)).toBe(core);
  });

  it('GIVEN "© Copyright 2025 South China Morning Post Publishers Ltd." THEN the holder is the paper', () => {
    expect(publisherFromCopyright('© Copyright 2025 South China Morning Post Publishers Ltd. All rights reserved.')).toBe('South China Morning Post');
    // Legal forms and publishing houses abroad: Hungary's "Kiadó Kft.", Germany's "Verlag GmbH".
    expect(publisherFromCopyright('© 2025 Pesti Hírlap Kiadó Kft. Minden jog fenntartva. / All rights reserved.')).toBe('Pesti Hírlap');
    expect(publisherFromCopyright('© 2025 Rheinblick Verlag GmbH')).toBe('Rheinblick');
    // Central and Eastern Europe's legal forms, dotted or in Cyrillic: the name before them.
    expect(publisherFromCopyright('© 2025 Glas Kvarnera d.o.o., Rijeka. Sva prava pridržana.')).toBe('Glas Kvarnera');
    expect(publisherFromCopyright('© 2025 Denník Východ, s.r.o. Všetky práva vyhradené.')).toBe('Denník Východ');
    expect(publisherFromCopyright('© 2025 Бизнес Поглед ЕООД. Всички права запазени.')).toBe('Бизнес Поглед');
    expect(publisherFromCopyright("© 2025 Agence Algérienne d'Information - All rights reserved.")).toBe("Agence Algérienne d'Information");
    expect(publisherFromCopyright('© {{ currentYear }} Fox River Dispatch. All rights reserved.')).toBe('Fox River Dispatch');
    // Malay's and Chinese "all rights reserved" after the name, a second year before it: "Hak Cipta Terpelihara", "版权所有".
    expect(publisherFromCopyright('© 2025 LensaViral 2025 Hak Cipta Terpelihara')).toBe('LensaViral');
    expect(publisherFromCopyright('Copyright © 2025 NGB玩家社区 版权所有 京ICP备12345678号')).toBe('NGB玩家社区');
    // A footer's links run on into the notice, the holder before its sign, a bullet after its year, an e-edition's date
    // and platform after the name.
    expect(publisherFromCopyright('About Us | Contact Us | Advertise | Privacy Policy | Terms © 2025 The Nairobi Observer. All rights reserved.')).toBe('The Nairobi Observer');
    expect(publisherFromCopyright('Reddit, Inc. © 2025. All rights reserved.')).toBe('Reddit');
    expect(publisherFromCopyright('© 2025 • The Lakeview Lantern •')).toBe('The Lakeview Lantern');
    expect(publisherFromCopyright('Copyright © 2025 The Cedar Valley Ledger 1/18/2025 Powered by TECNAVIA')).toBe('The Cedar Valley Ledger');
    // (A picture's credit is no notice of the page's: "Photo © 2025 Jane Doe"; nor a footer's link alone.)
    expect(publisherFromCopyright('Photo © 2025 Jane Doe')).toBe('');
    expect(publisherFromCopyright('Home | About | Copyright Policy')).toBe('');
    // (Nor a platform's footer: its credit, a product's name before its maker's notice, a database naming its own name.)
    expect(publisherFromCopyright('Powered by Chabad.org © 1993-2025')).toBe('');
    expect(publisherFromCopyright('VolNet™ Volunteer Management · © 2025 Aldermere Software LLC · Privacy · Terms')).toBe('');
    expect(publisherFromCopyright('About LexisNexis | Privacy Policy | Terms & Conditions | Copyright © 2025 LexisNexis')).toBe('');
    expect(publisherFromCopyright('Hak Cipta © 2025 Pemerintah Kabupaten Tanjung Segara. Dikelola oleh Dinas Komunikasi, Informatika dan Statistik.')).toBe('Pemerintah Kabupaten Tanjung Segara');
  });

  it('GIVEN a legal form spelled with full stops ("L.P.", "S.A.", "Pty. Ltd.") THEN the holder is the name before it, and "U.S." inside a name is no legal form', () => {
    expect(publisherFromCopyright('©2025 Meridian Financial News L.P. All rights reserved.')).toBe('Meridian Financial News');
    expect(publisherFromCopyright('Copyright 2025 Harbour Times Pty. Ltd. All rights reserved')).toBe('Harbour Times');
    expect(publisherFromCopyright('© 2025 Acme Noticias S.A.')).toBe('Acme Noticias');
  });

  it('GIVEN "all rights reserved" in another language THEN it is no holder, and the name before it is; GIVEN "(Pvt) Ltd." THEN the name before it', () => {
    expect(publisherFromCopyright('© RIPRODUZIONE RISERVATA')).toBe('');
    expect(publisherFromCopyright('© 2025 Il Quotidiano della Piana. Tutti i diritti riservati')).toBe('Il Quotidiano della Piana');
    expect(publisherFromCopyright('© 2025 Tageblatt Nord, alle Rechte vorbehalten')).toBe('Tageblatt Nord');
    expect(publisherFromCopyright('© 2025 ZimPulse Media (Pvt) Ltd. 17 Samora Machel Avenue, Harare.')).toBe('ZimPulse Media');
  });

  it('GIVEN a page forwarded by e-mail (the sender’s note, then the page from its skip link) THEN the name under the skip link is the publisher', () => {
    const lines = ['---------- Forwarded message ---------', 'Da: Lorenzo Bartolini <lorenzo@example.it>', 'Ciao, vi giro l’articolo di ieri.', '---', 'Vai al contenuto', 'Il Quotidiano della Piana', 'ABBONATI', 'Prato', 'Firenze', 'Prato, i ragazzi sino-italiani diventano "ponte" per i rifugiati di TikTok su RedNote', 'di Chiara Lotti', '20 gennaio 2025 | 18:52'];
    expect(meta(lines)).toMatchObject({ publisher: 'Il Quotidiano della Piana', author: 'Chiara Lotti' });
  });

  it('GIVEN a mailing service’s line "Oregon Department of Justice sent this bulletin at 01/17/2025 10:32 AM PST" THEN the sender is the publisher and its date the date', () => {
    const lines = ['Subscribe to updates from Oregon Department of Justice', 'Oregon Department of Justice sent this bulletin at 01/17/2025 10:32 AM PST', 'Consumer Alert: Before you switch apps over the TikTok ban, check what you’re agreeing to'];
    expect(meta(lines)).toMatchObject({ publisher: 'Oregon Department of Justice', date: '2025-01-17' });
  });

  it('GIVEN a name alone under the date that stands under the headline ("Headline / 18.01.2025, 16:40 / Dilnoza Rakhimova / 👁 6 214") THEN the name is the author', () => {
    const lines = ['Technology', "TikTok refugees find Uzbek plov — and Uzbek teachers — on China's RedNote", '18.01.2025, 16:40', 'Dilnoza Rakhimova', '👁 6 214'];
    expect(meta(lines)).toMatchObject({ author: 'Dilnoza Rakhimova', date: '2025-01-18' });
  });

  it('GIVEN the writer’s e-mail address between the name under the headline and the date THEN the name is the author', () => {
    const lines = ['Vikerkaar News', 'Search', 'Estonian data watchdog warns officials off RedNote as app climbs local charts', 'Merilin Oja', 'merilin.oja@vikerkaar.ee', '20.01.2025 15:07'];
    expect(meta(lines)).toMatchObject({ author: 'Merilin Oja', date: '2025-01-20' });
  });

  it('GIVEN a platform’s name under the skip link of a page saved from it THEN it is the publisher; GIVEN a menu word there THEN nothing is', () => {
    expect(meta(['Skip to main content', 'LinkedIn', 'Articles', 'People', 'Jobs', 'What the exodus taught me about community', 'Published Jan 21, 2025']).publisher).toBe('LinkedIn');
    expect(meta(['Skip to main content', 'Menu', 'Articles', 'People', 'What the exodus taught me about community', 'Published Jan 21, 2025']).publisher).toBe('');
  });

  it('GIVEN a footer link "Copyright Policy" (no © and no year) THEN it names no holder', () => {
    expect(publisherFromCopyright('Copyright Policy')).toBe('');
    expect(publisherFromCopyright('Copyright 2025 Lattice Media LLC')).toBe('Lattice Media');
    // Suffixes stacked on the legal name come off one by one.
    expect(publisherFromCopyright('© 2025 Harbour Times Media Group Ltd. 版權所有 All rights reserved.')).toBe('Harbour Times');
    expect(listNames(['A. Lee'])).toBe('A. Lee');
    expect(listNames(['A. Lee', 'B. Kim'])).toBe('A. Lee and B. Kim');
    expect(listNames(['A. Lee', 'B. Kim', 'C. Wu'])).toBe('A. Lee, B. Kim and C. Wu');
  });

  it('GIVEN "© 2025 Theo Park · Privacy ∙ Terms" THEN the holder is Theo Park', () => {
    expect(publisherFromCopyright('© 2025 Theo Park · Privacy ∙ Terms ∙ Collection notice')).toBe('Theo Park');
  });
});

describe('isAuthorLine and the author block of profile articles and blog posts', () => {
  const PROFILE = ['What the exodus taught me about community', 'Report this article', 'Dana Whitaker', 'Dana Whitaker', 'Head of Community at Brightline Media | Creator economy', 'Published Jan 21, 2025', '+ Follow'];

  it('GIVEN a name printed twice, a job line and "Published <date>" under the headline THEN the name is the author and the headline the title', () => {
    expect(isAuthorLine(PROFILE, 2)).toBe(true);
    const found = meta(PROFILE);
    expect([found.title, found.author, found.date]).toEqual(['What the exodus taught me about community', 'Dana Whitaker', '2025-01-21']);
  });

  it('GIVEN a job line that also reads as a breadcrumb ("Head of … at … | Ex-Meta | Speaker") THEN the name above it is still the author, not the title', () => {
    const profile = ['Skip to main content', 'What the exodus taught me about platform risk (and why brands should care)', 'Report this article', 'Ana Ruiz', 'Ana Ruiz', 'Head of Partnerships at Brightline | Ex-Meta | Speaker', 'Published Jan 28, 2025', '+ Follow'];
    expect(isAuthorLine(profile, 3)).toBe(true);
    const found = meta(profile);
    expect([found.title, found.author, found.date]).toEqual(['What the exodus taught me about platform risk (and why brands should care)', 'Ana Ruiz', '2025-01-28']);
  });

  it('GIVEN a name with no date below it, or a headline-like line above a date THEN it is no author line', () => {
    expect(isAuthorLine(['Dana Whitaker', 'More than 700,000 Americans joined RedNote in two days, the company said.'], 0)).toBe(false);
    expect(isAuthorLine(['The Daily Example', 'Jan 21, 2025'], 0)).toBe(false);
    expect(isAuthorLine(['TikTok Goes Dark', 'Jan 21, 2025'], 0)).toBe(false);
    expect(meta(['Notes From a Small Screen', 'Home', 'About', 'TikTok Goes Dark', 'Saturday, January 18, 2025']).title).toBe('TikTok Goes Dark');
  });
});

describe('a section kicker over the headline', () => {
  it('GIVEN a section path in capitals ("TECH / CHINA TECH") above the headline and byline THEN the headline is the title', () => {
    const found = meta(['Home › Tech › China Tech', 'TECH / CHINA TECH', 'Shanghai staff scramble as ‘TikTok refugees’ pour in', 'By Chloe Wong and Zhang Wei', 'Published: 18/01/2025 09:15 HKT']);
    expect(found.title).toBe('Shanghai staff scramble as ‘TikTok refugees’ pour in');
    expect(found.author).toBe('Chloe Wong and Zhang Wei');
  });
});

describe('an e-mail saved as text', () => {
  it('GIVEN its header lines THEN the subject is the title (without "Re:" or "Fwd:") and the sent date the date, whatever the date format', () => {
    const found = meta(['From: The Morning Brief <news@morningbrief.example>', 'Date: Fri, 17 Jan 2025 06:02:11 -0500', 'To: reader@example.com', 'Subject: Fwd: The RedNote rush, explained']);
    expect([found.title, found.date]).toEqual(['The RedNote rush, explained', '2025-01-17']);
    expect(meta(['Sent: Friday, January 17, 2025 6:02 AM', 'Subject: The RedNote rush, explained']).date).toBe('2025-01-17');
  });
});

describe('reports, transcripts, print views and newsletters', () => {
  it('GIVEN a title page (title over two lines, authors listed without "By") and a running header on every page THEN the title joins both lines and the authors are read', () => {
    const header = 'Refugees in Translation | Platform Pulse No. 7 Larkspur Digital Research Centre';
    const found = findMetadata([
      'LARKSPUR DIGITAL RESEARCH CENTRE',
      'Refugees in Translation:',
      'Measuring the January 2025 Migration from TikTok to RedNote',
      'Ingrid Solvang-Mutua, Rafael Kostecki-Arrow and Amaya Lindqvist-Obi',
      'Published 24/01/2025',
      header,
      ...BODY,
      header,
      BODY[0] ?? '',
      header,
      header,
    ]);
    expect([found.title, found.author, found.date]).toEqual([
      'Refugees in Translation: Measuring the January 2025 Migration from TikTok to RedNote',
      'Ingrid Solvang-Mutua, Rafael Kostecki-Arrow and Amaya Lindqvist-Obi',
      '2025-01-24',
    ]);
  });

  it('GIVEN a transcript page (show name in capitals, episode title with its air time, "Aired" date) THEN the episode title without the air time is the title', () => {
    const found = meta(['< Return to Transcripts main page', 'THE EVENING DESK WITH DANA COLE', 'TikTok Goes Dark For U.S. Users; Americans Flock To RedNote. Aired 11-11:30p ET', 'Aired January 18, 2025 - 23:00 ET']);
    expect([found.title, found.date]).toEqual(['TikTok Goes Dark For U.S. Users; Americans Flock To RedNote', '2025-01-18']);
  });

  it('GIVEN a headline that holds a stamp\'s word before a noun ("… in Updated Instruction") THEN it is the whole title; a stamp after the headline is still cut', () => {
    expect(findMetadata(['Jurors Told to Stay Off RedNote, Too, in Updated Instruction', 'By Brianna Koval | January 30, 2025', ...BODY]).title).toBe('Jurors Told to Stay Off RedNote, Too, in Updated Instruction');
    expect(findMetadata(['Jurors Told to Stay Off RedNote, Too. Updated January 31, 2025', 'By Brianna Koval', ...BODY]).title).toBe('Jurors Told to Stay Off RedNote, Too');
  });

  it('GIVEN a magazine\'s text whose contents list the story first, with a dot leader and its page ("… Goes Global ........ 3") THEN the title has neither', () => {
    const found = findMetadata(['LINDEN GROVE PARKS & RECREATION', 'Spring 2025 Program Guide', 'IN THIS ISSUE', 'Tai Chi at Rosewood Park Goes Global ........ 3', 'Spring Registration . . . . 6', ...BODY]);
    expect(found.title).toBe('Tai Chi at Rosewood Park Goes Global');
  });

  it('GIVEN a Mailchimp newsletter forwarded as text, its subject naming the issue ("Löyly Letter | January: the RedNote week, Ritual Night, stove #2") and its story headlined under the masthead THEN the story\'s headline is the title', () => {
    const text = [
      'From: Sisu Sauna Society <hello@sisusaunasociety.org>',
      'Date: Mon, 27 Jan 2025 at 08:00',
      'Subject: Löyly Letter | January: the RedNote week, Ritual Night, stove #2',
      'To: <tkowalczyk.pdx@gmail.com>',
      'Read about the Otter\'s busiest week ever, plus February dates.',
      'View this email in your browser (https://mailchi.mp/sisusaunasociety/loyly-letter-january-2025)',
      '------------------------------------------------------------',
      'LÖYLY LETTER',
      '------------------------------------------------------------',
      'News for members of the Sisu Sauna Society · Portland, Oregon',
      'Issue 31 · January 2025',
      '------------------------------------------------------------',
      'How 700 Strangers Found Our Floating Sauna in a Week',
      '------------------------------------------------------------',
      'If you were at the dock on the weekend of January 18, you probably noticed the crowd. Over seven days our booking page had 712 visits from people who had never heard of the Sisu Sauna Society before.',
      ...BODY,
      'Unsubscribe from this list | Update your preferences',
    ];
    expect(findMetadata(text).title).toBe('How 700 Strangers Found Our Floating Sauna in a Week');
  });

  it('GIVEN a print view with its address under "Printed from …" at the foot THEN that is the URL', () => {
    const found = findMetadata(['Small sellers scramble as TikTok goes dark', 'By Jane Roe', ...BODY, 'Printed from example.com on 1/23/2025 11:07 AM', 'https://www.example.com/business/2025/01/19/small-sellers/', 'Copyright (c) 2025 The Example Courier.', 'Terms of Service | Privacy Policy']);
    expect(found.url).toBe('https://www.example.com/business/2025/01/19/small-sellers/');
  });

  it('GIVEN a catalogue\'s record ("Creator" over "Okafor, Danielle") THEN the author reads "Danielle Okafor"', () => {
    expect(findMetadata(['Muskegon teens find a new feed on RedNote', 'Title', 'Muskegon teens find a new feed on RedNote', 'Creator', 'Okafor, Danielle', 'Date', '2025-01-18', ...BODY]).author).toBe('Danielle Okafor');
  });

  it('GIVEN a government press release dated only in its end mark ("Ends/Wednesday, January 22, 2025") THEN that is its date', () => {
    expect(findMetadata(['LCQ11: Promoting Hong Kong to overseas users of Xiaohongshu', ...BODY, 'Ends/Wednesday, January 22, 2025', 'Issued at HKT 14:35', 'NNNN']).date).toBe('2025-01-22');
    expect(findMetadata(['RedNote tops the charts', ...BODY, '-ENDS-']).date).toBe('');
  });

  it('GIVEN a print view (the page title on one line, the headline wrapped at "… goes" / "dark" under a dek) THEN the headline is whole', () => {
    const found = findMetadata(['1/21/25, 7:52 PM', 'Sellers ride RedNote wave as TikTok Shop goes dark | Valley Herald', 'BUSINESS', 'Sellers ride RedNote wave as TikTok Shop goes', 'dark', 'Small retailers who lost TikTok Shop sales for a day are testing a Chinese app, and finding the checkout isn\'t built for them', 'By Marisa Delgado | Valley Herald', ...BODY]);
    expect(found.title).toBe('Sellers ride RedNote wave as TikTok Shop goes dark');
  });

  it('GIVEN a feed reader copied whole (its pane of entries under "Mark all as read", then the entry open with its byline) THEN the entry\'s headline, writer and date are read, not the reader\'s buttons', () => {
    const found = findMetadata(['Unread', '94', 'Settings', 'Scroll Economics', 'Mark all as read', "Don't count on Lemon8", 'Every few months somebody tells me ByteDance has a backup plan. Here is why…', '6:58 AM', 'What I am watching on ban weekend', 'Jan 16', 'Mark as read', 'Star', 'Share', 'Scroll Economics', "Don't count on Lemon8", 'Priya Raman', 'Saturday, January 18, 2025 at 6:58 AM', 'Read Online', ...BODY]);
    expect([found.title, found.author, found.date]).toEqual(["Don't count on Lemon8", 'Priya Raman', '2025-01-18']);
  });

  it('GIVEN a bilingual headline over a date printed in both languages, or a wiki page whose revision stamp ("(Current) Amara Nwosu: 2025-01-27 10:14 PM") stands over its heading THEN the headline is the title, never the stamp', () => {
    const bilingual = findMetadata(['會務消息 News', '本會新春救濟 透過小紅書募得善款', 'Lunar New Year Relief Drive Reaches Donors on RedNote', '2025年1月30日 January 30, 2025', 'By Helen Kwok, Secretary 秘書 郭海倫', ...BODY]);
    expect([bilingual.title, bilingual.date]).toEqual(['Lunar New Year Relief Drive Reaches Donors on RedNote', '2025-01-30']);
    const wiki = findMetadata(['Project Wiki Pages', 'Home', 'Reading list', 'View', 'Wiki Version:', '(Current) Amara Nwosu: 2025-01-27 10:14 PM', 'Field log, week 2: the ban, the return, and who stayed', ...BODY]);
    expect(wiki.title).toBe('Field log, week 2: the ban, the return, and who stayed');
  });

  it('GIVEN a print view whose headline in title case is wrapped at "… Help From" / "Chinese Strangers On RedNote" THEN the headline is whole and its second line is no byline; a sponsor\'s credit printed whole stays furniture', () => {
    const head = ['1/22/25, 10:14 AM Americans Fleeing TikTok Are Getting Homework Help From Chinese Strangers On RedNote | CurrentPost World News', 'CURRENTPOST', 'WORLD NEWS'];
    const found = findMetadata([...head, 'Americans Fleeing TikTok Are Getting Homework Help From', 'Chinese Strangers On RedNote', 'The unlikely exchange on Xiaohongshu has produced memes and language lessons.', 'By Marisol Keane', 'Jan 17, 2025, 05:45 AM EST', ...BODY]);
    expect([found.title, found.author]).toEqual(['Americans Fleeing TikTok Are Getting Homework Help From Chinese Strangers On RedNote', 'Marisol Keane']);
    const sponsored = findMetadata(['Morning Code', 'Presented by', 'The Future of Connectivity Coalition', 'Trump’s TikTok reprieve leaves RedNote’s newcomers in limbo', 'By GRANT WHITAKER', '01/21/2025 10:00 AM EST', 'Presented by The Future of Connectivity Coalition', ...BODY]);
    expect(sponsored.title).toBe('Trump’s TikTok reprieve leaves RedNote’s newcomers in limbo');
  });

  it('GIVEN a newsletter whose last lines point to the story\'s own page ("Read this update on our website:" / its address, "Read this story on our website: …") THEN that is the URL, not the mailer\'s "View this email in your browser:" copy above', () => {
    const top = ['From: Foothills Humane <news@foothillspaws.org>', 'Subject: Noodle goes viral', 'View this email in your browser:', 'https://myemma.com/public/1784220/p/noodle-rednote-jan2025', 'Noodle the cat finds fans on RedNote'];
    expect(findMetadata([...top, ...BODY, 'This story also appears on our blog:', 'https://foothillspaws.org/news/noodle-rednote', 'Unsubscribe']).url).toBe('https://foothillspaws.org/news/noodle-rednote');
    expect(findMetadata(['Seattle creators hedge their bets', ...BODY, 'Read this story on our website: https://www.pacificlantern.com/2025/01/23/seattle-creators/', 'Unsubscribe']).url).toBe('https://www.pacificlantern.com/2025/01/23/seattle-creators/');
    expect(findMetadata([...top, ...BODY, 'Unsubscribe']).url).toBe('https://myemma.com/public/1784220/p/noodle-rednote-jan2025');
  });

  it('GIVEN a record\'s details panel setting each field under its label ("Permalink" / the address) above the body THEN that is the URL; GIVEN a bare address inside the body THEN it is not', () => {
    expect(findMetadata(['Small sellers scramble as TikTok goes dark', 'By Jane Roe', 'Copy link', 'https://newsroom.example.io/small-sellers', ...BODY]).url).toBe('https://newsroom.example.io/small-sellers');
    const panel = ['Date', 'January 15, 2025', 'Permalink', 'https://www.govinfo.gov/app/details/CREC-2025-01-15/CREC-2025-01-15-pt1-PgE41-2', 'Download Files'];
    expect(findMetadata(['Small sellers scramble as TikTok goes dark', 'By Jane Roe', ...panel, ...BODY]).url).toBe('https://www.govinfo.gov/app/details/CREC-2025-01-15/CREC-2025-01-15-pt1-PgE41-2');
    expect(findMetadata(['Small sellers scramble as TikTok goes dark', 'By Jane Roe', ...BODY, 'Link', 'https://www.example.com/other-story/', ...BODY, ...BODY]).url).toBe('');
  });

  it('GIVEN a newsletter e-mail (subject with the letter\'s name and number, "Issue #112 · date", "View in browser: …") THEN title, date, sender and URL are read', () => {
    const found = meta([
      'From: Feedlines <hello@feedlines.example>',
      'Sent: Saturday, January 18, 2025 8:03 AM',
      'Subject: 🗓 Feedlines #112: The great RedNote migration, explained before Sunday',
      'View in browser: https://www.feedlines.example/issues/112',
      'A weekly letter about the internet and the people on it',
      'Issue #112 · January 18, 2025',
      'The great RedNote migration, explained before Sunday',
      'Words: Beatrix Lund',
    ]);
    expect([found.title, found.date, found.publisher, found.url]).toEqual(['The great RedNote migration, explained before Sunday', '2025-01-18', 'Feedlines', 'https://www.feedlines.example/issues/112']);
  });

  it('GIVEN "Story by Jane Doe, University Communications" THEN the author is Jane Doe alone', () => {
    expect(parseByline('Story by Lucinda Ferreira, University Communications').author).toBe('Lucinda Ferreira');
  });
});

describe('government pages, read-later exports and drop-ins that name their site only in passing', () => {
  it('GIVEN a briefing titled "Department Press Briefing – January 16, 2025", its speaker with her job, and the site named in header and footer THEN the title keeps its date, nobody is the author, and the site is the publisher', () => {
    const found = findMetadata([
      'Skip to content',
      'U.S. Department of State',
      'Home>Office of the Spokesperson>Department Press Briefings>Department Press Briefing – January 16, 2025',
      'Department Press Briefing – January 16, 2025',
      'Department Press Briefing',
      'January 16, 2025',
      'Carla Whitfield, Deputy Spokesperson',
      ...BODY,
      'Related Articles',
      'U.S. Department of State',
      'Privacy Policy',
    ]);
    expect([found.title, found.author, found.date, found.publisher]).toEqual(['Department Press Briefing – January 16, 2025', '', '2025-01-16', 'U.S. Department of State']);
  });

  it('GIVEN a print of a page whose header ("Headline | Site") a wrap ran into the next line, and the headline broken over two lines below THEN the title is the whole headline', () => {
    const found = findMetadata([
      '1/27/25, 8:52 AM',
      "Public power utilities weigh RedNote after TikTok's brief blackout | Public Power Daily Public Power Daily",
      'Home › News › Communications',
      'Public power utilities weigh RedNote after',
      "TikTok's brief blackout",
      'By Ethan Morrow',
      'January 27, 2025',
      ...BODY,
    ]);
    expect([found.title, found.author, found.date]).toEqual(["Public power utilities weigh RedNote after TikTok's brief blackout", 'Ethan Morrow', '2025-01-27']);
  });

  it('GIVEN a byline naming its writer\'s profession after a comma ("By Chloe Tam, Registered Pharmacist (Hong Kong)") THEN the writer is the author, not "Chloe Tam and Registered Pharmacist"', () => {
    const found = findMetadata(['Health Corner', 'Why Americans on Xiaohongshu keep asking about our cold remedies', 'By Chloe Tam, Registered Pharmacist', '24/01/2025', ...BODY]);
    expect(found.author).toBe('Chloe Tam');
  });

  it('GIVEN a read-later export (saved stamp, original URL, a headline of two sentences over the author and date) THEN the headline, author and date are the article\'s, and the site is the name its address spells', () => {
    const found = findMetadata([
      'Instapaper',
      'Saved Jan 24, 2025 · 6 min',
      'chalkline.org · View Original',
      'Original URL: https://www.chalkline.org/2025/01/22/rednote-homework/',
      'On RedNote, Chinese strangers are helping American teens with homework. Teachers aren’t sure what to make of it.',
      'Keisha Oduya',
      'January 22, 2025',
      ...BODY,
      'Chalkline is a nonprofit newsroom covering public education.',
      '© 2025 Instapaper · Terms · Privacy · Help',
    ]);
    expect([found.title, found.author, found.date, found.publisher]).toEqual([
      'On RedNote, Chinese strangers are helping American teens with homework. Teachers aren’t sure what to make of it.',
      'Keisha Oduya',
      '2025-01-22',
      'Chalkline',
    ]);
  });

  it('GIVEN "Jan. 19, 2025" then "Updated Jan. 20, 2025" under the byline THEN the publication date wins', () => {
    expect(meta(['Small sellers scramble as TikTok goes dark', 'By Jane Roe | Courier Staff', 'Jan. 19, 2025 6:42 p.m. ET', 'Updated Jan. 20, 2025 9:15 a.m. ET']).date).toBe('2025-01-19');
  });

  it('GIVEN a breadcrumb "🛰️ Site Name / Section / Headline…" and a Notion-style "Published: @21/01/2025" row THEN the site is the publisher and the date is read', () => {
    const found = meta(['🛰️ Platform Migration Watch / Notebook / Field notes: moderation and self-censorship…', 'Field notes: moderation and self-censorship during the RedNote migration', 'Published: @21/01/2025']);
    expect([found.publisher, found.date]).toEqual(['Platform Migration Watch', '2025-01-21']);
  });

  it('GIVEN a display name with emoji over its handle and the post\'s stamps THEN the name without the emoji is the author', () => {
    const found = meta(['Thread by @wendell_cats', 'Wendell Ashby 🐈', '@wendell_cats', 'Jan 20th 2025, 12 tweets, 4 min read Read on X']);
    expect([found.author, found.date]).toEqual(['Wendell Ashby', '2025-01-20']);
  });
});

describe('Q&A pages, broadcasters and newsletters', () => {
  it('GIVEN a Q&A page (menu words, a topic, the question, its answerer\'s profile with "Answered <date>") THEN the question is the title and the answerer the author', () => {
    const found = findMetadata([
      'Quandary', 'Home', 'Answer', 'Spaces', 'Social Media Trends',
      'Why are Americans moving to RedNote (Xiaohongshu) instead of just waiting for the TikTok ban to be sorted out?',
      'Answer', 'Request', 'Follow', 'Theo Lindqvist', '·', 'Follow',
      'Former growth product manager at two consumer social apps · Answered Jan 16, 2025 · Author has 1.2K answers',
      ...BODY,
    ]);
    expect([found.title, found.author, found.date]).toEqual(['Why are Americans moving to RedNote (Xiaohongshu) instead of just waiting for the TikTok ban to be sorted out?', 'Theo Lindqvist', '2025-01-16']);
  });

  it('GIVEN "By technology reporter Fenella Rourke" under a headline of two sentences, and the site\'s short name printed twice THEN the headline and the reporter are read', () => {
    const found = meta(['Skip to main content', 'Austral News', "Australians are joining the 'TikTok refugees' on RedNote. Experts say it's worth thinking twice", 'By technology reporter Fenella Rourke', 'Austral News', 'Posted Sat 18 Jan 2025 at 6:31am, updated Sat 18 Jan 2025 at 11:02am']);
    expect([found.title, found.author, found.date]).toEqual(["Australians are joining the 'TikTok refugees' on RedNote. Experts say it's worth thinking twice", 'Fenella Rourke', '2025-01-18']);
  });

  it('GIVEN a newsletter (the issue\'s "Posted" stamp at the top, a director\'s sign-off, then the feature and "Words: Name, Job") THEN the feature\'s headline, author and the issue\'s date are read', () => {
    const found = meta([
      'MAPLE HOLLOW PUBLIC LIBRARY', 'Issue No. 47 | Posted 01/27/2025', 'DIRECTOR’S NOTE',
      'Happy new year, neighbors! Thank you to everyone who braved the cold for our Winter Reading kickoff last week.',
      '— Harold Pemberton-Achebe, Library Director', 'FEATURE',
      'From cat photos to privacy settings: what the RedNote rush can teach all of us',
      'Words: Gwendolyn Futrell, Teen Services Librarian',
    ]);
    expect([found.title, found.author, found.date]).toEqual(['From cat photos to privacy settings: what the RedNote rush can teach all of us', 'Gwendolyn Futrell', '2025-01-27']);
  });
});

describe('author blocks with their labels on lines of their own', () => {
  it('GIVEN the name twice, a job alone, then "UPDATED" over one date and "Published" over another THEN the name is the author and the published date the date', () => {
    const found = meta(["Singapore's Xiaohongshu users find themselves unlikely tour guides for American 'TikTok refugees'", 'Tan Wei Ling', 'Tan Wei Ling', 'Lifestyle Correspondent', 'UPDATED', 'Jan 21, 2025, 02:15 PM', 'Published', 'Jan 20, 2025, 05:00 AM']);
    expect([found.title, found.author, found.date]).toEqual(["Singapore's Xiaohongshu users find themselves unlikely tour guides for American 'TikTok refugees'", 'Tan Wei Ling', '2025-01-20']);
  });

  it('GIVEN two names under the headline and its deck, then where they work after a comma, over the date THEN both are the authors', () => {
    const found = meta(['From TikTok to RedNote', 'Mapping one week of a digital migration across the Inland Northwest', 'Priya Nandakumar and Cole Brandt, Palouse Valley Community College GIS Program', 'February 3, 2025', ...BODY]);
    expect([found.title, found.author, found.date]).toEqual(['From TikTok to RedNote', 'Priya Nandakumar and Cole Brandt', '2025-02-03']);
  });

  it('GIVEN a reader app\'s copy: its menu and an upgrade pitch over the site\'s name, the headline, then "Name · Outlet" THEN the headline, the writer and the outlet', () => {
    const found = meta(['Matter', 'Home', 'Queue', 'Inbox', 'Try Matter Premium free for 7 days', 'Settings', 'porchlightreview.com', 'The RedNote exodus was a protest, not a plan — and that’s fine', 'Devin Achterberg · The Porchlight Review', '6 min read', 'Listen', ...BODY]);
    expect([found.title, found.author, found.publisher]).toEqual(['The RedNote exodus was a protest, not a plan — and that’s fine', 'Devin Achterberg', 'The Porchlight Review']);
  });

  it('GIVEN a photo\'s alt text and its caption, the same sentence on two consecutive lines above the story THEN it is no headline; the headline over the date is', () => {
    const caption = 'Students from the Department of Communication and Digital Media present their findings at the workshop.';
    const found = meta(['National Lanyang University', 'Home > News > Campus News', 'Campus News', 'Students map the "TikTok refugee" wave on RedNote in a media literacy workshop', 'Date:114-02-04', 'Unit:Department of Communication and Digital Media', 'Print', 'Share', caption, caption, ...BODY]);
    expect([found.title, found.date]).toEqual(['Students map the "TikTok refugee" wave on RedNote in a media literacy workshop', '2025-02-04']);
  });

  it('GIVEN the page\'s credits under the last paragraph ("Credits" / "Instructor: Dr. Helena Marsh") THEN no one there signs the story', () => {
    expect(authorBelow(['A long post about the week on RedNote ends here, as posts do.', 'Credits', 'Instructor: Dr. Helena Marsh'], 0)).toBe('');
  });

  it('GIVEN a post signed at its foot ("— Anya Petrosyan") and no byline THEN she is the author', () => {
    expect(authorBelow(['A long post about the week on RedNote ends here, as posts do.', '— Anya Petrosyan', '#RedNote #TikTok'], 0)).toBe('Anya Petrosyan');
  });

  it('GIVEN a cookie panel\'s sentences at the top of a text copy, then the menus, then the headline and its byline THEN the headline is found below them', () => {
    const lines = [
      'Skip to main content', 'Cookie Control', 'This site uses cookies to store information on your computer.',
      'Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used.',
      'Accept Recommended Settings', 'Reject All', 'Necessary Cookies',
      'Necessary cookies enable core functionality such as page navigation and access to secure areas. The website cannot function properly without these cookies.',
      'Analytical Cookies', 'Analytical cookies help us to improve our website by collecting and reporting information on its usage.', 'Off', 'About this tool', 'Member Login', 'Membership', 'International Trade', 'Events', 'News',
      "'TikTok refugees' on RedNote: what the US app rush means for exporters to China", 'By Gareth Pryce, International Trade Adviser', '24 January 2025',
      'Over the past fortnight several of our members have asked about RedNote, the Chinese lifestyle and shopping app that briefly topped the US download charts.',
      'Xiaohongshu, as RedNote is known in China, reports around 300 million monthly users, most of them women under 35 living in larger cities.',
    ];
    expect(findMetadata(lines)).toMatchObject({ title: "'TikTok refugees' on RedNote: what the US app rush means for exporters to China", author: 'Gareth Pryce', date: '2025-01-24' });
  });

  it('GIVEN a name and a job straight under the last paragraph ("Annelise Ng-Carter, Studio Director"), then the share bar or the page\'s end THEN the name signs the post; followed by more story, it does not', () => {
    expect(authorBelow(['I am honestly delighted that a phone app got a dozen kids excited about melodies.', 'Annelise Ng-Carter, Studio Director', 'Share: Facebook Email'], 0)).toBe('Annelise Ng-Carter');
    expect(authorBelow(['I am honestly delighted that a phone app got a dozen kids excited about melodies.', 'Annelise Ng-Carter, Studio Director'], 0)).toBe('Annelise Ng-Carter');
    expect(authorBelow(['I am honestly delighted that a phone app got a dozen kids excited about melodies.', 'Annelise Ng-Carter — Studio Director'], 0)).toBe('Annelise Ng-Carter');
    expect(authorBelow(['I am honestly delighted that a phone app got a dozen kids excited about melodies.', 'Annelise Ng-Carter, Studio Director', 'The recital is on Sunday, April 6, at 2 p.m. in the community room.'], 0)).toBe('');
  });

  it('GIVEN a name alone straight under the last paragraph, then the share bar or the page\'s end THEN it signs the story; a name further down does not', () => {
    expect(authorBelow(['Another ByteDance app, Lemon8, has also risen in the rankings.', 'Nguyen Thu Trang', 'Share', 'Facebook'], 0)).toBe('Nguyen Thu Trang');
    expect(authorBelow(['Another ByteDance app, Lemon8, has also risen in the rankings.', 'Nguyen Thu Trang'], 0)).toBe('Nguyen Thu Trang');
    expect(authorBelow(['Another ByteDance app, Lemon8, has also risen in the rankings.', 'Nguyen Thu Trang', 'Lemon8 tops the charts in Vietnam'], 0)).toBe('');
    expect(authorBelow(['Another ByteDance app, Lemon8, has also risen in the rankings.', 'Share', 'Nguyen Thu Trang'], 0)).toBe('');
  });

  it('GIVEN a letter to the editor signed "Dolores Achterberg, Modesto" under its last paragraph THEN she is the author; two names or a heading in capitals sign nothing', () => {
    const last = 'But I would ask the members of Congress to consider what the young people are actually doing.';
    expect(authorBelow([last, 'Dolores Achterberg, Modesto', 'The opinions expressed in letters are those of the writers.'], 0)).toBe('Dolores Achterberg');
    expect(authorBelow([last, 'Priya Anand-Kessler, Tomás Ilunga'], 0)).toBe('');
    expect(authorBelow([last, 'RED NOTE, YELLOW LIGHT'], 0)).toBe('');
  });

  it('GIVEN "Headline / standfirst / a name alone / the date" THEN the name is the author and the line no heading', () => {
    const found = meta([
      'Os «refugiados do TikTok» mudaram-se para uma app chinesa',
      'Com a proibição do TikTok nos EUA marcada para domingo, milhões de norte-americanos instalaram o Xiaohongshu.',
      'Inês Carvalho',
      '18 de Janeiro de 2025, 7:45',
    ]);
    expect([found.author, found.date]).toEqual(['Inês Carvalho', '2025-01-18']);
    const placed = meta([
      'Been there in 2020: Kerala creators who lost TikTok have advice for Americans fleeing to RedNote',
      "As US users flock to the Chinese app Xiaohongshu, Malayali influencers who survived India's 2020 ban say: build your audience off the app",
      'Anjali Menon | Kochi',
      'Published: January 18, 2025 06:15 AM IST',
    ]);
    expect([placed.author, placed.date]).toEqual(['Anjali Menon', '2025-01-18']);
  });

  it('GIVEN a Japanese blog platform\'s header ("見出し画像", the headline, "原田ゆき｜Yuki Harada", "2025年1月18日 20:41") THEN the headline is the title and the Latin name the author', () => {
    const found = meta(['メニューを開く', 'note', '記事を検索', 'ログイン', '見出し画像', 'I translated for TikTok refugees on RedNote for a week. Here is what they asked', '原田ゆき｜Yuki Harada', '2025年1月18日 20:41']);
    expect([found.title, found.author, found.date]).toEqual(['I translated for TikTok refugees on RedNote for a week. Here is what they asked', 'Yuki Harada', '2025-01-18']);
  });

  it('GIVEN "Dana Whitfield danaw.eth January 20th, 2025" under the headline (name, handle, date) THEN the name is the author and the date the date', () => {
    const found = meta(['The TikTok Refugees Proved Users Will Move', 'Dana Whitfield danaw.eth January 20th, 2025']);
    expect([found.author, found.date]).toEqual(['Dana Whitfield', '2025-01-20']);
  });

  it('GIVEN a Mongolian name under the headline, a father\'s initial before it ("B.Enkhjin"), over "2025.01.21, 14:35" THEN it is the author', () => {
    const found = meta(['Mongolian throat singer finds new US fans on RedNote as TikTok refugees arrive', 'B.Enkhjin', '2025.01.21, 14:35']);
    expect([found.author, found.date]).toEqual(['B.Enkhjin', '2025-01-21']);
  });

  it('GIVEN a Norwegian headline whose quote follows a colon and a dash ("…: – Helt sprøtt") THEN the whole line is the title, not a headline and its site', () => {
    expect(meta(['Bergens-influenser fikk 250.000 nye følgere på kinesisk app: – Helt sprøtt', 'Eirik Solheim Haugland', 'Publisert 17. januar 2025 kl. 08.15']).title).toBe('Bergens-influenser fikk 250.000 nye følgere på kinesisk app: – Helt sprøtt');
  });

  it('GIVEN a printed page\'s running header over the story ("14 CLYDESIDE ADVERTISER Thursday, January 23, 2025 www.…") THEN it is no headline, and its date dates the story', () => {
    const found = meta(['14 CLYDESIDE ADVERTISER Thursday, January 23, 2025 www.clydesideadvertiser.co.uk', 'NEWS', "Partick café's Mandarin nights swamped after TikTok 'refugees' join Chinese app"]);
    expect([found.title, found.date]).toEqual(["Partick café's Mandarin nights swamped after TikTok 'refugees' join Chinese app", '2025-01-23']);
  });

  it('GIVEN a webmail page (the program\'s name on top, "Name | Team <address>" as the sender) THEN the sender is the author and the program no publisher', () => {
    const found = meta(['Outlook', 'Search', 'I joined RedNote last night', 'Maya Okafor | Team Okafor <info@mayaokafor.com>', 'Sat 1/18/2025 6:42 PM']);
    expect(found.author).toBe('Maya Okafor');
    expect(found.publisher).not.toBe('Outlook');
  });

  it('GIVEN a copyright holder whose longer name the masthead and footer both print THEN the masthead\'s name is the publisher', () => {
    const found = meta(['NhipSong International', 'Tech > Social media', 'Americans flock to Chinese app RedNote as TikTok ban nears']);
    const withFooter = findMetadata(['NhipSong International', 'Americans flock to Chinese app RedNote as TikTok ban nears', ...BODY, 'NhipSong International', '© Copyright 1997-2025 NhipSong. All rights reserved.']);
    expect(withFooter.publisher).toBe('NhipSong International');
    expect(found.title).toBe('Americans flock to Chinese app RedNote as TikTok ban nears');
  });

  it('GIVEN a bulletin\'s issue line ("WEEKLY BULLETIN · Sunday, January 26, 2025") and a lower-case byline with a ministry THEN the issue dates the page and the byline names the author', () => {
    const found = meta(['EVERGREEN CHINESE ALLIANCE CHURCH', 'WEEKLY BULLETIN · Sunday, January 26, 2025', 'FELLOWSHIP CORNER', 'When the TikTok Refugees Came to Little Red Book', 'by Winnie Lau, English Ministry']);
    expect(found.date).toBe('2025-01-26');
    expect(found.author).toBe('Winnie Lau');
    expect(meta(['WEEKLY BULLETIN · Sunday, January 26, 2025', 'When the TikTok Refugees Came to Little Red Book']).author).toBe('');
  });

  it('GIVEN a date line with its weekday and zone above the headline ("Thursday, 16/1/2025, 20:45 (GMT+7)") THEN it dates the page and is no headline', () => {
    const found = meta(['Tech > Social media', 'Thursday, 16/1/2025, 20:45 (GMT+7)', 'Americans flock to Chinese app RedNote as TikTok ban nears']);
    expect(found.date).toBe('2025-01-16');
    expect(found.title).toBe('Americans flock to Chinese app RedNote as TikTok ban nears');
  });
});

describe('names and headlines that look like something else', () => {
  it('GIVEN "By Kristine Mae Dizon" under the headline THEN the author is the name without "By"', () => {
    expect(meta(['Filipinos join the TikTok refugees on RedNote', 'By Kristine Mae Dizon', 'January 16, 2025']).author).toBe('Kristine Mae Dizon');
  });

  it('GIVEN a headline with a clause after an em dash ("… Refugees — Here\'s What Actually Happened") THEN the clause stays; GIVEN "Headline — Site" THEN the site goes', () => {
    expect(headlineCore("I Spent a Week on RedNote With the TikTok Refugees — Here's What Actually Happened")).toBe("I Spent a Week on RedNote With the TikTok Refugees — Here's What Actually Happened");
    expect(headlineCore('RedNote tops the App Store — Valley Courier')).toBe('RedNote tops the App Store');
    expect(headlineCore('RedNote tops the App Store — The Valley Morning Courier')).toBe('RedNote tops the App Store');
  });
});

describe('author lines of course forums, vendor blogs and report pages', () => {
  it('GIVEN a forum post: title, post number, the author with a STAFF badge, the date THEN the title is the post’s and the author is named without the badge', () => {
    const found = meta(['Announcements · Weekly Readings', 'Week 2 framing: the "TikTok refugee" moment and platform loyalty', '#47', 'Dr. Imani Okafor  STAFF', 'Jan 17, 2025 at 11:12am', '231 views']);
    expect(found).toMatchObject({ title: 'Week 2 framing: the "TikTok refugee" moment and platform loyalty', author: 'Dr. Imani Okafor', date: '2025-01-17' });
  });

  it('GIVEN a headline, the author’s name, a job line naming the company after a comma, the date THEN the job line is no headline', () => {
    const found = meta(['Strategy · 7 min read', 'Should your brand follow the TikTok refugees to RedNote? A practical guide', 'Kelsey Marchetti', 'Senior Content Strategist, Postloom', 'January 21, 2025']);
    expect(found).toMatchObject({ title: 'Should your brand follow the TikTok refugees to RedNote? A practical guide', author: 'Kelsey Marchetti', date: '2025-01-21' });
  });

  it('GIVEN the authors and the date run together on one line under the headline THEN both are read', () => {
    const found = meta(['FACT SHEET', 'The RedNote Migration: Key Facts on TikTok Users and Data Policy', 'Meredith Osei and Tomás Ibarra January 22, 2025', 'Download PDF Cite this Share']);
    expect(found).toMatchObject({ author: 'Meredith Osei and Tomás Ibarra', date: '2025-01-22' });
  });

  it('GIVEN a journal article\'s headline set in title case over two lines, the first ending on "of" THEN the title is both lines', () => {
    const found = meta(['WINTER 2025 MAPLE COUNTY BAR QUARTERLY 17', 'TECHNOLOGY AND THE LAW', 'The TikTok Ban and the Limits of', 'Congressional Power', 'By Harriet L. Osei, Esq.']);
    expect(found).toMatchObject({ title: 'The TikTok Ban and the Limits of Congressional Power', author: 'Harriet L. Osei', publisher: '' });
  });

  it('GIVEN a newsstand app\'s copy of a print page (the paper\'s name and issue date over its menus, headline, standfirst, the writer\'s name alone over the story, the app\'s and the paper\'s copyright) THEN the headline, writer and issue date are read', () => {
    const body =
      'Sam Oduya did not need a new social media app. TikTok was never banned in Canada, and on Friday afternoon the Saskatoon barber’s account was working as usual, but by the evening he had opened RedNote, posted a haircut video and was trading tips with a barber in Chongqing.';
    const found = meta([
      'PressReader', 'Sign in', 'The Prairie Sentinel', '18 Jan 2025', 'Read on the go with the PressReader app', 'Front Page', 'News', 'CITY & REGION',
      'Canadians join ‘TikTok refugees’ on Chinese app', 'Saskatoon users say RedNote is more than a protest, though privacy experts urge caution', 'Jenna MacLeod', body, body,
      'Copyright (c) 2025 The Prairie Sentinel, a division of Northplains Publishing Ltd. All rights reserved.', 'Powered by PressReader', '© 2025 PressReader Inc. All rights reserved.',
    ]);
    expect(found).toMatchObject({ title: 'Canadians join ‘TikTok refugees’ on Chinese app', author: 'Jenna MacLeod', date: '2025-01-18' });
  });

  it('GIVEN correspondents listed with where each filed from ("Phoebe Tsang in Hong Kong and Wang Jiaqi in Shanghai") THEN the authors are the names alone', () => {
    const found = meta(['China/ Chinese Society', '‘Welcome, TikTok refugees’: mainland users roll out the virtual red carpet on RedNote', 'Phoebe Tsang in Hong Kong and Wang Jiaqi in Shanghai', 'Published: 8:45pm, 15 Jan 2025']);
    expect(found).toMatchObject({ author: 'Phoebe Tsang and Wang Jiaqi', date: '2025-01-15' });
  });
});

describe('bylines set over several lines, or run into the outlet', () => {
  it('GIVEN "By" alone on a line, the name with a comma under it, then a job, a bio and a follow button THEN the author is the name and the headline above is the title', () => {
    const found = meta(['Social Media', 'RedNote’s Surge Is A Warning Shot For Every Brand Built On TikTok', 'By', 'Dana Whitfield,', 'Contributor.', 'Dana Whitfield covers the creator economy and social commerce.', 'Follow Author', 'Jan 15, 2025, 07:45am EST']);
    expect(found).toMatchObject({ title: 'RedNote’s Surge Is A Warning Shot For Every Brand Built On TikTok', author: 'Dana Whitfield', date: '2025-01-15' });
  });

  it('GIVEN a byline whose name runs into the syndicate it came from THEN the author is the name alone', () => {
    expect(parseByline('By Tina Marchetti Crescent Features Syndicate').author).toBe('Tina Marchetti');
    expect(parseByline('By Mary Ann Smith Jones').author).toBe('Mary Ann Smith Jones');
  });
});

describe('breadcrumbs and bracketed bylines', () => {
  it('GIVEN a section printed in the menu and in the breadcrumb before the page THEN the section is no headline: the line over the byline is', () => {
    const found = meta(['Half Moon Kitchen', 'Recipes', 'Around the World', 'About Jess', 'Home » Recipes » Around the World » Chinese', 'Crispy Scallion Pancakes I Learned From a Stranger on RedNote', 'By Jess Albright | Published: January 21, 2025']);
    expect(found).toMatchObject({ title: 'Crispy Scallion Pancakes I Learned From a Stranger on RedNote', author: 'Jess Albright', date: '2025-01-21' });
  });

  it('GIVEN a name with its outlet in brackets, then the place and the date after a bullet THEN author, publisher and date are read', () => {
    const found = meta(['Tech', 'Indonesian creators ride wave as American TikTok refugees flood RedNote', 'Anindya Putri Lestari (The Jakarta Courier)', 'Jakarta ● Sat, January 18, 2025']);
    expect(found).toMatchObject({ author: 'Anindya Putri Lestari', publisher: 'The Jakarta Courier', date: '2025-01-18' });
  });
});

describe('a blog platform\'s author block above the headline', () => {
  it('GIVEN "Writer: Owen Baptiste" / "Owen Baptiste" / "Jan 21" / "Updated: Feb 3" / "4 min read" over the headline THEN the writer is the author; a byline over an earlier story, prose between, is not', () => {
    const headline = 'Why We Opened a RedNote Account (and How Our Yunnan Lot Sold Out)';
    const top = ['Ridgeback Coffee Roasters', 'Shop', 'Journal', 'All Posts', 'Log in / Sign up'];
    expect(findMetadata([...top, 'Writer: Owen Baptiste', 'Owen Baptiste', 'Jan 21', 'Updated: Feb 3', '4 min read', headline, ...BODY]).author).toBe('Owen Baptiste');
    const earlier = ['By Dana Whitlock', 'Our holiday blend sold out in a week, and we learned a lot about what our regulars want from a winter coffee this year.'];
    expect(findMetadata([...top, ...earlier, headline, ...BODY], headline).author).toBe('');
  });
});

describe('a page read through a reader service that prints its fields first ("Title:", "URL Source:", "Published Time:")', () => {
  it('GIVEN "URL Source: https://…" THEN it is the page\'s address', () => {
    const lines = ['Title: From RedNote to the Road: What Our New Followers Keep Asking About Touring the West | Golden Route Coach Lines', 'URL Source: https://www.goldenroutecoach.com/post/from-rednote-to-the-road', 'Published Time: 2025-01-29T18:42:11.000Z', 'Markdown Content:', ...BODY];
    expect(findMetadata(lines).url).toBe('https://www.goldenroutecoach.com/post/from-rednote-to-the-road');
  });
});

describe('a media archive\'s story page: photo caption over the headline, details box under the story', () => {
  const title = 'Fort Kessler cyber office urges Soldiers, families to think twice before joining RedNote';
  const lines = [
    'Defense Visual News Service',
    'Scheduled maintenance: uploads will be unavailable Saturday, Jan. 25, from 0600 to 1000 EST.',
    'Dwayne Ashby, cybersecurity program manager, shows a Soldier how to check app permissions on a personal phone, Jan. 17, 2025.',
    title,
    'Story by Staff Sgt. Renata Villalobos',
    ...BODY,
    'NEWS INFO',
    'Date Posted: 01.21.2025 14:06',
    'Permalink: https://www.dvns.example/news/489213/fort-kessler-cyber-office',
  ];

  it('GIVEN the title the page states THEN its line is the headline though two prose lines stand above it, and the byline under it names the author', () => {
    const found = findMetadata(lines, title);
    expect(found.headline).toBe(3);
    expect(found.author).toBe('Renata Villalobos');
  });

  it('GIVEN the details box\'s "Date Posted" field below the story THEN it dates the story, and its permalink is the address', () => {
    const found = findMetadata(lines, title);
    expect(found.date).toBe('2025-01-21');
    expect(found.url).toBe('https://www.dvns.example/news/489213/fort-kessler-cyber-office');
  });

  it('GIVEN the same title printed again in a "Most popular" list further down THEN that list item is no headline', () => {
    const body = [...BODY, ...BODY.map((l) => `Later, ${l}`), ...BODY.map((l) => `Even later, ${l}`)];
    const found = findMetadata([...lines.slice(0, 3), ...body, 'Most Popular', title], title, new Set([3 + body.length + 1]));
    expect(found.headline).toBe(-1);
  });
});

describe('a how-to wiki\'s byline spans run together on one line', () => {
  it('GIVEN "Mandarin Tutor Last Updated: January 24, 2025 References" and no other date THEN the update stamp dates the page', () => {
    const found = meta(['How to Use RedNote If You Don’t Speak Chinese', 'Mandarin Tutor Last Updated: January 24, 2025 References']);
    expect(found.date).toBe('2025-01-24');
  });

  it('GIVEN a sentence that mentions when something was last updated THEN it dates nothing', () => {
    const found = meta(['How to Use RedNote', 'The app’s privacy policy was last updated January 3, 2025, and it says data is stored in China.']);
    expect(found.date).toBe('');
  });
});

describe('a headline in title case over a dek in sentence case', () => {
  it('GIVEN "Grandparents Are Following … RedNote. Here’s What to Know First" over a dek of about its length, then the byline THEN the title-case line is the headline', () => {
    const found = meta([
      'Technology',
      'Grandparents Are Following the Grandkids to RedNote. Here’s What to Know First',
      'Curious about the Chinese app your family just joined? Protect your privacy and watch for these scams',
      'By Dolores Whitfield, January 23, 2025',
    ]);
    expect(found.title).toBe('Grandparents Are Following the Grandkids to RedNote. Here’s What to Know First');
    expect(found).toMatchObject({ author: 'Dolores Whitfield', date: '2025-01-23' });
  });
});

describe('a feed reader\'s article view', () => {
  it('GIVEN "Feed: Byte & Ballot" among the fields over the headline THEN the feed is the publisher', () => {
    const found = meta(['Feed: Byte & Ballot', 'Title: The ban that blinked', 'Author: Priya Natarajan', 'Date: Tue, 21 Jan 2025 08:30:00', 'Link: https://byteandballot.net/p/the-ban-that-blinked']);
    expect(found).toMatchObject({ title: 'The ban that blinked', publisher: 'Byte & Ballot' });
  });

  it('GIVEN a channel export\'s "Channel: Digital Frontier Brief (@dfbrief)" over the post THEN the channel, without its handle, is the publisher', () => {
    expect(meta(['Channel: Digital Frontier Brief (@dfbrief)', 'Title: RedNote’s American week', 'Author: Dana Lee']).publisher).toBe('Digital Frontier Brief');
  });
});

describe('the headline printed more than once before the story', () => {
  const title = 'What RedNote’s privacy policy actually says — and what the TikTok refugees are agreeing to';

  it('GIVEN a feed reader\'s list printing it over a teaser, then the article under it signed "The Byteline · by Priya Nandakumar · Jan 16, 2025" THEN the signed copy is the headline and gives author and date', () => {
    const found = meta([
      'feedly', 'Today', 'Read Later', 'The Byteline', title,
      'More than 700,000 Americans signed up for RedNote in the space of two days this week, according to estimates from...',
      '3d', 'Verge-ish Daily', 'Hands-on with the Pixel tablet dock refresh',
      'The new dock charges faster and finally works as a speaker when the tablet is docked on the stand...',
      '4d', title, 'The Byteline · by Priya Nandakumar · Jan 16, 2025', 'Summarize with Leo',
    ]);
    expect(found).toMatchObject({ title, author: 'Priya Nandakumar', date: '2025-01-16' });
  });

  it('GIVEN an issue\'s contents listing it as an item, then the headline and "Submitted by Angela Whitford, Ed.D., …" THEN the byline under the headline names the author', () => {
    const lines = ['Family Connections', 'IN THIS ISSUE', '1. A Message from the Superintendent', '2. Digital Wellness Corner: TikTok, RedNote and Your Teen', 'Digital Wellness Corner: TikTok, RedNote and Your Teen', 'Submitted by Angela Whitford, Ed.D., Director of Educational Technology', 'Posted 01/22/2025 | 5 minute read', ...BODY];
    const found = findMetadata(lines, '', new Set([2, 3]));
    expect(found).toMatchObject({ headline: 4, author: 'Angela Whitford', date: '2025-01-22' });
    expect(found.publisher).not.toBe('Ed.D.');
  });
});

describe('a kicker whose spans run into the release stamp above the headline', () => {
  it('GIVEN "Stories · Chapter 3 of 7 Program spotlight: Digital Safety Released October 14, 2025" over the headline THEN the release date dates it', () => {
    const found = findMetadata(['Stories · Chapter 3 of 7 Program spotlight: Digital Safety Released October 14, 2025', 'The Week Everyone Switched Apps', ...BODY], 'The Week Everyone Switched Apps');
    expect(found.date).toBe('2025-10-14');
  });
});

describe('a post\'s stamp under it on a Chinese app', () => {
  it('GIVEN "编辑于 2025-01-16 美国" under the post and no date above THEN it dates the post', () => {
    expect(meta(['Ohio teacher finds RedNote students', ...BODY, '编辑于 2025-01-16 美国', '共 12 条评论']).date).toBe('2025-01-16');
  });
});

describe('a copyright holder with a company\'s word the page leaves off its own name', () => {
  it('GIVEN "© 2025 Banyan Daily Media" and the text naming "Banyan Daily" alone twice THEN the publisher is Banyan Daily', () => {
    const found = meta(['Chinese American creators became RedNote’s interpreters', 'By Derek Yuen', ...BODY, 'Banyan Daily is reader-funded. Chip in $5 a month.', 'Banyan Daily is an independent newsroom covering Asian America.', '© 2025 Banyan Daily Media. All rights reserved.']);
    expect(found.publisher).toBe('Banyan Daily');
  });

  it('GIVEN "© 2025 Austral Broadcasting" and the page naming only "Austral News" THEN the holder stays whole', () => {
    const found = meta(['RedNote in Australia', 'By Jane Doe', ...BODY, 'Austral News app', 'Watch Austral News live', '© 2025 Austral Broadcasting. All rights reserved.']);
    expect(found.publisher).not.toBe('Austral');
  });
});

describe('the page\'s own address under more labels', () => {
  it.each([
    ['Share link: https://www.youtube.com/watch?v=Qx7rN4tLk2E', 'https://www.youtube.com/watch?v=Qx7rN4tLk2E'],
    ['Printed from: https://boards.example.org/meetings/2025-01-21/minutes', 'https://boards.example.org/meetings/2025-01-21/minutes'],
    ['Read this bulletin online: https://cdwu418.example/steward/2025/01/when-the-app-goes-dark', 'https://cdwu418.example/steward/2025/01/when-the-app-goes-dark'],
    ['👉 This story also runs in our Jan. 22 print edition and online at https://www.pinecounty.example/news/crochet-frogs ', 'https://www.pinecounty.example/news/crochet-frogs'],
  ])('GIVEN "%s" after the story THEN the address is %s', (line, url) => {
    expect(meta(['Birch Lake teen’s crochet frogs find fans on RedNote', 'By Jane Doe', ...BODY, line]).url).toBe(url);
  });

  it('GIVEN "Read more: https://…" after the story THEN it is another story\'s address, not the page\'s', () => {
    expect(meta(['RedNote fans', 'By Jane Doe', ...BODY, 'Read more: https://www.example.com/other-story']).url).toBe('');
  });
});

describe('findMetadata: who wrote it, signed below the story', () => {
  it('GIVEN a name, a job over what it is of ("Director of Color Marketing & Design") and the date under the headline THEN the name is the author and the job no headline', () => {
    expect(meta(['COLOR STORIES', 'Lantern Season: How RedNote Turned a Lacquer Red Into January’s Color', 'Priya Venkataraman', 'Director of Color Marketing & Design', 'January 30, 2025', '6 min read'])).toMatchObject({
      title: 'Lantern Season: How RedNote Turned a Lacquer Red Into January’s Color',
      author: 'Priya Venkataraman',
      date: '2025-01-30',
    });
  });

  it('GIVEN a CMS\'s line of labelled fields under the headline ("Source: …   Author: …   Editor: …   Date: …   Views: …") THEN the author\'s and the date\'s fields give them; a sentence with one label does not', () => {
    expect(meta(['Wenhai Group welcomes American readers on RedNote', 'Source: International Department   Author: Zhou Min   Editor: Li Qian   Date: 2025-01-22 10:35   Views: 1286'])).toMatchObject({ author: 'Zhou Min', date: '2025-01-22' });
    expect(meta(['Wenhai Group welcomes American readers on RedNote', 'Author: Zhou Min said the date was set.'])).toMatchObject({ date: '' });
  });

  it('GIVEN a Chinese CMS\'s line of labelled fields under the headline ("来源：… 作者：… 发布时间：…", "2025-01-21 14:35:12 来源：本報 作者：…") THEN the writer and the date come from them, roles and bracketed names aside', () => {
    const headline = '美国网友涌入小红书 青溪茶农接住泼天流量';
    expect(meta([headline, '来源：标盾知识产权   作者：周雨桐   发布时间：2025-01-24 15:32   浏览量：2867'])).toMatchObject({ title: headline, author: '周雨桐', date: '2025-01-24' });
    expect(meta([headline, '2025-01-21 14:35:12   来源：本報   作者：Wendy Lau   评论：2 点击：'])).toMatchObject({ author: 'Wendy Lau', date: '2025-01-21' });
    expect(meta([headline, '发布时间：2025-01-25 10:32　来源：金山车行　作者：李杰（Jason）　浏览：3'])).toMatchObject({ author: '李杰', date: '2025-01-25' });
    expect(meta([headline, '来源：药店视界网　作者：记者 周沛然　2025-01-23 09:41　浏览量：3276']).author).toBe('周沛然');
    expect(meta([headline, '作者：记者 林晓雯 通讯员 陈家豪   来源：青溪县融媒体中心']).author).toBe('林晓雯 and 陈家豪');
    // One Chinese label is a field as sure as two.
    expect(meta([headline, '作者：苏曼 | 店帆出海研究院', '发布时间：2025-01-24']).author).toBe('苏曼');
    // A photo's credit ("图片来源：") is no field; an outlet in the author's field names no writer.
    expect(meta([headline, '图片来源：作者截图   发布时间：2025-01-24']).author).toBe('');
    expect(meta([headline, '来源：本站   作者：华讯科技有限公司   发布时间：2025-01-24']).author).toBe('');
    // The writer's department before their name is no second writer.
    expect(meta([headline, '来源：绿兜回收　作者：品牌部 周婧　发布时间：2025-01-22 15:08　浏览次数：4127']).author).toBe('周婧');
    expect(meta([headline, '作者：运营部 周蔓', '发布时间：2025-01-22']).author).toBe('周蔓');
    expect(meta([headline, '来源：绿兜回收　作者：品牌部　发布时间：2025-01-22 15:08']).author).toBe('');
  });

  it('GIVEN a WeChat official account\'s article copied from the app ("原创 阿满 山野青年旅舍 2025年01月24日 19:42 四川" under the title, a greeting opening the body) THEN the title is the headline above it, the writer and the date come from it and the account is the publisher', () => {
    const headline = '“TikTok难民”住进了青旅：我们在小红书接待了第一批美国背包客';
    const body = ['听全文', '大家好，我是前台阿满。', '这两周，小红书上突然多了很多说英语的“新邻居”。他们自称“TikTok难民”，因为美国那边的TikTok可能要被禁，就一窝蜂地跑到了小红书。'];
    expect(meta([headline, '原创 阿满 山野青年旅舍 2025年01月24日 19:42 四川', ...body])).toMatchObject({ title: headline, author: '阿满', date: '2025-01-24', publisher: '山野青年旅舍' });
    // The account alone, not marked original: the time and the province close the line.
    expect(meta([headline, '山野青年旅舍 2025年01月24日 19:42 四川', ...body])).toMatchObject({ title: headline, author: '', date: '2025-01-24', publisher: '山野青年旅舍' });
    // A sentence with a date in it is no such line.
    expect(isBylineLine('我们在 2025年01月24日 开始接待美国背包客')).toBe(false);
  });

  it('GIVEN a Vietnamese weekly\'s lines ("Thứ Sáu, 24/01/2025 - 09:42 AM", "Bài: Quỳnh Như - Ảnh: NVCC") THEN the weekday is no writer and "Bài:" names the writer; a host\'s role in lower case ("Posted by Wendy Luo (host)") is no part of the name', () => {
    const headline = 'Thợ nail gốc Việt “đổ bộ” RedNote: cơ hội học mẫu mới hay chỉ là phong trào?';
    expect(meta([headline, 'Thứ Sáu, 24/01/2025 - 09:42 AM', 'Lượt xem: 3,214'])).toMatchObject({ author: '', date: '2025-01-24' });
    expect(meta([headline, 'Thứ Sáu, 24/01/2025 - 09:42 AM', 'Bài: Quỳnh Như - Ảnh: NVCC'])).toMatchObject({ author: 'Quỳnh Như', date: '2025-01-24' });
    expect(meta(['January fix-up recap: phones, rice cookers and a crash course from RedNote', 'Posted by Wendy Luo (host)', '2 Feb 2025 · 4 min read'])).toMatchObject({ title: 'January fix-up recap: phones, rice cookers and a crash course from RedNote', author: 'Wendy Luo' });
  });

  it('GIVEN a link back to the listing over the headline ("Printer-friendly version | Back to News") under a <title> naming the section THEN the headline is the article\'s', () => {
    const lines = ['News | Cascade Miata Club', 'Club News', 'Printer-friendly version | Back to News', 'Our Chengdu pen pals: how 41 members ended up on RedNote', 'Author: Linda Okamoto', 'Published: 1/30/2025'];
    expect(meta(lines).title).toBe('Our Chengdu pen pals: how 41 members ended up on RedNote');
  });

  it('GIVEN the credits in brackets under the story ("(Written by Chen Jiayi; Photos by Wang Hao; Edited by Li Mei)") THEN the writer is the author', () => {
    expect(meta(['Students open an English Corner on RedNote', ...BODY, '(Written by Chen Jiayi; Photos by Wang Hao; Edited by Li Mei)']).author).toBe('Chen Jiayi');
    // A wire story's credits: the reporter named first, without the city.
    expect(meta(['Snap and Pinterest shares fall as TikTok returns', ...BODY, '(Reporting by Corinne Walsh in New York; additional reporting by Devin Achterberg in San Francisco; editing by Marguerite Oyelaran)']).author).toBe('Corinne Walsh');
  });

  it('GIVEN "Photos by …" alone under the story THEN no author', () => {
    expect(meta(['Students open an English Corner on RedNote', ...BODY, '(Photos by Wang Hao; Edited by Li Mei)']).author).toBe('');
  });

  it('GIVEN a CMS handle as the byline ("Submitted by mhuang on …") and the letter signed "— Margaret Huang, Board Secretary" THEN the author is the signed name', () => {
    const lines = ['RedNote pen pals bring new life to our friendship', 'Submitted by mhuang on Mon, 01/27/2025 - 19:42', ...BODY, '— Margaret Huang, Board Secretary'];
    expect(meta(lines).author).toBe('Margaret Huang');
  });

  it('GIVEN a handle joining an initial to an accented, hyphenated surname ("abelangerho") and a signature naming the role and its department THEN the author is the signed name', () => {
    const lines = ['Americans discovered co-op housing on RedNote', 'Submitted by abelangerho on Mon, 02/03/2025 - 10:15', ...BODY, '— Annick Bélanger-Ho, Manager, Member Services'];
    expect(meta(lines).author).toBe('Annick Bélanger-Ho');
  });

  it('GIVEN a handle as the byline and a signature whose surname the handle does not spell THEN the handle stays', () => {
    const lines = ['RedNote pen pals bring new life to our friendship', 'Submitted by mhuang on Mon, 01/27/2025 - 19:42', ...BODY, '— Dale Peters, Treasurer'];
    expect(meta(lines).author).toBe('mhuang');
  });
});

describe('findMetadata: a newsletter platform\'s mail', () => {
  const mail = ['q:Quit  d:Del  u:Undel', ...Array.from({ length: 10 }, (_, i) => `   ${i + 1}     Jan 1${i} Someone  (2K) Another subject`), 'Date: Thu, 16 Jan 2025 07:02:11 -0500', 'From: Lena Park from Switchboard <switchboard@mail.switchboard.news>', 'Subject: Switchboard #212: What RedNote actually collects', 'View this post on the web at https://switchboard.news/p/what-rednote-actually-collects', 'What RedNote actually collects'];

  it('GIVEN "From: Lena Park from Switchboard <…>" below a mail client\'s list THEN Lena Park wrote it and Switchboard published it', () => {
    const found = meta(mail);
    expect([found.author, found.publisher]).toEqual(['Lena Park', 'Switchboard']);
  });

  it('GIVEN "View this post on the web at https://…" THEN that is the address', () => {
    expect(meta(mail).url).toBe('https://switchboard.news/p/what-rednote-actually-collects');
  });
});

describe('findMetadata: a browser window\'s title', () => {
  it('GIVEN "<headline> | <site> - Google Chrome" at the top of a capture THEN the headline and the site, not the browser', () => {
    const found = meta(['Seattle grandparents are the surprise stars of the RedNote migration | The Pacific Ledger - Google Chrome', 'Seattle grandparents are the surprise stars of the RedNote migration', 'By Nora Lindqvist']);
    expect([found.title, found.publisher]).toEqual(['Seattle grandparents are the surprise stars of the RedNote migration', 'The Pacific Ledger']);
  });
});

describe('findMetadata: owners, boards and repeated headlines', () => {
  it('GIVEN a dataset page ("Priya Raghunathan · Updated 3 months ago", widgets, then the title) THEN she is the author and the stamp is no title', () => {
    const found = meta(['OK, Got it.', 'Priya Raghunathan · Updated 3 months ago', 'arrow_drop_up', '128', 'New Notebook', 'RedNote English-Language Posts, January 2025', '41,860 English posts from the "TikTok refugee" wave on Xiaohongshu']);
    expect([found.title, found.author]).toEqual(['RedNote English-Language Posts, January 2025', 'Priya Raghunathan']);
  });

  it('GIVEN a bulletin board\'s header fields (author, board, title, time) THEN the user ID is the author and the time the date', () => {
    const found = meta(['作者 sgtpepperTW (Pepper in Taichung)', '看板 EngTalk', "標題 [心得] An American's first week on RedNote (long)", '時間 Sun Jan 19 22:41:07 2025']);
    expect([found.author, found.date]).toEqual(['sgtpepperTW', '2025-01-19']);
  });

  it('GIVEN a headline, a dek a little longer, a byline, and the headline printed again in a list further down THEN the headline is the title', () => {
    const headline = 'Guam TikTokers hedge bets with RedNote, Lemon8 as US ban nears';
    const lines = ['News › Local', headline, 'Creators move to apps like RedNote and Lemon8 before a shutdown expected Sunday afternoon, island time', 'Joleen Taitano Cruz', 'Staff Writer', 'Jan 18, 2025', ...BODY, 'Most Popular', `1. ${headline}`, '2. Power outage in Yigo'];
    expect(findMetadata(lines).title).toBe(headline);
  });

  it('GIVEN "By Helen Zhao, Principal" THEN the principal is her job, not the publisher', () => {
    expect(parseByline('By Helen Zhao, Principal')).toEqual({ author: 'Helen Zhao', publisher: '', date: '' });
  });
});

describe('findMetadata: a newsroom system\'s script print', () => {
  it('GIVEN a print stamp, production fields and "WEB HED: …" THEN the web headline is the title', () => {
    const lines = ['KRVR-TV NEWS 10 | ENPS 8.4.1 | SCRIPT PRINT Page 1 of 3', 'Printed: 01/15/2025 16:12:07 PST by MOCAMPO on NEWSRM-WS14', 'Slug: TIKTOK REFUGEES-PKG', 'Talent: KEVIN / LUPE Reporter: OCAMPO Photog: DELACRUZ', 'WEB HED: Sacramento TikTok users flock to Chinese app RedNote ahead of ban', 'WEB DEK: Local creators say the app is friendly; a professor says think twice'];
    expect(meta(lines).title).toBe('Sacramento TikTok users flock to Chinese app RedNote ahead of ban');
  });
});

describe('findMetadata: two authors on lines of their own', () => {
  it('GIVEN "Mei Tanaka" / "Mei Tanaka" / "and" / "Caleb Wirth" / "Caleb Wirth" under the headline THEN both wrote it', () => {
    const lines = ['RedNote’s American honeymoon runs into China’s censors', 'Mei Tanaka', 'Mei Tanaka', 'and', 'Caleb Wirth', 'Caleb Wirth', 'Jan 21, 2025, 6:12am EST'];
    expect(meta(lines).author).toBe('Mei Tanaka and Caleb Wirth');
  });
});

describe('findMetadata: an author block with the city, a syndicated story\'s original date', () => {
  it('GIVEN "Name" / "Technology Reporter" / "Toronto" / "Published January 19, 2025" under the headline THEN the name is the author', () => {
    const lines = ['Canadians join the RedNote rush, but privacy watchdog urges caution', 'Gabrielle Fortin-Hayes', 'Technology Reporter', 'Toronto', 'Published January 19, 2025'];
    expect(meta(lines).author).toBe('Gabrielle Fortin-Hayes');
  });

  it('GIVEN "This post originally appeared on … and was published January 27, 2025." THEN that is the date', () => {
    const lines = ['How RedNote became an accidental language exchange', ...BODY, 'This post originally appeared on Long Table Magazine and was published January 27, 2025. This article is republished here with permission.'];
    expect(findMetadata(lines).date).toBe('2025-01-27');
  });
});

describe('findMetadata: a terminal\'s fetch command', () => {
  it('GIVEN "kai@tower:~$ curl -sL \'https://…\' | html2text" at the top THEN that address is the page\'s', () => {
    const url = 'https://www.millbrookregister.com/story/news/local/2025/01/17/ashgrove-state-students-tiktok-rednote-ban/77654321007/';
    expect(meta([`kai@tower:~/news-drop$ curl -sL '${url}' | html2text -width 78`, 'Millbrook students trade TikTok for RedNote', 'By Megan Torres']).url).toBe(url);
  });

  it('GIVEN a sentence about curl and a link THEN no address', () => {
    expect(meta(['RedNote fans', 'By Jane Doe', 'We used curl to fetch https://example.com/page for the test.']).url).toBe('');
  });
});

describe('parseByline: a reporter field with contact details run on', () => {
  it.each([
    ['Reporter: Ciarán FallonEmail: newsdesk@lakelandobserver.ie', 'Ciarán Fallon'],
    ['Reporter: Ciarán Fallon', 'Ciarán Fallon'],
    ['By Jane Doe Email: jd@example.com', 'Jane Doe'],
  ])('GIVEN "%s" THEN the author is %s', (line, author) => {
    expect(parseByline(line).author).toBe(author);
  });
});

describe('findMetadata: post headers of small sites', () => {
  it('GIVEN "Posted January 24, 2025 · by Dani Reyes · 6 min read" THEN Dani Reyes wrote it', () => {
    expect(meta(['What RedNote taught us about Chinese character tattoos', 'Posted January 24, 2025 · by Dani Reyes · 6 min read']).author).toBe('Dani Reyes');
  });

  it.each([
    ['Publicado el 22 de enero de 2025 por Yaneisy Corrales', 'Yaneisy Corrales', '2025-01-22'],
    ['Publié le 22 janvier 2025 par Camille Martin', 'Camille Martin', '2025-01-22'],
    ['Pubblicato il 22 gennaio 2025 da Giulia Bianchi', 'Giulia Bianchi', '2025-01-22'],
    ['Veröffentlicht am 22. Januar 2025 von Jonas Weber', 'Jonas Weber', '2025-01-22'],
  ])('GIVEN a post header in the site\'s own language, "%s", THEN it gives author and date as "Posted on … by" does', (line, author, date) => {
    const found = meta(['Our techs went viral in China. Now we get questions about cockroaches in Shanghai.', line]);
    expect(found.author).toBe(author);
    expect(found.date).toBe(date);
  });

  it('GIVEN a trade site\'s author card under the headline that gives the post\'s age, not its date ("Leah Castellanos" twice, "Senior Editor", "3 days ago") THEN she wrote it, and the headline over her card is the title, not the site\'s tagline', () => {
    const headline = 'The RedNote rush: tree care firms weigh a Chinese app after TikTok’s near-death';
    const found = meta(['Canopy Business', 'The business of professional tree care', 'Subscribe', 'Home', '/', 'Business & Marketing', headline, 'Leah Castellanos', 'Leah Castellanos', 'Senior Editor', '3 days ago', '·', '6 min read', 'Share']);
    expect(found.author).toBe('Leah Castellanos');
    expect(found.title).toBe(headline);
  });

  it('GIVEN a news site\'s author card of the name alone over the post\'s age and its reading time ("Emma Kettleborough" / "3 days ago" / "5 min read") THEN she wrote it; a section\'s name there is no writer', () => {
    const headline = "Hire fleets weigh RedNote as US 'TikTok refugees' flood booking lines";
    expect(meta(['Waterside Trade', 'Home', 'News', headline, 'Emma Kettleborough', '3 days ago', '5 min read', 'Share']).author).toBe('Emma Kettleborough');
    expect(meta(['Waterside Trade', 'Home', 'News', headline, 'Local News', '3 days ago', '5 min read', 'Share']).author).toBe('');
    // (Nor is the site's own name there, as its copyright line gives it: a Wix post header.)
    expect(findMetadata(['How RedNote Became Our Second Stage', 'Kestrel Circus Arts', '3 days ago', '4 min read', ...BODY, '© 2025 Kestrel Circus Arts']).author).toBe('');
  });

  it('GIVEN a Wix post header whose only dated stamp is its update ("3 days ago" / "4 min read" / "Updated: Feb 4") THEN that stamp gives no publication date; "Feb 3" alone would', () => {
    const head = (stamp: string) => findMetadata(['How RedNote Became Our Second Stage', 'Kestrel Circus Arts', '3 days ago', '4 min read', stamp, ...BODY, 'The school opened on January 6, 2025.', '© 2025 Kestrel Circus Arts']).date;
    expect(head('Updated: Feb 4')).toBe('');
    expect(head('Feb 3')).toBe('2025-02-03');
    expect(head('January 15 at 7:42 PM · Edited · 🌎')).toBe('2025-01-15');
  });

  it('GIVEN a line of labelled fields ("Source: … Author: … Release time: …") and a contact line ("24-hour emergency: +44 20 5550 0199") over the headline THEN neither is among the headline\'s candidates', () => {
    const seen: string[] = [];
    observeHeadlineCandidates((candidates) => seen.push(...candidates.map((c) => c.text)));
    try {
      meta(['Circular No. 07/2025', '24-hour emergency: +44 20 5550 0199', 'Source: Jinli Kitchen Cooking School Author: Zoe Tang Release time: 2025-01-27 10:32:15 Hits: 1386', 'Hello, TikTok refugees! What happened when Americans found our kitchen']);
    } finally {
      observeHeadlineCandidates(null);
    }
    expect(seen.some((t) => /emergency|Release time/.test(t))).toBe(false);
  });

  it('GIVEN a plain-text newsletter whose web copy is linked at the top and whose item links "the full profile on our website" THEN the web copy is its address, not the profile; "this story on our website" is', () => {
    const issue = (words: string) => findMetadata(['View this email in your browser (https://mailchi.mp/glassguild/the-gather-feb-2025)', 'The Gather: February 2025', ...BODY, `Desmond opened Hilltop Cane Works in 2016. ${words}`, '(https://glassguild.org/members/hilltop-cane-works)', 'Unsubscribe']).url;
    expect(issue('Read the full profile on our website')).toBe('https://mailchi.mp/glassguild/the-gather-feb-2025');
    expect(issue('Read this story on our website')).toBe('https://glassguild.org/members/hilltop-cane-works');
  });

  it('GIVEN a Notion page exported with its properties ("Created: January 29, 2025 3:47 PM", "Publish date: February 3, 2025", "Published URL: https://…") THEN the date is the publish date and the address the published URL', () => {
    const found = findMetadata(['Why a Saipan dive shop was on RedNote before it was cool', 'Author: Grace Tenorio', 'Created: January 29, 2025 3:47 PM', 'Last edited time: February 3, 2025 11:20 AM', 'Publish date: February 3, 2025', 'Published URL: https://bluegrottodivers.com/blog/rednote-before-it-was-cool', 'Status: Published', ...BODY]);
    expect(found.date).toBe('2025-02-03');
    expect(found.url).toBe('https://bluegrottodivers.com/blog/rednote-before-it-was-cool');
  });

  it('GIVEN "27 Jan 2025 3:12 PM | Linda Whitcomb (Administrator)" over a headline that is a sentence THEN that line is the headline, and the header gives author and date', () => {
    const found = meta(['Club News', '27 Jan 2025 3:12 PM | Linda Whitcomb (Administrator)', "Our members met mahjong players in China on RedNote. Here's what happened."]);
    expect(found.title).toBe("Our members met mahjong players in China on RedNote. Here's what happened.");
    expect(found.author).toBe('Linda Whitcomb');
    expect(found.date).toBe('2025-01-27');
  });

  it('GIVEN a headline, a bare "Posted Sat 18 Jan 2025 at 6:31am" and a caption THEN the caption is no headline', () => {
    const found = meta(['Australians are joining the TikTok refugees on RedNote', 'By Fenella Rourke', 'Posted Sat 18 Jan 2025 at 6:31am', 'A young woman holds up a phone showing a feed of photos.']);
    expect(found.title).toBe('Australians are joining the TikTok refugees on RedNote');
  });

  it('GIVEN a forum print view\'s "Post by: Marge Okafor on January 21, 2025, 09:14:52 PM" THEN she wrote it then', () => {
    expect(parseByline('Post by: Marge Okafor on January 21, 2025, 09:14:52 PM')).toEqual({ author: 'Marge Okafor', publisher: '', date: '2025-01-21' });
  });

  it('GIVEN the writer\'s name printed twice over job and date, and an offer box with its "Claim Now" button THEN the headline and the writer are the story\'s', () => {
    const found = meta([
      'POLITICS BETTING NEWS',
      "TikTok Ban Odds: Prediction Markets Swing After RedNote Exodus and Trump's 75-Day Reprieve",
      'Cole Brannigan',
      'Cole Brannigan',
      'Senior Betting Analyst',
      'Jan 21, 2025, 10:05 AM ET',
      'FEATURED OFFER',
      'Bet $5, Get $200 in Bonus Bets',
      'Claim Now',
      '21+. New customers only. Bonus bets expire in 7 days. See full terms.',
    ]);
    expect(found.title).toBe("TikTok Ban Odds: Prediction Markets Swing After RedNote Exodus and Trump's 75-Day Reprieve");
    expect(found.author).toBe('Cole Brannigan');
  });

  it('GIVEN the masthead "IRON LOTUS TATTOO CO." and "© 2025 Iron Lotus Tattoo Co. All rights reserved." THEN the publisher keeps its "Co."', () => {
    const found = findMetadata(['IRON LOTUS TATTOO CO.', 'Custom tattoos · Cover-ups · Fine line', 'What RedNote taught us about Chinese character tattoos', 'By Dani Reyes', ...BODY, '© 2025 Iron Lotus Tattoo Co. All rights reserved.']);
    expect(found.publisher).toBe('Iron Lotus Tattoo Co.');
  });

  it('GIVEN only "© 2025 Harbour Times Media Group Ltd." THEN the publisher is the outlet, not the company', () => {
    expect(findMetadata(['Harbour Times', 'RedNote draws Aucklanders', 'By Jane Doe', ...BODY, '© 2025 Harbour Times Media Group Ltd. All rights reserved.']).publisher).toBe('Harbour Times');
  });
});

describe('findMetadata: addresses and writers of saved and exported pages', () => {
  it('GIVEN a Japanese web archive\'s "元URL：https://…" THEN that is the page\'s address', () => {
    expect(meta(['ウェブ魚拓', '取得日時：2025/01/21 08:14:37', '元URL：https://www.example.jp/en/2025/01/20/rednote-marketers/', 'RedNote and Japan\'s marketers', 'By Ken Sato']).url).toBe('https://www.example.jp/en/2025/01/20/rednote-marketers/');
  });

  it('GIVEN "Posted on [February 6, 2025](https://…) by [Kevin Tran](…) | [Workshops](…)," THEN the linked date gives the address and the writer is Kevin Tran', () => {
    const found = meta(['# RedNote for Main Street', 'Posted on [February 6, 2025](https://example.org/news/rednote-for-main-street/) by [Kevin Tran](https://example.org/author/ktran/) | [Workshops](https://example.org/category/workshops/),']);
    expect(found.url).toBe('https://example.org/news/rednote-for-main-street/');
    expect(found.author).toBe('Kevin Tran');
  });

  it('GIVEN a membership platform\'s "Öffentlicher Beitrag" over the date, then the headline, the writer and "6 Min. Lesezeit" THEN the writer is the name under the headline', () => {
    const found = meta(['Öffentlicher Beitrag', '24. Januar 2025', "RedNote's American week was a translation story", 'Mara Lindqvist', '6 Min. Lesezeit']);
    expect(found.author).toBe('Mara Lindqvist');
    expect(found.date).toBe('2025-01-24');
  });
});

describe('parseByline: an outlet\'s staff whose name holds an ampersand', () => {
  it.each([
    ['by Plate & Harbor Staff', { author: '', publisher: 'Plate & Harbor', date: '' }],
    ['By Jane Doe & John Roe', { author: 'Jane Doe and John Roe', publisher: '', date: '' }],
    ['By Jane Doe & Sports Staff', { author: 'Jane Doe', publisher: '', date: '' }],
  ])('GIVEN "%s" THEN %o', (line, expected) => {
    expect(parseByline(line)).toEqual(expected);
  });
});

describe('publisherFromCopyright: "all rights reserved" in more languages', () => {
  it.each([
    ['© 2025 Punda Post Tur derecho reservá', 'Punda Post'],
    ['© 2025 Tunduk Press Все права защищены', 'Tunduk Press'],
    ['© 2025 Kosova Sot Të gjitha të drejtat të rezervuara', 'Kosova Sot'],
    ['© 2025 Ankara Haber Tüm hakları saklıdır', 'Ankara Haber'],
  ])('GIVEN "%s" THEN the publisher is %s', (line, publisher) => {
    expect(publisherFromCopyright(line)).toBe(publisher);
  });
});

describe('bilingual forms', () => {
  it('GIVEN a bilingual notice\'s fields ("通告編號 Notice No.: …", "發出日期 Issue Date: …") over its heading THEN the date is the issue date and no field is the headline', () => {
    const found = findMetadata([
      '通告編號 Notice No.: 2024-25/E087',
      '發出日期 Issue Date: 2025-01-23',
      'English Language Department: RedNote Exchange Programme',
      'The Department will run a supervised exchange programme from 10 February to 28 March 2025, with students posting short videos.',
      'Participating students will work in groups of four during Tuesday English enrichment lessons to reply to comments.',
    ]);
    expect(headlineCore('通告編號 Notice No.: 2024-25/E087')).toBeNull();
    // (A bilingual headline is no field: its value is words.)
    expect(headlineCore('小红书 RedNote: what Americans found on the app')).toBe('小红书 RedNote: what Americans found on the app');
    expect(found.date).toBe('2025-01-23');
    expect(found.title).toBe('English Language Department: RedNote Exchange Programme');
  });
});

describe('yearless stamps', () => {
  it('GIVEN a blog\'s "Updated: Jan 29" between its date and its headline THEN the stamp is no headline', () => {
    const found = findMetadata([
      'Dana Whitcomb',
      'Jan 27',
      '3 min read',
      'Updated: Jan 29',
      'Maya Okonkwo-Reyes Turns the "TikTok Refugee" Rush Into a Makeup Exchange on RedNote',
      'When TikTok went dark for Illinois users on the night of January 18, our reigning titleholder was already five days into an experiment on RedNote.',
      'Maya, 17, a senior at Richwoods High School in Peoria, first downloaded RedNote on January 13 mostly out of curiosity, like everybody else.',
    ]);
    expect(found.title).toBe('Maya Okonkwo-Reyes Turns the "TikTok Refugee" Rush Into a Makeup Exchange on RedNote');
  });
});

describe('newsletters: a column\'s byline and an issue\'s contents', () => {
  it('GIVEN "From the desk of Rick Hanrahan, Range Manager" under the headline THEN he wrote it', () => {
    expect(meta(['Range Notes: Phones, Filming and the RedNote Effect', 'From the desk of Rick Hanrahan, Range Manager']).author).toBe('Rick Hanrahan');
  });

  it('GIVEN an issue\'s contents over the story, one of its items a section printed again at the foot THEN that item is no site name', () => {
    const items = ['Range Notes: Phones, Filming and the RedNote Effect', 'Winter Pistol League Standings', 'February Class Calendar'];
    const lines = ['IN THIS ISSUE', ...items, 'Range Notes: Phones, Filming and the RedNote Effect', 'By Rick Hanrahan', ...BODY, 'February Class Calendar', 'Feb 8 – Iowa Permit to Carry Course, $95', 'RESERVE A LANE'];
    // (Nor is the contents' label a masthead.)
    expect(findMetadata(lines, '', new Set([1, 2, 3])).publisher).toBe('');
  });
});
