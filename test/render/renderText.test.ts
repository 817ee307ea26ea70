import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { escapeMarkdown } from '../../src/render/markdown.js';
import type { MessagePayload } from '../../src/render/payload.js';
import { renderHelp } from '../../src/render/renderHelp.js';
import { renderNotice } from '../../src/render/renderNotice.js';
import { renderText } from '../../src/render/renderText.js';

const PAYLOAD: MessagePayload = {
  content: '**How many users joined?** · page 1 of 2',
  embeds: [
    {
      title: '1. China Embraces Surge',
      url: 'https://example.com/article',
      description: 'The wave of over **700,000** new users \\*really\\* arrived. @\u200beveryone',
      fields: [
        { name: 'Related coverage', value: '[Reuters – Over half a million](https://www.reuters.com/x)\n[CNN – Migration](https://cnn.com/y)' },
        { name: 'Articles', value: '5', inline: true },
      ],
      footer: { text: '2025-01-16 · § TikTok Ban Concerns Drive Migration' },
    },
  ],
  components: [
    {
      type: 1,
      components: [
        { type: 2, style: 2, emoji: { name: '◀' }, label: 'Previous', custom_id: 'ask:page:s:-1', disabled: true },
        { type: 2, style: 2, emoji: { name: '▶' }, label: 'More', custom_id: 'ask:page:s:1', disabled: false },
        { type: 2, style: 2, emoji: { name: '👍' }, custom_id: 'ask:vote:s:up-0' },
      ],
    },
    { type: 1, components: [{ type: 2, style: 1, label: 'Post publicly', emoji: { name: '📢' }, custom_id: 'ask:public:s:0' }] },
  ],
  allowed_mentions: { parse: [] },
};

describe('renderText', () => {
  it('GIVEN an answer payload THEN a pipe gets it as plain text: question, title with link, excerpt, sources, footer, no markdown asterisks', () => {
    const { text } = renderText(PAYLOAD);
    expect(text).toBe(
      [
        'How many users joined? · page 1 of 2',
        '',
        '── 1. China Embraces Surge <https://example.com/article>',
        'The wave of over 700,000 new users *really* arrived. @everyone',
        'Related coverage:',
        '  Reuters – Over half a million <https://www.reuters.com/x>',
        '  CNN – Migration <https://cnn.com/y>',
        'Articles: 5',
        '(2025-01-16 · § TikTok Ban Concerns Drive Migration)',
        '',
        'Buttons: [1] ▶ More  [2] 👍  [3] 📢 Post publicly  (type the number)',
      ].join('\n'),
    );
  });

  it('GIVEN buttons THEN the enabled ones are numbered in order, and number n presses the n-th custom_id', () => {
    expect(renderText(PAYLOAD).buttons).toEqual(['ask:page:s:1', 'ask:vote:s:up-0', 'ask:public:s:0']);
  });

  it('GIVEN a colour terminal THEN bold markdown becomes ANSI bold instead of asterisks', () => {
    const { text } = renderText(PAYLOAD, { color: true });
    expect(text).toContain('over \u001b[1m700,000\u001b[22m new users');
    expect(text).not.toContain('**700,000**');
  });

  it('GIVEN a question holding a markdown link, escaped as the bot escapes user text THEN the console shows the characters typed, not a link', () => {
    const question = '[link](https://evil.example) and **bold**';
    const { text } = renderText(renderNotice(`Asked: ${escapeMarkdown(question)}`), { color: true });
    expect(text).toBe(`Asked: ${question}`);
  });

  it('GIVEN terminal escape sequences in corpus or user text THEN none reaches the terminal', () => {
    const hidden = 'see \u001b]8;;https://evil.example\u0007here\u001b]8;;\u0007 \u001b[2J\u009b31m now';
    const { text } = renderText({ content: hidden, embeds: [{ title: hidden, url: 'https://a.example/\u001b[2J', description: hidden }], allowed_mentions: { parse: [] } }, { color: true });
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f]/);
    // The only ESC left is the bold the renderer itself adds, and there is none here.
    expect(text).not.toContain('\u001b');
    expect(text).toContain('see ]8;;https://evil.examplehere]8;; [2J31m now');
  });

  it('GIVEN any text THEN plain rendering never leaves a placeholder or a control character behind (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.integer({ min: 0, max: 0x2ff }), fc.constantFrom(0x200b, 0xf0000, 0x1f44d)).map((c) => String.fromCodePoint(c)), maxLength: 120 }), (input) => {
        const { text } = renderText({ content: escapeMarkdown(input), allowed_mentions: { parse: [] } });
        // eslint-disable-next-line no-control-regex
        expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u{F0000}]/u);
      }),
    );
  });

  it('GIVEN a payload without buttons THEN there is no button line and no buttons', () => {
    expect(renderText(renderNotice('Done.'))).toEqual({ text: 'Done.', buttons: [] });
  });
});

describe('renderNotice', () => {
  it('GIVEN a one-line message THEN it is the content, pinging nobody, within 2000 characters', () => {
    expect(renderNotice('@everyone hi')).toEqual({ content: '@everyone hi', allowed_mentions: { parse: [] } });
    expect(renderNotice('x'.repeat(5000)).content!.length).toBeLessThanOrEqual(2000);
  });
});

describe('renderHelp', () => {
  it('GIVEN the registered commands THEN every command is listed with its options, required ones without brackets', () => {
    const description = renderHelp(COMMANDS.map((c) => c.definition)).embeds![0]!.description!;
    expect(description).toContain('**/ask** `question:<string> [private:<boolean>]`');
    expect(description).toContain('**/sources** `[private:<boolean>]`');
    expect(description).toContain('**/reload**\nModerators: re-read the corpus');
    expect(description).toContain('**/help**');
    expect(description).toContain("If the corpus doesn't say, citebot says so.");
  });
});
