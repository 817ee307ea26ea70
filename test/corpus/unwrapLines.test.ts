import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mendSplitWords, readColumns, unwrapHardWrappedLines } from '../../src/corpus/unwrapLines.js';

/** Greedy fill at `width` columns, as mail clients and `fmt` wrap text. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const P1 = "On Monday, more than 700,000 Americans downloaded RedNote, a Chinese lifestyle app, as a ban on TikTok loomed over the country's 170 million users of the video platform.";
const P2 = 'Researchers at the institute tracked 2,400 accounts that had moved between the two apps and found that most of them returned to TikTok within ten days of the service coming back online.';

describe('unwrapHardWrappedLines', () => {
  it('GIVEN a Pandoc container fence ("::: {.field--name-body}") over wrapped prose THEN the fence stays a line of its own and the prose is joined', () => {
    const text = [
      "::: {.clearfix .text-formatted .field .field--name-body}",
      "Every winter the Halvorsen Planetarium runs \"Sky Dragons,\" a 35-minute",
      "show about the Chinese constellations and the Azure Dragon of the East.",
      "It usually fills about half of our 112 seats. This year all six",
      "showings, from January 29 to February 2, sold out within four hours of",
      "tickets going on sale on January 21.",
      "",
      "We asked ticket buyers how they had heard about the show, and the answer",
      "surprised us: 61 of the 287 people who responded mentioned RedNote, the",
      "Chinese app also called Xiaohongshu that drew hundreds of thousands of",
      "Americans in the days before and after the January 19 TikTok ban.",
      "",
      "Many of them were not Chinese speakers at all. They had joined RedNote",
      "as \"TikTok refugees,\" started swapping messages with users in China,",
      "and, as one Kalamazoo nursing student put it on her survey card, \"got",
      "curious about why my new friend in Xi'an keeps talking about the Cowherd",
      "and the Weaver Girl.\"",
      "",
      "Our presenters noticed the difference. Lecturer Tom Vandermeer, who has",
      "narrated \"Sky Dragons\" since 2016, said the audience asked more",
      "questions in the Q&A than in any previous year, and that several people",
    ].join('\n');
    const lines = unwrapHardWrappedLines(text).split('\n');
    expect(lines[0]).toBe('::: {.clearfix .text-formatted .field .field--name-body}');
    expect(lines[1]).toMatch(/^Every winter .* 35-minute show about/);
  });

  it('GIVEN a caption closed by its photo credit, or an ad closed by its button, over wrapped prose with no blank line between THEN each stays a line of its own and the story is joined', () => {
    const text = [
      'Story by Maëlle Fortin | January 22, 2025',
      'Chloé Bergeron on a V7 slab at Grimpe Saint-Denis in Montreal. Photo: Julien Paré',
      "Chloé Bergeron did not need to leave TikTok. The Montreal boulderer's account was never under",
      'threat, since the US ban law does not apply in Canada, where the app keeps working even after',
      'Ottawa ordered TikTok to wind down its Canadian offices last fall. But when her American',
      'friends began posting from Xiaohongshu, she followed them.',
      'ADVERTISEMENT',
      "Arc'teryx Academy Squamish returns June 2025. Clinics, films and community. Learn more",
      'Squamish guide Owen Tsang, who grew up speaking Cantonese and now answers Mandarin comments',
      'with help from a translation app, said the questions he gets from Chinese climbers are about',
      'grades, gear and whether the granite is as good as it looks in the videos he posts there.',
    ].join('\n');
    const lines = unwrapHardWrappedLines(text).split('\n');
    expect(lines).toContain('Chloé Bergeron on a V7 slab at Grimpe Saint-Denis in Montreal. Photo: Julien Paré');
    expect(lines).toContain("Arc'teryx Academy Squamish returns June 2025. Clinics, films and community. Learn more");
    expect(lines.some((l) => /^Chloé Bergeron did not need to leave TikTok\. .* she followed them\.$/.test(l))).toBe(true);
    expect(lines.some((l) => /^Squamish guide Owen Tsang, .* videos he posts there\.$/.test(l))).toBe(true);
    // A credit wrapped onto the next line is still joined.
    const wrapped = [
      'Gloria joined RedNote on January 13, when her',
      'granddaughter Sofia set up an account for her',
      '“before TikTok disappears.” Gloria had never',
      'used TikTok. Within a week she was trading',
      'recipes with a retired nurse in Chengdu named',
      'Wang Fang, who sent her a video showing how to',
      'pleat dumplings with 18 folds.',
      '',
      'Gloria Mendes shows off a tray of jiaozi at',
      'the clubhouse on January 25. Photo: Sofia',
      'Mendes',
      '',
      '“I got to about seven folds before mine fell',
      'apart,” Gloria told me, laughing.',
    ].join('\n');
    expect(unwrapHardWrappedLines(wrapped).split('\n')).toContain('Gloria Mendes shows off a tray of jiaozi at the clubhouse on January 25. Photo: Sofia Mendes');
  });

  it('GIVEN a name before a hyphen at a line end that the text writes in another compound ("Lumi-" / "kissasta" beside "Lumi-kissastaan") THEN the hyphen stays; GIVEN a name written nowhere else ("Xiaohong-" / "shu") THEN the word is joined', () => {
    const finnish = [
      'Myös suomalaisia on liittynyt palveluun. Helsinkiläinen',
      'Ville Korhonen, 29, latasi sovelluksen 15. tammikuuta, koska',
      'halusi nähdä, mistä kaikki puhuvat. Ensimmäinen kuva oli Lumi-',
      'kissasta hangessa, ja se keräsi kahdessa päivässä yli neljä',
      'tuhatta tykkäystä Yhdysvalloista ja Kiinasta.',
      '',
      'Korhonen julkaisi ensimmäisenä RedNotessa kuvan Lumi-kissastaan,',
      'ja kiinalaiset seuraajat kommentoivat sitä innokkaasti. Hän',
      'opettaa nyt joka ilta suomen sanoja ja saa vastineeksi kiinan',
      'oppitunteja.',
    ].join('\n');
    expect(unwrapHardWrappedLines(finnish)).toContain('kuva oli Lumi-kissasta hangessa');
    const teletext = [' RedNote, known in China as Xiaohong-   ', ' shu, was the most downloaded free app  ', ' in the Finnish App Store on Saturday,  ', ' according to the analytics firm        ', ' Sensorlytic. Its previous best ranking ', ' in Finland was 212th.                  '].join('\n');
    expect(unwrapHardWrappedLines(teletext)).toContain('Xiaohongshu, was the most downloaded');
  });

  it('GIVEN a programme\'s narrow column copied by pdftotext beside wider lines (a caption), its lines full in a proportional font though a few characters short of its widest THEN each paragraph is one line again', () => {
    const text = [
      // (The chairman's page is set wider: the text's width is his column's.)
      'Good afternoon and welcome back to the Ropewalk for',
      'what promises to be a proper derby. A warm welcome to',
      'the officials, players and supporters of Ashcombe',
      'Rovers, who I know will have been looking forward to',
      'this one as much as we have, and to our sponsors, who',
      'keep the lights on and the pies warm every week of it.',
      '',
      'Thank you to everyone who turned out for the pitch',
      'working party after the storm. The covered terrace roof',
      'is now fully repaired, and the new kit has arrived in',
      'the club shop, along with the scarves our American fans',
      'have been asking about since the summer, in three sizes.',
      '',
      'Brittany Kowalczyk (centre) with the American Harbourmen flag at our home game against',
      'Marshside United last March. Photo: Sam Ridley',
      '',
      'Two years ago, most of our American',
      'supporters had never heard of the Thameside',
      'League. Then the streaming documentary',
      'followed us through the season.',
      '',
      'When it looked as though TikTok would be',
      'banned in the United States on 19 January,',
      'Brittany moved the whole operation to',
      'RedNote, the Chinese app called Xiaohongshu',
      'at home. "Everyone in the group chat was',
      'going there anyway," she told me over a very',
      'crackly video call. "I thought, if we\'re going',
      'to be refugees, we might as well bring the',
      'flag."',
    ].join('\n');
    const lines = unwrapHardWrappedLines(text).split('\n');
    expect(lines).toContain('When it looked as though TikTok would be banned in the United States on 19 January, Brittany moved the whole operation to RedNote, the Chinese app called Xiaohongshu at home. "Everyone in the group chat was going there anyway," she told me over a very crackly video call. "I thought, if we\'re going to be refugees, we might as well bring the flag."');
  });

  it('GIVEN an e-mail wrapped at 72 columns THEN each paragraph is one line again, and the headline and byline stay lines of their own', () => {
    const text = ['RedNote and the refugees: what the data shows', 'By Jordan Ellis', '', ...wrap(P1, 72), '', ...wrap(P2, 72)].join('\n');
    expect(unwrapHardWrappedLines(text).split('\n')).toEqual(['RedNote and the refugees: what the data shows', 'By Jordan Ellis', '', P1, '', P2]);
  });

  it('GIVEN a trade magazine\'s PDF text whose column breaks a firm\'s name before its ampersand ("… of Vander Ploeg Well" / "& Pump in Sioux Center, Iowa.") THEN the sentence is one line again', async () => {
    // One of the tune pages, written blind for the evaluation.
    const text = await readFile(path.join(import.meta.dirname, '..', 'eval', 'articles', 'tune', 'Wellhead_Winter2025_web.txt'), 'utf8');
    const lines = unwrapHardWrappedLines(text).split('\n');
    expect(lines.some((l) => l.endsWith('said Caleb Vander Ploeg of Vander Ploeg Well & Pump in Sioux Center, Iowa.'))).toBe(true);
    expect(lines).not.toContain('& Pump in Sioux Center, Iowa.');
  });

  it('GIVEN a newsletter\'s headline in title case over "by Commander …" in lower case, wrapped at 70 columns THEN the byline stays a line of its own; wrapped prose going on after "by" still joins', () => {
    const headline = 'My Granddaughter, the Chinese App, and What I Told Her';
    const text = [headline, 'by Commander Ray Dombrowski', '', ...wrap(P1, 70), '', ...wrap(P2, 70)].join('\n');
    expect(unwrapHardWrappedLines(text).split('\n')).toEqual([headline, 'by Commander Ray Dombrowski', '', P1, '', P2]);
    const prose = 'The rule that the school board passed in the first week of January was drafted by Principal Ana Ruiz and two teachers.';
    expect(unwrapHardWrappedLines([...wrap(prose, 72), '', ...wrap(P1, 72), '', ...wrap(P2, 72)].join('\n'))).toContain(prose);
  });

  it('GIVEN a forum thread dumped by lynx, a poster\'s block of short fields ("userid 88120", "posted 2025-Jan-23, …") above a post wrapped at 76 columns THEN each field stays a line of its own and the post joins', () => {
    const block = ['   [22]Priya Raman', '   Riptide Forums Enthusiast', '   userid 88120', '   Brisbane, QLD', '   posted 2025-Jan-23, 8:41 pm AEDT', '   edited 2025-Jan-23, 9:15 pm AEDT'];
    const text = [...block, '', ...wrap(P1, 73).map((l) => `   ${l}`), '', ...wrap(P2, 73).map((l) => `   ${l}`)].join('\n');
    const lines = unwrapHardWrappedLines(text).split('\n');
    expect(lines.slice(0, block.length)).toEqual(block);
    expect(lines.map((l) => l.trim())).toContain(P1);
  });

  it('GIVEN a newsletter forwarded twice ("> > " on every line it quotes) THEN the forwarders\' notes go, the markers go and the wrapped paragraphs join', () => {
    const quoted = (lines: string[], depth: number) => lines.map((l) => `${'> '.repeat(depth)}${l}`.trimEnd());
    const text = [
      'From: Karen Holt <karen@example.com>',
      'Sent: Wednesday, January 22, 2025 9:14 AM',
      'Subject: FW: Fwd: The Digest',
      '',
      'Thought you would enjoy this one!',
      'Sent from Mail for Windows',
      '',
      ...quoted(['Mom, this is the article I told you about.', '', '---------- Forwarded message ---------', 'From: The Digest <digest@example.com>', 'Date: Mon, Jan 20, 2025 at 6:00 AM', 'Subject: The Digest', ''], 1),
      ...quoted(['RedNote and the refugees: what the data shows', 'By Jordan Ellis | Culture Desk', '', ...wrap(P1, 68), '', ...wrap(P2, 68)], 2),
    ].join('\n');
    const lines = unwrapHardWrappedLines(text).split('\n');
    expect(lines).toEqual(expect.arrayContaining(['RedNote and the refugees: what the data shows', 'By Jordan Ellis | Culture Desk', P1, P2]));
    expect(lines[0]).toBe('From: The Digest <digest@example.com>');
    expect(lines.join('\n')).not.toMatch(/Mom, this|Thought you|^>/m);
  });

  it('GIVEN a reply quoting a line or two, or text that is not forwarded THEN nothing above the last header is dropped', () => {
    const text = ['From: A <a@example.com>', 'Date: Mon, Jan 20, 2025', 'Subject: Re: RedNote', '', 'I agree with this:', '> the app is popular', '', P1].join('\n');
    expect(unwrapHardWrappedLines(text)).toBe(text);
  });

  it('GIVEN closed captions in capitals wrapped at 32 columns between time stamps, under a report\'s header wrapped wider THEN each caption is one line again; the stamps stay lines of their own', () => {
    const captions = [
      'A LOT OF AMERICANS JOINED THE CHINESE APP REDNOTE THIS MONTH WHEN IT LOOKED LIKE TIKTOK WAS ABOUT TO GO DARK. SOME OF THEM CAME FOR THE CAT VIDEOS.',
      'FOR REGISTERED NURSE ALYSSA DEKKER, THAT BREAK USUALLY MEANS SCROLLING. LAST WEEK SHE SCROLLED SOMEWHERE NEW, AND THE NEXT MORNING SHE HAD 400 COMMENTS.',
    ];
    const header = wrap('Note added by the communications office: great hit for the night shift, please forward this clip to nursing leadership and to the unit managers.', 66);
    const text = [...header, '', '[06:08:14 PM]  ** CLIP START **', ...wrap(captions[0]!, 32), '[06:08:33 PM]', ...wrap(captions[1]!, 32), '[06:11:02 PM]  ** CLIP END / CONTEXT **'].join('\n');
    const lines = unwrapHardWrappedLines(text).split('\n');
    for (const caption of captions) expect(lines).toContain(caption);
    expect(lines).toContain('[06:08:33 PM]');
    // Markdown's bold at a wrapped line's end still runs on.
    const bold = 'Joining the app is quick and it is **free** for anyone who has a phone number, the company says, and it asks for little else when people sign up for an account.';
    const wrapped = wrap(bold, 44);
    expect(wrapped[0]?.endsWith('**free**')).toBe(true);
    expect(unwrapHardWrappedLines(wrapped.join('\n'))).toBe(bold);
  });

  it('GIVEN a news terminal\'s story (a rule, wire headlines longer than the wrap width, a headline as long as the width over its date stamp) THEN none of them joins the next line', () => {
    const head = 'RedNote Tops U.S. App Store as TikTok Users Flock to Chinese Rival';
    const rule = '-'.repeat(79);
    const wire = ["BN 01/13 21:52 *XIAOHONGSHU SAYS IT IS 'ACTIVELY MONITORING' INFLUX: STATEMENT", 'BN 01/13 21:47 *REDNOTE TOPS US APP STORE AS TIKTOK USERS FLEE AHEAD OF BAN'];
    const p3 = 'Lemon8, a photo-sharing app also owned by ByteDance, rose to number two on the chart, even though the divestiture law covers every app the company controls.';
    const text = [rule, ...wire, rule, head, '2025-01-13 21:47:12.304 GMT', '', ...[P1, P2, p3].flatMap((p) => [...wrap(p, head.length), ''])].join('\n');
    expect(unwrapHardWrappedLines(text).split('\n')).toEqual([rule, ...wire, rule, head, '2025-01-13 21:47:12.304 GMT', '', P1, '', P2, '', p3, '']);
  });

  it('GIVEN a journal page copied from a PDF, words hyphenated at line ends THEN a word the typesetter broke is whole again and a compound keeps its hyphen', () => {
    const text = [
      'When Congress passed the Protecting Americans from Foreign Adversary',
      'Controlled Applications Act in April 2024, few practitioners expected',
      'the statute to produce a mass migra-',
      'tion of users to a Chinese app. On January 17 the Supreme Court unani-',
      'mously upheld the law, and state-',
      'level officials called it a self-',
      'strengthening moment for the Presi-',
      'dent and for Congress alike, in a ruling that surprised few.',
    ].join('\n');
    expect(unwrapHardWrappedLines(text)).toBe(
      'When Congress passed the Protecting Americans from Foreign Adversary Controlled Applications Act in April 2024, few practitioners expected the statute to produce a mass migration of users to a Chinese app. On January 17 the Supreme Court unanimously upheld the law, and state-level officials called it a self-strengthening moment for the President and for Congress alike, in a ruling that surprised few.',
    );
  });

  it('GIVEN a page set in two columns and copied with its layout (pdftotext -layout) THEN the left column reads first, then the right, each paragraph whole', () => {
    const leftText = `${P1} ${P2}`;
    const rightText = `${P2} ${P1}`;
    const left = wrap(leftText, 42);
    const right = wrap(rightText, 42);
    const rows = Array.from({ length: Math.max(left.length, right.length) }, (_, i) => `${(left[i] ?? '').padEnd(48)}${right[i] ?? ''}`.trimEnd());
    const text = ['WINTER 2025                       MAPLE COUNTY BAR QUARTERLY                         17', '', ...rows].join('\n');
    expect(unwrapHardWrappedLines(text).split('\n').filter((l) => l.trim() !== '')).toEqual([
      'WINTER 2025                       MAPLE COUNTY BAR QUARTERLY                         17',
      leftText,
      rightText,
    ]);
  });

  it('GIVEN a Usenet post\'s header over text wrapped at 70 columns THEN every header field stays a line of its own', () => {
    const header = ['From: Walter Szymanski <wszym@example.net>', 'Newsgroups: misc.news.internet.discuss,alt.culture.internet', 'Subject: Field report: a week on RedNote', 'Date: Sun, 19 Jan 2025 22:14:07 -0500'];
    const text = [...header, '', ...wrap(P1, 70), '', ...wrap(P2, 70)].join('\n');
    expect(unwrapHardWrappedLines(text).split('\n')).toEqual([...header, '', P1, '', P2]);
  });

  it('GIVEN a forum post wrapped at 70 columns under the forum\'s short labels over lower-case lines ("Laura Brennan" / "unread,") THEN its paragraphs join, and "Sign in" stays a line of its own', () => {
    const header = ['Skip to first unread message', 'Sign in', 'Midwest Language Teachers Network', 'What my students learned from a week on RedNote', '63 views', 'Laura Brennan', 'unread,', 'Jan 25, 2025, 9:12:44 PM', 'to Midwest Language Teachers Network', 'Dave Kowalski', 'unread,', 'Jan 26, 2025, 8:03:11 AM', 'to Midwest Language Teachers Network'];
    const text = [...header, ...wrap(P1, 70), '', ...wrap(P2, 70)].join('\n');
    expect(unwrapHardWrappedLines(text).split('\n')).toEqual([...header, P1, '', P2]);
  });

  it('GIVEN a chat export whose message headers ("[1/20/2025 10:03 PM] priya.raman") and a short label sit over messages in lower case, the messages longer than any wrap width THEN nothing joins', () => {
    const text = ['Dispatch Bot', 'reminder: drafts lock at 10:45', '[1/20/2025 9:58 PM] moss.lamp', 'is the lead ready? newsletter goes out at 11', '', '[1/20/2025 10:02 PM] priya.raman', `ok here's the final for the lead, pasting in parts. ${P1}`, '', '[1/20/2025 10:03 PM] priya.raman', `so ${P2}`, '', '[1/20/2025 10:05 PM] moss.lamp', 'the hamster line is perfect lmao', '', '[1/20/2025 10:06 PM] priya.raman', 'done!', P2].join('\n');
    expect(unwrapHardWrappedLines(text)).toBe(text);
  });

  it('GIVEN a double-spaced transcript copied by pdftotext (a blank line after every printed line) THEN each speaker\'s turn is one line again; GIVEN a scrape with a blank line after each whole paragraph THEN nothing changes', () => {
    const turns = [`CHAIRPERSON LIANG: Thank you. ${P1}`, `HELEN ZHOU: Thank you, Chair Liang. ${P2}`, 'CHAIRPERSON LIANG: And did that translate into sales?', `HELEN ZHOU: It did. ${P2} ${P1}`, `TOMÁS REYES: Thank you, Chair. ${P1}`];
    const text = turns.flatMap((t) => wrap(t, 62)).flatMap((l) => [l, '']).join('\n');
    expect(unwrapHardWrappedLines(text).split('\n').filter((l) => l.trim() !== '')).toEqual(turns);
    const scrape = Array.from({ length: 12 }, (_, i) => [i % 2 === 0 ? P1 : P2, '']).flat().join('\n');
    expect(unwrapHardWrappedLines(scrape)).toBe(scrape);
  });

  it('GIVEN a Chinese letter copied from a PDF, wrapped at 28 characters, its paragraphs set in THEN each paragraph is one line again, joined without spaces; GIVEN Chinese paragraphs one to a line THEN nothing changes', () => {
    const paragraphs = [
      '据市跨境电商公共服务中心监测，1月13日至2月28日，我市共有326家外贸企业在小红书平台发布英文或中英双语内容，其中小家电企业142家、户外用品企业87家。',
      '我局联合市跨境电商协会举办“海外社媒运营”专题培训2期，邀请平台运营人员和高校专家授课，累计培训企业168家、学员412人次。',
      '下一步，我局将把借助社交平台拓展海外市场纳入全市外贸稳规模提质量工作重点，计划到2025年底培育50家“社媒出海”示范企业。',
    ];
    // Set as a PDF sets it: 56 columns to a line, a Chinese character or a full-width mark two, a digit one, the first line
    // of a paragraph set in by two characters.
    const lines = (p: string) => {
      const out = ['    '];
      let width = 4;
      for (const c of p) {
        const w = /[0-9a-zA-Z]/.test(c) ? 1 : 2;
        if (width + w > 56) {
          out.push('');
          width = 0;
        }
        out[out.length - 1] += c;
        width += w;
      }
      return out;
    };
    const text = paragraphs.flatMap(lines).join('\n');
    expect(unwrapHardWrappedLines(text).split('\n').map((l) => l.trim())).toEqual(paragraphs);
    expect(unwrapHardWrappedLines(paragraphs.join('\n'))).toBe(paragraphs.join('\n'));
  });

  it('GIVEN a Japanese release through pdftotext, wrapped at 40 characters whatever their width (its digits and Latin letters set proportionally, so such lines fall short of the width in columns) THEN each paragraph is one line again; a heading marked "■" starts its own', () => {
    const paragraphs = [
      '株式会社ミナモトドラッグ（本社：大阪市中央区、代表取締役社長：源田浩一、以下「当社」）は、2025年2月14日（金）より、心斎橋本店、道頓堀店、なんば駅前店、梅田茶屋町店の大阪市内4店舗において、英語による購入サポートと多言語POPの設置を拡充いたします。',
      '米国で動画アプリ「TikTok」の利用禁止をめぐる議論が高まった2025年1月中旬、多くの米国ユーザーが小紅書に移り、「TikTok難民」として話題になりました。小紅書ではもともと中国のユーザーが日本のドラッグストアで買うべきものを紹介する投稿を数多く共有しています。',
      '当社の集計では、1月20日から2月5日までの期間、上記4店舗での英語による商品の問い合わせ件数は前年同期比で約2.6倍となりました。問い合わせの約4割は小紅書の投稿画面を提示したものです。',
    ];
    const wrapped = (p: string) => Array.from({ length: Math.ceil([...p].length / 40) }, (_, k) => [...p].slice(k * 40, k * 40 + 40).join(''));
    const text = [...wrapped(paragraphs[0] ?? ''), '', '■背景', ...wrapped(paragraphs[1] ?? ''), '', ...wrapped(paragraphs[2] ?? '')].join('\n');
    expect(unwrapHardWrappedLines(text).split('\n').filter((l) => l.trim() !== '')).toEqual([paragraphs[0], '■背景', paragraphs[1], paragraphs[2]]);
  });

  it('GIVEN a report\'s points set with a bullet and a hanging indent (pdftotext -layout of a Korean brief, an English memo) THEN each point is one line again', () => {
    const text = [
      '○ 미국에서 2024년 4월 24일 제정된 「외국 적대세력 통제',
      '  애플리케이션으로부터 미국인 보호법」은 틱톡의 모회사인',
      '  바이트댄스가 2025년 1월 19일까지 미국 사업을 매각하지',
      '  않으면 앱 배포를 금지하도록 규정하였다.',
      '',
      '• Individuals who choose to use the application should decline',
      '  access to contacts and precise location, and should not link',
      '  the account to a work e-mail address.',
    ].join('\n');
    expect(unwrapHardWrappedLines(text).split('\n')).toEqual([
      '○ 미국에서 2024년 4월 24일 제정된 「외국 적대세력 통제 애플리케이션으로부터 미국인 보호법」은 틱톡의 모회사인 바이트댄스가 2025년 1월 19일까지 미국 사업을 매각하지 않으면 앱 배포를 금지하도록 규정하였다.',
      '',
      '• Individuals who choose to use the application should decline access to contacts and precise location, and should not link the account to a work e-mail address.',
    ]);
  });

  it('GIVEN a scrape whose lines are whole paragraphs THEN nothing changes', () => {
    const text = ['Home | News | Tech', 'RedNote surges', P1, 'share this story', P2, 'and more'].join('\n');
    expect(unwrapHardWrappedLines(text)).toBe(text);
  });

  it('GIVEN a list, a quote or an address under a full line THEN it starts its own line', () => {
    const text = [...wrap(P1, 60), '- the first item of a list', ...wrap(P2, 60), 'https://example.org/a-long-address-that-would-not-fit'].join('\n');
    const lines = unwrapHardWrappedLines(text).split('\n');
    expect(lines).toEqual([P1, '- the first item of a list', P2, 'https://example.org/a-long-address-that-would-not-fit']);
  });

  it('GIVEN a PDF copied as text (lines of uneven length, a running header in columns, a page number pushed right) THEN paragraphs join and the page furniture stays apart', () => {
    // Proportional type: the line before "January" stops short of the longest line, but mid-sentence.
    const text = [
      'Report title | Series No. 7                    Example Research Centre',
      '',
      'In the week before the United States ban on TikTok was due to take effect on 19',
      'January 2025, an estimated three to four million American users downloaded the app,',
      'a Chinese lifestyle platform with no prior foothold in the US market at all, and the',
      'panel found that most of them had never used a Chinese app before that week began.',
      '',
      'Activity by new accounts peaked on 15 January and fell sharply after the court ruled,',
      'then collapsed once service was restored, the authors of the report wrote in summary.',
      '',
      '                                                                           Page 3 of 6',
      'Report title | Series No. 7                    Example Research Centre',
    ].join('\n');
    const lines = unwrapHardWrappedLines(text).split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^In the week .* on 19 January 2025, .* before that week began\.$/);
    expect(lines[3]?.trim()).toBe('Page 3 of 6');
  });

  it('GIVEN a newspaper column (paragraphs opened by an indent, lines of uneven length, no blank lines) THEN each paragraph is one line, and the flush headline and byline stay apart', () => {
    const text = [
      'For TikTok fans,',
      'a detour through China',
      'BY GRANT HOLLOWELL',
      '   At Broughton High School in Raleigh,',
      'junior Maya Ellison said most of her',
      'friends had downloaded RedNote by',
      'Thursday, some as a joke.',
      '   Not everyone was charmed. State Sen.',
      'Warren Bledsoe, a Republican from',
      'Hickory, said moving made little sense.',
      '   “If the concern is data, RedNote is',
      'not the answer,” Bledsoe said.',
    ].join('\n');
    expect(unwrapHardWrappedLines(text).split('\n').map((l) => l.trim())).toEqual([
      'For TikTok fans,',
      'a detour through China',
      'BY GRANT HOLLOWELL',
      'At Broughton High School in Raleigh, junior Maya Ellison said most of her friends had downloaded RedNote by Thursday, some as a joke.',
      'Not everyone was charmed. State Sen. Warren Bledsoe, a Republican from Hickory, said moving made little sense.',
      '“If the concern is data, RedNote is not the answer,” Bledsoe said.',
    ]);
  });

  it('GIVEN a scrape whose paragraphs are whole lines, some indented by the copy THEN none is joined to another', () => {
    const text = ['   ' + P1, 'Section heading', '   ' + P2, 'Another heading', '   ' + P1, P2].join('\n');
    expect(unwrapHardWrappedLines(text)).toBe(text);
  });

  it('GIVEN a journal column wrapped at 47 characters with its footnotes set across the page at 95 THEN both read as paragraphs', () => {
    const column = wrap(`${P1} ${P2}`, 47);
    const footnote = wrap(`1 Xiaohongshu translates literally as little red book, and its English-speaking users adopted the name RedNote in January 2025 when the ban loomed over the app.`, 95);
    const text = ['II. Refugees, Cats and a Chinese Terms of', 'Service', '', ...column, '', ...column, '', ...footnote].join('\n');
    expect(unwrapHardWrappedLines(text).split('\n')).toEqual([
      'II. Refugees, Cats and a Chinese Terms of Service',
      '',
      `${P1} ${P2}`,
      '',
      `${P1} ${P2}`,
      '',
      footnote.join(' '),
    ]);
  });

  it('GIVEN a wrapped text with a list of capitalised headlines narrower than its width THEN the headlines stay lines of their own', () => {
    const headlines = ['RedNote tops the App Store for a third day', 'Lemon8 goes dark alongside TikTok on Sunday', 'What the Supreme Court ruling means for you'];
    const text = [...wrap(`${P1} ${P2}`, 90), '', ...headlines].join('\n');
    expect(unwrapHardWrappedLines(text).split('\n').slice(-3)).toEqual(headlines);
  });

  it('GIVEN a word broken at a line end that the text writes whole elsewhere ("down-" / "loaded", and "the most downloaded app") THEN it is whole again; one it writes hyphenated keeps its hyphen', () => {
    const column = [
      'Thousands of Finnish users have down-',
      'loaded the Chinese app RedNote over',
      'the past week, following a wave of',
      'Americans who left TikTok ahead of a',
      'US ban. It was the most downloaded',
      'free app, and a sign-up surge began;',
      'every new sign-',
      'up was counted by the firm that day.',
    ].join('\n');
    const read = unwrapHardWrappedLines(column);
    expect(read).toContain('users have downloaded the Chinese app');
    expect(unwrapHardWrappedLines(column.replace('It was the most downloaded', 'Her first post was a 20-').replace('free app, and a sign-up surge began;', 'second video, and a sign-up surge began;'))).toContain('a 20-second video');
    expect(read).toContain('every new sign-up was counted');
  });

  it('GIVEN a compound broken at its hyphen whose first part the lexicon lacks but the text writes as a word ("app-" / "tracking", "the app") THEN it keeps its hyphen; a typesetter\'s break ("migra-" / "tion") is whole again', () => {
    const column = [
      'Hi all. If you spent any part of this week on RedNote, you are one of',
      'roughly three million Americans who, according to estimates from app-',
      'tracking firm Tallymark, opened the app for the first time this week.',
      'I was one of them. And like most of you, I tapped the agree button on',
      'the privacy policy of the app without reading it. The policy says the',
      'data of the wave of new users who came in the week of the great migra-',
      'tion is stored in mainland China, and it does not promise otherwise.',
    ].join('\n');
    const read = unwrapHardWrappedLines(column);
    expect(read).toContain('estimates from app-tracking firm');
    expect(read).toContain('the great migration is stored');
  });

  it('GIVEN a TV script whose cues in brackets sit between wrapped lines of the story THEN each cue stands on its line and the story\'s lines run together', () => {
    const script = [
      '[TRACK 2]',
      'Whitfield says the first thing her new followers asked for was',
      'a photo of her cat. It\'s called the cat tax, a RedNote custom',
      'where newcomers post a pet picture as a kind of welcome fee, and',
      'most of the new Americans have paid it within their first day.',
      '[VIDEO: SCREEN REC OF REDNOTE FEED - BLUR USER FACES PER ND]',
      'Not everyone is ready to jump. At Sacramento State, information',
      'systems professor Dr. Harold Nguyen warns that the app\'s privacy',
      'policy allows the company to store user data on servers in China.',
    ].join('\n');
    expect(unwrapHardWrappedLines(script).split('\n')).toEqual([
      '[TRACK 2]',
      'Whitfield says the first thing her new followers asked for was a photo of her cat. It\'s called the cat tax, a RedNote custom where newcomers post a pet picture as a kind of welcome fee, and most of the new Americans have paid it within their first day.',
      '[VIDEO: SCREEN REC OF REDNOTE FEED - BLUR USER FACES PER ND]',
      'Not everyone is ready to jump. At Sacramento State, information systems professor Dr. Harold Nguyen warns that the app\'s privacy policy allows the company to store user data on servers in China.',
    ]);
  });

  it('GIVEN a column whose paragraphs open by an indent, then a rule ("-----") and flush lines after it THEN the rule ends the paragraph and nothing runs on from it', () => {
    const text = ['   At Broughton High School in Raleigh,', 'junior Maya Ellison said most of her', 'friends had joined.', '   Not everyone was charmed, said', 'Warren Bledsoe of Hickory.', '   “If the concern is data,” he said,', '“RedNote is not the answer.”', '-----------------------------------', 'LONG READ OF THE DAY', 'Columbia Gorge Courier | Education'].join('\n');
    expect(unwrapHardWrappedLines(text).split('\n').map((l) => l.trim()).slice(-4)).toEqual(['“If the concern is data,” he said, “RedNote is not the answer.”', '-----------------------------------', 'LONG READ OF THE DAY', 'Columbia Gorge Courier | Education']);
  });

  it('GIVEN a newspaper column wrapped at 32 characters (an OCR clipping) THEN its paragraphs are read whole', () => {
    const paragraphs = [`${P1} ${P2}`, `${P2} ${P1}`, P1];
    const text = paragraphs.map((p) => wrap(p, 32).join('\n')).join('\n\n');
    expect(unwrapHardWrappedLines(text)).toBe(paragraphs.join('\n\n'));
  });

  it('GIVEN a watch\'s screen read by OCR, wrapped at 24 characters THEN its paragraphs are read whole; its headings stay apart', () => {
    const paragraphs = [`${P1} ${P2}`, `${P2} ${P1}`, P1];
    const text = ['What is RedNote?', '', paragraphs.map((p) => wrap(p, 24).join('\n')).join('\n\nWhy now?\n\n')].join('\n');
    expect(unwrapHardWrappedLines(text)).toBe(['What is RedNote?', '', paragraphs.join('\n\nWhy now?\n\n')].join('\n'));
  });

  it('GIVEN a chat export whose short messages run into lower-case lines now and then THEN no message joins another', () => {
    const chat = ['[1/20/2025 10:03 PM] priya.raman', 'ok here is the draft', '[1/20/2025 10:05 PM] moss.lamp', 'the hamster line is perfect lmao', 'Can you do the subject line?', 'done! that is the whole thing.'];
    expect(unwrapHardWrappedLines(chat.join('\n')).split('\n')).toEqual(chat);
  });

  it('GIVEN any paragraphs of words wrapped at any width from 50 to 100 THEN unwrapping gives them back', () => {
    // Enough text to show a wrap width: three paragraphs of two lines or more.
    const word = fc.stringMatching(/^[a-z]{3,12}$/);
    const paragraph = fc.array(word, { minLength: 40, maxLength: 80 }).map((words) => `${words.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 3, maxLength: 5 }), fc.integer({ min: 50, max: 100 }), (paragraphs, width) => {
        const text = paragraphs.map((p) => wrap(p, width).join('\n')).join('\n\n');
        expect(unwrapHardWrappedLines(text)).toBe(paragraphs.join('\n\n'));
      }),
    );
  });
});

describe('mendSplitWords (a PDF text layer\'s line breaks run together)', () => {
  it.each([
    ['Lemon8 looked like a more prac- tical home, at first.', 'Lemon8 looked like a more practical home, at first.'],
    ['she now sends a weekly news- letter to 1,150 subscribers', 'she now sends a weekly newsletter to 1,150 subscribers'],
    ['short- and long-term plans', 'short- and long-term plans'],
    ['the app- which launched in 2013', 'the app- which launched in 2013'],
  ])('GIVEN "%s" THEN "%s"', (text, mended) => {
    expect(mendSplitWords([text])).toEqual([mended]);
  });

  it('GIVEN a compound the text writes with its hyphen elsewhere THEN the break keeps the hyphen', () => {
    expect(mendSplitWords(['a post- ban surge', 'the post-ban surge lasted a week'])[0]).toBe('a post- ban surge');
  });

  it('GIVEN any text THEN mending twice changes nothing more, and text with no "- " is left as it is', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{0,8}(?:-? [a-z]{0,8}){0,4}$/), { minLength: 1, maxLength: 4 }), (texts) => {
        const once = mendSplitWords(texts);
        expect(mendSplitWords(once)).toEqual(once);
        texts.forEach((t, i) => {
          if (!t.includes('- ')) expect(once[i]).toBe(t);
        });
      }),
    );
  });
});

describe('unwrapHardWrappedLines: a capitalised compound broken at its hyphen', () => {
  it('GIVEN "Ruiz-" / "Delgado said." where the text writes "Ruiz-Delgado" elsewhere THEN the name is whole again', () => {
    const text = [
      'The exchange runs both ways. Sophomore Ana Ruiz-Delgado said her',
      'partner, a 24-year-old accountant in Wuhan, asked her to explain',
      'American slang from TV shows in return for corrections on her',
      'handwritten characters. "She wanted to know what it means," Ruiz-',
      'Delgado said of the first lesson they held over the app that week.',
      'Both of them now meet twice a week, and neither plans to stop even',
      'if the app the two of them met on goes dark in the United States.',
    ].join('\n');
    expect(unwrapHardWrappedLines(text)).toContain('means," Ruiz-Delgado said of the first lesson');
  });
});

describe('unwrapHardWrappedLines: a block set in from the margin, every line of it', () => {
  const TEXT = [
    // (A page's menu and footer flush left, as a text browser prints them.)
    ...['Pacific Signal', 'Home', 'Tech', 'Policy', 'Science', 'Culture', 'Explainers', 'Newsletters', 'Podcasts', 'About', 'Search', 'Subscribe', 'Log in', 'Privacy', 'Terms'],
    'Timeline',
    '',
    '   Jan. 13 — RedNote, known in China as Xiaohongshu, or "little red book,"',
    "   becomes the No. 1 free app on Apple's US App Store.",
    '',
    '   Jan. 18 — At about 10:30 p.m. Eastern, TikTok shuts itself off for US',
    '   users, along with Lemon8 and CapCut. Apple and Google pull the apps from',
    '   their stores.',
    '',
    '   Jan. 20 — On his first day back in office, Trump signs an executive order',
    '   telling the Justice Department not to enforce the law for 75 days.',
    '',
    '   Jan. 19 — After roughly 14 hours offline, TikTok starts coming back around',
    "   midday, crediting Trump's promise to delay enforcement. Many users stay on",
    '   RedNote anyway.',
    '',
    'What comes next',
    '',
    '   The 75-day pause runs to early April. RedNote has not said how many of its',
    "   American newcomers remain active, but the Pacific Signal's own count of the",
    '   top 50 #TikTokRefugee accounts found 31 still posting at least weekly by',
    '   Jan. 24.',
    '',
    'Filed under: TikTok, RedNote',
  ].join('\n');

  it('GIVEN paragraphs indented on every line THEN their lines join, a capitalised word and a closing date included', () => {
    const lines = unwrapHardWrappedLines(TEXT).split('\n').map((l) => l.trim());
    expect(lines).toContain("Jan. 19 — After roughly 14 hours offline, TikTok starts coming back around midday, crediting Trump's promise to delay enforcement. Many users stay on RedNote anyway.");
    expect(lines.find((l) => l.startsWith('The 75-day pause'))).toMatch(/weekly by Jan\. 24\.$/);
    expect(lines).toContain('What comes next');
  });

  it('GIVEN a full line ending on a word like "said" over a date THEN the date stays a line of its own', () => {
    const lines = unwrapHardWrappedLines(['A headline that runs nearly as wide as the text it was wrapped at, said', 'Jan. 24, 2025', ...TEXT.split('\n')].join('\n')).split('\n');
    expect(lines).toContain('Jan. 24, 2025');
  });
});

describe('unwrapHardWrappedLines: a narrow story column beside a wider box', () => {
  it('GIVEN a shopper\'s story wrapped at 38 characters and an auction bill wrapped wider THEN the story\'s paragraphs join whole', () => {
    const page = [
      'Every Thursday morning for 11 years,',
      'the nine women who call themselves the',
      'Thursday Stitchers have gathered',
      'around the big cutting table at Calico',
      'Crossing Quilt Shop on Washington',
      'Avenue in West Plains.',
      '',
      'Shop owner June Ferrell, 66, said her',
      'granddaughter set up a RedNote account',
      'for the shop on Jan. 13, after hearing',
      'that TikTok could be shut down.',
      '',
      'The shop has sold 14 printed copies of',
      'its Ozark Star pattern to buyers who',
      'found it on RedNote, all in the U.S.,',
      'because Ferrell has not figured out',
      'overseas shipping. She said she plans',
      'to offer a free downloadable version',
      'of the pattern instead, some time in',
      'the spring, once her granddaughter is',
      'home from college to help her with it.',
      '',
      'AUCTION',
      '1972 Ford 3000 tractor, gas, runs good; 16 ft.',
      'stock trailer; Craftsman table saw; Stihl',
      'chainsaw; crocks; cast iron skillets.',
    ].join('\n');
    const paragraphs = unwrapHardWrappedLines(page).split('\n');
    expect(paragraphs).toContain('Every Thursday morning for 11 years, the nine women who call themselves the Thursday Stitchers have gathered around the big cutting table at Calico Crossing Quilt Shop on Washington Avenue in West Plains.');
    expect(paragraphs).toContain('Shop owner June Ferrell, 66, said her granddaughter set up a RedNote account for the shop on Jan. 13, after hearing that TikTok could be shut down.');
    expect(paragraphs).toContain('The shop has sold 14 printed copies of its Ozark Star pattern to buyers who found it on RedNote, all in the U.S., because Ferrell has not figured out overseas shipping. She said she plans to offer a free downloadable version of the pattern instead, some time in the spring, once her granddaughter is home from college to help her with it.');
  });
});

describe('unwrapHardWrappedLines: a memo\'s header fields, their values hung under themselves', () => {
  it('GIVEN a layout copy\'s header (a value wrapped onto a line set in under it, the next field after) THEN each field is one line', () => {
    const memo = [
      '      Date:       January 17, 2025',
      '      Subject:    Security and Privacy Risks of RedNote (Xiaohongshu) for Public-Sector',
      '                  Networks',
      '      Audience:   Commonwealth agencies, county and municipal governments, K-12 school',
      '                  entities, institutions of higher education',
      '      Risk level: MEDIUM',
      '',
      '      Note: the figures below are provisional.',
      '            They will be revised next week when the counts are in.',
    ].join('\n');
    const lines = unwrapHardWrappedLines(memo).split('\n').map((l) => l.trim());
    expect(lines).toContain('Subject: Security and Privacy Risks of RedNote (Xiaohongshu) for Public-Sector Networks'.replace('Subject: ', 'Subject:    '));
    expect(lines).toContain('Audience:   Commonwealth agencies, county and municipal governments, K-12 school entities, institutions of higher education');
    expect(lines).toContain('Risk level: MEDIUM');
    // A field followed by no other field keeps its indented lines apart: they may be the text under a note.
    expect(lines).toContain('They will be revised next week when the counts are in.');
  });
});

describe('unwrapHardWrappedLines: a bulletin\'s TO, FROM, DATE and RE fields, a blank line between each', () => {
  it('GIVEN fields parted by blank lines, the first and the last wrapped under their values THEN each field is one line; GIVEN a lone note over an indented paragraph THEN it stays apart', () => {
    const memo = [
      'TO:          All Licensed Resident and Nonresident Insurance Producers, Business Entity',
      '             Producers and Insurers Authorized in Minnesota',
      '',
      'FROM:        Renata M. Okafor, Commissioner of Insurance',
      '',
      'DATE:        January 24, 2025',
      '',
      'RE:          Producer Advertising and Client Communications on RedNote (Xiaohongshu),',
      '             Lemon8 and Other Social Media Platforms',
      '',
      'I. BACKGROUND',
      '',
      'Some text follows here and it is long enough to look like a paragraph of a bulletin.',
      '',
      'Note: the figures below are provisional.',
      '      They will be revised next week when the counts are in.',
    ].join('\n');
    const lines = unwrapHardWrappedLines(memo).split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    expect(lines).toContain('TO: All Licensed Resident and Nonresident Insurance Producers, Business Entity Producers and Insurers Authorized in Minnesota');
    expect(lines).toContain('RE: Producer Advertising and Client Communications on RedNote (Xiaohongshu), Lemon8 and Other Social Media Platforms');
    expect(lines).toContain('They will be revised next week when the counts are in.');
  });
});

describe('unwrapHardWrappedLines: a letter printed with its page margin', () => {
  const body = [
    'Over  the  past  two  weeks many of you have written to ask about the apps',
    'your  children are using after the federal deadline that briefly shut down',
    'TikTok on January 19. Our middle and high school counselors tell us that a',
    'large  number  of students have joined RedNote, a Chinese social media app',
    'also  known  as Xiaohongshu, and that some have moved to Lemon8. I want to',
    'share what we know, what the district is doing, and how you can help.',
    '',
    'First, a few facts. RedNote climbed to the top of Apple’s App Store during',
    'the  week  of  January  13,  when  hundreds of thousands of American users',
    'signed up in a matter of days.',
  ];
  const letter = ['                              RIDGEWAY VALLEY SCHOOL DISTRICT', '', ...body.map((l) => (l === '' ? '' : `         ${l}`))].join('\n');

  it('GIVEN every line of a letter nine spaces in (pdftotext -layout) THEN its paragraphs join as any wrapped text\'s', () => {
    const lines = unwrapHardWrappedLines(letter).split('\n').map((l) => l.trim());
    expect(lines.find((l) => l.startsWith('Over'))).toMatch(/how you can help\.$/);
    expect(lines.find((l) => l.startsWith('First'))).toMatch(/in a matter of days\.$/);
  });

  it('GIVEN a terminal browser\'s capture (the page fourteen spaces in, its own tab bar and cookie bar further left) THEN the page\'s paragraphs join all the same', () => {
    const text = [' RedNote news… x │', '   We use cookies to improve your experience. [ Accept ]', '', ...body.map((l) => (l === '' ? '' : `              ${l}`))].join('\n');
    const lines = unwrapHardWrappedLines(text).split('\n').map((l) => l.trim());
    expect(lines.find((l) => l.startsWith('Over'))).toMatch(/how you can help\.$/);
    expect(lines.find((l) => l.startsWith('First'))).toMatch(/in a matter of days\.$/);
    expect(lines).toContain('RedNote news… x │');
  });

  it('GIVEN a headline wrapped by a print\'s narrower column, its last word alone on the next line in lower case THEN the word ends the headline; a name in capitals under it stays a line of its own', () => {
    const text = ['Riverina winemakers wake up to Americans in their RedNote', 'comments', 'Local wineries that spent years courting Chinese buyers on Xiaohongshu have a new', 'audience', 'Tom Galloway', ...body.slice(0, 6)].join('\n');
    const lines = unwrapHardWrappedLines(text).split('\n');
    expect(lines).toContain('Riverina winemakers wake up to Americans in their RedNote comments');
    expect(lines).toContain('Tom Galloway');
  });

  it('GIVEN a display headline wrapped short of the text\'s width, its second line a clause in lower case ("… on RedNote. Their" / "airlines are still writing the rules") THEN the lines are one headline; a line opening on a brand written in lower case ("iPhone users …") under a heading stays its own', () => {
    const wrapped = ['NEWS', 'Regional pilots found a new audience on RedNote. Their', 'airlines are still writing the rules', 'By Marcus Bell · January 30, 2025 · 7 min read', ...body.slice(0, 6)].join('\n');
    expect(unwrapHardWrappedLines(wrapped).split('\n')).toContain('Regional pilots found a new audience on RedNote. Their airlines are still writing the rules');
    const branded = ['Why the phones in our office went quiet', 'iPhone users in the office found the app first and showed the rest of us how to sign up.', ...body.slice(0, 6)].join('\n');
    expect(unwrapHardWrappedLines(branded).split('\n').slice(0, 2)).toEqual(['Why the phones in our office went quiet', 'iPhone users in the office found the app first and showed the rest of us how to sign up.']);
  });

  it('GIVEN a headline in sentence case broken after a comma, its clause under it opening on a small word ("… visa advice," / "and a lot of it is wrong") THEN the lines are one headline; a title-case headline broken so stays two lines', () => {
    const alert = ['CLIENT ALERT 2025/03', '4 February 2025', '', 'RedNote is now where your clients get visa advice,', 'and a lot of it is wrong', '', 'Prepared by: Wendy Tran and Lachlan Reid', '', ...body.slice(0, 6)].join('\n');
    expect(unwrapHardWrappedLines(alert).split('\n')).toContain('RedNote is now where your clients get visa advice, and a lot of it is wrong');
    const titled = ['Going Where the Clients Are, Again,', 'and the RedNote Wave', '', ...body.slice(0, 6)].join('\n');
    expect(unwrapHardWrappedLines(titled).split('\n').slice(0, 2)).toEqual(['Going Where the Clients Are, Again,', 'and the RedNote Wave']);
  });

  it('GIVEN a line stopped on a month over a line opening with the day ("… on January" / "17. Many users …") THEN they join: a day, not a numbered item', () => {
    const text = ['Our Tuesday computer class got its first', 'question on January 14, when Doris', 'brought in her phone and asked why', 'her granddaughter was suddenly', 'posting in Chinese.', '', 'The Supreme Court upheld that law on January', '17. Many TikTok users, who call themselves', '“TikTok refugees,” decided they would rather', 'move to another Chinese app than give up the', 'kind of short videos they enjoy.'].join('\n');
    expect(unwrapHardWrappedLines(text).split('\n')).toContain('The Supreme Court upheld that law on January 17. Many TikTok users, who call themselves “TikTok refugees,” decided they would rather move to another Chinese app than give up the kind of short videos they enjoy.');
  });
});

describe('readColumns: a page set in two columns, copied with its layout kept', () => {
  // A newsletter's story beside a shorter sidebar, as `pdftotext -layout` prints it: a page margin, paragraphs opened by
  // an indent, a sidebar item's second line set in a little past the gutter.
  const page = [
    '   Our ginseng went viral. Now what?',
    '',
    '      Most of us have spent our lives selling                IN THIS ISSUE',
    '   ginseng to people we never meet. In                       RedNote and us .......... 1',
    '   January, a lot of those people came                       Board notes ............. 3',
    '   looking for us.                                           DATES TO REMEMBER',
    '      When American users moved to the                       Mar 6 – Annual meeting,',
    '   Chinese app in January, members                             Rothschild Pavilion',
    '   followed them. Kyle posted a video                        OFFICE HOURS',
    '   of his gardens. Several asked where                       Mon–Fri 8:00–4:30',
    '   they could buy directly from',
    '   the farm.',
  ];

  it('GIVEN a sidebar shorter than the story THEN the story reads on whole, its sentences unbroken, and the sidebar follows it', () => {
    const text = unwrapHardWrappedLines(readColumns(page).join('\n'));
    expect(text).toContain('Several asked where they could buy directly from the farm.');
    expect(text).toContain('Kyle posted a video of his gardens.');
    expect(text).not.toMatch(/members\s+Rothschild|IN THIS ISSUE\s+ginseng/);
    expect(text.indexOf('IN THIS ISSUE')).toBeGreaterThan(text.indexOf('the farm.'));
  });

  it('GIVEN prose with no gutter THEN its lines are left as they are', () => {
    const prose = ['   A line of a story that runs on', '   to the next line, as prose does.'];
    expect(readColumns(prose)).toEqual(prose);
  });
});

describe('unwrapHardWrappedLines: Markdown links', () => {
  it('GIVEN a link\'s text broken over two lines ("by [Kevin" / "Tran](https://…)") THEN the link is whole again', () => {
    const text = 'Posted on [February 6, 2025](https://example.org/news/rednote/) by [Kevin\nTran](https://example.org/author/ktran/) | [Workshops](https://example.org/c/w/)';
    expect(unwrapHardWrappedLines(text).split('\n')[0]).toBe('Posted on [February 6, 2025](https://example.org/news/rednote/) by [Kevin Tran](https://example.org/author/ktran/) | [Workshops](https://example.org/c/w/)');
  });

  it('GIVEN a bracket closed on its own line and no link after it THEN the lines stay apart', () => {
    expect(unwrapHardWrappedLines('[Note\nto readers]').split('\n')).toEqual(['[Note', 'to readers]']);
  });
});

describe('a report\'s numbered paragraphs set with a hanging indent', () => {
  it('GIVEN pdftotext -layout of a council report ("1.1   This report …" and its wrapped lines under its first word) THEN each numbered paragraph is one line; a list entry\'s short lines under its number (headline, "by …", a date) stay lines of their own', () => {
    const report = [
      '       1.    PURPOSE OF REPORT',
      '',
      '       1.1   This report updates the Committee on the Council\'s position on RedNote',
      '             (Xiaohongshu), a Chinese-owned social media app that gained several million',
      '             new users in January 2025 when American TikTok users moved to it ahead of the',
      '             US ban on TikTok.',
      '',
      '       1.2   A notice was published on the staff intranet on 21 January 2025 reminding',
      '             staff and councillors of the rule.',
    ].join('\n');
    const lines = unwrapHardWrappedLines(report).split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
    expect(lines).toContain("1.1 This report updates the Committee on the Council's position on RedNote (Xiaohongshu), a Chinese-owned social media app that gained several million new users in January 2025 when American TikTok users moved to it ahead of the US ban on TikTok.");
    expect(lines).toContain('1.2 A notice was published on the staff intranet on 21 January 2025 reminding staff and councillors of the rule.');
    const contents = ['  2. Via dell’Indipendenza to close to traffic on weekends from February', '     by Marco Zanardi', '     Mon, 20 Jan 2025 07:40', '     The city council approved the pilot scheme on Friday after a long debate...'].join('\n');
    expect(unwrapHardWrappedLines(contents).split('\n').map((l) => l.trim())).toContain('by Marco Zanardi');
  });
});

describe('unwrapHardWrappedLines: a layout copy of an A4 page, its lines up to 106 columns', () => {
  it('GIVEN a filing\'s paragraphs wrapped at 104 to 106 columns, words spaced out to justify them THEN each paragraph is one line', () => {
    const page = [
      ' Hoshimi Link Inc. (the "Company") hereby announces that its Board of Directors resolved at a meeting of',
      ' the board held on January 29, 2025 to launch "RedBridge," a service that opens and operates Xiaohongshu',
      ' (known in English as RedNote) accounts on behalf of businesses in the United States, as described below.',
      '',
      ' In January 2025, ahead of the January 19 deadline under the U.S. law requiring the divestiture of the app,',
      ' a large number of U.S. users moved to Xiaohongshu. Between January 14 and January 24, 2025, the Company',
      ' received  inquiries from 37 U.S.  businesses, including restaurants, beauty brands  and language schools,',
      ' which had no prior experience operating accounts on the platform.',
    ].join('\n');
    const lines = unwrapHardWrappedLines(page).split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/had no prior experience operating accounts on the platform\.$/);
  });
});

describe('unwrapHardWrappedLines: a layout copy of a landscape page, its lines up to 132 columns', () => {
  const P3 = 'Thank you, operator, and good morning, everyone. With me today are Dana Whitfield, our Chief Executive Officer, and Raj Venkataraman, our Chief Financial Officer. Before we begin, please note that today\'s remarks include forward-looking statements that are subject to the risks described in our Form 10-Q for the third quarter of 2024.';
  const P4 = 'Between January 13 and January 19, we watched something that none of our planning anticipated. Of the 41,200 creators who run paid campaigns through our Loopline marketplace, 9,870 opened accounts on RedNote, the Chinese app also known as Xiaohongshu, and 2,340 of them posted sponsored content there at least once.';

  const P5 = 'When TikTok went dark on the evening of January 18, our dashboard showed paid TikTok campaigns worth about $3.1 million either paused or in limbo, and roughly 70% of that spend has resumed since the app came back on January 19. We expect most of the rest to return by the end of the month, but we are not counting on it, and our guidance does not assume it.';

  it('GIVEN a call transcript\'s paragraphs wrapped at 130 columns, a name running onto the next line THEN each paragraph is one line', () => {
    const page = [...wrap(P3, 130), '', ...wrap(P4, 130), '', ...wrap(P5, 130), '', ...wrap(P1, 130)].join('\n');
    const lines = unwrapHardWrappedLines(page).split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual([P3, P4, P5, P1]);
  });

  it('GIVEN a text wrapped at 80 columns under a browser\'s print header of 127 printed over each page\'s first line THEN the header is no wrap width: the paragraphs still join, the header stays a line', () => {
    const header = '1/22/25, 10:14 AM Americans Fleeing TikTok Are Getting Homework Help From Chinese Strangers On RedNote | CurrentPost';
    const [first, ...rest] = wrap(P4, 80);
    const page = [header, ...wrap(P3, 80), '', first, header, ...rest, '', header, ...wrap(P2, 80)].join('\n');
    const lines = unwrapHardWrappedLines(page).split('\n').filter((l) => l.trim() !== '');
    expect(lines).toContain(P3);
    expect(lines).toContain(P2);
    expect(lines[0]).toBe(header);
  });

  it('GIVEN a page break between paragraphs of a browser\'s print (the page\'s address and number at the foot, the date and headline atop the next page), each line as long as the wrap width THEN footer and header stay lines of their own and the next paragraph starts clean', () => {
    const footer = 'https://www.flightdeckcareers.com/news/regional-pilots-rednote-social-media-rules 2/4';
    const header = '2/3/25, 9:14 AM Regional pilots on RedNote: airlines still writing the rules | FlightDeck Careers';
    const page = [...wrap(P3, 100), footer, header, ...wrap(P2, 100)].join('\n');
    const lines = unwrapHardWrappedLines(page).split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual([P3, footer, header, P2]);
  });
});

describe('unwrapHardWrappedLines: a script without capitals wrapped at a fixed width', () => {
  const HE1 = 'יוצרי תוכן ישראלים, שחלק ניכר מהקהל שלהם נמצא בארצות הברית, פתחו בסוף השבוע חשבונות באפליקציה הסינית שזינקה לראש חנויות האפליקציות, ורבים מהם מספרים על עוקבים חדשים מסין.';
  const HE2 = 'גם מורים לסינית בישראל מרגישים את הגל. מרצה ללימודי סין באוניברסיטה העברית מספרת שבתוך שבוע קיבלה עשרות פניות מסטודנטים ומבוגרים שביקשו הפניה לשיעורים פרטיים בשפה.';
  const FA = 'کاربران آمریکایی با برچسب «پناهندگان تیک‌تاک» به اپلیکیشن چینی رد نوت مهاجرت کردند و در چند روز میلیون‌ها حساب تازه در آن ساختند، در حالی که کاربران چینی از آن‌ها استقبال کردند و درس زبان دادند.';

  it('GIVEN Hebrew and Persian paragraphs wrapped at 72 columns (no line opens in lower case: the scripts have none) THEN each paragraph is one line; the headline and byline above stay lines of their own', () => {
    const page = ['הטיקטוק נסגר, הישראלים עוברים לסין', '', 'רוני אלמוג', '', ...wrap(HE1, 72), '', ...wrap(HE2, 72), '', ...wrap(FA, 72)].join('\n');
    const lines = unwrapHardWrappedLines(page).split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual(['הטיקטוק נסגר, הישראלים עוברים לסין', 'רוני אלמוג', HE1, HE2, FA]);
  });

  it('GIVEN short lines of such a script, one sentence each (a list, a scrape) THEN nothing is joined', () => {
    const page = ['תוכן שיווקי', 'כתבות נוספות', 'הוספת תגובה', 'הטיקטוק חזר לפעול בארצות הברית.', 'המשתמשים נשארו בשתי האפליקציות.'].join('\n');
    expect(unwrapHardWrappedLines(page)).toBe(page);
  });
});

describe('unwrapHardWrappedLines: a drop cap set apart', () => {
  it('GIVEN a magazine\'s drop cap alone on its line ("E" / "very January the office…", "I" / "" / "n the second week…") THEN the letter opens its word; "I" / "was there" stays two words', () => {
    const wrapped = (first: string) => `${first}\nthe office in Viroqua gets quiet. The catalog orders slow down, and\nthe yearbook goes to the printer in the first week of the month, as ever.\n`;
    expect(unwrapHardWrappedLines(`E\n${wrapped('very January')}`)).toMatch(/^Every January\s+the office/);
    expect(unwrapHardWrappedLines(`I\n\n${wrapped('n the second week of January')}`)).toMatch(/^In the second week of January\s+the office/);
    expect(unwrapHardWrappedLines(`I\n${wrapped('was there when')}`)).toMatch(/^I\s+was there when/);
  });
});
