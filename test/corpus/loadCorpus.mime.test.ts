/**
 * Files in MIME form dropped into the corpus folder: an e-mail saved as .eml
 * and a web page Chrome saved as one file (.mhtml). Each is read as what a
 * reader sees, with the metadata its own form states.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/corpus/loadCorpus.js';

const PARAGRAPHS = [
  'Hundreds of thousands of American TikTok users joined RedNote this week, sending the Chinese app to the top of the US App Store.',
  'Chinese users answered with a custom of their own: newcomers paid a “cat tax” by posting photos of their pets, and got language lessons back.',
  'Analysts said the rush reflected anxiety about the ban more than loyalty, and most expected many of the accounts to fall quiet within weeks.',
];

/** Quoted-printable, as mail and MHTML encode their HTML: "=" and non-ASCII bytes escaped, lines cut at 76 with a soft break. */
function quotedPrintable(text: string): string {
  const escaped = [...Buffer.from(text, 'utf8')].map((b) => (b === 0x3d || b > 0x7e ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b))).join('');
  const lines: string[] = [];
  for (let i = 0; i < escaped.length; ) {
    let end = Math.min(escaped.length, i + 75);
    // Never cut inside an escape.
    const cut = escaped.lastIndexOf('=', end);
    if (end < escaped.length && cut > end - 3) end = cut;
    lines.push(escaped.slice(i, end) + (end < escaped.length ? '=' : ''));
    i = end;
  }
  return lines.join('\r\n');
}

const EML = [
  'Return-Path: <bounce@mg.thescroll.example>',
  'Date: Sat, 18 Jan 2025 14:05:00 +0000',
  'From: Dana Whitfield at The Scroll <dana@thescroll.example>',
  'To: mods@example.com',
  'Subject: =?UTF-8?q?The_Scroll_=2341=3A_RedNote=E2=80=99s_strange_week?=',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="zz"',
  '',
  '--zz',
  'Content-Type: text/plain; charset="utf-8"',
  '',
  'Read online: https://thescroll.example/p/rednotes-strange-week',
  '',
  PARAGRAPHS.join('\n\n'),
  '',
  '--zz',
  'Content-Type: text/html; charset="utf-8"',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  quotedPrintable(`<html><body><p><a href="https://thescroll.example/p/rednotes-strange-week">Read online</a></p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>Unsubscribe | Manage preferences</p></body></html>`),
  '--zz--',
  '',
].join('\r\n');

const MHTML = [
  'From: <Saved by Blink>',
  'Snapshot-Content-Location: https://www.harbortimes.example/tech/2025/01/16/rednote-cat-tax',
  'Subject: =?utf-8?Q?RedNote=E2=80=99s_cat_tax_|_The_Harbor_Times?=',
  'Date: Tue, 4 Mar 2025 09:12:44 -0000',
  'MIME-Version: 1.0',
  'Content-Type: multipart/related;',
  '\ttype="text/html";',
  '\tboundary="----MultipartBoundary--x1----"',
  '',
  '',
  '------MultipartBoundary--x1----',
  'Content-Type: text/html',
  'Content-ID: <frame-1@mhtml.blink>',
  'Content-Transfer-Encoding: quoted-printable',
  'Content-Location: https://www.harbortimes.example/tech/2025/01/16/rednote-cat-tax',
  '',
  quotedPrintable(
    `<!DOCTYPE html><html><head><title>RedNote’s cat tax | The Harbor Times</title><meta property="og:site_name" content="The Harbor Times"><meta property="article:published_time" content="2025-01-16T08:00:00Z"><meta name="author" content="Grace Tan"></head><body><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav><article><h1>RedNote’s cat tax</h1><p class="byline">By Grace Tan</p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article><footer>© 2025 The Harbor Times</footer></body></html>`,
  ),
  '',
  '------MultipartBoundary--x1----',
  'Content-Type: image/png',
  'Content-Transfer-Encoding: base64',
  'Content-Location: https://www.harbortimes.example/logo.png',
  '',
  'iVBORw0KGgo=',
  '',
  '------MultipartBoundary--x1------',
  '',
].join('\r\n');

/** A moderator's letter with a page pasted under a separator. */
const PASTED = [
  'From: Derek Salazar <dsalazar@mail.example>',
  'To: Curation Desk <desk@example.org>',
  'Subject: for #pets -- yahoo copy of the one-eyed cat story',
  'Date: Sun, 19 Jan 2025 10:42:17 -0600',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=UTF-8',
  '',
  'hey desk, the site wants a subscription so i pasted the yahoo version. sorry for the junk, the cat is the best part',
  '',
  '----- pasted from news.yahoo.com -----',
  '',
  'Maine woman’s one-eyed cat becomes a star on RedNote',
  'Lila Donnelly',
  'Sat, January 18, 2025 at 4:05 PM CST',
  '',
  ...PARAGRAPHS.flatMap((p) => [p, '']),
].join('\r\n');

/** The page a note or a list member pastes: headline, byline, date, story. */
const PASTED_PAGE = ['Maine woman’s one-eyed cat becomes a star on RedNote', 'By Lila Donnelly', 'Sat, January 18, 2025 at 4:05 PM CST', '', ...PARAGRAPHS.flatMap((p) => [p, ''])];

/** A note with a page pasted between markers, and the note-taker's lines before and after it. */
const NOTE = [
  'RedNote cat story → #local-news-drop',
  'Todo: check if bot fixes the line breaks',
  '',
  '———— pasted below ————',
  '',
  ...PASTED_PAGE,
  '———— end ————',
  'also maybe ask if she wants to do an AMA in #pets?? lol',
].join('\n');

/** A faxed press release: the machine's stamp over each page, the sender's cover sheet first, a deck under the headline. */
const stamp = (page: number) => `JAN-22-2025 14:0${page}    FROM:SEN LINDAHL OFC     6515550142      TO:16125550199          P.${page}/2`;
const FAX = [
  stamp(1),
  '',
  '                    F A X   T R A N S M I T T A L',
  '',
  'To:      Newsroom / Assignment Desk',
  'From:    Tomas Reyes, Communications Director',
  'Date:    January 21, 2025',
  'Pages:   2 (including cover)',
  '',
  'Comments: Please see attached release for immediate use. Call Tomas to schedule.',
  '',
  'CONFIDENTIALITY NOTICE: If you have received this fax in error, please notify us by telephone immediately.',
  stamp(2),
  '',
  'FOR IMMEDIATE RELEASE                       Contact: Tomas Reyes',
  'January 22, 2025                                    651-555-0148',
  '',
  '  Lindahl Introduces App Data Transparency Act After RedNote Surge',
  '',
  "  Bill would require large apps to disclose where Minnesotans' data",
  '  is stored',
  '',
  // Typed at 64 columns, as the fax's pages were.
  ...PARAGRAPHS.flatMap((p) => [...(p.match(/.{1,64}(?:\s|$)/g) ?? []).map((line) => line.trim()), '']),
].join('\n');

/** A list's digest e-mail: its own headers, a topics list, a member's question, then a member forwarding the story. */
const RULE = '-'.repeat(30);
const DIGEST = [
  'From: CLASSCHN-L automatic digest system <LISTSERV@LISTS.EXAMPLE.EDU>',
  'To: CLASSCHN-L@LISTS.EXAMPLE.EDU',
  'Subject: CLASSCHN-L Digest - 23 Jan 2025 to 24 Jan 2025 (#2025-19)',
  'Date: Sat, 25 Jan 2025 00:00:07 -0600',
  'Content-Type: text/plain; charset="UTF-8"',
  '',
  'There are 2 messages totaling 60 lines in this issue.',
  '',
  RULE,
  '',
  'Date:    Thu, 23 Jan 2025 07:42:15 -0600',
  'From:    Dana Whitcomb <dana@example.org>',
  'Subject: Spring AP workshop - room change',
  '',
  'The workshop has moved to room 214. Please RSVP by Feb. 1.',
  '',
  RULE,
  'Date:    Fri, 24 Jan 2025 16:05:51 -0600',
  'From:    Lila Donnelly <lila@example.org>',
  'Subject: story about the cat',
  '',
  'Sharing this one, it made my day.',
  '',
  '----- pasted -----',
  '',
  ...PASTED_PAGE,
].join('\r\n');

/** `curl -i -L` saved to a file: a redirect, then the page, each under its status line and header fields. */
const CURL = [
  'HTTP/1.1 301 Moved Permanently',
  'Server: nginx',
  'Date: Thu, 23 Jan 2025 15:02:11 GMT',
  'Content-Type: text/html',
  'Location: https://www.harbortimes.example/tech/2025/01/16/rednote-cat-tax',
  '',
  '<html><head><title>301 Moved Permanently</title></head><body><h1>301 Moved Permanently</h1></body></html>',
  'HTTP/2 200 ',
  'server: nginx',
  'date: Thu, 23 Jan 2025 15:02:12 GMT',
  'content-type: text/html; charset=UTF-8',
  'last-modified: Wed, 22 Jan 2025 20:41:07 GMT',
  '',
  `<!DOCTYPE html><html><head><title>RedNote’s cat tax | The Harbor Times</title></head><body><article><h1>RedNote’s cat tax</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
].join('\r\n');

let dir: string;
let corpus: Corpus;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-mime-'));
  await writeFile(path.join(dir, 'the-scroll-41.eml'), EML);
  await writeFile(path.join(dir, 'harbor-times-cat-tax.mhtml'), MHTML);
  await writeFile(path.join(dir, 'pasted-cat.eml'), PASTED);
  await writeFile(path.join(dir, 'note-with-paste.txt'), NOTE);
  await writeFile(path.join(dir, 'fax-release.txt'), FAX);
  await writeFile(path.join(dir, 'list-digest.eml'), DIGEST);
  await writeFile(path.join(dir, 'curl-cat-tax.html'), CURL);
  corpus = await loadCorpus(dir, { maxFileBytes: 1024 * 1024 });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const doc = (file: string) => {
  const found = corpus.documents.find((d) => d.meta.file === file);
  if (!found) throw new Error(`${file} did not load`);
  return found;
};

describe('MIME files dropped into the corpus folder', () => {
  it('GIVEN an e-mail saved as .eml THEN its paragraphs are the letter, and subject, writer, publication, date and web address are its metadata', () => {
    const letter = doc('the-scroll-41.eml');
    expect(letter.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    expect(letter.meta).toMatchObject({ title: 'RedNote’s strange week', author: 'Dana Whitfield', date: '2025-01-18', publisher: 'The Scroll', url: 'https://thescroll.example/p/rednotes-strange-week' });
  });

  it('GIVEN a letter with a page pasted under "----- pasted from … -----" THEN it is read as that page: neither the note nor the letter\'s subject, sender or sending date', () => {
    const page = doc('pasted-cat.eml');
    expect(page.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    expect(page.meta).toMatchObject({ title: 'Maine woman’s one-eyed cat becomes a star on RedNote', date: '2025-01-18' });
    expect(page.meta.author).not.toBe('Derek Salazar');
  });

  it('GIVEN a note with a page pasted between "———— pasted below ————" and "———— end ————" THEN it is read as that page, without the note around it', () => {
    const page = doc('note-with-paste.txt');
    expect(page.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    expect(page.meta).toMatchObject({ title: 'Maine woman’s one-eyed cat becomes a star on RedNote', author: 'Lila Donnelly', date: '2025-01-18' });
  });

  it('GIVEN a mailing list\'s digest THEN it is read as the page its member pasted: not the digest\'s subject or date, nor the other messages', () => {
    const page = doc('list-digest.eml');
    expect(page.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    expect(page.meta).toMatchObject({ title: 'Maine woman’s one-eyed cat becomes a star on RedNote', date: '2025-01-18' });
  });

  it('GIVEN a faxed release (a stamp over each page, the cover sheet first, a deck under the headline, the date beside a phone number) THEN it is read from the page after the cover: the release\'s headline and date, no cover sheet, no deck', () => {
    const release = doc('fax-release.txt');
    expect(release.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    expect(release.paragraphs.every((p) => p.heading === null)).toBe(true);
    expect(release.meta).toMatchObject({ title: 'Lindahl Introduces App Data Transparency Act After RedNote Surge', date: '2025-01-22' });
  });

  it('GIVEN a page Chrome saved as .mhtml THEN it is read as the page: its own headline, byline and date, and the address it was saved from (not the day it was saved)', () => {
    const page = doc('harbor-times-cat-tax.mhtml');
    expect(page.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    expect(page.meta).toMatchObject({ title: 'RedNote’s cat tax', author: 'Grace Tan', date: '2025-01-16', publisher: 'The Harbor Times', url: 'https://www.harbortimes.example/tech/2025/01/16/rednote-cat-tax' });
  });

  it('GIVEN a page saved with curl -i (a redirect, then the page, each under its HTTP header fields) THEN it is read as the page, not as a letter: its headline, and the address the redirect led to', () => {
    const page = doc('curl-cat-tax.html');
    expect(page.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    expect(page.meta).toMatchObject({ title: 'RedNote’s cat tax', url: 'https://www.harbortimes.example/tech/2025/01/16/rednote-cat-tax' });
    expect(page.meta.date).not.toBe('2025-01-23');
  });
});
