import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/loadConfig.js';
import type { ReportLine } from '../../src/corpus/types.js';
import { DISCORD_LIMITS } from '../../src/render/limits.js';
import { folderName, renderReload } from '../../src/render/renderReload.js';
import type { LoadReport } from '../../src/runtime/corpusStore.js';

function ok(extra: Partial<Extract<LoadReport, { ok: true }>> = {}): LoadReport {
  return { ok: true, documents: 5, chunks: 60, references: 10, changes: { added: [], changed: [], removed: [] }, durationMs: 42, report: [], joined: false, ...extra };
}

const field = (report: LoadReport, name: string) => renderReload(report).embeds![0]!.fields?.find((f) => f.name === name)?.value;

describe('renderReload', () => {
  it('GIVEN a successful reload with no changes THEN the counts show and it says nothing changed', () => {
    const embed = renderReload(ok()).embeds![0]!;
    expect(embed.title).toBe('Corpus reloaded');
    expect(embed.fields?.slice(0, 4)).toEqual([
      { name: 'Articles', value: '5', inline: true },
      { name: 'Chunks', value: '60', inline: true },
      { name: 'References', value: '10', inline: true },
      { name: 'Changes', value: 'No article changed.' },
    ]);
    expect(embed.footer?.text).toBe('Took 42 ms');
  });

  it('GIVEN added, changed and removed articles THEN each kind is listed by id', () => {
    const changes = { added: ['new-one'], changed: ['bridging-cultures', 'digital-cold-war'], removed: ['china-embraces-surge'] };
    expect(field(ok({ changes }), 'Changes')).toBe('Added: new-one\nChanged: bridging-cultures, digital-cold-war\nRemoved: china-embraces-surge');
  });

  it('GIVEN many changed articles THEN the list is shortened to eight and a count', () => {
    const changed = Array.from({ length: 20 }, (_, i) => `doc-${i}`);
    expect(field(ok({ changes: { added: [], changed, removed: [] } }), 'Changes')).toBe('Changed: doc-0, doc-1, doc-2, doc-3, doc-4, doc-5, doc-6, doc-7 and 12 more');
  });

  it('GIVEN skipped files, warnings and notes THEN each group gets its own field naming the file and the reason', () => {
    const report: ReportLine[] = [
      { file: 'image.txt', level: 'skipped', message: 'it looks like a binary file, not text' },
      { file: 'synonyms.txt line 3', level: 'warning', message: 'has more than one "=>"; line ignored' },
      { file: '003_200d01fda1a40a2c.txt', level: 'info', message: 'repaired 22 mojibake sequences (UTF-8 read as windows-1257)' },
    ];
    const r = ok({ report });
    expect(field(r, 'Skipped files')).toBe('• `image.txt` it looks like a binary file, not text');
    expect(field(r, 'Warnings')).toBe('• `synonyms.txt line 3` has more than one "=>"; line ignored');
    expect(field(r, 'Notes')).toBe('• `003_200d01fda1a40a2c.txt` repaired 22 mojibake sequences (UTF-8 read as windows-1257)');
  });

  it('GIVEN a file name with backticks or markdown THEN it cannot break out of its code span', () => {
    const value = field(ok({ report: [{ file: 'evil`name`**.txt', level: 'skipped', message: 'is **bold** @everyone' }] }), 'Skipped files');
    expect(value).toBe("• `evil'name'**.txt` is \\*\\*bold\\*\\* @\u200beveryone");
  });

  it('GIVEN thousands of report lines THEN the reply still fits Discord', () => {
    const report: ReportLine[] = Array.from({ length: 3000 }, (_, i) => ({ file: `file-${i}.txt`, level: (['skipped', 'warning', 'info'] as const)[i % 3]!, message: 'x'.repeat(200) }));
    const embed = renderReload(ok({ report })).embeds![0]!;
    for (const f of embed.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    const total = (embed.title?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  });

  it('GIVEN a reload that joined one already running THEN the title says so', () => {
    expect(renderReload(ok({ joined: true })).embeds![0]!.title).toBe('Corpus reloaded (joined a reload already running)');
  });

  it('GIVEN a failed reload with an index in service THEN it says why and that the previous index still answers', () => {
    const embed = renderReload({ ok: false, error: 'the corpus folder /srv/seeds cannot be read (ENOENT)', durationMs: 3, joined: false, keptGeneration: 2 }).embeds![0]!;
    expect(embed.title).toBe('Reload failed');
    expect(embed.description).toBe(
      'the corpus folder /srv/seeds cannot be read (ENOENT)\n\nThe previous index is still answering questions. Fix the files in `seeds/` and run /reload again.',
    );
  });

  it('GIVEN SEEDS_DIR elsewhere THEN a failed reload names that folder, not seeds/', () => {
    const failed = { ok: false as const, error: 'no article could be loaded', durationMs: 3, joined: false, keptGeneration: 1 };
    expect(renderReload(failed, '/srv/corpus').embeds![0]!.description).toContain('Fix the files in `/srv/corpus/` and run /reload again.');
    expect(renderReload(failed, path.join(PROJECT_ROOT, 'corpora', 'news')).embeds![0]!.description).toContain('Fix the files in `corpora/news/`');
    expect(folderName(path.join(PROJECT_ROOT, 'seeds'))).toBe('seeds/');
  });

  it('GIVEN a failed first load THEN it says no index is loaded yet', () => {
    expect(renderReload({ ok: false, error: 'no article could be loaded', durationMs: 3, joined: false, keptGeneration: null }).embeds![0]!.description).toContain('No index is loaded yet.');
  });

  it('GIVEN any reload reply THEN it pings nobody', () => {
    expect(renderReload(ok()).allowed_mentions).toEqual({ parse: [] });
    expect(renderReload({ ok: false, error: '@everyone', durationMs: 1, joined: false, keptGeneration: 1 }).allowed_mentions).toEqual({ parse: [] });
  });
});
