import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageStart, readMime } from '../../src/corpus/readMime.js';

const SUMMARY = ['Original Message', 'Message ID\t<20250117110211.3f9a@mg.example.co>', 'From:\tInes Baptiste at The Feed Line <ines@example.co>', 'Subject:\tRedNote, week one', 'SPF:\tPASS with IP 198.51.100.24 Learn more', 'Download Original\tCopy to clipboard'];

const PARAGRAPH = 'Hi all. A week ago I would not have guessed that the biggest story in the creator economy would be several hundred thousand Americans teaching themselves to say “ni hao” on a Chinese lifestyle app.';

/** A letter as a mail server stores it: folded headers, an encoded subject, a text part and a quoted-printable HTML part. */
function message(): string {
  const qp = `<p>${PARAGRAPH}</p>`.replace(/=/g, '=3D').replace(/“/g, '=E2=80=9C').replace(/”/g, '=E2=80=9D');
  return [
    'Delivered-To: reader@example.com',
    'Received: from m24.mg.example.co (m24.mg.example.co. [198.51.100.24])',
    '        by mx.google.com with UTF8SMTPS id 6a1803df08f44',
    '        for <reader@example.com>;',
    'Date: Fri, 17 Jan 2025 11:02:11 +0000',
    'From: Ines Baptiste at The Feed Line <ines@example.co>',
    'Subject: =?UTF-8?q?RedNote=2C_week_one=3A_what_the_refugees_did_next?=',
    'Mime-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Transfer-Encoding: 8bit',
    '',
    'View this post online: https://example.co/p/rednote-week-one',
    '',
    PARAGRAPH,
    '',
    '--b1',
    'Content-Type: text/html; charset="utf-8"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    `<!DOCTYPE html><html><body><h1>RedNote, week one</h1>${qp.slice(0, 60)}=`,
    `${qp.slice(60)}</body></html>`,
    '--b1--',
    '',
  ].join('\n');
}

describe('readMime', () => {
  it('GIVEN a mailing list\'s digest (a table of contents, then each message as a message/rfc822 part) THEN its longest message is read, with its own subject, writer and date', async () => {
    const part = (from: string, subject: string, body: string) => ['--inner', 'Content-Type: message/rfc822', '', 'Date: Wed, 22 Jan 2025 21:17:36 -0500', `From: ${from}`, `Subject: ${subject}`, 'Content-Type: text/plain; charset="utf-8"', '', body, ''];
    const digest = ['Date: Thu, 23 Jan 2025 06:00:04 -0500', 'From: clta-k12 list <clta-k12-owner@lists.example.edu>', 'Subject: clta-k12 Digest, Vol 48, Issue 9', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="outer"', '', '--outer', 'Content-Type: text/plain; charset="utf-8"', '', 'Table of contents:', '1. Re: assembly ideas? - Mei-Ling Cortez', '2. Field report - Rebecca Thornbury', '', '--outer', 'Content-Type: multipart/digest; boundary="inner"', '', ...part('Mei-Ling Cortez <mc@example.org>', 'Re: assembly ideas?', 'A cardboard dragon costs almost nothing.'), ...part('Rebecca Thornbury <rt@example.org>', 'Field report: my students met RedNote this week', `${PARAGRAPH}\n\n${PARAGRAPH}`), '--inner--', '--outer--', ''].join('\n');
    const mail = await readMime(digest);
    expect(mail?.text).toContain('several hundred thousand Americans');
    expect(mail?.text).not.toContain('cardboard dragon');
    expect(mail?.meta).toMatchObject({ title: 'Field report: my students met RedNote this week', author: 'Rebecca Thornbury', date: '2025-01-22' });
  });

  it('GIVEN a letter forwarded as an attachment (a short note, then the newsletter as message/rfc822) THEN the attached letter is read: its text, subject, writer and date; an attachment shorter than the note is not', async () => {
    const forwarded = ['Date: Sat, 25 Jan 2025 09:14:00 -0500', 'From: Dana Whitlock <dana@example.net>', 'To: news-bot@example.org', 'Subject: Fwd: RedNote, week one', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="outer"', '', '--outer', 'Content-Type: text/plain; charset="utf-8"', '', 'Forwarding this as an attachment for the news channel.', '', '--outer', 'Content-Type: message/rfc822', 'Content-Disposition: attachment; filename="week-one.eml"', '', message(), '--outer--', ''].join('\n');
    const mail = await readMime(forwarded);
    expect(mail?.text).toContain('several hundred thousand Americans');
    expect(mail?.meta).toMatchObject({ title: 'RedNote, week one: what the refugees did next', author: 'Ines Baptiste', date: '2025-01-17' });
    const longNote = forwarded.replace('Forwarding this as an attachment for the news channel.', `${PARAGRAPH} ${PARAGRAPH} ${PARAGRAPH} ${PARAGRAPH}`);
    expect((await readMime(longNote))?.meta.author).toBe('Dana Whitlock');
  });

  it('GIVEN a newsletter whose HTML part is a template its tool left unfilled (an empty table, a comment) THEN its text part is the letter; an HTML part that says as much is still read', async () => {
    const empty = '<!DOCTYPE html><html><head><title>RedNote, week one</title><style>body{margin:0}</style></head><body><table><tr><td><!-- modules --></td></tr></table></body></html>';
    const template = message().replace(/<!DOCTYPE html>[\s\S]*?<\/html>/, empty);
    const mail = await readMime(template);
    expect(mail?.html).toBe('');
    expect(mail?.text).toContain('several hundred thousand Americans');
    expect((await readMime(message()))?.html).toContain('several hundred thousand');
  });

  it('GIVEN a webmail\'s "Show original" page (its summary table, then the raw message) THEN the message starts at its header block, not at the summary', () => {
    const lines = [...SUMMARY, ...message().split('\n')];
    expect(lines[messageStart(lines)]).toBe('Delivered-To: reader@example.com');
  });

  it('GIVEN the raw message THEN the HTML part is decoded (quoted-printable, UTF-8) and the subject, writer, publication and date come from the headers', async () => {
    const mail = await readMime([...SUMMARY, message()].join('\n'));
    expect(mail?.html).toContain(PARAGRAPH);
    expect(mail?.text).toContain('View this post online: https://example.co/p/rednote-week-one');
    expect(mail?.meta).toEqual({ title: 'RedNote, week one: what the refugees did next', author: 'Ines Baptiste', date: '2025-01-17', publisher: 'The Feed Line', url: '' });
  });

  it('GIVEN the same page saved with Windows line ends (CRLF) THEN the letter is read the same', async () => {
    const mail = await readMime([...SUMMARY, message()].join('\n').replace(/\n/g, '\r\n'));
    expect(mail?.html).toContain(PARAGRAPH);
    expect(mail?.meta.title).toBe('RedNote, week one: what the refugees did next');
  });

  it('GIVEN a newsletter\'s sender that is no person ("The Scroll Digest") THEN it is the publisher and no one is the author', async () => {
    const mail = await readMime(message().replace('From: Ines Baptiste at The Feed Line', 'From: The Scroll Digest'));
    expect([mail?.meta.author, mail?.meta.publisher]).toEqual(['', 'The Scroll Digest']);
  });

  it('GIVEN a letter pasted as text (From, To, Subject lines but no MIME headers) or an article THEN it is no raw message, and is left to the text reader', async () => {
    expect(await readMime(['From: Jane Doe <jane@example.com>', 'To: mods@example.com', 'Subject: Fwd: the RedNote rush', 'Date: Fri, 17 Jan 2025', '', PARAGRAPH].join('\n'))).toBeNull();
    expect(await readMime(`RedNote tops the charts\nBy Jane Doe\n\n${PARAGRAPH}`)).toBeNull();
  });

  it('GIVEN any text THEN it never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constantFrom('Content-Type: text/plain', 'MIME-Version: 1.0', 'From: a@b.c', 'Subject: x', '', '--b1', ' folded'), fc.string()), { maxLength: 20 }), async (lines) => {
        const mail = await readMime(lines.join('\n'));
        if (mail !== null) expect(typeof mail.text).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});

describe('readMime: a feed reader\'s item saved as a message', () => {
  it('GIVEN Thunderbird\'s "Content-Base: https://…" header THEN that is the article\'s address', async () => {
    const item = ['Date: Fri, 17 Jan 2025 15:30:00 +0000', 'From: Priya Raman', 'Subject: What the RedNote app collects', 'Content-Base: https://blog.example.io/rednote-first-look/', 'Content-Type: text/html; charset=UTF-8', '', `<html><body><p>${PARAGRAPH}</p></body></html>`, ''].join('\n');
    expect((await readMime(item))?.meta.url).toBe('https://blog.example.io/rednote-first-look/');
  });

  it('GIVEN a letter without Content-Base THEN no address comes from the headers', async () => {
    expect((await readMime(message()))?.meta.url).toBe('');
  });
});
