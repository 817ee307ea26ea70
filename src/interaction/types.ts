import type { Logger } from '../log/logger.js';
import type { AutocompleteChoice, FileAttachment, MessagePayload } from '../render/payload.js';
import type { InsightsRecorder } from '../insights/recorder.js';
import type { CorpusStore } from '../runtime/corpusStore.js';
import type { HostsReport } from '../hosts/reloadRelay.js';
import type { SessionStore } from './answerSessions.js';
import { OptionError, readOptions, type CommandDefinition, type OptionDefinition, type OptionValues, type RawOptions } from './commandDefinition.js';
import type { CooldownGate } from './cooldown.js';

export interface Invoker {
  id: string;
  /** Display name, for logs and "asked by". */
  name: string;
  /** The member's Discord client language (e.g. en-US), recorded with their questions; absent in the console. */
  locale?: string | null;
}

/** Where an interaction happened, as far as permissions are concerned. */
export interface Place {
  guildId: string | null;
  channelId: string | null;
  /** The member's permissions in this channel (a bitfield); null outside servers. */
  memberPermissions: bigint | null;
  roleIds: readonly string[];
  /** Whether the bot itself is installed in this server (not only installed by the user). */
  guildInstall: boolean;
}

export interface Services {
  store: CorpusStore;
  sessions: SessionStore;
  cooldowns: CooldownGate;
  logger: Logger;
  moderatorRoleIds: readonly string[];
  /** Called after a moderator's successful /reload: with shards, the other processes reload too. */
  onModeratorReload?: () => void;
  /** With Redis: every other host reloads alongside this host's /reload (`ownReload`), and this says which confirmed. */
  reloadOtherHosts?: (ownReload: Promise<unknown>) => Promise<HostsReport>;
  /** The question log behind /insights and /forget-me; absent: nothing is recorded (scripts, unit tests). */
  insights?: InsightsRecorder;
}

export interface Reply {
  type: 'reply';
  payload: MessagePayload;
  ephemeral: boolean;
}

/** Replace the message the button is on (paging). */
export interface Update {
  type: 'update';
  payload: MessagePayload;
  /**
   * A short line saying what the click did, where the changed message alone says it (a vote
   * colours its button): the console prints it instead of the whole message again.
   */
  acknowledgement?: string;
}

export type CommandResult = Reply & {
  resultCount?: number;
  /**
   * A file added to the reply once the reply is out (the /insights chart): the reply never
   * waits for it, and when it cannot be made the reply stays as it is.
   */
  attachLater?: () => Promise<FileAttachment>;
};
export type ButtonResult = (Reply | Update) & { resultCount?: number };

/** The message a message command was used on, as far as the commands care. */
export interface TargetMessage {
  id: string;
  /** What the message says (Discord sends it for the targeted message, whatever the bot's intents). */
  content: string;
  /** Titles and descriptions of its embeds (a link's preview): what a bare link says. */
  embedText: string;
  /** A link to the message, when it is in a place that has one. */
  url: string | null;
}

export interface MessageCommandContext {
  target: TargetMessage;
  invoker: Invoker;
  place: Place;
  services: Services;
}

export interface CommandContext<O extends readonly OptionDefinition[]> {
  options: OptionValues<O>;
  invoker: Invoker;
  place: Place;
  services: Services;
}

export interface ButtonContext {
  /** The custom_id minus the command's prefix, split on ":". */
  args: string[];
  invoker: Invoker;
  place: Place;
  services: Services;
}

export interface AutocompleteContext {
  focused: { name: string; value: string };
  invoker: Invoker;
  services: Services;
}

export interface CommandModule<O extends readonly OptionDefinition[] = readonly OptionDefinition[]> {
  definition: CommandDefinition<O>;
  /** Whether the reply will be ephemeral, known before it runs (a deferred reply must say). */
  isEphemeral(options: OptionValues<O>): boolean;
  execute(context: CommandContext<O>): Promise<CommandResult>;
  autocomplete?(context: AutocompleteContext): Promise<AutocompleteChoice[]>;
  /** Buttons whose custom_id starts with `${definition.name}:`. */
  button?(context: ButtonContext): Promise<ButtonResult>;
}

/** A message command (Apps → name on a message): no options, the message is the input. */
export interface MessageCommandModule {
  definition: CommandDefinition<readonly []> & { kind: 'message' };
  onMessage(context: MessageCommandContext): Promise<CommandResult>;
}

/** A command with its option types erased behind validation: what the registry and dispatcher hold. */
export interface RegisteredCommand {
  definition: CommandDefinition;
  isEphemeral(raw: RawOptions): boolean;
  run(raw: RawOptions, context: Omit<CommandContext<readonly OptionDefinition[]>, 'options'>): Promise<CommandResult>;
  autocomplete?(context: AutocompleteContext): Promise<AutocompleteChoice[]>;
  button?(context: ButtonContext): Promise<ButtonResult>;
  /** Message commands only. */
  onMessage?(context: MessageCommandContext): Promise<CommandResult>;
}

export function defineMessageCommand(module: MessageCommandModule): RegisteredCommand {
  return {
    definition: module.definition,
    // Always private: the answer is for whoever asked; "Post publicly" shares it.
    isEphemeral: () => true,
    run: async () => {
      throw new OptionError(`${module.definition.name} works on a message: open a message's menu and choose Apps → ${module.definition.name}.`);
    },
    onMessage: (context) => module.onMessage(context),
  };
}

export function defineCommand<const O extends readonly OptionDefinition[]>(module: CommandModule<O>): RegisteredCommand {
  const registered: RegisteredCommand = {
    definition: module.definition,
    isEphemeral: (raw) => {
      try {
        return module.isEphemeral(readOptions(module.definition, raw));
      } catch {
        return true;
      }
    },
    run: (raw, context) => module.execute({ ...context, options: readOptions(module.definition, raw) }),
  };
  if (module.autocomplete) registered.autocomplete = module.autocomplete.bind(module);
  if (module.button) registered.button = module.button.bind(module);
  return registered;
}
