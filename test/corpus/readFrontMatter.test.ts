import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMarkdownHead, readNoteExport, readSavedMessageHead } from '../../src/corpus/readFrontMatter.js';

const BODY = 'More than 700,000 Americans joined RedNote in two days, the company said.\n';

describe('readMarkdownHead', () => {
  it('GIVEN a wiki page\'s front matter (Wiki.js: "published: true", "date" its last edit, "dateCreated" its creation) THEN its date is the creation', () => {
    const page = `---\ntitle: Western fans arrive on RedNote\npublished: true\ndate: 2025-01-27T09:12:40.118Z\neditor: markdown\ndateCreated: 2025-01-25T16:40:12.553Z\n---\n\n# Western fans arrive on RedNote\n\nThousands of American users joined RedNote.`;
    expect(readMarkdownHead(page).meta.date).toBe('2025-01-25');
    expect(readMarkdownHead(page.replace(/dateCreated.*\n/, '')).meta.date).toBe('2025-01-27');
  });

  it('GIVEN a "# " heading a converter wrapped at its width ("… and Chinese-" / "speaking neighbors …") THEN the title is the whole heading, its broken word whole; a heading over a sentence opening in a capital stays alone', () => {
    const wrapped = `# Bellevue hosts "RedNote Night" for TikTok refugees and Chinese-\nspeaking neighbors\n\n${BODY}`;
    expect(readMarkdownHead(wrapped).meta.title).toBe('Bellevue hosts "RedNote Night" for TikTok refugees and Chinese-speaking neighbors');
    expect(readMarkdownHead(`# RedNote Night\nBellevue hosted it on January 25.\n\n${BODY}`).meta.title).toBe('RedNote Night');
  });

  it('GIVEN a long "# " heading wrapped at html2text\'s width in title case ("… Russian Creators on" / "RedNote Cash In", a blank line under) THEN the title is the whole heading; a short heading over a line, or a long one over a paragraph, stays alone', () => {
    const wrapped = `# As Americans Flee TikTok, Russian State TV Gloats -- and Russian Creators on\nRedNote Cash In\n\n${BODY}`;
    expect(readMarkdownHead(wrapped).meta.title).toBe('As Americans Flee TikTok, Russian State TV Gloats -- and Russian Creators on RedNote Cash In');
    expect(readMarkdownHead(`# RedNote Night\nBellevue Hosts It\n\n${BODY}`).meta.title).toBe('RedNote Night');
    const overParagraph = `# As Americans Flee TikTok, Russian State TV Gloats and Creators Cash In on RedNote\nState TV says Americans are running from censorship, and a Vladivostok seller gained 35,000 followers.\n\n${BODY}`;
    expect(readMarkdownHead(overParagraph).meta.title).toBe('As Americans Flee TikTok, Russian State TV Gloats and Creators Cash In on RedNote');
  });

  it('GIVEN a VitePress page\'s front matter, its address only in the head tags it lists ("head:" / "- - meta" / "- property: og:url" / "content: …") THEN that is the URL', () => {
    const text = ['---', 'title: "RedNote\'s American Wave"', 'date: 2025-01-20', 'head:', '  - - meta', '    - property: og:url', '      content: https://kuajing.example/news/2025/rednote-us-wave', '  - - meta', '    - property: og:image', '      content: https://kuajing.example/og/wave.png', '---', '', 'The first paragraph of the page.'].join('\n');
    expect(readMarkdownHead(text).meta.url).toBe('https://kuajing.example/news/2025/rednote-us-wave');
    // (A page that names its address in a key of its own keeps that one.)
    expect(readMarkdownHead(text.replace('date: 2025-01-20', 'date: 2025-01-20\ncanonical_url: https://kuajing.example/canonical/wave')).meta.url).toBe('https://kuajing.example/canonical/wave');
  });

  it('GIVEN YAML front matter (a static-site post) THEN title, author, date, site and address come from it, and the body follows it', () => {
    const text = `---\ntitle: "What the RedNote exodus taught creators"\nauthor: Noor Haddad\ndate: 2025-01-24T09:00:00Z\nsite_name: The Clip Desk\ncanonical_url: https://clipdesk.example/rednote-exodus\ntags: [rednote, tiktok]\n---\n${BODY}`;
    expect(readMarkdownHead(text)).toEqual({
      meta: { title: 'What the RedNote exodus taught creators', author: 'Noor Haddad', date: '2025-01-24', publisher: 'The Clip Desk', url: 'https://clipdesk.example/rednote-exodus' },
      body: BODY,
    });
  });

  it('GIVEN MultiMarkdown\'s or Pelican\'s metadata, "Key: value" lines opening the file with no fence ("Title:", "Date:", "Author:"), or a feed reader\'s entry naming its "Feed:" THEN they are the metadata, and the body follows the blank line', () => {
    const text = `Title: This Week in Marlin 212: Built for the RedNote crowd\nNumber: 212\nDate: 2025-01-22\nAuthor: Theo Nakamura\nCanonical: https://this-week-in-marlin.dev/blog/2025/01/22/this-week-in-marlin-212/\n\n${BODY}`;
    expect(readMarkdownHead(text)).toEqual({ meta: { title: 'This Week in Marlin 212: Built for the RedNote crowd', author: 'Theo Nakamura', date: '2025-01-22', publisher: '', url: 'https://this-week-in-marlin.dev/blog/2025/01/22/this-week-in-marlin-212/' }, body: BODY });
    expect(readMarkdownHead(`Title: C-drama fans were on RedNote first\nAuthor: Nur Aisyah Kamal\nFeed: Dramaleaf\n\n${BODY}`).meta.publisher).toBe('Dramaleaf');
    // A letter's fields are no page's metadata: it names no title.
    expect(readMarkdownHead(`From: Jane Doe\nTo: mods@example.com\nSubject: the RedNote rush\n\n${BODY}`).body).toContain('From: Jane Doe');
  });

  it('GIVEN Pandoc\'s Markdown of a saved page (its <title> wrapped onto an indented line, its pipes escaped "\\|"; the headline printed as "# Headline {.page-title}") THEN the printed headline is the title and the rest names the site', () => {
    const text = `---\ngenerator: Drupal 10 (https://www.drupal.org)\ntitle: Why our Lunar New Year star show sold out in four hours \\|\n  Halvorsen Planetarium \\| Hollis Valley College\nviewport: width=device-width\n---\n\n# Why our Lunar New Year star show sold out in four hours {.page-title}\n\n${BODY}`;
    expect(readMarkdownHead(text).meta.title).toBe('Why our Lunar New Year star show sold out in four hours');
    expect(readMarkdownHead(text).meta.publisher).toBe('Halvorsen Planetarium | Hollis Valley College');
    expect(readMarkdownHead(`---\ntitle: Why our star show\n  sold out\n---\n${BODY}`).meta.title).toBe('Why our star show sold out');
  });

  it('GIVEN a Jekyll page\'s front matter whose permalink is the site\'s own path ("permalink: /about.html") THEN it names no publisher and no address; "source: The Verge" still names the publisher', () => {
    expect(readMarkdownHead(`---\ntitle: About the RedNote Week Collection\nlayout: about\npermalink: /about.html\n---\n${BODY}`)?.meta).toMatchObject({ title: 'About the RedNote Week Collection', publisher: '', url: '' });
    expect(readMarkdownHead(`---\ntitle: What the RedNote exodus taught creators\nsource: The Verge\n---\n${BODY}`)?.meta).toMatchObject({ publisher: 'The Verge', url: '' });
  });

  it('GIVEN a MarkDownload clip headed by the page\'s <title> ("# Headline - Site", then "> ## Excerpt") over the page, which prints the headline again THEN the headline is the title and the rest the site', () => {
    const text = `---\ncreated: 2025-02-03T09:14:52 (UTC +07:00)\nsource: https://www.siamtraveltrade.com/2025/01/30/thai-hoteliers/\nauthor: Pimchanok Suwannarat\n---\n\n# Thai hoteliers court American RedNote users - Siam Travel Trade Report\n\n> ## Excerpt\n> Hotels in Bangkok are using RedNote.\n\n---\n[Home](https://www.siamtraveltrade.com/)\n\n# Thai hoteliers court American RedNote users\n\n${BODY}`;
    expect(readMarkdownHead(text).meta).toMatchObject({ title: 'Thai hoteliers court American RedNote users', author: 'Pimchanok Suwannarat', publisher: 'Siam Travel Trade Report' });
    // (A headline with a dash that the page never prints shorter keeps its dash.)
    expect(readMarkdownHead(`# Lemon8 - the other refuge\n\n${BODY}`).meta.title).toBe('Lemon8 - the other refuge');
  });

  it('GIVEN a Markdown copy whose first heading is only a link to the site\'s home page ("# [DELIA MARCHBANKS](https://deliamarchbanks.com/)") THEN the next heading is the title', () => {
    const text = `[Skip to main content](#main)\n\n# [DELIA MARCHBANKS](https://deliamarchbanks.com/)\n\n* [Journal](https://deliamarchbanks.com/journal)\n\n# Drawing the TikTok Argument, and the Line Outside\n\n${BODY}`;
    expect(readMarkdownHead(text).meta.title).toBe('Drawing the TikTok Argument, and the Line Outside');
    // (A heading linking to a page of the site is the page's title still.)
    expect(readMarkdownHead(`# [Drawing the TikTok Argument](https://deliamarchbanks.com/journal/drawing)\n\n${BODY}`).meta.title).toBe('Drawing the TikTok Argument');
  });

  it('GIVEN Pandoc\'s Markdown of a site builder\'s page whose first heading is the site\'s name over its tagline and menu ("# [Threshold Companions]{.wixui-rich-text__text}") THEN the next heading is the title, without its span\'s marks', () => {
    const menu = ['-   [Home](https://www.thresholdcompanions.com){.wixui-dropdown-menu__item}', '-   [About](https://www.thresholdcompanions.com/about){.wixui-dropdown-menu__item}', '-   [Blog](https://www.thresholdcompanions.com/blog){.wixui-dropdown-menu__item}'];
    const masthead = ['::: {.wixui-rich-text}', '# [Threshold Companions]{.wixui-rich-text__text} {#threshold-companions .font_0}', '', '[End-of-Life Doula Services · Tucson, Arizona]{.wixui-rich-text__text}', ':::', '', ...menu, ''];
    const text = [...masthead, '# What 30,000 Strangers on RedNote Taught Me {#what-30000 .post-title}', '', BODY].join('\n');
    expect(readMarkdownHead(text).meta.title).toBe('What 30,000 Strangers on RedNote Taught Me');
    // (Alone, the site's heading is the title still, its words without the span's marks.)
    expect(readMarkdownHead([...masthead, BODY].join('\n')).meta.title).toBe('Threshold Companions');
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

describe('readNoteExport (a note app\'s raw export: Markdown, then the note\'s fields at its foot)', () => {
  const FIELDS = ['id: 6f2c91d04ab84e3f9a0c17b25e88d3a1', 'parent_id: b0d7e4c2a9f14f68a35e2c1d7f90e6b4', 'created_time: 2025-01-18T02:11:47.302Z', 'updated_time: 2025-01-18T02:11:47.302Z', 'is_conflict: 0', 'author: ', 'source_url: https://thecircuitrecord.example/2025/01/17/rednote-privacy/', 'is_todo: 0', 'source: joplin-desktop', 'source_application: net.cozic.joplin-desktop', 'markup_language: 1', 'type_: 1'];
  const NOTE = ['We Read RedNote’s Privacy Policy. Here’s What We Found. – The Circuit Record', '', '[Skip to main content](#main)', '', '# We Read RedNote’s Privacy Policy. Here’s What We Found.', '', 'When millions of Americans started downloading RedNote this week, most of them tapped “agree”.', '', ...FIELDS].join('\n');

  it('GIVEN a Joplin export THEN the address is its source_url, the headline its heading, the site what its title adds; the app that saved it names nothing', () => {
    expect(readNoteExport(NOTE)?.meta).toEqual({ title: 'We Read RedNote’s Privacy Policy. Here’s What We Found.', author: '', date: '', publisher: 'The Circuit Record', url: 'https://thecircuitrecord.example/2025/01/17/rednote-privacy/' });
  });

  it('GIVEN a Joplin export THEN its body is the Markdown without the fields', () => {
    const body = readNoteExport(NOTE)?.body ?? '';
    expect(body).toContain('When millions of Americans');
    expect(body).not.toContain('type_:');
    expect(body).not.toContain('joplin-desktop');
  });

  it('GIVEN text ending in a few "key: value" lines (a story\'s fact box), or fields without a note\'s id and type THEN it is no note export', () => {
    expect(readNoteExport('A story.\n\nFounded: 2013\nOwner: Xingyin\nUsers: 300 million')).toBeNull();
    expect(readNoteExport(['A story.', '', ...FIELDS.filter((f) => !f.startsWith('type_'))].join('\n'))).toBeNull();
  });
});

describe('readSavedMessageHead (a message a mail client saved as text)', () => {
  const body = ['', 'Canadians joining the rush from TikTok to RedNote should read the fine print first, a Vancouver privacy lawyer says.', '', 'View article... <https://coast8news.ca/news/10963102/rednote-privacy/>'];
  it('GIVEN an RSS item Outlook saved as text ("From:\\tMaya Sandhu", "Posted At:\\t…", "Subject:\\t…") THEN the subject is the headline, the sender the writer, the posting time the date, and the header is no text', () => {
    const text = ['From:\tMaya Sandhu', 'Posted At:\tSaturday, January 18, 2025 2:17 PM', 'Posted To:\tRSS Subscriptions\\Coast 8 News', 'Conversation:\tCanadians are flocking to RedNote', 'Subject:\tCanadians are flocking to RedNote. A B.C. privacy lawyer has a warning', ...body].join('\r\n');
    const head = readSavedMessageHead(text);
    expect(head?.meta).toMatchObject({ title: 'Canadians are flocking to RedNote. A B.C. privacy lawyer has a warning', author: 'Maya Sandhu', date: '2025-01-18' });
    expect(head?.body).not.toMatch(/Posted|Subject|Conversation/);
  });

  it('GIVEN a newsletter\'s subject naming the issue and shortening its story\'s headline ("Showroom Signal: Should your dealership be on RedNote?") THEN the headline the body prints whole is the title', () => {
    const header = ['From: Gearshift Digital <signal@gearshiftdigital.com>', 'Sent: Friday, January 24, 2025 7:02 AM', 'To: Dave Lindqvist <dave@example.com>', 'Subject: Showroom Signal: Should your dealership be on RedNote?', ''];
    const story = ['SHOWROOM SIGNAL', 'IN THIS ISSUE', '1. Should your dealership be on RedNote?', '', 'Should Your Dealership Be on RedNote? (Short Answer: Not Yet)', '', 'By Priya Natarajan, Head of Social', '', ...body];
    expect(readSavedMessageHead([...header, ...story].join('\n'))?.meta.title).toBe('Should Your Dealership Be on RedNote? (Short Answer: Not Yet)');
    // (A body that does not print it keeps the subject.)
    expect(readSavedMessageHead([...header, ...body].join('\n'))?.meta.title).toBe('Showroom Signal: Should your dealership be on RedNote?');
    // (Nor is a sentence of the message opening on a short subject's words.)
    const short = ['From: Dana Whitfield <dana@example.com>', 'Sent: Friday, January 24, 2025 7:02 AM', 'To: Club <club@example.com>', 'Subject: RedNote', ''];
    expect(readSavedMessageHead([...short, 'RedNote is all my students talk about this week', ...body].join('\n'))?.meta.title).toBe('RedNote');
    expect(readSavedMessageHead([...header.slice(0, 3), 'Subject: Should your dealership be on RedNote?', '', 'Should your dealership be on RedNote? We think not yet, and here is why.', ...body].join('\n'))?.meta.title).toBe('Should your dealership be on RedNote?');
    // (Nor is a body line giving the subject again with its link after it, "… on RedNote? <https://…>", a longer headline.)
    expect(readSavedMessageHead([...header, 'Showroom Signal: Should your dealership be on RedNote? <https://gearshift.example/signal/87>', ...body].join('\n'))?.meta.title).toBe('Showroom Signal: Should your dealership be on RedNote?');
  });

  it('GIVEN a newsroom\'s "X has sent you a story", a forward or a reply THEN it is left to the letter reader: the story it carries prints its own headline and byline', () => {
    expect(readSavedMessageHead(['From:\tThe Chugach Times <noreply@chugachtimes.com>', 'Sent:\tMonday, January 27, 2025 7:02 AM', 'Subject:\tDarlene Pruitt has sent you a story from The Chugach Times', ...body].join('\n'))).toBeNull();
    expect(readSavedMessageHead(['From:\tDarlene Pruitt', 'Sent:\tMonday, January 27, 2025 7:02 AM', 'To:\tmods@example.com', 'Subject:\tFW: Kodiak fishermen find a new audience', ...body].join('\n'))).toBeNull();
    expect(readSavedMessageHead(['Title: Kodiak fishermen', 'From: Darlene Pruitt', 'Subject: fishing', 'Kodiak fishermen find a new audience on RedNote.'].join('\n'))).toBeNull();
  });
});

describe('readMarkdownHead: "source" naming the outlet beside a "url" key', () => {
  it('GIVEN "source: Lakeshore Public Media" and "url: https://…" THEN the outlet is the publisher and the url key the address; GIVEN "source: https://…" alone THEN it is the address', () => {
    const both = readMarkdownHead('---\ntitle: Ohio users ride out the blackout\nsource: Lakeshore Public Media\nurl: https://www.lakeshorepublic.org/news/ohio-blackout\n---\nText.');
    expect(both.meta).toMatchObject({ publisher: 'Lakeshore Public Media', url: 'https://www.lakeshorepublic.org/news/ohio-blackout' });
    const alone = readMarkdownHead('---\ntitle: Ohio users ride out the blackout\nsource: https://www.lakeshorepublic.org/news/ohio-blackout\n---\nText.');
    expect(alone.meta).toMatchObject({ publisher: '', url: 'https://www.lakeshorepublic.org/news/ohio-blackout' });
  });
});

describe('readMarkdownHead: an MDX blog post\'s authors as records and its own <head>', () => {
  it('GIVEN "authors:" listing records ("- name: Priya Raman", "title: …") and a canonical link in the page\'s <head> THEN the name is the author and the link the address', () => {
    const post = [
      '---',
      'title: "Our community just doubled"',
      'authors:',
      '  - name: Priya Raman',
      '    title: Developer Advocate, Thermocline Energy',
      '    url: https://github.com/praman-geo',
      'date: 2025-01-22T09:00',
      '---',
      '',
      "import Tabs from '@theme/Tabs';",
      '',
      '<head>',
      '  <link rel="canonical" href="https://borelog.example/blog/rednote-community" />',
      '</head>',
      '',
      'Thermocline Energy is a geothermal drilling company in Reno, Nevada.',
    ].join('\n');
    expect(readMarkdownHead(post).meta).toMatchObject({ author: 'Priya Raman', date: '2025-01-22', url: 'https://borelog.example/blog/rednote-community' });
    // A plain list of names is read as before.
    expect(readMarkdownHead('---\ntitle: A post\nauthors:\n  - Jane Doe\n  - John Roe\n---\nText.').meta.author).toBe('Jane Doe and John Roe');
  });
});

describe('readMarkdownHead: a list of addresses under a key', () => {
  it('GIVEN "source:" listing an address ("- https://…") THEN the address is the URL, not read as a record\'s field', () => {
    expect(readMarkdownHead('---\ntitle: A post\nsource:\n  - https://www.example.org/news/rednote\n---\nText.').meta.url).toBe('https://www.example.org/news/rednote');
  });
});
