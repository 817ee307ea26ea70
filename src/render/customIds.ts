/**
 * Button custom_ids: `command:action:session:arg`, at most 100 characters.
 * Built here next to the buttons, parsed by the command that owns them.
 */
export type AnswerAction = 'page' | 'public' | 'vote';

export function answerButtonId(action: AnswerAction, sessionId: string, arg: string | number): string {
  return `ask:${action}:${sessionId}:${arg}`;
}

export interface ParsedAnswerButton {
  action: AnswerAction;
  sessionId: string;
  arg: string;
}

export function parseAnswerButtonArgs(args: readonly string[]): ParsedAnswerButton | null {
  const [action, sessionId, arg] = args;
  if ((action !== 'page' && action !== 'public' && action !== 'vote') || !sessionId || arg === undefined) return null;
  return { action, sessionId, arg };
}
