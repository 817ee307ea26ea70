import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseSynonyms, SYNONYMS_FILE, type SynonymRule } from '../search/analysis/synonyms.js';
import { cleanBlocks, listItems, normalizeLine, textBlocks, type Block } from './cleanArticle.js';
import { decodeText } from './decodeText.js';
import { dateLine, findDate, withNumericDateOrder } from './findDate.js';
import { comparable, findMetadata, handleSpellsName, hasProseShape, originalAddress, originalCredit, RANK_BEFORE_NAME, TITLE_SEPARATOR, USER_HANDLE } from './findMetadata.js';
import { countWords, isPersonName, ORGANISATION_END, withoutTrailingEmoji } from './furniture.js';
import { MANIFEST_FILE, parseManifest } from './manifest.js';
import { readCaptions } from './readCaptions.js';
import { readOrg } from './readOrg.js';
import { rstAsHtml } from './readRst.js';
import { asciidocAsHtml } from './readAsciidoc.js';
import { readChatExport } from './readChatExport.js';
import { readSpeechLog } from './readSpeechLog.js';
import { readChannelPreview } from './readChannelPreview.js';
import { readScreenCaptures } from './readScreenCaptures.js';
import { readClippings, readKindleNotebook, readReadingNotes } from './readClippings.js';
import { readFieldCodes } from './readFieldCodes.js';
import { readTaggedText } from './readTaggedText.js';
import { readVideoPage } from './readVideoPage.js';
import { readHar, readHttpCapture } from './readHttpCapture.js';
import { readMime } from './readMime.js';
import { looksLikeTiddlyWiki, tiddlyWikiAsHtml } from './readTiddlyWiki.js';
import { looksLikeUiDump, uiDumpAsHtml } from './readUiDump.js';
import { looksLikeMediaWikiExport, mediaWikiAsHtml } from './readMediaWiki.js';
import { csvExportAsHtml, looksLikeCsvExport } from './readCsvExport.js';
import { readWireQueue } from './readWireQueue.js';
import { readMarkdownHead, readNoteExport, readSavedMessageHead } from './readFrontMatter.js';
import { digestMessage } from './readDigest.js';
import { readRtf } from './readRtf.js';
import { readWarc } from './readWarc.js';
import { unwrapHardWrappedLines } from './unwrapLines.js';
import { readViewSource } from './readViewSource.js';
import { readOutline } from './readOutline.js';
import { feedItemAsHtml, looksLikeFeed } from './readFeed.js';
import { type JsonArticle, looksLikeJsonArticle, readJsonArticle } from './readJsonArticle.js';
import { looksLikeNitf, nitfAsHtml } from './readNitf.js';
import { httpUrl, looksLikeHtml, MIN_HEADLINE_WORDS, PAGE_KIND_TITLE, readHtml, SECTION_ONLY, sharedAddress, type PageMetadata } from './readHtml.js';
import type { DocumentMeta, LoadedDocument, ManifestEntry, Reference, ReportLine } from './types.js';

export interface Corpus {
  documents: LoadedDocument[];
  references: Reference[];
  synonyms: SynonymRule[];
  /** Every file skipped or repaired, with the reason, for the reload report. */
  report: ReportLine[];
}

export interface LoadOptions {
  /** Larger files are skipped with a report line instead of stalling the bot. */
  maxFileBytes: number;
  /**
   * A corpus.json that is not JSON at all (or has no "documents" list): `fail` stops the load with an
   * error, so that a reload keeps the index in service; `ignore` (the default, used at first start)
   * loads the articles with what they say about themselves and reports it.
   */
  brokenManifest?: 'fail' | 'ignore';
}

/** A problem with the corpus as a whole (no seeds folder): nothing can be loaded. */
export class CorpusLoadError extends Error {
  override name = 'CorpusLoadError';
}

// (.xml: a saved news feed or a wire story in NITF.)
const ARTICLE_EXTENSIONS = new Set(['.txt', '.ipynb', '.rtf', '.warc', '.wet', '.md', '.markdown', '.html', '.htm', '.xml', '.eml', '.mht', '.mhtml', '.vtt', '.srt', '.org', '.rst', '.rest', '.adoc', '.asciidoc']);
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);
/**
 * A short line found in this many files is the site's furniture (a menu
 * entry, a newsletter box's title), never a heading or a title. Three, so
 * that two articles sharing a subheading keep it.
 */
const SITE_FURNITURE_FILES = 3;
const RESERVED = new Set([MANIFEST_FILE, SYNONYMS_FILE, 'README.md', 'readme.md']);
const READ_CONCURRENCY = 16;

/**
 * Reads run in parallel, but decoding and cleaning are CPU work: each file
 * gets its own turn of the event loop, so a reload never blocks questions
 * for a whole batch of files at once.
 */
function createTurns(): () => Promise<void> {
  let last = Promise.resolve();
  return () => (last = last.then(() => new Promise<void>((resolve) => setImmediate(resolve))));
}

/**
 * What one load read and cleaned, for the next load of the same folder to reuse: a file whose size, times and
 * corpus.json entry are unchanged is not read again, and its cleaning is reused while the lines the folder's files share
 * (site furniture) stay the same. A reload after a moderator drops one file in then reads and cleans that file.
 */
export interface LoadCache {
  /**
   * Per file: its stamp, the report lines its reading gave, whether it could be read, and the short lines it offers
   * as site furniture; not its text, which only a file that must be cleaned again is read for.
   */
  files: Map<string, { stamp: string; lines: ReportLine[]; readable: boolean; furniture: string[] }>;
  /** Per file: its cleaning, valid for its stamp and the folder's site furniture of the time. */
  cleaned: Map<string, { stamp: string; doc: LoadedDocument | null; lines: ReportLine[] }>;
}

export function createLoadCache(): LoadCache {
  return { files: new Map(), cleaned: new Map() };
}

/** A file's identity on disk (a link's and its target's) and in corpus.json: any edit, replacement or new entry changes it. */
async function fileStamp(root: string, file: string, entry: ManifestEntry, listed: boolean): Promise<string | null> {
  try {
    const full = path.join(root, file);
    const [link, target] = await Promise.all([lstat(full), stat(full)]);
    return [link.ino, link.mtimeMs, target.size, target.mtimeMs, target.ctimeMs, target.ino, listed, JSON.stringify(entry)].join(':');
  } catch {
    return null;
  }
}

export async function loadCorpus(seedsDir: string, options: LoadOptions, cache: LoadCache | null = null): Promise<Corpus> {
  const root = path.resolve(seedsDir);
  let realRoot: string;
  try {
    const info = await stat(root);
    if (!info.isDirectory()) throw new CorpusLoadError(`the corpus folder ${root} is not a folder`);
    realRoot = await realpath(root);
  } catch (error) {
    if (error instanceof CorpusLoadError) throw error;
    throw new CorpusLoadError(`the corpus folder ${root} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }

  const report: ReportLine[] = [];
  const manifest = parseManifest(await readOptional(path.join(root, MANIFEST_FILE), report));
  if (manifest.broken !== null && options.brokenManifest === 'fail') {
    throw new CorpusLoadError(`${MANIFEST_FILE} ${manifest.broken}. Fix it (or delete it: titles, authors and dates are then read from the articles)`);
  }
  report.push(...manifest.report);

  const synonymText = await readOptional(path.join(root, SYNONYMS_FILE), report);
  const synonyms = parseSynonyms(synonymText ?? '');
  for (const problem of synonyms.problems) {
    report.push({ file: `${SYNONYMS_FILE} line ${problem.line}`, level: 'warning', message: `${problem.message}; line ignored` });
  }

  const names = (await readdir(root)).sort();
  const onDisk = new Set(names);
  const byFile = new Map(manifest.entries.map((e) => [e.file, e]));
  for (const entry of manifest.entries) {
    if (!onDisk.has(entry.file)) report.push({ file: entry.file, level: 'skipped', message: `listed in ${MANIFEST_FILE} as "${entry.id}" but not found` });
  }
  const articleFiles = names.filter((n) => !RESERVED.has(n) && !n.startsWith('.') && (byFile.has(n) || ARTICLE_EXTENSIONS.has(path.extname(n).toLowerCase())));
  const usedIds = new Set(manifest.entries.map((e) => e.id));

  const takeTurn = createTurns();
  const read = (file: string, entry: ManifestEntry, lines: ReportLine[]) => readPage(root, realRoot, file, entry, byFile.has(file), options, lines, takeTurn);
  /** Each file as read now, or as the cache remembers it (its text not kept: `page` undefined). */
  const files: { file: string; entry: ManifestEntry; stamp: string | null; page: ReadPage | null | undefined; furniture: string[]; lines: ReportLine[] }[] = [];
  for (let i = 0; i < articleFiles.length; i += READ_CONCURRENCY) {
    const batch = articleFiles.slice(i, i + READ_CONCURRENCY);
    // Files are read in parallel; their report lines are kept apart so the report follows file order.
    files.push(
      ...(await Promise.all(
        batch.map(async (file) => {
          const entry = byFile.get(file) ?? unlistedEntry(file, usedIds);
          const stamp = cache ? await fileStamp(root, file, entry, byFile.has(file)) : null;
          const kept = stamp === null ? undefined : cache?.files.get(file);
          if (kept !== undefined && kept.stamp === stamp) return { file, entry, stamp, page: kept.readable ? undefined : null, furniture: kept.furniture, lines: [...kept.lines] };
          const lines: ReportLine[] = [];
          const page = await read(file, entry, lines);
          const furniture = page ? furnitureCandidates(page) : [];
          if (cache && stamp !== null) cache.files.set(file, { stamp, lines: [...lines], readable: page !== null, furniture });
          return { file, entry, stamp, page, furniture, lines };
        }),
      )),
    );
  }
  const siteFurniture = findSiteFurniture(files.filter((f) => f.page !== null).map((f) => f.furniture));
  const furnitureKey = [...siteFurniture].sort().join('\n');
  const documents: LoadedDocument[] = [];
  for (const { file, entry, stamp, page: given, lines: own } of files) {
    if (given !== null) {
      const cleanedStamp = stamp === null ? null : `${stamp}\n${furnitureKey}`;
      const kept = cache?.cleaned.get(file);
      if (kept !== undefined && cleanedStamp !== null && kept.stamp === cleanedStamp) {
        own.push(...kept.lines);
        if (kept.doc) documents.push(kept.doc);
        report.push(...own);
        continue;
      }
      await takeTurn();
      // A file remembered but not kept is read again when its cleaning must be redone (the site furniture changed).
      const page = given ?? (await read(file, entry, []));
      const before = own.length;
      try {
        // (A page's ambiguous numeric dates, "2/4/2025", are read in the order its other dates show.)
        const doc = page ? withNumericDateOrder(pageText(page), () => cleanPage(page, siteFurniture, own)) : null;
        if (doc) documents.push(doc);
        if (cache && cleanedStamp !== null) cache.cleaned.set(file, { stamp: cleanedStamp, doc, lines: own.slice(before) });
      } catch (error) {
        own.push({ file, level: 'skipped', message: `could not be cleaned (${(error as Error).message})` });
      }
    }
    report.push(...own);
  }
  if (cache) {
    // Files gone from the folder leave the cache.
    const present = new Set(articleFiles);
    for (const file of cache.files.keys()) if (!present.has(file)) cache.files.delete(file);
    for (const file of cache.cleaned.keys()) if (!cache.files.has(file)) cache.cleaned.delete(file);
  }
  const references = documents.flatMap((d) => d.references);
  return { documents, references, synonyms: synonyms.rules, report };
}

/** An article file read and decoded, not yet cleaned. */
export interface ReadPage {
  file: string;
  entry: ManifestEntry;
  listed: boolean;
  bytes: Uint8Array;
  blocks: Block[];
  /** HTML only: what the page's head says, and every block of the page (bylines outside the article). */
  html: { pageBlocks: Block[] } | null;
  /** What the file's metadata states (an HTML page's head, a Markdown file's front matter), before its text is read. */
  stated: PageMetadata | null;
}

/** A JSON article's text as blocks: a Markdown body as it reads, an HTML one through the page reader (its head naming it). */
function jsonArticleBlocks(json: JsonArticle): Pick<ReadPage, 'blocks' | 'html'> & { stated: PageMetadata } {
  if (json.kind === 'markdown') return { blocks: textBlocks(json.markdown, 'markdown'), html: null, stated: json.meta };
  const page = readHtml(json.html);
  return { blocks: page.blocks, html: { pageBlocks: page.pageBlocks }, stated: page.meta };
}

/** A page's short non-prose lines, as keys: what it may share with other files as site furniture. */
function furnitureCandidates(page: ReadPage): string[] {
  const keys = new Set<string>();
  for (const block of page.blocks) {
    // Paragraph-length blocks are not furniture lines: skipped before counting their words.
    if (block.text.length > 150) continue;
    const words = countWords(block.text);
    if (words > 12 || hasProseShape(block.text, words)) continue;
    const key = comparable(block.text);
    if (key !== '') keys.add(key);
  }
  return [...keys];
}

/** Short non-prose lines present in several files: menus, box titles, a site's standard notices. */
function findSiteFurniture(pages: readonly (readonly string[])[]): Set<string> {
  const counts = new Map<string, number>();
  if (pages.length < SITE_FURNITURE_FILES) return new Set();
  for (const keys of pages) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= SITE_FURNITURE_FILES).map(([key]) => key));
}

/**
 * Cleans a page and settles its metadata: corpus.json's fields win, then the
 * page's own metadata (HTML), then what its text says (headline, byline).
 */
/** A page's words, blocks and page furniture both, for signals about the page as a whole. */
function pageText(page: ReadPage): string {
  return [...page.blocks, ...(page.html?.pageBlocks ?? [])].map((b) => b.text).join('\n');
}

function cleanPage(page: ReadPage, siteFurniture: ReadonlySet<string>, report: ReportLine[]): LoadedDocument | null {
  const { file, entry, listed, html } = page;
  // A stated title naming only a section before the site ("News | Cascade Miata Club") is no headline: the text's is.
  const section = sectionBeforeSite(page.stated?.title ?? '');
  const stated = page.stated && section !== null ? { ...page.stated, title: '', publisher: page.stated.publisher || section } : page.stated;
  const knownTitle = entry.title !== '' ? entry.title : (stated?.title ?? '');
  const knownPublisher = entry.publisher !== '' ? entry.publisher : (stated?.publisher ?? '');
  const knownAuthor = entry.author !== '' ? entry.author : (stated?.author ?? '');
  const cleaned = cleanBlocks(page.blocks, { title: knownTitle, publisher: knownPublisher, author: knownAuthor, hints: entry.hints, siteFurniture });
  for (const warning of cleaned.warnings) report.push({ file, level: 'warning', message: warning });
  if (cleaned.paragraphs.length === 0) {
    report.push({ file, level: 'skipped', message: 'no article paragraphs were found in it' });
    return null;
  }
  // An HTML article's byline and date often sit outside what the extractor keeps.
  const fromPage = html ? findMetadata(html.pageBlocks.map((b) => b.text), cleaned.found.title, listItems(html.pageBlocks)) : null;
  const pick = (...values: (string | undefined)[]) => values.find((v) => v !== undefined && v !== '') ?? '';
  // A republished story's credit names the outlet that published it first: that outlet is its publisher, not the site
  // reposting it (a portal, an aggregator, a school's "In the News" page).
  const credit = originalCredit([...page.blocks, ...(html?.pageBlocks ?? [])].map((b) => b.text));
  // A manifest's address is taken as written; one the page states may be an archive's copy of it.
  // (Where the page states it nowhere else, its share buttons carry it: a text conversion keeps their links.)
  const url = pick(entry.url, originalAddress(pick(stated?.url, cleaned.found.url, fromPage?.url, credit.url)) || (html ? '' : sharedAddress(new TextDecoder().decode(page.bytes))));
  // (Emoji after a headline, "… for TikTok refugees 🐱", decorate it; they are no words of it. Nor is the site's name
  // after it, where the page's address names the same site: "… | KindredPaws" at www.kindredpaws.org.)
  // (A stated title the page prints without the site's name after it, "… Now — Keel & Hammer Piano Service", is its
  // headline as printed.)
  const statedTitle = stated?.title !== undefined && cleaned.found.title !== stated.title && siteAfter(stated.title, cleaned.found.title) ? cleaned.found.title : stated?.title;
  const titles = [statedTitle, cleaned.found.title].map((t) => (t === undefined ? t : siteNamedLast(withoutTitleLabel(withoutEmphasis(withoutTrailingEmoji(t).trimEnd())), url)));
  // The writer the text names, where it names one: its own reading, else the whole page's.
  const textAuthor = pick(cleaned.found.author, fromPage?.author);
  const meta: DocumentMeta = {
    id: entry.id,
    file,
    title: pick(entry.title, ...titles.map((t) => t?.title), path.basename(file, path.extname(file))),
    publisher: pick(entry.publisher, credit.publisher, ...[stated?.publisher, ...titles.map((t) => t?.site), cleaned.found.publisher, fromPage?.publisher].map((p) => (p === undefined ? p : withoutTrailingDate(p)))),
    // A page's author field holding the site's own name ("Swiss Export Alliance" on its own news page) names no writer;
    // nor does one naming an organisation where the text signs a person ("Half Moon Market Alliance", the site's legal
    // name, over "Written By Maiv Xiong").
    // A staff credit or a CMS's shared account ("Contributor") names no writer: the byline the text prints may.
    // A user handle in the page's fields ("author: ruth_adeyemi") gives way to the name the text signs, where it spells it;
    // where neither the text's byline nor the page's names a writer, to a line of the page that spells it (a blog
    // platform's post header prints "Rocío Barragán" over the date, its fields "rociobarragan").
    // (An organisation the page's JSON-LD names as the author, a press release's issuer, publishes the page: no writer.)
    author: pick(entry.author, notIssuer(pick(...[handleOrName(organisationAuthorless(siteAuthorless(stated?.author, pick(stated?.publisher, cleaned.found.publisher, fromPage?.publisher)), textAuthor), textAuthor, spelledFor(stated?.author ?? '', textAuthor, page)), cleaned.found.author, fromPage?.author].map((a) => (a === undefined ? a : namedWriter(a)))), stated?.authorOrganizations ?? [])),
    // A <time> element anywhere may stamp an update or a comment: the byline's date, where the page prints one, wins.
    // (Unless the text's date is the <time> element's day in another year: a stamp without a year, "Jan 19", that the
    // text's reading put in a year the element states otherwise.)
    date:
      (stated?.dateFromTimeElement === true && !sameDayOtherYear(stated.date, pick(cleaned.found.date, fromPage?.date))) || (stated?.dateInUtc === true && dayApart(stated.date, pick(cleaned.found.date, fromPage?.date)))
        ? pick(entry.date, cleaned.found.date, fromPage?.date, stated?.date)
        : pick(entry.date, stated?.date, cleaned.found.date, fromPage?.date),
    url,
    kind: entry.kind,
    ...(entry.reworded === true ? { reworded: true } : {}),
  };
  if (!listed) report.push({ file, level: 'info', message: `not in ${MANIFEST_FILE}: loaded as "${entry.id}", with the title, author and date the file states` });
  const references: Reference[] = cleaned.sourceList.map((s) => ({ ...s, document: entry.id }));
  const fingerprint = createHash('sha256').update(page.bytes).update(JSON.stringify(entry)).digest('hex').slice(0, 16);
  return { meta, paragraphs: cleaned.paragraphs, references, fingerprint };
}

/** "*RedNote 101: …*", "**…**", "_…_": a plain-text mail's or a chat's emphasis around a whole headline is not part of it. */
export function withoutEmphasis(title: string): string {
  // (Or printed as a string in single quotes, as a Python session prints one: "'In Flatbush, Haitian creators …'".)
  return /^([*_]{1,2})([^*_\s](?:[^*_]*[^*_\s])?)\1$/.exec(title)?.[2] ?? /^'([^'\s][^']*[^'\s])'$/.exec(title)?.[1] ?? title;
}

/**
 * "EXPLAINER: What RedNote's sudden rise means …", "ANALYSIS | …": a wire's or a broadcaster's genre label in capitals
 * before the headline marks the kind of story, as a kicker does; it is not the story's name. A label written as a word
 * of the headline ("Live updates: …", "Fact check: …") stays.
 */
const GENRE_LABEL = /^(?:EXPLAINER|ANALYSIS|OPINION|EDITORIAL|COMMENTARY|OP-ED|BREAKING(?: NEWS)?|EXCLUSIVE|WATCH|LISTEN|PHOTOS|VIDEO|FACT ?CHECK|INTERVIEW|REVIEW|ICYMI|(?:MEDIA|PRESS|NEWS) RELEASE|PRESS STATEMENT|MEDIA ADVISORY|STATEMENT|ADVISORY)\s*[:|]\s+(?=\S)/;

/**
 * "1.3 Why millions of Americans needed Chinese overnight": a course's or a report's section number before its title
 * places it in an outline. (Not a figure: "3.5 Million Americans …".)
 */
const OUTLINE_NUMBER = /^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?\s+(?![Mm]illion|MILLION|[Bb]illion|BILLION|[Tt]housand|THOUSAND|[Pp]ercent|PERCENT|[Pp]er [Cc]ent|[Mm]\b|[Bb]n\b|[Kk]\b)(?=\p{Lu})/u;

/** A title without the label or the outline number printed before it. */
export function withoutTitleLabel(title: string): string {
  return title.replace(GENRE_LABEL, '').replace(OUTLINE_NUMBER, '');
}

/** "Truckee Meadows Daily 1/28/2025": an e-edition's page header gives the issue's date after the paper's name; it is no part of it. */
function withoutTrailingDate(name: string): string {
  const found = findDate(name);
  if (found === null || found.start === 0) return name;
  return dateLine(name.slice(found.start)) !== null ? name.slice(0, found.start).replace(/[\s,|·–—-]+$/u, '') : name;
}

/** A missing optional file is null; an unreadable one is also reported. */
async function readOptional(file: string, report: ReportLine[]): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') report.push({ file: path.basename(file), level: 'warning', message: `cannot be read (${code ?? 'error'})` });
    return null;
  }
}

function unlistedEntry(file: string, usedIds: Set<string>): ManifestEntry {
  const base = path
    .basename(file, path.extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'article';
  let id = base;
  for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
  usedIds.add(id);
  return { id, file, title: '', publisher: '', author: '', date: '', url: '', kind: '', hints: { bodyEndsBefore: [] } };
}

/** Lines of a page searched for the name a stated handle spells: a post header's, near its top. */
const MAX_NAME_SEARCH_LINES = 200;

/** The first line of a page that is a person's name a stated handle spells ("rociobarragan": "Rocío Barragán"), or ''. */
/** Where the text names no author, or only the handle the fields give: the name a line of the page spells for that handle. */
function spelledFor(handle: string, found: string, page: ReadPage): string {
  return found === '' || found === handle ? nameSpelledIn(handle, page) : '';
}

/**
 * No author where the one found is an organisation the page's JSON-LD names as its author ("Harborline Paddle Clubs"), or
 * the first words of its name ("Staffing Signal" of "Staffing Signal Analysts"): the issuer, not a writer.
 */
function notIssuer(author: string, organisations: readonly string[]): string {
  const key = comparable(author);
  return key !== '' && organisations.some((o) => comparable(o) === key || comparable(o).startsWith(`${key} `)) ? '' : author;
}

/** A writer's box heading before the name: "About Marisol Treviño", "About the author: …". */
const AUTHOR_BOX_HEADING = /^about(?: the (?:author|writer))?\s*:?\s+/i;

function nameSpelledIn(handle: string, page: ReadPage): string {
  if (!USER_HANDLE.test(handle)) return '';
  const lines = [...page.blocks, ...(page.html?.pageBlocks ?? [])].slice(0, MAX_NAME_SEARCH_LINES).map((b) => b.text.trim());
  // (A writer's box may be headed with the name: "About Marisol Treviño".)
  const names = lines.map((line) => line.replace(AUTHOR_BOX_HEADING, ''));
  const spelled = names.find((line) => handleSpellsName(handle, line) && isPersonName(line));
  if (spelled !== undefined) return spelled;
  // A forum's post header gives the name in brackets after the handle, however unlike it: "gwen_paddles (Gwen Farrier)".
  for (const line of lines) {
    if (!line.startsWith(`${handle} (`) || !line.endsWith(')')) continue;
    const name = line.slice(handle.length + 2, -1).trim();
    if (isPersonName(name)) return name;
  }
  return '';
}

/**
 * A stated handle ("ruth_adeyemi") or, where the text names the person it spells ("Ruth Adeyemi"), that name; or the
 * name a line of the page gives for it (`spelled`).
 */
function handleOrName(stated: string, named: string, spelled = ''): string {
  if (spelled !== '') return spelled;
  return named !== '' && handleSpellsName(stated, named) ? named : stated;
}

/** An author that is the publisher's name over again is no author: '' then. */
/**
 * "HDBA Staff", "The Metro Desk", "Newsroom Team", "Tallysheet Editorial", South Asian papers' "Our Reporter", "Special Correspondent": a byline
 * crediting a site's staff names no writer; nor does a CMS's default or shared account ("Administrator", "admin",
 * "webmaster", "Contributor", "Guest Author").
 */
const STAFF_BYLINE =
  /^(?:(?:the\s+)?(?:[\p{L}\p{N}&.'’-]+\s+){0,4}(?:staff|team|desk|newsroom|editorial)|admin|administrator|site admin|webmaster|(?:guest\s+)?(?:contributor|author|writer)|our (?:own |special |staff |senior )?(?:reporter|correspondent|bureau)|(?:staff|special) (?:reporter|correspondent)|staff reports?)$/iu;
/**
 * The newsroom as other languages credit it ("La Rédaction", "Редакција", "Redazione"), perhaps with its agency
 * ("La Rédaction (avec AFP)"): no writer named.
 */
const NEWSROOM_CREDIT =
  /^(?:la |le |die |de |a |the )?(?:rédaction|redacción|redação|redazione|redaktion|redactie|redakcja|redakce|redakcia|redaksi|redaksiya|redakció|toimitus|uredništvo|редакция|редакција|редакція|编辑部|編集部|편집부)(?:\s*\([^()]{1,40}\))?$/iu;
/** A CMS's field naming the account that added the page ("Добавил: sughd_admin", "Added by: user4821"): a login, not a writer. */
const ACCOUNT_FIELD = /^[\p{L} ]{2,20}:\s*[a-z0-9._]*(?:_|\d)[a-z0-9._]*$/u;
/** A site's administrator account as a CMS names the author of what it posted ("vvadmin", "gmcf_admin", "rehp_webteam"). */
const ADMIN_ACCOUNT = /^[a-z0-9._-]*(?:admin|webmaster|webteam)[a-z0-9._-]*$/i;

function namedWriter(author: string): string {
  // A field that kept the byline's "By" ("author: By Our Reporter") names whoever follows it; a title or a job before
  // the name ("Dr Ifeoma Castellanos", "Reporter Haruka Mori", "Sifu Marcus Tan") is no part of it, nor a button
  // printed after it ("Yokasta Peralta Print").
  const written = author.replace(/^[Bb]y\s+(?=\p{Lu})/u, '');
  // (A surname alone after the title, "Ms. Whitcomb", keeps it: the title is how the page names her.)
  const untitled = written.replace(RANK_BEFORE_NAME, '');
  const name = (countWords(untitled) >= 2 ? untitled : written)
    .replace(/^(?:Reporter|Correspondent|Columnist|Sifu|Shifu|Sensei|Coach)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u, '')
    .replace(/(?<=\p{Ll})\s+(?:Print|Share|Follow|E-?mail)$/u, '')
    // A club site's role in brackets after the name, "Karen Whitfield (Administrator)"; a Korean byline's "기자" (reporter)
    // after it, "김하린 기자"; a credential, "Mina Torres Certified Tarot Reader", "Celeste Ortiz and Certified Numerologist".
    .replace(/(?<=\p{L})\s*\((?:Administrator|Admin|Moderator|Webmaster)\)$/u, '')
    .replace(/(?<=\p{Script=Hangul})\s+(?:기자|특파원|선임기자|객원기자|수습기자|인턴기자)$/u, '')
    .replace(/(?<=\p{Ll})\s+(?:and\s+)?Certified(?:\s+\p{Lu}[\p{L}-]*){1,3}$/u, '');
  return STAFF_BYLINE.test(name) || NEWSROOM_CREDIT.test(name) || ACCOUNT_FIELD.test(name) || ADMIN_ACCOUNT.test(name) ? '' : name;
}

/** A stated author that is an organisation's name ("… Alliance", "… Society"), where the text signs a person: '' then. */
function organisationAuthorless(author: string, signed: string): string {
  return ORGANISATION_END.test(author) && isPersonName(signed) ? '' : author;
}

function siteAuthorless(author: string | undefined, publisher: string): string {
  return author !== undefined && publisher !== '' && comparable(author) === comparable(publisher) ? '' : (author ?? '');
}

/** "----- pasted from news.yahoo.com -----", "--- copied from the Ledger's site ---", "----- pasted -----": where a letter's pasted page begins. */
const PASTED_SEPARATOR = /^[-—–]{2,}\s*(?:pasted|copied|clipped)(?:\s+(?:from\b[^\n]{0,80}?|below|text|article|story))?\s*[-—–]{2,}[ \t]*$/im;
/** "———— end ————", "----- end of paste -----": where a pasted page stops and the note around it resumes. */
const PASTE_END = /^[-—–]{2,}\s*(?:end(?: of (?:paste|pasted text|article|clip|copy))?|pasted text ends)\s*[-—–]{2,}[ \t]*$/im;

/** A fax machine's stamp over each page: "JAN-22-2025 14:07  FROM:SEN LINDAHL OFC  6515550142  TO:16125550199  P.2/3". */
const FAX_PAGE_STAMP = /^[^\n]{0,120}\d{1,2}:\d{2}[^\n]{0,120}\bP(?:AGE|G)?\.?\s?(\d{1,3})\s?(?:\/|OF)\s?\d{1,3}[ \t]*$/gim;
/** What names a cover sheet ("F A X  T R A N S M I T T A L", "Facsimile cover sheet"), and the fields it has. */
const FAX_COVER = /\bF\s?A\s?X\b|facsimile|transmittal|cover\s+sheet/i;
const FAX_FIELD = /^\s*(?:to|from|fax|phone|pages|re|date|attn|cc)\s*:/gim;
const MIN_FAX_FIELDS = 3;
/** A cover sheet is a page: its name is within this many characters of the start. */
const FAX_COVER_CHARS = 5000;

/**
 * A faxed document's first page is the sender's cover sheet (to, from, pages, "please see attached", a confidentiality
 * notice): the document starts at the page the machine stamped "P.2".
 */
function withoutFaxCover(text: string): string | null {
  // (Most texts are no fax: the cover's name is looked for first, in the opening only, before any page stamp.)
  if (!FAX_COVER.test(text.slice(0, FAX_COVER_CHARS))) return null;
  FAX_PAGE_STAMP.lastIndex = 0;
  for (let m = FAX_PAGE_STAMP.exec(text); m !== null; m = FAX_PAGE_STAMP.exec(text)) {
    if (m[1] !== '2') continue;
    const cover = text.slice(0, m.index);
    if (!FAX_COVER.test(cover) || (cover.match(FAX_FIELD)?.length ?? 0) < MIN_FAX_FIELDS) return null;
    return text.slice(m.index + m[0].length);
  }
  return null;
}

/** A note or a message that frames a page it pasted ("———— pasted below ————" … "———— end ————"): that page. */
function pastedRegion(text: string): string | null {
  const open = PASTED_SEPARATOR.exec(text);
  if (open === null) return null;
  const rest = text.slice(open.index + open[0].length);
  const end = PASTE_END.exec(rest);
  return end === null ? rest : rest.slice(0, end.index);
}

/** What a letter or a note carries: the message of a list's digest that holds the story, and in it a page pasted between markers. */
function inLetter(text: string): string | null {
  const message = digestMessage(text);
  return pastedRegion(message ?? text) ?? message;
}

async function readPage(
  root: string,
  realRoot: string,
  file: string,
  entry: ManifestEntry,
  listed: boolean,
  options: LoadOptions,
  report: ReportLine[],
  takeTurn: () => Promise<void>,
): Promise<ReadPage | null> {
  const full = path.join(root, file);
  const skip = (message: string) => {
    report.push({ file, level: 'skipped', message });
    return null;
  };
  try {
    const link = await lstat(full);
    if (link.isSymbolicLink()) {
      const target = await realpath(full).catch(() => null);
      if (target === null) return skip('is a broken link');
      if (!target.startsWith(realRoot + path.sep)) return skip('is a link to a file outside the corpus folder; not followed');
    }
    const info = await stat(full);
    if (info.isDirectory()) return listed ? skip('is a folder, not a file') : null;
    if (!info.isFile()) return skip('is not a regular file');
    if (info.size > options.maxFileBytes) {
      return skip(`is too large (${formatBytes(info.size)}; the limit is ${formatBytes(options.maxFileBytes)}, set by CORPUS_MAX_FILE_MB)`);
    }
    const bytes = await readFile(full);
    await takeTurn();
    const read = decodeText(bytes);
    if (!read.ok) return skip(read.reason);
    // Rich Text Format (WordPad, "Save as RTF"), whatever the file is called, is read as the text it shows.
    const decoded = { ...read, text: readRtf(read.text) ?? read.text };
    for (const note of decoded.notes) report.push({ file, level: 'info', message: note });
    // A web archive's file (WARC, or Common Crawl's text extract, WET) is read as the page it holds the most of; a saved
    // HTTP exchange (curl -i, a browser's HAR file), as the page its redirects end at; a browser's source view saved
    // as a file, as the page whose source it shows.
    const archived = readWarc(decoded.text) ?? readHttpCapture(decoded.text) ?? readHar(decoded.text) ?? readViewSource(decoded.text);
    if (archived !== null) {
      const stated = { title: '', author: '', date: '', publisher: '', url: httpUrl(archived.url) };
      // (An API's answer fetched with its headers shown, `http --print=hb`, is the JSON article it carries.)
      const json = !archived.html && looksLikeJsonArticle(archived.body) ? readJsonArticle(archived.body) : null;
      if (json !== null) {
        const read = jsonArticleBlocks(json);
        return { file, entry, listed, bytes, ...read, stated: { ...read.stated, url: read.stated.url || stated.url } };
      }
      if (!archived.html) return { file, entry, listed, bytes, blocks: textBlocks(archived.body), html: null, stated };
      const page = readHtml(archived.body);
      return { file, entry, listed, bytes, blocks: page.blocks, html: { pageBlocks: page.pageBlocks }, stated: { ...page.meta, url: page.meta.url || stated.url } };
    }
    // An e-mail saved whole (an .eml, a webmail's "Show original") is read as its letter: the HTML part as a page, else the
    // text. A page saved as one file (.mhtml) is the same format, read as the page.
    const mail = await readMime(decoded.text);
    // A letter that carries a page pasted under a separator ("----- pasted from news.yahoo.com -----") is that page: the
    // sender's note above it and the letter's headers (its subject, its sender, when it was sent) are not the article's.
    // So is a list's digest: the message in it that carries the story, not the digest's subject, sender and date.
    const pastedPage = mail !== null && mail.html === '' ? inLetter(mail.text) : null;
    if (pastedPage !== null) return { file, entry, listed, bytes, blocks: textBlocks(pastedPage), html: null, stated: null };
    if (mail !== null) {
      const page = mail.html !== '' ? readHtml(mail.html) : null;
      const blocks = page?.blocks ?? textBlocks(mail.text);
      // A letter's headers name it; a saved page's own metadata names it, its headers only filling in.
      const stated = mail.savedPage && page ? { ...page.meta } : { ...mail.meta };
      for (const key of ['title', 'author', 'date', 'publisher', 'url'] as const) if (stated[key] === '') stated[key] = (mail.savedPage ? mail.meta[key] : page?.meta[key]) ?? '';
      // The letter's own address ("View this post online: https://…") is a line of its text part; in the HTML it is a link.
      if (stated.url === '' && mail.text !== '') stated.url = findMetadata(mail.text.split(/\r?\n/).map(normalizeLine)).url;
      return { file, entry, listed, bytes, blocks, html: page ? { pageBlocks: page.pageBlocks } : null, stated };
    }
    // An article as a tool's or an API's JSON: its record's fields are the metadata, its body the text.
    const jsonArticle = looksLikeJsonArticle(decoded.text) ? readJsonArticle(decoded.text) : null;
    if (jsonArticle !== null) return { file, entry, listed, bytes, ...jsonArticleBlocks(jsonArticle) };
    // A saved news feed is read as the page its first item stands for; a saved TiddlyWiki, as the post it opens on; an
    // Android screen's UI dump, as the page its app shows; a wiki's XML export, as its page's latest revision; a CMS's CSV
    // export, as its longest post; an AsciiDoc or a reStructuredText source, as the page it renders to.
    const wrappedPage = looksLikeFeed(decoded.text)
      ? feedItemAsHtml(decoded.text)
      : looksLikeNitf(decoded.text)
        ? nitfAsHtml(decoded.text)
        : looksLikeTiddlyWiki(decoded.text)
          ? tiddlyWikiAsHtml(decoded.text)
          : looksLikeUiDump(decoded.text)
            ? uiDumpAsHtml(decoded.text)
            : looksLikeMediaWikiExport(decoded.text)
              ? mediaWikiAsHtml(decoded.text)
              : looksLikeCsvExport(decoded.text)
                ? csvExportAsHtml(decoded.text)
                : (asciidocAsHtml(decoded.text) ?? rstAsHtml(decoded.text));
    if (wrappedPage !== null || HTML_EXTENSIONS.has(path.extname(file).toLowerCase()) || looksLikeHtml(decoded.text)) {
      // A Kindle notebook exported as a page is read as its highlights, as a clippings file is.
      const notebook = wrappedPage === null ? readKindleNotebook(decoded.text) : null;
      if (notebook !== null) return { file, entry, listed, bytes, blocks: textBlocks(notebook.body), html: null, stated: notebook.meta };
      const page = readHtml(wrappedPage ?? decoded.text);
      // A page showing its text in a read-only box (a list server's message held for a moderator) is that text, which
      // states its own headline and byline: the page's title names the tool.
      if (wrappedPage === null && page.boxedText !== undefined) return { file, entry, listed, bytes, blocks: textBlocks(page.boxedText), html: null, stated: null };
      return { file, entry, listed, bytes, blocks: page.blocks, html: { pageBlocks: page.pageBlocks }, stated: page.meta };
    }
    // A video's caption file (WebVTT, SubRip) is read as its transcript, its notes stating its metadata.
    const captions = readCaptions(decoded.text);
    if (captions !== null) return { file, entry, listed, bytes, blocks: textBlocks(captions.body), html: null, stated: captions.meta };
    // An Org file into which an article was captured is read as that entry: its heading the title, its properties the metadata.
    const org = readOrg(decoded.text);
    if (org !== null) return { file, entry, listed, bytes, blocks: textBlocks(org.body), html: null, stated: org.meta };
    // A group chat's export with an article pasted in is read as that message.
    const pasted = readChatExport(decoded.text);
    if (pasted !== null) return { file, entry, listed, bytes, blocks: textBlocks(pasted), html: null, stated: null };
    // A messaging channel's web preview is read as its longest post, signed, dated and published by the channel.
    const channelPost = readChannelPreview(decoded.text);
    if (channelPost !== null) return { file, entry, listed, bytes, blocks: textBlocks(channelPost.body), html: null, stated: channelPost.meta };
    // A video page copied with its transcript open is read as its head and its transcript, without comments or what plays next.
    const video = readVideoPage(decoded.text);
    if (video !== null) return { file, entry, listed, bytes, blocks: textBlocks(video.body), html: null, stated: video.meta };
    // A screen reader's speech log of a page is read as the page without its roles and framing regions.
    const spoken = readSpeechLog(decoded.text);
    if (spoken !== null) return { file, entry, listed, bytes, blocks: textBlocks(spoken), html: null, stated: null };
    // Text recognised from a run of phone screenshots is stitched back into one article.
    const screens = readScreenCaptures(decoded.text);
    if (screens !== null) return { file, entry, listed, bytes, blocks: textBlocks(screens), html: null, stated: null };
    // A Kindle's clippings file is read as the document most of its highlights come from; an e-reader's exported notes, as
    // the document they were made in.
    const clipped = readClippings(decoded.text) ?? readReadingNotes(decoded.text);
    if (clipped !== null) return { file, entry, listed, bytes, blocks: textBlocks(clipped.body), html: null, stated: clipped.meta };
    // A page's story package exported from InDesign as tagged text is read as the story its paragraph styles mark.
    const tagged = readTaggedText(decoded.text);
    if (tagged !== null) return { file, entry, listed, bytes, blocks: textBlocks(tagged.body), html: null, stated: tagged.meta };
    // A news database's export with field codes (Factiva's HD, BY, PD, SN, LP, TD) states its metadata in its fields.
    const record = readFieldCodes(decoded.text);
    if (record !== null) return { file, entry, listed, bytes, blocks: textBlocks(record.body), html: null, stated: record.meta };
    // A news agency's wire captured in a newsroom system (ANPA items between ZCZC and NNNN) is read as its story.
    const wire = readWireQueue(decoded.text);
    if (wire !== null) return { file, entry, listed, bytes, blocks: textBlocks(wire.body), html: null, stated: wire.meta };
    // A note with a page pasted between markers is that page; a digest, its message carrying the story; a fax, the pages
    // after its cover sheet.
    const framed = inLetter(decoded.text) ?? withoutFaxCover(decoded.text);
    if (framed !== null) return { file, entry, listed, bytes, blocks: textBlocks(framed), html: null, stated: null };
    // A note app's raw export is its Markdown with the note's fields at the foot, whatever the file is called.
    const note = readNoteExport(decoded.text);
    if (note !== null) return { file, entry, listed, bytes, blocks: textBlocks(note.body, 'markdown'), html: null, stated: note.meta };
    // An outliner's page (Logseq) is read as its blocks, without the outliner's properties, tasks and annotations.
    const outline = readOutline(decoded.text);
    if (outline !== null) return { file, entry, listed, bytes, blocks: textBlocks(outline.body, 'markdown'), html: null, stated: outline.meta };
    // A message a mail client saved as text (Outlook's "Text Only": "From:\t…", "Sent:\t…", "Subject:\t…") is read as
    // its message, its header giving headline, writer and date.
    const message = readSavedMessageHead(decoded.text);
    if (message !== null) return { file, entry, listed, bytes, blocks: textBlocks(message.body), html: null, stated: message.meta };
    const markdown = MARKDOWN_EXTENSIONS.has(path.extname(file).toLowerCase()) || looksLikeMarkdown(decoded.text);
    // Front matter is read in any text file; a "# Title" heading names only a Markdown one.
    const head = readMarkdownHead(decoded.text, { headingTitle: markdown });
    // Markdown's links give their words; the page's own address, linked from its date ("Posted on [February 6,
    // 2025](https://…)"), is read from the source before they do.
    const stated = markdown && head.meta.url === '' ? { ...head.meta, url: findMetadata(unwrapHardWrappedLines(head.body).split(/\r?\n/).map(normalizeLine)).url } : head.meta;
    return { file, entry, listed, bytes, blocks: textBlocks(head.body, markdown ? 'markdown' : 'text'), html: null, stated };
  } catch (error) {
    return skip(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/**
 * A title whose last part, after a title's separator, is the name of the site its address is on ("TikTok, RedNote and
 * adoptable pets: what shelters should know | KindredPaws" at www.kindredpaws.org): the headline, and the site's name.
 */
function siteNamedLast(title: string, url: string): { title: string; site: string } {
  const separators = [...title.matchAll(new RegExp(TITLE_SEPARATOR.source, 'g'))];
  const separator = separators.at(-1);
  if (separator === undefined) return { title, site: '' };
  const site = title.slice(separator.index + separator[0].length).trim();
  const headline = title.slice(0, separator.index).trim();
  let host: string[];
  try {
    host = new URL(url).hostname.replace(/^www\d?\./, '').split('.');
  } catch {
    return { title, site: '' };
  }
  const squeezed = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  // (A site's name may add its kind to its address's: "Cascade Miata Club" at cascademiata.org.)
  const names = [host[0] ?? '', host.slice(0, -1).join('')].map(squeezed).filter((name) => name.length >= 3);
  const named = names.some((name) => squeezed(site) === name || (name.length >= MIN_PREFIX_SITE_NAME && squeezed(site).startsWith(name) && squeezed(site).length - name.length <= MAX_SITE_KIND_LETTERS));
  return named && countWords(headline) >= MIN_HEADLINE_WORDS ? { title: headline, site } : { title, site: '' };
}

/** Whether `title` is `headline` then a title's separator and more (the site's name). */
function siteAfter(title: string, headline: string): boolean {
  if (headline === '' || !title.startsWith(headline)) return false;
  return new RegExp(`^(?:${TITLE_SEPARATOR.source})\\S`).test(title.slice(headline.length));
}

/** "News | Cascade Miata Club": the site's name after a section's or a kind of page's, or null. */
function sectionBeforeSite(title: string): string | null {
  const parts = title.split(TITLE_SEPARATOR).map((part) => part.trim());
  const [first = '', site = ''] = parts;
  return parts.length === 2 && site !== '' && (SECTION_ONLY.test(first) || PAGE_KIND_TITLE.test(first)) ? site : null;
}

/** A site's address names it in at least this many letters for its name to add a word ("cascademiata" + "Club"). */
const MIN_PREFIX_SITE_NAME = 6;
/** The word a site's name adds to its address's is a short one: "Club", "News", "Online". */
const MAX_SITE_KIND_LETTERS = 6;

/**
 * Whether two days are next to each other: a timestamp in UTC ("2025-01-17T03:10:00Z") and the day the page prints
 * where it was published ("January 16, 2025" in New York) name the same moment.
 */
/** "2025-01-19" and "2019-01-19": the same month and day in different years. */
function sameDayOtherYear(a: string, b: string): boolean {
  return a.length === 10 && b.length === 10 && a.slice(4) === b.slice(4) && a.slice(0, 4) !== b.slice(0, 4);
}

function dayApart(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  return Math.abs(Date.parse(a) - Date.parse(b)) === 24 * 60 * 60 * 1000;
}

/** "## Heading" lines a Markdown source has at least, beside its other marks, to be read as Markdown whatever its name. */
const MIN_MARKDOWN_HEADINGS = 2;
/** Marks only Markdown makes: inline and reference links, link definitions, fenced code, bold, task boxes. */
const MARKDOWN_MARKS = [/(?<!!)\[[^\]\n]+\]\((?:https?:\/\/|\/)[^)\s]*\)/, /^\[[^\]\n]+\]:\s*\S+/m, /^```/m, /\*\*[^*\n]+\*\*/, /^\s*[-*] \[[ x]\] /m];
const MIN_MARKDOWN_MARKS = 2;

/**
 * A page's Markdown source saved as text (a repository's raw file, a converter's output copied into a .txt): headings
 * set with "#" and two kinds of Markdown's other marks. Read as Markdown, its links give their words and its link
 * definitions go.
 */
function looksLikeMarkdown(text: string): boolean {
  const headings = text.match(/^#{1,6}[ \t]+\S/gm)?.length ?? 0;
  return headings >= MIN_MARKDOWN_HEADINGS && MARKDOWN_MARKS.filter((mark) => mark.test(text)).length >= MIN_MARKDOWN_MARKS;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
