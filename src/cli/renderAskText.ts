import type { Answer } from '../answer/answerQuestion.js';
import { renderAnswer } from '../render/renderAnswer.js';
import { renderText } from '../render/renderText.js';

/** The CLI shows every requested result at once, rendered as the bot would show each page. */
export function renderAskText(answer: Answer, documentCount: number): string {
  const view = { sessionId: null, isPrivate: false, documentCount };
  if (answer.items.length <= 3) return renderText(renderAnswer(answer, { ...view, page: 0 })).text;
  const pages: string[] = [];
  for (let page = 0; page * 3 < answer.items.length; page++) pages.push(renderText(renderAnswer(answer, { ...view, page })).text);
  return pages.join('\n\n');
}
