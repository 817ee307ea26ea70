/**
 * Whatever people type into /ask: generated questions full of markdown,
 * mentions, invisible and right-to-left characters, emoji and very long
 * text, sent through the real dispatcher, commands and corpus. Every reply
 * must be one Discord accepts, ping nobody, and show user text literally;
 * nothing may throw or reach the error log.
 */
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/loadConfig.js';
import { handleInteraction, type InteractionRequest, type InteractionResponse } from '../../src/interaction/handleInteraction.js';
import type { Invoker, Place } from '../../src/interaction/types.js';
import { createLogger } from '../../src/log/logger.js';
import type { MessagePayload } from '../../src/render/payload.js';
import { createRuntime, loadInitialCorpus, type Runtime } from '../../src/runtime/createRuntime.js';

const PLACE: Place = { guildId: '100000000000000001', channelId: '100000000000000002', memberPermissions: 0n, roleIds: [], guildInstall: true };
const ASKER: Invoker = { id: '300000000000000001', name: 'asker' };
const OTHER: Invoker = { id: '300000000000000002', name: 'bystander' };

const CORPUS_WORDS = ['rednote', 'TikTok', 'xiaohongshu', '小红书', 'refugees', 'users', 'ban', 'America', 'cold war', 'Ren Yi', 'the Guardian', 'Reuters', 'what did the Guardian write?', 'how many users joined'];
const MARKDOWN = ['*', '**', '_', '__', '~~', '`', '```', '|', '||', '> ', '>>> ', '# ', '## ', '- ', '1. ', '[', ']', '(', ')', '\\', '[click](https://evil.example)', '<https://evil.example>', ':smile:', '-# '];
const MENTIONS = ['@everyone', '@here', '<@123>', '<@!123456789012345678>', '<@&456>', '<#789>', '<@123456789012345678>', '@@everyone', '@everyone@here', '<<@123>>'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u202b', '\u200f', '\u2066', '\u2069', '\u034f'];
const RTL = ['مرحبا ريدنوت', 'שלום', 'ریدنوت', '\u202eetoNdeR\u202c'];
const EMOJI = ['🙂', '👍🏽', '👨‍👩‍👧‍👦', '🇨🇳', '🇺🇸', '❤️', '🫠', '🏳️‍🌈'];
const SPACE = [' ', ' ', ' ', '\n', '\r\n', '\t', '\u00a0', '\u3000'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CORPUS_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...SPACE) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 2, arbitrary: fc.constantFrom(...MENTIONS) },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 1, arbitrary: fc.constantFrom(...RTL) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);
/** Questions as typed: short mixes of words, markup, mentions and odd characters. */
const noise = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
/** Answerable questions with hostile text between their words, so the answer path (excerpts, buttons) is exercised too. */
const ANSWERABLE = ['how many users does tiktok have in america?', 'who is ren yi', 'does rednote require a local phone number to sign up', 'Why are people leaving TikTok?', 'what is 小红书'];
const decorated = fc
  .tuple(fc.constantFrom(...ANSWERABLE), fc.array(fc.oneof(fc.constantFrom(...MARKDOWN, ...MENTIONS, ...EMOJI, ...INVISIBLE, ...SPACE)), { minLength: 1, maxLength: 8 }))
  .map(([q, extras]) => {
    const words = q.split(' ');
    extras.forEach((extra, i) => words.splice((i * 7) % (words.length + 1), 0, extra));
    return words.join(' ');
  });
const question = fc.oneof(noise, decorated);
/** Near and far beyond /ask's 1000-character option limit, up to Discord's 6000 for a whole message. */
const longQuestion = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.integer({ min: 450, max: 6000 }))
  .map(([parts, length]) => {
    const unit = parts.join('') || 'a';
    // Cut at a code point, never inside a surrogate pair: Discord only sends well-formed text.
    return Array.from(unit.repeat(Math.ceil(length / unit.length))).join('').slice(0, length).replace(/[\ud800-\udbff]$/, '');
  });
/** The `private` option as Discord sends it, and as the console might. */
const privateOption = fc.oneof(fc.constant(undefined), fc.boolean(), fc.constantFrom('yes', 'off', 'maybe', ''));

let runtime: Runtime;
const errors: string[] = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const line = JSON.parse(chunk.toString()) as { level: number; msg: string; err?: { message?: string } };
      if (line.level >= 50) errors.push(`${line.msg}: ${line.err?.message ?? ''}`);
      done();
    },
  });
  runtime = createRuntime(loadConfig({ ASK_COOLDOWN_SECONDS: '0' }, null), createLogger({ level: 'info', destination: sink, pretty: false }));
  await loadInitialCorpus(runtime, runtime.services.logger);
});

const send = (request: InteractionRequest) => handleInteraction(request, runtime.commands, runtime.services);
const ask = (q: string, isPrivate: boolean | string | undefined, invoker = ASKER) =>
  send({ kind: 'command', name: 'ask', options: isPrivate === undefined ? { question: q } : { question: q, private: isPrivate }, invoker, place: PLACE });

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const wellFormed = (text: string) => !LONE_SURROGATE.test(text);

/** Every text a member will see in the message, with where it sits. */
function visibleTexts(payload: MessagePayload): { where: string; text: string }[] {
  const texts = [{ where: 'content', text: payload.content ?? '' }];
  (payload.embeds ?? []).forEach((e, i) => {
    texts.push({ where: `embed ${i} title`, text: e.title ?? '' }, { where: `embed ${i} description`, text: e.description ?? '' }, { where: `embed ${i} footer`, text: e.footer?.text ?? '' });
    for (const f of e.fields ?? []) texts.push({ where: `embed ${i} field`, text: `${f.name}\n${f.value}` });
  });
  for (const row of payload.components ?? []) for (const b of row.components) texts.push({ where: 'button label', text: b.label ?? '' });
  return texts;
}

/** Discord's documented message limits, checked one by one so a failure names the limit. */
function expectAcceptedByDiscord(payload: MessagePayload, sharedBy: string | null = null): void {
  expect(payload.allowed_mentions).toEqual({ parse: [] });
  expect(payload.content?.length ?? 0, 'content ≤ 2000').toBeLessThanOrEqual(2000);
  const embeds = payload.embeds ?? [];
  expect(embeds.length, '≤ 10 embeds').toBeLessThanOrEqual(10);
  expect((payload.content ?? '') !== '' || embeds.length > 0, 'a message needs content or an embed').toBe(true);
  let total = 0;
  for (const embed of embeds) {
    expect(embed.title?.length ?? 0, 'embed title ≤ 256').toBeLessThanOrEqual(256);
    expect(embed.description?.length ?? 0, 'embed description ≤ 4096').toBeLessThanOrEqual(4096);
    expect(embed.footer?.text.length ?? 0, 'footer ≤ 2048').toBeLessThanOrEqual(2048);
    const fields = embed.fields ?? [];
    expect(fields.length, '≤ 25 fields').toBeLessThanOrEqual(25);
    for (const field of fields) {
      expect(field.name.length, 'field name 1–256').toBeGreaterThanOrEqual(1);
      expect(field.name.length, 'field name 1–256').toBeLessThanOrEqual(256);
      expect(field.value.length, 'field value 1–1024').toBeGreaterThanOrEqual(1);
      expect(field.value.length, 'field value 1–1024').toBeLessThanOrEqual(1024);
      total += field.name.length + field.value.length;
    }
    total += (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
  }
  expect(total, 'all embeds together ≤ 6000').toBeLessThanOrEqual(6000);
  const rows = payload.components ?? [];
  expect(rows.length, '≤ 5 action rows').toBeLessThanOrEqual(5);
  const ids = new Set<string>();
  for (const row of rows) {
    expect(row.components.length, '1–5 buttons per row').toBeGreaterThanOrEqual(1);
    expect(row.components.length, '1–5 buttons per row').toBeLessThanOrEqual(5);
    for (const button of row.components) {
      expect(button.custom_id.length, 'custom_id 1–100').toBeGreaterThanOrEqual(1);
      expect(button.custom_id.length, 'custom_id 1–100').toBeLessThanOrEqual(100);
      expect(ids.has(button.custom_id), 'custom_ids unique in a message').toBe(false);
      ids.add(button.custom_id);
      expect(button.label?.length ?? 0, 'label ≤ 80').toBeLessThanOrEqual(80);
      expect(button.label !== undefined || button.emoji !== undefined, 'a button shows a label or an emoji').toBe(true);
    }
  }
  for (const { where, text } of visibleTexts(payload)) {
    // The only mention citebot writes itself: who shared an answer publicly.
    const own = sharedBy !== null && where === 'content' ? text.replace(`<@${sharedBy}> asked:`, '') : text;
    expect(own, `${where} has no raw @everyone/@here`).not.toMatch(/@(everyone|here)/);
    expect(own, `${where} has no raw user, role or channel mention`).not.toMatch(/<(@[!&]?|#)\d+>/);
    expect(wellFormed(text), `${where} is well-formed UTF-16 (no half emoji)`).toBe(true);
    if (!where.includes('field')) expect(own, `${where} has no live masked link from user text`).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(https?:/);
  }
}

function expectReply(response: InteractionResponse): MessagePayload {
  expect(response.type).not.toBe('choices');
  if (response.type === 'choices') throw new Error('unreachable');
  return response.payload;
}

describe('GIVEN hostile questions sent to /ask through the dispatcher', () => {
  it('THEN every reply fits Discord, pings nobody, shows mentions and markdown literally, and nothing throws', async () => {
    await fc.assert(
      fc.asyncProperty(question, privateOption, async (q, isPrivate) => {
        const response = await ask(q, isPrivate);
        expectAcceptedByDiscord(expectReply(response));
        if (typeof isPrivate === 'boolean') expect(response.type === 'reply' && response.ephemeral).toBe(isPrivate);
      }),
      { numRuns: 1200 },
    );
    expect(errors).toEqual([]);
  });

  it('THEN questions near and past the 1000-character option limit get an answer or a polite limit notice, never an error', async () => {
    await fc.assert(
      fc.asyncProperty(longQuestion, async (q) => {
        const payload = expectReply(await ask(q, undefined));
        expectAcceptedByDiscord(payload);
        if (q.length > 1000) expect(payload.content).toBe(`\`question\` can be at most 1000 characters (yours has ${q.length}).`);
      }),
      { numRuns: 150 },
    );
    expect(errors).toEqual([]);
  });

  it('THEN every button on every answer (paging, votes, post publicly), pressed by the asker or someone else, replies within limits', async () => {
    await fc.assert(
      fc.asyncProperty(question, fc.boolean(), async (q, isPrivate) => {
        const first = expectReply(await ask(q, isPrivate));
        for (const button of (first.components ?? []).flatMap((row) => row.components)) {
          for (const invoker of [ASKER, OTHER]) {
            const response = await send({ kind: 'button', customId: button.custom_id, invoker, place: PLACE });
            expectAcceptedByDiscord(expectReply(response), ASKER.id);
          }
        }
      }),
      { numRuns: 250 },
    );
    expect(errors).toEqual([]);
  });

  it('THEN forged and stale button ids get a short notice, never an error', async () => {
    const forged = fc.oneof(
      fc.string({ maxLength: 120 }).map((s) => `ask:${s}`),
      fc.tuple(fc.constantFrom('page', 'public', 'vote'), fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })).map(([a, s, x]) => `ask:${a}:${s}:${x}`),
      fc.string({ maxLength: 100 }),
    );
    await fc.assert(
      fc.asyncProperty(forged, async (customId) => {
        expectAcceptedByDiscord(expectReply(await send({ kind: 'button', customId, invoker: OTHER, place: PLACE })));
      }),
      { numRuns: 300 },
    );
    expect(errors).toEqual([]);
  });

  it('THEN autocomplete offers at most 25 choices, each named and valued in 1–100 characters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(question, longQuestion), async (typed) => {
        const response = await send({ kind: 'autocomplete', name: 'ask', focused: { name: 'question', value: typed }, invoker: ASKER, place: PLACE });
        if (response.type !== 'choices') throw new Error(`autocomplete answered with ${response.type}`);
        expect(response.choices.length).toBeLessThanOrEqual(25);
        for (const choice of response.choices) {
          expect(choice.name.length).toBeGreaterThanOrEqual(1);
          expect(choice.name.length).toBeLessThanOrEqual(100);
          expect(choice.value.length).toBeGreaterThanOrEqual(1);
          expect(choice.value.length).toBeLessThanOrEqual(100);
          expect(wellFormed(choice.name) && wellFormed(choice.value)).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
    expect(errors).toEqual([]);
  });
});
