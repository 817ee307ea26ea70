import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Client, Message, MessageContextMenuCommandInteraction } from 'discord.js';
import type { InteractionRequest } from '../interaction/handleInteraction.js';
import type { Invoker, Place, TargetMessage } from '../interaction/types.js';

type Supported = ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ButtonInteraction | AutocompleteInteraction;

function invokerOf(interaction: Supported): Invoker {
  const member = interaction.member;
  const nick = member && 'nick' in member && typeof member.nick === 'string' ? member.nick : null;
  return { id: interaction.user.id, name: nick ?? interaction.user.globalName ?? interaction.user.username, locale: interaction.locale };
}

function placeOf(interaction: Supported, client: Client): Place {
  const member = interaction.member;
  const roles = member === null ? [] : Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  // Set when the bot itself is installed where the command ran (not only installed by the user).
  const guildOwner = interaction.authorizingIntegrationOwners.guildId;
  const guildId = interaction.guildId;
  return {
    guildId,
    channelId: interaction.channelId,
    memberPermissions: interaction.memberPermissions?.bitfield ?? null,
    roleIds: roles,
    guildInstall: guildId !== null && (guildOwner !== null || client.guilds.cache.has(guildId)),
  };
}

/** The message a message command targets: its text, what its link previews say, and where it is. */
function targetOf(message: Message): TargetMessage {
  const embedText = message.embeds.map((e) => [e.title, e.description].filter((t) => t !== null && t !== '').join('\n')).filter((t) => t !== '').join('\n');
  // A DM's link has "@me" where a server's id would be; a message of a user-installed app in a server the bot is not in still has its ids.
  const url = message.channelId ? `https://discord.com/channels/${message.guildId ?? '@me'}/${message.channelId}/${message.id}` : null;
  return { id: message.id, content: message.content, embedText, url };
}

/** Turns a discord.js interaction into the plain request the commands understand. */
export function toRequest(interaction: Supported, client: Client): InteractionRequest {
  const invoker = invokerOf(interaction);
  const place = placeOf(interaction, client);
  if (interaction.isButton()) return { kind: 'button', customId: interaction.customId, invoker, place };
  if (interaction.isMessageContextMenuCommand()) return { kind: 'message-command', name: interaction.commandName, target: targetOf(interaction.targetMessage), invoker, place };
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return { kind: 'autocomplete', name: interaction.commandName, focused: { name: focused.name, value: String(focused.value) }, invoker, place };
  }
  const options: Record<string, string | number | boolean | undefined> = {};
  for (const option of interaction.options.data) {
    if (option.value !== undefined && option.value !== null) options[option.name] = option.value;
  }
  return { kind: 'command', name: interaction.commandName, options: options, invoker, place };
}
