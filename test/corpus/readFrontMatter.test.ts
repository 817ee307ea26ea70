import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMarkdownHead } from '../../src/corpus/readFrontMatter.js';

const BODY = 'More than 700,000 Americans joined RedNote in two days, the company said.\n';

describe('readMarkdownHead', () => {
  it('GIVEN YAML front matter (a static-site post) THEN title, author, date, site and address come from it, and the body follows it', () => {
    const text = `---\ntitle: "What the RedNote exodus taught creators"\nauthor: Noor Haddad\ndate: 2025-01-24T09:00:00Z\nsite_name: The Clip Desk\ncanonical_url: https://clipdesk.example/rednote-exodus\ntags: [rednote, tiktok]\n---\n${BODY}`;
    expect(readMarkdownHead(text)).toEqual({
      meta: { title: 'What the RedNote exodus taught creators', author: 'Noor Haddad', date: '2025-01-24', publisher: 'The Clip Desk', url: 'https://clipdesk.example/rednote-exodus' },
      body: BODY,
    });
  });

  it('GIVEN a web clipper’s properties (authors as a list of [[links]], "published", and "created" the day it was clipped) THEN the published date and every author are read', () => {
    const text = `---\ntitle: A week on RedNote\nsource: https://blog.example/a-week-on-rednote\nauthor:\n  - "[[Ana Ruiz]]"\n  - "[[Ben Ode]]"\npublished: 2025-01-19\ncreated: 2025-02-02\n---\n# A week on RedNote\n\n${BODY}`;
    expect(readMarkdownHead(text).meta).toEqual({ title: 'A week on RedNote', author: 'Ana Ruiz and Ben Ode', date: '2025-01-19', publisher: '', url: 'https://blog.example/a-week-on-rednote' });
  });

  it('GIVEN a clipped title carrying the site’s name ("Headline | Site") and the page’s heading THEN the heading is the title, and the site the publisher unless one is stated', () => {
    expect(readMarkdownHead(`---\ntitle: "A week on RedNote | Low Tide"\n---\n# A week on RedNote\n\n${BODY}`).meta).toMatchObject({ title: 'A week on RedNote', publisher: 'Low Tide' });
    expect(readMarkdownHead(`---\ntitle: "A week on RedNote — Low Tide"\nsite: The Tide\n---\n# A week on RedNote\n\n${BODY}`).meta.publisher).toBe('The Tide');
    expect(readMarkdownHead(`---\ntitle: "A week on RedNote"\n---\n# A week\n\n${BODY}`).meta.title).toBe('A week on RedNote');
  });

  it('GIVEN an Astro post\'s "pubDatetime" and "writers" THEN they date and sign it', () => {
    const text = `---\ntitle: RedNote week\nwriters: [Noor Haddad]\npubDatetime: 2025-01-24T09:00:00Z\n---\n${BODY}`;
    expect(readMarkdownHead(text).meta).toMatchObject({ author: 'Noor Haddad', date: '2025-01-24' });
  });

  it('GIVEN a Hugo theme\'s "canonicalURL" and a "lastmod" THEN the address is read, and the date is the publication\'s', () => {
    const head = readMarkdownHead(`---\ntitle: "Terms"\ndate: 2025-01-15T07:30:00-05:00\nlastmod: 2025-01-22T10:00:00-05:00\ncanonicalURL: "https://openwire.example/posts/terms/"\n---\n${BODY}`);
    expect(head.meta.url).toBe('https://openwire.example/posts/terms/');
    expect(head.meta.date).toBe('2025-01-15');
  });

  it('GIVEN TOML front matter ("+++", key = "value") THEN it is read too', () => {
    expect(readMarkdownHead(`+++\ntitle = "RedNote, one month on"\ndate = 2025-02-14\n+++\n${BODY}`).meta).toMatchObject({ title: 'RedNote, one month on', date: '2025-02-14' });
  });

  it('GIVEN "source:" naming an outlet rather than an address THEN it is the publisher', () => {
    expect(readMarkdownHead(`---\ntitle: Clip\nsource: The Coastal Ledger\n---\n${BODY}`).meta).toMatchObject({ publisher: 'The Coastal Ledger', url: '' });
  });

  it('GIVEN no front matter THEN the first "# " heading (or a line underlined with "===") is the title, outside code blocks', () => {
    expect(readMarkdownHead(`\`\`\`\n# not a title\n\`\`\`\n# The [real](https://x.example) *title*\n\n${BODY}`).meta.title).toBe('The real title');
    expect(readMarkdownHead(`Underlined title\n================\n\n${BODY}`).meta.title).toBe('Underlined title');
    expect(readMarkdownHead(`# Heading\n${BODY}`, { headingTitle: false }).meta.title).toBe('');
  });

  it('GIVEN a text that opens with a rule and prose between two rules THEN nothing is taken as front matter and no text is lost', () => {
    const text = `---\n${BODY}---\nMore text.\n`;
    expect(readMarkdownHead(text)).toEqual({ meta: { title: '', author: '', date: '', publisher: '', url: '' }, body: text });
  });

  it('GIVEN any text THEN it never throws, and the body is the end of the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ maxLength: 100 }).map((s) => `---\ntitle: ${s}\n---\n${s}`)), (text) => {
        const head = readMarkdownHead(text);
        expect(text.replace(/^\ufeff/, '').endsWith(head.body)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
