import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AnswerSessions } from '../../src/interaction/answerSessions.js';
import { Context, Install, OptionError } from '../../src/interaction/commandDefinition.js';
import { Cooldowns } from '../../src/interaction/cooldown.js';
import { handleInteraction, replyWillBeEphemeral, type InteractionRequest } from '../../src/interaction/handleInteraction.js';
import { defineCommand, type Invoker, type Place, type RegisteredCommand, type Services } from '../../src/interaction/types.js';
import { createLogger } from '../../src/log/logger.js';
import { renderNotice } from '../../src/render/renderNotice.js';
import { CorpusStore } from '../../src/runtime/corpusStore.js';

/** A pino logger writing JSON lines into an array the test can read. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ level: 'debug', destination, pretty: false }), lines };
}

function services(logger: Services['logger']): Services {
  return {
    store: new CorpusStore(path.resolve(import.meta.dirname, '../../seeds'), { maxFileBytes: 1e7 }),
    sessions: new AnswerSessions(60_000),
    cooldowns: new Cooldowns(0),
    logger,
    moderatorRoleIds: [],
  };
}

const base = { default_member_permissions: null, contexts: [Context.Guild], integration_types: [Install.Guild] };

const echo = defineCommand({
  definition: { ...base, name: 'echo', description: 'Echo', options: [{ name: 'times', description: 'n', type: 'integer', required: true, min_value: 1, max_value: 3 }] },
  isEphemeral: () => false,
  async execute({ options }) {
    return { type: 'reply', ephemeral: false, payload: renderNotice('echo '.repeat(options.times).trim()), resultCount: options.times };
  },
  async autocomplete({ focused }) {
    return [{ name: focused.value, value: focused.value }];
  },
  async button({ args }) {
    return { type: 'update', payload: renderNotice(`pressed ${args.join('/')}`) };
  },
});

const boom = defineCommand({
  definition: { ...base, name: 'boom', description: 'Fails', options: [{ name: 'private', description: 'p', type: 'boolean' }] },
  isEphemeral: (options) => options.private === true,
  async execute() {
    throw new TypeError('Cannot read properties of undefined (reading "index")');
  },
  async autocomplete() {
    throw new Error('autocomplete broke');
  },
});

const polite = defineCommand({
  definition: { ...base, name: 'polite', description: 'Refuses politely', options: [] },
  isEphemeral: () => true,
  async execute() {
    throw new OptionError('That does not work here.');
  },
});

const COMMANDS: RegisteredCommand[] = [echo, boom, polite];
const INVOKER: Invoker = { id: '100000000000000001', name: 'alice' };
const PLACE: Place = { guildId: '200000000000000002', channelId: '300000000000000003', memberPermissions: 0n, roleIds: [], guildInstall: true };

const command = (name: string, options: Record<string, string | number | boolean> = {}): InteractionRequest => ({ kind: 'command', name, options, invoker: INVOKER, place: PLACE });

describe('handleInteraction', () => {
  it('GIVEN a command THEN it runs with typed options and one info line logs command, latency, results and outcome', async () => {
    const { logger, lines } = capturedLogger();
    const response = await handleInteraction(command('echo', { times: 2 }), COMMANDS, services(logger));
    expect(response).toMatchObject({ type: 'reply', ephemeral: false, payload: { content: 'echo echo' } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, msg: 'command echo', interaction: 'command', command: 'echo', user: INVOKER.id, guild: PLACE.guildId, results: 2, outcome: 'ok' });
    expect(typeof lines[0]!.latencyMs).toBe('number');
    expect(lines[0]!.latencyMs as number).toBeGreaterThanOrEqual(0);
  });

  it('GIVEN an unknown command THEN a polite private reply points to /help, and the log says unknown-command', async () => {
    const { logger, lines } = capturedLogger();
    const response = await handleInteraction(command('nonsense'), COMMANDS, services(logger));
    expect(response).toEqual({ type: 'reply', ephemeral: true, payload: { content: "I don't know that command. Try /help.", allowed_mentions: { parse: [] } }, resultCount: 0 });
    expect(lines).toEqual([expect.objectContaining({ command: 'nonsense', outcome: 'unknown-command', results: 0 })]);
  });

  it('GIVEN a command that throws THEN the user gets a short private apology and the log has the error with its stack and context', async () => {
    const { logger, lines } = capturedLogger();
    const response = await handleInteraction(command('boom'), COMMANDS, services(logger));
    expect(response).toMatchObject({ type: 'reply', ephemeral: true });
    if (response.type === 'choices') throw new Error('expected a reply');
    expect(response.payload.content).toBe('Sorry, something went wrong while answering. It has been logged; please try again in a moment.');
    expect(response.payload.content).not.toContain('Cannot read');
    const error = lines.find((l) => l.level === 50);
    expect(error).toMatchObject({ msg: 'interaction failed', command: 'boom', user: INVOKER.id, guild: PLACE.guildId, err: { type: 'TypeError', message: 'Cannot read properties of undefined (reading "index")' } });
    expect((error!.err as { stack: string }).stack).toContain('handleInteraction.test.ts');
    expect(lines.filter((l) => l.level === 30)).toEqual([expect.objectContaining({ command: 'boom', outcome: 'error' })]);
  });

  it('GIVEN a bad option value THEN the OptionError message is the reply, not an apology, and nothing is logged as an error', async () => {
    const { logger, lines } = capturedLogger();
    const response = await handleInteraction(command('echo', { times: 'lots' }), COMMANDS, services(logger));
    expect(response).toMatchObject({ type: 'reply', ephemeral: true, payload: { content: '`times` of /echo must be a whole number.' } });
    expect(lines.map((l) => [l.level, l.outcome])).toEqual([[30, 'bad-option']]);
  });

  it('GIVEN a command that refuses with an OptionError THEN its message reaches the user', async () => {
    const { logger } = capturedLogger();
    expect(await handleInteraction(command('polite'), COMMANDS, services(logger))).toMatchObject({ payload: { content: 'That does not work here.' } });
  });

  it('GIVEN a button THEN the command named by its custom_id prefix gets the rest of the id as arguments', async () => {
    const { logger, lines } = capturedLogger();
    const response = await handleInteraction({ kind: 'button', customId: 'echo:page:abc:2', invoker: INVOKER, place: PLACE }, COMMANDS, services(logger));
    expect(response).toMatchObject({ type: 'update', payload: { content: 'pressed page/abc/2' } });
    expect(lines).toEqual([expect.objectContaining({ interaction: 'button', command: 'echo', outcome: 'ok' })]);
  });

  it('GIVEN a button of a command without buttons, or of no command THEN a polite reply, never a crash', async () => {
    const { logger } = capturedLogger();
    expect(await handleInteraction({ kind: 'button', customId: 'boom:x', invoker: INVOKER, place: PLACE }, COMMANDS, services(logger))).toMatchObject({
      payload: { content: 'That button is not one I know.' },
    });
    expect(await handleInteraction({ kind: 'button', customId: '', invoker: INVOKER, place: PLACE }, COMMANDS, services(logger))).toMatchObject({
      payload: { content: "I don't know that command. Try /help." },
    });
  });

  it('GIVEN autocomplete THEN choices come back, logged at debug level only (it fires on every keystroke)', async () => {
    const { logger, lines } = capturedLogger();
    const response = await handleInteraction({ kind: 'autocomplete', name: 'echo', focused: { name: 'q', value: 'red' }, invoker: INVOKER, place: PLACE }, COMMANDS, services(logger));
    expect(response).toEqual({ type: 'choices', choices: [{ name: 'red', value: 'red' }] });
    expect(lines).toEqual([expect.objectContaining({ level: 20, interaction: 'autocomplete', results: 1 })]);
  });

  it('GIVEN autocomplete that throws or an unknown command THEN no choices, never an error reply', async () => {
    const { logger, lines } = capturedLogger();
    const failed = await handleInteraction({ kind: 'autocomplete', name: 'boom', focused: { name: 'q', value: 'x' }, invoker: INVOKER, place: PLACE }, COMMANDS, services(logger));
    expect(failed).toEqual({ type: 'choices', choices: [] });
    expect(lines.some((l) => l.level === 50 && l.msg === 'interaction failed')).toBe(true);
    const unknown = await handleInteraction({ kind: 'autocomplete', name: 'zzz', focused: { name: 'q', value: 'x' }, invoker: INVOKER, place: PLACE }, COMMANDS, services(logger));
    expect(unknown).toEqual({ type: 'choices', choices: [] });
  });
});

describe('replyWillBeEphemeral', () => {
  it('GIVEN a command whose privacy depends on an option THEN it is known before the command runs', () => {
    expect(replyWillBeEphemeral(COMMANDS, command('boom', { private: true }))).toBe(true);
    expect(replyWillBeEphemeral(COMMANDS, command('boom', { private: false }))).toBe(false);
    expect(replyWillBeEphemeral(COMMANDS, command('echo', { times: 1 }))).toBe(false);
  });

  it('GIVEN an unknown command, bad options or a button THEN private, the safe default', () => {
    expect(replyWillBeEphemeral(COMMANDS, command('nonsense'))).toBe(true);
    expect(replyWillBeEphemeral(COMMANDS, command('boom', { private: 'maybe' }))).toBe(true);
    expect(replyWillBeEphemeral(COMMANDS, { kind: 'button', customId: 'echo:x', invoker: INVOKER, place: PLACE })).toBe(true);
  });
});
