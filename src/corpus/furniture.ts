/**
 * Page furniture recognised by its shape, never by which site or file it
 * comes from: the kinds of line that boilerplate-removal research (jusText,
 * Boilerpipe, Trafilatura) finds on every news site, blog and wiki. Each rule
 * is named so a test can say which one a line fell to.
 */
import { dateLine, findDate, FOREIGN_LOCALES, isRelativeStamp, WEEKDAY_NAMES } from './findDate.js';

/**
 * The full stops and question marks of scripts that have their own: Devanagari's "।" and "॥", Urdu's "۔", Arabic's "؟",
 * Ethiopic's "።" and "፧", Myanmar's "။", Khmer's "។", Armenian's "։". (Inside a character class.)
 */
export const SCRIPT_STOPS = '।॥۔؟።፧။។։';
const SENTENCE_END = new RegExp(`[.!?。！？${SCRIPT_STOPS}]["”’')」』）]?$`, 'u');

/** "Skip to content" as sites in other languages write it (WordPress themes' and portals' translations). */
const SKIP_LINK_TRANSLATED =
  /^(?:(?:ir|saltar|pasar|ir directamente) (?:para|al|a) (?:o |el |la )?(?:conte[uú]do|contenido)|(?:aller|passer) (?:directement )?au contenu(?: principal)?|(?:direkt )?zum inhalt(?: springen)?|hoppa (?:till|direkt till) (?:innehåll|huvudinnehåll)|(?:vai|passa|salta) al contenuto|przejdź do (?:treści|zawartości)|(?:ga |spring )?naar (?:de )?(?:hoofd)?inhoud|hopp (?:til|direkte til) (?:hoved)?innhold|(?:gå|spring) (?:direkte )?til (?:hoved)?indhold|siirry (?:pää)?sisältöön|(?:přejít|preskočiť|skočit) (?:na|k) (?:hlavní )?obsah(?:u)?|ugrás (?:a )?(?:fő)?tartalomhoz|(?:ana )?içeriğe (?:geç|atla)|(?:langsung|lompat|loncat) ke (?:konten|isi)(?: utama)?|sari la conținut|preskoči na (?:glavni )?sadržaj|перейти к (?:основному )?(?:содержимому|содержанию)|перейти до (?:основного )?(?:вмісту|змісту)|chuyển (?:đến|tới) nội dung|laktaw sa (?:sulod|unod)|lumaktaw sa nilalaman|u gudub (?:nuxurka|qoraalka)|ruka hadi maudhui|본문\s?바로\s?가기|(?:跳到|跳至|跳转到|直接跳到|跳過|跳过)(?:主要)?(?:内容|內容|正文)|(?:メイン)?コンテンツ[へに](?:スキップ|移動)|本文[へに](?:移動|スキップ))/iu;

/** A template's placeholder left in the page: "{{ article.section.name }}". */
const TEMPLATE_PLACEHOLDER = /\{\{\s*[\w.$[\]'"|: -]+\s*\}\}/;
/** A script's empty value alone or after a label of a word or two ("By undefined", "[image: undefined]"), or in a stamp ("NaN min read"). */
const EMPTY_VALUE = /^(?:\p{L}+(?:\s\p{L}+)?\s*:?\s+|\[\p{L}+:\s*)?(?:undefined|null|NaN|\[object Object\]|Invalid Date)\]?$|\bNaN\s+(?:min|mins|minutes?|hours?|days?|comments?|views|likes)\b|\[object Object\]|^Invalid Date\b/u;

/** The word for cookies on consent banners beyond English (Norwegian, Swedish, Finnish, Icelandic, Hungarian, Turkish, Polish, Croatian, Slovene, Baltic, Malay, Korean, Japanese, Russian). */
const FOREIGN_COOKIE =
  /(?<!\p{L})(?:cookies?|informasjonskapsl\p{L}*|infokapsl\p{L}*|kakor|eväste\p{L}*|vafrakök\p{L}*|süti\p{L}*|çerez\p{L}*|ciasteczk\p{L}*|kolačić\p{L}*|piškot\p{L}*|slapuk\p{L}*|sīkdatn\p{L}*|küpsis\p{L}*|kuki|куки|файлы cookie)(?!\p{L})|쿠키|クッキー/iu;
/** A banner's verbs: "we use" and "accept" or "consent" as those languages write them (English's own are the rule above's). */
const FOREIGN_CONSENT =
  /(?<!\p{L})(?:vi (?:bruker|bruger|använder|nota)|wir (?:verwenden|nutzen|setzen)|nous utilisons|utilizamos|usamos|utilizziamo|usiamo|(?:wij |we )?gebruiken|käytämme|używamy|používáme|používame|kullanıyoruz|(?:kami )?menggunakan|folosim|utilizăm|koristimo|uporabljamo|naudojame|izmantojam|kasutame|notum|használunk|godta\p{L}*|godkänn\p{L}*|accept(?:er|ez|era|eren|eer)\p{L}*|akzeptier\p{L}*|acept\p{L}*|aceit\p{L}*|accett\p{L}*|hyväksy\p{L}*|akceptuj\p{L}*|přij\p{L}*|kabul\p{L}*|setuju|terima|samtykk\p{L}*|samtyck\p{L}*|consentement|consentimiento|consentimento|consenso|einwillig\p{L}*|zustimm\p{L}*|toestemming|suostu\p{L}*|zgod\p{L}*|souhlas\p{L}*|onay\p{L}*|persetujuan|используем|사용합니다|使用しています)(?!\p{L})/iu;

/**
 * An emoji, with the joiners and variation selectors that build one ("🐈‍⬛"), or as Slack, Discord and GitHub copy it:
 * its short code (":coffee:", ":point_down:", ":+1:"), a word between colons.
 */
export const EMOJI = "(?:\\p{Extended_Pictographic}|\\u200d|\\ufe0f|:(?=[a-z0-9_+'-]*[a-z])[a-z0-9_+'-]{2,40}:)";
const EMOJI_RUN = new RegExp(`${EMOJI}+`, 'gu');
const TRAILING_EMOJI = new RegExp(`(?:\\s*${EMOJI})+$`, 'u');
/** Job titles a newsroom puts beside a byline. */
export const NEWSROOM_JOB = '(?:reporter|correspondent|editor|writer|producer|journalist|columnist|contributor|analyst|critic|photographer)';
/** "Staff writer", "Senior Technology Reporter": a newsroom job on its own line, under the byline it belongs to. */
const JOB_ALONE = new RegExp(`^(?!(?:the|a|an|our|my|your|their|this|every)\\s)(?:[\\p{L}-]+\\s+){0,3}${NEWSROOM_JOB}s?$`, 'iu');
/**
 * "Vice President and Chief Information Security Officer", "Chief Medical Information Officer", "Executive Director",
 * "CPA Director of Practice Advancement":
 * an office alone on a line, every word capitalised (a sentence or a headline about the office has others), as an
 * author card or a staff post sets it under the writer's name.
 */
const OFFICE = '(?:officer|president|vice[- ]president|director|manager|chair|chairman|chairwoman|chairperson|secretary|treasurer|counsel|provost|superintendent|principal|dean|founder|co-founder|partner|administrator|commissioner|ceo|cfo|cio|ciso|cto|coo|cmo)';
const OFFICE_ALONE = new RegExp(`^(?!(?:The|A|An|Our|My|Your|Their|This)\\s)(?:\\p{Lu}[\\p{L}-]*\\s+){0,4}${OFFICE}(?:\\s+(?:and|&)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,4}${OFFICE})?(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+|&\\s+)?\\p{Lu}[\\p{L}-]*){0,1})?$`, 'u');
/** An office's word in any case, set in lower case before the test (the pattern's offices are written so). */
const OFFICE_WORD = new RegExp(`\\b${OFFICE}\\b`, 'giu');
/** Every word capitalised, the office's words among them ("Chief Executive Officer", not "chief officer"). */
function officeAlone(line: string): boolean {
  const m = OFFICE_ALONE.exec(line.replace(OFFICE_WORD, (w) => w.toLowerCase()));
  return m !== null && line.split(/\s+/).every((w) => /^(?:\p{Lu}|and$|&$|of$|for$|the$)/u.test(w));
}
/** Four capitalised names or more of up to three words each, parted by commas alone: a post's topics. */
const TOPIC_LIST = /^[\p{Lu}\d][\p{L}\d&'’.-]*(?: [\p{Lu}\d][\p{L}\d&'’.-]*){0,2}(?:, [\p{Lu}\d][\p{L}\d&'’.-]*(?: [\p{Lu}\d][\p{L}\d&'’.-]*){0,2}){3,}$/u;
/** "Duration 4′ 12″", "Length: 12:04": an audio or video player's running time. */
const MEDIA_DURATION = /^(?:duration|length|running time|runtime)\s*:?\s*\d[\d\s′″'"’”:.hms]*$/i;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Chinese, Japanese and Korean characters that make up about one word per this many (Chinese words average under two characters). */
const CJK_CHARACTERS_PER_WORD = 2;

/**
 * Space-separated tokens holding a letter or digit; in Chinese, Japanese or Korean, which set no spaces, one word per two
 * characters. A character loop: this runs several times on every line of a corpus.
 */
export function countWords(line: string): number {
  let words = 0;
  let cjk = 0;
  let inToken = false;
  let hasWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)) {
      cjk++;
      if (inToken && hasWord) words++;
      inToken = false;
      hasWord = false;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      if (inToken && hasWord) words++;
      inToken = false;
      hasWord = false;
      continue;
    }
    inToken = true;
    if (!hasWord && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && WORD_CHAR.test(line[i] ?? '')))) hasWord = true;
  }
  if (inToken && hasWord) words++;
  return words + Math.ceil(cjk / CJK_CHARACTERS_PER_WORD);
}

/**
 * Words that make up site chrome: share bars, menus, account links, wiki
 * tabs. A line made of nothing else ("Share Tweet Email", "Jump to navigation
 * Jump to search", "View history") is a control, not text.
 */
const CHROME_WORDS = new Set(
  (
    'share shares shared sharing dislike tweet email e-mail print copy link links save saved comment comments facebook twitter x linkedin reddit whatsapp telegram ' +
    'pinterest flipboard pocket tumblr messenger wechat weibo instagram youtube tiktok threads bluesky mastodon rss feed menu search home close open toggle ' +
    'login log logout sign signin signup up out in register create account see learn profile subscribe subscribed unsubscribe more less show hide next previous prev back top ' +
    'skip jump to content contents navigation nav main sidebar footer header listen min mins read follow us on like likes reply replies cancel submit post ' +
    'posts gift this the article story page accept reject cookies cookie settings preferences edit view talk tools download pdf languages ' +
    'language english print-friendly permalink expand collapse all results go image images photo photos video videos gallery audio play pause watch ' +
    'now live app get our your my playlist add a an and or of for with via by at manage loading ok okay got it dismiss likes followers following views claps responses restacks restack subscribers notifications bookmark bookmarks write report typo feedback ad ads copied original translate translation celebrate insightful' +
    // (The same controls in the languages of Europe's larger outlets: "Teilen", "Merken", "Audio herunterladen", "Partager", "Imprimer".)
    ' teilen merken drucken speichern herunterladen partager imprimer enregistrer télécharger courriel correo delen opslaan afdrukken downloaden condividi stampa salva scarica compartir imprimir guardar descargar compartilhar salvar baixar'
  ).split(' '),
);
/** Filler words alone never make a control line ("a", "the and of"). */
const CHROME_FILLER = new Set('to on in up out this the our your my a an and or of for with via by at us all now'.split(' '));

/** A site's sections as its menu names them. */
const SECTION_WORD = /^(?:home|about|contact|blog|shop|store|news|sports?|weather|business|tech|technology|politics|opinion|life|lifestyle|entertainment|culture|travel|recipes|food|health|world|videos?|podcasts?|events|archives?|search|subscribe|login|faq|donate|jobs|property|motors|obituaries|classifieds|puzzles|games|science|education|local|national|money|markets|arts|books|music|style|fashion|photos|gallery)$/i;
/** Words that join a headline in title case ("For", "As", "The"): a menu has none. */
const JOINING_WORD = /^(?:a|an|the|of|to|in|on|for|and|or|with|at|by|from|as|is|are|was|were|after|over|why|how|what)$/i;

/** "Home About Recipes Travel Contact": single capitalised words, none joining them, most of them a site's sections. */
function isMenuRow(line: string): boolean {
  const words = line.split(/\s+/);
  if (!words.every((w) => /^\p{Lu}[\p{L}&'’-]*$/u.test(w) && !JOINING_WORD.test(w))) return false;
  const sections = new Set(words.filter((w) => SECTION_WORD.test(w)).map((w) => w.toLowerCase()));
  // Three sections, or two in a row of four words or more: "Food Travel Tips" may head a section of the article.
  return (sections.size >= 3 || (sections.size >= 2 && words.length >= 4)) && sections.size * 2 >= words.length;
}

function isChromeLine(raw: string): boolean {
  // A button's label may end in a stop ("OK, Got it."); a line of more words that does is a sentence.
  const line = raw.length <= 16 ? raw.replace(/[.!]$/, '') : raw;
  if (SENTENCE_END.test(line) || line.length > 80) return false;
  const words = line
    .toLowerCase()
    .split(/[\s|/·•,:()[\]–—>»›-]+/)
    // "+ Follow", "← Back": a symbol is a button's icon, not a word.
    .filter((w) => w !== '' && /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0 || words.length > 12) return false;
  // Counters ("1.2K", "142 Likes") sit among the controls.
  const isCounter = (w: string) => /^\d[\d.,]*[km]?$/.test(w);
  // "chalkline.org · View Original": a site's bare domain among the controls.
  const isDomain = (w: string) => /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(w);
  return words.every((w) => CHROME_WORDS.has(w) || isCounter(w) || isDomain(w)) && words.some((w) => !CHROME_FILLER.has(w) && !isCounter(w) && !isDomain(w));
}

const LEGAL_LINK_WORDS = new Set('privacy policy notice terms of use service services conditions and & cookie cookies settings preferences accessibility sitemap site map legal imprint impressum copyright do not sell my personal information ad choices adchoices'.split(' '));
const LEGAL_LINK_ANCHOR = /\b(?:privacy|terms|cookies?|legal|imprint|impressum|accessibility|sitemap)\b/i;

/** A footer's legal links, two or more side by side: every word one of theirs. */
function isLegalLinks(line: string): boolean {
  const items = line.split(/\s*[|·•∙]\s*/).filter((item) => item !== '');
  if (items.length < 2 || SENTENCE_END.test(line)) return false;
  const words = line.toLowerCase().split(/[\s|·•∙]+/).filter((w) => w !== '');
  return words.every((w) => LEGAL_LINK_WORDS.has(w)) && items.every((item) => LEGAL_LINK_ANCHOR.test(item) || /^(?:ad ?choices|do not sell)/i.test(item));
}

/**
 * "7 min read · Jan 18, 2025", "142 · 37 · Share": a line of stamps and
 * counters separated by dots or bars, every part of it page furniture.
 */
/** Between the parts of a line of stamps: "7 min read · Jan 18, 2025", "Jan 26, 2025 — 4 min read". */
const STAMP_SEPARATOR = /\s*[·|•∙●]\s*|\s+[—–]\s+/;

/** A town and its temperature: "Tórshavn 4°C", "Boise 28°F Cloudy". */
const WEATHER_PART = /(?:^|[|·•]\s+)\p{Lu}[\p{L}'’ -]{1,30}?\s+[-−]?\d{1,3}\s?°\s?[CF]\b/u;

/** A number, a street's name and its kind, then perhaps a suite or a town: "400 E. Main St., Suite 200", "1200 Administration Drive". */
const STREET_ADDRESS =
  /^\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pl|Place|Ct|Court|Hwy|Highway|Pkwy|Parkway|Sq|Square|Terrace|Plaza)\.?(?:,?\s+(?:Suite|Ste\.?|Room|Rm\.?|Floor|Fl\.?|Unit|#)\s*[\w-]+)?(?:,\s*[\p{L} .]+(?:,?\s+[A-Z]{2})?(?:\s+\d{5}(?:-\d{4})?)?)?\.?$/u;

/** A letterhead's strip of contacts, parted by dots or bars, one of them a street address. */
function contactStrip(line: string): boolean {
  const parts = line.split(/\s+[•|·]\s+/);
  return parts.length >= 2 && parts.some((p) => STREET_ADDRESS.test(p)) && parts.every((p) => countWords(p) <= MAX_CONTACT_PART_WORDS);
}
const MAX_CONTACT_PART_WORDS = 7;

/** A reading time's label in the languages whose dailies print one: "Temps de lectura: 4 min", "Lesezeit: 6 Minuten". */
const READING_TIME_LABEL = '(?:reading time|lesezeit|leestijd|tiempo de lectura|temps de lectura|temps de lecture|tempo de leitura|tempo di lettura|lukuaika|czas czytania|lästid|læsetid)';
/** "Temps de lecture : 4 minutes", "Lesezeit: 3 Min.": a reading time labelled in another language, alone on its line. */
const FOREIGN_READING_TIME = new RegExp(`^${READING_TIME_LABEL}\\s*:?\\s*(?:env(?:iron|\\.)?\\s*|ca\\.?\\s*)?\\d+\\s*(?:min(?:ute)?s?|minuten|minutos|minuti|minuter|minutter|minuuttia)?\\.?$`, 'iu');
/** "6 Min. Lesezeit", "5 min de lecture", "4 minuti di lettura": the minutes first, the label after. */
const FOREIGN_READING_TIME_AFTER = new RegExp(`^(?:ca\\.?\\s*)?\\d+\\s*(?:min(?:ute)?s?|minuten|minutos|minuti|minuter|minutter|minuuttia)\\.?\\s+(?:${READING_TIME_LABEL}|de lecture|de lectura|di lettura|de leitura|czytania|lesen)$`, 'iu');
const CJK_UNIT = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
/**
 * The word for "minutes" in the languages beyond English of the pages a moderator may drop in, as the runtime's ICU data
 * writes a duration (Intl.NumberFormat's units): "perc", "минут", "분", "分钟", "นาที"; and its abbreviations ("Min.",
 * "мин."), which alone may take a full stop. A single letter ("m", "p") is left out, unless it is a CJK word ("분", "分").
 */
const MINUTE_UNITS: { words: ReadonlySet<string>; abbreviations: ReadonlySet<string> } = (() => {
  const words = new Set<string>();
  const abbreviations = new Set<string>();
  // (The languages whose dates are read, and those whose month names the date patterns cannot use: "1月", "tháng 1".)
  const locales = [...FOREIGN_LOCALES, 'zh', 'ja', 'ko', 'th', 'vi', 'mn'];
  for (const locale of locales) {
    for (const unitDisplay of ['long', 'short'] as const) {
      const format = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay });
      for (const count of [1, 2, 4, 5, 10, 21]) {
        const unit = format.formatToParts(count).filter((p) => p.type === 'unit').map((p) => p.value).join('').replace(/\.$/, '').toLocaleLowerCase();
        if ([...unit].length < 2 && !CJK_UNIT.test(unit)) continue;
        (unitDisplay === 'long' ? words : abbreviations).add(unit);
      }
    }
  }
  return { words, abbreviations };
})();
/** A short line holding a number of minutes and a word or two: "4 min čitanja", "읽는 시간 4분", "Olvasási idő: 3 perc". */
// (Each word before the number ends in a space or a colon: a run of letters has one way to be split.)
const LOCALISED_MINUTES = /^(?:[\p{L}\p{M}]+(?:[:：]\s*|\s+)){0,3}(?:ca\.?\s*|~\s*)?\d{1,2}\s?([\p{L}\p{M}]+)(\.?)(?:\s+[\p{L}\p{M}]+){0,2}$/u;

function localisedReadingTime(line: string): boolean {
  const m = LOCALISED_MINUTES.exec(line);
  if (m === null) return false;
  const unit = (m[1] ?? '').toLocaleLowerCase();
  // (A full stop closes an abbreviation, "5 Min.", or a sentence: "Cuire 5 minutes.")
  return MINUTE_UNITS.abbreviations.has(unit) || (MINUTE_UNITS.words.has(unit) && m[2] === '');
}

/** "Updated Jan. 18, 2025 9:05 a.m. ET 5 min read": a page's elements joined without a separator. */
const TRAILING_READING_TIME = new RegExp(
  `\\s+(?:${READING_TIME_LABEL}\\s*:?\\s*(?:\\d+|one|two|three|four|five)[- ]?(?:min(?:ute)?s?|minuten|minutos|minuti|minuter|minutter|minuuttia)\\.?|(?:\\d+|one|two|three|four|five)[- ]?(?:min(?:ute)?s?|hours?)(?: (?:read|listen))?)$`,
  'i',
);

const YEARLESS_DATE =
  /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?$/i;

function isMetaLine(raw: string): boolean {
  // "[2209] 2025-01-17 15:21:40 UTC | views: 19,877": a post's number before its stamps; "Reactions: 👍 402 😢 88": emoji between counts.
  const line = raw.replace(/^\[\d+\]\s*|^[|·•]\s*/, '').replace(/\s+(?:estimated )?(?:reading|read) time\s*:?\s*\d+\s*(?:min(?:ute)?s?)$/i, ' ').replace(EMOJI_RUN, ' ').replace(/\s+/g, ' ').trim();
  if (line === '') return false;
  if (LABELLED_COUNT.test(line) || CJK_COUNTER.test(line) || POSTED_FROM.test(line) || cjkCountersLine(line) || chineseFieldsLine(line)) return true;
  // A stamp that needed the cleaning above ("| Updated Jan. 21, 2025 … Reading time: 4 minutes") is one.
  if (line !== raw && dateLine(line) !== null) return true;
  const stamp = line.replace(TRAILING_READING_TIME, '');
  if (stamp !== line && (dateLine(stamp) !== null || isRelativeStamp(stamp))) return true;
  const parts = stampParts(line);
  // "4 Contributors", "12 tweets": a counter alone on its line.
  if (parts.length < 2) return /^\d[\d.,]*[KkMm]?(?:\s+\d[\d.,]*[KkMm]?)*$/.test(line) || COUNTER.test(line);
  const stampPart = (p: string) => /^\d[\d.,]*[KkMm]?$/.test(p) || COUNTER.test(p) || LABELLED_COUNT.test(p) || /^#[\p{L}\d_]+$/u.test(p) || dateLine(p) !== null || isRelativeStamp(p) || isReadingTime(p) || ISSUE_NUMBER.test(p) || isChromeLine(p);
  if (parts.every(stampPart)) return true;
  // "Platforms | 5 min read", "Politics · Jan. 15, 2025": one section's label beside the stamps.
  const labels = parts.filter((p) => !stampPart(p));
  return labels.length === 1 && SECTION_LABEL.test(labels[0] ?? '') && !isPersonName(labels[0] ?? '') && parts.some((p) => isReadingTime(p) || dateLine(p) !== null);
}

/**
 * The same fields as a Chinese CMS labels them, in either script ("来源：国风网 作者：周雨桐 发布时间：2025-01-24 15:32 浏览量：2867",
 * "發佈日期：2025-01-24 文／林家豪"). A page's inline tags often set them with no space between ("…10:36来源:德州華聲報"), so a
 * label opens wherever a Han character does not come before it ("圖片來源：" credits a photo).
 */
const CHINESE_FIELD_LABEL = /(?<!\p{Script=Han})(来源|來源|出处|出處|作者|文|撰文|记者|記者|责任编辑|責任編輯|责编|責編|编辑|編輯|发布时间|發佈時間|發布時間|发布日期|發佈日期|發布日期|发表时间|發表時間|发表于|發表於|时间|時間|日期|浏览量|瀏覽量|浏览次数|瀏覽次數|浏览|瀏覽|阅读量|閱讀量|阅读|閱讀|点击量|點擊量|点击|點擊|点阅次数|點閱次數|人气|人氣|评论|評論)\s*(?:[:：]|(?<=^文|^撰文|\s文|\s撰文)\s*[/／])\s*/gu;

/**
 * A Chinese CMS's line of labelled fields under a headline ("来源：标盾知识产权 作者：周雨桐 发布时间：2025-01-24 15:32
 * 浏览量：2867", "2025-01-21 14:35:12 来源：本報 作者：Wendy Lau 评论：2"): two fields or more, or the time and one, and no
 * sentence among them.
 */
function chineseFieldsLine(line: string): boolean {
  if (line.length > MAX_FIELDS_LINE || /[。！？!?]/u.test(line)) return false;
  const { labels, stamp } = chineseFields(line);
  if (labels.length === 0) return false;
  return stamp !== null || (labels.length >= 2 && labels[0]?.index === 0);
}

/**
 * The Chinese field labels a line sets, in order, and the time it sets first, unlabelled, if it does ("2025-01-21
 * 14:35:12" of "2025-01-21 14:35:12 来源：本報 作者：Wendy Lau"). (Only a line with Han characters and a colon or a slash
 * can hold one: the pattern is not tried on others.)
 */
export function chineseFields(line: string): { labels: RegExpMatchArray[]; stamp: string | null } {
  if (!/[:：/／]/.test(line) || !/\p{Script=Han}/u.test(line)) return { labels: [], stamp: null };
  const labels = [...line.matchAll(CHINESE_FIELD_LABEL)];
  const before = line.slice(0, labels[0]?.index ?? 0).trim();
  return { labels, stamp: before !== '' && dateLine(before) !== null ? before : null };
}
const MAX_FIELDS_LINE = 160;

/**
 * "vivianteawords 發表在 痞客邦 留言(23) 人氣(4,188)": a blog post's footer of counters, with at most a few short words
 * beside them (the writer's handle, "posted on", the platform).
 */
function cjkCountersLine(line: string): boolean {
  const counts = line.match(CJK_COUNTS_ANYWHERE) ?? [];
  if (counts.length < 2) return false;
  const rest = line.replace(CJK_COUNTS_ANYWHERE, ' ').split(/\s+/).filter((w) => w !== '');
  return rest.length <= MAX_WORDS_BESIDE_COUNTERS && rest.every((w) => w.length <= MAX_HANDLE_LENGTH);
}
const MAX_WORDS_BESIDE_COUNTERS = 3;
const MAX_HANDLE_LENGTH = 20;

/** A section's name: one or two capitalised words ("Platforms", "Local News"). */
const SECTION_LABEL = /^\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*)?$/u;

/**
 * The parts of a line of stamps: split at dots, bars and spaced dashes, and
 * after a date that opens the line at commas ("Jan 20th 2025, 12 tweets, 4 min read").
 */
export function stampParts(line: string): string[] {
  const parts = line.split(STAMP_SEPARATOR).filter((p) => p !== '');
  if (parts.length > 1) return parts;
  // "214,907 views Jan 21, 2025 #RedNote #TikTokBan": counts and hashtags around a date, with no separator at all.
  const counts = line.match(COUNT_ANYWHERE) ?? [];
  const tags = line.match(HASHTAG_ANYWHERE) ?? [];
  const rest = line.replace(COUNT_ANYWHERE, ' ').replace(HASHTAG_ANYWHERE, ' ').replace(/\s+/g, ' ').trim();
  if (counts.length + tags.length > 0 && rest !== '' && dateLine(rest) !== null) return [...counts.map((c) => c.trim()), rest, ...tags];
  const date = findDate(line);
  if (date === null || !/^,\s+\S/.test(line.slice(date.end)) || dateLine(line.slice(0, date.end)) === null) return parts;
  return [line.slice(0, date.end), ...line.slice(date.end).replace(/^,\s+/, '').split(/,\s+/)];
}

/** A writer's name with the outlet after a comma, then nothing but stamps: a byline line of a page's meta fields. */
function nameThenStamps(line: string): boolean {
  const date = findDate(line);
  if (date === null || date.start < 3) return false;
  const name = line.slice(0, date.start).trim().replace(/\s*[,|·•–-]$/u, '');
  // (A name alone before a date is read by the bylines' own rules, which take the author from it.)
  const writer = /^(.+?),\s*\S+$/u.exec(name)?.[1];
  return writer !== undefined && isPersonName(writer) && (dateLine(line.slice(date.start)) !== null || isMetaLine(line.slice(date.start)));
}

/** "Reactions: 402 88 31", "views: 19,877", "Subscribers: 48,312": a post's or a channel's counters (not "Founded: 2013"). */
const LABELLED_COUNT = /^(?:views?|reactions?|likes?|comments?|replies|shares?|forwards?|reposts?|retweets?|subscribers?|followers?|members?|upvotes?|downvotes?|points?|votes?|claps?|plays?|listens?|reads?)\s*:\s*\d[\d.,]*[KkMm]?(?:\s+\d[\d.,]*[KkMm]?)*$/i;
const COUNT_ANYWHERE = /\b\d[\d.,]*[KkMm]?\s+(?:views?|likes?|comments?|shares?|reposts?|subscribers?|followers?|plays?|listens?|reads?)\b/gi;
const HASHTAG_ANYWHERE = /#[\p{L}\d_]+/gu;
/**
 * A post's or a comment's stamp in Chinese: its time, then where it was sent from ("25-1-17 08:12 来自美国", "1月16日 21:47
 * 来自iPhone客户端", "2小时前 IP属地：四川").
 */
const POSTED_FROM =
  /^(?:(?:\d{2,4}[-/.])?\d{1,2}[-/.]\d{1,2}|\d{1,2}月\d{1,2}日|今天|昨天|\d+\s*(?:秒|分钟|分鐘|小时|小時|天)前)\s*(?:\d{1,2}:\d{2})?\s*(?:来自|來自|IP属地\s*[:：]?|IP屬地\s*[:：]?|发布于|發佈於)\s*\S{1,16}$/u;
/**
 * Counters in Chinese, Japanese and Korean: "阅读 18.6万" (read 186,000 times), "转发 1024", "粉丝 8.2万" (followers),
 * "共58条回复 >" (58 replies in all), "조회수 1.2만", "いいね 320".
 */
const CJK_COUNT_NAME =
  '(?:阅读|閱讀|浏览|瀏覽|播放|观看|觀看|转发|轉發|评论|評論|留言|人气|人氣|点击|點擊|赞|讚|点赞|點讚|收藏|分享|粉丝|粉絲|关注|關注|回复|回覆|投币|弹幕|喜欢|조회수?|댓글|좋아요|공감|구독자|いいね|コメント|閲覧|再生)(?:量|数|數|回数)?';
const CJK_NUMBER = '\\d[\\d.,]*\\s*[万萬亿億千Kk]?\\+?';
/** "留言(23)", "人氣：4,188", "阅读 1.2万": one counter, its number in brackets or after a colon. */
const CJK_NAMED_COUNT = `${CJK_COUNT_NAME}\\s*(?:[:：]\\s*${CJK_NUMBER}|[(（]\\s*${CJK_NUMBER}\\s*[)）]|${CJK_NUMBER})`;
const CJK_COUNTS_ANYWHERE = new RegExp(CJK_NAMED_COUNT, 'gu');
const CJK_COUNTER = new RegExp(
  `^(?:${CJK_NAMED_COUNT}|(?:共|全)?\\s*${CJK_NUMBER}\\s*(?:条|條|个|個|次|人|件|개|명|회)?\\s*${CJK_COUNT_NAME})(?:\\s*[>›»〉])?$`,
  'u',
);

/** "12 tweets", "318 comments", "1.2K views": a count and what it counts. */
const COUNTER = /^\d[\d.,]*[KkMm]?\s+(?:tweets?|posts?|comments?|replies|likes?|views?|shares?|reposts?|retweets?|claps?|reactions?|responses?|photos?|pages?|words?|min(?:ute)?s?|contributors?|annotations?|followers?|subscribers?|upvotes?|votes?|plays?|listens?|streams?|downloads?|faves?|favou?rites?)$/i;

/** "4 min read", and "4 min read Read on X" (the reading time beside a button). */
function isReadingTime(part: string): boolean {
  const m = /^((?:\d+|one|two|three|four|five)[- ]?(?:min(?:ute)?s?|hours?)(?: read| listen)?)\s*(.*)$/i.exec(part);
  return m !== null && (m[2] === '' || isChromeLine(m[2] ?? ''));
}

/** "Issue #112", "Vol. 3, No. 7", "Episode 214": a serial's number among its stamps. */
const ISSUE_NUMBER = /^(?:(?:(?:issue|vol\.?|volume|edition|episode|ep\.?)\s+)?(?:no\.?|number|#)?\s*\d+[,;]?\s*)+$/i;

/** A reading time as a line of stamps' last part: " · 7 min read". */
const READING_TIME_PART = /\s*[·|•∙●]\s*(?:\d+|one|two|three|four|five)[- ]?(?:min(?:ute)?s?|hours?)(?: read| listen)?$/i;

const READING_TIME = /^(\d+|one|two|three|four|five)[- ]?(min(ute)?s?|hours?)( read| listen)?$/i;

/** "LinkedIn", "Medium", "YouTube" alone at the top of a page saved from that platform: its name, though in a share bar the same word is a button. */
export function isPlatformName(line: string): boolean {
  return /^(linkedin|medium|substack|youtube|reddit|facebook|instagram|tiktok|tumblr|quora|x|twitter|threads|bluesky|mastodon|weibo|wechat)$/i.test(line);
}

const SOCIAL_NETWORKS = /\b(twitter|facebook|whatsapp|telegram|pinterest|linkedin|reddit|truthsocial|gettr|wechat|weibo|instagram|flipboard|tumblr|bluesky|mastodon)\b/gi;
const SEPARATOR = /\s[|/>»›•·]\s|\s\|\s?|\s?\|\s/g;

/** Three or more short parts between bars, each in title case or capitals: a row of links, not a sentence. */
function isLinkRow(line: string): boolean {
  const parts = line.split(/\s+\|\s+/);
  return parts.length >= 3 && parts.every((p) => countWords(p) <= 6 && /^[\p{Lu}\d&(]/u.test(p) && !/[.!?]$/.test(p));
}

/**
 * A post stating its own address in a sentence: "This post lives at https://… — if you're reading it somewhere else,
 * hi", "This article first appeared on https://…", "This story also runs in our print edition and online at https://…". The address is the page's; the sentence is no part of the article.
 */
export const SELF_ADDRESS =
  /^(?:this|the) (?:post|article|story|piece|essay|page|newsletter|column|write-up)(?: (?:lives|lives online|is|can be found|is available|was (?:first |originally )?(?:published|posted)|first appeared|appeared first|originally appeared|(?:also )?(?:runs|appears)\b[^!?]{0,80}?\bonline))\s+(?:at|on)\s+<?(https?:\/\/[^\s<>]+?)>?[.,;:]?(?:\s.*)?$/i;

/** "Maya Ochoa/Willamette Wire": a photographer's name, a slash, the outlet, each word capitalised. */
const PHOTOGRAPHER_AND_OUTLET = /^(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,2}) ?\/ ?\p{Lu}[\p{L}\d&.'’-]*(?: [\p{Lu}\d&][\p{L}\d&.'’-]*){0,4}$/u;

/** "Read also" as the dailies of other languages print it: "Leia também", "Lesen Sie auch", "LEGGI ANCHE", "Czytaj także". */
const READ_ALSO_TRANSLATED = '(?:leia (?:também|mais)|veja também|lee (?:también|más)|lea también|lesen sie auch|leggi anche|lees ook|läs också|læs også|les også|czytaj (?:też|także)|à lire aussi|lire aussi|читайте также|читайте також|прочитајте још|прочитајте и|прочетете още|相关新闻|相關新聞|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀)';
/** "LEGGI ANCHE: Prato, la comunità cinese festeggia …": the label with the linked headline after it. */
const READ_ALSO_LABEL = new RegExp(`^${READ_ALSO_TRANSLATED}\\s*[:：]?$`, 'iu');
const READ_ALSO_LINK = new RegExp(`^[*_]{0,2}${READ_ALSO_TRANSLATED}\\s*[:：]\\s*[*_]{0,2}\\s*\\S`, 'iu');

/** Lines a program or a tool prints, which no article's sentence is shaped like. */
const CODE_LINE = [
  /^<\?xml\b[^>]*\?>$|^<!doctype\b[^>]*>$/i,
  /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\s*(?:\[[^\]]{1,60}\]\s*)?(?:DEBUG|INFO|NOTICE|WARN(?:ING)?|ERROR|CRITICAL|FATAL)\b/,
  /^[!$%>]?\s*(?:sudo\s+)?(?:pip3?|npm|yarn|pnpm|apt(?:-get)?|brew|conda|gem|cargo)\s+(?:-\S+\s+)*(?:install|add|i)\s+\S/,
  /^[A-Za-z_][\w.]*\s*=\s*[A-Za-z_][\w.]*\(.*\)\s*;?$|^(?:from\s+[\w.]+\s+)?import\s+[\w., *]+$|^(?:const|let|var)\s+\w+\s*=\s*\S/,
  /^-{3,}\s*forwarded by\b.*-{3,}$/i,
  // A printed list of strings (a notebook's or a console's output): "['Gadgets', 'Apps', 'Privacy']".
  /^\[\s*(?:'[^']*'|"[^"]*")(?:\s*,\s*(?:'[^']*'|"[^"]*"))+\s*\]$/,
];

/** An offer's button: "Claim Now", "Bet Now", "Join Now!", "Claim Offer", "Redeem Bonus". */
export const OFFER_BUTTON = /^(?:(?:claim|join|bet|play|apply|download|install|order|book|register|subscribe|donate|enrol|enroll|redeem|activate|sign up|try it)(?: (?:it|yours|free|here|today))? now|(?:claim|redeem|activate|unlock) (?:the |your )?(?:offer|bonus|deal|reward|promo))!?$/i;

/** What an offer's small print says: its age limit first, whom it is for, where its terms are. Two make the small print. */
const OFFER_TERMS = [/^(?:1[89]|21)\+(?:\.|\s|$)/, /\bnew (?:customers|players|members|users|accounts) only\b/i, /\b(?:see (?:full )?terms|(?:full )?t\s?&\s?cs? apply|terms (?:and conditions )?apply)\b/i, /\b(?:please )?(?:gamble|bet|play) responsibly\b/i, /\bexpires? (?:in|after) \d+ days\b/i];

/**
 * "Next up: Lions will host a RedNote Q&A with Addison at our Feb. 4 noon meeting.": a group's next event told in a
 * sentence of its own (a verb in the future, a full stop), not a link to the next story ("Up next: Lemon8 wants to …").
 */
const SCHEDULED_NEXT = /^(?:next up|up next|coming up)\s*:\s*.*\b(?:will|is going to|are going to|'ll)\b.*[.!]$/i;

/**
 * A line about the page's own words: "This article is …", "The information on this website …", "Posts are …", "EquiWell
 * Today content is …", "Predictions are estimates, not legal advice.": its subject is the page (this one: "the app" or
 * "the site" may be a story's subject) or its posts, in the sentence's first words.
 */
const OWN_WORDS = /^(?:[^.!?]{0,60}\b)?(?:(?:this|our|these)\s+(?:[\p{L}-]+\s+){0,2}(?:article|post|blog|guide|bulletin|update|advisory|newsletter|page|site|website|web site|information|content|episode|video|podcast|column|alert|brief|material|handbook|summary|forum|community|channel|series)s?|the (?:information|content)|(?:posts?|content|predictions|stories|case studies)\s+(?:[\p{L}-]+\s+){0,6}?(?:is|are))\b/iu;
/** What the caveat says: not a profession's advice ("not legal, tax or customs advice"), no stand-in for one's care, no tie to a company. */
const PROFESSIONAL_CAVEAT =
  /\bnot\b[^.!?]{0,40}\b(?:legal|tax|medical|financial|investment|immigration|customs|technical|professional|veterinary|health|accounting)\s+advice\b|\bnot (?:intended (?:as|to be) )?a substitute for (?:[\p{L}-]+\s+){0,4}?(?:advice|care|diagnosis|treatment|consultation|counsel)\b|\bnot affiliated (?:with|to)\b/iu;

/** The word a photo's credit opens with after its caption: "Photo: …", "Photograph by …", "Foto: …" (Spanish, Swedish, Kazakh). */
export const CREDIT_WORD = '(?:Photo|Photograph|Image|Illustration|Screenshot|Foto|Fotografía|Fotografia|Imagen|Bild)s?';
/** An ad's button: "Learn more", "Shop now", "Book a free demo". */
export const AD_BUTTON = '(?:learn more|shop now|find out more|get started|apply now|download now|book now|sign up now|order now|get the app|(?:book|request|schedule) a (?:free )?demo|start (?:your|a) free trial)';
/**
 * A caption run together with its credit: "… at her home in Tacoma. Photo by Elise Tran for Northline", "… with his bass
 * drum at Jazz Fest, 2014. Photo courtesy of the Batiste family."
 */
const CAPTION_THEN_CREDIT = new RegExp(`[.!?]["”’]?\\s+${CREDIT_WORD}(?:\\s+(?:by|via|courtesy of)|\\s?:)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+[\\p{L}'’.&/-]+){0,6}$`, 'u');
/** An ad's copy closed by its button: "Uzcard. Pay abroad with one tap. Learn more". */
const COPY_THEN_BUTTON = new RegExp(`(?:^|[.!?]\\s+)${AD_BUTTON}\\s*[.!›»>→]?$`, 'i');

/** A message's header a mail client does not show, its name and colon opening the line. */
const TRANSPORT_HEADER =
  /^(?:received:\s*(?:from|by)\s|(?:in-reply-to|references):\s*<|(?:return-path|message-id|dkim-signature|arc-[a-z-]+|authentication-results|x-[a-z0-9-]+|mime-version|content-(?:type|transfer-encoding|language|disposition)|thread-(?:topic|index)|delivered-to|list-[a-z-]+|precedence|envelope-to)\s*:)/i;
/** A newsletter e-mail's link to its web copy: "View this email in your browser", "Having trouble viewing this email?". */
const VIEW_IN_BROWSER =
  /^(?:(?:view|read|open|see) (?:this (?:email|e-mail|newsletter|message|issue) |it )?(?:in|on|online in) (?:your |a |the )?(?:web )?browser\b|(?:view|read) (?:it )?online\.?$|(?:having trouble|trouble|problems?) (?:reading|viewing|seeing) this (?:email|e-mail|message|newsletter)\b)/i;
/** A preview line is a sentence or two. */
const MAX_PREHEADER_WORDS = 30;

/**
 * A newsletter e-mail's preview text, the line its mailer sets over "View this email in your browser" for the inbox to
 * show beside the subject ("Plus: 1099-K forms, Valentine's weekend demand and a new payout schedule."): the issue's
 * teaser, not its story.
 */
export function isPreheader(lines: readonly string[], i: number): boolean {
  return VIEW_IN_BROWSER.test(lines[i + 1] ?? '') && countWords(lines[i] ?? '') <= MAX_PREHEADER_WORDS;
}

/** A form field's prompt in a script written without spaces is counted in characters: a label's length. */
const MAX_FORM_PROMPT_CHARACTERS = 30;

const JUNK_RULES: { name: string; test: (line: string, words: number) => boolean }[] = [
  // "·", "***", "—": a line with no word in it.
  { name: 'no-words', test: (l) => !/[\p{L}\p{N}]/u.test(l) },
  // A page copied before its script had filled it in: a template's placeholders ("{{ article.section.name }}", "(Photo:
  // {{ photo.credit }})") and the script's empty values ("By undefined", "Invalid Date", "NaN min read", "[object Object]").
  // (A copyright line with its year left as a placeholder is still the copyright notice.)
  { name: 'render-placeholder', test: (l, w) => w <= 12 && (TEMPLATE_PLACEHOLDER.test(l) || EMPTY_VALUE.test(l)) && !/©|\bcopyright\b/i.test(l) },
  {
    name: 'advertisement',
    test: (l) =>
      // "- Advertisement -", "— ADVERTISEMENT —": a theme's ad slot label, dashes either side.
      /^(?:[-–—]\s*)?(advertisements?|advertising|ad|ads|ad ?choices|sponsored( content| post)?|promoted( content)?|paid (content|post)|(story|article) continues below( this)?( ad| advertisement)?|continue reading below|scroll to continue( with content)?|(?:featured|exclusive|sponsored|partner|special|top) (?:offers?|deals?|promos?|promotions?|bonus(?:es)?))\s*(?::|\s[-–—])?$/i.test(l) ||
      /^advertisement\s*[-–—:|]\s*(scroll|continue|story)/i.test(l) ||
      // The label in other languages, and "반응형", which a Korean blog platform prints over its ad slots.
      /^(?:반응형|광고|publicidade|publicidad|publicitate|anzeige|advertentie|pubblicità|publicité|annons|annonse|annonce|reklama|reklame|reklam|reklaam|reklāma|hirdetés|oglas|mainos|iklan|quảng cáo|реклама|διαφήμιση|إعلان|פרסומת|โฆษณา|广告|廣告|広告|スポンサーリンク)$/iu.test(l),
  },
  // "6:42 PM EST" alone on its line: the time of a stamp whose date is on the line above; "[00:01:15]": a transcript's time code.
  // (A chat prints the sender's status emoji before it: ":coffee:  9:14 AM".)
  { name: 'time-stamp', test: (l) => /^[([]?\d{1,2}[:.]\d{2}(?::\d{2})?[)\]]?\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,5}\)?)?$/i.test(l.replace(LEADING_EMOJI, '')) || MEDIA_DURATION.test(l) },
  // "03:12 Why creators left": an episode's chapter marker.
  { name: 'chapter-marker', test: (l, w) => w <= 10 && !SENTENCE_END.test(l) && /^[([]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?(?:\s+[-–—]?\s*\S.*)?$/.test(l) },
  // A transcript's time mark after a few words: "Starting point is 00:00:41", "Timestamp: 01:02:03" (an hour's stamp, not a
  // meeting's time; and not a speaker's name over what they say, "Vivian Tsao [00:00:41]").
  { name: 'chapter-marker', test: (l, w) => w <= 6 && !SENTENCE_END.test(l) && TIME_MARK.test(l) && !isPersonName(TIME_MARK.exec(l)?.[1] ?? '') },
  // A comment's reply link: what is just above it is a reader's comment.
  { name: 'comment-reply', test: (l) => /^(reply|reply to this comment|like\s*(\(\d+\))?\s*[·|•∙]\s*reply(\s*[·|•∙]\s*share)?|\d+\s+repl(y|ies)|view \d+ repl(y|ies)|(hide|show) repl(y|ies))$/i.test(l) },
  { name: 'follow-prompt', test: (l, w) => w <= 12 && /^follow ((us|me|him|her|them) (on|at)\b|@[\w.]+|[\p{L} .]{2,40} on\b)/iu.test(l) && !SENTENCE_END.test(l) },
  {
    name: 'disclosure',
    test: (l, w) =>
      w <= 40 &&
      (/^(advertising|affiliate|advertiser) disclos(ure|ures)\b/i.test(l) ||
        /\bwe may (receive|earn) (compensation|(an? )?((small|affiliate) )?commissions?)\b|\bmay (?:receive|earn|get) (?:compensation|(?:a (?:small )?)?commissions?|a share of sales)\b.{0,40}(?:\b(?:when|if) you (?:buy|click|purchase|shop)|\bthrough (?:our |these |the )?links)\b|\bcontains (references to products|affiliate links)\b|^this (?:post|article|page|video|guide) may contain (?:affiliate|referral) links\b|\bis not responsible for the (opinions|content)\b/i.test(l)),
  },
  // (Two glued together, as a select-all copy runs them: "Skip to contentSkip to site index".)
  // And any short "Skip to …" ("Skip to first unread message", "Jump to recipe"), and the link as sites in other languages
  // write it ("Ir para o conteúdo principal", "Zum Inhalt springen", "본문 바로가기", "跳到主要内容").
  {
    name: 'skip-link',
    test: (l, w) =>
      /^(skip|jump) to (the )?(main |page )?(content|navigation|search|article|menu|main)(?:\b|(?=skip|jump))/i.test(l) ||
      (w <= 6 && /^(?:skip|jump) to\b/i.test(l) && !SENTENCE_END.test(l)) ||
      // (Counted in characters, a Japanese or Chinese link is some words long: "メインコンテンツにスキップ".)
      ((w <= 6 || l.length <= 16) && SKIP_LINK_TRANSLATED.test(l)),
  },
  // A web video player's controls and dialogs as text (video.js, the commonest, and others like it): "Play Video", "Mute",
  // "Loaded: 0%", "Captions settings", "Picture-in-Picture", "Fullscreen", "This is a modal window.", and its placeholder
  // and playlist label ("Video Player is loading.", "Now Playing").
  {
    name: 'player-control',
    test: (l, w) =>
      w <= 10 &&
      /^(?:play(?: video)?|pause|video player is loading\.?|now playing|replay|(?:un)?mute|(?:exit |non-)?fullscreen|picture-in-picture|captions(?: settings| off)?|subtitles(?: settings| off)?|audio track|playback rate|loaded: \d{1,3}(?:\.\d+)?%|progress: \d{1,3}(?:\.\d+)?%|this is a modal window\.?|beginning of dialog window\..*|end of dialog window\.|close modal dialog)$/i.test(l),
  },
  // An app's hint at its keyboard shortcuts: "To view keyboard shortcuts, press question mark", "Press ? to view keyboard shortcuts".
  { name: 'shortcut-hint', test: (l, w) => w <= 12 && /\bkeyboard shortcuts?\b/i.test(l) && /\b(?:press|type|hit|view|see|show)\b/i.test(l) },
  { name: 'share-bar', test: (l, w) => /^share\b/i.test(l) && w <= 6 && (!SENTENCE_END.test(l) || /^share (this|the) (page|article|story|post|thread|episode)!$/i.test(l)) },
  // "Share to: WeChat Weibo RedNote Copy link", "Share on: Facebook | X | Email": the button before its networks.
  // (Each network after a space or a separator: a run of capitals is one name, never split, so no line makes it backtrack.)
  { name: 'social-links', test: (l, w) => w <= 12 && /^(?:[Ss]hare|SHARE)(?: (?:to|on|via|this|it|TO|ON|VIA))?\s*:?(?:(?:\s*[|·,]\s*|\s+)(?:\p{Lu}[\p{L}+.]*|[Cc]opy [Ll]ink|[Ee]-?mail|[Pp]rint|[Mm]ore))+$/u.test(l) },
  // The same button in other languages, alone or before its networks: "Teilen", "Partager", "Delen", "Condividi", "Compartir".
  { name: 'share-bar', test: (l, w) => w <= 6 && !SENTENCE_END.test(l) && /^(?:[Tt]eilen|TEILEN|[Pp]artager|PARTAGER|[Dd]elen|DELEN|[Cc]ondividi|CONDIVIDI|[Cc]ompartir|COMPARTIR|[Cc]ompartilhar|[Pp]artilhar|[Uu]dostępnij|[Ss]dílet|[Pp]aylaş|[Пп]оделиться|[Пп]оділитися|[Dd]istribuie|[Pp]odijeli)(?:\s*:)?(?:\s+(?:auf|sur|su|en|em|op|via|per|na|в|у))?(?:\s+\p{Lu}[\p{L}+]*)*$/u.test(l) },
  // "Wendell Ashby Profile picture", "Avatar": an avatar's alt text beside the name.
  { name: 'avatar', test: (l, w) => w <= 8 && /(?:^|\s)(profile (picture|photo|image)|avatar|author (photo|image|picture))$/i.test(l) },
  // "— Harold Pemberton-Achebe, Library Director": a sign-off or an attribution under a note, not text of its own.
  { name: 'sign-off', test: (l, w) => w <= 12 && /^[—–―-]{1,2}\s*(?:(?:[Ss]tory|[Ww]ords|[Tt]ext|[Rr]eporting|[Rr]eport) [Bb]y\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s+['’]\d{2})?(?:,\s*[^.!?]{2,60})?$/u.test(l) },
  // "Dolores Achterberg, Modesto": a letter signed with the writer's name and town.
  { name: 'letter-signature', test: (l, w) => w <= 7 && letterSignature(l) !== '' },
  // "In San Jose, Dana Whitfield, KSTQ 9 News.", "Dana Whitfield, KSTQ 9 News, San Jose.": a broadcast reporter's out-cue.
  { name: 'out-cue', test: (l, w) => w <= 12 && /^(?:(?:In|From|Reporting from|Live from|Live in|At) \p{Lu}[\p{L}.'’ -]{1,30}, )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}, \p{Lu}[\p{L}\d&.'’ +-]{1,30}(?:, \p{Lu}[\p{L}.'’ -]{1,30})?\.$/u.test(l) },
  // "Dana, thanks. … Coming up after the break, a frost advisory …": the anchor's hand-back and tease after a report.
  {
    name: 'broadcast-tease',
    test: (l, w) => w <= 60 && (/^coming up (?:next|after the break|later|tonight|tomorrow)\b/i.test(l) || (/^(?:\p{Lu}\p{L}+, thanks?(?: you)?|thanks?(?: you)?,? \p{Lu}\p{L}+)[.!]/u.test(l) && /\b(?:coming up|after the break|stay with us|still ahead|up next)\b/i.test(l))),
  },
  // "Pullquote", "Pull quote": a layout's label over a quote lifted from the story.
  { name: 'pull-quote-label', test: (l, w) => w <= 2 && /^pull[- ]?quote:?$/i.test(l) },
  // A news database's download (Nexis, ProQuest): the record's fields around the story ("Section: BUSINESS; Pg. D1",
  // "Length: 1012 words", "Highlight: …", the story's "Body" label, "Load-Date: …").
  { name: 'database-field', test: (l, w) => w <= 60 && (/^(?:highlight|load-date|publication-type|document-type|correction-date|journal-code|graphic)\s*:\s*\S/i.test(l) || /^length\s*:\s*\d[\d,]*\s+words$/i.test(l) || (w <= 8 && /^[Ss]ection\s*:\s*[\p{Lu}\d][\p{Lu}\d &/-]*(?:;\s*[Pp]g\.?\s*\w+)?$/u.test(l)) || l === 'Body') },
  // "Please see TIKTOK, Page A6", "From Page A1": a print edition's jump to where the story goes on.
  // "[[Page E42]]", "[Page 3]", "--- Page 12 ---", "Start Printed Page 8124": a printed record's page break, marked where
  // the text crosses it; "Start Preamble", "End Supplemental Information": a government register's markers around a
  // document's parts, copied with it.
  { name: 'page-break', test: (l, w) => w <= 4 && /^(?:\[{1,2}\s*page\s+[A-Z]?\d{1,5}[A-Z]?\s*\]{1,2}|[-=]{2,}\s*page\s+\d{1,5}\s*[-=]{2,}|start printed page \d{1,6}|(?:start|end) (?:preamble|supplemental information|signature|amendment part|part|regulatory text))$/i.test(l) },
  // "[Continued from Page A1]": the same, in a transcription's brackets.
  { name: 'page-jump', test: (l, w) => w <= 8 && /^[[(](?:continued (?:from|on) page [A-Z]?\d{1,3}|see [\p{L}' ]{2,30},? page [A-Z]?\d{1,3})[\])]\.?$/iu.test(l) },
  { name: 'page-jump', test: (l, w) => w <= 8 && /^((please )?see [\p{L}' ]{2,30},? (on )?page [A-Z]?\d{1,3}|(continued )?(from|on) page [A-Z]?\d{1,3}|continued on (page )?[A-Z]?\d{1,3})\.?$/iu.test(l) },
  // The story's name before the jump: "RedNote, continued from page 1", "MIGRATION continued on page 4".
  { name: 'page-jump', test: (l, w) => w <= 8 && /^[\p{L}\d' -]{2,30},?\s+[(]?continued (?:from|on) page [A-Z]?\d{1,3}[)]?\.?$/iu.test(l) },
  // An e-edition's jump by the story's slug in capitals and the section's page: "See BAN on A9", "BAN from A3".
  { name: 'page-jump', test: (l, w) => w <= 6 && /^(?:[Ss]ee )?\p{Lu}[\p{Lu}\d' -]{1,29} (?:from|on) [A-Z]\d{1,3}\.?$/u.test(l) },
  // "#RedNote #TikTok #China": a post's hashtags, its tags.
  { name: 'hashtags', test: (l, w) => w <= 15 && /^#[\p{L}\d_]+(?:\s+#[\p{L}\d_]+)*$/u.test(l) },
  // "Forwarded from Cyber Kitchen (@cyberkitchen_news)": a messenger's note on where a post came from.
  { name: 'forward-note', test: (l, w) => w <= 10 && /^forwarded from\b/i.test(l) && !SENTENCE_END.test(l) },
  // A newsletter's "Did someone forward this to you? Sign up for Morning Code.", "If someone forwarded you this,
  // subscribe here — it's free.", "Was this forwarded to you? …".
  { name: 'forward-note', test: (l, w) => w <= 25 && /^(?:did (?:someone|a friend) forward (?:this|you this)|(?:if )?(?:someone|a friend) forwarded (?:you )?this|was this (?:email |newsletter )?forwarded to you|got this from a friend|forwarded this(?: e-?mail| newsletter| issue)?\?)/i.test(l) },
  // A broadcaster's cue to its app: "Listen on the TCB app", "Listen to 93.9 The Drive on the Airwave app".
  { name: 'podcast-promo', test: (l, w) => w <= 25 && /^listen (?:to [^.!?]{1,50} )?on (?:the |our )?[^.!?]{1,40}\bapp\b/i.test(l) },
  // A talk station's cue to its audio: "Scroll down to listen to the conversation.", "Listen to the full interview below."
  { name: 'podcast-promo', test: (l, w) => w <= 12 && /^(?:scroll (?:down|up) to (?:listen|watch|hear)|(?:listen|watch) to the (?:full )?(?:conversation|interview|segment|discussion|podcast) (?:below|above|here))\b/i.test(l) },
  // A newsletter's sponsor label: "Together with Tallyframe", "Presented by The Future of Connectivity Coalition".
  { name: 'sponsor-note', test: (l, w) => w <= 10 && !SENTENCE_END.test(l) && /^(?:together with|presented by|in partnership with|a message from|brought to you by)\s+\p{Lu}/iu.test(l) },
  // "Sponsored · Harborline Auto Insurance", "Promoted | Valley Credit Union": an ad's label and its advertiser.
  { name: 'sponsor-note', test: (l, w) => w <= 10 && !SENTENCE_END.test(l) && /^(?:sponsored|promoted|paid (?:post|content|partner(?:ship)?)|ad)\s*[·|•:–—-]\s*\p{Lu}/iu.test(l) },
  // The Guardian's marker where a newsletter box ended: "after newsletter promotion"; a newsletter's own growth lines:
  // "Join 18,400+ creators and managers getting one practical issue a week.", "Welcome to the 1,204 creators who joined
  // since last week."
  { name: 'newsletter', test: (l) => /^after newsletter promotion$/i.test(l) },
  {
    name: 'newsletter',
    test: (l, w) =>
      w <= 20 &&
      (/^join (?:over |more than )?\d[\d,.]*[kK]?\+? (?:other )?(?:readers|subscribers|creators|members|professionals|marketers|founders|leaders|managers|developers|journalists|executives|insiders|others)(?: and [\p{L}-]+)? (?:who |getting |reading |receiving |for )/iu.test(l) ||
        /^welcome to (?:the|our) (?:\d[\d,.]*|new) (?:new )?(?:readers|subscribers|creators|members|people)\b.*\bjoined\b/i.test(l)),
  },
  // A picture's credit set after dots: "Credit...Joseph Rennick for The Continental Times".
  // (A select-all copy glues it to the caption: "… It drew more than a million views.Credit...Joseph Rennick for …".)
  { name: 'photo-credit', test: (l, w) => (w <= 14 && /^credit(?:\.{2,}|…)\s*\S/i.test(l)) || (w <= 60 && /[.!?"”’)]Credit(?:\.{2,}|…)\s*\p{Lu}/u.test(l)) },
  // A caption closed by its photographer and agency in capitals: "…, à Pékin. LIU MEI / AFP"; "Screenshot via Fang Jiaxin".
  { name: 'photo-credit', test: (l, w) => w <= 40 && /[.!?]\s+\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3}\s*\/\s*\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2}$/u.test(l) },
  { name: 'photo-credit', test: (l, w) => w <= 8 && /^(?:screenshot|image|photo|video|illustration|graphic)s? (?:via|courtesy(?: of)?)\s+\S/i.test(l) },
  // "COURTESY BERNADETTE RUIZ", "Photo courtesy of the Delgado family": a picture's credit alone on its line, in capitals
  // under the picture or naming the picture ("Courtesy Crescent Features Syndicate" credits a syndicated column instead).
  { name: 'photo-credit', test: (l, w) => w <= 6 && !SENTENCE_END.test(l) && (/^COURTESY(?: OF)? (?:THE )?[\p{Lu}.'’ &-]{2,60}$/u.test(l) || /^(?:photo|image|picture)s? courtesy(?: of)? (?:the )?\p{Lu}[\p{L}.'’ &-]{1,60}$/iu.test(l)) },
  // "Sister Monica Ruiz records a reflection in San Antonio, Texas (Courtesy of Sr. Monica Ruiz)": a caption closed by
  // whom the picture came from.
  { name: 'photo-credit', test: (l, w) => w <= 40 && /\S\s*[(（](?:photo |image |picture )?courtesy(?: of)?\s+[^()（）]{2,60}[)）]$/iu.test(l) },
  // "Representative image of the RedNote app. (File photo)": a stock picture's caption.
  { name: 'image-caption', test: (l, w) => w <= 30 && (/\((?:file|stock|representative|archive) (?:photo|image|picture)\)$/i.test(l) || /^representative (?:image|photo|picture)\b/i.test(l)) },
  // "A screenshot of Niloufar Rahimi's RedNote post, shared with permission.": a caption, what a picture shows and on
  // what terms (a caption, not a credit: the line above it is the story's).
  { name: 'image-caption', test: (l, w) => w <= 30 && /^(?:an? )?(?:screenshot|screen grab|photo|photograph|image|picture|still|selfie)s? (?:of|from|showing)\b.*\b(?:(?:shared|used|reproduced|published) with (?:\p{L}+ )?permission|courtesy of [^.]{2,60})\.?$/iu.test(l) },
  // A caption run together with its credit, as a print or a PDF copies it: "… at her home in Tacoma. Photo by Elise Tran for Northline".
  { name: 'photo-credit', test: (l, w) => w <= 50 && CAPTION_THEN_CREDIT.test(l) },
  // Captions in Chinese, Japanese and Korean: "（图为…。图片来源：华讯科技）", "…（記者林怡君翻攝）", "… [사진=샤오훙수 캡처]", "（写真：…）".
  {
    name: 'photo-credit',
    test: (l, w) =>
      w <= 80 &&
      (/^[（(][^（）()]{2,160}(?:图片来源|圖片來源|图源|圖源|摄影|攝影|翻摄|翻攝|供图|供圖)[^（）()]{0,40}[）)]$/u.test(l) ||
        /[（(](?:记者|記者|图|圖)[^（）()]{0,20}(?:摄|攝|翻摄|翻攝|提供)[）)]$/u.test(l) ||
        /\[(?:사진|그래픽|자료)\s*=\s*[^\]]{1,40}\]$/u.test(l) ||
        /[（(](?:写真|撮影)[^（）()]{0,30}[）)]$/u.test(l) ||
        // A picture's label opening the caption: "画像：いちご大福の動画のスクリーンショット（娘撮影）", "图片：…", "사진: …".
        /^(?:画像|写真|图片|圖片|图|圖|사진|이미지)\s*[:：]\s*\S/u.test(l)),
  },
  // A reporter's line in brackets opening a story in Chinese or Japanese: "〔記者林怡君／台北報導〕", "【ワシントン＝望月雅人】".
  { name: 'byline', test: (l, w) => w <= 20 && /^[〔【][^〔〕【】]{2,30}[／/＝=][^〔〕【】]{1,20}[〕】]$/u.test(l) },
  // A text browser's button: "[ Join on Patreon ]", "[ Subscribe ]".
  { name: 'site-chrome', test: (l, w) => w <= 6 && /^\[ [^[\]]{2,40} \]$/.test(l) },
  // A language switch: languages named in their own tongue, alone or side by side ("中文", "EN | 中文", "English / Español").
  { name: 'site-navigation', test: (l, w) => w <= 6 && l.split(/\s*[|/·•]\s*/).every((part) => LANGUAGE_AUTONYM.test(part)) },
  // A newsletter's contents label over its list of the issue's items: "IN THIS ISSUE", "In this edition:".
  { name: 'site-chrome', test: (l, w) => w <= 3 && ISSUE_CONTENTS_LABEL.test(l) },
  // …or with the items run on after it: "IN THIS ISSUE: Wintersweet goes viral * Tour schedule * Guild business".
  { name: 'issue-contents', test: (l, w) => w <= MAX_INLINE_CONTENTS_WORDS && ISSUE_CONTENTS_INLINE.test(l) },
  // A government page's controls in lenticular brackets: "【Font: Large Medium Small】 【Print】 【Close】"; and a text-size
  // switch, "Font size: A A A", "Text size: Small Medium Large".
  { name: 'site-chrome', test: (l, w) => w <= 12 && /^(?:【[^【】]{1,40}】\s*){2,}$/u.test(l) },
  // (The sizes are separated by spaces, or are the three characters: no run of letters is split every way.)
  { name: 'site-chrome', test: (l, w) => w <= 8 && /^[【[]?(?:font|text|font size|text size|字体|字號|字号)\s*[:：]?\s*(?:[大中小](?:\s?[大中小]){1,2}|(?:(?:large|medium|small|big|normal|larger|smaller|default|a[+-]?|\+|-)(?:\s+|(?=[】\]]?$))){2,})[】\]]?$/iu.test(l) },
  // An editor's initials closing a German or French story: "(jli)", "(dpa)".
  { name: 'editor-note', test: (l) => /^\([a-z]{2,4}\)$/.test(l) },
  // "@wendell_cats" alone on its line: a profile's handle beside its name.
  { name: 'profile-handle', test: (l, w) => w === 1 && /^@[\w.]{2,30}$/.test(l) },
  // "https://www.almarsa.qa/english/… 2/3": a browser's print footer, the page's address and the page's number.
  { name: 'print-footer', test: (l) => PRINT_FOOTER.test(l) },
  // A browser's user-agent string, as a request's headers copy it: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/…".
  { name: 'user-agent', test: (l) => /^(?:user-agent:?\s*)?Mozilla\/\d\.\d \([^()]*\)(?:\s+\S+\/\S+(?:\s+\([^()]*\))?)*$/i.test(l) },
  // A forum's topic status around its posts (bbPress's wording): "This topic has 11 replies, 10 voices, and was last
  // updated 2 weeks, 1 day ago by …", "Viewing 12 posts - 1 through 12 (of 12 total)", "This topic was modified 3 weeks,
  // 2 days ago by … Reason: …".
  {
    name: 'forum-status',
    test: (l) =>
      /^This (?:topic|forum|reply) (?:has \d[\d,]* (?:repl(?:y|ies)|topics?|posts?|voices?)\b.*\bago\b|was modified \d.*\bago by\b)/i.test(l) ||
      /^Viewing \d[\d,]* (?:posts?|topics?|repl(?:y|ies))(?: - \d[\d,]* through \d[\d,]*)? \(of \d[\d,]* total\)$/i.test(l),
  },
  // A forum poster's profile fields beside each post: "userid 88120", "Posts: 1,204", "Joined: Mar 2019", "Member #4512",
  // "Member since 2016", "Reputation: 45".
  { name: 'profile-field', test: (l, w) => w <= 4 && /^(?:user\s?id|member\s?(?:id|#|no\.?)|member since|posts|joined|join date|reputation|karma|likes received|reaction score)\s*[:#]?\s*(?:#?\d[\d,.]*|\p{L}{3,9}\.?\s+\d{4})$/iu.test(l) },
  // A finance page's quote widget: "BABA Alibaba Group Holding Ltd. 85.38 +2.24 (+2.69%) Full quote »".
  { name: 'ticker', test: (l, w) => w <= 20 && /\d[\d,]*\.\d{2}\s+[+\-−▲▼]\s?\d[\d,]*\.\d{2}\s+\(\s?[+\-−]?\d+(\.\d+)?%\s?\)/.test(l) },
  { name: 'social-links', test: (l) => (l.match(SOCIAL_NETWORKS) ?? []).length >= 3 && !/[.!?]$/.test(l) },
  // A shopping widget's offer: "$8.48 at Amazon", "£12 at Argos"; "Pay in 4 interest-free installments with Shop Pay".
  // A product card's loyalty line: "Earn 2x points", "Earn 150 reward points on this item".
  { name: 'shop-offer', test: (l, w) => w <= 8 && /^earn (?:\d+x|\d[\d,]*|double|triple|bonus) (?:reward |loyalty |bonus )?points(?: on this (?:item|purchase|order))?\.?$/i.test(l) },
  { name: 'shop-offer', test: (l) => /^[$£€¥]\s?\d[\d,.]*\s+at\s+\p{Lu}[\p{L}\p{N}&'’. ]{1,30}$/u.test(l) || /^(?:or\s+)?pay in \d+ interest-free (?:installments|instalments|payments)\b/i.test(l) },
  { name: 'read-more', test: (l, w) => /^(read more|continue reading|read the (original|full)|read full (story|article)|keep reading)\b/i.test(l) && w <= 12 },
  // ("Click here for our report on how retailers handled the TikTok Shop scare.": a link's sentence opening on its prompt.)
  { name: 'click-here', test: (l, w) => /\bc(l)?ick here\b/i.test(l) && (w <= 10 || /^click here\b[^.!?]*[.!?]?$/i.test(l)) },
  {
    name: 'comment-form',
    test: (l) =>
      /^(leave a (reply|comment)|please enter your (comment|name|email)|your email address will not be published|required fields are marked|post a comment|add a comment|\d+ (comments?|responses?|replies):?$|comments are closed|cancel reply|you must be (logged|signed) in to post a comment|notify me of (follow-up comments|new posts)|save my name,? email|join the (conversation|discussion)(\.\.\.|…)?$|be the first to comment|(no|view|show|load) comments?$|load (earlier|more|previous|older) comments(\.\.\.|…)?$|\d+ characters? (left|remaining)$|(include|enter) your e-?mail( address)? to (get|receive) (a message|an e-?mail|notified) when)/i.test(
        l,
      ) || /^save my name\b.*\bnext time i comment\b/i.test(l),
  },
  // "Email *", "Name *": the labels of a form's required fields.
  { name: 'form-label', test: (l, w) => w <= 3 && /^[\p{L}][\p{L} ()'’-]*\s*\*$/u.test(l) },
  {
    name: 'cookie-banner',
    test: (l, w) =>
      w <= 80 &&
      /\bcookies?\b/i.test(l) &&
      /\b(we use|we and our (?:\d[\d,]* )?(?:partners|vendors)|store and\/or access information on a device|this (web)?site uses|uses cookies|by (continuing|clicking|using)|accept( all)?|consent|cookie (policy|settings|preferences|notice)|manage (preferences|cookies|settings)|(?:help us|to) (?:to )?improve (?:your|the|our) (?:experience|website|site|services?)|(?:some|these|other) (?:of )?(?:these |our )?cookies are (?:essential|necessary|optional))\b/i.test(l),
  },
  // A consent panel's labels: its title and its categories' names ("Cookie Control", "Necessary Cookies", "Analytical Cookies").
  {
    name: 'cookie-banner',
    test: (l, w) =>
      w <= 4 &&
      /^(?:(?:strictly\s+)?necessary|essential|functional(?:ity)?|analytic(?:al|s)?|performance|marketing|advertising|targeting|preferences?|statistics?|statistical|social media|third[- ]party|optional|required)\s+cookies$|^cookies?\s+(?:control|consent|preferences|settings|choices|notice|banner)$/i.test(l),
  },
  // The same notice in other languages: the word for cookies, with a verb of using or accepting ("Vi bruker
  // informasjonskapsler … du godtar", "Nous utilisons des cookies … vous acceptez", "Wir verwenden Cookies").
  { name: 'cookie-banner', test: (l, w) => w <= 80 && FOREIGN_COOKIE.test(l) && FOREIGN_CONSENT.test(l) },
  // A site's acknowledgement of the land it stands on (Australia, New Zealand, Canada): "The Wattle acknowledges the
  // traditional owners of the land on which we write … Sovereignty was never ceded."
  {
    name: 'land-acknowledgement',
    test: (l, w) => w <= 80 && /\backnowledg/i.test(l) && /\b(?:traditional (?:owners|custodians|keepers|territor(?:y|ies)|lands?)|unceded|ancestral (?:and|,)|first peoples|tangata whenua|elders past(?:,| and) present)\b/i.test(l),
  },
  // A consent box that names no cookie: "We value your privacy", "We and our 211 partners store and access personal data, like
  // browsing data or unique identifiers, on your device."
  {
    name: 'cookie-banner',
    test: (l, w) =>
      (w <= 5 && /^we (?:value|care about|respect) your privacy\.?$/i.test(l)) ||
      (w <= 80 && /^we and our (?:\d[\d,]* )?(?:partners|vendors) (?:store|process|use|access)\b/i.test(l) && /\b(?:personal data|device|identifiers|consent)\b/i.test(l)),
  },
  {
    name: 'newsletter',
    test: (l, w) =>
      w <= 30 &&
      (/^(sign up|subscribe|get|join)\b.*\b(newsletter|inbox|email updates|daily briefing|alerts)\b/i.test(l) ||
        // A newsletter's plug inside the story: "The Tech Ledger newsletter brings you … Sign up here."
        (/\bnewsletters?\b/i.test(l) && /(?:^|[.!?:]\s+)(sign up|subscribe|register)( here| now| today| for free| for it)?\s*[.!]?$/i.test(l)) ||
        /^(already (a subscriber|have an account)|subscribe (now|today|to (continue|read))|create (a free )?account|log ?in to (continue|read)|this (article|content) is (for|available to) (subscribers|members))\b/i.test(l) ||
        // "Join 48,000 investors who read us before the market opens.", "Subscribe: €1 for the first month, no commitment"
        /^join (over |more than |nearly )?\d[\d,.]*\s*[km]?\+? [\p{L}-]+ (who|that)\b/iu.test(l) ||
        /^subscribe\s*:.*\b(month|year|week|trial|free)\b/i.test(l)),
  },
  { name: 'app-promo', test: (l, w) => w <= 25 && (/\b(download|get) (the|our) (free )?app\b/i.test(l) || /\b(download|get) (the )?[\p{L}\d ]{0,30} apps? (for|on) (ios|android|iphone)\b/iu.test(l)) },
  {
    name: 'paywall',
    test: (l, w) =>
      w <= 40 &&
      (/\b(please subscribe|already a subscriber|to (view|read|continue reading) (the full|this|the rest of this) (story|article)|subscribe to (continue|keep) reading|this (story|article) is for subscribers)\b/i.test(l) ||
        // "Subscribers only", "You have 58.42% of this article left to read. The rest is for subscribers only."
        /^(for )?(subscribers|members|premium) only\.?$|\b(of this (article|story) left to read|the rest is for (subscribers|members))\b/i.test(l)),
  },
  // A footer starts with the notice; prose may well mention copyright.
  {
    name: 'copyright',
    test: (l, w) => (/^(copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\b|©\s*\d{4}/i.test(l) || /\bmay not be (published|reproduced|republished|copied),? (broadcast|distributed|rewritten|redistributed)\b/i.test(l)) && w <= 120,
  },
  // A document's distribution notice at its foot: "Not for redistribution outside client organisations.", "Internal use only."
  { name: 'copyright', test: (l, w) => w <= 25 && /(?:^|[.!]\s+)(?:not for (?:re)?distribution|for internal use only|internal use only|do not (?:re)?distribute|not to be (?:re)?distributed)\b/i.test(l) },
  { name: 'site-registration', test: (l) => /^(license for publishing|registration number|icp)\b/i.test(l) },
  // A government document's classification banner, over and under every page: "UNCLASSIFIED", "UNCLASSIFIED//TLP:CLEAR",
  // "CUI", "TLP:AMBER"; and a paragraph's portion mark left alone on its line, "(U)".
  { name: 'classification-banner', test: (l) => CLASSIFICATION_BANNER.test(l) || /^\((?:U|CUI)(?:\/\/[A-Z][A-Z/-]*)?\)$/.test(l) },
  // "By Jane Doe | Outlet", "By Jane Doe, Reuters"; not "By Monday, 700,000 users had joined."
  { name: 'byline', test: (l) => isBylineLine(l) },
  { name: 'date-line', test: (l) => dateLine(l) !== null },
  // "Jan 16", "Thu, 16 Jan", "Jan 24, 3:42 PM": a post's stamp without its year, alone on its line.
  { name: 'date-line', test: (l, w) => w <= 6 && YEARLESS_DATE.test(l) },
  { name: 'relative-time', test: (l) => isRelativeStamp(l) },
  // "5d", "3h", "1y": a post's age as a feed abbreviates it, alone on its line.
  { name: 'relative-time', test: (l, w) => w === 1 && /^\d{1,3}(?:s|m|h|d|w|mo|y)$/.test(l) },
  { name: 'reading-time', test: (l, w) => READING_TIME.test(l) || /^listen to (this|the) (article|story)\b/i.test(l) || /^[·•|]?\s*(?:\d{1,2} \p{L}+ \d{4}\s*)?listen to (this|the) (article|story)\b.{0,20}$/iu.test(l) || /^\d{1,2}\s*[–-]\s*\d{1,2} min(?:ute)?s?(?: read)?$/i.test(l) || /^(estimated )?(reading|read) time\s*:?\s*\d/i.test(l) || FOREIGN_READING_TIME.test(l) || FOREIGN_READING_TIME_AFTER.test(l) || (w <= 6 && localisedReadingTime(l)) || /^time to read\s*:?\s*\d+\s*min(ute)?s?\.?(\s+\S.*)?$/i.test(l) },
  { name: 'meta-line', test: (l) => isMetaLine(l) },
  // A blog post's categories and comment count: "in From the Gangway, Ship Visits — 3 Comments", "Posted in News | No Comments".
  { name: 'meta-line', test: (l, w) => w <= 16 && /^(?:posted\s+|filed\s+)?(?:in|under)\s+[^.!?]{2,80}?\s*[—–|·•-]\s*(?:\d+|no|one)\s+comments?$/i.test(l) },
  { name: 'weather-widget', test: (l, w) => /^-?\d{1,3}\s?°?\s?[CF](\s+\p{L}+){0,2}$/u.test(l) || (w <= 4 && /^-?\d{1,3}\s?°\s?[CF]?\b/u.test(l)) },
  // A header's strip of the day and the weather: "Mánadagur 20. januar 2025 | Tórshavn 4°C, vestan 14 m/s, regnskúrir",
  // "Windhoek 31°C": a town and its temperature, beside the date or alone.
  { name: 'weather-widget', test: (l, w) => w <= 14 && !SENTENCE_END.test(l) && WEATHER_PART.test(l) && (w <= 3 || l.split(/\s+[|·•]\s+/).length >= 2) },
  { name: 'categories', test: (l) => /^(categories|category|tags|tagged( with)?|filed under|topics|hidden categories|keywords|key words|labels|seo keywords)\s*:/i.test(l) },
  // "Posted in Social Media Center of Excellence", "Filed in Business": the section or the community a post sits in.
  { name: 'categories', test: (l, w) => w <= 8 && /^(?:[Pp]osted|[Pp]ublished|[Ff]iled|[Ss]hared) in \p{Lu}[^.!?,;:]*$/u.test(l) },
  // …in Chinese, Japanese and Korean: "全站分類：生活綜合" (the platform's category), "個人分類：小紅書筆記", "标签：小红书",
  // a Japanese blog's "テーマ：お店のこと" (the post's theme).
  { name: 'categories', test: (l, w) => w <= 12 && /^(?:全站|个人|個人|文章)?(?:分类|分類|标签|標籤|標簽|关键词|關鍵詞|关键字|關鍵字)\s*[:：]|^(?:カテゴリー?|タグ|テーマ|카테고리|태그|주제)\s*[:：]/u.test(l) },
  // A post's topics listed bare: "Biglaw, Law Schools, Social Media, Supreme Court, TikTok" (four names or more, each of
  // three words at most and capitalised, no verb's "and" before the last, nothing ending a sentence).
  { name: 'categories', test: (l, w) => w <= 15 && TOPIC_LIST.test(l) },
  // A Fandom wiki's categories over its title: "in: Memes, 2025 memes, RedNote, and 2 more".
  { name: 'categories', test: (l, w) => w <= 20 && /^in:\s+[^.!?]{2,120},\s*and \d+ more$/i.test(l) },
  { name: 'seo-spam', test: (l) => (l.match(/[|｜]/g) ?? []).length >= 5 },
  // A newsroom's story file or budget line: the copy written for other places ("SEO HED: …", "DEK: …", "SOCIAL (X/Bluesky):
  // …", "NEWSLETTER BLURB: …") and the desk's fields ("SLUG: …", "WORD COUNT: 1,012"). The story's own "HED:" names its headline.
  {
    name: 'story-file-field',
    test: (l) =>
      /^(?:seo|social|push|newsletter|homepage|home page|mobile|apple news|alt|meta|og|promo|print)\s+(?:hed|headline|title|dek|blurb|copy|text|description|alert|tease)\b[^:]{0,30}:\s*\S/i.test(l) ||
      /^(?:DEK|[Dd]ek|SUBHED|BLURB|TEASE|PROMO|SOCIAL|SLUG|DESK|ART|STATUS|WORD COUNT|RUN DATE|BUDGET LINE|KICKER|CUTLINE|[Cc]utline|PHOTO \d{1,2}|CAPTION)(?:\s*\([^()]{1,40}\))?\s*:\s*\S/.test(l),
  },
  {
    name: 'breadcrumb',
    test: (l, w) =>
      ((l.match(SEPARATOR) ?? []).length >= 2 && w <= 12 && !SENTENCE_END.test(l)) ||
      (/^home\s*[/>»›|]/i.test(l) && w <= 40) ||
      // "Tech > Social media": two sections joined by an arrow are a trail too.
      (w <= 6 && /^[\p{L}&'’ -]{2,30}\s[>»›]\s[\p{L}&'’ -]{2,30}$/u.test(l)) ||
      // "Insights / Marketing & Management /": a trail ending on its separator (the page's own part left off).
      (w <= 8 && /^[\p{L}&'’ -]{2,30}(?:\s[/>»›]\s[\p{L}&'’ -]{2,30})*\s[/>»›]$/u.test(l)) ||
      // A footer's row of links: "Terms of Service | Privacy Policy | Subscriber Agreement | Do Not Sell My Personal Information".
      (w <= 30 && !SENTENCE_END.test(l) && isLinkRow(l)),
  },
  { name: 'image-caption', test: (l) => /\[(photo|image|picture|video|file photo)\b[^\]]*\]\s*$/i.test(l) || /^may be an? (?:image|photo|picture|graphic|illustration|cartoon|meme) of\b/i.test(l) },
  // "[PHOTO] Lionel Guidry, 72, lifts a basket …": a newspaper database's caption, marked by what it stands under.
  { name: 'image-caption', test: (l, w) => w <= 60 && /^\[(?:photo|image|picture|graphic|illustration|chart|map)s?\]\s+\S/i.test(l) },
  {
    name: 'photo-credit',
    test: (l, w) =>
      /\b(photo(graph)?|image|picture|illustration|video|credit|source)s?\s*(credit)?\s*:\s*[^.!?]{2,80}$/i.test(l) && w <= 60 ||
      /^(photo|image|picture|illustration|credit|photograph)\s*(credit|by)?\s*[:/]/i.test(l) && w <= 20 ||
      // (An artist's credit: "Art: Sophie Tran", "Graphic by: Lee Park / The Wattle": a name after the label, nothing more.)
      /^(?:[Aa]rt|[Aa]rtwork|[Gg]raphics?)(?:\s+by)?\s*:\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*[/|]\s*[^.!?]*)?$/u.test(l) && w <= 10 ||
      // (The label in other languages: "Foto: Área de Comunicación / Brais Lema", "Bilde: Skjermbilde / Nordvik kommune", "Kuva: …".)
      /^(?:foto|fotos|fotografía|fotografia|fotografie|fotó|fotoğraf|bilde|bild|billede|kuva|valokuva|zdjęcie|imagen|immagine|imagem|afbeelding|kép|gambar|ảnh|grafik|ilustración|ilustração|illustrazione)\s*[:/]\s*\S/iu.test(l) && w <= 20 ||
      // (In Cyrillic: "Фото: Приватна архива".)
      /^фото\s*[:/]/iu.test(l) && w <= 20 ||
      /^\(?(photo(graph)?|image|picture|illustration|video)s? (by|courtesy( of)?)\b/i.test(l) && w <= 12 ||
      /\((?:AP|AFP|Reuters|EPA|Getty|Xinhua)[^)]{0,40}(?:photo|images?)[^)]{0,40}\)\.?$/i.test(l) ||
      // "(Xinhua/Zhang Wei)", "(AFP/Jane Doe)": an agency photographer's credit closing a caption.
      /\((?:Xinhua|AP|AFP|Reuters|EPA|CFP|IC|VCG|CNS|Yonhap|Kyodo|Bernama|ANI|PTI)\s*\/\s*[^)]{2,40}\)\.?$/.test(l) ||
      (/^(getty images|shutterstock|reuters|afp|ap photo|epa)\b/i.test(l) && w <= 8) ||
      // "… a chemistry problem. (Photo illustration by Lena Marsh / Chalkline)": a caption closed by its credit.
      (w <= 50 && /\((?:photo(?:graph)?|image|picture|illustration|photo illustration|video|graphic|credit)s?(?: (?:by|courtesy(?: of)?|credit))?\s*[:/]?\s+[^()]{2,80}\)\.?$/i.test(l)) ||
      // "… to the Chinese app RedNote. (Austral News: Callum Petrakis)": a caption closed by the outlet and photographer.
      (w <= 50 && /[.!?]["”’]?\s+\((?:\p{Lu}[\p{L}&.'’-]*\s?){1,4}:\s*\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3}\)\.?$/u.test(l)) ||
      // "JANE DOE / THE HERALD", "TRAVIS DUNLAP/The Carolina Ledger": a newspaper's photographer in capitals and the outlet under the picture.
      (w <= 10 && /^\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){1,3} ?\/ ?[\p{Lu}\d][\p{L}\d .&'’-]{1,40}$/u.test(l)) ||
      // "Maya Ochoa/Willamette Wire", "Jane Doe / Getty Images": the same in title case, a person's name and the outlet.
      (w <= 8 && PHOTOGRAPHER_AND_OUTLET.test(l) && isPersonName(PHOTOGRAPHER_AND_OUTLET.exec(l)?.[1] ?? '')),
  },
  {
    name: 'disclaimer',
    test: (l) =>
      /\bviews (don't|do not|don’t) necessarily reflect\b/i.test(l) ||
      // "The views expressed in The Quadrant are those of the authors and do not necessarily reflect …", "The views of the
      // author are his/her own and do not necessarily represent …", "This post represents the views of the author and not …".
      /^(?:the )?(?:views|opinions) (?:expressed\b[^.!?]{0,80}|of (?:the|its|our|this) (?:authors?|writers?|contributors?|columnists?|bloggers?)\b[^.!?]{0,60})\b(?:do not|don't|don’t|does not) necessarily (?:reflect|represent)\b/i.test(l) ||
      /^this (?:post|article|piece|column|blog) represents the (?:views|opinions) of (?:the|its) authors?\b/i.test(l) ||
      /\bfor (general )?informational purposes only\b|\bdoes not constitute (investment|financial|legal|tax) advice\b/i.test(l) ||
      /\b(the )?(views|opinions) expressed (here |herein |in this [\p{L}]+ )?are (those|solely those|the authors'?|the author['’]s) (of the authors?|own)?/iu.test(l) ||
      // A labelled notice ("Disclaimer: this article was auto-generated …"), and an aggregator's note that it copied the story.
      /^(disclaimer|legal disclaimer|disclosure)\s*:/i.test(l) ||
      // Chinese sites' own: "【免责声明】本文仅代表作者本人观点，与本站无关", "版权声明：…", "声明：本文仅代表作者个人观点".
      /^【(?:免责声明|免責聲明|声明|聲明|版权声明|版權聲明)】|^(?:免责声明|免責聲明|版权声明|版權聲明)\s*[:：]/u.test(l) ||
      /(?:本文|文章|以上内容|以上內容)(?:仅|僅)代表(?:作者)?(?:本人|个人|個人)?(?:的)?(?:观点|觀點)/u.test(l) ||
      // An aggregator's or a network's note on whose the story is: "This content is from a … partner. Opinions … are the partner's own."
      /^this (?:content|article|story|post) (?:is|was) (?:from|provided by|produced by|published by|syndicated from) (?:a|an|the|our) [^.]{2,80}\bpartner\b/i.test(l) ||
      // A contributor network's notice ("Opinions expressed by Apex Business Contributors are their own.") and a site's terms of use.
      /^opinions expressed by [^.]{1,60} are (their|his|her|its) own\.?$/i.test(l) ||
      /\bregistration on or use of this site constitutes (acceptance|agreement)\b/i.test(l) ||
      // A price page's caveat: "Odds and prices are accurate as of the time of publishing and are subject to change."
      /\b(?:accurate|correct) (?:as of|at) (?:the )?(?:time of )?(?:publishing|publication|writing|posting)\b.{0,40}\bsubject to change\b/i.test(l) ||
      // An offer's small print: "21+. New customers only. Bonus bets expire in 7 days. See full terms."
      OFFER_TERMS.filter((t) => t.test(l)).length >= 2 ||
      // A public body's nondiscrimination notice and where to take a complaint: "The … District does not discriminate in its
      // educational programs …", "Inquiries may be directed to the Title IX Coordinator, …".
      /^(?:The )?(?:\p{Lu}[\p{L}.&'’-]*\s+(?:(?:of|for|and)\s+)?){1,8}(?:does|do) not discriminate (?:in|on|against|based)\b/u.test(l) ||
      /^(?:inquiries|questions|complaints) (?:may|should|can) be directed to (?:the )?(?:title ix|section 504|civil rights|ada|equity|compliance) (?:coordinator|officer|office)\b/i.test(l) ||
      /^(this|the) (article|story|post|transcript|summary|text|page)\b.{0,40}\b(was|is|has been) ((auto(matically)?|machine|ai)[- ]generated|generated (automatically|by (a machine|ai|software)))\b/i.test(l) ||
      // A professional's caveat, its subject the page's own words: "This article is for general information only and is not
      // legal advice.", "This post is for general education and is not a substitute for care from your midwife …",
      // "Nothing in this episode is legal advice.", "this page is not affiliated with xiaohongshu". (What a
      // source says in a story, "a TikTok video is not legal advice, she said", has another subject.)
      (OWN_WORDS.test(l) && PROFESSIONAL_CAVEAT.test(l)) ||
      /(?:^[^\p{L}]*|[.!?]\s+)nothing (?:here|in (?:this|these|our) [\p{L} ]{1,30}|on this [\p{L}]{1,20}) is (?:[\p{L},]+ (?:or )?){0,3}advice\b/iu.test(l) ||
      // A franchise's, a public body's and a grant's standard lines: "Each Haul Heroes location is independently owned and
      // operated.", "USDA is an equal opportunity provider, employer, and lender.", "Funded in part by the Institute of …".
      /\bindependently owned and operated\b/i.test(l) ||
      /\bis an equal opportunity (?:provider|employer|institution|lender)\b/i.test(l) ||
      /(?:^|[.!]\s+)funded in part (?:by|through)\b/i.test(l),
  },
  // A print view's and a transcript's own notes: "A version of this article appeared in print on page A1 …",
  // "Reader comments are not shown in the print version", "THIS IS A RUSH TRANSCRIPT …", "To order a video of this transcript …".
  {
    name: 'print-note',
    test: (l, w) =>
      w <= 60 &&
      (/^(this|a version of this) (article|story|report|column|piece) (appeared|appears|was published|ran) in print\b/i.test(l) ||
        /\b(not (shown|displayed|included|available)|omitted) in (the|this) print(er)?[- ](version|friendly|edition)\b/i.test(l) ||
        /^printed (from|on)\b/i.test(l) ||
        // "Printed: 01/15/2025 16:12:07 PST by MOCAMPO on NEWSRM-WS14": a system's print stamp.
        (w <= 16 && /^printed\s*:\s*\d/i.test(l)) ||
        // "📣 Full story and photos in this week's print edition — pick one up at …": a post's plug for the paper.
        /^\P{L}{0,4}(full story|the full story|more|read more|the rest)\b.{0,30}\bin (this week's|today's|tomorrow's|the|our|sunday's) print (edition|paper|issue)\b/iu.test(l) ||
        /\b(rush|uncorrected|unedited|preliminary) transcript\b|\bmay not be in (its|their) final form\b|^this transcript (?:was|has been|is) (?:produced|generated|created|made|transcribed)\b.*\b(?:errors?|mistakes|inaccuracies)\b/i.test(l) ||
        /^to order (a|an) (video|copy|transcript|dvd|tape|recording)\b/i.test(l)),
  },
  // "Figure 1: Daily new accounts …", "Table 2. Survey results": a figure's or a table's caption in a report.
  { name: 'figure-caption', test: (l, w) => w <= 40 && /^(figure|fig\.|table|chart|graph|exhibit|map|box)\s*\d+(\.\d+)?\s*[.:–—-]\s*\S/i.test(l) },
  // A Chinese page's caption under its picture, marked with a triangle pointing up at it: "▲本社印製之司機英語口袋卡樣張",
  // "▲宽窄巷子店的公共厨房，住客在一起包饺子" (no full stop: a list item in a story ends its sentence, "▲…。").
  { name: 'picture-caption', test: (l, w) => w <= 40 && /^[▲△]\s*\p{Script=Han}/u.test(l) && !/[。！？!?]$/u.test(l) },
  // "[COMMERCIAL BREAK]", "(BEGIN VIDEO CLIP)", "[LAUGHTER]": a transcript's stage directions.
  // A script's cues in capitals, in brackets or braces: "[KEVIN ON CAM 2]", "{***TAKE PKG***}", "[:05 CG 2-LINE: JASMINE
  // WHITFIELD / SACRAMENTO CONTENT CREATOR]", "[PKG IN: NAT SOT "okay, hi China!" RUNS 1:52]" (its quoted sound aside).
  { name: 'stage-direction', test: (l, w) => w <= 14 && /^[[({][\p{Lu}\d ,.'’:/*#&+-]+[\])}]$/u.test(l.replace(/"[^"]*"|“[^”]*”/g, '')) && /\p{Lu}{3}/u.test(l) },
  // "Global Edition", "US Edition": a site's edition switch.
  // "US edition", and a link to the page in another language ("Lire en français", "Read in Spanish").
  {
    name: 'edition-switch',
    test: (l, w) =>
      w <= 4 &&
      !SENTENCE_END.test(l) &&
      (/^([\p{L}.]+ ){1,2}edition$/iu.test(l) || /^(read|lire|leer|lesen|ler|leggi)\b.{0,12}\b(english|anglais|français|francais|french|español|espanol|spanish|deutsch|german|português|portuguese|italiano|italian|chinese|中文)$/iu.test(l)),
  },
  // A campaign's legally required notices: "PAID FOR BY MAYA OKAFOR FOR CONGRESS", "Contributions … are not tax deductible."
  {
    name: 'political-disclaimer',
    test: (l, w) => w <= 40 && (/^paid for by\b/i.test(l) || /^not authori[sz]ed by any candidate\b/i.test(l) || /^(contributions|donations|gifts)\b.*\bnot (be )?(federal(ly)? )?tax[- ]deductible\b/i.test(l)),
  },
  // "This article is a translation of an original article in French", "Translated from the Chinese by …": a note on the text.
  // A translator's bar over a page or a message (a mail client's, a browser's): "Translated from: Spanish", "Show original",
  // "Always translate Spanish", "Translation settings".
  {
    name: 'translation-note',
    test: (l, w) =>
      w <= 30 &&
      // ("※This article is an English translation of the Japanese version.": a Japanese site's reference mark before it.)
      (/^※?\s*(this (article|story|piece|text|post|release|statement) (is an? (?:english |unofficial |machine )?translation|was translated|has been translated)|(translated|translation) (from|by)(\s|:))/iu.test(l) ||
        (w <= 4 && /^(show|see|view) (the )?original( (message|page|text))?$|^(always|never) translate \p{L}+$|^translation (settings|options|preferences)$/iu.test(l))),
  },
  // A journal page's tools: "Cite this article", "Download citation", "Altmetric score 312".
  { name: 'citation-tools', test: (l, w) => w <= 4 && /^(cite this (article|page|story|paper)|(download|export) citations?|altmetric(\s+(score|attention score))?\s*:?\s*\d*)$/i.test(l) },
  // A chat export's system notes: "pinned a message to this channel. See all pinned messages.", "joined the server. Welcome, marco_dlt!"
  // "[1/20/2025 10:05 PM] priya.raman": a chat export's message header, the time and who wrote.
  { name: 'chat-header', test: (l, w) => w <= 8 && /^\[[\d/.,: -]{6,22}(?:\s*[AP]M)?\]\s+@?[\p{L}\d_.-]+(?:\s+[\p{L}\d_.-]+)?$/iu.test(l) },
  // (And a chat's notices about its members and itself: "Jonah Kessler has joined the group.", "Sofia Marchetti changed the group's avatar.")
  { name: 'chat-system', test: (l, w) => w <= 15 && (/^(?:@?[\w.-]+\s+)?(pinned a message to this channel\b|joined the (server|channel|group|chat)\b|(has |have )?(left|joined) the (server|channel|group|chat)\.?$)/i.test(l) || (w <= 10 && /^(?:@?\p{Lu}[\p{L}\d_.'’-]*\s+){1,4}(?:(?:has )?(?:left|joined) the (?:server|channel|group|chat)|changed the (?:group|chat|channel)(?:'s|’s)? (?:avatar|name|photo|picture|icon|topic|description)(?: to \S.{0,40})?)\.?$/u.test(l))) },
  // "Head of Community at Brightline Media | Creator economy": a profile's job line beside the author's name.
  // "Senior Editor at The Coastal Ledger"; or a newsroom job alone under a byline ("Staff writer", "Technology Reporter").
  { name: 'job-title', test: (l, w) => w <= 20 && !SENTENCE_END.test(l) && (isJobLine(l) || (w <= 4 && JOB_ALONE.test(l)) || (w <= 12 && officeAlone(l))) },
  // "Dana Whitcombe -- Co-Founder and Chief Executive Officer", "Carla Whitfield, Deputy Spokesperson": a name and a job
  // alone on a line (a transcript's participants and speakers, an author box), never the story's text.
  { name: 'job-title', test: (l, w) => w <= 14 && !SENTENCE_END.test(l) && nameAndJob(l) !== null },
  // A press release's labels: "FOR IMMEDIATE RELEASE", "Media Contact: …", "###" (the end mark has no words and falls to no-words).
  { name: 'release-label', test: (l, w) => w <= 20 && /^((for )?immediate release|for release (on|at)\b|embargoed (until|till)\b|(media|press|news) (contacts?|inquiries|enquiries)\s*:?|contacts?\s*:|(news|press) release$|-?\s*ends\s*-?$)/i.test(l) },
  // A wire story's update note ("Adds analyst comment in paragraph 9", "(Updates with details throughout)"): an editor's note, not the story.
  {
    name: 'update-note',
    test: (l, w) =>
      w <= 16 &&
      (!/\.$/.test(l) || /^\(.*\)\.?$/.test(l)) &&
      /^\(?(adds|updates|corrects|recasts|rewrites|refiles|changes|fixes|removes|inserts|clarifies|restores|expands|tops|reworks)\b.{0,100}\b(paragraphs?|para|grafs?|headline|byline|dateline|throughout|details|comments?|quotes?|background|context|reaction|graphics?|photos?|links?|typo|spelling|figures?)\b/i.test(l),
  },
  // "Edited Jan 20, 2025 — corrected the length …", a post's edit stamp; "This article was first published in The
  // Conversation", "This story was originally published on Jan. 15 and has been updated": where the piece first ran.
  // (A correction, "Correction: An earlier version of this story misstated …", is the article's own record and states a
  // fact: it stays with the text.)
  {
    name: 'correction-note',
    test: (l, w) =>
      w <= 60 &&
      /^((edited|updated|corrected|amended)( on)? [^—–:]{4,30}\s*[—–:]\s*[a-z]|this (article|story|piece|report|interview) was (first |originally )?(published|written) in [A-Z][a-z]+\b|this (story|article|post|piece|explainer) was (originally |first )?published( on)? .{3,40}\b(and )?(has been|was) (updated|revised))/i.test(l),
  },
  // "[Updated January 24, 2025: Added information about …]", "This interview has been condensed and edited for clarity.":
  // an editor's note on the piece, in brackets or in the newsroom's fixed words.
  {
    name: 'editor-note',
    test: (l, w) =>
      w <= 40 &&
      (/^[[(](?:updated?|edited|corrected|correction|clarification|editor['’]?s note|transcriber['’]?s note|archivist['’]?s note)\b[^\])]*[\])]\.?$/i.test(l) ||
        /^(?:this|the following|our) (?:interview|conversation|transcript|q&a|exchange|discussion) (?:has been|was|is) (?:lightly )?(?:edited|condensed)(?: and (?:edited|condensed))? for (?:clarity|length|brevity)(?: and (?:clarity|length|brevity))?\.?$/i.test(l)),
  },
  // (A fediverse handle, "@marguerite@tenforward.social", is one on a line of its own or a few words: in a sentence it
  // names a person, and is no address to write to.)
  { name: 'contact-address', test: (l, w) => /(?<![@\w.+-])[\w.+-]+@[\w-]+\.[a-z]{2,}/i.test(l) || ((w <= MAX_HANDLE_LINE_WORDS || /^\W*(?:\[\d+\])?@[\w.+-]+@/.test(l)) && /@[\w.+-]+@[\w-]+\.[a-z]{2,}/i.test(l)) },
  // "[related_posts_inline ids="88102,88097"]", "[/caption]": a WordPress shortcode the page printed raw instead of running.
  { name: 'shortcode', test: (l, w) => w <= 12 && /^(?:\[\/?[a-z][a-z0-9_-]*(?:\s+[a-z_-]+=["“”″'‘’][^\]]*)*\]\s*)+$/.test(l) },
  // An MDX source's code (Astro, Next.js, Docusaurus): its imports and exports, a JSX comment, a component's tag alone on
  // its line ("import Figure from '../../components/Figure.astro';", "{/* TODO: … */}", "<PullQuote cite="Inês Barros">").
  {
    name: 'shortcode',
    test: (l) =>
      /^import\s+(?:[\w*{}\s,]+\s+from\s+)?['"][^'"]+['"];?$/.test(l) ||
      /^export\s+(?:const|let|default|function)\s+\w+.{0,100}$/.test(l) ||
      /^\{\/\*.*\*\/\}$/.test(l) ||
      /^<\/?\p{Lu}[\w.]*(?:\s[^<>]*)?\/?>$/u.test(l),
  },
  // A WeChat article's prompts: "点击上方蓝字「康泰药房」关注我们" (tap the blue name above to follow us), "长按识别二维码关注"
  // (press on the QR code to follow), and its reader's buttons "听全文" (listen to it all), "阅读原文" (read the original).
  {
    name: 'wechat-prompt',
    test: (l) => l.length <= 60 && (/^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:点击|點擊|长按|長按)(?:上方|下方|上面|下面|顶部|頂部|底部)?[^。！？]{0,30}?(?:关注|關注|订阅|訂閱|星标|星標)/u.test(l) || /^(?:听全文|聽全文|阅读原文|閱讀原文)$/u.test(l)),
  },
  // "【点击收听】02:47" (click to listen), "【视频】": a player's or a section's label in Chinese brackets. (Words in Latin
  // letters so bracketed are an English release's section heading, as Japanese press releases set them: "【Key Points】".)
  { name: 'bracket-label', test: (l, w) => w <= 8 && /^【(?![\p{Script=Latin}\s]+】)[^】]{1,12}】\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?$/u.test(l) },
  // "A publication of the North American Independent Hardware Dealers Association", "Member of the Nebraska Press
  // Association", "A unit of Prairie State University Extension": whose the site is, under its name or in its footer.
  {
    name: 'affiliation-line',
    test: (l, w) => w <= 16 && /^(?:an? |the )?(?:official )?(?:publication|service|project|program|programme|initiative|product|newsletter|publishing arm|affiliate|subsidiary|member|division|unit) of (?:the )?\p{Lu}/iu.test(l) && !/[.!?]["”’]?$/.test(l.replace(/\b(?:Inc|Ltd|Co|Corp|St)\.$/, '')),
  },
  // "Yes, with rules 22%", "Looking for a TikTok replacement 31%", "Python 21.6%": a poll's or a chart's option and its
  // share, alone on the line; a paragraph states a share in a sentence.
  // ("Yes, but I deleted it (11%)": or its share in brackets.)
  { name: 'poll-option', test: (l, w) => w <= 8 && /^[^.!?:;]{2,60}?\s(?:\d{1,3}(?:\.\d)?\s?%(?:\s*\(\d[\d,]*\s+votes?\))?|\(\d{1,3}(?:\.\d)?\s?%\))$/.test(l) },
  // "Got a tip about your school? Just hit reply.", "Thinking of buying? Find out how much you can borrow": a question put
  // to the reader, then what to do about it. (The question alone may head a section: "Need help?")
  { name: 'call-to-action', test: (l, w) => w <= 40 && CALL_TO_ACTION.test(l) },
  // "Call Us: (616) 555-0184", "Text us 0800 123 456", "Tel: +44 20 7946 0000": a phone number offered in a header bar.
  { name: 'contact-phone', test: (l, w) => w <= 8 && /^(?:call|text|phone|tel|telephone|ring|whatsapp)(?:\s+us)?(?:\s+(?:now|today|24\/7))?\s*[:.]?\s*\+?[\d(][\d\s().+-]{6,}\d$/i.test(l) },
  // …or alone on its line, under a business's name or beside a phone's icon: "(626) 555-0188", "📞 +852 2859 3380".
  { name: 'contact-phone', test: (l, w) => w <= 5 && /^(?:[☎📞📱☏]\uFE0F?\s*)?(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]\d{4}$/u.test(l) },
  // "Text BLUESTEM to 41411 to get detour and delay alerts": a text-message keyword and the short code to send it to.
  { name: 'call-to-action', test: (l, w) => w <= 25 && /^(?:[Tt]ext|TEXT|[Tt]xt|SMS)\s+["“']?\p{Lu}[\p{Lu}\d]{2,}["”']?\s+to\s+\d{4,6}\b/u.test(l) },
  // A street address alone on its line (a letterhead's, a contact block's): "400 E. Main St., Suite 200".
  { name: 'street-address', test: (l, w) => w <= 12 && STREET_ADDRESS.test(l) },
  // …or a letterhead's contact strip with it: "400 E. Main St., Suite 200 • Linden Falls, OH 45899 • (740) 555-0120 • site.org".
  { name: 'street-address', test: (l, w) => w <= 30 && contactStrip(l) },
  // A print ad's signature: the business and its number, "Cedar Falls Shoe Co. · 319-555-0148".
  { name: 'contact-phone', test: (l, w) => w <= 8 && /^\p{Lu}[^.!?·|•]{1,48}\.?\s*[·|•]\s*\+?\(?\d{2,4}\)?[-. ]\d{3}[-. ]\d{3,4}$/u.test(l) },
  // An embedded post's credit as it copies as text: "— lauren v (@laurenvsworld) January 16, 2025".
  { name: 'embed-credit', test: (l, w) => w <= 14 && /^[—–-]\s*[^()]{1,40}\(@[\w.]{1,30}\)\s*(?:\w+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\w+\s+\d{4})?$/u.test(l) },
  // A message's or a board portal's files: "Attachments (2)", "Filter_Category_Summary_Q3.xlsx (62 KB)", a forum's
  // "moriah_chinese_section_jan25.jpg (412.7 KiB) Viewed 1318 times" (phpBB's); a download link
  // with its file's kind and size: "Download: RedNote starter vocabulary (PDF, 240 KB)".
  { name: 'attachment', test: (l, w) => w <= 8 && (/^attachments?\s*(?:\(\d+\)|:)?$/i.test(l) || /^\S[^()]{0,80}\.(?:pdf|docx?|xlsx?|pptx?|csv|txt|zip|jpe?g|png|gif|mp[34]|mov)\s*\(\d[\d.,]*\s*(?:bytes|[KMG]i?B)\)(?:\s+(?:viewed|downloaded)\s+\d[\d,]*\s+times?)?$/i.test(l)) },
  { name: 'attachment', test: (l, w) => w <= 16 && /\((?:pdf|docx?|xlsx?|pptx?|csv|zip|epub|mp3|mp4)[,;]?\s+\d[\d.,]*\s*(?:bytes|[KMG]i?B)\)$/i.test(l) && !SENTENCE_END.test(l.replace(/\([^()]*\)$/, '').trim()) },
  // A text browser's stand-in for an image: "[translate-accuracy-by-type.png]", "[IMG]", "[image]".
  // (An image's label in Japanese, Chinese or Korean, alone on its line: "見出し画像", "图片", "대표 이미지".)
  { name: 'image-placeholder', test: (l, w) => w <= 4 && (/^\[(?:[^\]\s]{1,80}\.(?:jpe?g|png|gif|webp|svg|avif)|img|image|photo|picture|figure)\]$/i.test(l) || /^(?:(?:見出し|トップ|メイン|カバー|ヘッダー)?画像|(?:配|题|題|封面)?(?:图|圖)片?|(?:대표\s?)?(?:이미지|사진))$/u.test(l)) },
  // WordPress's feed footer: "The post <headline> appeared first on <site>."
  { name: 'feed-footer', test: (l, w) => w <= 60 && /^the post .{3,300} appeared first on .{2,80}$/i.test(l) },
  { name: 'republication-credit', test: (l) => /\brepublished from\b|\bcreative commons licen[cs]e\b|\btext is available under the creative commons\b/i.test(l) },
  // Where a republished piece first ran: "This post originally appeared on Long Table Magazine …", "This article first
  // appeared in Chalkline and is reproduced on this portfolio with permission."
  // A labelled note on who wrote it or who publishes it: "About the author: Rosa Delgado, CPA, is a founding partner of …",
  // "About the bureau: Visit Tamarack County is the county's official destination marketing organization …".
  { name: 'author-bio', test: (l, w) => w <= 100 && /^about the (?:authors?|writers?|contributors?|reporters?|columnists?|bureau|organi[sz]ation|publisher)\s*[:：—–]\s*\S/i.test(l) },
  // (One that prints the address is the url-label rule's: the page's own address, read as its URL.)
  { name: 'republication-credit', test: (l, w) => w <= 40 && /^this (?:post|article|story|piece|essay|column|report|interview|op-ed) (?:originally|first) (?:appeared|ran)\b/i.test(l) && !/https?:\/\//.test(l) },
  { name: 'page-footer', test: (l) => /^this page was last (edited|modified|updated)\b/i.test(l) || /^retrieved from\s+["“]?https?:/i.test(l) },
  {
    name: 'citation-entry',
    test: (l) => /^\^/.test(l) || /^(suggested citation|how to cite( this (report|article|paper|page))?|cite (this|as)|recommended citation)\s*:/i.test(l) || /\b(retrieved|accessed)( on)? (\d{1,2} \p{L}+ \d{4}|\p{L}+ \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})\b/iu.test(l) || /\barchived from the original\b/i.test(l),
  },
  // ("Column 1214": a parliamentary record's column of the printed volume.)
  // A thread's or a story's page links: "Pages: 1 2 3 Next", "« Prev 1 2 3 … 9 Next »".
  // (Each link ends at a space or the line's end: a long number is never split into page numbers.)
  { name: 'pagination', test: (l, w) => w <= 16 && /\d/.test(l) && /^(?:pages?\s*:?\s*)?(?:(?:\d{1,3}|…|\.\.\.|«|»|‹|›|<|>|prev(?:ious)?|next|first|last)(?:\s+|$)){3,}$/i.test(l) },
  { name: 'pagination', test: (l) => /^((page|image|photo|slide|document|result|record|item|part) \d+ of \d+|part \d{1,2}\s*\/\s*\d{1,2}|(?:column|col\.) ?\d{1,5}|\d+ of \d+|\d+\s*\/\s*\d+|load more( stories| articles)?|show more|see more|view all|more stories|older entries|newer entries)$/i.test(l) },
  { name: 'link-list', test: (l, w) => (l.match(/https?:\/\/\S+|www\.\S+/g) ?? []).length >= Math.max(2, Math.ceil(w / 4)) },
  // (Emphasis marks around the label, as a browser's "Save as text" prints bold: "*Related:* …".)
  // ("Also on Dramaleaf: …", "More from The Ledger: …": the site's own other story, under its name.)
  { name: 'promo-link', test: (l, w) => w <= 25 && !SCHEDULED_NEXT.test(l) && (/^[*_]{0,2}(related(?: (?:news|stories|articles?|posts?|coverage|reading|links?))?|read|read (also|more|next)|also read|see also|more|watch|listen|recommended|must read|don'?t miss|explore more|up next|next up|coming up|trending( now)?|hot topics|in the news|top stories|popular)\s*:\s*[*_]{0,2}\s*\S/i.test(l) || READ_ALSO_LINK.test(l) || /^[*_]{0,2}(?:[Aa]lso|[Mm]ore) (?:on|from|at) (?:[Tt]he )?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,3}\s*:\s*[*_]{0,2}\s*\S/u.test(l)) },
  // "Original URL: https://…", "Source: https://…": the page's own address, which metadata reads; never article text.
  { name: 'url-label', test: (l, w) => (w <= 40 && SELF_ADDRESS.test(l)) || (w <= 8 && /^(?:(?:(?:original|source|canonical|page|article|story|post|short) )?(?:url|link|address|permalink|source)|read (?:it |this |the full (?:article|story|post) )?online|view (?:it |this (?:article|story|post) )?online|web version)\s*:\s*<?https?:\/\/\S+>?$/i.test(l)) },
  // An address alone on its line: a link the page printed, never a sentence of the story (metadata reads the page's own).
  { name: 'url-label', test: (l, w) => w === 1 && /^<?https?:\/\/\S+?>?$/.test(l) },
  // A forum post's header: "Post by whiskerwatcher » Sat Jan 18, 2025 10:14 pm", "whiskerwatcher wrote: ↑Sat Jan 18, 2025 10:14 pm".
  { name: 'byline', test: (l, w) => w <= 14 && /^(?:post by \S+ »|\S+ wrote: ↑)\s*\S/i.test(l) },
  // An update's time alone: "Updated 8:02 a.m. ET".
  { name: 'time-stamp', test: (l, w) => w <= 5 && /^(?:updated|posted|published)\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?$/i.test(l) },
  // An e-mail's header lines, as a mail saved as text prints them (its subject, the headline, is read by findMetadata).
  // (And as mail in other languages heads them, French typography's space before the colon too: "De : M. Lefort A.",
  // "Destinataires : Parents", "Para:", "Von:", "Enviado:", "Gesendet:".)
  { name: 'email-header', test: (l, w) => w <= 30 && /^(from|to|cc|bcc|sent|reply-to|date|de|à|para|von|destinataires?|envoyé|enviado|gesendet)\s?:\s+\S/i.test(l) && !SENTENCE_END.test(l) },
  // A saved message's transport headers, which a mail client hides: "Received: from SN7PR11MB6993.namprd11.prod.outlook.com …",
  // "Return-Path: <bounce+…>", "X-Mailer: …", "Content-Type: text/plain; charset=utf-8".
  { name: 'email-header', test: (l) => TRANSPORT_HEADER.test(l) },
  // A web mail app's own lines around the message: its privacy notices ("1 email tracker blocked", "Remote content has
  // been blocked to protect your privacy.", "Images are not displayed.") and the message's menu ("Mark as unread",
  // "Move to trash", "Label as", "Forward"); Outlook's "Some content in this message has been blocked because the sender
  // isn't in your Safe senders list.", "I trust content from …", "Show blocked content".
  {
    name: 'mail-client',
    test: (l, w) =>
      w <= 24 &&
      (/^\d+ (?:e-?mail )?trackers? (?:blocked|removed|detected)$/i.test(l) ||
        /^(?:(?:some )?content|remote content|remote images|external (?:content|images)|images|pictures)(?: in this (?:message|e-?mail))? (?:has|have) been blocked\b/i.test(l) ||
        /^(?:images are not displayed|display images below|images are hidden|show blocked content|(?:show|download) (?:images|pictures))\.?$/i.test(l) ||
        /^i trust content from .{1,60}$/i.test(l) ||
        /^(?:mark (?:all )?(?:as )?(?:unread|read|spam|not spam|important|not important)|move to(?: (?:trash|bin|archive|spam|junk|inbox|folder))?|label as|forward|reply to all|report (?:spam|phishing))$/i.test(l)),
  },
  {
    // A newsletter e-mail's frame (Mailchimp's and every mailer's): "View this email in your browser", why you got it, how to leave.
    name: 'email-frame',
    test: (l, w) =>
      w <= 40 &&
      (VIEW_IN_BROWSER.test(l) ||
        // A mail system's banner and a no-reply sender's notice: "CAUTION: This email originated from outside of the
        // organization.", "This message is from an external sender.", "Please do not reply to this email."
        /^(?:caution|warning|external(?: email| sender)?)\s*[:：!-]\s*this (?:email|e-mail|message) (?:originated|came|comes|is|was sent) from (?:outside|an external)\b/i.test(l) ||
        /^this (?:email|e-mail|message) (?:originated|came|comes|is) from (?:outside (?:of )?(?:the|your|our)\b|an external sender\b)/i.test(l) ||
        /^please do not reply(?: directly)? to this (?:email|e-mail|message)\b/i.test(l) ||
        // ("If there are problems with how this message is displayed, click here to view it in a web browser.")
        /^if (?:there are problems|you (?:are )?hav(?:e|ing) (?:trouble|problems?)|you can(?:no|['’])t (?:see|read|view))\b.*\b(?:this|the) (?:email|e-mail|message|newsletter)\b.*\bbrowser\b/i.test(l) ||
        // ("You’re receiving this email …", "You are receiving this because you signed up at …".)
        /\byou(['’]re| are)? (received|receiving|getting|got|get) this (?:(email|e-mail|newsletter|message|digest)\b|because you\b)/i.test(l) ||
        /^our mailing address is\b/i.test(l) ||
        /^(want to change how you receive these emails|why (did|am) i (get|getting) this)\b/i.test(l) ||
        /\bforward (this|it)( email| e-mail| newsletter| issue| letter)? to a friend\b|^(was this|were you) forwarded (this|to you)\b/i.test(l) ||
        (w <= 16 && /\bunsubscribe\b|\b(update|manage) (your )?(subscription|email) (preferences|settings)\b/i.test(l))),
  },
  {
    name: 'subscription-prompt',
    test: (l, w) =>
      w <= 30 &&
      (/\b(reader-supported publication|to your inbox|in your inbox|subscribe for free|support my work|become a (paid )?(subscriber|member)|free trial)\b/i.test(l) ||
        // "Support Signal Boost: become a Fernway member for ad-free listening."
        /\bbecome an? (\p{L}+ )?(paid )?(subscriber|member|supporter|patron)\b.{0,40}\b(ad-free|listening|access|support)\b/iu.test(l) ||
        // A public broadcaster's pledge line: "Become a sustaining member today for as little as $5 a month."
        // (in any currency: "Become a supporter from 2,000 forints a month.")
        /\bbecome an? (\p{L}+ )?(subscriber|member|supporter|patron|donor)\b.{0,40}(?:\$\d|\d[\d,.]*\s*\p{L}+ (?:a|per) (?:month|week|year)\b)/iu.test(l) ||
        // "Pesti Hírlap is funded by its readers.": the appeal's opening.
        /\b(?:is|are) (?:funded|supported|paid for|made possible) (?:entirely |mostly |only )?by (?:its|our) (?:readers|listeners|viewers|members|subscribers|supporters)\b/i.test(l) ||
        /\bmade possible by (listeners|readers|viewers|members|supporters|donors|people) like you\b/i.test(l) ||
        // A vendor's gated download: "🔒 Want the full … Checklist?", "Get our 14-point checklist, a reply template and …".
        /^🔒|^(want|download|get|grab|unlock) (the|our) (full|free|complete)\b[^.!?]*\?$/iu.test(l) ||
        (w <= 8 && /^(download|get|grab|unlock) (the|our) (full|free|complete)\b[^.!?]*$/i.test(l)) ||
        /^get our\b.{0,60}\b(checklist|template|worksheet|e-?book|white ?paper|toolkit|playbook|guide)\b/i.test(l) ||
        /^(thanks for reading|sign up to|sign up for|join (?:now )?for free\b|subscribe to|type your email|enter your email|your email address$|try for \$|subscribe for \$)/i.test(l) ||
        /^by (signing up|subscribing|registering|creating an account|clicking|continuing|submitting)\b.*\bagree\b/i.test(l) ||
        (w <= 8 && /\$\d+(\.\d\d)?\s*(\/|a|per)\s*(month|week|year|mo)\b/i.test(l)) ||
        // A newsletter app's button: "Upgrade to paid", "Go premium".
        (w <= 4 && /^(?:upgrade to (?:paid|premium|pro)|go premium|upgrade now|become a paid subscriber)$/i.test(l))),
  },
  { name: 'comment-prompt', test: (l, w) => (w <= 20 && /\bcreate a (free )?account to (share your thoughts|comment|join the (conversation|discussion))\b/i.test(l)) ||
    // …in other languages: "Vous devez être connecté pour commenter.", "Debes iniciar sesión para comentar."
    (w <= 12 && /^(?:vous devez être connecté|debes iniciar sesión|tienes que iniciar sesión|você precisa estar logado|du musst (?:dich )?angemeldet sein|sie müssen angemeldet sein|devi effettuare il login)\s.{0,20}(?:commenter|comentar|kommentieren|commentare)\b/iu.test(l)) ||
    // A forum's "You must log in or register to reply here.", "Sign in to comment".
    (w <= 14 && /^(?:you must |please )?(?:log ?in|sign ?in|register)(?: or (?:register|sign ?up|log ?in|sign ?in))? to (?:reply|post|comment|join the (?:conversation|discussion))(?: here)?\.?$/i.test(l)) || (w <= 20 && /\b(in the comments( below| section)?|comment below|drop (a|your) comment)\s*[.!?]*$/i.test(l) && /^(tell|let|share|drop|leave|what|which|have|did|do|comment)\b/i.test(l)) || w <= 8 && /^(what['’]s your reaction\??|what are your thoughts\??|write a comment(\.\.\.|…)?|discussion about this (post|article|story)|share your thoughts|\d+ (thoughts|comments|responses|replies) on\b.*|responses \(\d+\)|comments \(\d+\))$/i.test(l) || /^\d+ (thoughts|comments|responses|replies) on\b/i.test(l) ||
    COMMENTS_ON_POST.test(l) },
  { name: 'share-link', test: (l, w) => w <= 12 && (/^click to (share|print|email)\b/i.test(l) || /^(link copied|copied to clipboard|copy link|pin (it|this)( for later)?)!?$/i.test(l)) },
  // "Use code WANDERDUMPLING for 10% off your first eSIM": an affiliate's or a sponsor's discount code.
  { name: 'promo-code', test: (l, w) => w <= 40 && /\b(?:[Uu]se|[Ww]ith|[Ee]nter|[Aa]pply|[Mm]ention|[Qq]uote) (?:the |my |our )?(?:[Pp]romo |[Dd]iscount |[Cc]oupon )?[Cc]ode\s+["“]?[A-Z][A-Z0-9]{3,}\b/.test(l) },
  // "Jane Doe contributed reporting.", "Reporting by …; Editing by …": the newsroom's credits, not the story.
  {
    name: 'credit-line',
    test: (l, w) =>
      w <= 30 &&
      (/\bcontributed (additional )?(reporting|to this (report|story|article))\b/i.test(l) ||
        // "Courtesy Crescent Features Syndicate": whose the column or the picture is, alone on its line.
        (w <= 8 && /^[Cc]ourtesy( of)? (the )?\p{Lu}[\p{L}&'’.-]*(\s+\p{Lu}[\p{L}&'’.-]*){0,5}\.?$/u.test(l)) ||
        /^(additional )?(reporting|writing|editing) by\b/i.test(l) ||
        // "Transcribed By", "Written By": a credits box's label, its names on the lines below.
        (w <= 2 && /^(?:written|transcribed|produced|edited|compiled|translated|reported|narrated|photographed|illustrated|designed) by:?$/i.test(l)) ||
        // "Reviewed by Dr. Keisha Brandon", "Fact-checked by …", "Illustrations by …": who checked or illustrated it, not who wrote it.
        /^(medically |clinically )?(reviewed|fact[- ]checked|copy[- ]?edited|edited|illustrat(ed|ions?)|photograph(ed|s)|photos|graphics|design(ed)?) by\s+\p{Lu}/iu.test(l) ||
        // A show's credits: "X is produced by A and edited by B", "Our theme music is by C".
        /\b(is|are|was) (produced|edited|mixed|engineered|hosted) by\b.*\b(produced|edited|mixed|engineered|fact-checked|music)\b/i.test(l) ||
        /^(our )?theme music (is )?(by|from)\b/i.test(l) ||
        // "Guests: Jasmine Liu (UQ commerce student)": a programme's credits.
        /^(guests?|panelists?|featuring|with guests?)\s*:\s*\p{Lu}/iu.test(l) ||
        /^acknowledg(e)?ments?\s*:/i.test(l) ||
        // "Editor: Chen Jie", "[Web editor: Li Na]", "Source: Xinhua": the desk's credits under a story.
        /^\[?((web |responsible |chief |executive )?editors?|edited by|translat(ed by|or)|proofread by|source)\s*[:：]\s*[^.!?]{1,60}\.?\]?$/i.test(l)),
  },
  // "Listen on Apple Podcasts | Spotify", "Subscribe wherever you get your podcasts", "Rate and review the show".
  {
    name: 'podcast-promo',
    test: (l, w) =>
      w <= 30 &&
      ((/\b(listen|subscribe|follow|available|find (us|it|the show)|stream)\b/i.test(l) && /\b(apple podcasts|spotify|google podcasts|pocket casts|overcast|stitcher|castbox|youtube music|amazon music|iheart(radio)?|tunein|podcast app)\b/i.test(l)) ||
        /\bwherever you (get|listen to|find) (your )?podcasts\b/i.test(l) ||
        /^(please )?(rate|review|rate,? (and|&) review|leave (us )?a (rating|review))\b.{0,40}\b(show|podcast|episode)\b/i.test(l)),
  },
  // A sponsor's read inside an episode or a newsletter: "This episode is brought to you by …".
  { name: 'sponsor-note', test: (l, w) => w <= 40 && /^(this (episode|show|podcast|newsletter|post|video|series) is (brought to you|sponsored|supported|presented) by|sponsored by|today'?s sponsor|thanks to (our|today'?s) sponsors?|support for (this|the) (show|podcast|episode|program) (comes from|is provided by))\b/i.test(l) },
  // A live blog's controls: "Pinned post", "Key events", "3 new updates", "Show more updates", "LIVE".
  {
    name: 'live-controls',
    test: (l, w) =>
      w <= 8 &&
      /^(pinned( post)?|key events|show key events only|\d+ new (updates?|posts?|entries)|show (\d+ )?(more|new|older|newer|all) (updates|posts|entries)|load (more|older|newer) (updates|posts|entries)|refresh|live|live updates?|live coverage|latest updates|updates? below)$/i.test(l),
  },
  // "Please enable JavaScript to view …", "Text size A A A", "Sign in to view more content": what a saved page shows in place of its widgets.
  {
    name: 'widget-notice',
    test: (l, w) =>
      w <= 30 &&
      (/\b(enable|turn on|activate|requires?) javascript\b|\bjavascript (is )?(disabled|required)\b/i.test(l) ||
        /^(text|font) size\b|^a\s?a\s?a?[+-]?$/i.test(l) ||
        // "This content is not available in your region", "This article is more than 1 year old": the page's notices about itself.
        /^this (content|video|page|article|story|feature) is (?:not |no longer |currently not |un)available\b|^this (article|story|piece|content) is more than (\d+|a|an|one|two|three) (years?|months?|days?) old\.?$/i.test(l) ||
        /^(to (view|add|read|see|join|continue)\b.{0,40}\bsign in|sign in to (view|see|continue|comment|read|join)\b|agree (&|and) join\b|new to [\p{L}]+\? join now|member-only story|top highlight)/iu.test(l)),
  },
  // The banner every U.S. government site carries: "An official website of the United States government", "Here's how you know", "Secure .gov websites use HTTPS".
  {
    name: 'site-banner',
    test: (l, w) =>
      w <= 40 &&
      (/\bofficial website of the (united states|u\.s\.) government\b|^here['’]s how you know$|^official websites use \.gov\b|\.gov website belongs to an official government organization\b|^secure \.gov websites use https\b|\bshare sensitive information only on official, secure websites\b/i.test(l) ||
        /^you have \d+ (unread|new|saved|unseen) (articles?|items?|messages?|notifications?|stories)\b/i.test(l)),
  },
  // "Was this answer helpful?", "Thanks for your feedback!": an FAQ's rating widget.
  { name: 'feedback-prompt', test: (l, w) => w <= 12 && /^(was this (answer|article|page|information|post|guide) (helpful|useful)\??|was this helpful\??|\d[\d,.]*[KkMm]? (?:people|users|readers|students|members|customers) found (?:it|this)(?: answer| review| article)? (?:helpful|useful)\.?|did (this|we) (answer|help|solve)\b.*\?|thanks for (your )?feedback!?|rate this (article|page|answer)|still have questions\??|helpful\?\s*(yes|no).*|we('d| would)? (want|love|like) to hear from you[.!]?)$/i.test(l) },
  // A site's nag over what a guest clicked: "You need to login to do this.", "Please sign in to comment".
  { name: 'login-prompt', test: (l, w) => w <= 16 && /^(?:you (?:need|have|must) to|please) (?:log ?in|sign ?in|sign up|register|be logged in|be signed in)\b/i.test(l) },
  { name: 'powered-by', test: (l, w) => w <= 12 && /\b(proudly )?powered by\b/i.test(l) && !SENTENCE_END.test(l) },
  // "< Return to Transcripts main page", "← Back to all posts": a link back to the listing the page came from.
  { name: 'back-link', test: (l, w) => w <= 10 && !SENTENCE_END.test(l) && /^[<←«‹]?\s*(return|back|go back) to\b(?!( the)? top\b)/i.test(l) },
  { name: 'report-typo', test: (l) => /^(report a (typo|correction|problem|bug)|report an? (editorial )?(error|mistake)|submit a correction|suggest a correction)\.?$/i.test(l) },
  // "Login to LibApps", "Sign in to Medium": a site's or a platform's own sign-in link.
  { name: 'site-chrome', test: (l, w) => w <= 5 && /^(?:[Ll]og ?[Ii]n|[Ss]ign ?[Ii]n|LOG ?IN|SIGN ?IN) (?:to|with) (?:your )?\p{Lu}[\p{L}\d.]*(?: \p{Lu}[\p{L}\d.]*)?$/u.test(l) },
  // MediaWiki's page furniture: "From Wikipedia, the free encyclopedia", hatnotes ("X redirects here. For …, see …").
  { name: 'wiki-furniture', test: (l, w) => /^from [\p{L} ]{2,40}, the free encyclopedia$/iu.test(l) || (w <= 40 && /\bredirects here\b|^for (other uses|the [\p{L} ]{2,60}), see\b|^(main articles?|further information|see also):\s|^not to be confused with\b|^this article is about\b/iu.test(l)) },
  // A wiki's tabs and tool menus, copied with the page.
  {
    name: 'wiki-tools',
    test: (l) =>
      /^(article|talk|read|edit|edit source|view history|view source|tools|actions|general|appearance|hide|move to sidebar( hide)?|\(top\)|toggle (the )?table of contents|toggle .{1,40} subsection|what links here|related changes|upload file|special pages|permanent link|page information|cite this page|get shortened url|download qr code|print\/export|download as pdf|printable version|in other projects|wikimedia commons|wikidata item|main page|current events|random article|about wikipedia|contact us|donate|contribute|help|learn to edit|community portal|recent changes|create account|log in|personal tools|search wikipedia|add links|\d+ languages?|text|small|standard|large|width|color \(beta\)|automatic|light|dark)$/i.test(
        l,
      ),
  },
  {
    name: 'site-navigation',
    test: (l) =>
      /^(back to (the )?top|top|home|menu|search|main menu|navigation|most (viewed|read|popular|shared)\b.*|follow us( on)?|related (articles|posts|stories|content|coverage|topics)|latest (articles|news|posts|stories|headlines)|trending( now| news| stories)?|you (may|might) also like|recommended( for you| stories)?|english|editor'?s picks|top stories|popular (posts|stories)|recent posts|more (from|in) .{1,30}|sections|about us|contact us|privacy policy|terms (of (use|service)|and conditions))$/i.test(
        l,
      ),
  },
  // "Home About Recipes Travel Contact": a menu written as capitalised single words, one of them a menu's own.
  { name: 'site-navigation', test: (l, w) => w >= 3 && w <= 12 && isMenuRow(l) },
  // Last: the named rules above say more precisely what a line is.
  // "Select a School...", "Choose your language…": a drop-down's prompt ("select" says so; "choose" needs its ellipsis: "Choose your battles" is a heading).
  { name: 'site-chrome', test: (l, w) => w <= 5 && /^(?:select\s+(?:a|an|your)\s+[\p{L} ]{2,30}(?:\.\.\.|…|:)?|(?:choose|pick)\s+(?:a|an|your|the)\s+[\p{L} ]{2,30}(?:\.\.\.|…|:))$/iu.test(l) },
  { name: 'site-chrome', test: (l) => isChromeLine(l) },
  // "Privacy • Terms", "Privacy Policy · Terms of Service · Cookie Settings": a footer's legal links.
  { name: 'footer-links', test: (l, w) => w <= 14 && isLegalLinks(l) },
  // "Editor’s note: The writer is a lecturer in digital media …": who the columnist is, not the column.
  { name: 'author-note', test: (l, w) => w <= 60 && /^editor['’]?s note\s*:\s*(?:the|this) (?:writer|author|columnist|contributor)\b/i.test(l) },
  // "Title icon", "Arrow right icon": an icon's label, copied with the text around it.
  { name: 'site-chrome', test: (l, w) => w <= 3 && /^(?:[\p{L}-]+ ){0,2}icon$/iu.test(l) },
  // A store's or an app page's rating summary: "Very Positive (1,842)", "4.6 (2,310 ratings)", "★★★★☆ 4.1".
  {
    name: 'rating',
    test: (l, w) =>
      w <= 10 &&
      (/^(?:(?:overwhelmingly|very|mostly)\s+)?(?:positive|negative|mixed)\s*\(\d[\d,.]*\)$/i.test(l) ||
        // (and as a store's page spells it out: "Rated 4.9 out of 5 stars (1,087 total ratings)")
        /^(?:rated\s+)?\d(?:\.\d)?\s*(?:out of 5(?:\s+stars)?|\/\s*5|stars)?\s*\(\d[\d,.]*[KkMm]?(?:\s+(?:total\s+)?(?:ratings?|reviews?|votes?))?\)$/i.test(l) ||
        /^[★☆]{3,5}(?:\s*\d(?:\.\d)?)?(?:\s*\(\d[\d,.]*[KkMm]?\))?$/u.test(l)),
  },
  // A shop's buttons: "Add to Cart", "Add to Wishlist", "Buy now".
  { name: 'site-chrome', test: (l, w) => w <= 4 && /^(?:add to (?:cart|basket|bag|wishlist|wish list|library|collection)|buy now|shop now|pre-?order(?: now)?|checkout|view cart)$/i.test(l) },
  // A document editor's page buttons (Notion, Lark, Confluence): "Add cover", "Change cover", "Add description".
  { name: 'site-chrome', test: (l, w) => w <= 3 && /^(?:add|change|remove|reposition) (?:a )?(?:cover(?: image| photo)?|description|emoji)$/i.test(l) },
  // "Pioneer Valley Courier logo": a site's or a source's logo, by its image's description.
  { name: 'site-chrome', test: (l, w) => w <= 6 && /^(?:\p{Lu}[\p{L}\d&'’.-]*\s+){1,5}logo$/u.test(l) },
  // "Go to AppDemographics", "Go to r/AppDemographics": a link to a community or a page named by one word.
  // (A handle's shape: a prefix, a capital inside the word, digits or underscores; "Go to China" is a heading.)
  { name: 'site-chrome', test: (l, w) => w <= 3 && /^[Gg]o to (?:[ru]\/[\w-]+|@[\w.]+|\p{L}*\p{Ll}\p{Lu}[\p{L}\d_]*|\p{L}+[\d_]\w*)$/u.test(l) },
  // A letter's or a post's closing words before the name under them: "See you there,", "From our kitchen to yours,".
  // (An aside in brackets before the comma leaves a closing one: "See you in February (boiler edition, I promise),".)
  { name: 'valediction', test: (l, w) => valedictionCore(l, w) && /^(?:see you(?: [\p{L}'’]+){1,4}|happy [\p{L}]+|stay (?:warm|safe|cool|curious|well|tuned|dry)|till next time|until then|onward|from (?:our|my) [\p{L}]+ to yours|(?:warm(?:est)?|kind(?:est)?|best|all the best|with (?:love|thanks|gratitude)) ?(?:regards|wishes)?|cheers|thanks(?: again)?|thank you|sincerely|yours(?: truly| sincerely)?|talk soon|until next time|take care|warmly|hugs|love),$/iu.test(withoutAside(l)) },
  // A journal article's declarations: "No potential conflict of interest was reported by the author(s).", "The authors declare no competing interests."
  // "This summary was generated with AI and reviewed by a journalist.": a note on a box the site's software wrote.
  { name: 'disclosure', test: (l, w) => w <= 20 && /^this (?:summary|recap|overview|article summary) (?:was|is|has been) (?:generated|created|written|produced|drafted) (?:with|by|using) (?:the help of )?(?:an? )?(?:ai|artificial intelligence|generative ai)\b/i.test(l) },
  { name: 'disclosure', test: (l, w) => w <= 20 && /^(?:no (?:potential )?(?:conflicts? of interest|competing (?:financial )?interests?) (?:was|were|is|are|has been|have been) (?:reported|declared)|the authors? (?:declares?|reports?|has|have)(?: declared| reported)? no (?:conflicts? of interest|competing (?:financial )?interests?))\b/i.test(l) },
  // An investing site's: "The Stockwright has positions in and recommends Lingtastic.", "… has no position in any of the
  // stocks mentioned.", "… has a disclosure policy."; and its note on the transcript ("This article is a transcript of
  // this conference call produced for …").
  { name: 'disclosure', test: (l, w) => w <= 40 && (/\bha(?:s|ve) (?:no )?positions? in (?:and recommends?\b|any of the (?:stocks|companies)\b)|\bha(?:s|ve) a disclosure policy\b/i.test(l) || /^this (?:article|page|post) is a transcript of\b/i.test(l)) },
  // "18,406 have signed. Let's get to 25,000!", "2,140 signatures": a petition's counter and its goal.
  { name: 'signature-count', test: (l, w) => w <= 12 && /^\d[\d,.]*[KkMm]? (?:people )?(?:have signed|signed|signatures?|supporters?)\b[.!]?(?:\s+let['’]s get to \d[\d,.]*[KkMm]?!?)?$/i.test(l) },
  // A text browser's buttons: lynx prints each as "(BUTTON) Search", "(BUTTON) Thank 12 Reply 4 (BUTTON) Share".
  { name: 'site-chrome', test: (l, w) => w <= 14 && /^\(BUTTON\)/.test(l) },
  // A text browser's line for a page's feed link (lynx prints each <link rel="alternate"> as "#Title"): "#Corner Post Glen Ellyn RSS".
  { name: 'site-chrome', test: (l, w) => w <= 10 && /^#\S.*\b(?:rss|atom|feed|comments feed|json feed)$/i.test(l) },
  // A CMS's editing links as a logged-in editor saves the page: "Edit Article Add New Article", "Edit Post", "View Page".
  { name: 'site-chrome', test: (l, w) => w <= 8 && /^(?:(?:edit|add new|new|view|preview|delete|duplicate) (?:article|post|page|story)\s*)+$/i.test(l) },
  // A search box's label naming what it searches: "Search Facebook", "Search the Federal Register".
  { name: 'search-box', test: (l, w) => w <= 5 && /^[Ss]earch (?:the |our )?\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,2}(?:\.\.\.|…)?$/u.test(l) },
  // A subscriber-only label in the languages of Europe's dailies: "Article réservé aux abonnés", "Nur für Abonnenten".
  { name: 'paywall', test: (l, w) => w <= 6 && /^(?:article )?réservé aux abonnés|^nur für abonnenten$|^(?:solo|sólo|exclusivo) para suscriptores$|^riservato agli abbonati$/i.test(l) },
  // A metered paywall's count: "You’ve read 1 article in the last month", "You have 2 free articles left this month".
  // (Or "You are reading your free commentary for this month. Subscribe now…": the meter's last free piece.)
  { name: 'paywall', test: (l, w) => w <= 24 && /^you(?:['’]ve| have) (?:read \d+ (?:free )?articles?|\d+ free articles? left)\b|^you(?:['’]re| are) reading your (?:last |final |\d+(?:st|nd|rd|th) )?free (?:article|story|commentary|piece|column)\b/i.test(l) },
  // An ad's copy, closed by its button: "Uzcard. Pay abroad with one tap. Learn more", "… claims in one login. Book a free demo."
  // (A sponsor's blurb runs to a few sentences: "Arc'teryx Academy Squamish returns June 2025. Clinics, films and community. Learn more".)
  { name: 'advertisement', test: (l, w) => w <= 25 && COPY_THEN_BUTTON.test(l) && /[.!?]\s/.test(l) },
  // A shop's link beside a story about what it sells: "Shop the video", "→ Shop the board from the video: Bat City Deck 8.25"".
  { name: 'advertisement', test: (l, w) => w <= 14 && /^(?:[→›»]\s*)?shop (?:the|this) (?:look|video|post|story|board|outfit|gear|products?|items?|collection)(?:\s+(?:from|in|of) (?:the|this) (?:video|post|story|look|reel))?(?:\s*[:–—-]\s*(?:[^.!?]|\.(?=\d)){1,60})?$/i.test(l) },
  // A link set as a line of its own with an arrow after it, no sentence ended before: "RSVP in the Events tab →", "See all events ›".
  // (French quotation marks are no arrows: "Une « taxe sur les chats »".)
  { name: 'link-arrow', test: (l, w) => w <= 8 && /^[^.!?«‹]*\p{L}[^.!?«‹]*\s[→›»]$/u.test(l) },
  // A byline and the stamps run together on one line: "Rūta Žemaitytė, NRT.lt 2025.01.22 11:40 Updated 2025.01.22 13:05 4 min read".
  { name: 'byline', test: (l, w) => w <= 25 && nameThenStamps(l) },
  // A like box under a post: "Do you like this post?", "Be the first of your friends to like this."
  { name: 'like-box', test: (l, w) => w <= 10 && /^(?:do you like this (?:post|page|story|article)\??|be the first (?:of your friends )?to like this\.?)$/i.test(l) },
  // A social post's reply setting: "Everybody can reply", "People you follow can reply", "Replies off".
  { name: 'site-chrome', test: (l, w) => w <= 6 && /^(?:(?:everybody|everyone|people you follow|people you mention|only people mentioned|nobody|no one|followers) can reply|replies (?:off|limited|are limited))\.?$/i.test(l) },
  // A syndication page's expander and a portal's machine summary: "Story continues", "Brief Summary", "AI-generated content may be incomplete".
  { name: 'site-chrome', test: (l, w) => w <= 3 && /^(?:story continues(?: below)?|(?:brief|quick|ai) summary)$/i.test(l) },
  { name: 'disclaimer', test: (l, w) => w <= 20 && /^ai-generated (?:content|summary)\b|\bgenerated by ai\.?$/i.test(l) },
  // A comment section's notice: "Eagle News has not reviewed these comments. Please keep the conversation civil."
  { name: 'comment-prompt', test: (l, w) => w <= 30 && /\bha(?:s|ve) not (?:reviewed|moderated) (?:these|the) comments\b|\bkeep the conversation civil\b/i.test(l) },
  // Its rules: "Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive … language …".
  { name: 'comment-policy', test: (l, w) => w <= 80 && /^(?:all )?comments (?:will be|are|may be) (?:(?:pre-?)?moderated|subject to (?:approval|moderation|review))\b|^click here to (?:post|leave|add|write) a comment\b|^(?:please )?keep (?:your )?comments (?:relevant|civil|on[- ]topic|respectful)\b|^(?:comments|remarks|posts) containing (?:abusive|obscene|offensive|profane)\b/i.test(l) },
  // A shop box's buttons: "View Deal", "Shop now", "Check price".
  { name: 'site-chrome', test: (l, w) => w <= 3 && /^(?:view|see|get|grab|check|shop) (?:the )?(?:deal|deals|price|prices|offer|now)$|^buy now$/i.test(l) },
  { name: 'site-chrome', test: (l, w) => w <= 3 && OFFER_BUTTON.test(l) },
  // A line of a program's or a tool's, pasted with the article it fetched: an XML declaration or a doctype, a log line
  // ("2025-01-27 21:14:03 [scrapy.core] INFO: …"), an install command ("!pip -q install requests"), a statement ("art =
  // newspaper.Article(url)", "from bs4 import BeautifulSoup"), a mail system's forwarding rule ("----- Forwarded by
  // Valentina Rojas/COM/FrutAndes on … -----").
  { name: 'code-line', test: (l, w) => w <= 30 && CODE_LINE.some((r) => r.test(l)) },
  // A membership platform's label for who may read a post: "Public post", "Members only", "Öffentlicher Beitrag".
  { name: 'site-chrome', test: (l, w) => w <= 3 && /^(?:public post|free post|members[- ]only(?: post)?|paid subscribers only|patrons only|subscribers? only|öffentlicher beitrag|nur für mitglieder|publication publique|réservé aux membres)$/i.test(l) },
  // "Video above: Platte Bluff students translate …", "Photo below: …": the cue to a video or a picture beside the text.
  { name: 'media-cue', test: (l, w) => w <= 30 && /^(?:video|photo|image|watch|pictured|audio) (?:above|below|at top)\s*[:—–-]/i.test(l) },
  // A video player's label over the clip's title: "Click to play video: 'What is RedNote?'", "Tap to watch video".
  { name: 'media-cue', test: (l, w) => w <= 30 && /^(?:click|tap|press) (?:here )?to (?:play|watch|view) (?:the )?(?:video|clip)\b/i.test(l) },
  // "[ID: a tortoiseshell cat glaring at the camera … End ID]", "[Image description: …]": a picture described in words.
  { name: 'media-cue', test: (l, w) => w <= 60 && /^\[(?:image |photo |video )?(?:id|description|alt text|alt)\s*:.*\]$/i.test(l) },
  // An article's narrated version: "Produced by VoiceLoom using A.I. narration. Listen to more stories on the … app."
  { name: 'media-cue', test: (l, w) => w <= 30 && (/\b(?:a\.?i\.?|automated|computer-generated|synthetic) narration\b/i.test(l) || /^listen to (?:more|this|other) (?:stories|articles?|audio)\b/i.test(l)) },
  // "Shared with Public group", "Shared with Friends": a social post's audience, as its icon's label copies.
  { name: 'site-chrome', test: (l, w) => w <= 5 && /^shared with (?:public|friends|friends of friends|only me|custom|members|public group|private group|your group)$/i.test(l) },
  // "VISIT WEBSITE", "Visit site": a reader's or a card's button to the original.
  { name: 'site-chrome', test: (l, w) => w <= 3 && /^visit (?:the )?(?:website|site|store|page|publisher)$/i.test(l) },
  // "Get more stories from Valley Local Wire in your feed": an aggregator's prompt to follow the source.
  { name: 'follow-prompt', test: (l, w) => w <= 14 && /^get more (?:stories|news|posts|updates|articles) from .{2,60}$/i.test(l) && !SENTENCE_END.test(l) },
  // A search box's placeholder and empty state: "Search in r/AppDemographics", "No recent searches", "Search this site…".
  // (And a search field's placeholder, which ends in an ellipsis: "Search stories, bylines, newsrooms…", "Search for apps…".)
  { name: 'search-box', test: (l, w) => w <= 8 && (/^search\b[^.!?]{0,60}(?:\.\.\.|…)$/i.test(l) || /^search (?:[a-z]+, )+(?:and |or )?more$/i.test(l) || /^(?:(?:no )?recent searches|search (?:options|filters|history)|search (?:this|the|our) (?:site|blog|forum|page|community|server|archive|collection)(?:\.\.\.|…)?|only available when logged in\.?)$/i.test(l) || /^[Ss]earch (?:in|within|on) (?:[ru]\/|@|\p{Lu})\S{0,40}(?: \S+){0,4}$/u.test(l) || (/^search (?:all )?(?:conversations|posts|messages|topics|threads|discussions|articles|stories|groups|people|files|docs) (?:in|within|on|across) \S{1,40}(?: \S+){0,3}$/i.test(l) && !SENTENCE_END.test(l))) },
  // A form field's prompt in Chinese, Japanese or Korean: "请输入关键词" (enter keywords), "请输入您的手机号" (enter your mobile
  // number), "キーワードを入力", "검색어를 입력하세요".
  { name: 'form-prompt', test: (l) => l.length <= MAX_FORM_PROMPT_CHARACTERS && /^(?:请(?:输入|填写|选择)[^。！？!?]{1,24}|[^。！？!?\s]{1,20}を入力(?:してください)?|[^.!?]{1,20}(?:을|를) 입력(?:하세요|해 ?주세요))[：:]?$/u.test(l) },
  // A composer's placeholder: "Write a message...", "Write an update…", "Add a comment...", "Type a reply…", "Post something…".
  // ("Post something to this group...", Facebook's "What's on your mind?"; and who may write there: "Only staff can post
  // to this group. You can reply to posts.")
  {
    name: 'composer-placeholder',
    test: (l, w) =>
      (w <= 4 && /^(?:write|add|type|leave|post|share|start|say|compose|reply)(?: (?:a|an|your|some|something|here))?(?: [\p{L}'’-]+){0,2}(?:\.\.\.|…)$/iu.test(l)) ||
      (w <= 8 && /^(?:write|add|type|post|share|start|say|compose)(?: (?:a|an|your|some|something))?(?: [\p{L}'’-]+){0,2} (?:to|in|on|with) (?:this|the|your) (?:group|page|channel|feed|thread|forum|class|community|team)(?:\.\.\.|…)$/iu.test(l)) ||
      (w <= 6 && /^what['’]s on your mind(?:, [\p{L}'’-]+)?\??$/iu.test(l)) ||
      (w <= 16 && /^only (?:staff|admins?|administrators|moderators|members|teachers|owners|organi[sz]ers)(?: and [\p{L}-]+)? (?:can|may) (?:post|reply|comment|write)\b/iu.test(l)),
  },
  // A station's or a charity's banner: "Radiothon 2025: We're 68% of the way to our $40,000 goal — donate now and …".
  // ("Make a one-time donation today for as little as $1.", "Give a monthly gift of $5 to keep our reporting free.",
  // "Support our journalism with a donation.": the appeal as an imperative of its own.)
  {
    name: 'donation-appeal',
    test: (l, w) =>
      /\b(?:donate|give|chip in|pledge) (?:now|today)\b/i.test(l) ||
      // ("Donate to The Varsity Lamp": a button's label.)
      (w <= 8 && /^(?:[Pp]lease )?[Dd]onate to (?:the )?\p{Lu}[\p{L}\p{N}&'’ .-]{1,60}$/u.test(l) && !SENTENCE_END.test(l)) ||
      (w <= 25 &&
        !/\b(?:said|says|urged|urges|wrote|writes|told|asked|added)\b/i.test(l) &&
        ((/^(?:please )?(?:make|give|send) (?:a|your|an) (?:(?:one-time|monthly|recurring|tax-deductible|year-end|small|annual) )?(?:donation|gift|contribution)\b/i.test(l) &&
          /[$€£]\s?\d|\b(?:today|to (?:keep|support|help|sustain) (?:us|our|this))\b/i.test(l)) ||
          /^(?:please )?support (?:our|independent|local|nonprofit|community) (?:journalism|reporting|newsroom|news|work)\b.*\b(?:donation|donating|gift|membership|becoming a (?:member|supporter))\b/i.test(l))),
  },
  // (Last, after the rules that name such notes by what they say: "[Updated …]", "[related_posts …]".)
  // A note wholly in square brackets, in any case: a transcript's sound cue ("[Mateo Ruiz signing in ASL; no audio]"), an
  // editor's or a picture's placeholder ("[Photo/Screenshot]", "[hide]"). (Tune's keys hold 379 such lines, all junk.)
  { name: 'bracketed-note', test: (l, w) => w <= MAX_BRACKETED_NOTE_WORDS && BRACKETED_NOTE.test(l) },
];

/**
 * Longest line each rule can claim, and a cheap test a line must pass before
 * the rule's expressions run: a long paragraph skips most rules at once.
 */
const MAX_WORDS: Record<string, number> = {
  advertisement: 25, disclosure: 40, 'skip-link': 12, 'share-bar': 6, 'social-links': 40, 'read-more': 12, 'shop-offer': 12, 'click-here': 25, 'comment-form': 40,
  'form-label': 3, 'cookie-banner': 80, newsletter: 30, 'app-promo': 25, paywall: 40, copyright: 120, 'site-registration': 12, byline: 30,
  'date-line': 14, 'relative-time': 8, 'reading-time': 10, 'meta-line': 20, 'weather-widget': 14, breadcrumb: 40, 'photo-credit': 60,
  disclaimer: 60, 'email-header': 30, 'email-frame': 40, 'chapter-marker': 10, 'update-note': 16, 'release-label': 20, 'edition-switch': 4, 'job-title': 20, 'correction-note': 60, 'page-footer': 40, pagination: 8, 'promo-link': 25, 'subscription-prompt': 30, 'comment-prompt': 40, 'share-link': 12, 'credit-line': 30, 'podcast-promo': 30, 'sponsor-note': 40, 'live-controls': 8, 'widget-notice': 30, 'feedback-prompt': 12,
  'signature-count': 12, 'broadcast-tease': 60, 'out-cue': 12, 'print-note': 60, 'contact-phone': 8, 'call-to-action': 40, 'poll-option': 8, 'affiliation-line': 16, 'bracket-label': 8, shortcode: 40, 'page-jump': 8, 'political-disclaimer': 40, 'contact-address': 30, 'feed-footer': 60, 'embed-credit': 14, attachment: 8, 'image-placeholder': 4, 'translation-note': 30, 'citation-tools': 4, 'chat-system': 15, 'chat-header': 8, hashtags: 15, 'forward-note': 25, 'sign-off': 12, 'pull-quote-label': 2, 'database-field': 60, avatar: 8, 'profile-handle': 1, ticker: 20, 'site-banner': 40, 'url-label': 40, 'back-link': 10, 'figure-caption': 40, 'stage-direction': 14, footnote: 80,
  'editor-note': 40, 'donation-appeal': 40, 'promo-code': 40, 'powered-by': 12, 'report-typo': 6, 'time-stamp': 4, 'comment-reply': 8, 'follow-prompt': 12, 'wechat-prompt': 40, 'wiki-furniture': 40, 'site-navigation': 12, 'site-chrome': 12, 'wiki-tools': 6, 'story-file-field': 60, 'media-cue': 60, 'land-acknowledgement': 80,
};
const MUST_CONTAIN: Record<string, (l: string) => boolean> = {
  'contact-address': (l) => l.includes('@'),
  'seo-spam': (l) => l.includes('|') || l.includes('｜'),
  'image-caption': (l) => l.includes('[') || /^may be/i.test(l) || /permission|courtesy|representative|\((?:file|stock|archive) /i.test(l),
  'link-list': (l) => l.includes('http') || l.includes('www.'),
  'citation-entry': (l) => l.startsWith('^') || /etrieved|ccessed|rchived|itation|cite/i.test(l),
  'republication-credit': (l) => /ublished from|reative commons|appeared|ran\b/i.test(l),
  copyright: (l) => l.includes('©') || /opyright|rights reserved|\(c\)|may not be|distribut|internal use/i.test(l),
  'cookie-banner': (l) => /cookie|privacy|partners|vendors/i.test(l) || FOREIGN_COOKIE.test(l),
  'donation-appeal': (l) => /\b(?:now|today|donation|gift|contribution|donate)\b/i.test(l),
  'land-acknowledgement': (l) => /acknowledg/i.test(l),
  disclaimer: (l) => /views|opinions|isclaim|isclosure|generated|informational|advice|registration|discriminate|directed to|subject to change|only\b|terms|responsibly|expire|affiliated|substitute|independently owned|equal opportunity|funded in part|免责|免責|声明|聲明|观点|觀點/i.test(l),
  'site-banner': (l) => /\.gov|official website|how you know|unread|unseen/i.test(l),
  'figure-caption': (l) => /^(fig|table|chart|graph|exhibit|map|box)/i.test(l),
  'stage-direction': (l) => l.startsWith('[') || l.startsWith('(') || l.startsWith('{'),
  'back-link': (l) => /return|back/i.test(l),
  'sign-off': (l) => /^[—–―-]/.test(l),
  hashtags: (l) => l.startsWith('#'),
  'forward-note': (l) => /forward/i.test(l),
  'profile-handle': (l) => l.startsWith('@'),
  ticker: (l) => l.includes('%'),
  avatar: (l) => /profile|avatar|author/i.test(l),
  'url-label': (l) => l.includes('http'),
  'page-jump': (l) => /page|(?:from|on) [A-Z]\d/i.test(l),
  'editor-note': (l) => l.startsWith('[') || l.startsWith('(') || /edited|condensed/i.test(l),
  'comment-prompt': (l) => /comment|thought|reaction|respons|repl|discussion/i.test(l),
  'print-note': (l) => /print|transcript|order/i.test(l),
  'story-file-field': (l) => l.includes(':'),
  'wiki-furniture': (l) => /redirects here|, see\b|free encyclopedia|:|^not to be confused|^this article is about/i.test(l),
};

/** A print header's date and time before a title of three words or more: "21.1.2025 9.14 ", "1/21/25, 9:14 AM ". */
export const PRINT_HEADER_STAMP = /^\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}[.:]\d{2}(?:\s*[AaPp][Mm])?\s+(?=(?:\S+\s+){2}\S)/;
const PRINT_FOOTER = /^https?:\/\/\S+\s+\d{1,3}\s*\/\s*\d{1,3}$/;

/**
 * What a browser prints at the top and the foot of each printed page: "1/21/25, 9:14 AM Headline | Site" and
 * "https://… 2/4". Each stands on its own line, however long: no paragraph runs on into it or out of it.
 */
export function isPrintRunningLine(line: string): boolean {
  const trimmed = line.trim();
  return PRINT_HEADER_STAMP.test(trimmed) || PRINT_FOOTER.test(trimmed);
}

/** The furniture rule that claims a line, or null; `words` is its `countWords`, where the caller has it already. */
export function junkRule(line: string, words?: number): string | null {
  // The same line is asked about many times as a page is read (by the cleaner, the headline's search, the byline's):
  // the answer depends on the line alone.
  const known = junkRuleCache.get(line);
  if (known !== undefined) return known;
  const rule = firstJunkRule(line, words ?? countWords(line));
  if (junkRuleCache.size >= MAX_CACHED_LINES) junkRuleCache.clear();
  junkRuleCache.set(line, rule);
  return rule;
}

const junkRuleCache = new Map<string, string | null>();
/** Lines remembered before the cache starts afresh: a large page's worth, a few megabytes. */
const MAX_CACHED_LINES = 50_000;

/** Each rule with its word limit and its cheap guard, looked up once. */
const CHECKED_RULES = JUNK_RULES.map((rule) => ({ ...rule, max: MAX_WORDS[rule.name] ?? Infinity, guard: MUST_CONTAIN[rule.name] }));

function firstJunkRule(line: string, words: number): string | null {
  // (Rules of one name share a guard: it runs once per line.)
  let lastGuard: ((l: string) => boolean) | undefined;
  let lastPassed = true;
  for (const rule of CHECKED_RULES) {
    if (words > rule.max) continue;
    if (rule.guard) {
      if (rule.guard !== lastGuard) {
        lastGuard = rule.guard;
        lastPassed = rule.guard(line);
      }
      if (!lastPassed) continue;
    }
    if (rule.test(line, words)) return rule.name;
  }
  return bilingualFurniture(line, words) ?? furnitureRun(line, words);
}

/** A short line of a few sentences, each of them furniture, is furniture: "Join the conversation. Comments are moderated …". */
const MAX_RUN_WORDS = 30;
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=\p{Lu})/u;

function furnitureRun(line: string, words: number): string | null {
  if (words > MAX_RUN_WORDS) return null;
  const sentences = line.split(SENTENCE_BREAK);
  if (sentences.length < 2 || sentences.length > 3) return null;
  // (A button's words end in a full stop once run into a sentence: "Join the conversation.")
  return sentences.every((sentence) => junkRule(sentence) !== null || junkRule(sentence.replace(/\.$/, '')) !== null) ? 'furniture-run' : null;
}

/**
 * A bilingual site prints its furniture in both languages: "Hopp til innihald / Skip to content", "Eguneratua / Updated:
 * 21/01/2025 17:05". The line is what its English half is, when the other half is as short as a label.
 */
function bilingualFurniture(line: string, words: number): string | null {
  if (words > MAX_BILINGUAL_WORDS || !line.includes(' / ')) return null;
  const parts = line.split(' / ');
  if (parts.length !== 2) return null;
  const [first = '', second = ''] = parts.map((p) => p.trim());
  if (countWords(first) > MAX_LABEL_HALF_WORDS || SENTENCE_END.test(first) || !/\p{L}/u.test(first)) return null;
  return firstJunkRule(second, countWords(second));
}
const MAX_BILINGUAL_WORDS = 14;
const MAX_LABEL_HALF_WORDS = 5;

const JOB = /^(?:[\p{L}&'’.-]+\s+){0,4}?(head|director|manager|founder|co-founder|cofounder|ceo|cto|cfo|coo|cmo|president|vp|editor|reporter|writer|engineer|designer|professor|lecturer|researcher|analyst|consultant|lead|chief|partner|owner|producer|journalist|correspondent|student|fellow|officer|specialist|strategist|advisor|adviser|scientist|developer|teacher|creator|coach|economist|attorney|lawyer|principal|superintendent|dean|pastor|librarian|coordinator)\b/iu;

/** A job and the organisation it is at: "Senior Editor at The Coastal Ledger", "Founder @ Brightline". */
export function isJobLine(line: string): boolean {
  const job = JOB.exec(line);
  if (job === null) return false;
  const rest = line.slice(job[0].length);
  // "… at Loomwell", "… @ Brightline", or the organisation alone after a comma: "Senior Content Strategist, Postloom".
  // (Or after a dot or a bar, as a profile card sets it: "Principal · Hawthorne Middle School".)
  return /\s(?:at|@)\s+\p{Lu}/u.test(rest.slice(0, 80)) || /^(?:,|\s*[·|•])\s+\p{Lu}[\p{L}&'’.-]*(?:\s+(?:(?:&|and|of|for)\s+)?\p{Lu}[\p{L}&'’.-]*){0,3}$/u.test(rest);
}

/** "By Jane Doe", "By Guo Yi | China Daily | Updated: …", "Written by Jane Doe, Technology Reporter". */
/** "By", "Written by", "This article was contributed by", "Words:", "Hosted by" (a podcast's host), "From the desk of" (a newsletter's column), "Author:", "Author of the article:", "By Analyst(s):", "作者：": what opens a byline. Case matters: "by" in a sentence is not one. */
export const BYLINE_PREFIX =
  /^(?:(?:[Bb]y )?(?:[Aa]nalyst|[Aa]uthor|[Ww]riter|[Rr]eporter|[Cc]ontributor)\(s\):|[Bb]y:?|BY:?|(?:[Tt]his (?:article|story|post|piece|report) (?:was|is) )?(?:[Ww]ritten(?: and (?:hosted|presented|produced|narrated))?|[Cc]ontributed|[Cc]o-?(?:authored|written)|[Ss]tarted|[Oo]rgani[sz]ed|[Ll]aunched|[Ww]ords|[Tt]ext|[Ss]tory|[Nn]otes|[Rr]eporting|[Rr]eported|[Rr]eport|[Pp]osted|[Pp]ost|[Aa]uthored|[Pp]ublished|[Hh]osted|[Pp]resented|[Ss]ubmitted|[Pp]repared|[Cc]ompiled|[Aa]rticle|[Oo]pinion|[Cc]ommentary|[Aa]nalysis|[Cc]olumn|[Ii]nterview|[Rr]eview|[Ss]igned) [Bb]y:?|[Ww]ords:|WORDS:|[Tt]ext:|[Hh]osts?:|[Pp]resenters?:|PRESENTERS?:|(?:[Aa]rticle |[Ss]tory |[Pp]ost )?[Aa]uthors?(?: of (?:the|this) (?:article|story|post))?:|AUTHORS?:|(?:[Aa]uthor\/)?[Bb]yline:|BYLINE:|[Ww]riters?:|[Rr]eporters?:|REPORTERS?:|[Cc]ontributors?:|[Aa]nalysts?:|ANALYSTS?:|[Ll]ecturers?:|[Ii]nstructors?:|[Tt]estimony of|[Ss]tatement of|[Rr]emarks of|[Ff]rom the [Dd]esk of|FROM THE DESK OF|[Pp]ar|[Pp]or|[Vv]on|[Dd]oor|Av|Af|[Dd]i|Autor(?:a|e|es|as|en)?:|(?:[Tt]exto|[Tt]exte|[Tt]ekst|[Tt]eksti|[Pp]enulis|[Qq]ore|Муаллиф|[Yy]azan|كتب|كتبت|بقلم|[Pp]ewarta|[Ww]artawan|[Ff]orfatter|[Ff]örfattare|[Kk]irjoittaja|[Aa]uteur|[Aa]utore|[Ss]zerző|[Yy]azar|[Rr]edacción|[Rr]edação|[Rr]edazione|[Rr]edaktion|[Rr]edakcja|[Bb]ài(?: viết| và ảnh)?|[Tt]ác giả):|[Oo]leh|Nā|Ni|[Rr]eporter|REPORTER|(?:Аутор|Автор)(?:и|ы)?:|(?:기자명|작성자|글쓴이|필자)\s*:?)\s+|^(?:(?:本文作者|作者|撰文|文|撰稿|图文|圖文)\s*[:：／/]\s*)?(?:本报|本報|特约|特約|实习|實習)?(?:记者|記者)(?:\s*Reporter)?\s*[:：]?\s*(?=[\p{L}\d])|^(?:本文作者|作者|撰文|文|撰稿|图文|圖文)\s*[:：／/]\s*|^作者\s+(?=[\p{L}\d])/u;

/**
 * "김서연 기자", "김서연 기자(seoyeon.kim@…)", "佐藤花子記者": a Korean or Japanese byline, the writer's name and then the
 * word for reporter (and perhaps the writer's address); the name, or null.
 */
export function reporterAfterName(line: string): string | null {
  return REPORTER_AFTER_NAME.exec(line)?.[1] ?? null;
}
const REPORTER_AFTER_NAME = /^(\p{Script=Hangul}{2,4}|\p{Script=Han}{2,5})\s?(?:기자|특파원|선임기자|記者|特派員)(?:\s*[(（]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)）]?)?$/u;
const NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";
const NAME = new RegExp(`^${NAME_WORD}(?:\\s+(?:${NAME_WORD}|de|da|van|von|der|den|bin|al|le|la|du|dos|del))*`, 'u');
const OUTLET_DESK = /^(?:The\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}\s+(?:news |editorial |sports |business |metro |city )?(?:desk|staff|team)$/u;
/** A transcript's time mark: a few words, then an hour's stamp ("Starting point is 00:00:41"). */
const TIME_MARK = /^(\p{L}[\p{L} ]{0,30}?):?\s+[([]?\d{1,2}:\d{2}:\d{2}[)\]]?$/u;
/** A line this short holding a fediverse handle (or opening on one) is a profile's, a follow link's or a reply's, not a sentence naming someone. */
const MAX_HANDLE_LINE_WORDS = 8;
const NOT_A_NAME =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|then|now|the|this|that|contrast|comparison|far|law|default|design|chance|mistake|midnight|noon|dawn|night|late|early|some|many|most|all|way|means|virtue|accident|definition|nature|train|car|air|phone|follow|share|subscribe|view|read|sign|log|see|contact|about|released|posted|published|updated|aired|recorded|uploaded|premiered|streamed|broadcast|filed|edited|modified|created)\b|\s(?:expert|advis[eo]r|consultant|strategist|editor|reporter|correspondent|columnist|analyst|specialist|manager|director|coordinator|launched|released|posted|published|updated|edited)$|\p{L}['’]s\s/iu;

/** A date's label in another language, alone over the date: "Publié le", "Publicado el", "Pubblicato il", "Mis à jour le". */
const PUBLISHED_LABEL = /^(?:publié|publiée|publicado|publicada|pubblicato|pubblicata|veröffentlicht|gepubliceerd|posté|postado|mis à jour|actualizado|atualizado|aggiornato)(?:\s|$)/iu;

const NAME_AND_TOWN = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2}(?:,\s+\p{Lu}[\p{L}.]+)?)$/u;

/**
 * A letter's signature, "Dolores Achterberg, Modesto": the writer's name, then the town (and state) they write from; the
 * name, or ''. Not a heading in capitals ("RED NOTE, YELLOW LIGHT"), nor two names ("Priya Anand-Kessler, Tomás Ilunga").
 */
export function letterSignature(line: string): string {
  const signed = /\p{Ll}/u.test(line) ? NAME_AND_TOWN.exec(line) : null;
  // (Nor is a job a town: "Annelise Ng-Carter, Studio Director".)
  return signed !== null && isPersonName(signed[1] ?? '') && !isPersonName(signed[2] ?? '') && nameAndJob(line) === null ? (signed[1] ?? '') : '';
}

/** A practitioner's registration number in brackets after the name: "Wendy Tran (MARN 1795544)", "(Reg. No. 19081)", "(#40213)". */
export const REGISTRATION_IN_BRACKETS = /\s*\((?:\p{Lu}{2,6}|[Ll]icen[cs]e|[Rr]eg(?:istration)?\.?)?(?:\s*(?:[Nn]o\.?|#))?\s*#?\d[\d\s-]{2,}\)/gu;
/** "(Head of Policy)", "(Senior Researcher)", "(Pékin, correspondante)", "(host)": a job or a post in brackets after a name. */
export const BRACKETED_ROLE = /\s*\(\p{L}[\p{L}&'’.-]*(?:,?\s+[\p{L}&'’.-]+){0,4}\)/gu;

/** "By technology reporter Fenella Rourke", "By staff writer Jane Doe": the job in lower case before the name. */
export const JOB_BEFORE_NAME = new RegExp(`^(?:[a-z]+\\s+){0,2}${NEWSROOM_JOB}\\s+(?=\\p{Lu})`, 'u');

/** Emoji a social post sets before its lines ("✍️ Words: …", "📅 Posted …"): markers, not words. */
export const LEADING_EMOJI = new RegExp(`^(?:${EMOJI}+\\s*)+`, 'u');

/** A Markdown link, "[text](address)": its text. */
export const MARKDOWN_LINK = /\[([^\][]{1,80})\]\((?:https?:\/\/|\/)[^()\s]*\)/g;

/** A relative stamp, then "by" and the writer: "about 1 month ago by Sofia Lindgren". */
const STAMP_THEN_WRITER = /^(?:about|over|almost)?\s*(.+?\bago)\s+by\s+(\p{Lu}.{1,40})$/iu;

/** A question to the reader ("Have a story idea?", "Want to volunteer?"), then an imperative or an offer to get in touch. */
const CALL_TO_ACTION =
  /^(?:(?:thinking|dreaming) (?:of|about)|ready (?:to|for)|need (?:help|a hand|to talk|a|an|more|to)|looking (?:for|to)|want (?:to|more)|got (?:a|an|any)|have (?:a|an|any) (?:story|question|tip|news|idea)|interested in|planning (?:a|an|to|your)|know (?:a|someone|anyone))\b[^?]{0,60}\?\s+(?:just |simply )?(?:e-?mail|call|text|(?:hit )?reply|drop|leave|send|submit|visit|contact|ask|find out|sign up|subscribe|apply|click|tap|log in|join|forward|refer|grab|download|book|schedule|compare|search|write to|get in touch|let us|tell us|chat with us|read our|see our|check out|head to|go to|stop by our)\b/i;

/** "陳郁婷 Chen Yu-ting": a Taiwanese or Hong Kong byline gives the name in characters, then romanised; the romanised is read. */
export const HAN_NAME_BEFORE_ROMANISED = /^[\p{Script=Han}·・]{2,6}\s+(?=\p{Lu}\p{Ll})/u;

/** A writer's handle in brackets after the name: "By Wen Xiaoyu (@wenxy) and Ruth Abernathy (@ruthless_ships)". */
export const HANDLE_IN_BRACKETS = /(?<=\p{L})\s*\(@[\w.-]{2,30}\)/gu;

export function isBylineLine(raw: string): boolean {
  // ("By [Nadia Oyelaran](https://…/author/noyelaran/)": a Markdown copy links the name to its page.)
  const line = raw.replace(LEADING_EMOJI, '').replace(MARKDOWN_LINK, '$1').replace(HANDLE_IN_BRACKETS, '');
  if (line.length > 160) return false;
  if (handleByline(line) !== null || reporterAfterName(line) !== null || wechatAccountLine(raw) !== null) return true;
  // "about 1 month ago by Sofia Lindgren": a changelog's or a forum's stamp, then its writer.
  const stamped = STAMP_THEN_WRITER.exec(line);
  if (stamped !== null && isRelativeStamp(stamped[1] ?? '') && isPersonName(stamped[2] ?? '')) return true;
  const prefix = BYLINE_PREFIX.exec(line);
  if (!prefix || (POSTED_BY_FIRST.test(line) && isPostedLine(line))) return isNameAndDate(line) || isPostedLine(line) || nameAndJob(line) === 'newsroom' || isOutletByDate(line) || nameThenOutletLine(line) !== null;
  if (handleAfterPrefix(line.slice(prefix[0].length)) !== null) return true;
  // (a job in brackets after each name of a list: "Authors: Dr Harriet Osei (Head of Policy), Tom Lindqvist (…)")
  const rest = line.slice(prefix[0].length).replace(JOB_BEFORE_NAME, '').replace(REGISTRATION_IN_BRACKETS, '').replace(BRACKETED_ROLE, '').replace(HAN_NAME_BEFORE_ROMANISED, '');
  // "By The Ayre news desk", "By Tribune staff": an outlet's desk, no writer named, is a byline still.
  if (OUTLET_DESK.test(rest)) return true;
  const name = NAME.exec(rest);
  if (!name || NOT_A_NAME.test(name[0])) return false;
  // "By Monday, 700,000 users had joined.": a sentence, not a byline.
  if (SENTENCE_END.test(line) && !/\b\d{4}\b|\d{1,2}:\d{2}/.test(line) && countWords(line) > 6) return false;
  // "By Global Times Published: Jan 16, 2025": the stamp's label is capitalised like a name.
  const after = rest.slice(name[0].replace(/\s+(?:Published|Updated|Posted)$/, '').length);
  // "By Liu Wen in Shanghai | …", "By Jane Doe for The Example": the place or outlet after the name.
  // "Story by Caroline Ashby-Nwosu ’09": an alumni magazine's class year after the name.
  // "By Hannah Kowalczyk hkowalczyk@granitecitygazette.com": the writer's e-mail address after the name.
  return /^\s*(?:$|[|,;·•–—/-]|and\b|&|on\b|at\b|in\b|for\b|updated\b|published\b|posted\b|\d|['’]\d{2}\b|\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?$)/i.test(after);
}

/**
 * The line WeChat prints under an official account's article title: "原创 阿满 山野青年旅舍 2025年01月24日 19:42 四川", that
 * is, "original" (原创) when the account marks it so, the writer, the account's name, the date, the time and the province
 * the post was sent from. Without the writer it is the account alone. (A Markdown copy's link on the account's name and
 * emphasis on the stamp are gone by the time a line is read here.) The writer and the account, or null when the line is
 * none: "原创" opens it, or a time and a province close it.
 */
export function wechatAccountLine(raw: string): { author: string; account: string; date: string } | null {
  if (raw.length > 120 || !raw.includes('年')) return null;
  const match = WECHAT_ACCOUNT_LINE.exec(raw.trim());
  if (match === null) return null;
  const [, original, names, year, month, day, time, province] = match;
  if (original === undefined && (time === undefined || province === undefined)) return null;
  const words = (names ?? '').split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 5) return null;
  const account = words.pop() as string;
  // (A pharmacist's, a lawyer's or a teacher's title after the name: "李文慧药师".)
  if (words.length === 1) words[0] = (words[0] ?? '').replace(HAN_TITLE_AFTER_NAME, '');
  const iso = `${year}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
  return { author: words.join(' '), account, date: iso };
}
const HAN_TITLE_AFTER_NAME = /(?<=^\p{Script=Han}{2,4})(?:药师|藥師|医生|醫生|医师|醫師|律师|律師|老师|老師|记者|記者|编辑|編輯|教授|博士|主任)$/u;
const WECHAT_ACCOUNT_LINE = /^(原创\s+)?(\S.*?)\s+(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s+(\d{1,2}:\d{2}))?(?:\s+(\p{Script=Han}{2,4}))?$/u;

/** "The Byteline · by Priya Nandakumar · Jan 16, 2025": a feed reader's or a newsletter's line of outlet, writer and date. */
function isOutletByDate(line: string): boolean {
  const parts = line.split(/\s+[·•|]\s+/);
  if (parts.length < 2 || parts.length > 4) return false;
  return parts.some((p) => /^by \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}$/u.test(p)) && parts.some((p) => dateLine(p) !== null);
}

/** After a name: ", Chief Reporter", " | Senior Technology Correspondent", " - Staff Writer". */
const NEWSROOM_JOB_AFTER_NAME = new RegExp(`^\\s*(?:[,|–—-]|--)\\s*(?:[\\p{L}-]+\\s+){0,3}${NEWSROOM_JOB}s?\\s*$`, 'iu');
/** …or any job: ", Deputy Spokesperson", ", Library Director". */
const JOB_AFTER_NAME = /^\s*(?:[,|–—-]|--)\s*(?:[\p{L}&'’.-]+\s+){0,4}(?:[\p{L}-]*(?:spokes(?:person|man|woman)|secretary|minister|officer|president|director|manager|chair|founder|professor|librarian|coordinator|specialist|reporter|correspondent|editor|writer|producer|journalist|columnist|contributor|analyst|photographer|researcher|lecturer|teacher|student|attorney|lawyer|economist|fellow|intern|host|anchor|ceo|cto|pastor|vicar|rector|priest|rabbi|imam|chaplain|deacon|bishop|principal|superintendent|coach|curator|dean|lead|expert|counsel|buyer))s?\s*$/iu;

/**
 * "Harriet Pennock, Chief Reporter": a person's name, then a job. "newsroom" when the job is a newsroom's (the line is
 * a byline with no "By"), "other" for any other job ("Carla Whitfield, Deputy Spokesperson": a speaker, not the writer).
 */
export function nameAndJob(line: string): 'newsroom' | 'other' | null {
  if (line.length > 90) return null;
  const name = NAME.exec(line);
  if (name === null || countWords(name[0]) < 2 || NOT_A_NAME.test(name[0])) return null;
  const rest = line.slice(name[0].length);
  return NEWSROOM_JOB_AFTER_NAME.test(rest) ? 'newsroom' : JOB_AFTER_NAME.test(rest) ? 'other' : null;
}

/**
 * The words a newspaper's or a news service's name ends with ("Sauk Valley Sentinel", "The Maple Press"). (A newspaper's
 * word that is also a common surname, "Sun", "Star", "Post", "Bee", "Banner", is left out: "By Jiayi Sun".)
 */
export const NEWSPAPER_WORD =
  'times|news|daily|herald|tribune|journal|agency|press|wire|media|network|gazette|telegraph|chronicle|sentinel|observer|courier|courant|register|examiner|dispatch|inquirer|enquirer|ledger|beacon|monitor|globe|mirror|gleaner|clarion|messenger|intelligencer|statesman|spectator|weekly';
const OUTLET_NAME = new RegExp(`^(?:The\\s+)?\\p{Lu}[\\p{L}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}&'’.-]*){0,4}\\s+(?:${NEWSPAPER_WORD})$`, 'iu');

/** "Tessa Vanderlee, The Maple Press": a byline with no "By", the writer's name and then the outlet; the name, or null. */
export function nameThenOutletLine(line: string): string | null {
  if (line.length > 90) return null;
  const comma = line.indexOf(', ');
  if (comma < 0) return null;
  const name = line.slice(0, comma);
  return isPersonName(name) && OUTLET_NAME.test(line.slice(comma + 2)) ? name : null;
}

/** "Posted on January 19, 2025 by dana_writes": a blog's date and author line. */
/**
 * A post's stamp without what a theme sets after it: "Posted 01/22/2025 | 5 minute read", the reading time; "Posted on …
 * by Kevin Tran | Workshops, Marketing", the post's categories.
 */
export function postedCore(raw: string): string {
  // (So are the categories WordPress names after the writer: "Posted February 3, 2025 by Abby Lindqvist in Member
  // Stories, Co-op News".)
  return raw
    .replace(READING_TIME_PART, '')
    .replace(/\s+\|\s+\p{Lu}[\p{L}&'’ -]*(?:,\s*\p{Lu}[\p{L}&'’ -]*)*,?$/u, '')
    .replace(POSTED_CATEGORIES, '');
}

/**
 * A post header's "by" before its author's name, in English and as the blogs of other languages print it: "Publicado el
 * 22 de enero de 2025 por …", "Publié le … par …", "Pubblicato il … da …", "Veröffentlicht am … von …".
 */
const POSTED_BY_WORD = String.raw`(?:by|por|par|da|von|door)`;
const POSTED_BY = String.raw`${POSTED_BY_WORD}\s+([\p{L}\d_.@-]+(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})`;
/** "… by Abby Lindqvist in Member Stories, Co-op News": the categories WordPress names after the writer. */
const POSTED_CATEGORIES = new RegExp(String.raw`(?<=\s${POSTED_BY_WORD}\s+\S+(?:\s+\p{Lu}\S*){0,3})\s+in\s+\p{Lu}[\p{L}&'’ -]*(?:,\s*\p{Lu}[\p{L}&'’ -]*)*$`, 'u');
export const POSTED_AUTHOR = new RegExp(String.raw`\b${POSTED_BY}$`, 'u');
const POSTED_LINE = new RegExp(String.raw`^(?:posted|published|written|updated|publicad[oa]|publiée?|pubblicat[oa]|veröffentlicht|gepubliceerd)(?: (?:on|el|em|en|le|il|am|op))?\s+(.+?)(?:\s+${POSTED_BY})?$`, 'iu');

export function isPostedLine(raw: string): boolean {
  const line = postedCore(raw);
  const m = POSTED_LINE.exec(line);
  if (m !== null && dateLine(m[1] ?? '') !== null) return true;
  // "Posted by jdoe_88 on January 20, 2025": the author first.
  const byFirst = POSTED_BY_FIRST.exec(line);
  return byFirst !== null && dateLine(byFirst[2] ?? '') !== null;
}

/**
 * A link aggregator's or a blog's item line naming the poster by handle: "412 points by kwan_oberlin 9 days ago | hide |
 * past", "submitted 3 hours ago by dana_writes", "posted by junie ♡ | tags: …". The handle, when only stamps, a
 * separator or a symbol follow it.
 */
const HANDLE_BYLINE = /^(?:\d[\d,.]*[kK]?\s+points?\s+by|(?:posted|submitted)(?:\s+\d+\s+\p{L}+\s+ago)?\s+by)\s+([\p{L}\d_.@-]+)(?:\s+(.*))?$/iu;
const DETERMINER = /^(?:her|his|the|a|an|my|our|their|your|its|me|him|them|us|one|someone)$/i;
const AFTER_HANDLE = /^(?:$|[|·•–—-]|[^\p{L}\p{N}\s]|\d+\s+\p{L}+\s+ago\b|on\s+\S|at\s+\d)/u;

export function handleByline(line: string): string | null {
  const m = HANDLE_BYLINE.exec(line);
  return m !== null && AFTER_HANDLE.test(m[2] ?? '') && !DETERMINER.test(m[1] ?? '') ? (m[1] ?? null) : null;
}

/**
 * "作者 sgtpepperTW (Pepper in Taichung)", "By dana_writes", "作者：王小明": after a byline's opening, a user ID (digits,
 * an underscore or a capital inside it) or a name in Chinese characters, alone or with a nickname in brackets. A
 * capitalised word alone ("By Reuters") is read as a name or an outlet instead.
 */
export function handleAfterPrefix(rest: string): string | null {
  const m = /^((?=\S*(?:\d|_|\p{Ll}\p{Lu}|\p{Script=Han}))[\p{L}\d_.-]{2,30})(?:\s+[(（][^()（）]{1,40}[)）])?$/u.exec(rest.trim());
  // "黃曉彤 Wong Hiu-tung": a name in Chinese characters, then its romanisation.
  return m?.[1] ?? /^\p{Script=Han}{2,4}\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}$/u.exec(rest.trim())?.[0] ?? null;
}

/**
 * "Posted by jdoe_88 on January 20, 2025", "Posted by Jane Doe at 9:41 PM, Jan 20, 2025", a forum's print view's "Post
 * by: Marge Okafor on …", phpBB's "Post by marge_tollefson » Sat Feb 08, 2025 9:14 pm".
 */
export const POSTED_BY_FIRST = /^(?:posted|post|published|written|shared)\s+by:?\s+([\p{L}\d_.@-]+(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:(?:on|at):?|»)\s+(.+)$/iu;

/** A display name may carry emoji ("Wendell Ashby 🐈‍⬛🐈"): the name is the words before them. */
export function withoutTrailingEmoji(text: string): string {
  // Most lines end in a letter or a stop: no emoji to look for (this runs on every line several times).
  if ((text.trimEnd().codePointAt(text.trimEnd().length - 1) ?? 0) < 0x2000) return text;
  return text.replace(TRAILING_EMOJI, '');
}

/** "Dana Whitaker", "Mary-Ann O’Neil": a line that is a person's name and nothing else (two to four capitalised words). */
/** "Jane Doe, PhD", "Mark Lee MD", "John Smith Jr.": a name with the letters after it. */
// (And a title of a profession in lower-case abbreviations after a comma, as Québec's orders write them: "Mélanie Gagnon, trad. a.".)
/**
 * A credential in capitals after a comma ("CISSP", "IBCLC", "BCE"), after a name not in capitals, a country's code aside:
 * "SAN JOSE, CALIF" and "Los Angeles, USA" are places.
 */
export const CAPITAL_CREDENTIAL = '(?<=\\p{Ll}.*)(?!USA\\b|UAE\\b|PRC\\b|ROC\\b)\\p{Lu}{3,6}\\b';
const CREDENTIALS = new RegExp(`(?:,?\\s+(?:Ph\\.?\\s?D|M\\.?D|MBA|MPH|MSc|MA|BSc|RN|DNP|PsyD|Esq|CPA|CFA|J\\.?D|Jr|Sr|II|III|IV)\\.?|,\\s*(?:EA|NP|RD|${CAPITAL_CREDENTIAL}))+$|,\\s+(?:\\p{Ll}{1,5}\\.\\s?){1,3}$`, 'u');

/**
 * A person's name as an author line prints it, without emoji after it or credentials ("Jane Doe, PhD" → "Jane Doe";
 * "Hannah Lindqvist, RN, IBCLC", "Aaron Feld, CISSP").
 */
export function nameOnly(text: string): string {
  // A name line is short; a longer line is returned as it is, unread (this runs on many lines).
  if (text.length > MAX_NAME_LINE) return text;
  return withoutTrailingEmoji(text).replace(ROLE_BADGE, '').replace(TITLE_BADGE, '').replace(CREDENTIALS, '').replace(TRAILING_JOB, '');
}

/** "Kevin Zhao Owner": the badge a platform sets after a poster's name (its own element, run on into the name). */
const TITLE_BADGE = /(?<=\S\s+\S+)\s+(?:Owner|Admin|Administrator|Moderator|Author|Verified|Member|Creator|Organi[sz]er|Founder)$/u;

/** "Dr. Imani Okafor  STAFF": the badge a forum prints after a member's name, in capitals. */
export const ROLE_BADGE = /\s+(?:STAFF|ADMIN|MOD|MODERATOR|INSTRUCTOR|TA|OP|AUTHOR|VERIFIED|TEAM|MEMBER)$/;

/** Longest line read as a name with its credentials or job ("Dr. Mary-Ann O’Neil-Whitaker, PhD, Senior Technology Correspondent"). */
const MAX_NAME_LINE = 80;

/** "Jane Doe Senior Reporter": a newsroom job run on after the name (a profile card's two fields read as one line). */
const TRAILING_JOB = new RegExp(`(?<=\\S\\s+\\S+)\\s+(?:[\\p{L}-]+\\s+){0,2}${NEWSROOM_JOB}s?$`, 'iu');

export function isPersonName(text: string): boolean {
  if (text.length > MAX_NAME_LINE) return false;
  const line = nameOnly(text);
  const words = countWords(line);
  // "By Kristine Mae Dizon" is a byline, not a name; "Thứ Sáu" (Friday) is a day.
  return words >= 2 && words <= 4 && NAME.exec(line)?.[0] === line && !NOT_A_NAME.test(line) && !PUBLISHED_LABEL.test(line) && !BYLINE_PREFIX.test(line) && !WEEKDAY_NAMES.has(line.toLocaleLowerCase()) && !/\b(the|of|and|for|news|media|press|daily|times|post|blog|podcast|show|weekly|monthly|bulletin|newsletter|digest|edition|issue|update|briefing|report|gazette|magazine|journal)\b/i.test(line) && !ORGANISATION_END.test(line);
}

/** The word that ends an organisation's name, not a person's: "Halvard Threat Research", "Halfmoon Labs", "Brightline Group". */
export const ORGANISATION_END = /\b(?:research|labs?|group|team|institute|cent(?:er|re)|foundation|inc|llc|ltd|partners|associates|consulting|intelligence|analytics|studios?|agency|office|department|council|committee|association|society|university|college|school|library|museum|company|corporation|corp|technologies|systems|solutions|network|services|club|federation|league|union|guild|academy|church|parish|radio|bank|hospital|clinic|trust|alliance|coalition|collective|cooperative|co-op|consortium|initiative|partnership)\.?$/i;

/** "Theo Park · Jan 20, 2025": an author's name beside the date, no "By". */
export function isNameAndDate(line: string): boolean {
  return nameBesideDate(line) !== '';
}

/** The name in "Theo Park · Jan 20, 2025", "Jan 20, 2025 | Jane Doe" or "20 January 2025, by Jane Doe"; else ''. */
export function nameBesideDate(raw: string): string {
  // A date has digits: most lines the byline rule is asked about have none, and are done with at once.
  if (raw.length > 120 || !/\d/.test(raw)) return '';
  // "Noor Haddad · 2025-01-21 · 7 min read": the reading time a blog adds after the date; "… · 7 Comments", its comment count.
  const line = raw.replace(READING_TIME_PART, '').replace(/\s*[·|•]?\s+(?:\d+|no|one) comments?$/i, '');
  // "January 23, 2025 Devon Achterberg": a blog theme's date and author with nothing between them.
  const runTogether = /^(.+?\d{4})\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u.exec(line);
  if (runTogether && dateLine(runTogether[1] ?? '') !== null && isPersonName(runTogether[2] ?? '')) return runTogether[2] ?? '';
  // Each separator in turn: a date has commas of its own ("Jan 20, 2025 | Jane Doe").
  for (const m of line.matchAll(/\s*[·|•,–—-]\s*/g)) {
    const first = line.slice(0, m.index);
    const second = line.slice(m.index + m[0].length);
    // ("Priya Raghunathan · Updated 3 months ago": a stamp relative to when the page was saved.)
    if (dateLine(second) !== null || isRelativeStamp(second)) {
      if (isPersonName(first)) return first;
      // "marisolbakes Marisol Ortega-Finch · 2025-1-18": a social post's header, the user handle before the display name.
      const handled = /^@?([\p{Ll}\d_.]{3,30})\s+(\p{Lu}.*)$/u.exec(first);
      if (handled && !DETERMINER.test(handled[1] ?? '') && isPersonName(handled[2] ?? '')) return handled[2] ?? '';
    }
    // ("27 Jan 2025 3:12 PM | Linda Whitcomb (Administrator)": a membership site's post header, the poster's role after the name.)
    const after = second.replace(/^by\s+/i, '').replace(BRACKETED_ROLE, '');
    if (dateLine(first) !== null && isPersonName(after)) return after;
  }
  // "January 20, 2025 by Jane Doe": no separator but the "by" (and perhaps the writer's role after a comma: "…, Organizer").
  const by = /^(.+?)\s+by\s+(\p{Lu}.+)$/u.exec(line);
  if (!by || dateLine(by[1] ?? '') === null) return '';
  const named = by[2] ?? '';
  const beforeRole = /^([^,]+),\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}?[\p{L}-]+){0,2}$/u.exec(named)?.[1] ?? '';
  return isPersonName(named) ? named : isPersonName(beforeRole) ? beforeRole : '';
}

/**
 * A blog's heading over its comments, naming the post in quotes and nothing after: "5 Responses to “…”", "One Response
 * to “…”", "12 thoughts on “…”" (not a sentence going on past the quote: "One response to “Why are you here?” was …").
 */
export const COMMENTS_ON_POST = /^(?:\d[\d,]*|no|one) (?:thoughts?|comments?|responses?|replies|reply) (?:on|to) [“"‘'«][^“”"«»]{1,200}[”"’'»]$/i;

/** A heading's note that what follows is not for readers: "Internal notes (do not publish)", "SOURCES (not for publication)". */
export const NOT_FOR_READERS = /\([^()]*\b(?:do not publish|not for publication)\)$/i;

/**
 * A heading that ends the article: what follows is a list of other stories,
 * comments, or the page's apparatus (references, categories).
 */
export function isTailMarker(line: string): boolean {
  // A blog's heading over its comments names the post, however long its headline: "5 Responses to “RedNote and the
  // Great TikTok Migration: What Our Members Are Saying”", "12 thoughts on “…”".
  if (COMMENTS_ON_POST.test(line)) return true;
  // "More from Priya N." ends in an initial, not a sentence.
  if (countWords(line) > 8 || (SENTENCE_END.test(line) && !/\b\p{Lu}\.$/u.test(line))) return false;
  // "Comments: 57" is a post's counter, as in a feed of posts; "57 Comments" heads the comments.
  if (/^[\p{L} ]+:\s*\d[\d.,]*[KkMm]?$/u.test(line)) return false;
  const l = line.replace(/[:\s]+$/, '');
  return (
    // A section the writer marks as not for readers: "Internal notes (do not publish)", "SOURCES (internal, do not
    // publish):", "Suggested social copy (not for publication)" (a draft's or a story file's notes after the story).
    NOT_FOR_READERS.test(l) ||
    // A research paper's declarations, the heading alone: "Competing Interest Statement", "Data Availability", "Author
    // Declarations" (not "Two competing interests", a section of the story).
    /^(?:competing interests?(?: statement)?|data availability|author declarations|ethics statement)$/i.test(l) ||
    /\b(trending|most (read|viewed|popular|shared|watched)|related (articles?|posts?|stor(y|ies)|content|coverage|links?|reading|topics?|videos?|documents?|resources)|you (may|might) (also )?(like|enjoy)|recommended( for you| reading| stories)?|more (stories|news|articles|headlines|from|on this|like this)|latest (news|articles|stories|posts|headlines|videos)|popular (posts|stories|now|articles)|read next|what to read next|recent (posts|articles|stories)|editor'?s picks|top stories|around the web|from our partners|sponsored stories|discussion about this|leave a (reply|comment)|about the (?:authors?|creators?|writers?|contributors?)|reader insights|share this|up next|watch next|keep reading|discover more|in other news|you might also be interested|more on this topic|don'?t miss|others also viewed|people also viewed|insights from the community|explore topics|more (articles|posts|episodes) by|more episodes|all episodes|related episodes|reasons for signing|recent signers|supporter comments|similar petitions|related petitions|disclosure statement|conflicts? of interest|declaration of (?:competing )?interests?|data availability statement|notes on contributors|funding statement)\b/i.test(
      l,
    ) ||
    // "Comments (14)", "57 Comments", "Reader comments", "Show all comments"; not "Public Comment Speaker Cards (3)", a meeting's agenda item.
    // Not "Expert comment", a newsroom's section, nor "Experts available for comment": one comment at the end is no list of them.
    // Not "Read the comments yourself", a guide's section: the button ends at its comments ("Show all comments (14)", "… below").
    // Not "Learning from the comments", a section about them: a list's heading names comments, not "the comments"; nor
    // "Translating Posts and Comments", a guide's section: comments beside something else are its subject.
    /^(?:\d[\d,.]*[KkMm]?\s+)?comments?\b|(?<!\b(?:the|and|or) )\bcomments(?:\s*\(\d[\d,.]*\))?$|\bcomment\s*\(\d[\d,.]*\)$|^(?:show|view|hide|read|load|join|add|post|leave)(?:\s+(?:all|the|a|\d[\d,.]*))?\s+comments?(?:\s*\(\d[\d,.]*\)|\s+(?:below|here|now|section))?$/i.test(l) ||
    // "Responses (12)", "12 responses": a blog's replies; "Fewer than 10 responses (not shown)" is a chart's legend.
    /^(?:\d[\d,.]*[KkMm]?\s+)?responses(?:\s*\(\d[\d,.]*\))?$/i.test(l) ||
    /^(see also|external links|further reading|notes|footnotes|references|citations|bibliography|works cited|(?:article |page )?sources|acknowledg(e)?ments|navigation menu|categories|related|related terms|topics|tags|filed under|more on|explore more|featured|popular|credits|episode credits|show credits)$/i.test(l) ||
    // A learners' news site's exercises under the story: "Reading Gap Fill", "Discussion Questions", "Words in This Story".
    /^(?:(?:reading|listening) )?(?:gap[- ]fill|comprehension questions|discussion questions|vocabulary (?:matching|quiz|exercise)|words in this story|student survey|quiz time|test your (?:understanding|knowledge))$/i.test(l) ||
    // The same lists in the other languages of the web's dailies.
    /^(?:dans la même rubrique|sur le même sujet|les plus lus|lire aussi|mehr zum thema|meistgelesen|најчитаније|најновије|самое читаемое|популярное|найпопулярніше|най-четени|das könnte sie auch interessieren|te puede interesar|lo más leído|noticias relacionadas|(?:i )?più (?:letti|visti)|相关阅读|相关新闻|相关推荐|相關推薦|推荐阅读|推薦閱讀|热门推荐|猜你喜欢|延伸閱讀|相關新聞|熱門新聞|関連記事|アクセスランキング|관련기사|많이 본 뉴스)$/iu.test(l) ||
    // Their comments: "评论", "全部评论", "コメント", "댓글", "Kommentare", "Commentaires" ("评论 2187" is a counter).
    /^(?:(?:全部|热门|熱門|最新|网友|網友)?(?:评论|評論)|留言|コメント|댓글|commentaires|kommentare|comentarios|comentários|commenti|reacties|kommentarer|komentarze|коментари|комментарии|коментарі|коментари)(?:\s*[(（]\d[\d.,]*[)）])?$/iu.test(l)
  );
}

/** A table of contents' label: the headings listed under it are the sections'. */
// (And as pages in other languages label it: 目次, 目录, 목차, Índice, Inhalt, Sommaire, Indice, Inhoud, Innehåll, Spis treści.)
export const CONTENTS_LABEL =
  /^(?:jump to(?: section)?|contents|table of contents|in this (?:article|story|guide)|on this page|目次|目录|目錄|목차|índice|inhalt|inhaltsverzeichnis|sommaire|indice|inhoud|innehåll|spis treści|sisällys)\s*[:：]?$/iu;

/** A language as a site's language switch names it, in its own tongue (or by its code). */
const LANGUAGE_AUTONYM = /^(?:中文|简体中文|繁體中文|繁体中文|简体|繁體|繁体|日本語|한국어|español|français|deutsch|português|italiano|tiếng việt|русский|english|en|zh|zh-cn|zh-tw|zh-hans|zh-hant|es|fr)$/iu;

/** A closing's aside in brackets, left out when the closing is read: "See you in February (boiler edition, I promise),". */
const CLOSING_ASIDE = /\s*\([^()]{1,60}\)(?=,$)/;
function withoutAside(line: string): string {
  return line.replace(CLOSING_ASIDE, '');
}
/** A closing is six words at most, its aside aside. */
function valedictionCore(line: string, words: number): boolean {
  return words <= 6 || countWords(withoutAside(line)) <= 6;
}

/** A line wholly in square brackets, no bracket inside: a note, not a sentence of the story (nor a program's list of quoted strings, "['It was all new,' she said']"). */
const BRACKETED_NOTE = /^\[(?!['"‘“])[^[\]]{2,160}\]$/;
const MAX_BRACKETED_NOTE_WORDS = 20;

/** A newsletter's contents label and the items it lists on the same line: "In this edition: a band wins fans; roadworks …". */
const ISSUE_CONTENTS_INLINE = /^(?:in|inside) (?:this|today['’]s) (?:issue|edition)\s*[:：—–-]\s*\S/i;
const MAX_INLINE_CONTENTS_WORDS = 40;

/** A newsletter's contents label: the items under it are the issue's stories (its headline among them), not one story's sections. */
export const ISSUE_CONTENTS_LABEL = /^in this (?:issue|edition)\s*[:：]?$/i;

/** A label over a list of contents, a story's sections (CONTENTS_LABEL) or an issue's stories: the lines after it are the list. */
export function isContentsLabel(line: string): boolean {
  return CONTENTS_LABEL.test(line) || ISSUE_CONTENTS_LABEL.test(line);
}

/** A short line introducing a list of links inside or around an article: the lines after it are the list. */
export function isListMarker(line: string): boolean {
  return (
    isContentsLabel(line) ||
    /^(related|read (also|more)|also read|see also|more on this( story)?|quick links|related (stor(y|ies)|articles?|coverage|links?|topics?|videos?))\s*:?$/i.test(line) ||
    // The same label in other languages: "Leia também", "Lesen Sie auch", "Läs också", "Czytaj także".
    READ_ALSO_LABEL.test(line)
  );
}

/** A classification banner: a level, its caveats after "//", or a Traffic Light Protocol label. */
const CLASSIFICATION_BANNER = /^(?:(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|CUI)(?:\s*\/\/\s*[A-Z][A-Z0-9:+/ -]*)?|TLP:\s?(?:CLEAR|WHITE|GREEN|AMBER(?:\+STRICT)?|RED))$/;

/** A video chapter's or a card's start time or length on a line of its own: "0:00", "1:02:45". */
export const TIMESTAMP_ALONE = /^\d{1,2}:\d{2}(?::\d{2})?$/;
/** "2,914 subscribers", "12.4K followers": the audience a profile's header counts under the account's name. */
export const AUDIENCE_COUNT = /^\d[\d.,]*\s?[KkMm]?\s+(?:followers?|subscribers?|members?|fans?)$/i;

/**
 * Of a line's words of four letters or more after its first, the share that open in a capital: title case (a headline's)
 * or sentence case. NaN for fewer than three such words, too few to tell.
 */
export function capitalShare(line: string): number {
  const words = line.split(/\s+/).slice(1).filter((w) => /^[\p{L}'’]{4,}/u.test(w.replace(/^["“‘(]/, '')));
  if (words.length < 3) return Number.NaN;
  return words.filter((w) => /^["“‘(]?\p{Lu}/u.test(w)).length / words.length;
}
/** A line at least this share of whose longer words open in a capital is set in title case. */
export const TITLE_CASE_SHARE = 0.7;
