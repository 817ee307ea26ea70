import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedItemAsHtml, looksLikeFeed } from '../../src/corpus/readFeed.js';
import { readHtml } from '../../src/corpus/readHtml.js';

const BODY = [
  'For about 14 hours this weekend, the candle maker’s business simply vanished from the app she sells through.',
  'She was one of dozens of sellers who spent the weekend trying to rebuild their audiences on RedNote and Lemon8.',
  'When TikTok came back online on Sunday, most of them returned within hours, and counted what the outage cost.',
];

const RSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Lakefront Business Journal</title><link>https://lakefrontbiz.com</link><description>Small business news</description>
<item><title>When TikTok went dark, sellers scrambled to RedNote</title>
<link>https://lakefrontbiz.com/2025/01/20/tiktok-dark/</link>
<dc:creator><![CDATA[Priya Natarajan]]></dc:creator><dc:creator><![CDATA[Owen Feld]]></dc:creator>
<pubDate>Mon, 20 Jan 2025 13:30:00 +0000</pubDate><guid isPermaLink="false">https://lakefrontbiz.com/?p=48213</guid>
<content:encoded><![CDATA[${BODY.map((p) => `<p>${p}</p>`).join('')}<p>The post <a href="https://lakefrontbiz.com/2025/01/20/tiktok-dark/">When TikTok went dark</a> appeared first on Lakefront Business Journal.</p>]]></content:encoded></item>
<item><title>Another story</title><link>https://lakefrontbiz.com/other/</link><description>Not this one.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Open Wire</title>
<entry><title>What the terms say</title><link rel="alternate" href="https://openwire.example/terms/"/><author><name>Ines Kowalczyk</name></author>
<published>2025-01-15T09:00:00Z</published><content type="html">${BODY.map((p) => `&lt;p&gt;${p}&lt;/p&gt;`).join('')}</content></entry></feed>`;

describe('readFeed (a saved news feed)', () => {
  it('GIVEN RSS, Atom or RDF at the top of a file THEN it is a feed; a page or text is not', () => {
    expect(looksLikeFeed(RSS)).toBe(true);
    expect(looksLikeFeed(ATOM)).toBe(true);
    expect(looksLikeFeed('<!doctype html><html><body><p>rss</p></body></html>')).toBe(false);
    expect(looksLikeFeed('An article that mentions <rss> in its first line.')).toBe(false);
  });

  it('GIVEN an RSS feed THEN its first item is the article: title, creators, date, link, and the channel as publisher', () => {
    const page = readHtml(feedItemAsHtml(RSS) ?? '');
    expect(page.meta).toEqual({
      title: 'When TikTok went dark, sellers scrambled to RedNote',
      author: 'Priya Natarajan and Owen Feld',
      date: '2025-01-20',
      publisher: 'Lakefront Business Journal',
      url: 'https://lakefrontbiz.com/2025/01/20/tiktok-dark/',
    });
    const texts = page.blocks.map((b) => b.text);
    for (const p of BODY) expect(texts).toContain(p);
    expect(texts.join('\n')).not.toContain('Another story');
  });

  it('GIVEN an Atom feed (escaped HTML content, the link in href) THEN the entry is read the same way', () => {
    const page = readHtml(feedItemAsHtml(ATOM) ?? '');
    expect(page.meta).toMatchObject({ title: 'What the terms say', author: 'Ines Kowalczyk', date: '2025-01-15', publisher: 'Open Wire', url: 'https://openwire.example/terms/' });
    expect(page.blocks.map((b) => b.text)).toContain(BODY[1]);
  });

  it('GIVEN any text after a feed\'s opening (broken XML, stray markup) THEN reading it never throws', () => {
    const pieces = fc.constantFrom('<item>', '</item>', '<title>', '</title>', '<![CDATA[', ']]>', '<link href="x">', '&amp;', '&', '<', 'text ', '<pubDate>Mon, 20 Jan 2025</pubDate>');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const xml = `<?xml version="1.0"?><rss><channel>${parts.join('')}`;
        expect(looksLikeFeed(xml)).toBe(true);
        const html = feedItemAsHtml(xml);
        if (html !== null) expect(() => readHtml(html)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('GIVEN a feed with no item THEN there is no article in it', () => {
    expect(feedItemAsHtml('<?xml version="1.0"?><rss><channel><title>Empty</title></channel></rss>')).toBeNull();
  });
});
