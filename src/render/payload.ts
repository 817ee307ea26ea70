/**
 * The message payload citebot renders: plain objects in the shape of
 * Discord's API JSON, so the core needs no discord.js types. The Discord
 * adapter sends them as they are; the console prints them as text.
 */
export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface Embed {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  fields?: EmbedField[];
  footer?: { text: string };
}

export const ButtonStyle = { Primary: 1, Secondary: 2, Success: 3, Danger: 4, Link: 5 } as const;

export interface Button {
  type: 2;
  style: (typeof ButtonStyle)[keyof typeof ButtonStyle];
  label?: string;
  emoji?: { name: string };
  custom_id: string;
  disabled?: boolean;
}

export interface ActionRow {
  type: 1;
  components: Button[];
}

export interface MessagePayload {
  content?: string;
  embeds?: Embed[];
  components?: ActionRow[];
  /** Always empty: no reply ever pings anyone, whatever the question contains. */
  allowed_mentions: { parse: [] };
}

/** A file uploaded with a message (Discord takes it as a multipart part, files[n]). */
export interface FileAttachment {
  name: string;
  data: Buffer;
  /** Alt text shown by Discord. */
  description?: string;
}

export interface AutocompleteChoice {
  name: string;
  value: string;
}

export const EMBED_COLOR = 0xff2442; // RedNote red
