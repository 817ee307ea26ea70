import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { handleInteraction } from '../interaction/handleInteraction.js';
import { PermissionBits } from '../interaction/permissions.js';
import type { Invoker, Place, TargetMessage } from '../interaction/types.js';
import type { MessagePayload } from '../render/payload.js';
import { renderReload } from '../render/renderReload.js';
import { buttonLine, renderText } from '../render/renderText.js';
import type { Runtime } from '../runtime/createRuntime.js';
import { parseConsoleLine } from './parseConsoleLine.js';

/** The console user owns the bot: they act as a server admin, so /reload works. */
export const CONSOLE_INVOKER: Invoker = { id: '000000000000000001', name: 'console' };
export const CONSOLE_PLACE: Place = {
  guildId: 'console',
  channelId: 'console',
  memberPermissions: PermissionBits.Administrator | PermissionBits.ManageGuild,
  roleIds: [],
  guildInstall: true,
};

/** The text typed after /find, as the message it stands for (it has no link: it was never posted). */
function consoleMessage(text: string): TargetMessage {
  return { id: 'console', content: text, embedText: '', url: null };
}

export interface ConsoleIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  color: boolean;
  prompt: boolean;
  /** Registers a listener for "reload now" (main.ts: SIGHUP, as in bot mode); its report is printed. */
  onReloadSignal?: (listener: () => void) => void;
}

/**
 * A local stand-in for Discord: the same command modules and payloads,
 * printed as text. Buttons of the last reply are numbered; typing the number
 * presses it.
 */
export async function runConsole(runtime: Runtime, io: ConsoleIo): Promise<void> {
  const rl = createInterface({ input: io.input, output: io.prompt ? io.output : undefined, terminal: io.prompt });
  const write = (text: string) => io.output.write(`${text}\n`);
  let buttons: string[] = [];
  let lastPayload: MessagePayload | null = null;

  const show = (payload: MessagePayload, ephemeral: boolean) => {
    const rendered = renderText(payload, { color: io.color });
    buttons = rendered.buttons;
    lastPayload = payload;
    write(`${ephemeral ? '(only you can see this)\n' : ''}${rendered.text}\n`);
  };

  const acknowledge = (text: string, payload: MessagePayload) => {
    const { line, buttons: pressable } = buttonLine(payload);
    buttons = pressable;
    lastPayload = payload;
    write(`${text}${line === null ? '' : `\n${line}`}\n`);
  };

  io.onReloadSignal?.(() => {
    void runtime.store.reload().then((report) => {
      runtime.services.logger.info({ event: 'reload', via: 'SIGHUP', ok: report.ok }, 'corpus reload');
      write(`\n(reload requested by SIGHUP)\n${renderText(renderReload(report, runtime.store.seedsDir), { color: io.color }).text}\n`);
      rl.prompt();
    });
  });

  if (io.prompt) rl.setPrompt('citebot> ');
  rl.prompt();
  for await (const line of rl) {
    const input = parseConsoleLine(line, runtime.commands);
    if (input.kind === 'exit') break;
    if (input.kind === 'error') write(input.message);
    if (input.kind === 'command' || input.kind === 'message-command' || input.kind === 'button') {
      const customId = input.kind === 'button' ? buttons[input.number - 1] : undefined;
      if (input.kind === 'button' && customId === undefined) {
        write(lastPayload === null ? 'There are no buttons yet: ask something first.' : `There is no button ${input.number}.`);
      } else {
        const response = await handleInteraction(
          input.kind === 'button'
            ? { kind: 'button', customId: customId as string, invoker: CONSOLE_INVOKER, place: CONSOLE_PLACE }
            : input.kind === 'message-command'
              ? { kind: 'message-command', name: input.name, target: consoleMessage(input.text), invoker: CONSOLE_INVOKER, place: CONSOLE_PLACE }
              : { kind: 'command', name: input.name, options: input.options, invoker: CONSOLE_INVOKER, place: CONSOLE_PLACE },
          runtime.commands,
          runtime.services,
        );
        if (response.type === 'reply') show(response.payload, response.ephemeral);
        else if (response.type === 'update' && response.acknowledgement !== undefined) acknowledge(response.acknowledgement, response.payload);
        else if (response.type === 'update') show(response.payload, false);
        // A terminal shows no pictures: a file that would be attached on Discord is saved instead.
        if (response.type === 'reply' && 'attachLater' in response && response.attachLater) {
          const file = await response.attachLater().then(
            async (made) => {
              const saved = path.join(os.tmpdir(), `citebot-${Date.now()}-${made.name}`);
              await writeFile(saved, made.data);
              return `(${made.name} saved to ${saved})`;
            },
            (error: unknown) => `(the attachment could not be made: ${(error as Error).message})`,
          );
          write(file);
        }
      }
    }
    rl.prompt();
  }
  rl.close();
}
