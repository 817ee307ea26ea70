import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
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
  it('GIVEN an answer payload THEN the console shows it as plain text: question, title with link, excerpt, sources, footer', () => {
    const { text } = renderText(PAYLOAD);
    expect(text).toBe(
      [
        '**How many users joined?** · page 1 of 2',
        '',
        '── 1. China Embraces Surge <https://example.com/article>',
        'The wave of over **700,000** new users *really* arrived. @everyone',
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
