import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, fitToDiscordLimits, truncate } from '../../src/render/limits.js';
import type { ActionRow, Embed, MessagePayload } from '../../src/render/payload.js';

/** Text from tiny to far over any limit, including emoji (surrogate pairs) and long unbroken runs. */
const text = (max: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: Math.ceil(max / 4) })).map(([s, n]) => s.repeat(n)),
    fc.tuple(fc.constantFrom('word ', '👍', 'x', 'RedNote refugees ', '😀a'), fc.integer({ min: 0, max: max })).map(([s, n]) => s.repeat(n).slice(0, max)),
  );

/** scale 1: far over every limit; a small scale: mostly within them. */
const embedOf = (scale: number): fc.Arbitrary<Embed> =>
  fc.record(
    {
      title: text(700 * scale),
      description: text(9000 * scale),
      url: fc.constant('https://example.com/a'),
      color: fc.constant(0xff2442),
      fields: fc.array(fc.record({ name: text(600 * scale), value: text(2500 * scale), inline: fc.boolean() }, { requiredKeys: ['name', 'value'] }), {
        maxLength: Math.ceil(35 * scale),
      }),
      footer: text(4000 * scale).map((t) => ({ text: t })),
    },
    { requiredKeys: [] },
  );

const rowOf = (scale: number): fc.Arbitrary<ActionRow> => fc.record({
  type: fc.constant(1 as const),
  components: fc.array(
    fc.record(
      {
        type: fc.constant(2 as const),
        style: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
        label: text(300 * scale),
        emoji: fc.constant({ name: '👍' }),
        custom_id: fc.string({ minLength: 1, maxLength: 60 }),
        disabled: fc.boolean(),
      },
      { requiredKeys: ['type', 'style', 'custom_id'] },
    ),
    { maxLength: Math.ceil(8 * scale) },
  ),
});

const payloadOf = (scale: number): fc.Arbitrary<MessagePayload> =>
  fc.record(
    {
      content: text(5000 * scale),
      embeds: fc.array(embedOf(scale), { maxLength: Math.ceil(14 * scale) }),
      components: fc.array(rowOf(scale), { maxLength: Math.ceil(8 * scale) }),
      allowed_mentions: fc.constant({ parse: [] as [] }),
    },
    { requiredKeys: ['allowed_mentions'] },
  );
const payload = payloadOf(1);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function embedChars(e: Embed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** Every limit Discord enforces on a message, as a list of violations (empty = Discord accepts it). */
function violations(p: MessagePayload): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) out.push(what);
  };
  const clean = (s: string | undefined, what: string) => check(s === undefined || !LONE_SURROGATE.test(s), `${what} has half an emoji`);
  check((p.content?.length ?? 0) <= DISCORD_LIMITS.content, 'content > 2000');
  clean(p.content, 'content');
  const embeds = p.embeds ?? [];
  check(embeds.length <= DISCORD_LIMITS.embeds, 'more than 10 embeds');
  check(embeds.reduce((n, e) => n + embedChars(e), 0) <= DISCORD_LIMITS.embedTotal, 'embeds total > 6000');
  embeds.forEach((e, i) => {
    check((e.title?.length ?? 0) <= DISCORD_LIMITS.embedTitle, `embed ${i} title > 256`);
    check((e.description?.length ?? 0) <= DISCORD_LIMITS.embedDescription, `embed ${i} description > 4096`);
    check((e.footer?.text.length ?? 0) <= DISCORD_LIMITS.footer, `embed ${i} footer > 2048`);
    check((e.fields?.length ?? 0) <= DISCORD_LIMITS.fields, `embed ${i} has more than 25 fields`);
    clean(e.title, `embed ${i} title`);
    clean(e.description, `embed ${i} description`);
    clean(e.footer?.text, `embed ${i} footer`);
    for (const f of e.fields ?? []) {
      check(f.name.length >= 1 && f.name.length <= DISCORD_LIMITS.fieldName, `embed ${i} field name length ${f.name.length}`);
      check(f.value.length >= 1 && f.value.length <= DISCORD_LIMITS.fieldValue, `embed ${i} field value length ${f.value.length}`);
      clean(f.name, 'field name');
      clean(f.value, 'field value');
    }
  });
  const rows = p.components ?? [];
  check(rows.length <= DISCORD_LIMITS.actionRows, 'more than 5 action rows');
  for (const r of rows) {
    check(r.components.length <= DISCORD_LIMITS.buttonsPerRow, 'more than 5 buttons in a row');
    for (const b of r.components) {
      check((b.label?.length ?? 0) <= DISCORD_LIMITS.buttonLabel, 'button label > 80');
      check(b.custom_id.length <= DISCORD_LIMITS.customId, 'custom_id > 100');
      clean(b.label, 'button label');
    }
  }
  check(Array.isArray(p.allowed_mentions.parse) && p.allowed_mentions.parse.length === 0, 'mentions allowed');
  return out;
}

describe('fitToDiscordLimits', () => {
  it('GIVEN any payload, however large THEN the result is one Discord accepts (property)', () => {
    fc.assert(
      fc.property(payload, (p) => {
        expect(violations(fitToDiscordLimits(p))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN a payload that already fits THEN it is returned unchanged (property)', () => {
    fc.assert(
      fc.property(payloadOf(0.3), (p) => {
        fc.pre(violations(p).length === 0 && (p.embeds ?? []).every((e) => (e.fields ?? []).every((f) => f.name !== '' && f.value !== '')));
        expect(fitToDiscordLimits(p)).toEqual(p);
      }),
      { numRuns: 200 },
    );
  });

  it('GIVEN an already fitted payload THEN fitting again changes nothing (property)', () => {
    fc.assert(
      fc.property(payload, (p) => {
        const once = fitToDiscordLimits(p);
        expect(fitToDiscordLimits(once)).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it('GIVEN more embeds than fit in 6000 characters THEN the first (best) ones are kept, in order', () => {
    const embeds = Array.from({ length: 5 }, (_, i) => ({ title: `Result ${i + 1}`, description: 'x'.repeat(2500) }));
    const fitted = fitToDiscordLimits({ embeds, allowed_mentions: { parse: [] } });
    expect(fitted.embeds?.map((e) => e.title)).toEqual(['Result 1', 'Result 2']);
  });

  it('GIVEN a single embed over 6000 characters THEN it is shortened rather than dropped, so the best excerpt still shows', () => {
    const fitted = fitToDiscordLimits({
      embeds: [{ title: 'Result 1', description: 'word '.repeat(1000), footer: { text: 'f'.repeat(2048) }, fields: [{ name: 'Sources', value: 'v'.repeat(1024) }] }],
      allowed_mentions: { parse: [] },
    });
    expect(fitted.embeds).toHaveLength(1);
    expect(fitted.embeds?.[0]?.title).toBe('Result 1');
    expect(fitted.embeds?.[0]?.description).toMatch(/^word word/);
    expect(violations(fitted)).toEqual([]);
  });

  it('GIVEN the first embed carries 25 full fields (over 6000 on their own) THEN it still fits, keeping its title and first fields', () => {
    const fields = Array.from({ length: 25 }, (_, i) => ({ name: `Field ${i + 1}`, value: 'v'.repeat(1024) }));
    const fitted = fitToDiscordLimits({ embeds: [{ title: 'Result 1', description: 'The excerpt.', fields }], allowed_mentions: { parse: [] } });
    expect(violations(fitted)).toEqual([]);
    expect(fitted.embeds?.[0]).toMatchObject({ title: 'Result 1', description: 'The excerpt.' });
    expect(fitted.embeds?.[0]?.fields?.[0]?.name).toBe('Field 1');
  });

  it('GIVEN empty field names or values THEN they become a zero-width space, which Discord accepts', () => {
    const fitted = fitToDiscordLimits({ embeds: [{ fields: [{ name: '', value: '' }] }], allowed_mentions: { parse: [] } });
    expect(fitted.embeds?.[0]?.fields).toEqual([{ name: '\u200b', value: '\u200b' }]);
  });

  it('GIVEN the input payload THEN it is not modified (renderers may reuse it)', () => {
    const input: MessagePayload = { content: 'c'.repeat(3000), embeds: [{ title: 't'.repeat(300) }], allowed_mentions: { parse: [] } };
    const copy = structuredClone(input);
    fitToDiscordLimits(input);
    expect(input).toEqual(copy);
  });
});

describe('truncate', () => {
  it('GIVEN text within the limit THEN it is unchanged', () => {
    expect(truncate('RedNote', 7)).toBe('RedNote');
  });

  it('GIVEN text over the limit with a space near the end THEN it ends with a whole word and an ellipsis', () => {
    const out = truncate('More than 700,000 new users joined RedNote in two days', 30);
    expect(out).toBe('More than 700,000 new users…');
    expect(out.length).toBeLessThanOrEqual(30);
  });

  it('GIVEN any text and limit THEN the result fits, never splits an emoji, and is a prefix of the text plus "…" (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: 1, max: 300 }), (s, max) => {
        const out = truncate(s, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(LONE_SURROGATE.test(out) && !LONE_SURROGATE.test(s)).toBe(false);
        if (s.length <= max) expect(out).toBe(s);
        else {
          expect(out.endsWith('…')).toBe(true);
          expect(s.startsWith(out.slice(0, -1))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
