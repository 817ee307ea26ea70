import type { CommandDefinition } from '../interaction/commandDefinition.js';
import { fitToDiscordLimits } from './limits.js';
import { EMBED_COLOR, type MessagePayload } from './payload.js';

/** `recording`: the question log is on, and /help says what it keeps. */
const PRIVACY =
  'Privacy: citebot keeps your questions and button presses, with a keyed hash instead of your Discord id, so moderators can see what the corpus is missing. /forget-me deletes yours.';

export function renderHelp(definitions: readonly CommandDefinition[], recording = false): MessagePayload {
  const lines = definitions.map((d) => {
    if (d.kind === 'message') return `**Apps → ${d.name}** (on any message${d.consoleName ? `; \`/${d.consoleName} <text>\` in the console` : ''})\n${d.description}`;
    const options = d.options.map((o) => (o.required === true ? `${o.name}:<${o.type}>` : `[${o.name}:<${o.type}>]`)).join(' ');
    const details = d.options.map((o) => `  · \`${o.name}\`: ${o.description}`).join('\n');
    return `**/${d.name}**${options ? ` \`${options}\`` : ''}\n${d.description}${details ? `\n${details}` : ''}`;
  });
  return fitToDiscordLimits({
    embeds: [
      {
        title: 'citebot: answers with cited excerpts',
        description: `${lines.join('\n\n')}\n\nAnswers quote the articles in the corpus and link related coverage. If the corpus doesn't say, citebot says so.${recording ? `\n\n${PRIVACY}` : ''}`,
        color: EMBED_COLOR,
      },
    ],
    allowed_mentions: { parse: [] },
  });
}
