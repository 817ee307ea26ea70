import type { Embed, MessagePayload } from './payload.js';

export interface TextOptions {
  /** ANSI bold for **markdown** (a terminal); otherwise the asterisks stay. */
  color: boolean;
}

function markdownToText(text: string, options: TextOptions): string {
  let out = text.replace(/\[([^\]]+)\]\((\S+?)\)/g, '$1 <$2>');
  out = options.color ? out.replace(/\*\*(.+?)\*\*/g, '\u001b[1m$1\u001b[22m') : out;
  return out.replace(/\\([\\*_~`|[\]>#-])/g, '$1').replace(/\u200b/g, '');
}

function embedText(embed: Embed, options: TextOptions): string {
  const lines: string[] = [];
  if (embed.title !== undefined) lines.push(`── ${markdownToText(embed.title, options)}${embed.url ? ` <${embed.url}>` : ''}`);
  if (embed.description !== undefined) lines.push(markdownToText(embed.description, options));
  for (const field of embed.fields ?? []) {
    const value = markdownToText(field.value, options);
    lines.push(field.inline === true ? `${field.name}: ${value}` : `${field.name}:\n${value.replace(/^/gm, '  ')}`);
  }
  if (embed.footer) lines.push(`(${markdownToText(embed.footer.text, options)})`);
  return lines.join('\n');
}

/**
 * The console's view of a message: the same payload the bot sends to
 * Discord, as text. Buttons are listed with numbers the user can type.
 */
export function renderText(payload: MessagePayload, options: TextOptions = { color: false }): { text: string; buttons: string[] } {
  const parts: string[] = [];
  if (payload.content !== undefined && payload.content !== '') parts.push(markdownToText(payload.content, options));
  for (const embed of payload.embeds ?? []) parts.push(embedText(embed, options));
  const buttons: string[] = [];
  const labels: string[] = [];
  for (const row of payload.components ?? []) {
    for (const button of row.components) {
      if (button.disabled === true) continue;
      buttons.push(button.custom_id);
      labels.push(`[${buttons.length}] ${[button.emoji?.name, button.label].filter(Boolean).join(' ')}`);
    }
  }
  if (labels.length > 0) parts.push(`Buttons: ${labels.join('  ')}  (type the number)`);
  return { text: parts.join('\n\n'), buttons };
}
