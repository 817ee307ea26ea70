import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { answerQuestion, DEFAULT_ANSWER_LIMIT } from '../../src/answer/answerQuestion.js';
import { InsightsRecorder } from '../../src/insights/recorder.js';
import { AnswerSessions } from '../../src/interaction/answerSessions.js';
import { Cooldowns } from '../../src/interaction/cooldown.js';
import { handleInteraction, type InteractionResponse } from '../../src/interaction/handleInteraction.js';
import { PermissionBits } from '../../src/interaction/permissions.js';
import type { Invoker, Place, Services } from '../../src/interaction/types.js';
import { createLogger } from '../../src/log/logger.js';
import type { MessagePayload } from '../../src/render/payload.js';
import { CorpusStore } from '../../src/runtime/corpusStore.js';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const ASKER: Invoker = { id: '300000000000000001', name: 'asker', locale: 'de' };
const OTHER: Invoker = { id: '300000000000000002', name: 'bystander' };
const MODERATOR: Place = { guildId: '100000000000000001', channelId: '100000000000000002', memberPermissions: PermissionBits.ManageGuild, roleIds: [], guildInstall: true };
const PLACE: Place = { guildId: '100000000000000001', channelId: '100000000000000002', memberPermissions: 0n, roleIds: [], guildInstall: true };

let store: CorpusStore;
beforeAll(async () => {
  store = new CorpusStore(SEEDS, { maxFileBytes: 1e7 });
  await store.reload();
});

const recorders: InsightsRecorder[] = [];
afterEach(async () => {
  for (const r of recorders.splice(0)) await r.close();
});

const silent = () => createLogger({ level: 'silent', destination: new Writable({ write: (_c, _e, done) => done() }), pretty: false });

function recorder(enabled: boolean): InsightsRecorder {
  const r = new InsightsRecorder({ enabled, databaseUrl: ':memory:', retentionDays: 90, key: 'k'.repeat(32), source: 'discord', baseDir: os.tmpdir(), flushIntervalMs: 60_000 }, silent());
  recorders.push(r);
  return r;
}

async function setup(cooldownSeconds = 0) {
  const logger = silent();
  const insights = recorder(true);
  await insights.open();
  const services: Services = { store, sessions: new AnswerSessions(60_000), cooldowns: new Cooldowns(cooldownSeconds), logger, moderatorRoleIds: [], insights };
  const run = (question: string, invoker = ASKER, extra: Record<string, boolean> = {}) =>
    handleInteraction({ kind: 'command', name: 'ask', options: { question, ...extra }, invoker, place: PLACE }, COMMANDS, services);
  const press = (customId: string, invoker = ASKER) => handleInteraction({ kind: 'button', customId, invoker, place: PLACE }, COMMANDS, services);
  const queued = () => (insights as unknown as { queue: Record<string, unknown>[] }).queue;
  return { services, insights, run, press, queued };
}

function payloadOf(response: InteractionResponse): MessagePayload {
  if (response.type === 'choices') throw new Error('expected a message');
  return response.payload;
}
const buttonId = (payload: MessagePayload, label: string) =>
  (payload.components ?? []).flatMap((r) => r.components).find((b) => b.label === label || b.emoji?.name === label)?.custom_id ?? '';

describe('/ask and the question log', () => {
  it('GIVEN a question THEN one record: as typed, normalised, outcome, the results shown with their scores, guild, locale and latency', async () => {
    const { run, queued } = await setup();
    await run('What is Lemon8?');
    const answer = answerQuestion(store.current!.index, 'What is Lemon8?', { limit: DEFAULT_ANSWER_LIMIT });
    expect(queued()).toHaveLength(1);
    expect(queued()[0]).toMatchObject({
      type: 'ask',
      question: 'What is Lemon8?',
      normalized: 'what is lemon8',
      outcome: 'answered',
      guildId: PLACE.guildId,
      locale: 'de',
      source: 'discord',
      results: answer?.items.map((i) => ({ chunk: i.chunk.id, document: i.document.id, score: i.score })),
      topDocument: answer?.items[0]?.document.id,
      topDocumentTitle: answer?.items[0]?.document.title,
    });
    expect(queued()[0]?.latencyMs).toEqual(expect.any(Number));
  });

  it('GIVEN a question the corpus cannot answer THEN it is recorded as not found, with no results', async () => {
    const { run, queued } = await setup();
    await run('What is the boiling point of tungsten on Mars?');
    expect(queued()[0]).toMatchObject({ outcome: 'not-found', results: [], topDocument: null });
  });

  it('GIVEN a question refused by the cooldown THEN nothing is recorded for it', async () => {
    const { run, queued } = await setup(60);
    await run('What is Lemon8?');
    await run('Who is Ren Yi?');
    expect(queued()).toHaveLength(1);
  });

  it('GIVEN a page turn, Post publicly and votes by the asker and another member THEN each press is recorded against that answer, and the report counts the votes', async () => {
    const { run, press, queued, insights } = await setup();
    const first = payloadOf(await run('TikTok refugees'));
    const askId = queued()[0]?.id;
    await press(buttonId(first, '▶'));
    await press(buttonId(first, '👎'));
    await press(buttonId(first, '👍'), OTHER);
    const privately = payloadOf(await run('What is RedNote?', ASKER, { private: true }));
    const privateId = queued().at(-1)?.id;
    await press(buttonId(privately, 'Post publicly'));
    const buttons = queued().filter((r) => r.type === 'button');
    expect(buttons.map((b) => [b.askId, b.button, b.page])).toEqual([
      [askId, 'page', 1],
      [askId, 'vote-down', 0],
      [askId, 'vote-up', 0],
      [privateId, 'post-publicly', 0],
    ]);
    expect(new Set(buttons.map((b) => b.userHash)).size).toBe(2);
    const summary = await insights.summarize(7);
    expect(summary.ok && summary.value.report.mostDownvoted).toEqual([{ question: 'tiktok refugees', down: 1, up: 1, document: expect.any(String) }]);
  });
});

function services(insights?: InsightsRecorder): Services {
  return { store, sessions: new AnswerSessions(60_000), cooldowns: new Cooldowns(0), logger: silent(), moderatorRoleIds: [], ...(insights ? { insights } : {}) };
}

const runCommand = (name: string, s: Services, options: Record<string, number> = {}) => handleInteraction({ kind: 'command', name, options, invoker: ASKER, place: MODERATOR }, COMMANDS, s);
const noticeText = (response: InteractionResponse) => (response.type === 'choices' ? '' : (response.payload.content ?? ''));

describe('/insights and /forget-me without a question log to read', () => {
  it('GIVEN INSIGHTS=off THEN /insights says so privately, and /forget-me finds nothing to delete', async () => {
    const off = recorder(false);
    await off.open();
    const insights = await runCommand('insights', services(off));
    expect(insights).toMatchObject({ type: 'reply', ephemeral: true });
    expect(noticeText(insights)).toBe('Nothing is recorded: the question log is off (INSIGHTS=off).');
    expect(noticeText(await runCommand('forget-me', services(off)))).toBe('citebot had nothing recorded about you: 0 rows deleted.');
  });

  it('GIVEN no question log at all THEN both answer politely instead of failing', async () => {
    expect(noticeText(await runCommand('insights', services()))).toBe('The question log is not available here.');
    expect(noticeText(await runCommand('forget-me', services()))).toBe('Nothing is recorded here, so there is nothing to delete.');
  });

  it('GIVEN days out of range THEN the option error names the range', async () => {
    const on = recorder(true);
    await on.open();
    expect(noticeText(await runCommand('insights', services(on), { days: 400 }))).toBe('`days` must be between 1 and 365.');
  });

  it('GIVEN a moderator THEN the report, and a chart made after it that is a PNG', async () => {
    const on = recorder(true);
    await on.open();
    const response = await runCommand('insights', services(on), { days: 3 });
    if (response.type !== 'reply' || !('attachLater' in response) || !response.attachLater) throw new Error('expected a reply with a chart to follow');
    expect(response.payload.embeds?.[0]?.title).toBe('Insights: the last 3 days');
    const chart = await response.attachLater();
    expect(chart.name).toBe('questions-per-day.png');
    expect(chart.data.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(chart.description).toMatch(/last 3 days/);
  });
});
