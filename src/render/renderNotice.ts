import { fitToDiscordLimits } from './limits.js';
import type { MessagePayload } from './payload.js';

/** A one-line message: errors, refusals, cooldowns, acknowledgements. */
export function renderNotice(text: string): MessagePayload {
  return fitToDiscordLimits({ content: text, allowed_mentions: { parse: [] } });
}
