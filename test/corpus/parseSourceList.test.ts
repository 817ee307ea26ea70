import { describe, expect, it } from 'vitest';
import { isSourceListHeading, parseSourceListEntry, type SourceListEntry } from '../../src/corpus/parseSourceList.js';

function item(line: string): SourceListEntry {
  const parsed = parseSourceListEntry(line, undefined);
  if (parsed.kind !== 'item') throw new Error(`expected an item, got ${parsed.kind}`);
  return parsed.item;
}

describe('isSourceListHeading', () => {
  it.each(['Source List', 'source list', 'Sources', 'References', '  Further reading  ', 'SOURCES'])('GIVEN "%s" THEN a source list starts', (line) => {
    expect(isSourceListHeading(line)).toBe(true);
  });

  it.each(['Sources say RedNote gained 700,000 users.', 'Source List:', 'Our sources', ''])('GIVEN "%s" THEN it is not a source list heading', (line) => {
    expect(isSourceListHeading(line)).toBe(false);
  });
});

describe('parseSourceListEntry', () => {
  it.each([
    ['en dash', '1. Reuters – "Over half a million flock to RedNote"'],
    ['em dash', '1. Reuters — "Over half a million flock to RedNote"'],
    ['hyphen', '1. Reuters - "Over half a million flock to RedNote"'],
    ['curly double quotes', '1. Reuters – “Over half a million flock to RedNote”'],
    ['single quotes', "1. Reuters – 'Over half a million flock to RedNote'"],
    ['curly single quotes', '1. Reuters – ‘Over half a million flock to RedNote’'],
    ['no quotes', '1. Reuters – Over half a million flock to RedNote'],
    ['a parenthesis after the number', '1) Reuters – "Over half a million flock to RedNote"'],
    ['leading indentation', '    1. Reuters – "Over half a million flock to RedNote"'],
  ])('GIVEN an entry with %s THEN outlet and title are read the same way', (_variant, line) => {
    expect(item(line)).toEqual({ number: 1, outlet: 'Reuters', title: 'Over half a million flock to RedNote', url: '' });
  });

  it('GIVEN quotes inside the title THEN only the outer pair is removed', () => {
    expect(item(`2. The Atlantic – "'I Won't Touch Instagram'"`).title).toBe("'I Won't Touch Instagram'");
  });

  it('GIVEN a dash inside the title THEN the outlet ends at the first spaced dash', () => {
    expect(item('3. Business Insider – "I tried RedNote — the Chinese app"')).toMatchObject({ outlet: 'Business Insider', title: 'I tried RedNote — the Chinese app' });
  });

  it('GIVEN a hyphenated outlet name THEN it stays whole', () => {
    expect(item('4. Yahoo-News – "Title here"').outlet).toBe('Yahoo-News');
  });

  it('GIVEN a two-digit number THEN it is kept as a number', () => {
    expect(item('10. Proton – "TikTok ban: Switching to RedNote? Your privacy is at stake."')).toEqual({
      number: 10,
      outlet: 'Proton',
      title: 'TikTok ban: Switching to RedNote? Your privacy is at stake.',
      url: '',
    });
  });

  it('GIVEN the URL on the same line THEN it is taken as the entry URL and is not part of the title', () => {
    expect(item('5. The Guardian – "China\'s RedNote users welcome \'TikTok refugees\'" https://www.theguardian.com/media/2025/jan/18/rednote')).toEqual({
      number: 5,
      outlet: 'The Guardian',
      title: "China's RedNote users welcome 'TikTok refugees'",
      url: 'https://www.theguardian.com/media/2025/jan/18/rednote',
    });
  });

  it('GIVEN an entry without a dash THEN the whole text is the outlet and the title is empty', () => {
    expect(item('6. The Diplomat')).toEqual({ number: 6, outlet: 'The Diplomat', title: '', url: '' });
  });

  it.each(['1. https://tinkerlog.dev/', '13. mailto:noor@tinkerlog.dev?subject=Re:%20RedNote', '2) www.example.com/posts/'])(
    'GIVEN a numbered bare address "%s" (a text browser\'s link targets) THEN it is no source entry',
    (line) => {
      expect(parseSourceListEntry(line, undefined).kind).toBe('other');
    },
  );

  it('GIVEN the URL on the next line THEN it completes the previous entry', () => {
    const previous = item('7. Reuters – "Title"');
    expect(parseSourceListEntry('    https://www.reuters.com/technology/x', previous)).toEqual({ kind: 'url' });
    expect(previous.url).toBe('https://www.reuters.com/technology/x');
  });

  it('GIVEN the URL in angle brackets THEN the brackets are not part of it', () => {
    const previous = item('8. NYT – "Title"');
    parseSourceListEntry('<https://www.nytimes.com/2025/01/14/technology/tiktok-ban-rednote.html>', previous);
    expect(previous.url).toBe('https://www.nytimes.com/2025/01/14/technology/tiktok-ban-rednote.html');
  });

  it('GIVEN an invalid URL THEN a warning names the source, and the entry stays without a link', () => {
    const previous = item('9. TechCrunch – "Title"');
    expect(parseSourceListEntry('http://[not a url', previous)).toEqual({
      kind: 'bad-url',
      message: 'source 9 has an invalid URL "http://[not a url"; it is listed without a link',
    });
    expect(previous.url).toBe('');
  });

  it('GIVEN a www. address without a scheme THEN it is reported rather than guessed', () => {
    const previous = item('9. TechCrunch – "Title"');
    expect(parseSourceListEntry('www.techcrunch.com/2025/01/24/x', previous).kind).toBe('bad-url');
  });

  it('GIVEN a URL with no entry before it, or after an entry that already has one THEN it is reported as ignored', () => {
    expect(parseSourceListEntry('https://example.com/a', undefined)).toEqual({
      kind: 'bad-url',
      message: 'a source-list URL without its entry was ignored: https://example.com/a',
    });
    const complete = { number: 1, outlet: 'A', title: 'B', url: 'https://example.com/first' };
    expect(parseSourceListEntry('https://example.com/second', complete).kind).toBe('bad-url');
    expect(complete.url).toBe('https://example.com/first');
  });

  it('GIVEN a prose line THEN it is "other", which ends the source list', () => {
    expect(parseSourceListEntry('This digital migration highlights the capacity of social media.', undefined)).toEqual({ kind: 'other' });
  });
});
