import { DEFAULT_ANSWER_LIMIT } from '../src/answer/answerQuestion.js';
import { findSources as findSourcesFor, messageText } from '../src/answer/findSources.js';
import { Context, Install } from '../src/interaction/commandDefinition.js';
import { defineMessageCommand } from '../src/interaction/types.js';
import { renderAnswer } from '../src/render/renderAnswer.js';
import { renderNotice } from '../src/render/renderNotice.js';

const NO_TEXT = 'That message has no text to look up (an image, a file, a sticker or a poll only). Find sources works on what a message says.';

export const findSources = defineMessageCommand({
  definition: {
    kind: 'message',
    name: 'Find sources',
    description: 'The passages of the articles that bear on what a message claims, with sources, shown only to you',
    consoleName: 'find',
    options: [],
    default_member_permissions: null,
    contexts: [Context.Guild, Context.BotDM, Context.PrivateChannel],
    integration_types: [Install.Guild, Install.User],
  },

  async onMessage({ target, invoker, services }) {
    // One search per person at a time, shared with /ask: the two cost the same.
    const wait = await services.cooldowns.take(`ask:${invoker.id}`);
    if (wait > 0) {
      return { type: 'reply', ephemeral: true, payload: renderNotice(`You're asking quickly: please try again in ${wait} s.`), resultCount: 0 };
    }
    if (target.content.trim() === '' && target.embedText.trim() === '') return { type: 'reply', ephemeral: true, payload: renderNotice(NO_TEXT), resultCount: 0 };
    // A bare link says what its preview says.
    const claim = messageText(target.content) === '' && target.embedText.trim() !== '' ? target.embedText : target.content;
    const snapshot = await services.store.ready();
    const answer = findSourcesFor(snapshot.index, claim, { limit: DEFAULT_ANSWER_LIMIT });
    const view = { claim: { messageUrl: target.url } };
    const session = answer.items.length > 0 ? services.sessions.create(answer, invoker, true, view.claim) : null;
    const payload = renderAnswer(answer, { page: 0, sessionId: session?.id ?? null, isPrivate: true, documentCount: snapshot.documents.length, ...view });
    return { type: 'reply', ephemeral: true, payload, resultCount: answer.items.length };
  },
});
