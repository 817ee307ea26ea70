/**
 * Slash-command definitions as data, with option types derived from them so
 * a handler's options can never drift from what Discord is told.
 */
export type OptionKind = 'string' | 'integer' | 'boolean';

export interface OptionDefinition {
  readonly name: string;
  readonly description: string;
  readonly type: OptionKind;
  readonly required?: boolean;
  readonly autocomplete?: boolean;
  readonly max_length?: number;
  readonly min_length?: number;
  readonly min_value?: number;
  readonly max_value?: number;
}

/** Discord's interaction contexts and installation types. */
export const Context = { Guild: 0, BotDM: 1, PrivateChannel: 2 } as const;
export const Install = { Guild: 0, User: 1 } as const;

/**
 * chat: a slash command. message: an entry of a message's Apps menu (a message context-menu
 * command), which Discord shows by its name, spaces and capitals allowed, with no options.
 */
export type CommandKind = 'chat' | 'message';

export interface CommandDefinition<O extends readonly OptionDefinition[] = readonly OptionDefinition[]> {
  /** Default chat. */
  readonly kind?: CommandKind;
  readonly name: string;
  /** For /help (Discord shows no description for a message command). */
  readonly description: string;
  /** A message command's name in the local console, typed as /<consoleName> <text>. */
  readonly consoleName?: string;
  readonly options: O;
  /** Permission bits (as a decimal string) a member needs by default; null for everyone. */
  readonly default_member_permissions: string | null;
  readonly contexts: readonly number[];
  readonly integration_types: readonly number[];
}

type ValueOf<K extends OptionKind> = K extends 'string' ? string : K extends 'integer' ? number : boolean;

export type OptionValues<O extends readonly OptionDefinition[]> = {
  [D in O[number] as D['name']]: D['required'] extends true ? ValueOf<D['type']> : ValueOf<D['type']> | undefined;
};

export type RawOptions = Readonly<Record<string, string | number | boolean | undefined>>;

export class OptionError extends Error {
  override name = 'OptionError';
}

/** Checks raw option values (from Discord or the console) against the definition. */
export function readOptions<O extends readonly OptionDefinition[]>(definition: CommandDefinition<O>, raw: RawOptions): OptionValues<O> {
  const values: Record<string, string | number | boolean | undefined> = {};
  for (const option of definition.options) {
    const value = raw[option.name];
    if (value === undefined) {
      if (option.required === true) throw new OptionError(`/${definition.name} needs the \`${option.name}\` option.`);
      values[option.name] = undefined;
      continue;
    }
    values[option.name] = coerce(definition.name, option, value);
  }
  return values as OptionValues<O>;
}

function coerce(command: string, option: OptionDefinition, value: string | number | boolean): string | number | boolean {
  switch (option.type) {
    case 'string': {
      const text = String(value);
      if (option.max_length !== undefined && text.length > option.max_length) {
        throw new OptionError(`\`${option.name}\` can be at most ${option.max_length} characters (yours has ${text.length}).`);
      }
      return text;
    }
    case 'integer': {
      // Console text: Number('') is 0 and Number('0x10') is 16, so only plain digits count.
      const n = typeof value === 'number' ? value : /^\s*[-+]?\d+\s*$/.test(String(value)) ? Number(value) : Number.NaN;
      if (!Number.isInteger(n)) throw new OptionError(`\`${option.name}\` of /${command} must be a whole number.`);
      if ((option.min_value !== undefined && n < option.min_value) || (option.max_value !== undefined && n > option.max_value)) {
        throw new OptionError(`\`${option.name}\` must be between ${option.min_value ?? '-∞'} and ${option.max_value ?? '∞'}.`);
      }
      return n;
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      const text = String(value).toLowerCase();
      if (['true', 'yes', 'on', '1'].includes(text)) return true;
      if (['false', 'no', 'off', '0'].includes(text)) return false;
      throw new OptionError(`\`${option.name}\` must be true or false.`);
    }
  }
}

const OPTION_TYPE_NUMBER: Record<OptionKind, number> = { string: 3, integer: 4, boolean: 5 };

/** Discord's application command types: CHAT_INPUT and MESSAGE. */
const COMMAND_TYPE_NUMBER: Record<CommandKind, number> = { chat: 1, message: 3 };

/** The JSON Discord's bulk-overwrite endpoint takes for this command. */
export function toApplicationCommandJson(definition: CommandDefinition): Record<string, unknown> {
  if (definition.kind === 'message') {
    // Discord requires an empty description and no options on context-menu commands.
    return {
      type: COMMAND_TYPE_NUMBER.message,
      name: definition.name,
      description: '',
      default_member_permissions: definition.default_member_permissions,
      contexts: [...definition.contexts],
      integration_types: [...definition.integration_types],
    };
  }
  return {
    type: 1,
    name: definition.name,
    description: definition.description,
    default_member_permissions: definition.default_member_permissions,
    contexts: [...definition.contexts],
    integration_types: [...definition.integration_types],
    options: definition.options.map((o) => ({ ...o, type: OPTION_TYPE_NUMBER[o.type], required: o.required ?? false })),
  };
}
