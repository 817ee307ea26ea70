import { describe, expect, it } from 'vitest';
import { looksLikeMediaWikiExport, mediaWikiAsHtml, mediaWikiTextAsHtml } from '../../src/corpus/readMediaWiki.js';
import { readHtml } from '../../src/corpus/readHtml.js';

/** A revision as an export writes it: its wiki text escaped as XML text. */
function revision(timestamp: string, text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<revision><id>1</id><timestamp>${timestamp}</timestamp><contributor><username>Kestrel88</username></contributor><comment>edit</comment><text xml:space="preserve">${escaped}</text></revision>`;
}

function exportOf(...revisions: string[]): string {
  return [
    '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">',
    '<siteinfo><sitename>Commons Press</sitename><base>https://wiki.example.org/wiki/Main_Page</base></siteinfo>',
    `<page><title>Explainer: What RedNote's privacy policy means</title><ns>0</ns><id>42</id>${revisions.join('')}</page>`,
    '</mediawiki>',
  ].join('\n');
}

const DRAFT = '{{develop}}\nHundreds of thousands of Americans are downloading RedNote.\n\nTODO: list what it collects.';
const PUBLISHED = [
  '{{date|January 16, 2025}}',
  "Hundreds of thousands of American users have downloaded '''RedNote''', the [[Xiaohongshu|Chinese app]].<ref>[https://example.com Source]</ref>",
  '',
  '[[File:RedNote icon.png|thumb|The app icon]]',
  '== What the app collects ==',
  'The policy says users must provide a [[phone number]] to register.',
  '',
  '{| class="wikitable"',
  '! Field !! Kept',
  '|}',
  '<!-- check the Chinese text -->',
  '[[Category:Privacy]]',
].join('\n');

describe('readMediaWiki: a wiki page saved with Special:Export', () => {
  it('GIVEN an export with its page\'s history THEN the latest revision is the page, titled by the page, published by the site, dated by its date template', () => {
    const xml = exportOf(revision('2025-01-17T02:12:09Z', PUBLISHED), revision('2025-01-16T14:05:11Z', DRAFT));
    expect(looksLikeMediaWikiExport(xml)).toBe(true);
    const page = readHtml(mediaWikiAsHtml(xml) ?? '');
    expect(page.meta).toMatchObject({ title: "Explainer: What RedNote's privacy policy means", publisher: 'Commons Press', date: '2025-01-16', author: '' });
    const text = page.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Hundreds of thousands of American users have downloaded RedNote, the Chinese app.');
    expect(text).toContain('What the app collects');
    expect(text).toContain('The policy says users must provide a phone number to register.');
    for (const apparatus of ['TODO', 'develop', 'Source', 'icon', 'wikitable', 'Category', 'check the Chinese']) expect(text).not.toContain(apparatus);
  });

  it('GIVEN no date template THEN the page is dated the day it was created', () => {
    const xml = exportOf(revision('2025-01-16T14:05:11Z', 'First words of the page.'), revision('2025-01-18T09:00:00Z', 'The page as it reads now.'));
    expect(readHtml(mediaWikiAsHtml(xml) ?? '').meta.date).toBe('2025-01-16');
  });

  it('GIVEN nested templates THEN none of them is text', () => {
    expect(mediaWikiTextAsHtml('{{Infobox|name={{lang|zh|小红书}}}}RedNote grew fast.')).toBe('<p>RedNote grew fast.</p>');
  });

  it('GIVEN XML of another kind, or prose naming MediaWiki THEN it is no export', () => {
    expect(looksLikeMediaWikiExport('<rss><channel><item><title>RedNote</title></item></channel></rss>')).toBe(false);
    expect(looksLikeMediaWikiExport('We moved our notes from <mediawiki> to a new tool last year.')).toBe(false);
  });
});
