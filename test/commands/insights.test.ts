import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { InsightsRecorder } from '../../src/insights/recorder.js';
import { AnswerSessions } from '../../src/interaction/answerSessions.js';
import { Cooldowns } from '../../src/interaction/cooldown.js';
import { handleInteraction, type InteractionResponse } from '../../src/interaction/handleInteraction.js';
import { PermissionBits } from '../../src/interaction/permissions.js';
import type { Invoker, Place, Services } from '../../src/interaction/types.js';
import { createLogger } from '../../src/log/logger.js';
import { CorpusStore } from '../../src/runtime/corpusStore.js';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const MEMBER: Invoker = { id: '300000000000000001', name: 'member' };
const MODERATOR: Place = { guildId: '100000000000000001', channelId: '100000000000000002', memberPermissions: PermissionBits.ManageGuild, roleIds: [], guildInstall: true };

let store: CorpusStore;
beforeAll(async () => {
  store = new CorpusStore(SEEDS, { maxFileBytes: 1e7 });
  await store.reload();
});
const recorders: InsightsRecorder[] = [];
afterEach(async () => {
  for (const r of recorders.splice(0)) await r.close();
});

function services(insights?: InsightsRecorder): Services {
  const logger = createLogger({ level: 'silent', destination: new Writable({ write: (_c, _e, done) => done() }), pretty: false });
  return { store, sessions: new AnswerSessions(60_000), cooldowns: new Cooldowns(0), logger, moderatorRoleIds: [], ...(insights ? { insights } : {}) };
}

function recorder(enabled: boolean): InsightsRecorder {
  const logger = createLogger({ level: 'silent', destination: new Writable({ write: (_c, _e, done) => done() }), pretty: false });
  const r = new InsightsRecorder({ enabled, databaseUrl: ':memory:', retentionDays: 90, key: 'k'.repeat(32), source: 'discord', baseDir: os.tmpdir() }, logger);
  recorders.push(r);
  return r;
}

const run = (name: string, s: Services, options: Record<string, number> = {}) => handleInteraction({ kind: 'command', name, options, invoker: MEMBER, place: MODERATOR }, COMMANDS, s);
const text = (response: InteractionResponse) => (response.type === 'choices' ? '' : (response.payload.content ?? ''));

describe('/insights and /forget-me without a question log to read', () => {
  it('GIVEN INSIGHTS=off THEN /insights says so privately, and /forget-me finds nothing to delete', async () => {
    const off = recorder(false);
    await off.open();
    const insights = await run('insights', services(off));
    expect(insights).toMatchObject({ type: 'reply', ephemeral: true });
    expect(text(insights)).toBe('Nothing is recorded: the question log is off (INSIGHTS=off).');
    expect(text(await run('forget-me', services(off)))).toBe('citebot had nothing recorded about you: 0 rows deleted.');
  });

  it('GIVEN no question log at all THEN both answer politely instead of failing', async () => {
    expect(text(await run('insights', services()))).toBe('The question log is not available here.');
    expect(text(await run('forget-me', services()))).toBe('Nothing is recorded here, so there is nothing to delete.');
  });

  it('GIVEN days out of range THEN the option error names the range', async () => {
    const on = recorder(true);
    await on.open();
    expect(text(await run('insights', services(on), { days: 400 }))).toBe('`days` must be between 1 and 365.');
  });

  it('GIVEN a moderator THEN the report, and a chart made after it that is a PNG', async () => {
    const on = recorder(true);
    await on.open();
    const response = await run('insights', services(on), { days: 3 });
    if (response.type !== 'reply' || !('attachLater' in response) || !response.attachLater) throw new Error('expected a reply with a chart to follow');
    expect(response.payload.embeds?.[0]?.title).toBe('Insights: the last 3 days');
    const chart = await response.attachLater();
    expect(chart.name).toBe('questions-per-day.png');
    expect(chart.data.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(chart.description).toMatch(/last 3 days/);
  });
});
