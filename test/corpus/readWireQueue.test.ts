import { describe, expect, it } from 'vitest';
import { readWireQueue } from '../../src/corpus/readWireQueue.js';

const CAPTURE = [
  ' NEWSDESK 7.4  WIRE QUEUE CAPTURE',
  ' Queue: ANW-NATIONAL (Allied Newswire, domestic)  Filter: RedNote',
  '',
  'ZCZC',
  'a0411 ',
  'r a BC-ADVISORY-TikTok-Coverage  01-14 0126',
  '^BC-ADVISORY-TikTok-Coverage,0126<',
  '^ANW coverage plans: TikTok and the Supreme Court<',
  '^Eds: Allied Newswire is planning expanded coverage of the pending',
  'Supreme Court decision on the TikTok law.<',
  'ANW-NY-01-14-25 1512EST<',
  'NNNN',
  '',
  'ZCZC',
  'a0473 ',
  'u i BC-US--RedNote-Refugees,1st Ld-Writethru  01-14 0918',
  '^BC-US--RedNote-Refugees, 1st Ld-Writethru,0918<',
  "^Americans bracing for TikTok ban flock to Chinese app RedNote, where a 'cat tax' awaits<",
  '^Eds: UPDATES with RedNote statement, details on job listings,',
  'byline. With ANW Photos.<',
  '^By TESSA WAINWRIGHT and LIANG ZHIHAO<',
  '^Allied Newswire<',
  '   NEW YORK (ANW) -- Tens of thousands of Americans bracing for a',
  'possible TikTok shutdown have downloaded a different Chinese-owned',
  'app this week.',
  '   RedNote was the most downloaded free app on Apple’s U.S. store on',
  'Monday and again on Tuesday, according to the store’s rankings.',
  'ANW-NY-01-14-25 1847EST<',
  'NNNN',
].join('\n');

describe('readWireQueue', () => {
  it('GIVEN a newsroom capture of wire items (ZCZC … NNNN, ^fields<) THEN its longest item is the story, its fields its metadata', () => {
    const item = readWireQueue(CAPTURE);
    expect(item?.meta).toEqual({
      title: "Americans bracing for TikTok ban flock to Chinese app RedNote, where a 'cat tax' awaits",
      author: 'Tessa Wainwright and Liang Zhihao',
      date: '2025-01-14',
      publisher: 'Allied Newswire',
      url: '',
    });
    expect(item?.body).toContain('NEW YORK (ANW) -- Tens of thousands of Americans');
    // The slug, the editors' note, the other items and the filing stamp are no part of the story.
    for (const furniture of ['BC-US--RedNote-Refugees', 'UPDATES with RedNote', 'coverage plans', '1847EST']) expect(item?.body).not.toContain(furniture);
  });

  it('GIVEN an ordinary text that mentions ZCZC or uses a caret THEN it is no capture', () => {
    expect(readWireQueue('Telex messages began with ZCZC and ended with NNNN.\nThat is all.')).toBeNull();
    expect(readWireQueue('ZCZC\n^just one field<\nNNNN')).toBeNull();
  });
});
