import { describe, expect, it } from 'vitest';
import { readChatExport } from '../../src/corpus/readChatExport.js';

const ARTICLE = [
  '*The egg tarts that crossed the Pacific*',
  'By Grace Liang | Main Street Dispatch | January 18, 2025',
  '',
  ...Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1}: For 31 years, Golden Lotus Bakery on Main Street in Flushing has sold about 600 egg tarts on a busy Saturday, and this week a video on RedNote changed that.`),
];

const chat = (stamp: (i: number) => string) =>
  [
    `${stamp(0)} - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.`,
    `${stamp(1)} - Jessica Zhou created group "Zhou Family"`,
    `${stamp(2)} - Uncle Wei: Golden Lotus is on the news??`,
    `${stamp(3)} - Mom: Yes!! Tommy said line all day`,
    `${stamp(4)} - Jessica Zhou: ${ARTICLE[0]}`,
    ...ARTICLE.slice(1),
    `${stamp(5)} - Dad: I have a subscription <This message was edited>`,
  ].join('\n');

describe('readChatExport: an article pasted into a group chat', () => {
  it('GIVEN a WhatsApp export (Android stamps) THEN the longest message is the text, without stamp, sender or emphasis marks', () => {
    const text = readChatExport(chat((i) => `1/18/25, 8:4${i} PM`));
    expect(text?.split('\n').slice(0, 2)).toEqual(['The egg tarts that crossed the Pacific', 'By Grace Liang | Main Street Dispatch | January 18, 2025']);
    expect(text).toContain('Paragraph 6: For 31 years');
    expect(text).not.toMatch(/Uncle Wei|end-to-end|subscription|8:4\d PM/);
  });

  it('GIVEN the iOS stamps ("[18.01.25, 20:48:02] Name: …") THEN the same', () => {
    const ios = chat((i) => `[18.01.25, 20:4${i}:02]`).replace(/\] - /g, '] ');
    expect(readChatExport(ios)).toContain('Paragraph 1: For 31 years');
  });

  it('GIVEN a Signal backup tool\'s text export, set as IRC logs ("[Jan 18, 2025 20:48:02] <Jessica Zhou> …", "*** … added …") THEN the longest message is the text, without stamp or sender', () => {
    const stamp = (i: number) => `[Jan 18, 2025 20:4${i}:02]`;
    const lines = [
      `${stamp(0)} <Uncle Wei> Golden Lotus is on the news??`,
      `${stamp(1)} *** Jessica Zhou added Mom.`,
      `${stamp(2)} <Mom> Yes!! Tommy said line all day`,
      `${stamp(3)} <Jessica Zhou> ${ARTICLE[0]}`,
      ...ARTICLE.slice(1),
      `${stamp(4)} <Dad> I have a subscription`,
      `${stamp(5)} <Mom> 👍`,
    ];
    const text = readChatExport(lines.join('\n'));
    expect(text?.split('\n').slice(0, 2)).toEqual(['The egg tarts that crossed the Pacific', 'By Grace Liang | Main Street Dispatch | January 18, 2025']);
    // (A text whose lines open on such a stamp but name no sender in angle brackets is no such export.)
    expect(readChatExport(lines.map((l) => l.replace(/<([^>]+)> /, '$1 said ')).join('\n'))).toBeNull();
  });

  it('GIVEN a LINE export (header, day lines, "time<TAB>sender<TAB>text", the article in a quoted message with its quotes doubled) THEN the quoted message is the text, unquoted', () => {
    const quoted = ['"' + ARTICLE[0], ...ARTICLE.slice(1, -1), `${ARTICLE.at(-1) ?? ''} She called it ""a miracle"".` + '"'];
    const line = [
      '\ufeff[LINE] Chat history in 林家 Lin Family',
      'Saved on: 1/21/2025, 07:48',
      '',
      'Sat, 1/18/2025',
      '07:55\t媽媽 Mom\t[Sticker]',
      '07:58\t媽媽 Mom\tJason did you eat breakfast',
      '08:20\tJason Lin\tit\'s 4:20pm here mom lol',
      '08:31\t爸爸 Dad\t"Jason your cousin says you are on 小红书 now??',
      'So ""cat tax"" is real?"',
      `08:52\t舅舅 Uncle Wen\t${quoted[0] ?? ''}`,
      ...quoted.slice(1),
      '08:53\t舅舅 Uncle Wen\tBe careful ah',
      'Sun, 1/19/2025',
      '10:02\t\tJason Lin unsent a message.',
    ].join('\n');
    const text = readChatExport(line);
    expect(text?.split('\n')[0]).toBe('The egg tarts that crossed the Pacific');
    expect(text).toContain('She called it "a miracle".');
    expect(text).not.toMatch(/breakfast|cat tax|Be careful|unsent|1\/19\/2025|"$/);
  });

  it('GIVEN a KakaoTalk PC export (header, day rules, "[Sender] [오후 9:41] text", a join notice) THEN the longest message is the text, without stamp or sender', () => {
    const kakao = [
      'ATL Steps 커버댄스 크루 🕺 11 님과 카카오톡 대화',
      '저장한 날짜 : 2025-01-24 23:41:07',
      '',
      '--------------- 2025년 1월 23일 목요일 ---------------',
      '[Jisoo Park] [오후 8:12] 다들 이번주 토요일 연습 2시 맞죠??',
      '[민준] [오후 8:13] ㅇㅇ 2시 Duluth 스튜디오',
      '[Hana Lee] [오후 8:13] 이모티콘',
      '김하늘님이 들어왔습니다.',
      '--------------- 2025년 1월 24일 금요일 ---------------',
      '[민준] [오후 9:40] 우리 기사 났음!! 🔥🔥 전문 복붙함',
      `[민준] [오후 9:41] ${ARTICLE.join('\n')}`,
      '[Daniel Cho] [오후 9:45] lets gooo',
    ].join('\n');
    expect(readChatExport(kakao)).toBe(ARTICLE.join('\n').replace(/^\*(.+)\*$/m, '$1'));
  });

  it('GIVEN a chat with no message long enough to be an article, or text that is no chat THEN it is left to be read as text', () => {
    expect(readChatExport(chat((i) => `1/18/25, 8:4${i} PM`).replace(/Paragraph.*\n?/g, ''))).toBeNull();
    expect(readChatExport(ARTICLE.join('\n'))).toBeNull();
  });
});
