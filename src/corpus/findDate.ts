/**
 * Calendar dates as pages print them ("Jan 16, 2025", "17 January 2025",
 * "2025-01-21 06:17", "Friday, January 17, 2025 6:42 PM EST"), read into
 * ISO dates. Relative stamps ("Updated 2 hours ago") are not dates.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?,?\\s+)?';
/** The year ends at a word boundary, or where a scrape glued the time straight onto it ("20259:42 AM"). */
/** "16 января 2025 г.", "16 січня 2025 р.": the abbreviated word for "year" that Russian, Bulgarian and Ukrainian dates end in. */
const CYRILLIC_YEAR = '(?:\\s?[гр]\\.)?';
const YEAR_END = '(?:\\b|(?=\\d{1,2}:\\d{2}))';
// …with fractions of a second ("21:47:12.304 GMT", a terminal's or log's stamp), and an e-mail's numeric zone
// ("06:02:11 -0500", RFC 5322); a blog engine's "8:14:52a EST" writes the meridiem's first letter alone.
const TIME = '(?:(?:,?\\s+at|,|\\s*(?:::|[|·•—–/-]))?\\s*(?:(?:오전|오후|上午|下午|午前|午後)\\s*)?(?:\\d{1,2}[:.]\\d{2}(?::\\d{2}(?:\\.\\d{1,6})?)?|\\d{1,2}(?=\\s*[ap]\\.?m\\b))\\s*(?:[ap]\\.?m\\.?|(?<=\\d)[ap](?=\\s|$)|[صم](?=\\s|$))?(?:\\s*\\(?[A-Z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?\\)?|\\s+[+-]\\d{4}(?:\\s*\\([A-Z]{2,5}\\))?)?)?';

/**
 * Month and weekday names in the languages of pages beyond English, as the runtime's ICU data (Intl) writes them, in
 * both the form a date uses ("18 stycznia", "18. tammikuuta") and the form a calendar does ("styczeń"): a maintained
 * resource rather than a list by hand. Always the Gregorian calendar's months, which a Persian page's "ژانویه" names too
 * (its locale's own calendar is another). Names of more than one word ("tháng 1") are left out.
 */
export const FOREIGN_LOCALES = [
  ...['es', 'pt', 'fr', 'de', 'it', 'nl', 'sv', 'da', 'nb', 'nn', 'fi', 'is', 'pl', 'cs', 'sk', 'ro', 'hu', 'tr', 'id', 'ms', 'ca', 'gl', 'eu', 'hr', 'sl', 'bs', 'sr-Latn', 'sq', 'lt', 'lv', 'et', 'fil', 'af', 'sw', 'ha', 'zu', 'so', 'ga', 'cy', 'az', 'uz'],
  ...['ar', 'fa', 'ur', 'ps', 'he', 'el', 'ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'tg', 'ka', 'hy', 'am'],
  ...['hi', 'mr', 'ne', 'bn', 'pa', 'gu', 'ta', 'te', 'kn', 'ml', 'si', 'my', 'km', 'lo'],
];

const ENGLISH_WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)$/;

/** A language's seven weekday names, lower case, as its ICU data writes them in full. */
function weekdaysOf(language: string): string[] {
  const weekday = new Intl.DateTimeFormat(`${language}-u-ca-gregory`, { weekday: 'long', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, d) => weekday.format(Date.UTC(2025, 0, 5 + d)).toLocaleLowerCase().replace(/\.$/, ''));
}

function foreignNames(): { months: Map<string, number>; weekdays: Set<string> } {
  const months = new Map<string, number>();
  const weekdays = new Set<string>();
  const word = (text: string) => text.toLocaleLowerCase().replace(/\.$/, '');
  for (const name of FOREIGN_LOCALES) {
    const locale = `${name}-u-ca-gregory`;
    const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    const alone = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    // Abbreviated too ("17. jan. 2025", "18 févr. 2025"), where the abbreviation is a word of three letters or more.
    const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    for (let month = 0; month < 12; month++) {
      const day = Date.UTC(2025, month, 15);
      for (const name of [inDate.formatToParts(day).find((p) => p.type === 'month')?.value ?? '', alone.format(day), short.format(day)]) {
        const key = word(name);
        // (Letters with their marks: Devanagari and Tamil write vowels as marks, "जनवरी".)
        // (Not a name English gives a weekday: Hausa's "Sat" is September.)
        if (/^\p{L}[\p{L}\p{M}]{2,}$/u.test(key) && !ENGLISH_WEEKDAY.test(key) && !months.has(key)) months.set(key, month + 1);
      }
    }
    for (const day of weekdaysOf(name)) weekdays.add(day);
  }
  return { months, weekdays };
}

const FOREIGN = foreignNames();

/**
 * Every weekday's name in English, the languages above and Vietnamese (whose names are two words, "Thứ Sáu"), lower
 * case: a page's "Thứ Sáu, 24/01/2025" names a day, not a writer.
 */
export const WEEKDAY_NAMES: ReadonlySet<string> = new Set([...weekdaysOf('en'), ...weekdaysOf('vi'), ...FOREIGN.weekdays]);
const alternatives = (names: Iterable<string>) => [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** What follows a two-digit year for it to be read as one: the time of day ("at 16:05", ", 09:12"). */
const SHORT_YEAR_TIME = '(?:,?\\s+at|,)?\\s+\\d{1,2}[:.]\\d{2}\\b';

/**
 * What a date with a month named in another language needs around some word: a day before it and a year after, or the
 * year first. The patterns that try every language's names are run only on lines that have that shape (a tenth of them).
 */
const NAMED_MONTH_SHAPE = /\d\.?º?\s+(?:de\s+)?\p{L}[\p{L}\p{M}]*\.?[,،]?\s+(?:de\s+|del\s+)?\d{4}|\p{L}\p{M}*\.?\s+\d{1,2},?\s+(?:de\s+)?\d{4}|\d{4}\.?\s+\p{L}[\p{L}\p{M}]*\s+\d/u;

const PATTERNS: { pattern: RegExp; read: (m: RegExpExecArray) => [number, number, number] | null; namedMonth?: true }[] = [
  // 2025-01-21, 2025/01/21, 2025-01-21T06:17:00Z
  { pattern: /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d/-])/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // January 17, 2025 · Jan. 16 2025 · Friday, January 17, 2025 · "January 16, 20259:42 AM" (a scrape that glued the time to the year)
  {
    // ("Jan 23,2025": a CMS's format may leave out the space after the comma.)
    pattern: new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})${YEAR_END}`, 'i'),
    read: (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])],
  },
  // Sun Jan 19 22:41:07 2025: C's ctime (Unix tools, mail headers' "From " lines, bulletin boards)
  {
    pattern: new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])],
  },
  // Jan 19 Sun 2025: a calendar badge's boxes (month, day, weekday, year) read in order
  {
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\s+(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?,?\\s+(\\d{4})${YEAR_END}`, 'i'),
    read: (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])],
  },
  // 17 January 2025 · 17 Jan. 2025 · Friday 17 January 2025
  {
    pattern: new RegExp(`\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})${YEAR_END}`, 'i'),
    read: (m) => [Number(m[3]), monthNumber(m[2]), Number(m[1])],
  },
  // 17 January 25 at 16:05 · 3 Feb '25, 09:12: a forum's or comment system's stamp gives the year in two digits, read only
  // where the time follows it (a number after a date in prose is no year: "on 17 January 25 people…")
  {
    pattern: new RegExp(`\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+['’]?(\\d{2})(?=${SHORT_YEAR_TIME})`, 'i'),
    read: (m) => [2000 + Number(m[3]), monthNumber(m[2]), Number(m[1])],
  },
  // 20-Jan-2025, 20 Jan-2025 (logs, archives, some CMSs)
  { pattern: new RegExp(`\\b(\\d{1,2})[-\\s]${MONTH}-(\\d{4})\\b`, 'i'), read: (m) => [Number(m[3]), monthNumber(m[2]), Number(m[1])] },
  // 2025-Jan-23 (a forum's post stamp, a web server's directory listing): the year first, the month by name
  { pattern: new RegExp(`\\b(\\d{4})-${MONTH}-(\\d{1,2})\\b`, 'i'), read: (m) => [Number(m[1]), monthNumber(m[2]), Number(m[3])] },
  // Feb-11-2025 (an export site's "Post time:", some Chinese CMSs): the month by name, the day, the year, dashed
  { pattern: new RegExp(`\\b${MONTH}-(\\d{1,2})-(\\d{4})\\b`, 'i'), read: (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])] },
  // 18 de janeiro de 2025 · sábado, 18 de enero de 2025 · 18. Januar 2025 · 18 janvier 2025 · 18 stycznia 2025
  // (A mark may close the month: Persian writes "۲۸ ژانویهٔ ۲۰۲۵" with its ezafe.)
  {
    pattern: new RegExp(
      `(?<![\\p{L}\\d])(?:(?:${alternatives(FOREIGN.weekdays)})[,،]?\\s+)?(\\d{1,2})\\.?º?\\s+(?:de\\s+)?(${alternatives(FOREIGN.months.keys())})\\p{M}*(?!\\p{L})\\.?[,،]?\\s+(?:de\\s+|del\\s+)?(\\d{4})${YEAR_END}${CYRILLIC_YEAR}`,
      'iu',
    ),
    read: (m) => [Number(m[3]), FOREIGN.months.get((m[2] ?? '').toLocaleLowerCase()) ?? 0, Number(m[1])],
    namedMonth: true,
  },
  // Enero 25, 2025 · enero 25 de 2025: the month first, as Filipino pages (and some Spanish ones) write it
  {
    pattern: new RegExp(`(?<![\\p{L}\\d])(${alternatives(FOREIGN.months.keys())})\\.?\\s+(\\d{1,2}),?\\s+(?:de\\s+)?(\\d{4})${YEAR_END}`, 'iu'),
    read: (m) => [Number(m[3]), FOREIGN.months.get((m[1] ?? '').toLocaleLowerCase()) ?? 0, Number(m[2])],
    namedMonth: true,
  },
  // 2025. január 16. · 2025 जनवरी 16: the year first (Hungarian, Nepali, Sinhala, Burmese pages)
  {
    pattern: new RegExp(`(?<![\\p{L}\\d])(\\d{4})\\.?\\s+(${alternatives(FOREIGN.months.keys())})\\p{M}*(?!\\p{L})\\s+(\\d{1,2})(?!\\d)\\.?`, 'iu'),
    read: (m) => [Number(m[1]), FOREIGN.months.get((m[2] ?? '').toLocaleLowerCase()) ?? 0, Number(m[3])],
    namedMonth: true,
  },
  // 2025年1月18日 (Chinese and Japanese pages, in English editions too)
  { pattern: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 2025년 1월 18일 (Korean)
  { pattern: /(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 2025.01.16 · 2025. 1. 16. (the year first, as Korean, Chinese and Japanese portals print it)
  { pattern: /(?<![\d.])(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})(?![\d])\.?/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 17.01.2025 (day first, as in most of Europe), unless only the first can be the month (01.21.2025, as some US
  // government sites print it); Czech, Slovak and Hungarian pages space it: "20. 1. 2025".
  { pattern: /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/, read: (m) => dottedDate(Number(m[1]), Number(m[2]), Number(m[3])) },
  // 01/17/2025, 17/01/2025 or 17-01-2025: read only when one side cannot be a month; 01/02/2025 is left alone.
  { pattern: /\b(\d{1,2})([/-])(\d{1,2})\2(\d{4})\b/, read: (m) => slashDate(Number(m[1]), Number(m[3]), Number(m[4])) },
  // Other calendars' years. Taiwan's (Minguo, from 1912): "民國114年2月4日", and "114-02-04" as its sites print dates, a
  // three-digit year no Gregorian date has. Japan's eras: "令和7年1月29日" (Reiwa, from 2019; 元年 its first), and in
  // English "Reiwa 7 (2025) January 29". (The Thai Buddhist Era's 2568 is read where the year is: see findDate.)
  { pattern: /(?:民國|民国)\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, read: (m) => [MINGUO_OFFSET + Number(m[1]), Number(m[2]), Number(m[3])] },
  { pattern: /(?<![\w/.-])(1[01]\d)([-/.])(\d{2})\2(\d{2})(?![\w/.-])/, read: (m) => [MINGUO_OFFSET + Number(m[1]), Number(m[3]), Number(m[4])] },
  { pattern: /令和\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, read: (m) => [REIWA_OFFSET + (m[1] === '元' ? 1 : Number(m[1])), Number(m[2]), Number(m[3])] },
  { pattern: new RegExp(`\\bReiwa\\s+(\\d{1,2})(?:\\s*\\(\\d{4}\\))?,?\\s+${MONTH}\\s+(\\d{1,2})\\b`, 'i'), read: (m) => [REIWA_OFFSET + Number(m[1]), monthNumber(m[2]), Number(m[3])] },
];

/** Year 1 of Taiwan's calendar is 1912; year 1 of Japan's Reiwa era is 2019; the Thai Buddhist Era is 543 years ahead. */
const MINGUO_OFFSET = 1911;
const REIWA_OFFSET = 2018;
const BUDDHIST_ERA_OFFSET = 543;
/** Buddhist Era years a Thai page prints for this century's dates ("22 January 2568"), which no Gregorian date reaches. */
const BUDDHIST_ERA_YEARS = [2543, 2643] as const;
/** What a line needs before its dates are looked for: a four-digit year, or another calendar's. */
const MAY_HOLD_DATE = /\d{4}|\d{2}(?:,?\s+at|,)?\s+\d{1,2}[:.]\d{2}|令和|民國|民国|(?<![\w/.-])1[01]\d[-/.]\d{2}[-/.]\d{2}(?![\w/.-])/;

function dottedDate(a: number, b: number, year: number): [number, number, number] {
  return b > 12 && a <= 12 ? [year, a, b] : [year, b, a];
}

function slashDate(a: number, b: number, year: number): [number, number, number] | null {
  if (a > 12 && b <= 12) return [year, b, a];
  if (b > 12 && a <= 12) return [year, a, b];
  if (numericOrder === 'month-first') return [year, a, b];
  if (numericOrder === 'day-first') return [year, b, a];
  return null;
}

/**
 * The order a page writes its numeric dates in, where it shows it: "2/4/2025" is read as 4 February on a page that
 * also prints "1/27/2025" (only the first can be the month), and as 2 April on one that prints "27/1/2025". A page
 * showing both orders, or neither, leaves such dates unread. Set for one page at a time (see withNumericDateOrder).
 */
let numericOrder: 'month-first' | 'day-first' | null = null;

const SLASH_DATES = /\b(\d{1,2})([/-])(\d{1,2})\2(\d{4})\b/g;

/** The order the text's unambiguous slashed dates are written in, if they agree. */
export function numericDateOrder(text: string): 'month-first' | 'day-first' | null {
  let monthFirst = false;
  let dayFirst = false;
  for (const m of text.matchAll(SLASH_DATES)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst = true;
    else if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst = true;
  }
  return monthFirst === dayFirst ? null : monthFirst ? 'month-first' : 'day-first';
}

/** Runs `read` with the page's numeric date order (from its text) in force for its slashed dates. */
export function withNumericDateOrder<T>(text: string, read: () => T): T {
  const outer = numericOrder;
  numericOrder = numericDateOrder(text);
  try {
    return read();
  } finally {
    numericOrder = outer;
  }
}

function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}

function iso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface FoundDate {
  iso: string;
  /** Where the date's text starts and ends in the line. */
  start: number;
  end: number;
}

/**
 * Each decimal digit Unicode knows in the Basic Multilingual Plane (Arabic-Indic, Persian, Devanagari, Bengali, Tamil,
 * Thai, Myanmar, fullwidth…) and its value: Unicode sets every script's digits out as a run from zero to nine.
 */
function digitValues(): Map<string, string> {
  const values = new Map<string, string>();
  const digit = /\p{Nd}/u;
  for (let code = 0x80; code <= 0xffff; code++) {
    const char = String.fromCharCode(code);
    if (!digit.test(char)) continue;
    const previous = values.get(String.fromCharCode(code - 1));
    values.set(char, previous === undefined ? '0' : String((Number(previous) + 1) % 10));
  }
  return values;
}

const DIGIT_VALUES = digitValues();
const OTHER_DIGIT = /[^\P{Nd}0-9]/u;
const OTHER_DIGITS = /[^\P{Nd}0-9]/gu;

/** Digits of other scripts ("٢٨ يناير ٢٠٢٥", "১৬ জানুয়ারি ২০২৫") as the digits they are, one character for one (positions hold). */
function westernDigits(text: string): string {
  return OTHER_DIGIT.test(text) ? text.replace(OTHER_DIGITS, (d) => DIGIT_VALUES.get(d) ?? d) : text;
}

/** The first calendar date written in the text, if any. */
export function findDate(raw: string): FoundDate | null {
  const text = westernDigits(raw);
  // Nearly every pattern writes the year in four digits: most lines have none, and are done with at once.
  if (!MAY_HOLD_DATE.test(text)) return null;
  let best: FoundDate | null = null;
  const namedMonth = NAMED_MONTH_SHAPE.test(text);
  for (const { pattern, read, namedMonth: needsName } of PATTERNS) {
    if (needsName && !namedMonth) continue;
    const m = pattern.exec(text);
    if (!m) continue;
    const parts = read(m);
    if (parts && parts[0] >= BUDDHIST_ERA_YEARS[0] && parts[0] < BUDDHIST_ERA_YEARS[1]) parts[0] -= BUDDHIST_ERA_OFFSET;
    const date = parts && iso(...parts);
    if (date === null || date === undefined) continue;
    if (best === null || m.index < best.start) best = { iso: date, start: m.index, end: m.index + m[0].length };
  }
  return best;
}

const LABEL = /^(?:written(?:\s+on)?|review\s+date|review(?:ed)?(?:\s+on)?|(?:date\s+)?prepared(?:\s+on)?|(?:first\s+|originally\s+)?published(?:\s+on)?|posted(?:\s+on)?|(?:post|publish|release)\s+time|sent(?:\s+on)?|updated(?:\s+on)?|last\s+(?:updated|modified|edited)(?:\s+on)?|date(?:\s+of\s+(?:release|publication|issue)|\s+(?:posted|published|created|added|modified|updated|taken))?|(?:release|publication|issue|publish(?:ed)?)\s+date|dated|filed(?:\s+on)?|(?:modified|edited)(?:\s+on)?|released|(?:answered|asked)(?:\s+on)?|(?:saved|clipped|archived|accessed|retrieved|captured)(?:\s+on)?|aired(?:\s+on)?|air\s*date|broadcast(?:\s+on)?|debated(?:\s+on)?|report\s+date|planted|registered(?:\s+on)?|编辑于|发布于|发表于|发布时间|時間|时间|日期|on|(?:publicado|actualizado|atualizado|publicat|actualitzat)(?:\s+(?:em|el|en|a|o))?|(?:publicat|actualizat|objavljeno|ažurirano|paskelbta|atnaujinta|publikované|aktualizované|publikováno|aktualizováno|közzétéve|frissítve|yayınlanma|güncellendi|diterbitkan|diperbarui|objavljeno|posodobljeno)(?:\s+(?:la|în|dne|:))?|(?:publié|mis à jour)(?:\s+le)?|(?:veröffentlicht|publiziert|aktualisiert)(?:\s+am)?|(?:pubblicato|aggiornato)(?:\s+il)?|(?:gepubliceerd|bijgewerkt)(?:\s+op)?|(?:sist (?:endret|oppdatert)|senast (?:ändrad|uppdaterad)|sidst (?:opdateret|ændret)|viimeksi (?:päivitetty|muokattu)|zuletzt (?:aktualisiert|geändert)(?:\s+am)?|dernière mise à jour(?:\s+le)?|última (?:actualización|modificación|atualização)|ultimo aggiornamento|laatst (?:bijgewerkt|gewijzigd)(?:\s+op)?|ostatnia aktualizacja)|gipatik|gi-update|inilathala|na-update|نُشر في|نشر في|تاريخ النشر|publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|julkaistu|päivitetty|opublikowano|zaktualizowano|기사\s?입력|입력|수정|등록|작성일|公開日|更新日|投稿日|配信日?)\s*[:\-–—：]?\s*/iu;
/**
 * After a blog's date, its other meta fields, each after a separator: "· 6 min read", "· ~750 words", "| 3 comments",
 * "· filed under: #china #tiktok", "· Tags: …".
 */
const META_FIELDS =
  // (a social post's "· Edited · 🌎" and a separator left at the end of the line, "January 18, 2025 ·", too)
  '(?:\\s*[|·•]\\s*(?:~?\\d[\\d,.]*k?\\s*(?:min(?:ute)?s?(?:\\s+read)?|words|comments?|views|replies|likes)|(?:filed|posted)\\s+(?:under|in)\\s*:?[^|·•]{1,80}|tags?\\s*:[^|·•]{1,80}|edited|[\\uD83C-\\uDBFF][\\uDC00-\\uDFFF]\\uFE0F?))*(?:\\s*[|·•])?';
/**
 * After the date: its time or only its zone ("(JST)"), and perhaps the page's update stamp ("… 9:42 AM GMT+8 Updated 2
 * hours ago"), or in brackets, as a class stream marks a post changed: "Jan 21, 2025 (Edited Jan 22, 2025)".
 */
// (A Chinese app's post stamp ends in the place it was posted from: "编辑于 2025-01-16 美国".)
/** "modifié le …", "actualizado …", "수정2025.01.16.": the update stamp after the date, as other languages label it. */
export const FOREIGN_UPDATE = 'sist endret|sist oppdatert|senast ändrad|senast uppdaterad|sidst (?:opdateret|ændret)|viimeksi (?:päivitetty|muokattu)|zuletzt (?:aktualisiert|geändert)|dernière mise à jour|última (?:actualización|modificación|atualização)|ultimo aggiornamento|laatst (?:bijgewerkt|gewijzigd)|ostatnia aktualizacja|modifié|mis à jour|actualizado|atualizado|aktualisiert|aggiornato|bijgewerkt|uppdaterad|opdateret|oppdatert|päivitetty|zaktualizowano|actualitzat|actualizat|ažurirano|atnaujinta|aktualizované|aktualizováno|frissítve|güncellendi|diperbarui|posodobljeno|수정|更新';
// (A time as other languages give it: "à 10h30", "às 7:45", "a las 10:30", "um 10:30 Uhr", "kl. 10.30", "klo 9.15".)
const FOREIGN_TIME = '(?:,?\\s*(?:à|às|a las|a la|a les|a l\'|ag|am|um|kl\\.?|klo|alle ore|alle|om|o|u|v)\\s*\\d{1,2}(?:[:.h]\\d{2})?\\s*(?:h|uhr|horas|godz\\.?)?)';
const TRAILER = new RegExp(`^(?:${FOREIGN_TIME}|${TIME}|\\s*\\([A-Z]{2,5}(?:[+-]\\d{1,2})?\\))\\s*(?:[|·•,-]?\\s*(?:updated|last updated|modified|${FOREIGN_UPDATE})(?![a-z])[^!?]{0,40})?(?:\\s*\\((?:edited|updated|last edited|last updated|modified)\\b[^()]{0,40}\\))?${META_FIELDS}(?:\\s+[\\u4e00-\\u9fff]{1,6})?$`, 'i');

const OUTLET_AFTER_TIME = /(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?)\s*\/\s*\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,3}\s*$/iu;
/** "Wednesday, 22 January 2025 | 14:35 | Economy" (lynx's "[20]Economy"): a news service's stamp names its section after the time. */
const SECTION_AFTER_TIME = /(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)\s*[|·•]\s*(?:\[\d+\])?\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*)?\s*$/u;
const PLACE_AFTER_DATE = /\s*[|·•]\s*\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*\s*$/u;
/** "January 22, 2025      651-555-0148": a press release's contact phone set beside its date, in a column of its own. */
const PHONE_AFTER_DATE = /\s+(?:\+?1[-. ])?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\s*$/;
const VOLUME = /^(?:vol(?:ume)?\.?|issue)\s*\d+\s*[:,]\s*/i;

/** A date in brackets after the date: perhaps the same day in another calendar or language. */
const SAME_DATE_IN_BRACKETS = /^\s*[（(]([^()（）]{4,40})[)）]\s*$/u;

/**
 * "發布日期 Date：2025-01-22", "本文網址 Permalink：https://…": a bilingual page labels a field in Chinese, then in English.
 * The English label is read; the Chinese one before it goes.
 */
export function withoutBilingualLabel(line: string): string {
  return line.replace(/^[\p{Script=Han}]{2,6}\s+(?=[A-Za-z][A-Za-z .'/-]{1,24}\s*[:：])/u, '');
}

/** An issue's month or season and year, no day: "February 2025", "Jan./Feb. 2025", "Winter 2024–25" (a newsletter's issue, no site's name). */
const ISSUE_DATE = new RegExp(`^(?:${MONTH}|spring|summer|fall|autumn|winter)(?:\\s*[/–-]\\s*(?:${MONTH}|spring|summer|fall|autumn|winter))?,?\\s+(?:19|20)\\d{2}(?:\\s*[/–-]\\s*(?:19|20)?\\d{2})?$`, 'i');

export function isIssueDate(text: string): boolean {
  return ISSUE_DATE.test(text.trim());
}

/**
 * A line that is nothing but a date stamp: "Jan 16, 2025", "Updated: 2025-01-21 06:17",
 * "January 17, 2025 6:42 PM EST", "Published 17 January 2025".
 */
export function dateLine(raw: string): { iso: string; label: string } | null {
  // "Volume 843: debated on Wednesday 22 January 2025": a record's or a journal's volume before its date.
  const line = withoutBilingualLabel(westernDigits(raw).replace(VOLUME, ''));
  const labelMatch = LABEL.exec(line);
  const label = labelMatch ? labelMatch[0].trim().replace(/[:\-–—]$/, '').trim().toLowerCase() : '';
  const rest = line.slice(labelMatch ? labelMatch[0].length : 0);
  const found = findDate(rest);
  if (!found) return null;
  const before = rest.slice(0, found.start);
  // A time may come first ("6:42 PM EST, Fri January 17, 2025"), or a weekday in another language ("Thứ Sáu, 24/01/2025");
  // anything else is a sentence.
  const weekday = before.trim().replace(/[,،]$/u, '').trim().toLocaleLowerCase();
  if (!/^\s*@?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?\s*[,|·•-]?\s*)?(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s*)?$/i.test(before) && !WEEKDAY_NAMES.has(weekday)) return null;
  // "Jan 23rd 2025|SHANGHAI": a weekly's dateline, the place in capitals after the date.
  // "January 21, 2025 / 7:48 PM EST / NBS News": a network's stamp names the outlet after the time.
  // ("Last updated on Jan 24, 2025.": a docs theme's footer ends its stamp with a full stop.)
  const after = rest.slice(found.end).replace(PLACE_AFTER_DATE, '').replace(PHONE_AFTER_DATE, '').replace(OUTLET_AFTER_TIME, '$1').replace(SECTION_AFTER_TIME, '$1').replace(/^\s*\.$/, '');
  // "2025年1月30日 January 30, 2025": a bilingual site prints the date again in its other language.
  // ("2025-01-22（民國114年1月22日）": or in brackets, in another calendar.)
  if (!TRAILER.test(after) && dateLine(after)?.iso !== found.iso && dateLine(after.replace(SAME_DATE_IN_BRACKETS, '$1'))?.iso !== found.iso) return null;
  return { iso: found.iso, label };
}

/** "Updated 2 hours ago", "5 mins ago", "Yesterday": a stamp that was relative to when the page was saved. */
export function isRelativeStamp(line: string): boolean {
  return (
    /^(?:(?:updated|posted|published|last updated|edited)\s*:?\s*)?(?:(?:\d+\s*|(?:an?|one|a few)\s+)(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?|[hdwm])\s+ago|just now|yesterday|today)\.?$/i.test(line) ||
    FOREIGN_RELATIVE.test(line)
  );
}

/** The same stamp in the languages of Europe's dailies: "il y a 5 heures", "hace 3 horas", "vor 2 Stunden", "3 ore fa". */
const FOREIGN_RELATIVE =
  /^(?:(?:il y a|hace|há|vor|för)\s+\d+\s*(?:secondes?|minutes?|heures?|jours?|segundos?|minutos?|horas?|días?|dias?|sekunden|minuten|stunden|tagen?|sekunder|minuter|timmar|dagar)(?:\s+sedan)?|\d+\s*(?:secondi|minuti|ore|giorni|seconden|minuten|uur|dagen)\s+(?:fa|geleden)|\d+\s*(?:horas?|minutos?|dias?)\s+atrás)\.?$/iu;

/** "BEIJING, " / "ASHFORD, Ohio (" / "WASHINGTON — ": the place a wire story or press release is filed from, in capitals. */
const DATELINE_PLACE = /^\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*\.?(?:,\s*(?!\p{L}+\.?\s+\d)\p{Lu}[\p{L}.']*(?:\s+\p{Lu}[\p{L}.']*){0,3})?\s*[,(–—-]?\s*/u;
/** After the date: the agency or wire in brackets or slashes, then the dash that opens the story. */
const DATELINE_END = /^\s*\)?\s*(?:\([^()]{1,40}\)\s*)?(?:\/[^/]{1,40}\/\s*)?(?:--|[-–—:])\s/;
const MONTH_DAY = new RegExp(`^${MONTH}\\s+(\\d{1,2})\\b`, 'i');

/**
 * A post's stamp that leaves out the year, as apps, forums and threads print this year's dates: "Jan 24", "Sat, Jan 25
 * at 4:12 PM", "Jan 24, 3:42 PM", "TUESDAY, JAN 21", "January 15 at 7:42 PM", "17 Jan", "Posted Jan. 21 06:25 am JST",
 * Gmail's "Thu, 23 Jan, 08:02 (12 days ago)". Alone on its line (or its part of one): the date in `year`, or null.
 */
export function yearlessStampDate(raw: string, year: number): string | null {
  if (raw.length > 60 || /\d{4}/.test(raw)) return null;
  const m = YEARLESS_STAMP.exec(raw.trim());
  if (!m) return null;
  return m[1] !== undefined ? iso(year, monthNumber(m[1]), Number(m[2])) : iso(year, monthNumber(m[4]), Number(m[3]));
}
const YEARLESS_STAMP = new RegExp(
  `^(?:(?:posted|published|sent|updated)(?:\\s+on)?:?\\s+)?${WEEKDAY}(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH})(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*\\(?[A-Z]{2,4}\\)?)?)?(?:\\s*\\([^()]{1,20}\\bago\\))?$`,
  'i',
);

/**
 * The date in a wire or press-release dateline opening the story:
 * "ASHFORD, Ohio (January 28, 2025) - …", "WASHINGTON, Jan. 16, 2025 /PRNewswire/ -- …".
 * A dateline without a year ("BEIJING, Jan 16 (Agency) - …") takes `year`
 * when the page gives one elsewhere; without it, no date.
 */
export function datelineDate(line: string, year?: number): string | null {
  const place = DATELINE_PLACE.exec(line);
  if (!place || place[0].trim().length < 3) return null;
  const rest = line.slice(place[0].length);
  const full = findDate(rest.slice(0, 40));
  if (full && full.start === 0) return DATELINE_END.test(rest.slice(full.end)) ? full.iso : null;
  const short = MONTH_DAY.exec(rest);
  if (!short || year === undefined || !DATELINE_END.test(rest.slice(short[0].length))) return null;
  return iso(year, monthNumber(short[1]), Number(short[2]));
}
