import type { Embed, MessagePayload } from './payload.js';

/** Discord's documented message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embedTotal: 6000,
  embeds: 10,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // Never leave half a surrogate pair or, where a space is near, half a word.
  const end = space > max * 0.8 ? space : cut.length - (/[\ud800-\udbff]$/.test(cut) ? 1 : 0);
  return `${cut.slice(0, end).trimEnd()}…`;
}

function embedLength(embed: Embed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

/** The first embed alone is over the total: its last fields go first, then the excerpt and footer are shortened. */
function shrinkEmbed(embed: Embed, budget: number): Embed {
  const out: Embed = { ...embed };
  if (out.fields) {
    const fields = [...out.fields];
    while (fields.length > 0 && embedLength({ ...out, fields }) > budget) fields.pop();
    out.fields = fields;
  }
  for (const part of ['description', 'footer'] as const) {
    const over = embedLength(out) - budget;
    if (over <= 0) break;
    if (part === 'description' && out.description !== undefined) out.description = truncate(out.description, Math.max(1, out.description.length - over));
    if (part === 'footer' && out.footer) out.footer = { text: truncate(out.footer.text, Math.max(1, out.footer.text.length - over)) };
  }
  return out;
}

/**
 * Makes any payload acceptable to Discord: every text within its limit, at
 * most 10 embeds and 25 fields each, and 6000 characters across all embeds
 * (later embeds are dropped first, so the best excerpt always survives).
 */
export function fitToDiscordLimits(payload: MessagePayload): MessagePayload {
  const fitted: MessagePayload = { ...payload };
  if (payload.content !== undefined) fitted.content = truncate(payload.content, DISCORD_LIMITS.content);
  if (payload.embeds) {
    const embeds: Embed[] = [];
    let total = 0;
    for (const raw of payload.embeds.slice(0, DISCORD_LIMITS.embeds)) {
      const embed: Embed = { ...raw };
      if (embed.title !== undefined) embed.title = truncate(embed.title, DISCORD_LIMITS.embedTitle);
      if (embed.description !== undefined) embed.description = truncate(embed.description, DISCORD_LIMITS.embedDescription);
      if (embed.footer) embed.footer = { text: truncate(embed.footer.text, DISCORD_LIMITS.footer) };
      if (embed.fields) {
        embed.fields = embed.fields.slice(0, DISCORD_LIMITS.fields).map((f) => ({
          ...f,
          name: truncate(f.name, DISCORD_LIMITS.fieldName) || '\u200b',
          value: truncate(f.value, DISCORD_LIMITS.fieldValue) || '\u200b',
        }));
      }
      const length = embedLength(embed);
      if (total + length > DISCORD_LIMITS.embedTotal) {
        if (embeds.length === 0) embeds.push(shrinkEmbed(embed, DISCORD_LIMITS.embedTotal));
        break;
      }
      total += length;
      embeds.push(embed);
    }
    fitted.embeds = embeds;
  }
  if (payload.components) {
    fitted.components = payload.components.slice(0, DISCORD_LIMITS.actionRows).map((row) => ({
      ...row,
      components: row.components.slice(0, DISCORD_LIMITS.buttonsPerRow).map((b) => ({
        ...b,
        ...(b.label !== undefined ? { label: truncate(b.label, DISCORD_LIMITS.buttonLabel) } : {}),
      })),
    }));
  }
  return fitted;
}
