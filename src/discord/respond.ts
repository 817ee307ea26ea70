import {
  DiscordAPIError,
  HTTPError,
  MessageFlags,
  type AutocompleteInteraction,
  type BaseMessageOptions,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import { handleInteraction, replyWillBeEphemeral } from '../interaction/handleInteraction.js';
import type { RegisteredCommand, Services } from '../interaction/types.js';
import type { Logger } from '../log/logger.js';
import type { FileAttachment, MessagePayload } from '../render/payload.js';
import { renderNotice } from '../render/renderNotice.js';
import type { TurnQueue } from './takeTurns.js';
import { toRequest } from './toRequest.js';

/** Discord drops an interaction not acknowledged within 3 s of its creation; past this we defer and edit later. */
export const DEFER_AFTER_MS = 2000;

const SEND_FAILED = 'Sorry, I could not send that answer. It has been logged; please try again in a moment.';

const KNOWN_REST_ERRORS: Record<number, string> = {
  10062: 'unknown interaction: it expired (over 3 s) or was answered elsewhere',
  40060: 'interaction already acknowledged',
  10015: 'unknown webhook: the interaction token expired (15 minutes)',
  10008: 'message no longer exists',
  50001: 'missing access to the channel',
  50013: 'missing permissions',
  50035: 'Discord rejected the message body',
};

/** Codes meaning the interaction can no longer be answered by us: apologising would fail the same way. */
const INTERACTION_GONE = new Set([10062, 40060, 10015]);

type Answerable = ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ButtonInteraction;

/** Same shape for reply, update, edit and follow-up; visibility is added by the caller where it applies. */
function toMessageOptions(payload: MessagePayload): BaseMessageOptions {
  return {
    content: payload.content ?? '',
    embeds: payload.embeds ?? [],
    components: payload.components ?? [],
    allowedMentions: { parse: [] },
  };
}

function withVisibility(message: BaseMessageOptions, ephemeral: boolean): BaseMessageOptions & { flags?: MessageFlags.Ephemeral } {
  return ephemeral ? { ...message, flags: MessageFlags.Ephemeral } : message;
}

/** Drops the interaction token (a credential for 15 minutes) and the host from a REST URL. */
function routeOf(url: string): string {
  let path = url;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    // Already a path, or not percent-encoded as expected: keep it as it is.
  }
  return path
    .replace(/^\/api(\/v\d+)?/, '')
    .replace(/\/interactions\/(\d+)\/[^/?]+/, '/interactions/$1/:token')
    .replace(/\/webhooks\/(\d+)\/[^/?]+/, '/webhooks/$1/:token');
}

/** Log fields for a failed Discord call: code, status and route for REST errors, never the token. */
export function describeRestError(error: unknown): Record<string, unknown> {
  if (error instanceof DiscordAPIError) {
    const code = Number(error.code);
    return { code, status: error.status, method: error.method, route: routeOf(error.url), meaning: KNOWN_REST_ERRORS[code] ?? error.message };
  }
  if (error instanceof HTTPError) {
    // @discordjs/rest only throws this for 5xx once its retries are used up.
    return { status: error.status, method: error.method, route: routeOf(error.url), meaning: `Discord answered ${error.status} ${error.message} (after retries)` };
  }
  if (error instanceof Error) return { err: error };
  return { message: String(error) };
}

function interactionGone(error: unknown): boolean {
  return error instanceof DiscordAPIError && INTERACTION_GONE.has(Number(error.code));
}

/** Expected failures (the interaction is gone) are warnings; anything else is an error worth a look. */
function logFailure(logger: Logger, context: Record<string, unknown>, error: unknown, message: string): void {
  logger[interactionGone(error) ? 'warn' : 'error']({ ...context, ...describeRestError(error) }, message);
}

/**
 * How long to wait before deferring. Counted from the interaction's creation, so one delivered
 * late (a gateway resume replaying it, a busy event loop) is deferred at once rather than too late.
 */
function deferDelay(interaction: Answerable, now = Date.now()): number {
  const age = Math.max(0, now - interaction.createdTimestamp);
  return Math.max(0, DEFER_AFTER_MS - age);
}

/**
 * Sends a new message once the interaction has been deferred. A button was deferred with
 * deferUpdate, which made no message, so a follow-up stands alone with its own visibility.
 * A command's first follow-up would fill its "thinking…" message and inherit that message's
 * visibility, so when the visibility differs that message is removed first.
 */
async function sendAfterDeferral(interaction: Answerable, message: BaseMessageOptions, ephemeral: boolean, deferredEphemeral: boolean): Promise<void> {
  if (interaction.isButton()) {
    await interaction.followUp(withVisibility(message, ephemeral));
    return;
  }
  if (ephemeral === deferredEphemeral) {
    await interaction.editReply(message);
    return;
  }
  await interaction.deleteReply();
  await interaction.followUp(withVisibility(message, ephemeral));
}

/** Best effort after a failed send: one short private line instead of silence. */
async function apologise(interaction: Answerable, deferredEphemeral: boolean, logger: Logger, context: Record<string, unknown>): Promise<void> {
  const message = toMessageOptions(renderNotice(SEND_FAILED));
  try {
    if (interaction.deferred || interaction.replied) await sendAfterDeferral(interaction, message, true, deferredEphemeral);
    else await interaction.reply(withVisibility(message, true));
  } catch (error) {
    logFailure(logger, context, error, 'could not send the apology either');
  }
}

/** Makes the file and adds it to the reply already sent (a multipart PATCH of @original); a failure leaves the reply as it is. */
async function attachToReply(interaction: Answerable, make: () => Promise<FileAttachment>, logger: Logger, context: Record<string, unknown>): Promise<void> {
  let file: FileAttachment;
  try {
    file = await make();
  } catch (error) {
    logger.warn({ ...context, event: 'attachment-failed', reason: (error as Error).message }, 'could not make the attachment; the reply stands without it');
    return;
  }
  try {
    await interaction.editReply({ files: [{ attachment: file.data, name: file.name, ...(file.description !== undefined ? { description: file.description } : {}) }] });
    logger.info({ ...context, event: 'attachment-sent', file: file.name, bytes: file.data.length }, 'attachment added to the reply');
  } catch (error) {
    logFailure(logger, context, error, 'could not add the attachment to the reply');
  }
}

export interface RespondOptions {
  /** Shared by all interactions of a client, so that a burst is answered one per event-loop turn. */
  turns?: TurnQueue;
}

/**
 * Answers one interaction: runs the command through the shared dispatcher,
 * defers when it runs long, and never lets a failed REST call escape.
 */
export async function respond(
  interaction: Answerable | AutocompleteInteraction,
  client: Client,
  commands: readonly RegisteredCommand[],
  services: Services,
  logger: Logger,
  options: RespondOptions = {},
): Promise<void> {
  const context: Record<string, unknown> = { interactionId: interaction.id, user: interaction.user.id, guild: interaction.guildId };
  try {
    const request = toRequest(interaction, client);
    Object.assign(context, { interaction: request.kind, command: request.kind === 'button' ? request.customId.split(':')[0] : request.name });

    if (interaction.isAutocomplete()) {
      const response = await handleInteraction(request, commands, services);
      if (response.type !== 'choices') return;
      await interaction.respond(response.choices).catch((error: unknown) => logFailure(logger, context, error, 'could not send autocomplete choices'));
      return;
    }

    const deferredEphemeral = replyWillBeEphemeral(commands, request);
    // Set from the timer callback, so held in an object the compiler does not narrow.
    const deferral: { done: Promise<boolean> | null } = { done: null };
    const timer = setTimeout(() => {
      // A large age here on every interaction points at the host's clock, not at slow answers.
      context.deferredAtAgeMs = Date.now() - interaction.createdTimestamp;
      const deferring = interaction.isButton() ? interaction.deferUpdate() : interaction.deferReply(deferredEphemeral ? { flags: MessageFlags.Ephemeral } : {});
      deferral.done = deferring.then(
        () => true,
        (error: unknown) => {
          logFailure(logger, context, error, 'could not defer the reply');
          return false;
        },
      );
      // The deferral has a deadline and the answers do not: let it leave before more are computed.
      options.turns?.yieldTo(deferral.done);
    }, deferDelay(interaction));
    // An interaction still waiting for its turn when the timer fires is deferred all the same.
    const turn = options.turns?.turn() ?? Promise.resolve();
    const response = await turn.then(() => handleInteraction(request, commands, services)).finally(() => clearTimeout(timer));
    if (response.type === 'choices') return;

    const message = toMessageOptions(response.payload);
    const ephemeral = response.type === 'reply' && response.ephemeral;
    try {
      if (deferral.done === null) {
        if (response.type === 'update' && interaction.isButton()) await interaction.update(message);
        else await interaction.reply(withVisibility(message, ephemeral));
      } else {
        // A failed deferral was logged; the interaction cannot be answered any more.
        if (!(await deferral.done)) return;
        logger.info({ ...context, event: 'deferred' }, 'reply was deferred (the answer would have missed Discord\'s 3 s window)');
        if (response.type === 'update') await interaction.editReply(message);
        else await sendAfterDeferral(interaction, message, ephemeral, deferredEphemeral);
      }
    } catch (error) {
      logFailure(logger, context, error, 'could not answer the interaction');
      if (!interactionGone(error)) await apologise(interaction, deferredEphemeral, logger, context);
      return;
    }
    if (response.type === 'reply' && 'attachLater' in response && response.attachLater && ephemeral === deferredEphemeral) {
      await attachToReply(interaction, response.attachLater, logger, context);
    }
  } catch (error) {
    logger.error({ ...context, ...describeRestError(error) }, 'unexpected failure while answering');
  }
}
