import { performance } from 'node:perf_hooks';
import type { AutocompleteChoice } from '../render/payload.js';
import { renderNotice } from '../render/renderNotice.js';
import { OptionError, type RawOptions } from './commandDefinition.js';
import type { ButtonResult, CommandResult, Invoker, Place, RegisteredCommand, Services, TargetMessage } from './types.js';

export type InteractionRequest =
  | { kind: 'command'; name: string; options: RawOptions; invoker: Invoker; place: Place }
  | { kind: 'message-command'; name: string; target: TargetMessage; invoker: Invoker; place: Place }
  | { kind: 'button'; customId: string; invoker: Invoker; place: Place }
  | { kind: 'autocomplete'; name: string; focused: { name: string; value: string }; invoker: Invoker; place: Place };

export type InteractionResponse = CommandResult | ButtonResult | { type: 'choices'; choices: AutocompleteChoice[] };

const APOLOGY = 'Sorry, something went wrong while answering. It has been logged; please try again in a moment.';

export function findCommand(commands: readonly RegisteredCommand[], name: string): RegisteredCommand | undefined {
  return commands.find((c) => c.definition.name === name);
}

/** Whether the reply will be ephemeral, known before running (a deferred reply has to say). */
export function replyWillBeEphemeral(commands: readonly RegisteredCommand[], request: InteractionRequest): boolean {
  if (request.kind === 'message-command') return findCommand(commands, request.name)?.isEphemeral({}) ?? true;
  if (request.kind !== 'command') return true;
  return findCommand(commands, request.name)?.isEphemeral(request.options) ?? true;
}

/**
 * The one way into the commands, for Discord and the console alike: finds
 * the command, runs it, turns failures into a short polite reply, and logs
 * one line per interaction (command, latency, result count).
 */
export async function handleInteraction(
  request: InteractionRequest,
  commands: readonly RegisteredCommand[],
  services: Services,
): Promise<InteractionResponse> {
  const started = performance.now();
  const name = request.kind === 'button' ? request.customId.split(':')[0] ?? '' : request.name;
  const command = findCommand(commands, name);
  let response: InteractionResponse;
  let outcome = 'ok';
  try {
    if (!command) {
      outcome = 'unknown-command';
      response = request.kind === 'autocomplete' ? { type: 'choices', choices: [] } : notice(`I don't know that command. Try /help.`);
    } else if (request.kind === 'command') {
      response = await command.run(request.options, { invoker: request.invoker, place: request.place, services });
    } else if (request.kind === 'message-command') {
      response = command.onMessage
        ? await command.onMessage({ target: request.target, invoker: request.invoker, place: request.place, services })
        : notice(`/${name} is a slash command: type it in the message box.`);
    } else if (request.kind === 'button') {
      response = command.button
        ? await command.button({ args: request.customId.split(':').slice(1), invoker: request.invoker, place: request.place, services })
        : notice('That button is not one I know.');
    } else {
      response = { type: 'choices', choices: command.autocomplete ? await command.autocomplete({ focused: request.focused, invoker: request.invoker, services }) : [] };
    }
  } catch (error) {
    if (error instanceof OptionError) {
      outcome = 'bad-option';
      response = notice(error.message);
    } else {
      outcome = 'error';
      services.logger.error({ err: error, interaction: request.kind, command: name, user: request.invoker.id, guild: request.place.guildId }, 'interaction failed');
      response = request.kind === 'autocomplete' ? { type: 'choices', choices: [] } : notice(APOLOGY);
    }
  }
  const latencyMs = Math.round((performance.now() - started) * 100) / 100;
  const results = response.type === 'choices' ? response.choices.length : (response.resultCount ?? null);
  const level = request.kind === 'autocomplete' ? 'debug' : 'info';
  services.logger[level](
    { interaction: request.kind, command: name, user: request.invoker.id, guild: request.place.guildId, latencyMs, results, outcome },
    `${request.kind} ${name}`,
  );
  return response;
}

function notice(text: string): CommandResult {
  return { type: 'reply', ephemeral: true, payload: renderNotice(text), resultCount: 0 };
}
