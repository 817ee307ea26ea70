import { describe, expect, it } from 'vitest';
import { looksLikeOrg, readOrg } from '../../src/corpus/readOrg.js';

const ORG = `# -*- mode: org; coding: utf-8 -*-
#+TITLE: Reading inbox
#+STARTUP: overview

Captured with org-protocol. Refile weekly.

* TODO How Lemon8 plans to survive a ban                :lemon8:
:PROPERTIES:
:URL:      https://weekly.example/p/lemon8
:END:
Skimmed the intro only.

* DONE [#B] 'Ni hao, Ohio': students find eager tutors on RedNote :rednote:china:
CLOSED: [2025-01-24 Fri 22:10]
:PROPERTIES:
:URL:      https://www.courierpost.example/story/rednote-language-exchange/
:SITE:     Columbus Courier-Post
:AUTHOR:   Renee Kowalczyk
:PUBLISHED: 2025-01-21
:CAPTURED: [2025-01-22 Wed 08:14]
:END:
:LOGBOOK:
CLOCK: [2025-01-24 Fri 21:40]--[2025-01-24 Fri 22:10] =>  0:30
:END:

** My notes
- Good example for the unit.

** Article
When sophomore Caleb Winters opened RedNote for the first time on
Jan. 13, he had 14 messages from strangers in China within an hour.

[[https://www.courierpost.example/story/tiktok-ban/][RELATED: TikTok ban: what Ohio users need to know]]

#+CAPTION: Caleb Winters practices Mandarin with a partner in Chengdu.
[[https://www.courierpost.example/img/winters.jpg]]

Lin said the /language partners/ are finding them, and half the room
had accounts by *Thursday*.
`;

describe('readOrg: an article captured into an Org file', () => {
  const read = readOrg(ORG);

  it('GIVEN entries of a reading inbox THEN the entry holding the article gives the title (no state, priority or tags) and its properties the metadata', () => {
    expect(read?.meta).toEqual({
      title: "'Ni hao, Ohio': students find eager tutors on RedNote",
      author: 'Renee Kowalczyk',
      date: '2025-01-21',
      publisher: 'Columbus Courier-Post',
      url: 'https://www.courierpost.example/story/rednote-language-exchange/',
    });
  });

  it('GIVEN the reader\'s notes beside the article THEN the text is the article\'s part only, without drawers, captions, image links or emphasis marks', () => {
    const body = read?.body ?? '';
    expect(body).toContain('he had 14 messages from strangers in China within an hour.');
    expect(body).toContain('RELATED: TikTok ban: what Ohio users need to know');
    expect(body).toContain('Lin said the language partners are finding them, and half the room\nhad accounts by Thursday.');
    expect(body).not.toMatch(/Good example|Skimmed|CLOCK|CAPTURED|#\+|\[\[|winters\.jpg|Refile/);
  });

  it('GIVEN text that only uses "*" for bullets, or Markdown THEN it is no Org file', () => {
    expect(looksLikeOrg('My notes\n\n* first point\n* second point\n')).toBe(false);
    expect(readOrg('# RedNote\n\n* one\n')).toBeNull();
  });
});
