import path from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { AnswerSessions } from '../../src/interaction/answerSessions.js';
import { Cooldowns } from '../../src/interaction/cooldown.js';
import { handleInteraction, type InteractionResponse } from '../../src/interaction/handleInteraction.js';
import type { Invoker, Place, Services } from '../../src/interaction/types.js';
import { createLogger } from '../../src/log/logger.js';
import { CorpusStore } from '../../src/runtime/corpusStore.js';

const USER: Invoker = { id: '300000000000000001', name: 'reader' };
const DM: Place = { guildId: null, channelId: '100000000000000002', memberPermissions: null, roleIds: [], guildInstall: false };

let services: Services;
beforeAll(async () => {
  const store = new CorpusStore(path.resolve(import.meta.dirname, '../../seeds'), { maxFileBytes: 1e7 });
  await store.reload();
  const logger = createLogger({ level: 'silent', destination: new Writable({ write: (_c, _e, done) => done() }), pretty: false });
  services = { store, sessions: new AnswerSessions(60_000), cooldowns: new Cooldowns(0), logger, moderatorRoleIds: [] };
});

async function run(name: string, options: Record<string, boolean> = {}): Promise<Extract<InteractionResponse, { type: 'reply' }>> {
  const response = await handleInteraction({ kind: 'command', name, options, invoker: USER, place: DM }, COMMANDS, services);
  if (response.type !== 'reply') throw new Error('expected a reply');
  return response;
}

describe('/sources', () => {
  it('GIVEN /sources (even in a DM) THEN a public list of the five articles and the ten references', async () => {
    const response = await run('sources');
    expect(response.ephemeral).toBe(false);
    const [articles, references] = response.payload.embeds!;
    expect(articles?.title).toBe('The corpus: 5 articles');
    expect(references?.description?.split('\n')).toHaveLength(10);
    expect(references?.description).toContain('(https://www.reuters.com/technology/over-half-million-tiktok-refugees-flock-chinas-rednote-2025-01-15/)');
    expect(response.resultCount).toBe(5);
  });

  it('GIVEN private:true THEN only the user sees it', async () => {
    expect((await run('sources', { private: true })).ephemeral).toBe(true);
  });
});

describe('/help', () => {
  it('GIVEN /help THEN a private overview of every command', async () => {
    const response = await run('help');
    expect(response.ephemeral).toBe(true);
    const description = response.payload.embeds![0]!.description!;
    for (const name of ['/ask', '/sources', '/reload', '/insights', '/forget-me', '/help', 'Apps → Find sources']) expect(description).toContain(`**${name}**`);
  });
});

describe('COMMANDS', () => {
  it('GIVEN the registry THEN ask, sources, reload, insights, forget-me, help and the Find sources message command, each defined once, in the order /help lists them', () => {
    expect(COMMANDS.map((c) => c.definition.name)).toEqual(['ask', 'sources', 'reload', 'insights', 'forget-me', 'help', 'Find sources']);
  });
});
