/**
 * The floors the whole tune half of the dirty articles holds: `npm run eval` loads all of its pages, asks all of their
 * questions, and fails (exit code 1) naming each figure that slipped below its floor. The test suite measures a fixed
 * sample of the half against floors of its own (test/eval/articles.test.ts): the whole half no longer fits in the suite's
 * five minutes on two cores. The comments are each floor's history: the figure as each fold and rule moved it.
 */
import type { HalfFigures } from './articles.js';

/** What `npm run eval` measures on the whole tune half; cleaning and metadata must not slip. */
export const TUNE_FLOORS = {
  // Mostly pages where the key keeps one part as the article: a messenger channel's or a social thread's other posts, a
  // library newsletter's listings around its feature, an e-edition's other stories and fact box; and prompts of sites
  // seen once (a thread unroller's, a podcast page's), a research note's disclosures.
  // The sets folded in since (two unseen sets whose totals had been read, and seven measured as delivered, the last four
  // of them and the second unseen set in the round that set these floors at 134 articles) add their own: a bulletin's
  // other notices, a chat export's other messages, a campaign e-mail's donation small print, a feed item's short link,
  // standfirsts the key counts as content, an app-review site's and a crypto site's widgets. The round that set these at
  // 150 articles folded in two more sets (the unseen half whose totals had been read, and one measured as delivered);
  // at 158, the next unseen half (a public broadcaster's and a vendor blog's membership and gated-content prompts); at
  // 166, a set measured as delivered (a meme wiki's notices, a kids' site's quiz prompts, an advice column's bio lines);
  // at 174, another (a RedNote post's hashtags inside its text, a court blog's case-file box, a data story's chart labels);
  // at 182, the unseen half whose totals had been read; at 190, a set measured as delivered (a store blog's product card,
  // a VPN blog's boxed pitch, a guide's database box); at 198, the unseen half whose totals had been read (a research guide's
  // search-tips and database boxes, a terminal's wire headlines); at 206, a set measured as delivered (a translated Q&A's
  // vote count, a city magazine's newsletter blurb and captions); at 214, the unseen half whose totals had been read (an
  // alumni magazine's pull quote, a gemlog's webring links, a bar journal's footnotes, and its pull quote once its
  // column is read at its own width); at 222, a set measured as delivered (a Nepali daily, a credit union's blog, teletext
  // pages, an Instagram caption, a Pastebin repost, a bilingual learners' site, a Dreamwidth journal, a vet clinic's blog);
  // at 230, another (an SEC 8-K submission, a wire queue capture, an OCR clipping, a Canvas announcement, a network
  // company's data blog, a music magazine, a polling group's short read, a WordPress site with raw shortcodes); at 238,
  // the unseen half whose totals had been read (a Jupyter notebook, a college radio site, a Congressional Record page, a
  // tabloid, an alt-weekly, a travel magazine, a hearing summary, a newsletter's raw MIME source); at 246, a set measured
  // as delivered (a Lemon8 post, a news aggregator app, a feed reader, a Ko-fi post, a Mailchimp campaign, a PR newsroom,
  // a GitHub README, a Nextdoor post); at 254, another (a Hong Kong government press release, a library's Omeka item, a
  // pdftotext print of a daily, a Czech radio's English page, a Federal Register notice, a business weekly, a calibre
  // download of an Italian daily, a library's newspaper database); at 262, the unseen half whose totals had been read (a
  // military news site, an expert blog, a how-to wiki, a sports network, a journal's article page, a WhatsApp export, a
  // membership magazine, a newsboat capture); at 270, a set measured as delivered (a TV station's caption file, a
  // real-estate blog, a non-profit's annual report, an Org-mode reading inbox, a petition page, a conference's session
  // recap, a tech news site copied whole, a flipbook's article view); at 278, the unseen half whose totals had been read (an
  // annotation site's transcription help and contributors box, an app-screenshot OCR's status bars and ads, a screen
  // reader's speech log); at 286, a set measured as delivered (a TV newsroom's printed script and its cues, an earnings
  // call's participant list and disclosures, an archived newsletter's other items, a bulletin board's signature and
  // pushes, a service club's "Happy Bucks"); at 294, another (mainstream sites: a daily saved by Firefox as text with its
  // *Related:* lines, a forum post's opening line, a column's author box); at 302, another (national dailies' photo
  // captions and in-article boxes, a policy newsletter's teaser bullets and sponsor copy, a newsletter platform's welcome
  // and sign-up lines); at 310, another (non-US English outlets: a print-replica PDF's captions and credits, a talk
  // radio site's listen cue, a wiki's archive notices a related box now lets through); at 318, the unseen half whose totals
  // had been read (a Kindle clippings file's other books, a story file's SEO and social lines, InDesign tagged text); at 334,
  // two sets measured as delivered (mainstream sites: a tabloid's consent box, a wire page's repeated teaser, a TV station's
  // "Video above:" line, a tech site's deal box; everyday places: a LinkedIn article, a Facebook group post, a transcript);
  // at 350, two more (pages in Chinese, Japanese, Korean, Spanish, German and French with their own furniture; pages saved
  // by SingleFile, wget, view-source, Safari's reader print, links2, Save Page WE, Google Docs and TextEdit); at 358, another
  // (mainstream sites: a public radio page, an explainer's meter, a portal's AI summary, a syndicated copy's "Story continues");
  // at 366, another (blogs and encyclopedias: Wikipedia, a Fandom wiki, Blogger, WordPress.com, Wix, Squarespace, Jekyll); at
  // 382, two more (US local news CMSs; news formats: a live blog, a timeline, an FAQ, a fact-check, a glossary, a photo essay); at
  // 390, the unseen half whose totals had been read (a PR pitch e-mail's caution banner and attachments, a learners' site's glossary);
  // at 406, two sets measured as delivered, the line model retrained on them (a Portuguese daily's author box and
  // comments prompt, a newsletter's sponsor; a privacy review's checklist, a forum post's replies, which are read once
  // its wrapped lines join); at 422, two more (Danish, Norwegian, Czech and Polish dailies in their languages, a Telegraph
  // page, a Russian exile outlet; a Montréal daily, a FidoNet message, a Fijian table-layout site, an Egyptian ASP.NET
  // page, an OCR'd weekly, a Hive blog); at 430, the unseen half whose totals had been read (a Weibo headline article, a
  // Bilibili column, a Hatena blog, a OneNote clipping, a Greek daily's English edition); at 438, a set measured as delivered
  // (Icelandic, Estonian, Mexican, Brazilian, Italian, Barbadian, Cambodian and Zimbabwean sites); at 446, another (everyday
  // places: a Gmail print view's other items, a Word newsletter's other stories, a community gala's notices); at 462, two
  // more (Asian and Pacific outlets: a Brunei e-paper's neighbouring stories, a portal's card ad; social and archive
  // formats: a Bluesky thread's replies, a Gopher proxy's banner, a Docusaurus blog's call for help); at 478, two more
  // (European dailies in their languages: a Finnish print copy's subscriber prompts and comments, an Austrian broadcaster's
  // "Mehr aus IT" links; US public bodies' platforms: a ParentSquare post's feed, a Bloomerang newsletter's columns); at 486,
  // the unseen half whose totals had been read (a Scribd page's other campus briefs, a Lark document's results table, a
  // vBulletin thread's signature, a PIXNET blog's footer); at 510, three sets measured as delivered, the line model
  // retrained on them (dailies of Papua New Guinea, Georgia, Bermuda, Ethiopia, Cyprus, Jersey; a Teams post, a Logseq
  // clip, a Viva Engage announcement, a Steam update, a PTSA e-mail, a Joplin clip, a Daily Kos diary); at 534, three more
  // (dailies of Tonga, the Isle of Man, Gibraltar, Bhutan, the Caymans, Namibia, Vanuatu, the Seychelles; wallabag, Zotero,
  // Element, Apple Notes and iMessage copies; a school's Finalsite post, a co-op magazine, a Pressbooks chapter, GitBook);
  // at 558, three more (Basque, Faroese, Armenian, Moldovan, Albanian, Kyrgyz, Greenlandic and Fiji-Indian outlets; a
  // Snapchat Discover page, a Hypothesis proxy, a Douban thread, a translate.goog page, LINE TODAY, the Substack app,
  // Flipboard, a Jina Reader capture; a senior center's PDF newsletter, an HOA portal, a superintendent's letter, a
  // clipping service, a university office, a bookstore blog, a tourism board, an ESL lesson); at 582, three more (dailies
  // of Tanzania, Belize, Guyana, Mauritius, Botswana, Liberia, the Solomon Islands, Saint Lucia; review, shop, launch,
  // forum, fundraiser and album pages whose article is one user's post among others; a PTA app, a utility, a heritage
  // school, a state library, a church e-mail, TeamSnap, a food bank's appeal, a health department's release); at 590, the
  // unseen half whose totals had been read (a fax cover sheet's notes and confidentiality notice, an in-flight magazine's
  // deck and travel disclaimer, a Lebanese daily's bank ad, a Quarto notebook's rendering note); at 598, a set measured
  // as delivered (a Lotus Notes memo, a Browsh capture, a JISCMail digest, an elfeed entry, a Nunavut weekly, an op-ed
  // syndication site, a Free Basics proxy page, a Basecamp message); at 606, another (a Khoros community blog, an
  // Invision forum topic, an itch.io devlog, a TYPO3 agency page, a LISTSERV digest, raw clipboard HTML, RTF source, a
  // TV monitoring service's caption clip); at 614, another (a Belfast daily, an Australian regional through Firefox's
  // print and pdftotext, a local TV station's RSS item in Outlook, an English academy's news, a small city's news item,
  // a Blogger mobile view, an Indian aggregator app, a Scottish TV channel's site); at 622, another (an AO3 work page, a
  // balanced-news roundup, a Common Crawl WET record, a USDA attaché report, a GOV.UK news story, a journalist's clips
  // portfolio, a Behance case study, an EV blog on WordPress VIP); at 630, the unseen half whose totals had been read (an
  // op-ed syndication site's related box, a zoo's news post, a Kurdish broadcaster's English page; the line model retrained);
  // at 646, two sets measured as delivered, the line model retrained on them (a print tool's and a reader app's chrome,
  // a Kit newsletter's sponsor and P.S.; an easy-read site's "hard words" boxes, a translation layer's doubled lines); at
  // 654, the unseen half whose totals had been read, the line model retrained (an adult-learning newsletter's other items, a
  // wire service's NITF file read as text, its abstract and subject codes); at 670, two sets measured as delivered, the
  // line model retrained on them (news sites of many countries: an agency's dateline line, a broadcaster's photo label;
  // everyday places: a school newsletter's other blocks, a reader app's and a mail client's chrome); at 686, two more
  // (tools' exports: an OCR program's HTML, a wiki's export, a CMS's data export, a transcript; mainstream sites copied
  // or saved: a newsweekly's house sections, a how-to site's widgets, a fan blog's modules); at 702, two more (news and
  // community sites of under-represented regions: forum replies, an aggregator's disclaimer, a script switcher's
  // transliterated labels; metadata in odd places: a talking newspaper's other tracks, a blog aggregator's other posts,
  // a front page's other stories, a chat's summary of the pasted story); at 710, the unseen half whose totals had been
  // read, the line model retrained (a scan's OCR noise and the page's other stories, a newsletter's other items, an XLIFF
  // file's source-language units); at 734, three sets measured as delivered, the line model retrained (community sites and
  // chat exports: a digest's other posts, a fan wiki's panels; business tools: an intranet's colleague comments, a research
  // note's disclaimer; news sites saved in odd ways: a reader's feed list, a print view's links); at 750, two more (pages
  // sharing the story with others: a weekly's front page, a reader's stacked entries, a scanned page's other stories;
  // developer tools: a crawl's log, a notebook's printed output, a HAR file's escaped page, a database row's body cell);
  // at 766, two more (everyday mainstream pages: a portal's key points, a blog's opt-in box, a PDF print's running lines;
  // tricky metadata: a festival's partner logos, a portfolio's captions, a tax alert's page headers); 864 once a box of
  // links inside a story ("Read more from …:") no longer ends it: of that box, a headline, and a promo under the story, stay;
  // at 774, the unseen half whose totals had been read (a municipality's standfirst and feedback form, a caption, an OCR'd
  // portal's French "À lire aussi" box), 874 once cookie banners, photo labels and skip links in other languages are read;
  // at 798, three sets measured as delivered, the line model retrained (institutional pages: a think tank's synopsis box, a
  // museum record's fields; mobile and app captures: a TV app's remote legend, a scroll capture's next story; damaged
  // captures: a table paste's cells, a half-rendered page's placeholders); at 806, a set measured as delivered, the line
  // model retrained (English stories under other languages' chrome: a Somali site's hawala ads, a uCoz site's blocks); at
  // 814, another (hard metadata: a translated story's notes, a co-published investigation's republish box); at 822, the
  // unseen half whose totals had been read, the line model retrained (an answer engine's source chips "reuters+3", a Tibetan
  // site's related news, a SPIP page's comment); 954 once reStructuredText and AsciiDoc sources are read as the pages they
  // render to (a Pelican post's figure and footnote, a JBake post's editor notes and attribute lines); at 846, three
  // sets measured as delivered, the line model retrained (local media outside the US, stories reaching a moderator
  // second-hand, community publishing: 51 of 854 as delivered, 47 once the model is retrained);
  // 997 once land acknowledgements and an artist's credit ("Art: Sophie Tran") are read as furniture.
  // At 854, the unseen half whose totals had been read, the line model retrained (an SMF print page's "Post by:" lines
  // and replies, a club platform's post header, a betting site's terms lines: 15 as measured, 1,009 retrained).
  // 992 once a forum's or a list's "Re: <headline>" ends the post, a post header names its poster ("27 Jan 2025 3:12 PM |
  // Linda Whitcomb (Administrator)") and an offer box's pitch, button and small print are furniture.
  // At 878, three sets measured as delivered, the line model retrained (pages saved by tools, chat and thread pages,
  // institutional and commercial sites: 18 of 930 as delivered). 1,009 once a reading time written minutes first ("6 Min. Lesezeit") is one. 1,007 once JAWS's speech history is read as
  // NVDA's is (its "banner region", "list end" and linked pictures).
  // At 894, two sets measured as delivered, the line model retrained (articles inside other documents: a court exhibit's
  // stamps, a wiki export's revisions, a CSV export's other posts; platforms' pages: a repository record's files, a
  // video page's credits: 62 of 554 as delivered, 1,065 retrained). 1,056 once a CSV export is read as its longest post and a wiki's
  // XML export as its latest revision, and a platform's play counts and download links are furniture. 1,054 once a
  // program's lines pasted with an article (a log line, an install command, a statement) are.
  // At 910, two sets measured as delivered, the line model retrained (small publishers: a class blog's comments, a
  // finger .plan's older entries; damaged captures: a half-loaded page's placeholders: 46 of 508 as delivered, 1,098 retrained).
  // At 926, two more (less common page types: a letters page's policy box, a sponsored post's disclosure; regions not yet
  // covered: a Kyrgyz site's mojibake chrome, a clipping service's fields: 34 of 557 as delivered, 1,130 retrained).
  // At 934, the unseen half whose totals had been read (a debate file's cards, a cruise digest's other stories: 46 of 235),
  // 1,174 once an Apple News Format document and a talk's VideoObject page are read. At 974, five sets measured as
  // delivered (text made from documents, structured exports, spoken and media pages, community platforms, outlets
  // outside the US: a report's numbers box, a newsletter's other items, a live blog's pinned box: 148 of 1,142). 1,309
  // once a WordPress export's, an ActivityPub fetch's and a news agency's ninjs item's fields are read. At 998, three
  // more sets measured as delivered (institutions' sites, republished stories, pages saved by unusual tools: an
  // accessibility tree's and a console's chrome, a read-later app's notes: 64 of 808). At 1,014, two more (documents
  // converted to text, stories shared through messengers: a magazine's tips box, a chat app's other messages: 72 of 448),
  // 1,451 once a PDF drawn as PyMuPDF's HTML is read line by line (its deck and its tips box are lines of it now); 1,454
  // once pdfminer's text boxes are too (a credit union newsletter's other items). At 1,030, two more (stories as one
  // item among many, translated pages: a yearbook-style issue's other stories, a translator's bar: 44 of 530), 1,461 once
  // a flash-briefing feed is read as JSON, a translator's bar is furniture and the line model is retrained on 1,030.
  // At 1,059, the unseen half whose totals had been read (an ActivityPub fetch's headers, an Everything2 node's chrome)
  // and three sets measured as delivered (archives' copies, fast-moving formats, small outlets: a live blog widget's
  // cards, a TimelineJS page's markers), 1,500 once the line model is retrained on 1,059. At 1,066, a fourth (pages as
  // other programs render them: a screen reader's log, a text-only converter's bar: 7 of 290), 1,507 retrained on them.
  // At 1,098, four more (pages read through apps and devices, regions not yet covered, office and publishing tools'
  // exports, damaged captures: a spreadsheet's other rows, a slide deck's bullets, a digest's other topics: 67 of 1,248),
  // 1,568 retrained on them. At 1,114, two more (unusual bylines and dates, personal publishing: a zine's stamps, a
  // weblog's status widget), 1,590 retrained on them with the headline model weighing the candidates. At 1,122, a set of
  // pages whose headline is hard to find (an editor's sidebar, a source panel: 5 of 310), 1,594 retrained. At 1,134, the
  // unseen half whose totals had been read and four pages held back with it (a veterans' post's notices, a koi club's
  // guestbook: 46 of 479), 1,630 retrained on them. At 1,193, eight sets measured as delivered, less five pages held back
  // (community sites, other scripts' chrome, documents, saving tools, metadata that disagrees, hidden outlet names,
  // everyday news sites, reference pages: a forum's replies, a wiki's infobox and references, a school circular's reply
  // slip: 1,742 retrained on them), 1,731 once a reference site's "Article Sources" and "Related Terms" end its article.
  // At 1,201, the unseen half whose totals had been read (a newsletter's reply prompt and feed notice, a brand e-mail's
  // footer, a Russian blog's view count): 1,735; 1,734 with the line model retrained on them.
  // At 1,216, fifteen measured as delivered (non-US news sites saved oddly; community and institutional pages: an expert
  // Q&A site's intake chat, credentials and related questions, 25; a neighbourhood digest's other postings), both models
  // retrained on them: 1,775; 1,767 after that round's furniture rules, and 1,775 again once a slide deck's repeated
  // "Notes:" no longer ends it (its speaker notes, 28 sentences, are read; its slides' bullets, 8, are kept with them).
  // At 1,225, the unseen half whose totals had been read and the Campaign Monitor newsletter held back with it: 1,768;
  // 1,763 after that round's furniture rules (an office alone on a line, a mail app's notices), 1,772 once a wrapped
  // text's edge is the width most of its lines reach (a PDF magazine's ads join their lines). At 1,257, four sets measured
  // as delivered (small businesses across the two apps, security warnings, congregations and clubs, small-town news:
  // a shopper's auction bill and classifieds, 13), the line model retrained on them: 1,822. At 1,305, the unseen half
  // whose totals had been read and five sets measured as delivered (health pages, councils' and legislators' pages,
  // farms and food sellers, game studios and streamers, youth groups: a state representative's e-newsletter's other
  // notices, a pharmacists' magazine's classifieds, a one-page guide's expert box): 1,882; 1,881 retrained on them;
  // 1,882 once the headline model also weighs a field's label ("Member since: …"): a headline found draws its page's
  // head differently. At 1,329, three more sets measured as delivered (translators and subtitlers, local stations,
  // libraries and archives: an art daily's other stories, a story platform's item cards, a library newsletter's event
  // cards): 1,907; 1,920 with the line model retrained on them (it keeps 5 more sentences). At 1,353, three more
  // (tourism, the court case explained, advertisers: a booking site's hotel cards, a tourism office's recent-news list,
  // a court archive's justices): 1,955; 1,959 retrained on them. At 1,361, the unseen half whose totals had been read
  // (musicians): 1,963. At 1,393, four sets measured as delivered (fashion and beauty, pets and vets, cooks and restaurant
  // guides, banks and insurers): 1,990; 1,998 with both models retrained on them; 2,002 once a bank's message view,
  // loaded as no article before, keeps its message (and the secure-messaging note under it); 1,995 once labelled field
  // rows before an article, a video description's chapter list and a feed reader's buttons are furniture. At 1,473, ten
  // more sets measured as delivered (campus papers, estate agents, labs, carriers, senior centres, diaspora papers,
  // charities, podcasters, employers, artists): 2,114; 2,132 with both models retrained on them; 2,129 once a group's
  // composer prompt ("Post something to this group...") is furniture. At 1,505, four more (fact-checkers, gadget and car
  // sites, councils abroad, entertainment sites): 2,183; 2,191 with both models retrained on them; 2,190 once a plain-text
  // newsletter's "** " heading mark is no word. At 1,521, two more (e-mail in every form, office and note apps' exports):
  // 2,225 with both models retrained on them.
  // (654 at 686 pages once a how-to guide's section on comments no longer ends it: its own comment box's prompts, 8, stay;
  // 736 at 710 once a page saved with curl -i is read as its page: its deck, 1, stays.)
  // (2,336 at 1,569 pages: last round's unseen half and five sets measured as delivered, faith communities, military
  // sites, science outreach, unions and auctions, with both models retrained on them.)
  // (2,447 at 1,625: seven more sets measured as delivered, TV and radio, health, travel, games, legal, real estate,
  // catalogues and exports among them, with both models retrained.)
  // (2,462 once a correction at a story's end, "Correction: An earlier version … misstated …", is the article's own
  // record and kept with it: the keys of 31 pages count it as the story, of 23 as furniture.)
  // (2,570 at 1,681: seven more sets measured as delivered, farming, transport, family, finance, accessibility,
  // non-English publishers' English editions, mirrored and proxied copies, with both models retrained.)
  // (2,723 at 1,745: eight more sets measured as delivered, environment, retail, politics, hobbyists, developer tools,
  // print replicas, chat exports, consulates, with both models retrained.)
  // (2,806 at 1,793: six more sets measured as delivered, utilities, community media, education platforms, outlets
  // abroad, podcasts, intranets, with both models retrained.)
  // (2,807 once Pelican's unfenced metadata is read: a newsletter source's own intro line is kept, its title and author
  // found.)
  // (2,938 at 1,857: eight more sets measured as delivered, libraries and museums, nonprofits, restaurants, leagues and
  // gyms, outlets in Latin America and the Pacific, unusual saving tools, public notices, student projects, with both
  // models retrained.)
  // (2,939 once a mirrored page's <meta> before its <head> no longer hides its body: its byline and date are read, and
  // a sponsor's line between two of its paragraphs is put back with them.)
  // (2,937 once a <title> setting the masthead before the headline with a separator, "Forum • Headline", names both.)
  // (3,033 at 1,937: nine more sets measured as delivered (weather and relief, forums, pets, read-later exports, Central and Eastern European outlets, automotive, weddings, Middle Eastern and North African outlets, think tanks) and the last round's unseen half (theatres), with both models retrained.)
  // (3,189 at 2,025: eleven more sets measured as delivered (government portals, hospitality, crypto and investing, release notes and status pages, fandom, South Asian outlets, genealogy, sports data and betting, live trackers, language learning, PR wires), with both models retrained.)
  // (3,313 at 2,073: six more sets measured as delivered (insurance, architecture and home improvement, open-source communities, international organisations, teletext and alert services, Japanese, Korean and Taiwanese outlets), with both models retrained; among them a Bugzilla report that had not loaded at all, now read whole (its tracker's furniture kept, 15 junk lines).)
  // (3,417 at 2,121: six more sets measured as delivered (book publishers, seller centres, cybersecurity, diaspora newspapers, scientific societies, note apps' exports), with both models retrained.)
  // (3,418 at 2,121: a story printed twice on its page keeps its first copy; a Matrix export prints every message twice, and a
  // comment quoting the story in both copies now stays with it. The set that showed the rule, a newsroom's page holding its
  // story again in a "Republish this story" box, had lost 17 sentences.)
  // (3,233 at 2,121 once a short line the line model reads as furniture beyond doubt heads no section.)
  // (3,488 at 2,281: twenty sets measured as delivered (last round's unseen half on fashion and beauty; healthcare, music and radio, Latin American and Iberian outlets, law, student papers and school districts, web archives and capture tools, religious communities, transit and travel, African outlets, mail clients and list archives, chambers of commerce, museums, gaming, real estate, utilities and telecoms, food, Oceania, Eastern Europe and Central Asia, job boards), with both models retrained.)
  // (3,487 once share and save buttons in French, German, Dutch, Italian, Spanish and Portuguese are controls.)
  // (3,635 at 2,369: eleven more sets measured as delivered (sports clubs, science and space, nonprofits, local TV and radio, Southeast Asian outlets, messaging apps' exports, French, German, Italian and Dutch outlets, banks and personal finance, parenting, the outdoors, Nordic and Baltic broadcasters), with both models retrained.)
  // (3,636 once a column a little narrower than the text, its lines full to a proportional font's slack, is unwrapped at
  // its own width: a shopper's caption now runs on into its credit, "(Trader photo/Rhonda Pettit)", which no longer
  // stands alone as a credit.)
  // (3,745 at 2,401: four more sets measured as delivered (pharmacies and drug makers, logistics, city and county minutes and newsletters, Caribbean and Central American outlets), with both models retrained.)
  // (4,058 at 2,569: last round's unseen half (farming and food) and twenty sets measured as delivered (aviation, insurance and personal finance, Middle Eastern and South Asian outlets, read-later and note apps' exports, K-12 schools, hotels and short-term rentals, crypto and payment apps, Japanese, Korean and Taiwanese outlets, pets and veterinary, podcasts, fitness, books and libraries, weather and climate agencies, the military and veterans, weddings, architecture and home improvement, genealogy, statistics offices and open data, Canadian outlets, comics and fan wikis), with both models retrained.)
  // (4,063 once a layout copy's lines up to 110 columns count as wrapped: a Filipino weekly's page, read as one column,
  // keeps its calendar and jump line, and loses no sentence.)
  // (4,066 once a contents entry heading a section further down ends nothing and a chart's notes are skipped: a
  // bulletin's sections are read; a survey's numbered notes under its chart are kept.)
  // (4,067 once a job's words are no writer's name: a news site's standfirst over its "Correspondent" line is kept.)
  // (4,301 at 2,689: fifteen more sets measured as delivered (ports and shipping, mining and energy, study abroad and admissions, UK and Irish councils, Indian regional outlets, startup communities, marketplaces' seller forums, translation agencies, cooking, charities' reports, cycling, faith media in Asia, arts councils and orchestras, security vendors and CERTs, tutoring marketplaces), with both models retrained.)
  // (4,302 once a possessive before a noun is no name: a gig page's "Gigsmith's Choice" badge, read as its seller, stays as a line.)
  // (4,519 at 2,841: last round's unseen half (cars and motoring) and eighteen sets measured as delivered (video games and esports, real estate, law firms and courts, universities' research news, local TV and radio, African outlets, Latin American outlets, newsletter platforms, city halls and small countries' press offices, trade unions, theatres and venues, gardening and DIY, web archives and reader modes, parenting, scientific journals and preprint servers, sports clubs and leagues, European outlets in English, software docs and release notes), with both models retrained and the round's rules: a call to action ("Got a tip? Just hit reply."), a site's affiliation line, a poll's option and its share, an AI summary box and its note.)
  // (4,645 at 2,905: eight more sets measured as delivered (travel and tourism, fashion and beauty, environmental NGOs, religious communities' newsletters, telecoms and ISPs, food delivery and restaurants, HR and workplace newsletters, toys and hobbies), with both models retrained.)
  // (4,781 at 2,969: eight more sets measured as delivered (consumer review and complaint sites, local listings and map guides, edtech and MOOCs, procurement and regulatory filings, e-commerce listings, Balkan outlets, youth organisations, patient forums), with both models retrained and a call to action's "Go to …".)
  // (5,045 at 3,097: last round's unseen half (public health) and fifteen sets measured as delivered (casinos and lotteries, Chinese platforms, housing co-ops and tenants' unions, legislatures, electronics retailers, bars and breweries, makers and radio amateurs, funeral homes, tattoo and barber shops, running clubs, freelancers' platforms, homeschooling and tutoring, anglers and hunters, convenience stores, dating apps), with the line model retrained and a CJK line of over sixty characters left to the rules)
  // (5,149 at 3,161: eight more sets measured as delivered (dentists and optometrists, tradespeople, accountants, print shops and couriers, dry cleaners and laundromats, pages in Chinese, in Japanese and Korean, in Spanish, Portuguese and French), with both models retrained, a blog's "5 Responses to …" heading its comments, a double-spaced transcript and a Chinese letter wrapped at a fixed width read in their paragraphs (5,043 at 3,097 before the sets))
  // (5,098 once the line model counts a line's words in every script (a Ukrainian paragraph naming RedNote was three words long to it), retrained)
  // (5,277 at 3,225: eight more sets measured as delivered (pet groomers and kennels, Chinese community pages in the US, library and museum calendars, PDFs copied as text, pages in Russian, Ukrainian and Polish, in Thai, Indonesian and Vietnamese, in German, Italian and Dutch, transcripts), with both models retrained)
  // (5,684 at 3,449: last round's unseen half (investor relations) and twenty-seven sets measured as delivered, with both models retrained; among them pages in Hebrew, Persian, Amharic and Yoruba now read in their paragraphs, each with some of its furniture)
  // (5,683 once a Signal backup tool's IRC-style text export is read as a chat)
  // (6,196 at 3,673: last round's unseen half (patent offices and IP firms) and twenty-seven sets measured as delivered, with both models retrained and the round's rules; among them pages in Nordic, South Asian, Balkan, Caucasian, Central Asian, Khmer, Lao, Mongolian and Celtic languages, and mainstream news, blogs, encyclopedias and newsletters)
  // (6,195 once a line printed twice on neighbouring lines is one copy, a photo's alt text over its caption, whatever its punctuation, with the headline model retrained)
  // (6,696 at 3,905: last round's unseen half (dental, eye care, physio and chiropractic) and twenty-eight sets measured as delivered, with both models retrained and the round's rules (Chinese CMS field lines, pull quotes, MarkDownload's excerpt box among them))
  // (6,782 at 3,953: six more sets; 6,712 once a page's own caveats, "… is not legal advice", are furniture;
  // 6,654 once a mail system's banners, a republished piece's first home, "About the author:" and the like are too)
  // (6,720 at 3,985: last round's unseen half (marinas and sailing) and three sets, with both models retrained; 6,691 once an ad's copy of a few sentences closed by its button, a shop's link, a link closed by an arrow, Chinese sites' disclaimers and a newsroom's cutline field are furniture, and a caption closed by its credit or an ad by its button no longer runs on into the story below it)
  // (6,757 at 4,017 with the round's first code and models: last round's unseen half (equestrian) and three sets; 6,726 with the round's rules and both models retrained)
  // (6,778 at 4,049 with both models retrained: last round's unseen half (laundromats) and three sets (campgrounds and hostels; bakeries, breweries and roasters; ferries, airlines, buses and taxis); 6,766 with the round's rules and both models retrained; 6,764 once a Chinese caption under its triangle, "▲…", is furniture)
  // (6,823 at 4,081 with both models retrained: last round's unseen half (veterinary clinics, groomers, kennels and shelters) and three sets (pharmacies and medical-supply shops; bicycle shops, bike-share and couriers; notaries, interpreters, visa agencies and immigration consultants); 6,817 with the round's rules and both models retrained)
  // (6,871 at 4,113 with both models retrained: last round's unseen half (car washes, gas stations, truck stops and convenience stores) and three sets (florists, garden centres and nurseries; funeral homes, cemeteries and memorial services; driving schools, car dealerships and auto repair shops); 6,860 with the round's rules and both models retrained)
  // (6,924 at 4,145 with both models retrained: last round's unseen half (dry cleaners, tailors, cobblers and key cutters) and three sets (public libraries, bookshops, comic stores and literary magazines; hotels, motels, bed-and-breakfasts and vacation-rental hosts; yoga studios, fitness gyms, personal trainers and dance schools); 6,907 with the round's rules and both models retrained; 6,842 with the round's later rules and both models retrained again; 6,843 once a story its page's script shows is read, both models retrained again (the WeChat article read now brings one of its own))
  // (6,899 at 4,177 with both models retrained: last round's unseen half (plumbers, HVAC contractors, roofers and window installers) and three sets (museums, art galleries, historical societies and botanical gardens; food trucks, farmers' markets, community kitchens and cooking schools; escape rooms, bowling alleys, arcades and mini-golf courses))
  // (6,891 with the round's rules: a headline signed past the head anchors its article, a writer's handle, badge and organisation are read, an issue's contents line and a Markdown table of contents are furniture)
  // (6,879 once a video's captions inside its transcript are read and a note wholly in square brackets is furniture)
  // (6,865 at 4,209 with the line model retrained (the headline model kept): last round's unseen half (locksmiths, pest-control firms, chimney sweeps and pool-maintenance services) and three sets (glassblowing studios, dive shops and tree-care firms; midwives, nursing homes and land surveyors; record stores and pressing plants, rowing and canoe clubs and circus schools), with the round's first rules (a post resuming after a product box, post and mail headers in other languages, a first-name handle, an author card's relative stamp, an italic caption, comments not put back, a video player's labels, a closing's aside))
  // (6,863 with the round's later rules: a line of labelled fields or a contact line is no headline, a pull quote's credit heads nothing, a 'Publish date:' field dates the page and its 'Published URL:' gives its address, a JSON-LD organisation as author is the issuer)
  // (6,855 once a heading marking notes not for readers, "… (do not publish)", ends the article)
  // (6,852 at 4,241 pages with both models retrained: last round's unseen half (movers, coach operators and marine towing firms) and three sets (narrowboat hire, canal trusts and lock-keepers; thatchers, stonemasons and blacksmiths; saunas, bookbinders and well drillers), with the round's rules (a headline the <title> cut at its colon, a wrapped Markdown heading, a contents entry's dot leader, a newsletter issue's other items, a clipped 'Read more' list, an ad down to its button, a writer's card over the post's age))
  junkKept: 6852,
  // A social thread's two-word posts (2), and a fact-check's verdict line ("We rate this claim Mostly False."), which the
  // line model reads as a rating widget. A school newsletter's closing lines ("Want to learn more?", the next meeting).
  // A TV site's "… contributed to this report", which its key counts as the story and the credit rule removes.
  // A tea shop's sign-off ("Wendy (and Marcus, and Jenny, and Mom)"), which its key counts as the story. A dataset page's
  // acknowledgements. The sets at 670 brought 22, 21 of them one page's whole story (a news theme's <body> classed
  // "has-header-ad" was removed as an advertisement: mended). The sets at 686 brought 61 (a CMS's data export with its
  // Spanish copy, 22; an MDX source's components, 9; an explainer newsletter's sponsor block, 8; an OCR program's
  // neighbouring column, 6). The sets at 646 brought 7, all mended (a pdftotext print whose shorter sidebar shares the article's lines).
  // The unseen half at 318 brought 15, all mended (a status page's earlier updates, 10; an app store story's section
  // "Read the comments yourself", taken for a comments button, 5). The sets at 334 brought 23 (a video page's transcript under its
  // comments: mended). A standfirst in sentences between headline and byline is the page's summary: nine keys count it as
  // furniture, two (an Apple News share, a French outlet's English edition) as the story (3 sentences). The sets at 382
  // brought 72 (an FAQ's hidden answers, a photo essay's captions, a timeline's dated entries, an interview's questions).
  // The sets at 406 brought 18 (a forum post wrapped at 70 columns under the forum's short labels: mended); those at 422, 8 (three of them
  // mended: a Norwegian daily's dash-led quotes; a Russian outlet's four and a Polish weekly's one remain).
  // The sets at 686 lost 45 (a parser's JSON output, its body one string of Markdown, 22; a how-to site copied whole,
  // its section "Translating Posts and Comments" read as its comments' heading, 22: both mended).
  // A clip report's closed captions in capitals, wrapped at 32 columns (32): mended at 686 pages, the captions of the
  // minute before and after the clip, which its key counts as furniture, kept with them (junk 654 → 658).
  // The unseen half at 774 brought 2, both an OCR's misreadings that no cleaning restores ("l thought", "the modem mill").
  // The sets at 798 brought 31 (a page whose story was escaped twice, its tags and entities printed as text, 22; a
  // statehouse site's story pasted page by page, its pages 2 and 3 after page 1's footer, 19: both mended).
  // (93 at 806 once the line model is retrained: a Luxembourg weekly's two French quotes it now reads as furniture.)
  // The unseen half at 822 brought 7, a Pelican post's and a JBake post's (their link text, their story after a sidebar),
  // mended once reStructuredText and AsciiDoc sources are read as their pages.
  // The unseen half at 854 brought 2 (a webcomic's sign-off after its news post, which its key counts as the post), and
  // the line model retrained on 854 pages drops 2 more.
  // The sets at 878 brought 2; those at 894, 19 (articles inside other documents), 2 once a wiki's XML export is read
  // as its latest revision. Those at 910, 3 (an OCR'd weekly's sentence split by its page jump). Those at 926, 6 (a
  // letters page's signatures and a newsletter's greeting and sign-off, which their keys count as the article). Those at
  // 934, 20 (a city's records release whose forwarded story is one of its e-mails). Those at 974, 55 (a WordPress
  // export's and an ActivityPub fetch's post, a credit union's PDF newsletter through pdfminer); 125 once the first two are read.
  // Those at 998, 9 (a press release's "About" box, a parish letter's greeting, a search index record's stored story).
  // Those at 1,014, 43 (a PDF drawn as HTML line by line, a PDF viewer's copy of a magazine's columns); 154 once
  // PyMuPDF's HTML is read line by line; 138 once pdfminer's text boxes are read as paragraphs. Those at 1,030, 21 (a
  // whole print issue's text on a flip-book site, its story in narrow columns among the others). Those at 1,098, 63 (a
  // story cut off mid-load, a spreadsheet's cell, a deck's speaker notes, a chunked HTTP body), 206 once text a Mac read
  // as Mac Roman, or misread as Windows-1252 twice over, is repaired.
  // (239 at 1,216 pages; 236 once a transcription service's "Name (00:02:10):" opens a turn; 208 once a deck's
  // repeated "Notes:" label no longer ends its speaker notes; 211 at 1,225; 190 once a wrapped text's edge is the width
  // most of its lines reach, not its one widest line: a PDF magazine's story column beside its ads; 204 at 1,257, four
  // sets measured as delivered: a church's notes to its members and their sign-offs, which their keys count as text;
  // 231 at 1,297; 218 once "Notes" over a meeting's timestamped paragraphs heads a section instead of ending the page;
  // 215 at 1,305 with the line model retrained; 220 at 1,329, three more sets measured as delivered; 215 retrained;
  // 217 at 1,353, three more; 213 retrained; 213 at 1,361; 232 at 1,393, four more sets measured as delivered (a bank's
  // logged-in message centre, loaded as no article: its "Reply" button read as a comment's, 11); 231 retrained; 220 once
  // a "Reply" under a message's paragraphs with nothing before them is its button; 243 at 1,473, ten more sets measured
  // as delivered, and after retraining; 251 at 1,505, four more (a council report's numbered paragraphs joined, a school
  // feed's post kept, before they were folded in); 249 retrained; 292 at 1,521, two more (a Sympa digest read as no
  // article, 27 of its post's sentences; a pdf2htmlEX print page's jumped story, 16), after retraining; 268 once a list's
  // digest is read as its longest message.)
  // (280 at 1,569: last round's unseen half, whose newsletter now reads its text part under an unfilled HTML template, 3
  // of its 20 still lost, and five sets, after retraining.)
  // (275 at 1,625, seven more sets, after retraining.)
  // (238 once a correction at a story's end is kept with it.)
  // (238 still once a speech history's cut lines are joined; 268 at 1,681, seven more sets, after retraining.)
  // (294 at 1,745, eight more sets, after retraining.)
  // (263 at 1,745 once a mail archive's lines set one per <br> are joined; 264 at 1,793, six more sets.)
  // (275 at 1,857, eight more sets, after retraining.)
  // (286 at 1,937, nine more sets and the last unseen half, after retraining.)
  // (301 at 2,025, eleven more sets, after retraining.)
  // (310 at 2,073, six more sets, after retraining; the Bugzilla report's 16 sentences would have been lost.)
  // (340 at 2,121, six more sets, after retraining: a flipbook's narrow columns lose a whole story.)
  // (371 at 2,281: twenty sets measured as delivered (last round's unseen half on fashion and beauty; healthcare, music and radio, Latin American and Iberian outlets, law, student papers and school districts, web archives and capture tools, religious communities, transit and travel, African outlets, mail clients and list archives, chambers of commerce, museums, gaming, real estate, utilities and telecoms, food, Oceania, Eastern Europe and Central Asia, job boards), with both models retrained; among them a list server's held post that had not loaded at all, now read from its box.)
  // (390 at 2,369: eleven more sets measured as delivered (sports clubs, science and space, nonprofits, local TV and radio, Southeast Asian outlets, messaging apps' exports, French, German, Italian and Dutch outlets, banks and personal finance, parenting, the outdoors, Nordic and Baltic broadcasters), with both models retrained.)
  // (387 with that column unwrapped: a programme's paragraph had lost its first line as a heading.)
  // (402 at 2,401: four more sets measured as delivered (pharmacies and drug makers, logistics, city and county minutes and newsletters, Caribbean and Central American outlets), with both models retrained.)
  // (438 at 2,569: last round's unseen half and twenty sets measured as delivered, with both models retrained; among them a Tana clip that had not loaded and a Notion API dump read as raw JSON, both now read.)
  // (427 once a layout copy's lines up to 110 columns count as wrapped: an A4 filing and a weekly's page are read in paragraphs.)
  // (411 once a contents entry heading a section further down ("Related links") ends nothing and a chart's "Notes:" ends
  // no article: a statistics bulletin had lost all but its deck.)
  // (431 at 2,689: fifteen more sets measured as delivered, with both models retrained.)
  // (439 at 2,841: last round's unseen half and eighteen sets measured as delivered, with both models retrained.)
  // (467 at 2,905: eight more sets, with both models retrained; among them an ISP's status page whose dated updates, read as a comment thread, are lost, and a delivery app's guide interleaved with its restaurants' cards.)
  // (475 at 2,969: eight more sets, with both models retrained.)
  // (568 at 3,097: sixteen more sets, with the line model retrained; among them a committee hearing's transcripts and a dating column)
  // (550 at 3,161: eight more sets, with both models retrained; 520 at 3,097 once a double-spaced transcript is read without its blank lines and a blog's "5 Responses to …" no longer stands for its headline; among the eight, a Korean research brief's hanging items and a TV script in Korean)
  // (543 once the line model counts words in every script)
  // (589 at 3,225: eight more sets, with both models retrained; among them Thai prose, which sets no spaces between words, read as short lines)
  // (584 once a report's points set with a bullet and a hanging indent ("○", "•") are read whole, as its numbered paragraphs are)
  // (608 at 3,449: last round's unseen half and twenty-seven sets, with both models retrained; 594 at 3,233 before, 580 once a landscape transcript wrapped at 130 columns and a synced transcript's time codes are read, 618 at 3,385 once scripts with their own full stops end sentences, 608 once a document archive's editable OCR box is read)
  // (632 at 3,673: last round's unseen half and twenty-seven sets, with both models retrained; 600 at 3,449 before, once the line model reads words in every alphabet whole)
  // (674 at 3,905: the same; 648 at 3,841 before the last eight sets and the retraining, once drop caps set apart open their words again)
  // (673 at 3,953: the same; 674 once a page's own caveats are furniture, a key counting one as text)
  // (678 at 3,985: the same; 670 with the round's rules)
  // (695 at 4,017: the same; 674 with the round's rules and both models retrained)
  // (682 at 4,049 with both models retrained: last round's unseen half (laundromats) and three sets (campgrounds and hostels; bakeries, breweries and roasters; ferries, airlines, buses and taxis); 680 with the round's rules and both models retrained)
  // (685 at 4,081 with both models retrained: last round's unseen half (veterinary clinics, groomers, kennels and shelters) and three sets (pharmacies and medical-supply shops; bicycle shops, bike-share and couriers; notaries, interpreters, visa agencies and immigration consultants); 683 once a Chinese or Japanese line stopped mid-sentence runs on from 80% of the wrap width)
  // (690 at 4,113 with both models retrained: last round's unseen half (car washes, gas stations, truck stops and convenience stores) and three sets (florists, garden centres and nurseries; funeral homes, cemeteries and memorial services; driving schools, car dealerships and auto repair shops); 690 with the round's rules and both models retrained)
  // (747 at 4,145 with both models retrained: last round's unseen half (dry cleaners, tailors, cobblers and key cutters) and three sets (public libraries, bookshops, comic stores and literary magazines; hotels, motels, bed-and-breakfasts and vacation-rental hosts; yoga studios, fitness gyms, personal trainers and dance schools); 735 with the round's rules and both models retrained; 737 with the round's later rules and both models retrained again: a Korean forum post sharing a school paper's story is now headlined by the story it shares, and its own two lines above go; 728 once a story its page's script shows is read, both models retrained again)
  // (758 at 4,177 with both models retrained: last round's unseen half (plumbers, HVAC contractors, roofers and window installers) and three sets (museums, art galleries, historical societies and botanical gardens; food trucks, farmers' markets, community kitchens and cooking schools; escape rooms, bowling alleys, arcades and mini-golf courses))
  // (733 with the round's rules: a headline signed past the head anchors its article, a writer's handle, badge and organisation are read, an issue's contents line and a Markdown table of contents are furniture)
  // (695 once a video's captions inside its transcript are read and a note wholly in square brackets is furniture)
  // (699 at 4,209 with the line model retrained (the headline model kept): last round's unseen half (locksmiths, pest-control firms, chimney sweeps and pool-maintenance services) and three sets (glassblowing studios, dive shops and tree-care firms; midwives, nursing homes and land surveyors; record stores and pressing plants, rowing and canoe clubs and circus schools), with the round's first rules (a post resuming after a product box, post and mail headers in other languages, a first-name handle, an author card's relative stamp, an italic caption, comments not put back, a video player's labels, a closing's aside))
  // (699 with the round's later rules: a line of labelled fields or a contact line is no headline, a pull quote's credit heads nothing, a 'Publish date:' field dates the page and its 'Published URL:' gives its address, a JSON-LD organisation as author is the issuer)
  // (705 at 4,241 pages with both models retrained: last round's unseen half (movers, coach operators and marine towing firms) and three sets (narrowboat hire, canal trusts and lock-keepers; thatchers, stonemasons and blacksmiths; saunas, bookbinders and well drillers), with the round's rules (a headline the <title> cut at its colon, a wrapped Markdown heading, a contents entry's dot leader, a newsletter issue's other items, a clipped 'Read more' list, an ad down to its button, a writer's card over the post's age))
  sentencesLost: 705,
  // A listicle's items are headings numbered as the page numbers them ("1. The cat tax was paid …") where the key has no
  // numbers (11 missing, 11 extra); a video page's chapter titles; an e-edition's wrapped lines read as headings; a
  // numbered heading ending in a full stop; a report's "3. Findings" heading only a subsection's heading.
  // A line several of the 206 pages share ("Background", "Recommendations", "What is RedNote?") over prose is a section's
  // heading, no more the furniture of one site: 62 missing → 23.
  // (136 missing, 665 extra at 1,305 pages; 130 and 659 once a one-page guide's box titles in capitals, broken by its
  // narrow columns, are read whole; 130 and 663 with the line model retrained; 664 with the headline model's field
  // label; 675 at 1,329, three more sets measured as delivered; 678 with both models retrained; 676 once a Markdown clip's
  // <title> heading gives way to the headline it prints ("Excerpt" no longer heads a section); 687 at 1,353, three more
  // sets; 690 retrained; 691 at 1,361; 133 missing and 698 extra at 1,393, four more sets, and after retraining; 697
  // once an e-edition's jump by slug ("BAN from A3") is furniture; 137 and 727 at 1,473, ten more sets, 732 retrained;
  // 731 once a report's numbered paragraphs set with a hanging indent are joined; 139 and 758 at 1,505, four more; 138
  // and 757 once a plain-text newsletter's "** WHAT WE'D DO" reads as its heading; 139 and 775 at 1,521, two more.)
  // (140 and 817 at 1,569, six more sets, after retraining.)
  // (150 and 841 at 1,625.)
  // (151 and 866 at 1,681.)
  // (157 and 904 at 1,745.)
  // (159 and 932 at 1,793.)
  // (158 and 935 once Pelican's unfenced metadata is read: that newsletter's section headings are read as Markdown.)
  // (169 and 995 at 1,857.)
  // (171 and 1,030 at 1,937.)
  // (180 and 1,087 at 2,025.)
  // (183 and 1,118 at 2,073.)
  // (198 and 1,165 at 2,121.)
  // (208 and 930 at 2,121: a short line of a text copy the line model reads as furniture beyond doubt heads no section;
  // 10 real headings lost for 234 stray ones and 185 junk lines gone.)
  // (212 and 1,018 at 2,281: twenty sets measured as delivered (last round's unseen half on fashion and beauty; healthcare, music and radio, Latin American and Iberian outlets, law, student papers and school districts, web archives and capture tools, religious communities, transit and travel, African outlets, mail clients and list archives, chambers of commerce, museums, gaming, real estate, utilities and telecoms, food, Oceania, Eastern Europe and Central Asia, job boards), with both models retrained.)
  // (222 and 1,060 at 2,369.)
  // (235 and 1,093 at 2,401.)
  // (255 and 1,168 at 2,569.)
  // (251 and 1,172 with the bulletin's sections read.)
  // (255 and 1,246 at 2,689.)
  // (264 and 1,309 at 2,841.)
  // (271 and 1,341 at 2,905.)
  // (281 and 1,390 at 2,969.)
  // (305 at 3,097: sixteen more sets)
  // (310 at 3,161: eight more sets)
  // (321 once the line model counts words in every script: retrained, it reads a few short headings ("Verdict", "What's next") as furniture, for 48 stray headings fewer)
  // (342 at 3,225: eight more sets)
  // (340 once bulleted points with a hanging indent are read whole)
  // (350 at 3,449: last round's unseen half and twenty-seven sets, with both models retrained)
  // (379 at 3,673: the same)
  // (412 at 3,905: the same, Pandoc's heading attributes read as markup)
  // (424 at 3,953: the same; 425 with the round's last rules and headline model)
  // (424 at 3,985: the same; 423 with the round's rules and headline model)
  // (431 at 4,017: the same; 430 with the round's rules and both models retrained)
  // (438 at 4,049 with both models retrained: last round's unseen half (laundromats) and three sets (campgrounds and hostels; bakeries, breweries and roasters; ferries, airlines, buses and taxis); 437 with the round's rules and both models retrained)
  // (444 at 4,081 with both models retrained: last round's unseen half (veterinary clinics, groomers, kennels and shelters) and three sets (pharmacies and medical-supply shops; bicycle shops, bike-share and couriers; notaries, interpreters, visa agencies and immigration consultants); 443 once a Chinese or Japanese line stopped mid-sentence runs on from 80% of the wrap width)
  // (446 at 4,113 with both models retrained: last round's unseen half (car washes, gas stations, truck stops and convenience stores) and three sets (florists, garden centres and nurseries; funeral homes, cemeteries and memorial services; driving schools, car dealerships and auto repair shops); 445 with the round's rules and both models retrained)
  // (455 at 4,145 with both models retrained: last round's unseen half (dry cleaners, tailors, cobblers and key cutters) and three sets (public libraries, bookshops, comic stores and literary magazines; hotels, motels, bed-and-breakfasts and vacation-rental hosts; yoga studios, fitness gyms, personal trainers and dance schools); 454 with the round's rules and both models retrained; 454 with the round's later rules and both models retrained again; 451 once a story its page's script shows is read, both models retrained again)
  // (460 at 4,177 with both models retrained: last round's unseen half (plumbers, HVAC contractors, roofers and window installers) and three sets (museums, art galleries, historical societies and botanical gardens; food trucks, farmers' markets, community kitchens and cooking schools; escape rooms, bowling alleys, arcades and mini-golf courses))
  // (449 with the round's rules: a headline signed past the head anchors its article, a writer's handle, badge and organisation are read, an issue's contents line and a Markdown table of contents are furniture)
  // (449 once a video's captions inside its transcript are read and a note wholly in square brackets is furniture)
  // (458 at 4,209 with the line model retrained (the headline model kept): last round's unseen half (locksmiths, pest-control firms, chimney sweeps and pool-maintenance services) and three sets (glassblowing studios, dive shops and tree-care firms; midwives, nursing homes and land surveyors; record stores and pressing plants, rowing and canoe clubs and circus schools), with the round's first rules (a post resuming after a product box, post and mail headers in other languages, a first-name handle, an author card's relative stamp, an italic caption, comments not put back, a video player's labels, a closing's aside))
  // (458 with the round's later rules: a line of labelled fields or a contact line is no headline, a pull quote's credit heads nothing, a 'Publish date:' field dates the page and its 'Published URL:' gives its address, a JSON-LD organisation as author is the issuer)
  // (463 at 4,241 pages with both models retrained: last round's unseen half (movers, coach operators and marine towing firms) and three sets (narrowboat hire, canal trusts and lock-keepers; thatchers, stonemasons and blacksmiths; saunas, bookbinders and well drillers), with the round's rules (a headline the <title> cut at its colon, a wrapped Markdown heading, a contents entry's dot leader, a newsletter issue's other items, a clipped 'Read more' list, an ad down to its button, a writer's card over the post's age))
  headingsMissing: 463,
  // (347 → 348 once a table layout's row is read cell by cell: a farm weekly's "COMMUNITY CALENDAR" column heading, pasted
  // after the story's last paragraph, stands on a line of its own; the caption before the story, 1 junk, goes.)
  // (1,171 with layout copies up to 110 columns unwrapped.)
  // (1,466 at 3,097: sixteen more sets, with both models retrained)
  // (1,499 at 3,161: eight more sets (1,458 at 3,097 once a transcript is read in its turns))
  // (1,451 once the line model counts words in every script)
  // (1,522 at 3,225: eight more sets)
  // (1,519 once bulleted points with a hanging indent are read whole)
  // (1,646 at 3,449: the same)
  // (1,795 at 3,673: the same)
  // (1,794 the same)
  // (1,892 at 3,905: the same)
  // (1,908 at 3,953: the same; 1,902 with its caveats; 1,893 once an Otter.ai transcript's "Speaker 2  1:34" heads no section)
  // (1,917 at 3,985: the same; 1,905 with the round's rules)
  // (1,914 at 4,017: the same; 1,900 with the round's rules and both models retrained)
  // (1,918 at 4,049 with both models retrained: last round's unseen half (laundromats) and three sets (campgrounds and hostels; bakeries, breweries and roasters; ferries, airlines, buses and taxis); 1,908 with the round's rules and both models retrained; 1,907 with the caption's rule)
  // (1,917 at 4,081 with both models retrained: last round's unseen half (veterinary clinics, groomers, kennels and shelters) and three sets (pharmacies and medical-supply shops; bicycle shops, bike-share and couriers; notaries, interpreters, visa agencies and immigration consultants))
  // (1,919 at 4,113 with both models retrained: last round's unseen half (car washes, gas stations, truck stops and convenience stores) and three sets (florists, garden centres and nurseries; funeral homes, cemeteries and memorial services; driving schools, car dealerships and auto repair shops); 1,918 with the round's rules and both models retrained)
  // (1,938 at 4,145 with both models retrained: last round's unseen half (dry cleaners, tailors, cobblers and key cutters) and three sets (public libraries, bookshops, comic stores and literary magazines; hotels, motels, bed-and-breakfasts and vacation-rental hosts; yoga studios, fitness gyms, personal trainers and dance schools); 1,935 with the round's rules and both models retrained; 1,918 with the round's later rules and both models retrained again; 1,920 once a story its page's script shows is read, both models retrained again (two of the WeChat article's, read now))
  // (1,928 at 4,177 with both models retrained: last round's unseen half (plumbers, HVAC contractors, roofers and window installers) and three sets (museums, art galleries, historical societies and botanical gardens; food trucks, farmers' markets, community kitchens and cooking schools; escape rooms, bowling alleys, arcades and mini-golf courses))
  // (1,927 with the round's rules: a headline signed past the head anchors its article, a writer's handle, badge and organisation are read, an issue's contents line and a Markdown table of contents are furniture)
  // (1,913 once a video's captions inside its transcript are read and a note wholly in square brackets is furniture)
  // (1,892 at 4,209 with the line model retrained (the headline model kept): last round's unseen half (locksmiths, pest-control firms, chimney sweeps and pool-maintenance services) and three sets (glassblowing studios, dive shops and tree-care firms; midwives, nursing homes and land surveyors; record stores and pressing plants, rowing and canoe clubs and circus schools), with the round's first rules (a post resuming after a product box, post and mail headers in other languages, a first-name handle, an author card's relative stamp, an italic caption, comments not put back, a video player's labels, a closing's aside))
  // (1,890 with the round's later rules: a line of labelled fields or a contact line is no headline, a pull quote's credit heads nothing, a 'Publish date:' field dates the page and its 'Published URL:' gives its address, a JSON-LD organisation as author is the issuer)
  // (1,888 once a heading marking notes not for readers, "… (do not publish)", ends the article)
  // (1,885 at 4,241 pages with both models retrained: last round's unseen half (movers, coach operators and marine towing firms) and three sets (narrowboat hire, canal trusts and lock-keepers; thatchers, stonemasons and blacksmiths; saunas, bookbinders and well drillers), with the round's rules (a headline the <title> cut at its colon, a wrapped Markdown heading, a contents entry's dot leader, a newsletter issue's other items, a clipped 'Read more' list, an ad down to its button, a writer's card over the post's age))
  // (1,884 once a newsletter's subject loses 4 points to its story's headline, not 3)
  headingsStray: 1884,
  // A research note laid out in columns, a messenger channel's export, a social thread, a radio site's menu, an e-edition;
  // a magazine's standfirst, a show's name in capitals, a crowdfunding campaign's name over its update. (576 → 575 at
  // 654 pages once "By Name e-mail@address" reads as a byline: a clipped page's dek of its headline's length, straight
  // over that byline, took the headline's place; 576 once "Reporter Kim Ji-eun" reads as a byline and the caption
  // above it no longer passes for the headline over it.)
  // (900 at 1,114 pages; 912 once a model learned on the tune half weighs the lines the rules rate within a point of
  // their choice: a station's show name or a newsletter's masthead over the headline; 916 at 1,122, and 919 once a
  // sentence printed on two consecutive lines, a photo's alt text over its caption, is no headline printed twice; 925
  // at 1,134 with the unseen half whose totals had been read and four pages held back with it; 926 once a schedule's
  // rows joined by dot leaders ("Tue Feb 11 ... General meeting, 7:00 PM.") no longer end a newsletter's head; 963 at
  // 1,193 with fifty-nine measured as delivered and the headline model retrained on them; 964 once a page's body starts
  // in its own writing system, not at a Hindi site's notification prompt over an English story; 1,034 at 1,265, 1,037
  // once a table of contents' entries are no copies of the headline, 1,040 once a blog's one-sentence blurb above a signed
  // headline is not its body begun; 1,075 at 1,305 with both models retrained on them; 1,077 once a trail ending on its
  // separator and an office with what it heads ("CPA Director of Practice Advancement") are furniture; 1,079 once the
  // headline model weighs a field's label ("Judge: Hon. …", "Member since: Mar 2019") against the headline; 1,097 at
  // 1,329 with three more sets measured as delivered, 1,098 once a <title> glued with underscores gives its first part;
  // 1,096 with both models retrained on them (the headline model's cross-validation: 427 of 475 → 436 of 485); 1,098
  // once a Markdown clip's "# Headline - Site" gives the headline it prints again; 1,117 at 1,353 with three more sets
  // measured as delivered, 1,119 with both models retrained (cross-validation 401 and 443 of 494); 1,120 once a Markdown
  // heading that only links to the site's home page is its masthead; 1,128 at 1,361 with the unseen half whose totals had
  // been read, 1,129 once a headline wrapped in title case ("… Help From" / "Chinese Strangers On RedNote") is joined
  // where the page prints it whole; 1,158 at 1,393 with four sets measured as delivered, 1,157 with both models retrained
  // (cross-validation: rules 415, model 461 of 514); 1,220 at 1,473 with ten more sets measured as delivered, 1,221 with
  // both models retrained (cross-validation: rules 436, model 488 of 546); 1,222 once a hanging-indent report's numbered
  // paragraphs are joined; 1,249 at 1,505 with four more sets measured as delivered, 1,248 with both models retrained
  // (cross-validation: rules 445, model 499 of 561); 1,249 once a plain-text newsletter's "** " heading mark is no word;
  // 1,250 once og:title's "Headline | Book" over an <h1> printing the book's title gives the headline; 1,256 at 1,521
  // with two more sets measured as delivered and both models retrained (cross-validation: rules 451, model 504 of 568);
  // 1,257 once a list's digest is read as its longest message.)
  // (1,289 at 1,569 with six more sets and both models retrained: cross-validation rules 462, model 520 of 585.)
  // (1,337 at 1,625 with seven more sets and both models retrained: cross-validation rules 480, model 539 of 608.)
  // (1,383 at 1,681 with seven more sets and both models retrained: cross-validation rules 497, model 559 of 628.)
  // (1,428 at 1,745 with eight more sets and both models retrained: cross-validation rules 519, model 583 of 655.)
  // (1,461 at 1,793 with six more sets and both models retrained: cross-validation rules 526, model 591 of 669.)
  // (1,507 at 1,857 with eight more sets and both models retrained: cross-validation rules 541, model 611 of 693.)
  // (1,578 at 1,937 with ten more sets and both models retrained: cross-validation rules 567, model 637 of 723.)
  // (1,646 at 2,025 with eleven more sets and both models retrained: cross-validation rules 593, model 664 of 755; 1,647
  // once a release's "MEDIA RELEASE:" label is no part of its headline.)
  // (1,679 at 2,073 with six more sets and both models retrained: cross-validation rules 602, model 675 of 768.)
  // (1,713 at 2,121 with six more sets and both models retrained: cross-validation rules 612, model 688 of 784.)
  // (1,845 at 2,281: twenty sets measured as delivered (last round's unseen half on fashion and beauty; healthcare, music and radio, Latin American and Iberian outlets, law, student papers and school districts, web archives and capture tools, religious communities, transit and travel, African outlets, mail clients and list archives, chambers of commerce, museums, gaming, real estate, utilities and telecoms, food, Oceania, Eastern Europe and Central Asia, job boards), with both models retrained.)
  // (1,914 at 2,369: eleven more sets measured as delivered (sports clubs, science and space, nonprofits, local TV and radio, Southeast Asian outlets, messaging apps' exports, French, German, Italian and Dutch outlets, banks and personal finance, parenting, the outdoors, Nordic and Baltic broadcasters), with both models retrained.)
  // (1,937 at 2,401.)
  // (2,074 at 2,569: cross-validation rules 744, model 836 of 955.)
  // (2,075 once a layout copy's lines up to 110 columns count as wrapped.)
  // (2,171 at 2,689: cross-validation rules 778, model 876 of 1,003.)
  // (2,172 once a headline with a possessive, "Peggy Holloway's Second Language", is no byline.)
  // (2,295 at 2,841: cross-validation rules 819, model 926 of 1,063.)
  // (2,348 at 2,905, with a labelled yearless stamp ("Updated: Jan 29") no headline: cross-validation rules 841, model 948 of 1,089.)
  // (2,397 at 2,969: cross-validation rules 856, model 964 of 1,114.)
  // (2,505 at 3,097: sixteen more sets)
  // (2,556 at 3,161: eight more sets)
  // (2,597 at 3,225: sixteen more sets since 3,097)
  // (2,776 at 3,449: the same)
  // (2,948 at 3,673: the same)
  // (2,952 the same)
  // (3,143 at 3,905: the same)
  // (3,184 at 3,953: the same)
  // (3,209 at 3,985: the same; 3,211 with the round's rules and headline model)
  // (3,236 at 4,017: the same; 3,237 with the round's rules and both models retrained)
  // (3,262 at 4,049 with both models retrained: last round's unseen half (laundromats) and three sets (campgrounds and hostels; bakeries, breweries and roasters; ferries, airlines, buses and taxis); 3,270 with the round's rules and both models retrained)
  // (3,294 at 4,081 with both models retrained: last round's unseen half (veterinary clinics, groomers, kennels and shelters) and three sets (pharmacies and medical-supply shops; bicycle shops, bike-share and couriers; notaries, interpreters, visa agencies and immigration consultants); 3,296 with the round's rules and both models retrained; 3,297 with the round's later rules and the headline model retrained again)
  // (3,326 at 4,113 with both models retrained: last round's unseen half (car washes, gas stations, truck stops and convenience stores) and three sets (florists, garden centres and nurseries; funeral homes, cemeteries and memorial services; driving schools, car dealerships and auto repair shops); 3,392 with the round's rules and both models retrained)
  // (3,414 at 4,145 with both models retrained: last round's unseen half (dry cleaners, tailors, cobblers and key cutters) and three sets (public libraries, bookshops, comic stores and literary magazines; hotels, motels, bed-and-breakfasts and vacation-rental hosts; yoga studios, fitness gyms, personal trainers and dance schools); 3,423 with the round's rules and both models retrained; 3,448 with the round's later rules and both models retrained again; 3,449 once a story its page's script shows is read, both models retrained again)
  // (3,478 at 4,177 with both models retrained: last round's unseen half (plumbers, HVAC contractors, roofers and window installers) and three sets (museums, art galleries, historical societies and botanical gardens; food trucks, farmers' markets, community kitchens and cooking schools; escape rooms, bowling alleys, arcades and mini-golf courses))
  // (3,479 with the round's rules: a headline signed past the head anchors its article, a writer's handle, badge and organisation are read, an issue's contents line and a Markdown table of contents are furniture)
  // (3,479 once a video's captions inside its transcript are read and a note wholly in square brackets is furniture)
  // (3,512 at 4,209 with the line model retrained (the headline model kept): last round's unseen half (locksmiths, pest-control firms, chimney sweeps and pool-maintenance services) and three sets (glassblowing studios, dive shops and tree-care firms; midwives, nursing homes and land surveyors; record stores and pressing plants, rowing and canoe clubs and circus schools), with the round's first rules (a post resuming after a product box, post and mail headers in other languages, a first-name handle, an author card's relative stamp, an italic caption, comments not put back, a video player's labels, a closing's aside))
  // (3,513 with the round's later rules: a line of labelled fields or a contact line is no headline, a pull quote's credit heads nothing, a 'Publish date:' field dates the page and its 'Published URL:' gives its address, a JSON-LD organisation as author is the issuer)
  // (3,515 once a page's only <h1> printing its <title>'s second part, a forum board's name, is the site's)
  // (3,556 at 4,241 pages with both models retrained: last round's unseen half (movers, coach operators and marine towing firms) and three sets (narrowboat hire, canal trusts and lock-keepers; thatchers, stonemasons and blacksmiths; saunas, bookbinders and well drillers), with the round's rules (a headline the <title> cut at its colon, a wrapped Markdown heading, a contents entry's dot leader, a newsletter issue's other items, a clipped 'Read more' list, an ad down to its button, a writer's card over the post's age))
  // (3,557 once a newsletter's subject loses 4 points to its story's headline, not 3)
  titles: 3557,
  // (1,183 at 1,505 pages; 1,185 once an executive office or a department after the writer's name ("Dana Ferris, VP
  // Member Experience") is no second writer; 1,187 once "State Rep." and "Sr." before a name are titles.)
  // (1,206 at 1,529 once a name ending in an organisation's kind, "SpinHaus Cycle Club", is no person; 1,237 at 1,569.)
  // (1,501 at 1,937.)
  // (1,563 at 2,025; 1,564 once a job over what it is of, "Director of Color Marketing & Design", counts in an author block.)
  // (1,599 at 2,073; 1,601 once a CMS's line of labelled fields, "Source: …   Author: …   Date: …", gives its author.)
  // (1,630 at 2,121.)
  // (1,754 at 2,281.)
  // (1,820 at 2,369.)
  // (1,841 at 2,401.)
  // (1,963 at 2,569.)
  // (1,964 once front matter's authors listed as records, "- name: …", give their names.)
  // (1,964 still once a job's words ("Community Manager", "Subject Expert") are no writer's name: three pages' jobs read
  // as their writers are left blank; a signature's "Name, Job" is no letter's "Name, Town".)
  // (2,037 at 2,689.)
  // (2,038 once a CMS's author field with its label run into the name, "Author:Chen Yiting", gives the name alone.)
  // (2,039 once a possessive before a noun, "Gigsmith's Choice", is no writer's name.)
  // (2,153 at 2,841.)
  // (2,201 at 2,905, with a profile card's name and handle run together, "Dana Whitlock@danawanders", read as the name.)
  // (2,244 at 2,969, with a Chinese platform's post stamp after the name ("发布于 2025-01-16 21:43") no part of it.)
  // (2,337 at 3,097: sixteen more sets, and a handle in a page's fields giving way to the name signed under the text)
  // (2,379 at 3,161: eight more sets)
  // (2,406 at 3,225: sixteen more sets since 3,097)
  // (2,563 at 3,449: the same; a dateline element and a profession after a byline's comma no longer name writers)
  // (2,695 at 3,673: the same)
  // (2,880 at 3,905: the same; administrator accounts, editorial desks, Chinese labelled fields and Korean reporters' bylines read)
  // (2,921 at 3,953: the same; 2,922 with the round's last rules)
  // (2,947 at 3,985: the same)
  // (2,970 at 4,017: the same; 2,972 with the round's rules and both models retrained)
  // (2,997 at 4,049 with both models retrained: last round's unseen half (laundromats) and three sets (campgrounds and hostels; bakeries, breweries and roasters; ferries, airlines, buses and taxis); 3,007 with the round's rules and both models retrained)
  // (3,032 at 4,081 with both models retrained: last round's unseen half (veterinary clinics, groomers, kennels and shelters) and three sets (pharmacies and medical-supply shops; bicycle shops, bike-share and couriers; notaries, interpreters, visa agencies and immigration consultants); 3,039 with the round's rules and both models retrained; 3,048 with the round's later rules and the headline model retrained again)
  // (3,078 at 4,113 with both models retrained: last round's unseen half (car washes, gas stations, truck stops and convenience stores) and three sets (florists, garden centres and nurseries; funeral homes, cemeteries and memorial services; driving schools, car dealerships and auto repair shops); 3,083 with the round's rules and both models retrained)
  // (3,103 at 4,145 with both models retrained: last round's unseen half (dry cleaners, tailors, cobblers and key cutters) and three sets (public libraries, bookshops, comic stores and literary magazines; hotels, motels, bed-and-breakfasts and vacation-rental hosts; yoga studios, fitness gyms, personal trainers and dance schools); 3,103 with the round's rules and both models retrained; 3,117 with the round's later rules and both models retrained again; 3,118 once a story its page's script shows is read, both models retrained again)
  // (3,145 at 4,177 with both models retrained: last round's unseen half (plumbers, HVAC contractors, roofers and window installers) and three sets (museums, art galleries, historical societies and botanical gardens; food trucks, farmers' markets, community kitchens and cooking schools; escape rooms, bowling alleys, arcades and mini-golf courses))
  // (3,153 with the round's rules: a headline signed past the head anchors its article, a writer's handle, badge and organisation are read, an issue's contents line and a Markdown table of contents are furniture)
  // (3,153 once a video's captions inside its transcript are read and a note wholly in square brackets is furniture)
  // (3,183 at 4,209 with the line model retrained (the headline model kept): last round's unseen half (locksmiths, pest-control firms, chimney sweeps and pool-maintenance services) and three sets (glassblowing studios, dive shops and tree-care firms; midwives, nursing homes and land surveyors; record stores and pressing plants, rowing and canoe clubs and circus schools), with the round's first rules (a post resuming after a product box, post and mail headers in other languages, a first-name handle, an author card's relative stamp, an italic caption, comments not put back, a video player's labels, a closing's aside))
  // (3,191 with the round's later rules: a line of labelled fields or a contact line is no headline, a pull quote's credit heads nothing, a 'Publish date:' field dates the page and its 'Published URL:' gives its address, a JSON-LD organisation as author is the issuer)
  // (3,222 at 4,241 pages with both models retrained: last round's unseen half (movers, coach operators and marine towing firms) and three sets (narrowboat hire, canal trusts and lock-keepers; thatchers, stonemasons and blacksmiths; saunas, bookbinders and well drillers), with the round's rules (a headline the <title> cut at its colon, a wrapped Markdown heading, a contents entry's dot leader, a newsletter issue's other items, a clipped 'Read more' list, an ad down to its button, a writer's card over the post's age))
  authors: 3222,
  // (668 at 734 pages, one fewer, once a KakaoTalk export is read as its pasted wire story: the story dates itself only in
  // a dateline without a year, "SEOUL, Jan. 21 (Hanmaru)"; the chat's day rule above it had given the day.)
  // (979 at 1,122 pages; 981 once a city office's "Registered:" stamp and a section named after a stamp's time are read.)
  // (1,340 at 1,529 once an e-paper's date bar dates it; 1,377 at 1,569.)
  // (1,469 at 1,681 once a post stamped at its foot is dated by it; 1,470 with "Feb-11-2025"; 1,471 with a print folio's
  // date; 1,525 at 1,745.)
  // (1,692 at 1,937.)
  // (1,769 at 2,025.)
  // (1,805 at 2,073.)
  // (1,843 at 2,121.)
  // (1,986 at 2,281.)
  // (2,063 at 2,369.)
  // (2,093 at 2,401.)
  // (2,244 at 2,569.)
  // (2,351 at 2,689.)
  // (2,480 at 2,841.)
  // (2,535 at 2,905.)
  // (2,582 at 2,969.)
  // (2,693 at 3,097: sixteen more sets)
  // (2,747 at 3,161: eight more sets)
  // (2,748 once the line model counts words in every script)
  // (2,788 at 3,225: eight more sets)
  // (2,980 at 3,449: the same)
  // (3,178 at 3,673: the same; 2,989 at 3,449 before, once dates in sixty-odd languages and every script's digits are read)
  // (3,177 the same: a town-hall page whose headline it now misses loses its date with it)
  // (3,375 at 3,905: the same)
  // (3,416 at 3,953: the same; 3,417 once a weekday in another language may open a date line)
  // (3,444 at 3,985: the same)
  // (3,472 at 4,017: the same)
  // (3,500 at 4,049 with both models retrained: last round's unseen half (laundromats) and three sets (campgrounds and hostels; bakeries, breweries and roasters; ferries, airlines, buses and taxis); 3,502 with the round's rules and both models retrained)
  // (3,530 at 4,081 with both models retrained: last round's unseen half (veterinary clinics, groomers, kennels and shelters) and three sets (pharmacies and medical-supply shops; bicycle shops, bike-share and couriers; notaries, interpreters, visa agencies and immigration consultants); 3,537 with the round's rules and both models retrained; 3,551 with the round's later rules and the headline model retrained again)
  // (3,585 at 4,113 with both models retrained: last round's unseen half (car washes, gas stations, truck stops and convenience stores) and three sets (florists, garden centres and nurseries; funeral homes, cemeteries and memorial services; driving schools, car dealerships and auto repair shops); 3,583 with the round's rules and both models retrained)
  // (3,610 at 4,145 with both models retrained: last round's unseen half (dry cleaners, tailors, cobblers and key cutters) and three sets (public libraries, bookshops, comic stores and literary magazines; hotels, motels, bed-and-breakfasts and vacation-rental hosts; yoga studios, fitness gyms, personal trainers and dance schools); 3,609 with the round's rules and both models retrained; 3,610 with the round's later rules and both models retrained again; 3,611 once a story its page's script shows is read, both models retrained again)
  // (3,641 at 4,177 with both models retrained: last round's unseen half (plumbers, HVAC contractors, roofers and window installers) and three sets (museums, art galleries, historical societies and botanical gardens; food trucks, farmers' markets, community kitchens and cooking schools; escape rooms, bowling alleys, arcades and mini-golf courses))
  // (3,645 with the round's rules: a headline signed past the head anchors its article, a writer's handle, badge and organisation are read, an issue's contents line and a Markdown table of contents are furniture)
  // (3,645 once a video's captions inside its transcript are read and a note wholly in square brackets is furniture)
  // (3,672 at 4,209 with the line model retrained (the headline model kept): last round's unseen half (locksmiths, pest-control firms, chimney sweeps and pool-maintenance services) and three sets (glassblowing studios, dive shops and tree-care firms; midwives, nursing homes and land surveyors; record stores and pressing plants, rowing and canoe clubs and circus schools), with the round's first rules (a post resuming after a product box, post and mail headers in other languages, a first-name handle, an author card's relative stamp, an italic caption, comments not put back, a video player's labels, a closing's aside))
  // (3,674 with the round's later rules: a line of labelled fields or a contact line is no headline, a pull quote's credit heads nothing, a 'Publish date:' field dates the page and its 'Published URL:' gives its address, a JSON-LD organisation as author is the issuer)
  // (3,675 once a page's only <h1> printing its <title>'s second part, a forum board's name, is the site's)
  // (3,705 at 4,241 pages with both models retrained: last round's unseen half (movers, coach operators and marine towing firms) and three sets (narrowboat hire, canal trusts and lock-keepers; thatchers, stonemasons and blacksmiths; saunas, bookbinders and well drillers), with the round's rules (a headline the <title> cut at its colon, a wrapped Markdown heading, a contents entry's dot leader, a newsletter issue's other items, a clipped 'Read more' list, an ad down to its button, a writer's card over the post's age))
  dates: 3705,
  // "United News Network" where the page says "UNN", a broadcaster's legal name for its news brand, and others; a privacy
  // regulator's "Commonwealth of Australia" and a library blog's own name where the key names the institution; a forum
  // post's "Google Groups" where the key names no publisher.
  // (1,112 at 1,937.)
  // (1,153 at 2,025.)
  // (1,176 at 2,073.)
  // (1,194 at 2,121.)
  // (1,279 at 2,281.)
  // (1,326 at 2,369.)
  // (1,339 at 2,401.)
  // (1,428 at 2,569.)
  // (1,492 at 2,689.)
  // (1,577 at 2,841.)
  // (1,609 at 2,905.)
  // (1,641 at 2,969.)
  // (1,701 at 3,097: sixteen more sets)
  // (1,725 at 3,161: eight more sets)
  // (1,745 at 3,225: sixteen more sets since 3,097)
  // (1,858 at 3,449: the same)
  // (1,969 at 3,673: the same)
  // (2,105 at 3,905: the same)
  // (2,132 at 3,953: the same)
  // (2,154 at 3,985: the same; 2,155 once a role after a byline's name ("Owner", "Track Operator") is none of it)
  // (2,171 at 4,017: the same; 2,174 with the round's rules and both models retrained)
  // (2,195 at 4,049 with both models retrained: last round's unseen half (laundromats) and three sets (campgrounds and hostels; bakeries, breweries and roasters; ferries, airlines, buses and taxis); 2,205 with the round's rules and both models retrained)
  // (2,223 at 4,081 with both models retrained: last round's unseen half (veterinary clinics, groomers, kennels and shelters) and three sets (pharmacies and medical-supply shops; bicycle shops, bike-share and couriers; notaries, interpreters, visa agencies and immigration consultants); 2,232 with the round's rules and both models retrained; 2,234 with the round's later rules and the headline model retrained again)
  // (2,255 at 4,113 with both models retrained: last round's unseen half (car washes, gas stations, truck stops and convenience stores) and three sets (florists, garden centres and nurseries; funeral homes, cemeteries and memorial services; driving schools, car dealerships and auto repair shops); 2,271 with the round's rules and both models retrained)
  // (2,285 at 4,145 with both models retrained: last round's unseen half (dry cleaners, tailors, cobblers and key cutters) and three sets (public libraries, bookshops, comic stores and literary magazines; hotels, motels, bed-and-breakfasts and vacation-rental hosts; yoga studios, fitness gyms, personal trainers and dance schools); 2,285 with the round's rules and both models retrained; 2,283 with the round's later rules and both models retrained again: three pages whose headline is now found lower read the publisher from the lines around it: a station's short name, a job's first word ("Region 9 …"), a ship's heading; 2,283 once a story its page's script shows is read, both models retrained again)
  // (2,304 at 4,177 with both models retrained: last round's unseen half (plumbers, HVAC contractors, roofers and window installers) and three sets (museums, art galleries, historical societies and botanical gardens; food trucks, farmers' markets, community kitchens and cooking schools; escape rooms, bowling alleys, arcades and mini-golf courses))
  // (2,304 with the round's rules: a headline signed past the head anchors its article, a writer's handle, badge and organisation are read, an issue's contents line and a Markdown table of contents are furniture)
  // (2,304 once a video's captions inside its transcript are read and a note wholly in square brackets is furniture)
  // (2,330 at 4,209 with the line model retrained (the headline model kept): last round's unseen half (locksmiths, pest-control firms, chimney sweeps and pool-maintenance services) and three sets (glassblowing studios, dive shops and tree-care firms; midwives, nursing homes and land surveyors; record stores and pressing plants, rowing and canoe clubs and circus schools), with the round's first rules (a post resuming after a product box, post and mail headers in other languages, a first-name handle, an author card's relative stamp, an italic caption, comments not put back, a video player's labels, a closing's aside))
  // (2,331 with the round's later rules: a line of labelled fields or a contact line is no headline, a pull quote's credit heads nothing, a 'Publish date:' field dates the page and its 'Published URL:' gives its address, a JSON-LD organisation as author is the issuer)
  // (2,357 at 4,241 pages with both models retrained: last round's unseen half (movers, coach operators and marine towing firms) and three sets (narrowboat hire, canal trusts and lock-keepers; thatchers, stonemasons and blacksmiths; saunas, bookbinders and well drillers), with the round's rules (a headline the <title> cut at its colon, a wrapped Markdown heading, a contents entry's dot leader, a newsletter issue's other items, a clipped 'Read more' list, an ad down to its button, a writer's card over the post's age))
  publishers: 2357,
  // (1,355 at 1,505 pages; 1,361 once a newsletter's "Read this update on our website:" gives the story's own page.)
  // (1,734 at 1,937.)
  // (1,808 at 2,025.)
  // (1,847 at 2,073.)
  // (1,883 at 2,121.)
  // (2,028 at 2,281; 2,029 once a viewer's or a link scanner's address at its own root gives the page in its url parameter,
  // an Outlook Safe Links wrapper's.)
  // (2,111 at 2,369.)
  // (2,141 at 2,401.)
  // (2,292 at 2,569.)
  // (2,411 at 2,689.)
  // (2,555 at 2,841.)
  // (2,615 at 2,905.)
  // (2,673 at 2,969.)
  // (2,790 at 3,097: sixteen more sets)
  // (2,848 at 3,161: eight more sets (2,791 at 3,097 once a Chinese letter is read whole))
  // (2,908 at 3,225: eight more sets)
  // (3,119 at 3,449: the same)
  // (3,324 at 3,673: the same)
  // (3,526 at 3,905: the same)
  // (3,568 at 3,953: the same)
  // (3,597 at 3,985: the same)
  // (3,625 at 4,017: the same)
  // (3,655 at 4,049 with both models retrained: last round's unseen half (laundromats) and three sets (campgrounds and hostels; bakeries, breweries and roasters; ferries, airlines, buses and taxis); 3,665 with the round's rules and both models retrained)
  // (3,694 at 4,081 with both models retrained: last round's unseen half (veterinary clinics, groomers, kennels and shelters) and three sets (pharmacies and medical-supply shops; bicycle shops, bike-share and couriers; notaries, interpreters, visa agencies and immigration consultants); 3,703 with the round's rules and both models retrained)
  // (3,732 at 4,113 with both models retrained: last round's unseen half (car washes, gas stations, truck stops and convenience stores) and three sets (florists, garden centres and nurseries; funeral homes, cemeteries and memorial services; driving schools, car dealerships and auto repair shops); 3,733 with the round's rules and both models retrained)
  // (3,761 at 4,145 with both models retrained: last round's unseen half (dry cleaners, tailors, cobblers and key cutters) and three sets (public libraries, bookshops, comic stores and literary magazines; hotels, motels, bed-and-breakfasts and vacation-rental hosts; yoga studios, fitness gyms, personal trainers and dance schools); 3,762 with the round's rules and both models retrained; 3,763 with the round's later rules and both models retrained again; 3,764 once a story its page's script shows is read, both models retrained again)
  // (3,792 at 4,177 with both models retrained: last round's unseen half (plumbers, HVAC contractors, roofers and window installers) and three sets (museums, art galleries, historical societies and botanical gardens; food trucks, farmers' markets, community kitchens and cooking schools; escape rooms, bowling alleys, arcades and mini-golf courses))
  // (3,793 with the round's rules: a headline signed past the head anchors its article, a writer's handle, badge and organisation are read, an issue's contents line and a Markdown table of contents are furniture)
  // (3,793 once a video's captions inside its transcript are read and a note wholly in square brackets is furniture)
  // (3,823 at 4,209 with the line model retrained (the headline model kept): last round's unseen half (locksmiths, pest-control firms, chimney sweeps and pool-maintenance services) and three sets (glassblowing studios, dive shops and tree-care firms; midwives, nursing homes and land surveyors; record stores and pressing plants, rowing and canoe clubs and circus schools), with the round's first rules (a post resuming after a product box, post and mail headers in other languages, a first-name handle, an author card's relative stamp, an italic caption, comments not put back, a video player's labels, a closing's aside))
  // (3,824 with the round's later rules: a line of labelled fields or a contact line is no headline, a pull quote's credit heads nothing, a 'Publish date:' field dates the page and its 'Published URL:' gives its address, a JSON-LD organisation as author is the issuer)
  // (3,855 at 4,241 pages with both models retrained: last round's unseen half (movers, coach operators and marine towing firms) and three sets (narrowboat hire, canal trusts and lock-keepers; thatchers, stonemasons and blacksmiths; saunas, bookbinders and well drillers), with the round's rules (a headline the <title> cut at its colon, a wrapped Markdown heading, a contents entry's dot leader, a newsletter issue's other items, a clipped 'Read more' list, an ad down to its button, a writer's card over the post's age))
  urls: 3855,
  /**
   * Ranking is not this file's subject; the floor only catches content that cleaning made unfindable. (All 150 pages
   * share one index: when the magazine page got its real headline, its own answer to "Who owns Lemon8?" outranked the
   * paragraph two other pages' keys name, 573 → 572; a paragraph opening on the question's name then ranked up, 576.
   * The 158 pages of the next round answer 607 of 859; 613 once a surname alone is read with the given name used before it;
   * with eight more pages, 639 of 907; with eight more, 665 of 963; with eight more, 695 of 1,018; with eight more, 717 of 1,066; 724 once "how long", "how fast" and "what percentage" ask for a number;
   * with the eight of the unseen half whose totals had been read, 743 of 1,117; with eight measured as delivered, 781 of
   * 1,180, and 778 once the headings shared by several pages head their sections again (777 with a Factiva export's text read from its fields; 776 once a mailing list's subject gives its headline; 777
   * once a radio site's donation banner no longer passes for the first paragraph; with the eight of the unseen half whose
   * totals had been read, 800 of 1,244; 799 once a bar journal's 47-character column is read apart from its footnotes; with eight measured as delivered,
   * 835 of 1,306; with eight more, 860 of 1,370, and 863 once an OCR clipping's 32-character column is read whole (its
   * date is then the clipping's, not the paper's: dates 207 → 206); 864 once HTML paragraphs in a text file are read
   * whole, 863 once a wire capture is read as its story, whose paragraph on new users outranks another page's; with the
   * eight of the unseen half whose totals had been read, 892 of 1,434; 895 once a raw e-mail is read as its letter; 894
   * once a search box's "No recent searches" no longer heads a Mastodon thread, whose headline then goes to the server's
   * blurb and whose paragraph on the writer's prediction falls to fourth for its question; with eight measured as
   * delivered, 913 of 1,492; with eight more, 938 of 1,554; 941 once prose holding an e-mail address is no contact line;
   * with the eight of the unseen half whose totals had been read, 966 of 1,618; with eight measured as delivered, 989 of
   * 1,681; 992 once a caption file is read as its transcript; 995 once
   * a flipbook's ligatures and words broken at its print lines are mended; 996 once an Org capture is read as its entry; 995 once a link aggregator's
   * headline loses its linked site and comment count (another page's question on TikTok's outage falls out of the first three); 996 once a chat export is read as the article pasted into it; with the eight
   * of the unseen half whose totals had been read, 1,027 of 1,744; with eight measured as delivered, 1,059 of 1,807, and
   * 1,056 once a bulletin board's post is read in its paragraphs (three of its own questions fall out of the first three);
   * 1,055 once a TV script's cues stand apart from its story; 1,056 once an investing site's disclosures are furniture; with
   * eight more measured as delivered, 1,088 of 1,871, and 1,095 once a comment counter under the byline and a box of dated
   * related stories no longer end a story; with eight more measured as delivered, 1,125 of 1,932, and 1,126 once glued
   * skip links no longer pass for a national daily's headline; with eight more measured as delivered, 1,163 of 1,989, and
   * 1,165 once a related box's linked teaser no longer ends a reader view's story; with the eight of the unseen half whose
   * totals had been read, 1,189 of 2,051; 1,190 once a guide's "Read the comments yourself" no longer ends it; 1,193 once
   * InDesign tagged text is read as its story; 1,192 once a Kindle clippings file is read as its article (whose cat-tax
   * paragraph then outranks another page's for that page's question on the hashtag); 1,193 once an alert's title is no
   * longer its agency's name; 1,194 once a story's copy ends at its end mark ("###"); with sixteen measured as delivered, 1,220 of 2,173, and
   * 1,223 once a video page is read as its transcript (whose chapters head its sections: 3 more stray headings); 1,224 once
   * a group post's title line is read under its header; 1,223 once a reader view's headline is no longer its source's
   * logo (one of its questions then falls to fourth); 1,224 once a wire page's summary no longer heads its story; with
   * sixteen more measured as delivered, 1,285 of 2,299, and 1,284 once a Chinese portal's caption is no longer read
   * (one of its questions then falls to fourth); 1,283 once a standfirst in sentences is the page's summary; 1,284 once an
   * address alone on its line no longer heads a paragraph; with eight more measured as delivered, 1,312 of 2,363, and
   * 1,313 once a provider's card no longer passes for a portal copy's headline; with eight more, 1,332 of 2,424, and 1,330
   * once a blog's "January 23, 2025 Devon Achterberg 7 Comments" no longer heads its paragraphs (two of its questions fall);
   * 1,329 once a writer's closing bio is no longer read; 1,330 once a blog platform's post header names its writer; with
   * sixteen more measured as delivered, 1,360 of 2,545, and 1,359 once an FAQ's hidden answers are read; 1,365 once a
   * photo essay's story, classed as captions, is read; 1,368 once a story resumes after a lone "Related" label; 1,367 once
   * an interview's questions are its paragraphs; 1,368 once an FAQ's questions on their headings' buttons head their answers;
   * with the unseen half whose totals had been read, 1,398 of 2,608; with two sets measured as delivered, 1,458 of 2,732;
   * 1,461 once a forum post's wrapped lines join; 1,460 once that forum's "Privacy • Terms" no longer heads the post's
   * paragraph (a question about privacy had matched the heading); 1,459 once a Portuguese daily's "Leia também" link no
   * longer heads its next paragraph (a Portuguese question had matched it); with two more measured as delivered, 1,511 of
   * 2,853 (English questions about Danish, Czech and Polish pages find few of their answers); with the unseen half whose
   * totals had been read, 1,551 of 2,915 (it answered 57 of its 62 alone; among 430 pages some answers fall below others);
   * 1,552 once a Weibo article's comments end it; with eight measured as delivered, 1,600 of 2,979; with eight more,
   * 1,639 of 3,042; with sixteen more, 1,705 of 3,168 (English questions about a Russian and a Chinese page find few);
   * 1,704 once a Bluesky thread's title is its first post's sentence; with sixteen more, 1,777 of 3,294; with the eight of
   * the unseen half whose totals had been read, 1,809 of 3,353 (it answered 51 of its 59 alone, 33 among 486 pages); 1,808
   * once a reader app's site card no longer passes for a bakery story's headline (titled, that story's followers paragraph
   * outranks an agency case study's for the case study's question on its bakery's followers); with twenty-four measured as
   * delivered, 1,902 of 3,544, and 1,903 once a timeline's entries set in from the margin join their last lines; with
   * twenty-four more, 1,992 of 3,731, and 1,994 once a kolache story's section "Learning from the comments" no longer ends it;
   * with twenty-four more, 2,094 of 3,914, and 2,097 once a letter printed with its page margin is read in its paragraphs;
   * with twenty-four more, 2,183 of 4,095, and 2,188 once a forum's numbered reply subjects ("1. Re: …") no longer stand
   * for the post's headline; with the eight of the unseen half whose totals had been read, 2,211 of 4,157; with eight measured as delivered, 2,249 of 4,223; with eight more, 2,277 of 4,290; with eight more, 2,329 of 4,356; with eight more, 2,365 of 4,417; with the eight of the unseen half whose totals had been read, 2,399 of 4,483; with sixteen measured as delivered, 2,468 of 4,617, and 2,470 once a column beside a shorter sidebar is read whole; 2,469 once a byline crediting a site's staff names no writer; 2,470 once a reader view's address gives the page's; 2,469 once a CMS's "Administrator" account names no writer; with the eight of the unseen half whose totals had been read, 2,506 of 4,678; with sixteen measured as delivered, 2,580 of 4,801, and 2,587 once a page whose <body> a state class marks "has-header-ad" is read; 2,591 once a record's field line ("Submitted to: …") or a form's label in brackets no longer stands for the headline; with sixteen measured as delivered, 2,646 of 4,931, and 2,652 once an article saved as a tool's or an API's JSON is read by its fields; 2,654 once a guide's section "Translating Posts and Comments" no longer ends it; 2,659 once closed captions in capitals are read in their sentences; with sixteen measured as delivered, 2,719 of 5,052; with the eight of the unseen half whose totals had been read, 2,740 of 5,116, and 2,746 once a saved TiddlyWiki is read; 2,748 once a page saved with curl -i is read as its last response; with twenty-four measured as delivered, 2,855 of 5,306, and 2,857 once a KakaoTalk export is read as its pasted message; 2,856 once "By Analyst(s): …" and "By The Ayre news desk" are read as bylines (the knitting page's headline is found, and its question about what Chinese knitters had done for years falls to fourth); with sixteen measured as delivered, 2,911 of 5,431; 2,910 once a browser's HAR file is read as its page (its questions and another page's compete); with sixteen measured as delivered, 2,959 of 5,555, and 2,960 once a box of links inside a story no longer hides the story after it; with the eight of the unseen half whose totals had been read, 2,993 of 5,619; with twenty-four measured as delivered, 3,085 of 5,802; 3,084 once an Android screen's UI dump is read as its app's page (its paragraphs now compete with others'); 3,083 once a blog's masthead of five words before its headline in the <title> is read as the masthead (the library blog's question whether its name is a Mao reference falls to fourth); with eight measured as delivered, 3,124 of 5,867; with eight more, 3,165 of 5,930; 3,163 once a Cebuano page's byline, date and headline are read (its own headline's words now draw two other questions' answers to it); 3,165 once a story pasted page by page is read whole; with the eight of the unseen half whose totals had been read, 3,191 of 5,985, and 3,192 once reStructuredText and AsciiDoc sources are read as their pages; with twenty-four measured as delivered, 3,279 of 6,171, and 3,280 once a land acknowledgement no longer stands for a student paper's headline; 3,281 once a terminal session's several JSON documents are read one by one (a JSON Feed's item); with the eight of the unseen half whose totals had been read, 3,320 of 6,235; 3,319 once a forum's replies, a post header and an offer box are read (three questions rise into the first three, four fall as pages' answers compete); with twenty-four measured as delivered, 3,412 of 6,420; 3,414 once JAWS's speech history is read as its page; with sixteen measured as delivered, 3,459 of 6,545; 3,460 once a wiki's XML export and a CMS's CSV export are read as their articles; 3,461 once a program's lines pasted with an article are furniture; with sixteen measured as delivered, 3,519 of 6,653; with sixteen more, 3,572 of 6,772; with the eight of the unseen half whose totals had been read, 3,590 of 6,835, and 3,591 once an Apple News Format document is read; with forty measured as delivered, 3,727 of 7,149, and 3,731 once a WordPress export, an ActivityPub fetch and a ninjs item are read by their fields; with twenty-four measured as delivered, 3,833 of 7,339; with sixteen more, 3,874 of 7,459, and 3,875 once PyMuPDF's HTML is read line by line; 3,879 once pdfminer's text boxes are; with sixteen more measured as delivered, 3,918 of 7,582, and 3,919 once the line model is retrained on 1,030 pages; with the eight of the unseen half whose totals had been read, 3,942 of 7,642, and 3,943 once a chart's legend ("Fewer than 10 responses") no longer ends a story map; with twenty-one measured as delivered, 4,024 of 7,807; with seven more, 4,050 of 7,861; with eight more, 4,072 of 7,924, and 4,075 once a watch's screen wrapped at 24 characters is read whole; with twenty-four more, 4,175 of 8,115, and 4,177 once Mac Roman and doubled mojibake are repaired; 4,178 once a file name is no <title>'s headline; with sixteen more, 4,227 of 8,239, and 4,225 once the learned model weighs the headline's candidates; with eight more, 4,250 of 8,297; with the eight of the unseen half whose totals had been read and four held back with it, 4,293 of 8,394; with fifty-nine measured as delivered, 4,472 of 8,848, and 4,475 once "the us" in lower case is the country and "even" frames a question (4,477 with "down" searched too, dropped: Chinese questions' 下 glossed as "down" lost more on tune); with the eight of the unseen half whose totals had been read, 4,487 of 8,912, and 4,522 once everyday abbreviations ("ppl", "govt", "thru", "msgs") are read as their words in a folder without a synonym file; with fifteen measured as delivered, 4,576 of 9,032, and 4,662 once the question's words standing close together order hits of like coverage; 4,669 with the round's later cleaning rules, a deck's speaker notes among them; with the eight of the unseen half whose totals had been read and the newsletter held back with it, 4,715 of 9,104; 4,718 once a wrapped text's edge is the width most of its lines reach; with thirty-two measured as delivered, 4,878 of 9,360; with the eight of the unseen half whose totals had been read, 4,919 of 9,424; with thirty-two measured as delivered, 5,069 of 9,680 after the round's first metadata rules; with eight more, 5,099 of 9,744 with both models retrained on them; 5,100 once the headline model weighs a field's label; with twenty-four more, 5,201 of 9,936; 5,203 with both models retrained; with twenty-four more, 5,311 of 10,128; 5,313 with both models retrained; 6,194 of 11,472 at the end of the round of 2026-12-06 (tenth); with the eight of the unseen half whose totals had been read and five sets measured as delivered, 6,421 of 11,856, with both models retrained; 6,423 once a museum's JSON-LD headline is decoded and a Pandoc page's title read; with seven more sets, 6,647 of 12,304; 6,648 once a correction at a story's end is kept; 6,647 once a speech history's cut lines are joined where the log's width is known; with seven more sets, 6,907 of 12,752; 6,908 once a profile's display name over its @handle names the author; with eight more sets, 7,177 of 13,264; 7,184 once a mail archive's lines set one per <br> are joined; with six more sets, 7,371 of 13,648; with eight more, 7,639 of 14,160; 7,640 once a mirrored page's <meta> before its <head> no longer hides its body; 7,641 once a <title>'s masthead set
   * before the headline with a separator is no part of it; with ten more, 8,009 of 14,800; with eleven more, 8,412 of 15,504; with six more, 8,588 of 15,888; with six more, 8,778 of 16,272; 8,779 once a word in the Latin script that neither the corpus nor WordNet knows weighs as a name against an answer; with twenty more, 9,435 of 17,552; with eleven more, 9,835 of 18,256, and 9,839 once a narrow column in a wider text is unwrapped at its own width; with four more, 9,976 of 18,512; with the eight of the unseen half whose totals had been read, 10,019 of 18,576, and 10,036 once a paragraph saying he or she carries the name a paragraph before it gives; with twenty measured as delivered, 10,715 of 19,856, and 10,716 once a layout copy's lines up to 110 columns count as wrapped; 10,721 once a contents entry heading a section below and a chart's notes end no article; with fifteen measured as delivered, 11,232 of 20,816, and 11,233 once a possessive before a noun is no name; with the eight of the unseen half whose totals had been read and eighteen measured as delivered, 11,837 of 22,032, with the round's cleaning rules and both models retrained; with eight more, 12,146 of 22,544; with eight more, 12,381 of 23,056; with the eight of the unseen half whose totals had been read and fifteen measured as delivered, 12,924 of 24,080, with both models retrained; 12,929 once a double-spaced transcript is read in its turns and a blog's comments no longer stand for it; with eight more, 13,216 of 24,592; 13,213 once the line model counts words in every script; with eight more, 13,456 of 25,104; 13,457 once bulleted points with a hanging indent are read whole; with the eight of the unseen half whose totals had been read and twenty-seven sets measured as delivered, 14,438 of 26,896, with the round's cleaning rules and both models retrained; with the eight of the unseen half whose totals had been read and twenty-seven sets measured as delivered, 15,124 of 28,688, with the round's cleaning rules and both models retrained; with the eight of the unseen half whose totals had been read and twenty-eight sets measured as delivered, 16,146 of 30,544, with the round's cleaning rules and both models retrained; at 3,953 pages, with the unseen half whose totals had been read and five sets measured as delivered, 16,341 of 30,928, with the round's cleaning rules and both models retrained; 16,351 once a page's own caveats are furniture, 16,352 with the round's last rules; at 3,985 pages, with the unseen half whose totals had been read and three sets measured as delivered, 16,502 of 31,184, with both models retrained; 16,506 with the round's cleaning rules.)
   *
   * Since then the suite asks each page's first, third, fifth and seventh questions (QUESTION_SHARE), and `npm run eval`
   * all eight: the thirty thousand questions had become a fifth of the suite's processor time on 2 cores, and the floor
   * catches content made unfindable as surely on half of them. 9,177 of 15,786 at 3,985 pages (16,506 of 31,184 asked
   * whole); 9,238 of 15,914 at 4,017 pages, with the round's rules and both models retrained (16,649 of 31,440 asked
   * whole; 16,643 at the round's first code and models).
   *
   * Since then the suite asks each page's first and fifth questions: at 4,017 pages the suite's processor time had grown
   * near its limit on 2 cores (a clean-clone suite of 265 s), and asking a quarter saves a third of this file's time
   * (177 s → 122 s alone). 4,820 of 8,069 at 4,017 pages; `npm run eval` still asks all eight. 4,853 of 8,133 at 4,049
   * pages, with last round's unseen half and three sets measured as delivered and both models retrained (16,790 of 31,696
   * asked whole); 4,853 with the round's rules and both models retrained again (16,787 of 31,696 asked whole). 4,895 of
   * 8,197 at 4,081 pages, with last round's unseen half and three sets measured as delivered and both models retrained
   * (16,953 of 31,952 asked whole); 4,899 with the round's rules and both models retrained again (16,958 of 31,952
   * asked whole); 4,900 once a Chinese or Japanese line stopped mid-sentence runs on (16,960 asked whole). 4,944 of
   * 8,261 at 4,113 pages, with last round's unseen half and three sets measured as delivered and both models retrained
   * (17,109 of 32,208 asked whole); 4,947 with the round's rules and both models retrained (17,107 asked whole). 4,974 of
   * 8,325 at 4,145 pages, with last round's unseen half and three sets measured as delivered and both models retrained
   * (17,215 of 32,464 asked whole); 4,975 with the round's rules and both models retrained (17,219 asked whole); 4,977 with its later
   * rules and both models retrained again (17,228 asked whole); 4,980 once a story its page's script shows is read (17,232
   * asked whole).
   *
   * Since the round of 2026-12-07 (twenty-seventh) this floor is the whole half's again, every question of every page:
   * `npm run eval` asks them all and checks it, and the suite measures its sample against floors of its own. 17,232 of
   * 32,464 at 4,145 pages; 17,366 of 32,720 at 4,177 pages, with last round's unseen half and three sets measured as
   * delivered and both models retrained (17,367 at the round's first code and models); 17,371 with the round's rules
   * (a newsletter's story read past its mail app's window and buttons among them); 17,375 once a video's captions inside
   * its transcript are read. 17,483 of 32,976 at 4,209 pages, with last round's unseen half and three sets measured as
   * delivered, the line model retrained (the headline model kept) and the round's first rules; 17,484 with its later rules.
   * 17,563 of 33,232 at 4,241 pages, with last round's unseen half and three sets measured as delivered, the round's rules
   * and both models retrained (17,564 with the rules and the models the round began with).
   */
  answered: 17563,
} as const;

/** A floor for each figure of a half that must not slip. */
export type Floors = Record<keyof typeof TUNE_FLOORS, number>;

/** The floors a half's figures fall below, each named with its figure (none: every floor held); a page not loaded is one too. */
export function floorSlips(f: HalfFigures, floors: Floors): string[] {
  const checks: [string, number, number, 'at most' | 'at least'][] = [
    ['junk lines kept', f.junkKept, floors.junkKept, 'at most'],
    ['content sentences lost', f.sentencesLost, floors.sentencesLost, 'at most'],
    ['headings missing', f.headingsMissing, floors.headingsMissing, 'at most'],
    ['extra headings', f.headingsStray, floors.headingsStray, 'at most'],
    ['titles right', f.right.title, floors.titles, 'at least'],
    ['authors right', f.right.author, floors.authors, 'at least'],
    ['dates right', f.right.date, floors.dates, 'at least'],
    ['publishers right', f.right.publisher, floors.publishers, 'at least'],
    ['URLs right', f.right.url, floors.urls, 'at least'],
    ['questions answered', f.answered, floors.answered, 'at least'],
  ];
  const slips = f.notLoaded === 0 ? [] : [`pages not loaded: ${f.notLoaded}, floor at most 0`];
  return checks
    .filter(([, actual, floor, bound]) => (bound === 'at most' ? actual > floor : actual < floor))
    .map(([what, actual, floor, bound]) => `${what}: ${actual.toLocaleString('en-US')}, floor ${bound} ${floor.toLocaleString('en-US')}`)
    .concat(slips);
}
