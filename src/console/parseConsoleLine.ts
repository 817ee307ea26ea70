import type { RawOptions } from '../interaction/commandDefinition.js';
import type { RegisteredCommand } from '../interaction/types.js';

export type ConsoleInput =
  | { kind: 'empty' }
  | { kind: 'exit' }
  | { kind: 'button'; number: number }
  | { kind: 'command'; name: string; options: RawOptions }
  /** A message command (Find sources), given the text of a made-up message. */
  | { kind: 'message-command'; name: string; text: string }
  | { kind: 'error'; message: string };

/**
 * Reads what a person types at the console prompt, the way Discord's client
 * would fill the options: `/ask How many users joined?`, or with explicit
 * options `/ask question:How many users joined? private:true`. A bare number
 * presses that button of the last reply.
 */
export function parseConsoleLine(line: string, commands: readonly RegisteredCommand[]): ConsoleInput {
  const text = line.trim();
  if (text === '') return { kind: 'empty' };
  if (/^(exit|quit|\/exit|\/quit)$/i.test(text)) return { kind: 'exit' };
  if (/^\d{1,2}$/.test(text)) return { kind: 'button', number: Number(text) };

  const match = /^\/?(\S+)\s*([\s\S]*)$/.exec(text);
  const name = (match?.[1] ?? '').toLowerCase();
  const rest = match?.[2] ?? '';
  // Message commands have names with spaces ("Find sources"): the console knows them by a short name.
  const onMessage = commands.find((c) => c.definition.kind === 'message' && c.definition.consoleName === name);
  if (onMessage && text.startsWith('/')) {
    if (rest.trim() === '') return { kind: 'error', message: `/${name} needs the text of a message, for example /${name} apparently 700k americans joined rednote in 2 days` };
    return { kind: 'message-command', name: onMessage.definition.name, text: rest.trim() };
  }
  const command = commands.find((c) => c.definition.kind !== 'message' && c.definition.name === name);
  if (!command || !text.startsWith('/')) {
    return { kind: 'error', message: `Type a command such as /ask <question>, /find <message text>, /sources, /reload or /help (or "exit").` };
  }

  const options: Record<string, string> = {};
  const names = command.definition.options.map((o) => o.name);
  const pattern = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join('|')}):`, 'g');
  const marks = names.length > 0 ? [...rest.matchAll(pattern)] : [];
  if (marks.length === 0 || (marks[0]?.index ?? 0) > 0) {
    // Free text before any option: it fills the first string option (the question).
    const first = command.definition.options.find((o) => o.type === 'string');
    const freeEnd = marks[0]?.index ?? rest.length;
    const free = rest.slice(0, freeEnd).trim();
    if (free !== '') {
      if (!first) return { kind: 'error', message: `/${name} takes no text.` };
      options[first.name] = free;
    }
  }
  marks.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = marks[i + 1]?.index ?? rest.length;
    options[m[1] as string] = rest.slice(start, end).trim();
  });
  return { kind: 'command', name, options };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
