import path from 'node:path';
import { PROJECT_ROOT } from '../config/loadConfig.js';
import type { ReportLine } from '../corpus/types.js';
import type { LoadReport, NewArticle } from '../runtime/corpusStore.js';
import { fitToDiscordLimits, truncate } from './limits.js';
import { escapeMarkdown } from './markdown.js';
import { EMBED_COLOR, type EmbedField, type MessagePayload } from './payload.js';

function reportLines(lines: readonly ReportLine[], level: ReportLine['level']): string {
  return lines
    .filter((l) => l.level === level)
    .map((l) => `• \`${truncate(l.file, 80).replace(/`/g, "'")}\` ${escapeMarkdown(l.message)}`)
    .join('\n');
}

function list(ids: readonly string[]): string {
  return ids.length > 8 ? `${ids.slice(0, 8).join(', ')} and ${ids.length - 8} more` : ids.join(', ');
}

/** Articles listed one by one in the reply; the rest are counted. */
const MAX_NEW_ARTICLES = 8;

/** Each new article with the title, author and date it got, saying plainly when none was found. */
function newArticleLines(articles: readonly NewArticle[]): string {
  const lines = articles.slice(0, MAX_NEW_ARTICLES).map((a) => {
    const author = a.author !== '' ? `by ${escapeMarkdown(truncate(a.author, 60))}` : 'no author found';
    const date = a.date !== '' ? a.date : 'no date found';
    return `• **${escapeMarkdown(truncate(a.title, 100))}** (\`${a.id}\`): ${author}, ${date}`;
  });
  if (articles.length > MAX_NEW_ARTICLES) lines.push(`… and ${articles.length - MAX_NEW_ARTICLES} more (see /sources)`);
  return lines.join('\n');
}

/** SEEDS_DIR as a moderator knows it: relative to the project when inside it (`seeds/`), else in full. */
export function folderName(seedsDir: string): string {
  const relative = path.relative(PROJECT_ROOT, seedsDir);
  const shown = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : seedsDir;
  return `${shown.replace(/[\\/]+$/, '')}/`.replace(/`/g, "'");
}

export function renderReload(report: LoadReport, seedsDir: string = path.join(PROJECT_ROOT, 'seeds')): MessagePayload {
  if (!report.ok) {
    const kept = report.keptGeneration === null ? 'No index is loaded yet.' : 'The previous index is still answering questions.';
    return fitToDiscordLimits({
      embeds: [
        {
          title: 'Reload failed',
          description: `${escapeMarkdown(report.error)}\n\n${kept} Fix the files in \`${truncate(folderName(seedsDir), 200)}\` and run /reload again.`,
          color: 0xd83c3e,
          footer: { text: `${report.durationMs} ms` },
        },
      ],
      allowed_mentions: { parse: [] },
    });
  }
  const { changes } = report;
  const changeText =
    changes.added.length + changes.changed.length + changes.removed.length === 0
      ? 'No article changed.'
      : [
          changes.added.length > 0 ? `Added: ${list(changes.added)}` : '',
          changes.changed.length > 0 ? `Changed: ${list(changes.changed)}` : '',
          changes.removed.length > 0 ? `Removed: ${list(changes.removed)}` : '',
        ]
          .filter((s) => s !== '')
          .join('\n');
  const fields: EmbedField[] = [
    { name: 'Articles', value: String(report.documents), inline: true },
    { name: 'Chunks', value: String(report.chunks), inline: true },
    { name: 'References', value: String(report.references), inline: true },
    { name: 'Changes', value: escapeMarkdown(changeText) },
  ];
  if (report.newArticles.length > 0) fields.push({ name: 'New articles: check their titles, authors and dates', value: newArticleLines(report.newArticles) });
  const skipped = reportLines(report.report, 'skipped');
  if (skipped !== '') fields.push({ name: 'Skipped files', value: skipped });
  const warnings = reportLines(report.report, 'warning');
  if (warnings !== '') fields.push({ name: 'Warnings', value: warnings });
  const notes = reportLines(report.report, 'info');
  if (notes !== '') fields.push({ name: 'Notes', value: notes });
  return fitToDiscordLimits({
    embeds: [
      {
        title: report.joined ? 'Corpus reloaded (joined a reload already running)' : 'Corpus reloaded',
        fields,
        color: EMBED_COLOR,
        footer: { text: `Took ${report.durationMs} ms` },
      },
    ],
    allowed_mentions: { parse: [] },
  });
}
