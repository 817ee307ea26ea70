import type { Answer } from '../answer/answerQuestion.js';
import { renderAnswer } from '../render/renderAnswer.js';
import { renderText, type TextOptions } from '../render/renderText.js';

/** The CLI shows every requested result at once, rendered as the bot would show each page. */
export function renderAskText(answer: Answer, documentCount: number, options: TextOptions = { color: false }): string {
  const view = { sessionId: null, isPrivate: false, documentCount };
  if (answer.items.length <= 3) return renderText(renderAnswer(answer, { ...view, page: 0 }), options).text;
  const pages: string[] = [];
  for (let page = 0; page * 3 < answer.items.length; page++) pages.push(renderText(renderAnswer(answer, { ...view, page }), options).text);
  return pages.join('\n\n');
}
