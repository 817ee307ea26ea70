import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { Context, Install, OptionError, readOptions, toApplicationCommandJson, type CommandDefinition } from '../../src/interaction/commandDefinition.js';

const SEARCH = {
  name: 'search',
  description: 'Search',
  options: [
    { name: 'query', description: 'What to look for', type: 'string', required: true, max_length: 20 },
    { name: 'limit', description: 'How many', type: 'integer', min_value: 1, max_value: 10 },
    { name: 'private', description: 'Only you see it', type: 'boolean' },
  ],
  default_member_permissions: null,
  contexts: [Context.Guild],
  integration_types: [Install.Guild],
} as const satisfies CommandDefinition;

function optionError(raw: Record<string, string | number | boolean | undefined>): string {
  try {
    readOptions(SEARCH, raw);
  } catch (error) {
    if (error instanceof OptionError) return error.message;
    throw error;
  }
  throw new Error('expected an OptionError');
}

describe('readOptions', () => {
  it('GIVEN valid values THEN they come back typed, and absent optional ones are undefined', () => {
    const values = readOptions(SEARCH, { query: 'RedNote', limit: 3, private: true });
    expect(values).toEqual({ query: 'RedNote', limit: 3, private: true });
    const typed: { query: string; limit: number | undefined; private: boolean | undefined } = values;
    expect(typed.query).toBe('RedNote');
    expect(readOptions(SEARCH, { query: 'RedNote' })).toEqual({ query: 'RedNote', limit: undefined, private: undefined });
  });

  it('GIVEN text typed at the console THEN numbers and yes/no words are read as their types', () => {
    expect(readOptions(SEARCH, { query: 'x', limit: '7', private: 'yes' })).toEqual({ query: 'x', limit: 7, private: true });
    for (const word of ['true', 'YES', 'on', '1']) expect(readOptions(SEARCH, { query: 'x', private: word }).private).toBe(true);
    for (const word of ['false', 'No', 'off', '0']) expect(readOptions(SEARCH, { query: 'x', private: word }).private).toBe(false);
  });

  it('GIVEN a missing required option THEN the polite message names the command and the option', () => {
    expect(optionError({})).toBe('/search needs the `query` option.');
  });

  it('GIVEN text that is too long THEN the message gives the limit and the length', () => {
    expect(optionError({ query: 'x'.repeat(25) })).toBe('`query` can be at most 20 characters (yours has 25).');
  });

  it.each([['ten'], ['2.5'], [2.5], [''], ['0x2'], ['1e0'], [true]])('GIVEN %j for a whole-number option THEN it asks for a whole number', (limit) => {
    expect(optionError({ query: 'x', limit })).toBe('`limit` of /search must be a whole number.');
  });

  it.each([[0], [11], ['-3']])('GIVEN %j outside the range THEN the message gives the range', (limit) => {
    expect(optionError({ query: 'x', limit })).toBe('`limit` must be between 1 and 10.');
  });

  it('GIVEN a word that is not yes or no THEN it asks for true or false', () => {
    expect(optionError({ query: 'x', private: 'maybe' })).toBe('`private` must be true or false.');
  });

  it('GIVEN options the command does not have THEN they are ignored', () => {
    expect(readOptions(SEARCH, { query: 'x', extra: 'y' })).toEqual({ query: 'x', limit: undefined, private: undefined });
  });
});

describe('toApplicationCommandJson', () => {
  it('GIVEN /ask THEN Discord gets a chat command with typed options, autocomplete, length limit and every context', () => {
    const ask = COMMANDS.find((c) => c.definition.name === 'ask')!;
    expect(toApplicationCommandJson(ask.definition)).toEqual({
      type: 1,
      name: 'ask',
      description: 'Ask the news corpus a question and get cited excerpts',
      default_member_permissions: null,
      contexts: [0, 1, 2],
      integration_types: [0, 1],
      options: [
        { name: 'question', description: 'What do you want to know?', type: 3, required: true, autocomplete: true, max_length: 1000 },
        { name: 'private', description: 'Only you see the answer (default: false, everyone in the channel sees it)', type: 5, required: false },
      ],
    });
  });

  it('GIVEN /reload THEN it is limited to servers and, by default, to members with Manage Server', () => {
    const reload = COMMANDS.find((c) => c.definition.name === 'reload')!;
    expect(toApplicationCommandJson(reload.definition)).toMatchObject({ default_member_permissions: '32', contexts: [0], integration_types: [0], options: [] });
  });

  it('GIVEN every registered command THEN names and descriptions are within what Discord accepts', () => {
    for (const { definition } of COMMANDS) {
      // Slash command names are lower case without spaces; a message command's is what the Apps menu shows.
      expect(definition.name).toMatch(definition.kind === 'message' ? /^[\w -]{1,32}$/ : /^[a-z0-9_-]{1,32}$/);
      expect(definition.description.length).toBeGreaterThan(0);
      expect(definition.description.length).toBeLessThanOrEqual(100);
      for (const option of definition.options) {
        expect(option.name).toMatch(/^[a-z0-9_-]{1,32}$/);
        expect(option.description.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('GIVEN a message command THEN Discord gets type 3, an empty description and no options; /help keeps the description', () => {
    const find = COMMANDS.find((c) => c.definition.kind === 'message')!;
    expect(toApplicationCommandJson(find.definition)).toEqual({
      type: 3,
      name: 'Find sources',
      description: '',
      default_member_permissions: null,
      contexts: [0, 1, 2],
      integration_types: [0, 1],
    });
    expect(find.definition.description).toMatch(/passages/);
  });
});
