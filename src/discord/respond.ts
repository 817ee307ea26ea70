import { DiscordAPIError, MessageFlags, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Client, type InteractionReplyOptions } from 'discord.js';
import { handleInteraction, replyWillBeEphemeral } from '../interaction/handleInteraction.js';
import type { RegisteredCommand, Services } from '../interaction/types.js';
import type { Logger } from '../log/logger.js';
import type { MessagePayload } from '../render/payload.js';
import { toRequest } from './toRequest.js';

/** Discord drops an interaction not acknowledged within 3 s; past this we defer and edit later. */
export const DEFER_AFTER_MS = 2000;

const KNOWN_REST_ERRORS: Record<number, string> = {
  10062: 'unknown interaction: it expired (over 3 s) or was answered elsewhere',
  40060: 'interaction already acknowledged',
  10008: 'message no longer exists',
  50001: 'missing access to the channel',
  50013: 'missing permissions',
};

function toDiscordMessage(payload: MessagePayload, ephemeral: boolean): InteractionReplyOptions {
  return {
    content: payload.content ?? '',
    embeds: payload.embeds ?? [],
    components: payload.components ?? [],
    allowedMentions: { parse: [] },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

export function describeRestError(error: unknown): Record<string, unknown> {
  if (error instanceof DiscordAPIError) {
    return { code: error.code, status: error.status, method: error.method, route: error.url.replace(/\/interactions\/\d+\/[^/]+/, '/interactions/:id/:token').replace(/\/webhooks\/(\d+)\/[^/]+/, '/webhooks/$1/:token'), meaning: KNOWN_REST_ERRORS[Number(error.code)] ?? error.message };
  }
  return { message: (error as Error)?.message ?? String(error) };
}

/**
 * Answers one interaction: runs the command through the shared dispatcher,
 * defers when it runs long, and never lets a failed REST call escape.
 */
export async function respond(
  interaction: ChatInputCommandInteraction | ButtonInteraction | AutocompleteInteraction,
  client: Client,
  commands: readonly RegisteredCommand[],
  services: Services,
  logger: Logger,
): Promise<void> {
  const request = toRequest(interaction, client);
  const context = { interaction: request.kind, command: request.kind === 'button' ? request.customId.split(':')[0] : request.name, interactionId: interaction.id, user: interaction.user.id, guild: interaction.guildId };
  try {
    if (interaction.isAutocomplete()) {
      const response = await handleInteraction(request, commands, services);
      if (response.type === 'choices') await interaction.respond(response.choices);
      return;
    }

    const ephemeral = replyWillBeEphemeral(commands, request);
    // Set from the timer callback, so held in an object the compiler does not narrow.
    const state: { deferral: Promise<unknown> | null } = { deferral: null };
    const timer = setTimeout(() => {
      state.deferral = (interaction.isButton() ? interaction.deferUpdate() : interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {})).catch((error: unknown) => {
        logger.warn({ ...context, ...describeRestError(error) }, 'could not defer the reply');
      });
    }, DEFER_AFTER_MS);
    const response = await handleInteraction(request, commands, services).finally(() => clearTimeout(timer));
    if (response.type === 'choices') return;

    if (state.deferral === null) {
      if (response.type === 'update' && interaction.isButton()) await interaction.update(toDiscordMessage(response.payload, false) as never);
      else await interaction.reply(toDiscordMessage(response.payload, response.type === 'reply' && response.ephemeral));
      return;
    }
    await state.deferral;
    logger.info({ ...context }, 'reply was deferred (answer took over 2 s)');
    if (response.type === 'update' || (!interaction.isButton() && response.type === 'reply' && response.ephemeral === ephemeral)) {
      await interaction.editReply(toDiscordMessage(response.payload, false) as never);
    } else {
      // The deferred reply's visibility can no longer change: answer in a follow-up.
      await interaction.followUp(toDiscordMessage(response.payload, response.ephemeral));
      if (!interaction.isButton()) await interaction.deleteReply().catch(() => undefined);
    }
  } catch (error) {
    logger.error({ ...context, ...describeRestError(error) }, 'could not answer the interaction');
  }
}
