import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateLine, datelineDate, findDate, isIssueDate, isRelativeStamp, numericDateOrder, withNumericDateOrder, yearlessStampDate } from '../../src/corpus/findDate.js';

describe('findDate', () => {
  it.each([
    ['Jan 16, 2025', '2025-01-16'],
    ['January 17, 2025 6:42 PM EST', '2025-01-17'],
    ['Jan. 15, 2025, 4:30 a.m. ET', '2025-01-15'],
    ['17 January 2025', '2025-01-17'],
    ['Friday, 17th January 2025', '2025-01-17'],
    ['Updated: 2025-01-21 06:17', '2025-01-21'],
    ['2025-01-15T09:30:00Z', '2025-01-15'],
    ['2025/01/15', '2025-01-15'],
    ['17.01.2025', '2025-01-17'],
    ['This page was last edited on 2 February 2025, at 10:14 (UTC).', '2025-02-02'],
    ['20-Jan-2025', '2025-01-20'],
    ['2025-Jan-23', '2025-01-23'],
    ['Feb-11-2025', '2025-02-11'],
  ])('GIVEN "%s" THEN the date is %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it.each(['February 30, 2025', '2025-13-01', 'in 2025', '40-Jan-2025', 'version 1.2.3', 'no date here', '32 January 2025'])('GIVEN "%s" THEN no date is found', (text) => {
    expect(findDate(text)).toBeNull();
  });

  it.each([
    ['Last updated on January 21, 2025, at 10:04 a.m. ET', '2025-01-21', 'last updated on'],
    ['Posted Sat 18 Jan 2025 at 6:31am, updated Sat 18 Jan 2025 at 11:02am', '2025-01-18', 'posted'],
    ['Answered Jan 16, 2025', '2025-01-16', 'answered'],
    ['Last updated on January 21, 2025 at 3 pm', '2025-01-21', 'last updated on'],
    ['January 20, 2025 — 6:00 AM', '2025-01-20', ''],
    ['Edited Jan 21, 2025', '2025-01-21', 'edited'],
    ['Filed January 23rd, 2025', '2025-01-23', 'filed'],
    ['January 30, 2025 · 6 min read', '2025-01-30', ''],
    ['2025-01-21 · ~750 words · filed under: #social-media #china', '2025-01-21', ''],
    ['Jan 21, 2025 | 3 comments', '2025-01-21', ''],
    ['Thursday January 23rd, 2025 :: 10:14 a.m. CST', '2025-01-23', ''],
    ['Updated on: January 21, 2025 / 7:48 PM EST / NBS News', '2025-01-21', 'updated on'],
    // A calendar badge's boxes read in order: month, day, weekday, year, time.
    ['Jan 19 Sun 2025 22:47', '2025-01-19', ''],
    // A forum's post stamp, the year first and the month by name.
    ['posted 2025-Jan-23, 8:41 pm AEDT', '2025-01-23', 'posted'],
    ['Post time: Feb-11-2025', '2025-02-11', 'post time'],
    // A blog engine's clock writes the meridiem's first letter alone.
    ['Friday, January 17, 2025 at 8:14:52a EST', '2025-01-17', ''],
    // A post's stamp with its change in brackets, as a class stream or a news site prints it.
    ['Jan 21, 2025 (Edited Jan 22, 2025)', '2025-01-21', ''],
    ['Jan 21st 2025 23:05 AEDT (updated 2025-01-22 09:40)', '2025-01-21', ''],
  ])('GIVEN the stamp "%s" THEN it is a date line for %s, labelled "%s"', (line, iso, label) => {
    expect(dateLine(line)).toEqual({ iso, label });
  });

  it('GIVEN a date followed by words that are no meta field ("· the day everything changed") THEN it is no date line', () => {
    expect(dateLine('January 30, 2025 · the day everything changed')).toBeNull();
    expect(dateLine('Jan 21, 2025 (the day after the ban)')).toBeNull();
    // A bilingual site's date printed again in its other language is still the date alone; another date after it is not.
    expect(dateLine('2025年1月30日 January 30, 2025')).toEqual({ iso: '2025-01-30', label: '' });
    expect(dateLine('2025年1月30日 January 31, 2025')).toBeNull();
  });

  it('GIVEN a weekday in another language before the date ("Thứ Sáu, 24/01/2025 - 09:42 AM", "Sexta-feira, 24/01/2025") THEN it is a date line; another word there is not', () => {
    expect(dateLine('Thứ Sáu, 24/01/2025 - 09:42 AM')).toEqual({ iso: '2025-01-24', label: '' });
    expect(dateLine('Sexta-feira, 24/01/2025')).toEqual({ iso: '2025-01-24', label: '' });
    expect(dateLine('Banana, 24/01/2025')).toBeNull();
  });

  it('GIVEN a date whose CMS leaves out the space after the comma ("Jan 23,2025") THEN it is read', () => {
    expect(findDate('By Rana Haddad - Jan 23,2025 - Last updated at Jan 23,2025')?.iso).toBe('2025-01-23');
    expect(findDate('January 23,2025')?.iso).toBe('2025-01-23');
  });

  it('GIVEN stamps labelled "Written:", "Review date:", "Reviewed", "Date prepared:", or ending in a full stop THEN each is a date line with its label', () => {
    expect(dateLine('Written: 21 January 2025')).toEqual({ iso: '2025-01-21', label: 'written' });
    expect(dateLine('Review date: January 22, 2025')).toEqual({ iso: '2025-01-22', label: 'review date' });
    expect(dateLine('Reviewed February 2, 2025')).toEqual({ iso: '2025-02-02', label: 'reviewed' });
    expect(dateLine('Date prepared: January 24, 2025')).toEqual({ iso: '2025-01-24', label: 'date prepared' });
    expect(dateLine('Last updated on Jan 24, 2025.')).toEqual({ iso: '2025-01-24', label: 'last updated on' });
    expect(dateLine('Date: January 24, 2025')?.label).toBe('date');
  });

  it('GIVEN a date written the Chinese and Japanese way ("2025年1月18日") THEN it is read', () => {
    expect(findDate('发布时间：2025年1月18日 10:23')?.iso).toBe('2025-01-18');
  });

  it.each([
    ['18 de Janeiro de 2025, 7:45', '2025-01-18', ''],
    ['Sábado, 18 de enero de 2025', '2025-01-18', ''],
    ['Publicado el 21 de enero de 2025', '2025-01-21', 'publicado el'],
    ['veröffentlicht am 18. Januar 2025 um 10:30 Uhr', '2025-01-18', 'veröffentlicht am'],
    ["Publié le 20 janvier 2025 à 05h30, modifié le 20 janvier 2025 à 10h12", '2025-01-20', 'publié le'],
    ['tisdag 21 januari 2025 kl. 10.30', '2025-01-21', ''],
    ['18 stycznia 2025', '2025-01-18', ''],
    ['2025년 1월 16일', '2025-01-16', ''],
    ['입력2025.01.16. 오후 4:27  수정2025.01.16. 오후 6:02  기사원문', '2025-01-16', '입력'],
    ['2025. 1. 22. 23:14', '2025-01-22', ''],
    ['Opdateret 17. jan. 2025 kl. 09.41', '2025-01-17', 'opdateret'],
    ['الخميس، 16 يناير 2025 02:15 م', '2025-01-16', ''],
    ['جمعرات، 23 جنوری، 2025', '2025-01-23', ''],
    ['Jumamosi, 18 Januari 2025', '2025-01-18', ''],
    ['शनिवार, 18 जनवरी 2025', '2025-01-18', ''],
    ['четверг, 16 января 2025 г.', '2025-01-16', ''],
    ['четвртак, 16. јануар 2025.', '2025-01-16', ''],
    ['Πέμπτη 16 Ιανουαρίου 2025', '2025-01-16', ''],
    ['2025. január 16.', '2025-01-16', ''],
    ['2025 जनवरी 16', '2025-01-16', ''],
    ['১৬ জানুয়ারি ২০২৫', '2025-01-16', ''],
    ['१८ जनवरी २०२५', '2025-01-18', ''],
    ['17. 1. 2025', '2025-01-17', ''],
    ['17 Eanáir 2025 ag 14:22', '2025-01-17', ''],
    ['22 Ionawr 2025 am 09:15', '2025-01-22', ''],
  ])('GIVEN a date as pages in other languages print it ("%s") THEN it is a date line', (line, iso, label) => {
    expect(dateLine(line)).toEqual({ iso, label });
  });

  it('GIVEN dates in other calendars (Taiwan\'s "民國114年2月4日" and "114-02-04", Japan\'s "令和7年1月29日" and "Reiwa 7 (2025) January 29", a Thai page\'s "22 January 2568") THEN they are read as the Gregorian days they are; a part number is no date', () => {
    expect(findDate('民國114年2月4日')?.iso).toBe('2025-02-04');
    expect(dateLine('Date:114-02-04')?.iso).toBe('2025-02-04');
    expect(findDate('登録日：令和7年1月29日　更新日：令和7年2月3日')?.iso).toBe('2025-01-29');
    expect(findDate('令和元年5月1日')?.iso).toBe('2019-05-01');
    expect(findDate('Registered: Reiwa 7 (2025) January 29 | Updated: Reiwa 7 (2025) February 3')?.iso).toBe('2025-01-29');
    expect(dateLine('Wednesday, 22 January 2568')?.iso).toBe('2025-01-22');
    expect(findDate('Part no. 114-02-04-7')).toBeNull();
    expect(findDate('Room 114-02-04A')).toBeNull();
  });

  it('GIVEN a city office\'s "Registered: … | Updated: …" and a news service\'s stamp naming its section after the time ("| 14:35 | Economy", lynx\'s "[20]Economy") THEN each is a date line', () => {
    expect(dateLine('Registered: Reiwa 7 (2025) January 29 | Updated: Reiwa 7 (2025) February 3')).toEqual({ iso: '2025-01-29', label: 'registered' });
    expect(dateLine('Wednesday, 22 January 2568 | 14:35 | [20]Economy')?.iso).toBe('2025-01-22');
    expect(dateLine('Wednesday, 22 January 2025 | 14:35 | Economy')?.iso).toBe('2025-01-22');
    expect(dateLine('Wednesday, 22 January 2025 | 14:35 | the day the app went dark')).toBeNull();
  });

  it('GIVEN a Persian page\'s Gregorian month ("۲۸ ژانویهٔ ۲۰۲۵") THEN it is that month, not the Persian calendar\'s; a short name English gives a weekday ("16 Sat 2025") is no month', () => {
    expect(findDate('۲۸ ژانویهٔ ۲۰۲۵')?.iso).toBe('2025-01-28');
    expect(findDate('16 Sat 2025')).toBeNull();
    expect(findDate('16 Satumba 2025')?.iso).toBe('2025-09-16');
  });

  it('GIVEN prose in another language with a date inside, or a version number THEN it is no date line', () => {
    expect(dateLine('Le 14 janvier 2025, la porte-parole du ministère a salué les nouveaux venus.')).toBeNull();
    expect(findDate('version 2025.13.40')).toBeNull();
  });

  it('GIVEN any text THEN it never throws, and any date found is a real calendar day', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const found = findDate(text);
        if (found) expect(new Date(`${found.iso}T00:00:00Z`).toISOString().slice(0, 10)).toBe(found.iso);
      }),
      { numRuns: 300 },
    );
  });
});

describe('dateLine', () => {
  it.each([
    ['Jan 16, 2025', ''],
    ['Published: 6:05 PM PST January 22, 2025', 'published'],
    ['Updated: 2025-01-21 06:17', 'updated'],
    ['Sunday, August 17, 2025', ''],
    ['Thursday, 16/1/2025, 20:45 (GMT+7)', ''],
    ['January 17, 2025 (JST)', ''],
    ['Date of release: 15/01/2025', 'date of release'],
    ['Publication date: January 22, 2025', 'publication date'],
    ['2025-01-13 21:47:12.304 GMT', ''],
    ['Sist endret 22.01.2025', 'sist endret'],
    ['Gipatik: Enero 25, 2025 - 8:40 AM', 'gipatik'],
    ['نُشر في: الثلاثاء ٢٨ يناير ٢٠٢٥ - ١٠:٢١ ص', 'نُشر في'],
    ['Publiziert am 19.01.2025 14.55', 'publiziert am'],
    ['Dernière mise à jour le 20 janvier 2025', 'dernière mise à jour le'],
  ])('GIVEN the stamp "%s" THEN it is a date line (label "%s")', (line, label) => {
    expect(dateLine(line)?.label).toBe(label);
  });

  it.each(['On January 13, the app surged to number one.', 'By Guo Yi | China Daily | Updated: 2025-01-21 06:17', 'Jan 16, 2025 was a busy day for RedNote'])(
    'GIVEN a sentence or byline holding a date ("%s") THEN it is not a bare date line',
    (line) => {
      expect(dateLine(line)).toBeNull();
    },
  );
});

describe('isRelativeStamp', () => {
  it.each(['Updated 2 hours ago', '5 mins ago', 'Yesterday', 'Posted a few days ago', '3h ago', '2d ago'])('GIVEN "%s" THEN it is a stamp relative to the save, not a date', (line) => {
    expect(isRelativeStamp(line)).toBe(true);
  });

  it('GIVEN a sentence mentioning days ago THEN it is not a stamp', () => {
    expect(isRelativeStamp('The app was banned two days ago, officials said.')).toBe(false);
  });
});

describe('findDate with slashes and labels', () => {
  it.each([
    ['01/17/2025', '2025-01-17'],
    ['17/01/2025', '2025-01-17'],
  ])('GIVEN "%s", which can be read only one way THEN %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it.each([
    ['17.01.2025', '2025-01-17'],
    ['01.21.2025', '2025-01-21'],
    ['02.01.2025', '2025-01-02'],
  ])('GIVEN the dotted "%s" THEN the day comes first unless only the first number can be the month: %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it.each([
    ['编辑于 2025-01-16 美国', '编辑于'],
    ['Report Date: January 16, 2025', 'report date'],
    ['planted 2025-01-16', 'planted'],
  ])('GIVEN "%s" THEN a date line labelled %s', (line, label) => {
    expect(dateLine(line)).toEqual({ iso: '2025-01-16', label });
  });

  it.each(['January 18, 2025  ·', 'January 18, 2025 · Edited · 🌎'])('GIVEN a social post\'s stamp "%s" THEN a date line', (line) => {
    expect(dateLine(line)?.iso).toBe('2025-01-18');
  });

  it('GIVEN a details box\'s "Date Posted: 01.21.2025 14:06" THEN a labelled date line', () => {
    expect(dateLine('Date Posted: 01.21.2025 14:06')).toEqual({ iso: '2025-01-21', label: 'date posted' });
  });

  it('GIVEN "01/02/2025", January 2nd or February 1st THEN no date rather than a guess', () => {
    expect(findDate('01/02/2025')).toBeNull();
  });

  it('GIVEN "Last modified on Fri 17 Jan 2025 14.32 GMT" THEN it is a labelled date line', () => {
    expect(dateLine('Last modified on Fri 17 Jan 2025 14.32 GMT')).toEqual({ iso: '2025-01-17', label: 'last modified on' });
  });
});

describe('dates as scrapes glue them', () => {
  it('GIVEN "January 16, 20259:42 AM GMT+8Updated 2 hours ago" (inline elements joined with no space) THEN it is a date line for January 16', () => {
    expect(dateLine('January 16, 20259:42 AM GMT+8Updated 2 hours ago')).toEqual({ iso: '2025-01-16', label: '' });
  });

  it('GIVEN a stamp followed by its update note ("Jan 16, 2025 · Updated 2 hours ago", "Published : Jan. 16, 2025 - 14:31 Updated : Jan. 16, 2025 - 18:02") THEN it is a date line', () => {
    expect(dateLine('Jan 16, 2025 · Updated 2 hours ago')?.iso).toBe('2025-01-16');
    expect(dateLine('Published : Jan. 16, 2025 - 14:31 Updated : Jan. 16, 2025 - 18:02')).toEqual({ iso: '2025-01-16', label: 'published' });
  });

  it('GIVEN a five-digit number after a month and day THEN it is no year', () => {
    expect(findDate('Jan 16, 20259 users')).toBeNull();
  });
});

describe('datelineDate (the dateline opening a wire story or press release)', () => {
  it.each([
    ['ASHFORD, Ohio (January 28, 2025) - The brief migration of American users…', '2025-01-28'],
    ['WASHINGTON, Jan. 16, 2025 /PRNewswire/ -- Acme today announced…', '2025-01-16'],
    ['NEW YORK — January 5, 2025 — The company said…', '2025-01-05'],
    ['ST. LOUIS, 16 January 2025 (Agency) - Officials said…', '2025-01-16'],
  ])('GIVEN "%s" THEN the date is %s', (line, iso) => {
    expect(datelineDate(line)).toBe(iso);
  });

  it('GIVEN a dateline without a year THEN the year comes from the caller, or there is no date', () => {
    const line = 'BEIJING, Jan 16 (Meridian Wire) - Chinese lifestyle app RedNote is hunting…';
    expect(datelineDate(line)).toBeNull();
    expect(datelineDate(line, 2025)).toBe('2025-01-16');
  });

  it.each(['LONDON (Reuters) - No date in this one.', 'The US, Jan 16, 2025 - not a dateline', 'On Jan 16, 2025 - the app topped the charts.', 'RedNote said on January 16, 2025 - a Thursday - that…'])(
    'GIVEN "%s" THEN it is no dated dateline',
    (line) => {
      expect(datelineDate(line, 2025)).toBeNull();
    },
  );

  it('GIVEN any text THEN it never throws, and a date found is a real calendar day', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 1990, max: 2030 }), (text, year) => {
        const found = datelineDate(text, year);
        if (found) expect(new Date(`${found}T00:00:00Z`).toISOString().slice(0, 10)).toBe(found);
      }),
      { numRuns: 300 },
    );
  });
});

describe('dateLine: more stamps', () => {
  it.each([
    ['Volume 843: debated on Wednesday 22 January 2025', '2025-01-22'],
    ['時間 Sun Jan 19 22:41:07 2025', '2025-01-19'],
    ['Sun Jan 19 22:41:07 2025', '2025-01-19'],
    ['Jan 23rd 2025|SHANGHAI', '2025-01-23'],
  ])('GIVEN "%s" THEN it is a date stamp for %s', (line, iso) => {
    expect(dateLine(line)?.iso).toBe(iso);
  });

  it('GIVEN a date and a section in title case after a bar THEN it is no dateline (a place is in capitals)', () => {
    expect(dateLine('Jan 23rd 2025 | Politics and the press')).toBeNull();
  });

  it('GIVEN a sentence with a volume number and a date in it THEN it is no stamp', () => {
    expect(dateLine('Volume 3 of the series came out on January 22, 2025, to good reviews.')).toBeNull();
  });
});

describe('two-digit years', () => {
  it.each([
    ['Posted on 17 January 25 at 16:05', '2025-01-17'],
    ["3 Feb '25, 09:12", '2025-02-03'],
  ])('GIVEN a forum\'s stamp "%s" with the time after its two-digit year THEN it is the date %s', (line, iso) => {
    expect(findDate(line)?.iso).toBe(iso);
  });

  it('GIVEN a day and month followed by a number in prose THEN that number is no year', () => {
    expect(findDate('On 17 January 25 people queued outside the office.')).toBeNull();
  });
});

describe('bilingual labels', () => {
  it('GIVEN "發布日期 Date：" and the date with the same day in Taiwan\'s calendar in brackets THEN the line is that date\'s stamp', () => {
    expect(dateLine('發布日期 Date：2025-01-22（民國114年1月22日）')?.iso).toBe('2025-01-22');
  });

  it('GIVEN a different date in the brackets after it THEN the line is no stamp', () => {
    expect(dateLine('發布日期 Date：2025-01-22（2025-02-03）')).toBeNull();
  });
});

describe('isIssueDate', () => {
  it.each([['February 2025'], ['Feb. 2025'], ['WINTER 2025'], ['Winter 2024–25'], ['Jan./Feb. 2025']])('GIVEN an issue\'s month or season and year ("%s") THEN it is an issue date', (text) => {
    expect(isIssueDate(text)).toBe(true);
  });

  it.each([['January 24, 2025'], ['Maywood 2025'], ['The Overtone'], ['Spring Valley Times']])('GIVEN "%s" THEN it is none', (text) => {
    expect(isIssueDate(text)).toBe(false);
  });
});

describe('numeric date order', () => {
  it.each([
    ['Posted 1/27/2025 … Posted 2/4/2025', 'month-first'],
    ['27/01/2025 and 02-04-2025', 'day-first'],
    ['2/4/2025 and 3/5/2025', null],
    ['1/27/2025 and 27/1/2025', null],
  ] as const)('GIVEN "%s" THEN the page writes its dates %s', (text, order) => {
    expect(numericDateOrder(text)).toBe(order);
  });

  it('GIVEN an ambiguous "2/4/2025" THEN it is read only under an order the page shows, and the order ends with the page', () => {
    expect(findDate('Posted 2/4/2025')).toBeNull();
    expect(withNumericDateOrder('Posted 1/27/2025', () => findDate('Posted 2/4/2025')?.iso)).toBe('2025-02-04');
    expect(withNumericDateOrder('Posted 27/1/2025', () => findDate('Posted 2/4/2025')?.iso)).toBe('2025-04-02');
    expect(findDate('Posted 2/4/2025')).toBeNull();
  });

  it('GIVEN any text THEN an order is found only when every unambiguous slashed date agrees', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 })), { maxLength: 6 }), (pairs) => {
        const text = pairs.map(([a, b]) => `${a}/${b}/2025`).join(' ');
        const order = numericDateOrder(text);
        const md = pairs.some(([a, b]) => a <= 12 && b > 12);
        const dm = pairs.some(([a, b]) => a > 12 && b <= 12);
        expect(order).toBe(md === dm ? null : md ? 'month-first' : 'day-first');
      }),
    );
  });
});

describe('yearlessStampDate', () => {
  it.each([
    ['Jan 24', '2025-01-24'],
    ['Sat, Jan 25 at 4:12 PM', '2025-01-25'],
    ['Jan 24, 3:42 PM', '2025-01-24'],
    ['TUESDAY, JAN 21', '2025-01-21'],
    ['January 15 at 7:42 PM', '2025-01-15'],
    ['17 Jan', '2025-01-17'],
    ['Jan. 21  06:25 am JST', '2025-01-21'],
    ['Thu, 23 Jan, 08:02 (12 days ago)', '2025-01-23'],
  ])('GIVEN a post\'s stamp without a year ("%s") THEN it is %s in the page\'s year', (stamp, iso) => {
    expect(yearlessStampDate(stamp, 2025)).toBe(iso);
  });

  it.each([['Jan 2025'], ['January 24, 2025'], ['Meet us on Jan 24 at the library'], ['Feb 30'], ['Volume 3']])('GIVEN "%s" THEN it is no such stamp', (text) => {
    expect(yearlessStampDate(text, 2025)).toBeNull();
  });
});
