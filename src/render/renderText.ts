import type { Embed, MessagePayload } from './payload.js';

export interface TextOptions {
  /** ANSI bold for **markdown** (a terminal); otherwise plain text, without the asterisks (a pipe or a file). */
  color: boolean;
}

/** Characters escapeMarkdown puts a backslash before. */
const ESCAPED = /\\([\\*_~`|[\]>#-])/g;
/** Stands in for an escaped character while links and bold are read; user text never holds it (removed first). */
const HELD = '\u{F0000}';
const HELD_AT = /\u{F0000}(\d+)\u{F0000}/gu;
/**
 * Terminal control characters (ESC sequences can rewrite the screen or hide a link behind other
 * text, OSC 8) and the zero-width space that defuses mentions: never printed from corpus or user text.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u{F0000}]/gu;

function markdownToText(text: string, options: TextOptions): string {
  // Escaped characters are set aside first, so "\[link\](https://…)" typed in a question stays text, not a link.
  const held: string[] = [];
  let out = text.replace(UNPRINTABLE, '').replace(ESCAPED, (_match, c: string) => `${HELD}${held.push(c) - 1}${HELD}`);
  out = out.replace(/\[([^\]]+)\]\((\S+?)\)/g, '$1 <$2>');
  out = out.replace(/\*\*(.+?)\*\*/g, options.color ? '\u001b[1m$1\u001b[22m' : '$1');
  return out.replace(HELD_AT, (_match, i: string) => held[Number(i)] ?? '');
}

/** "Buttons: [1] ▶ More  [2] 👍  (type the number)" for the enabled buttons, and their custom_ids in that order. */
export function buttonLine(payload: MessagePayload): { line: string | null; buttons: string[] } {
  const buttons: string[] = [];
  const labels: string[] = [];
  for (const row of payload.components ?? []) {
    for (const button of row.components) {
      if (button.disabled === true) continue;
      buttons.push(button.custom_id);
      labels.push(`[${buttons.length}] ${[button.emoji?.name, button.label].filter(Boolean).join(' ')}`);
    }
  }
  return { line: labels.length > 0 ? `Buttons: ${labels.join('  ')}  (type the number)` : null, buttons };
}

function embedText(embed: Embed, options: TextOptions): string {
  const lines: string[] = [];
  if (embed.title !== undefined) lines.push(`── ${markdownToText(embed.title, options)}${embed.url ? ` <${embed.url.replace(UNPRINTABLE, '')}>` : ''}`);
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
  const { line, buttons } = buttonLine(payload);
  if (line !== null) parts.push(line);
  return { text: parts.join('\n\n'), buttons };
}
