import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { looksLikeUiDump, uiDumpAsHtml } from '../../src/corpus/readUiDump.js';

const APP = 'com.example.news';
const node = (pkg: string, id: string, text: string, children?: string) =>
  `<node index="0" text="${text}" resource-id="${pkg}:id/${id}" class="android.widget.TextView" package="${pkg}" content-desc="" bounds="[0,0][10,10]"${children === undefined ? '/>' : `>\n${children}\n</node>`}`;

const BODY = [
  'When Darnell Hughes posted a video from the parking lot of the Warren plant, he expected a few likes from coworkers.',
  'Instead, hundreds of people in China asked him what he earns, how long his shifts are and whether he owns a truck.',
  '“They wanted to know everything,” Hughes said. “One guy in Hefei asked about my dental plan.”',
];

/** A terminal session around a dump: the system's bars, the app's tabs, headline, meta line, body, an ad and what plays next. */
const SESSION = [
  'mod-laptop:~/intake$ adb shell uiautomator dump /sdcard/window_dump.xml',
  'UI hierchary dumped to: /sdcard/window_dump.xml',
  'mod-laptop:~/intake$ xmllint --format dump.xml',
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<hierarchy rotation="0">',
  node('com.android.systemui', 'status_bar', '', [node('com.android.systemui', 'clock', '4:12'), node('com.android.systemui', 'date', 'Sun, Jan 26'), node('com.android.systemui', 'outside_temperature', '31°F')].join('\n')),
  node(APP, 'article_container', '', [
    node(APP, 'toolbar_title', 'Dashline News'),
    node(APP, 'tab_label', 'Top Stories'),
    node(APP, 'tab_label', 'Business'),
    node(APP, 'kicker', 'BUSINESS'),
    node(APP, 'headline', 'On RedNote, Detroit autoworkers and Chinese EV fans compare paychecks &amp; pickups'),
    node(APP, 'meta_line', 'Jan 24, 2025 · 6 min read'),
    ...BODY.map((p) => node(APP, 'body_paragraph', p.replace(/"/g, '&quot;'))),
    node(APP, 'inline_ad_container', '', [node(APP, 'ad_label', 'Sponsored'), node(APP, 'ad_text', 'Lakeside Ford: 0% APR for 60 months on select 2025 F-150s. Tap to call the dealer when parked.')].join('\n')),
  ].join('\n')),
  node('com.android.car.media', 'bar_title', 'WDET 101.9 FM'),
  '</hierarchy>',
  'mod-laptop:~/intake$ ',
].join('\n');

describe('readUiDump', () => {
  it('GIVEN an Android UI dump inside a terminal session THEN the app in front is read as a page, its headline the title, the system bars and the terminal left out', () => {
    expect(looksLikeUiDump(SESSION)).toBe(true);
    const html = uiDumpAsHtml(SESSION) ?? '';
    expect(html).toContain('<title>On RedNote, Detroit autoworkers and Chinese EV fans compare paychecks &amp; pickups</title>');
    expect(html).toContain('<h1 class="headline">');
    expect(html).toContain('<div class="inline_ad_container">');
    expect(html).not.toContain('4:12');
    expect(html).not.toContain('WDET');
    expect(html).not.toContain('adb shell');
  });

  it('GIVEN XML that is no UI dump, or a dump with no text THEN it is none', () => {
    expect(looksLikeUiDump('<?xml version="1.0"?><rss><channel><title>Feed</title></channel></rss>')).toBe(false);
    expect(looksLikeUiDump(`<hierarchy rotation="0">${node(APP, 'frame', '')}</hierarchy>`)).toBe(false);
  });

  it('GIVEN a UI dump dropped into the corpus folder THEN the article loads titled and dated, without the ad, the tabs or the status bar', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-uidump-'));
    try {
      await writeFile(path.join(dir, 'dashline.txt'), SESSION);
      const [document] = (await loadCorpus(dir, { maxFileBytes: 1024 * 1024 })).documents;
      expect(document?.meta).toMatchObject({ title: 'On RedNote, Detroit autoworkers and Chinese EV fans compare paychecks & pickups', date: '2025-01-24' });
      const text = document?.paragraphs.map((p) => p.text).join('\n') ?? '';
      for (const sentence of BODY) expect(text).toContain(sentence);
      expect(text).not.toMatch(/Lakeside Ford|Top Stories|31°F|Sponsored/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
