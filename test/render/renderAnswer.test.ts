import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, type Answer, type AnswerItem } from '../../src/answer/answerQuestion.js';
import type { Reference } from '../../src/corpus/types.js';
import { DISCORD_LIMITS } from '../../src/render/limits.js';
import type { Button, MessagePayload } from '../../src/render/payload.js';
import { clampPage, itemsOnPage, LOW_CONFIDENCE_NOTE, pageCount, PAGE_SIZE, renderAnswer, REWORDED_NOTE, type AnswerView } from '../../src/render/renderAnswer.js';
import { buildSnapshot, type Snapshot } from '../../src/runtime/corpusStore.js';

const GUARDIAN: Reference = {
  number: 5,
  outlet: 'The Guardian',
  title: "China's RedNote users welcome 'TikTok refugees'",
  url: 'https://www.theguardian.com/media/2025/jan/18/rednote-app-tiktok-ban-us-alternatives',
  document: 'bridging-cultures',
};

function item(rank: number, overrides: Partial<AnswerItem> = {}): AnswerItem {
  const text = `Paragraph ${rank}: the wave of over 700,000 new users was driven by looming U.S. security concerns.`;
  return {
    rank,
    score: 10 - rank,
    chunk: { id: `china-embraces-surge#${rank}`, document: 'china-embraces-surge', heading: 'TikTok Ban Concerns Drive Migration', text },
    document: { id: 'china-embraces-surge', file: '002.txt', title: 'China Embraces Surge of ‘TikTok Refugees’ on RedNote', publisher: '', author: '', date: '2025-01-16', url: '', kind: 'news' },
    excerpt: { text, highlights: [[text.indexOf('700,000'), text.indexOf('700,000') + 7]] },
    citations: { relation: 'related', references: [GUARDIAN] },
    ...overrides,
  };
}

function answered(count: number, question = 'How many new users joined RedNote?'): Answer {
  return { question, status: 'answered', items: Array.from({ length: count }, (_, i) => item(i + 1)), suggestions: [] };
}

const VIEW: AnswerView = { page: 0, sessionId: 'abc123', isPrivate: false, documentCount: 5 };

function buttons(payload: MessagePayload): Button[] {
  return (payload.components ?? []).flatMap((r) => r.components);
}

/** All the text a reader sees in the message. */
function visible(payload: MessagePayload): string {
  return [payload.content ?? '', ...(payload.embeds ?? []).flatMap((e) => [e.title, e.description, e.footer?.text, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])]
    .filter((s) => s !== undefined)
    .join('\n');
}

describe('renderAnswer', () => {
  it('GIVEN an answer THEN the question heads the reply and each result is an embed with rank, article title, bold match, heading and date', () => {
    const payload = renderAnswer(answered(2), VIEW);
    expect(payload.content).toBe('**How many new users joined RedNote?**');
    expect(payload.embeds).toHaveLength(2);
    const first = payload.embeds![0]!;
    expect(first.title).toBe('1. China Embraces Surge of ‘TikTok Refugees’ on RedNote');
    expect(first.description).toBe('Paragraph 1: the wave of over **700,000** new users was driven by looming U.S. security concerns.');
    expect(first.footer?.text).toBe('2025-01-16 · § TikTok Ban Concerns Drive Migration');
    expect(first.url).toBeUndefined(); // the corpus states no URL, so none is invented
  });

  it('GIVEN citations THEN they are masked links to the exact source URLs, labelled by how they relate', () => {
    const related = renderAnswer(answered(1), VIEW).embeds![0]!.fields;
    expect(related).toEqual([
      {
        name: 'Related coverage',
        value: "[The Guardian – China's RedNote users welcome 'TikTok refugees'](https://www.theguardian.com/media/2025/jan/18/rednote-app-tiktok-ban-us-alternatives)",
      },
    ]);
    const own = renderAnswer({ ...answered(1), items: [item(1, { citations: { relation: 'own', references: [GUARDIAN] } })] }, VIEW).embeds![0]!.fields;
    expect(own?.[0]?.name).toBe('Sources cited by this article');
    const none = renderAnswer({ ...answered(1), items: [item(1, { citations: { relation: 'related', references: [] } })] }, VIEW).embeds![0]!;
    expect(none.fields).toBeUndefined();
  });

  it('GIVEN a document with a URL, publisher and author THEN the title links there and the footer credits them', () => {
    const withMeta = item(1);
    withMeta.document = { ...withMeta.document, url: 'https://www.chinadaily.com.cn/a/1.html', publisher: 'China Daily', author: 'Guo Yi', date: '2025-01-21' };
    const embed = renderAnswer({ ...answered(1), items: [withMeta] }, VIEW).embeds![0]!;
    expect(embed.url).toBe('https://www.chinadaily.com.cn/a/1.html');
    expect(embed.footer?.text).toBe('China Daily · Guo Yi · 2025-01-21 · § TikTok Ban Concerns Drive Migration');
  });

  it('GIVEN any reply THEN allowed_mentions.parse is empty, so nobody is ever pinged', () => {
    expect(renderAnswer(answered(5), VIEW).allowed_mentions).toEqual({ parse: [] });
    expect(renderAnswer({ ...answered(0), status: 'not-found' }, VIEW).allowed_mentions).toEqual({ parse: [] });
    expect(renderAnswer({ ...answered(0), status: 'empty-question' }, VIEW).allowed_mentions).toEqual({ parse: [] });
    expect(renderAnswer(answered(1), { ...VIEW, sharedBy: { id: '123456789012345678' } }).allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN @everyone, mentions and markdown in the question THEN they render inert: no ping, no formatting', () => {
    const question = '@everyone @here <@123456789012345678> <@&987654321098765432> **bold** `code` ||spoiler|| [link](https://evil.example)';
    for (const status of ['answered', 'not-found'] as const) {
      const payload = renderAnswer({ ...answered(status === 'answered' ? 1 : 0, question), status }, VIEW);
      const text = visible(payload);
      expect(text).not.toMatch(/@everyone|@here|<@\d|<@&\d/);
      expect(text).toContain('@\u200beveryone');
      expect(text).not.toContain('**bold**');
      expect(text).toContain('\\*\\*bold\\*\\*');
      expect(text).toContain('\\`code\\`');
      expect(text).toContain('\\|\\|spoiler\\|\\|');
      expect(text).toContain('\\[link\\]');
    }
  });

  it('GIVEN markdown characters in the corpus excerpt THEN they are escaped while the match is still bold', () => {
    const text = 'Users_of *RedNote* wrote `hi` and 700,000 joined.';
    const answer = { ...answered(1), items: [item(1, { excerpt: { text, highlights: [[text.indexOf('700,000'), text.indexOf('700,000') + 7]] } })] };
    expect(renderAnswer(answer, VIEW).embeds![0]!.description).toBe('Users\\_of \\*RedNote\\* wrote \\`hi\\` and **700,000** joined.');
  });

  it('GIVEN a question of 1000 characters THEN the header is shortened and the reply fits', () => {
    const payload = renderAnswer(answered(3, `why ${'very '.repeat(200)}long`), VIEW);
    expect(payload.content!.length).toBeLessThan(260);
    expect(payload.content).toContain('…');
  });

  it('GIVEN more results than a page holds THEN page 1 shows the first three, says "page 1 of N", and offers More', () => {
    const payload = renderAnswer(answered(7), VIEW);
    expect(payload.content).toBe('**How many new users joined RedNote?** · page 1 of 3');
    expect(payload.embeds!.map((e) => e.title?.slice(0, 2))).toEqual(['1.', '2.', '3.']);
    const [previous, more] = buttons(payload);
    expect(previous).toMatchObject({ label: 'Previous', disabled: true, custom_id: 'ask:page:abc123:-1' });
    expect(more).toMatchObject({ label: 'More', disabled: false, custom_id: 'ask:page:abc123:1' });
  });

  it('GIVEN the last page THEN it shows the remaining results and More is disabled', () => {
    const payload = renderAnswer(answered(7), { ...VIEW, page: 2 });
    expect(payload.embeds!.map((e) => e.title?.slice(0, 2))).toEqual(['7.']);
    expect(buttons(payload).find((b) => b.label === 'More')?.disabled).toBe(true);
    expect(buttons(payload).find((b) => b.label === 'Previous')).toMatchObject({ disabled: false, custom_id: 'ask:page:abc123:1' });
  });

  it('GIVEN a page number out of range (a stale or forged button) THEN the nearest real page is shown', () => {
    expect(renderAnswer(answered(7), { ...VIEW, page: 99 }).content).toContain('page 3 of 3');
    expect(renderAnswer(answered(7), { ...VIEW, page: -5 }).content).toContain('page 1 of 3');
    expect(renderAnswer(answered(7), { ...VIEW, page: Number.NaN }).embeds).toHaveLength(3);
  });

  it('GIVEN a single page THEN there are no paging buttons, only feedback', () => {
    const ids = buttons(renderAnswer(answered(2), VIEW)).map((b) => b.custom_id);
    expect(ids).toEqual(['ask:vote:abc123:up-0', 'ask:vote:abc123:down-0']);
  });

  it('GIVEN a later page THEN the vote buttons carry it, so voting keeps the reader on that page', () => {
    const ids = buttons(renderAnswer(answered(7), { ...VIEW, page: 2 })).map((b) => b.custom_id);
    expect(ids).toEqual(expect.arrayContaining(['ask:vote:abc123:up-2', 'ask:vote:abc123:down-2']));
  });

  it('GIVEN every button THEN its custom_id is within Discord\'s 100 characters', () => {
    for (const b of buttons(renderAnswer(answered(12), { ...VIEW, isPrivate: true, page: 1 }))) expect(b.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
  });

  it('GIVEN a private answer THEN a "Post publicly" button for the current page is offered; a public one has none', () => {
    expect(buttons(renderAnswer(answered(7), { ...VIEW, isPrivate: true, page: 1 })).find((b) => b.label === 'Post publicly')?.custom_id).toBe('ask:public:abc123:1');
    expect(buttons(renderAnswer(answered(7), VIEW)).some((b) => b.label === 'Post publicly')).toBe(false);
  });

  it('GIVEN a vote was cast THEN both vote buttons are disabled and the chosen one is highlighted', () => {
    const [up, down] = buttons(renderAnswer(answered(1), { ...VIEW, vote: 'up' }));
    expect(up).toMatchObject({ disabled: true, style: 3 });
    expect(down).toMatchObject({ disabled: true, style: 2 });
  });

  it('GIVEN no session (a one-shot or a shared copy) THEN there are no buttons', () => {
    expect(renderAnswer(answered(7), { ...VIEW, sessionId: null }).components).toBeUndefined();
  });

  it('GIVEN a copy posted publicly THEN it says who asked, as an inert mention', () => {
    const payload = renderAnswer(answered(1), { ...VIEW, sessionId: null, sharedBy: { id: '123456789012345678' } });
    expect(payload.content).toBe('<@123456789012345678> asked: **How many new users joined RedNote?**');
  });

  it('GIVEN nothing found THEN the reply says so plainly, counts the articles, suggests headings and points to /sources', () => {
    const payload = renderAnswer({ question: 'recipe for lasagna', status: 'not-found', items: [], suggestions: ['Mixed Reactions to the Newcomers'] }, VIEW);
    const description = payload.embeds![0]!.description!;
    expect(payload.embeds![0]!.title).toBe('Not in the corpus');
    expect(description).toContain('I couldn\'t find anything about “recipe for lasagna” in the 5 articles I know, so I won\'t guess.');
    expect(description).toContain('**Did you mean:**\n• Mixed Reactions to the Newcomers');
    expect(description).toContain('/sources');
    expect(payload.components).toBeUndefined();
  });

  it('GIVEN a low-confidence answer THEN the closest passages come under a plain "not sure" note', () => {
    const payload = renderAnswer({ ...answered(2), status: 'low-confidence' }, VIEW);
    expect(payload.content).toContain(LOW_CONFIDENCE_NOTE);
    expect(payload.embeds).toHaveLength(2);
    expect(renderAnswer(answered(2), VIEW).content).not.toContain(LOW_CONFIDENCE_NOTE);
  });

  it('GIVEN an excerpt from a machine-reworded copy THEN its footer says the wording is not the publisher\'s', () => {
    const spun = item(1, { document: { ...item(1).document, reworded: true, publisher: 'The Conversation' } });
    const payload = renderAnswer({ ...answered(1), items: [spun, item(2)] }, VIEW);
    expect(payload.embeds?.[0]?.footer?.text).toContain(REWORDED_NOTE);
    expect(payload.embeds?.[0]?.footer?.text).toContain('The Conversation');
    expect(payload.embeds?.[1]?.footer?.text ?? '').not.toContain(REWORDED_NOTE);
  });

  it('GIVEN an empty question THEN the reply shows how to ask', () => {
    expect(renderAnswer({ question: '', status: 'empty-question', items: [], suggestions: [] }, VIEW).content).toMatch(/^Please ask a question .*\/ask question: /);
  });
});

describe('paging helpers', () => {
  it('GIVEN 0, 3, 4 and 12 results THEN 1, 1, 2 and 4 pages', () => {
    expect([0, 3, 4, 12].map((n) => pageCount(answered(n)))).toEqual([1, 1, 2, 4]);
    expect(PAGE_SIZE).toBe(3);
  });

  it('GIVEN a page THEN its items are the right slice, clamped to the range', () => {
    expect(itemsOnPage(answered(7), 1).map((i) => i.rank)).toEqual([4, 5, 6]);
    expect(clampPage(answered(7), 1.7)).toBe(1);
    expect(clampPage(answered(7), 10)).toBe(2);
  });
});

describe('renderAnswer on the real corpus', () => {
  let snapshot: Snapshot;
  beforeAll(async () => {
    snapshot = await buildSnapshot(path.resolve(import.meta.dirname, '../../seeds'), { maxFileBytes: 1e7 }, 1);
  });

  it.each([
    'How many new users joined RedNote?',
    'What did the Guardian write about TikTok refugees?',
    'TikTok RedNote users China',
    'Why did Americans move to Xiaohongshu instead of Instagram?',
  ])('GIVEN "%s" THEN every page renders within Discord limits, with the excerpt text in the embed', (question) => {
    const answer = answerQuestion(snapshot.index, question);
    expect(answer.status).toBe('answered');
    for (let page = 0; page < pageCount(answer); page++) {
      const payload = renderAnswer(answer, { ...VIEW, isPrivate: true, page, documentCount: snapshot.documents.length });
      expect(payload.embeds!.length).toBeLessThanOrEqual(PAGE_SIZE);
      expect(payload.content!.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
      const total = payload.embeds!.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0), 0);
      expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
      itemsOnPage(answer, page).forEach((it, i) => {
        const description = payload.embeds![i]!.description!.replace(/\*\*/g, '').replace(/\\(.)/g, '$1');
        expect(description).toBe(it.excerpt.text);
        for (const ref of it.citations.references) expect(payload.embeds![i]!.fields?.[0]?.value).toContain(`(${ref.url})`);
      });
    }
  });
});
