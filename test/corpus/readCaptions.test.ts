import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeCaptions, readCaptions } from '../../src/corpus/readCaptions.js';

const VTT = `WEBVTT
Kind: captions

NOTE
title: South Bay creators pack up for RedNote
reporter: Dana Whitfield
air_date: 2025-01-15
canonical: https://tv.example/news/rednote-creators

STYLE
::cue { color: #fff; }

1
00:00:00.000 --> 00:00:04.452 align:center line:85%
<v Ray Okafor>and the cause of that fire on Tully
Road remains under investigation.

2
00:00:04.572 --> 00:00:06.172
<v Lisa Tran>Ray, thank you.

3
00:00:06.292 --> 00:00:07.692
[NEWS THEME STINGER]

4
00:00:07.812 --> 00:00:09.812 line:5%
KSTQ 9 NEWS AT 6 | DIGITAL EXCLUSIVE

5
00:00:09.932 --> 00:00:17.480
<v Lisa Tran>Tonight, thousands of TikTok users
are trying out a Chinese app.

6
00:00:17.600 --> 00:00:23.471
<v Lisa Tran>It shot to the top of the App Store &amp; stayed there.

7
00:00:23.591 --> 00:00:28.000
<v Jenny Morales>I don't speak a word of <i>Chinese</i>.

8
00:00:28.100 --> 00:00:31.000
<v Dana Whitfield>In San Jose, Dana Whitfield, KSTQ 9 News.
`;

describe('readCaptions: a WebVTT caption file read as its transcript', () => {
  const read = readCaptions(VTT);

  it('GIVEN a note of "key: value" lines THEN they state the title, reporter, air date and address', () => {
    expect(read?.meta).toEqual({
      title: 'South Bay creators pack up for RedNote',
      author: 'Dana Whitfield',
      date: '2025-01-15',
      publisher: '',
      url: 'https://tv.example/news/rednote-creators',
    });
  });

  it('GIVEN timed cues THEN the text has no timings, settings, tags or entities, and a wrapped cue reads as one sentence', () => {
    const body = read?.body ?? '';
    expect(body).not.toMatch(/-->|align:|<v|<i>|&amp;/);
    expect(body).toContain('Tonight, thousands of TikTok users are trying out a Chinese app. It shot to the top of the App Store & stayed there.');
  });

  it('GIVEN a new voice THEN a new paragraph; a sound cue and an untagged on-screen caption are no words of it', () => {
    const paragraphs = (read?.body ?? '').split('\n\n');
    expect(paragraphs).toContain("I don't speak a word of Chinese.");
    expect(read?.body).not.toMatch(/STINGER|DIGITAL EXCLUSIVE/);
  });

  it('GIVEN a file cut in the middle of the story before it THEN the words before its first sentence are not the transcript\'s', () => {
    expect(read?.body).not.toContain('under investigation');
    expect(read?.body.startsWith('Ray, thank you.')).toBe(true);
  });

  it('GIVEN the reporter\'s out-cue THEN it stands as a paragraph of its own, for cleaning to remove', () => {
    expect((read?.body ?? '').split('\n\n').at(-1)).toBe('In San Jose, Dana Whitfield, KSTQ 9 News.');
  });
});

describe('readCaptions: SubRip and what is not a caption file', () => {
  const SRT = ['1', '00:00:01,000 --> 00:00:03,000', 'RedNote topped the charts.', '', '2', '00:00:03,100 --> 00:00:05,000', 'Users called themselves', 'TikTok refugees.', '', '3', '00:00:09,000 --> 00:00:11,000', '>> Lemon8 went dark too.', ''].join('\r\n');

  it('GIVEN an .srt file THEN its cues read as sentences, a long pause and ">>" each starting a paragraph', () => {
    expect(readCaptions(SRT)?.body).toBe('RedNote topped the charts. Users called themselves TikTok refugees.\n\nLemon8 went dark too.');
  });

  it('GIVEN an article that quotes one timing line THEN it is no caption file', () => {
    const text = 'RedNote in captions\n\nThe clip began at 00:00:01.000 --> 00:00:03.000 and ran on.\n\nMore prose follows here.';
    expect(looksLikeCaptions(text)).toBe(false);
    expect(readCaptions(text)).toBeNull();
  });

  it('GIVEN any cue texts THEN reading never throws and no timing line reaches the transcript', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 8 }), (texts) => {
        const file = `WEBVTT\n\n${texts.map((t, i) => `${i + 1}\n00:00:0${i}.000 --> 00:00:0${i}.900\n${t.replace(/\n\s*\n/g, '\n')}`).join('\n\n')}\n`;
        const body = readCaptions(file)?.body ?? '';
        expect(body).not.toMatch(/\d{2}:\d{2}\.\d{3} -->/);
      }),
    );
  });
});
