import path from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../commands/ask.js';
import { COMMANDS } from '../../commands/index.js';
import { AnswerSessions } from '../../src/interaction/answerSessions.js';
import { Cooldowns } from '../../src/interaction/cooldown.js';
import { handleInteraction, type InteractionResponse } from '../../src/interaction/handleInteraction.js';
import type { Invoker, Place, Services } from '../../src/interaction/types.js';
import { createLogger } from '../../src/log/logger.js';
import type { Button, MessagePayload } from '../../src/render/payload.js';
import { CorpusStore } from '../../src/runtime/corpusStore.js';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const ASKER: Invoker = { id: '300000000000000001', name: 'asker' };
const OTHER: Invoker = { id: '300000000000000002', name: 'bystander' };
const PLACE: Place = { guildId: '100000000000000001', channelId: '100000000000000002', memberPermissions: 0n, roleIds: [], guildInstall: true };
const TTL = 15 * 60_000;

let store: CorpusStore;
beforeAll(async () => {
  store = new CorpusStore(SEEDS, { maxFileBytes: 1e7 });
  await store.reload();
});

/** Fresh sessions, cooldowns and a captured log on a clock the test moves. */
function setup(cooldownSeconds = 0) {
  let now = 1_000_000;
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _e, done) {
      for (const l of chunk.toString().split('\n')) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  const services: Services = {
    store,
    sessions: new AnswerSessions(TTL, 100, () => now),
    cooldowns: new Cooldowns(cooldownSeconds, () => now),
    logger: createLogger({ level: 'debug', destination, pretty: false }),
    moderatorRoleIds: [],
  };
  const run = (question: string, extra: Record<string, string | boolean> = {}, invoker = ASKER) =>
    handleInteraction({ kind: 'command', name: 'ask', options: { question, ...extra }, invoker, place: PLACE }, COMMANDS, services);
  const press = (customId: string, invoker = ASKER) => handleInteraction({ kind: 'button', customId, invoker, place: PLACE }, COMMANDS, services);
  return { services, run, press, lines, advance: (ms: number) => (now += ms) };
}

function reply(response: InteractionResponse) {
  if (response.type === 'choices') throw new Error('expected a message');
  return response;
}
const buttonsOf = (payload: MessagePayload): Button[] => (payload.components ?? []).flatMap((r) => r.components);
const buttonId = (payload: MessagePayload, label: string) => buttonsOf(payload).find((b) => b.label === label || b.emoji?.name === label)?.custom_id;

describe('/ask', () => {
  it('GIVEN a question THEN a public reply with cited excerpts and buttons, remembered for the buttons', async () => {
    const { run, services } = setup();
    const response = reply(await run('What is Lemon8?'));
    expect(response).toMatchObject({ type: 'reply', ephemeral: false });
    expect(response.payload.content).toContain('**What is Lemon8?**');
    expect(response.payload.embeds!.length).toBeGreaterThan(0);
    expect(response.payload.embeds![0]!.description).toContain('**Lemon8**');
    expect(response.payload.allowed_mentions).toEqual({ parse: [] });
    expect(buttonsOf(response.payload).some((b) => b.emoji?.name === '👍')).toBe(true);
    expect(services.sessions.size).toBe(1);
    expect((response as { resultCount?: number }).resultCount).toBeGreaterThan(0);
  });

  it('GIVEN private:true THEN only the asker sees it, with a "Post publicly" button', async () => {
    const { run } = setup();
    const response = reply(await run('What is Lemon8?', { private: true }));
    expect(response).toMatchObject({ type: 'reply', ephemeral: true });
    expect(buttonId(response.payload, 'Post publicly')).toMatch(/^ask:public:/);
    expect(ask.isEphemeral({ question: 'x', private: true })).toBe(true);
    expect(ask.isEphemeral({ question: 'x' })).toBe(false);
  });

  it('GIVEN an off-topic question THEN "not in the corpus", no buttons and no session kept', async () => {
    const { run, services } = setup();
    const response = reply(await run('What is the best recipe for lasagna?'));
    expect(response.payload.embeds![0]!.title).toBe('Not in the corpus');
    expect(response.payload.components).toBeUndefined();
    expect(services.sessions.size).toBe(0);
  });

  it('GIVEN a second question within the cooldown THEN a private "try again in N s"; after it THEN answered again', async () => {
    const { run, advance } = setup(3);
    expect(await run('What is Lemon8?')).toMatchObject({ ephemeral: false });
    const waiting = reply(await run('Who is Ren Yi?'));
    expect(waiting).toMatchObject({ ephemeral: true, payload: { content: "You're asking quickly: please try again in 3 s." } });
    expect(await run('Who is Ren Yi?', {}, OTHER)).toMatchObject({ ephemeral: false });
    advance(3_000);
    expect(reply(await run('Who is Ren Yi?')).payload.embeds?.length).toBeGreaterThan(0);
  });

  it('GIVEN a question over 1000 characters THEN a polite message about the limit', async () => {
    const { run } = setup();
    expect(reply(await run('why '.repeat(300))).payload.content).toBe('`question` can be at most 1000 characters (yours has 1200).');
  });
});

describe('/ask buttons', () => {
  it('GIVEN the asker presses More THEN the same message shows the next page', async () => {
    const { run, press } = setup();
    const first = reply(await run('TikTok refugees RedNote users'));
    const more = buttonId(first.payload, 'More');
    expect(more).toBeDefined();
    const next = reply(await press(more!));
    expect(next.type).toBe('update');
    expect(next.payload.content).toMatch(/page 2 of \d+/);
    expect(next.payload.embeds![0]!.title).toMatch(/^4\. /);
  });

  it('GIVEN someone else presses More THEN they are told privately to ask their own, and the answer does not change', async () => {
    const { run, press } = setup();
    const first = reply(await run('TikTok refugees RedNote users'));
    const response = reply(await press(buttonId(first.payload, 'More')!, OTHER));
    expect(response).toMatchObject({ type: 'reply', ephemeral: true, payload: { content: 'Only the person who asked can page through this answer. Ask your own with /ask.' } });
  });

  it('GIVEN "Post publicly" THEN a public copy of that page, naming the asker, without buttons', async () => {
    const { run, press } = setup();
    const first = reply(await run('What is Lemon8?', { private: true }));
    const shared = reply(await press(buttonId(first.payload, 'Post publicly')!));
    expect(shared).toMatchObject({ type: 'reply', ephemeral: false });
    expect(shared.payload.content).toBe(`<@${ASKER.id}> asked: **What is Lemon8?**`);
    expect(shared.payload.components).toBeUndefined();
    expect(shared.payload.embeds).toEqual(first.payload.embeds);
    expect(shared.payload.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN the asker votes THEN the buttons show the vote and it is logged with the question and results', async () => {
    const { run, press, lines } = setup();
    const first = reply(await run('What is Lemon8?'));
    const voted = reply(await press(buttonId(first.payload, '👍')!));
    expect(voted.type).toBe('update');
    const [up, down] = buttonsOf(voted.payload).filter((b) => b.custom_id.includes(':vote:'));
    expect(up).toMatchObject({ disabled: true, style: 3 });
    expect(down).toMatchObject({ disabled: true });
    expect(lines.find((l) => l.event === 'feedback')).toMatchObject({ vote: 'up', question: 'What is Lemon8?', user: ASKER.id, asker: true, results: expect.any(Array) });
  });

  it('GIVEN someone else votes THEN a private thank-you and the answer is left as it is', async () => {
    const { run, press, lines } = setup();
    const first = reply(await run('What is Lemon8?'));
    expect(reply(await press(buttonId(first.payload, '👎')!, OTHER))).toMatchObject({ type: 'reply', ephemeral: true, payload: { content: 'Thanks for the feedback 👎' } });
    expect(lines.find((l) => l.event === 'feedback')).toMatchObject({ vote: 'down', asker: false });
  });

  it('GIVEN the buttons are older than the TTL THEN a private note that they expired and how to ask again', async () => {
    const { run, press, advance } = setup();
    const first = reply(await run('What is Lemon8?'));
    advance(TTL);
    expect(reply(await press(buttonId(first.payload, '👍')!))).toMatchObject({
      ephemeral: true,
      payload: { content: 'These buttons have expired (they last 15 minutes). Please ask again with /ask.' },
    });
  });

  it('GIVEN BUTTON_TTL_MINUTES=1 WHEN the buttons expired THEN the note says "1 minute", not "1 minutes"', async () => {
    const { services, press } = setup();
    const oneMinute: Services = { ...services, sessions: new AnswerSessions(60_000) };
    const response = reply(await handleInteraction({ kind: 'button', customId: 'ask:page:gone:1', invoker: ASKER, place: PLACE }, COMMANDS, oneMinute));
    expect(response.payload.content).toBe('These buttons have expired (they last 1 minute). Please ask again with /ask.');
    expect(reply(await press('ask:page:gone:1')).payload.content).toContain('(they last 15 minutes)');
  });

  it.each(['ask:page', 'ask:nonsense:x:1', 'ask:page:unknown-session:1', 'ask:vote:x'])('GIVEN a garbled or forged button id "%s" THEN a polite note, never an error', async (customId) => {
    const { press, lines } = setup();
    const response = reply(await press(customId));
    expect(response).toMatchObject({ type: 'reply', ephemeral: true });
    expect(response.payload.content).toContain('expired');
    expect(lines.some((l) => (l.level as number) >= 50)).toBe(false);
  });

  it('GIVEN a real session but a forged page or vote THEN the reply is still a sensible page', async () => {
    const { run, press } = setup();
    const first = reply(await run('TikTok refugees RedNote users'));
    const session = buttonId(first.payload, 'More')!.split(':')[2]!;
    expect(reply(await press(`ask:page:${session}:abc`)).payload.content).toContain('page 1 of');
    expect(reply(await press(`ask:page:${session}:999`)).payload.embeds!.length).toBeGreaterThan(0);
    expect(reply(await press(`ask:vote:${session}:sideways`)).payload.content).toBe('That button is not one I know.');
  });
});

describe('/ask autocomplete', () => {
  it('GIVEN typed text THEN the first choice is exactly that text, then questions from the corpus, within Discord limits', async () => {
    const { services } = setup();
    const response = await handleInteraction({ kind: 'autocomplete', name: 'ask', focused: { name: 'question', value: 'lemon' }, invoker: ASKER, place: PLACE }, COMMANDS, services);
    if (response.type !== 'choices') throw new Error('expected choices');
    expect(response.choices[0]).toEqual({ name: 'lemon', value: 'lemon' });
    expect(response.choices.length).toBeLessThanOrEqual(25);
    for (const choice of response.choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('GIVEN no corpus loaded yet THEN the typed text is still offered, without waiting', async () => {
    const { services } = setup();
    const empty = new CorpusStore(path.join(SEEDS, 'not-there'), { maxFileBytes: 1e7 });
    const choices = await ask.autocomplete!({ focused: { name: 'question', value: 'who is Ren Yi' }, invoker: ASKER, services: { ...services, store: empty } });
    expect(choices).toEqual([{ name: 'who is Ren Yi', value: 'who is Ren Yi' }]);
  });
});
