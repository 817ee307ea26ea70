import { performance } from 'node:perf_hooks';
import { DEFAULT_ANSWER_LIMIT } from '../src/answer/answerQuestion.js';
import { suggestQuestions } from '../src/answer/suggestQuestions.js';
import { answerCached } from '../src/interaction/answerCache.js';
import { Context, Install } from '../src/interaction/commandDefinition.js';
import { defineCommand } from '../src/interaction/types.js';
import { parseAnswerButtonArgs } from '../src/render/customIds.js';
import { renderAnswer } from '../src/render/renderAnswer.js';
import { renderNotice } from '../src/render/renderNotice.js';

export const ask = defineCommand({
  definition: {
    name: 'ask',
    description: 'Ask the news corpus a question and get cited excerpts',
    options: [
      { name: 'question', description: 'What do you want to know?', type: 'string', required: true, autocomplete: true, max_length: 1000 },
      { name: 'private', description: 'Only you see the answer (default: false, everyone in the channel sees it)', type: 'boolean' },
    ],
    default_member_permissions: null,
    contexts: [Context.Guild, Context.BotDM, Context.PrivateChannel],
    integration_types: [Install.Guild, Install.User],
  },

  isEphemeral: (options) => options.private === true,

  async execute({ options, invoker, place, services }) {
    const started = performance.now();
    const wait = await services.cooldowns.take(`ask:${invoker.id}`);
    if (wait > 0) {
      return { type: 'reply', ephemeral: true, payload: renderNotice(`You're asking quickly: please try again in ${wait} s.`), resultCount: 0 };
    }
    const isPrivate = options.private === true;
    const snapshot = await services.store.ready();
    const answer = answerCached(snapshot.index, options.question, { limit: DEFAULT_ANSWER_LIMIT });
    const askId =
      services.insights?.recordAsk({ answer, userId: invoker.id, guildId: place.guildId, locale: invoker.locale ?? null, latencyMs: performance.now() - started }) ?? null;
    const session = answer.items.length > 0 ? services.sessions.create(answer, invoker, isPrivate, null, askId) : null;
    const payload = renderAnswer(answer, { page: 0, sessionId: session?.id ?? null, isPrivate, documentCount: snapshot.documents.length });
    return { type: 'reply', ephemeral: isPrivate, payload, resultCount: answer.items.length };
  },

  async autocomplete({ focused, services }) {
    const snapshot = services.store.current;
    return suggestQuestions(snapshot?.index ?? null, focused.value);
  },

  async button({ args, invoker, services }) {
    const parsed = parseAnswerButtonArgs(args);
    const session = parsed ? await services.sessions.get(parsed.sessionId) : null;
    if (!parsed || !session) {
      const minutes = Math.round(services.sessions.ttlMs / 60_000);
      const lasting = `${minutes} minute${minutes === 1 ? '' : 's'}`;
      return { type: 'reply', ephemeral: true, payload: renderNotice(`These buttons have expired (they last ${lasting}). Please ask again with /ask.`) };
    }
    const documentCount = (await services.store.ready()).documents.length;
    const { answer } = session;
    const isAsker = invoker.id === session.askerId;

    if (parsed.action === 'page') {
      if (!isAsker) {
        return { type: 'reply', ephemeral: true, payload: renderNotice('Only the person who asked can page through this answer. Ask your own with /ask.') };
      }
      const page = Number(parsed.arg);
      services.insights?.recordButton(session.askId, invoker.id, 'page', page);
      return { type: 'update', payload: renderAnswer(answer, { page, sessionId: session.id, isPrivate: session.private, vote: session.vote ?? null, documentCount, claim: session.claim ?? null }), resultCount: answer.items.length };
    }

    if (parsed.action === 'public') {
      const page = Number(parsed.arg);
      services.insights?.recordButton(session.askId, invoker.id, 'post-publicly', page);
      const payload = renderAnswer(answer, { page, sessionId: null, isPrivate: false, sharedBy: { id: session.askerId }, documentCount, claim: session.claim ?? null });
      return { type: 'reply', ephemeral: false, payload, resultCount: answer.items.length };
    }

    const [vote, pageText] = parsed.arg.split('-');
    if (vote !== 'up' && vote !== 'down') return { type: 'reply', ephemeral: true, payload: renderNotice('That button is not one I know.') };
    services.insights?.recordButton(session.askId, invoker.id, vote === 'up' ? 'vote-up' : 'vote-down', Number(pageText ?? 0));
    services.logger.info(
      { event: 'feedback', vote, question: answer.question, results: answer.items.map((i) => i.chunk.id), user: invoker.id, asker: isAsker },
      'answer feedback',
    );
    const thanks = `Thanks for the feedback ${vote === 'up' ? '👍' : '👎'}`;
    if (!isAsker) return { type: 'reply', ephemeral: true, payload: renderNotice(thanks) };
    session.vote = vote;
    services.sessions.update(session);
    const payload = renderAnswer(answer, { page: Number(pageText ?? 0), sessionId: session.id, isPrivate: session.private, vote, documentCount, claim: session.claim ?? null });
    return { type: 'update', payload, acknowledgement: thanks };
  },
});
