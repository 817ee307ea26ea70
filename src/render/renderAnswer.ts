import type { Answer, AnswerItem } from '../answer/answerQuestion.js';
import { answerButtonId } from './customIds.js';
import { fitToDiscordLimits, truncate } from './limits.js';
import { boldRanges, escapeMarkdown, maskedLink } from './markdown.js';
import { ButtonStyle, EMBED_COLOR, type ActionRow, type Button, type Embed, type MessagePayload } from './payload.js';

export const PAGE_SIZE = 3;
/** Said above passages that share a rare word with the question but do not clear the relevance floor. */
export const LOW_CONFIDENCE_NOTE = "I'm not sure these answer it exactly: they are the closest passages I found.";
/** Said under an excerpt from a machine-reworded copy, whose odd words ("chilly warfare") are not the publisher's. */
export const REWORDED_NOTE = "Machine-reworded copy: the wording is not the publisher's";

export interface AnswerView {
  page: number;
  /** Session id for the buttons; null renders no buttons (console one-shots, shared copies). */
  sessionId: string | null;
  isPrivate: boolean;
  /** Set on a copy posted publicly from a private answer. */
  sharedBy?: { id: string } | null;
  vote?: 'up' | 'down' | null;
  /** How many articles the corpus holds, for the "not found" message. */
  documentCount: number;
  /** Set when the "question" is a message's claim (Find sources), with a link to that message when it has one. */
  claim?: { messageUrl: string | null } | null;
}

export function pageCount(answer: Answer): number {
  return Math.max(1, Math.ceil(answer.items.length / PAGE_SIZE));
}

/** Page numbers arrive from button ids, which anyone can forge: anything not a number is the first page. */
export function clampPage(answer: Answer, page: number): number {
  if (Number.isNaN(page)) return 0;
  return Math.min(Math.max(0, Math.trunc(page)), pageCount(answer) - 1);
}

export function itemsOnPage(answer: Answer, page: number): AnswerItem[] {
  const p = clampPage(answer, page);
  return answer.items.slice(p * PAGE_SIZE, (p + 1) * PAGE_SIZE);
}

export function renderAnswer(answer: Answer, view: AnswerView): MessagePayload {
  const question = escapeMarkdown(truncate(answer.question.replace(/\s+/g, ' '), 200));
  if (view.claim) return renderClaimAnswer(answer, question, view, view.claim.messageUrl);
  if (answer.status === 'empty-question') {
    return fitToDiscordLimits({
      content: 'Please ask a question with a few words in it, for example `/ask question: How many new users joined RedNote?`',
      allowed_mentions: { parse: [] },
    });
  }
  if (answer.status === 'not-found') {
    const lines = [`I couldn't find anything about “${question}” in the ${view.documentCount} articles I know, so I won't guess.`];
    if (answer.suggestions.length > 0) {
      lines.push('', '**Did you mean:**', ...answer.suggestions.map((s) => `• ${escapeMarkdown(truncate(s, 150))}`));
    }
    lines.push('', 'Try other words, or see what the corpus covers with `/sources`.');
    return fitToDiscordLimits({
      embeds: [{ title: 'Not in the corpus', description: lines.join('\n'), color: EMBED_COLOR }],
      allowed_mentions: { parse: [] },
    });
  }

  const page = clampPage(answer, view.page);
  const pages = pageCount(answer);
  const embeds = itemsOnPage(answer, page).map(renderItem);
  const asked = view.sharedBy
    ? `<@${view.sharedBy.id}> asked: **${question}**`
    : `**${question}**${pages > 1 ? ` · page ${page + 1} of ${pages}` : ''}`;
  const header = answer.status === 'low-confidence' ? `${asked}\n${LOW_CONFIDENCE_NOTE}` : asked;
  const payload: MessagePayload = { content: header, embeds, allowed_mentions: { parse: [] } };
  if (view.sessionId !== null) payload.components = renderControls(view.sessionId, page, pages, view);
  return fitToDiscordLimits(payload);
}

/** Find sources: the message is quoted as a claim, and a silent corpus is said so without "did you mean". */
function renderClaimAnswer(answer: Answer, claim: string, view: AnswerView, messageUrl: string | null): MessagePayload {
  if (answer.status === 'empty-question') {
    return fitToDiscordLimits({ content: NO_WORDS_TO_LOOK_UP, allowed_mentions: { parse: [] } });
  }
  if (answer.status === 'not-found') {
    const description = [
      `The ${view.documentCount} articles I know say nothing about “${claim}”, so I can't point to a source for it.`,
      '',
      'See what the corpus covers with `/sources`, or ask about it in your own words with `/ask`.',
    ].join('\n');
    return fitToDiscordLimits({ embeds: [{ title: 'Not in the corpus', description, color: EMBED_COLOR }], allowed_mentions: { parse: [] } });
  }
  const page = clampPage(answer, view.page);
  const pages = pageCount(answer);
  const message = messageUrl === null ? 'a message' : maskedLink('a message', messageUrl);
  const lookedUp = view.sharedBy
    ? `<@${view.sharedBy.id}> looked up sources for ${message}: “${claim}”`
    : `**Sources for ${message}:** “${claim}”${pages > 1 ? ` · page ${page + 1} of ${pages}` : ''}`;
  const header = answer.status === 'low-confidence' ? `${lookedUp}\n${LOW_CONFIDENCE_NOTE}` : lookedUp;
  const payload: MessagePayload = { content: header, embeds: itemsOnPage(answer, page).map(renderItem), allowed_mentions: { parse: [] } };
  if (view.sessionId !== null) payload.components = renderControls(view.sessionId, page, pages, view);
  return fitToDiscordLimits(payload);
}

/** A message with text, but none a search can use. */
export const NO_WORDS_TO_LOOK_UP = 'That message has no words I can look up (only links, mentions, emoji or small talk). Find sources works on what a message claims.';

function renderItem(item: AnswerItem): Embed {
  const { document, chunk, excerpt, citations } = item;
  const embed: Embed = {
    title: `${item.rank}. ${document.title}`,
    description: boldRanges(excerpt.text, excerpt.highlights),
    color: EMBED_COLOR,
  };
  if (document.url !== '') embed.url = document.url;
  if (citations.references.length > 0) {
    embed.fields = [
      {
        name: citations.relation === 'own' ? 'Sources cited by this article' : 'Related coverage',
        value: citations.references.map((r) => `${maskedLink(`${r.outlet} – ${r.title}`, r.url)}`).join('\n'),
      },
    ];
  }
  const footer = [document.reworded === true ? REWORDED_NOTE : '', document.publisher, document.author, document.date, chunk.heading ? `§ ${chunk.heading}` : ''].filter((s) => s !== '');
  if (footer.length > 0) embed.footer = { text: footer.join(' · ') };
  return embed;
}

function renderControls(sessionId: string, page: number, pages: number, view: AnswerView): ActionRow[] {
  const buttons: Button[] = [];
  if (pages > 1) {
    buttons.push(
      { type: 2, style: ButtonStyle.Secondary, emoji: { name: '◀' }, label: 'Previous', custom_id: answerButtonId('page', sessionId, page - 1), disabled: page === 0 },
      { type: 2, style: ButtonStyle.Secondary, emoji: { name: '▶' }, label: 'More', custom_id: answerButtonId('page', sessionId, page + 1), disabled: page >= pages - 1 },
    );
  }
  // The vote carries the page, so acknowledging it redraws the page the reader is on.
  buttons.push(
    {
      type: 2,
      style: view.vote === 'up' ? ButtonStyle.Success : ButtonStyle.Secondary,
      emoji: { name: '👍' },
      custom_id: answerButtonId('vote', sessionId, `up-${page}`),
      disabled: view.vote != null,
    },
    {
      type: 2,
      style: view.vote === 'down' ? ButtonStyle.Danger : ButtonStyle.Secondary,
      emoji: { name: '👎' },
      custom_id: answerButtonId('vote', sessionId, `down-${page}`),
      disabled: view.vote != null,
    },
  );
  const rows: ActionRow[] = [{ type: 1, components: buttons }];
  if (view.isPrivate) {
    rows.push({
      type: 1,
      components: [{ type: 2, style: ButtonStyle.Primary, label: 'Post publicly', emoji: { name: '📢' }, custom_id: answerButtonId('public', sessionId, page) }],
    });
  }
  return rows;
}
