import type { DocumentMeta, Reference } from '../corpus/types.js';
import { DISCORD_LIMITS, fitToDiscordLimits, truncate } from './limits.js';
import { escapeMarkdown, maskedLink } from './markdown.js';
import { EMBED_COLOR, type Embed, type MessagePayload } from './payload.js';

function documentLine(doc: DocumentMeta): string {
  const title = doc.url !== '' ? maskedLink(doc.title, doc.url) : `**${escapeMarkdown(doc.title)}**`;
  const facts = [doc.publisher, doc.author ? `by ${doc.author}` : '', doc.date].filter((s) => s !== '').map(escapeMarkdown);
  return `• ${title}${facts.length > 0 ? ` — ${facts.join(' · ')}` : ''}`;
}

function referenceLine(ref: Reference): string {
  const label = `${ref.outlet} – ${ref.title}`;
  return `${ref.number}. ${ref.url !== '' ? maskedLink(label, ref.url) : escapeMarkdown(label)}`;
}

/** Joins lines up to a character budget, saying how many did not fit. */
function linesWithin(lines: readonly string[], budget: number): string {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const more = `…and ${lines.length - i} more`;
    if (used + line.length + 1 > budget - more.length - 1) {
      out.push(more);
      break;
    }
    out.push(line);
    used += line.length + 1;
  }
  return out.join('\n');
}

export function renderSources(documents: readonly DocumentMeta[], references: readonly Reference[]): MessagePayload {
  const embeds: Embed[] = [
    {
      title: `The corpus: ${documents.length} article${documents.length === 1 ? '' : 's'}`,
      description: linesWithin(documents.map(documentLine), 2500),
      color: EMBED_COLOR,
    },
  ];
  const byDocument = new Map<string, Reference[]>();
  for (const ref of references) byDocument.set(ref.document, [...(byDocument.get(ref.document) ?? []), ref]);
  for (const [docId, refs] of byDocument) {
    const doc = documents.find((d) => d.id === docId);
    embeds.push({
      title: truncate(`Source list${doc ? ` of “${doc.title}”` : ''}`, DISCORD_LIMITS.embedTitle),
      description: linesWithin(refs.map(referenceLine), 3000),
      color: EMBED_COLOR,
      footer: { text: 'Answers cite these as related coverage.' },
    });
  }
  return fitToDiscordLimits({ embeds, allowed_mentions: { parse: [] } });
}
