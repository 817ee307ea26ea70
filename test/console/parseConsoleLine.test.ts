import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { parseConsoleLine } from '../../src/console/parseConsoleLine.js';

const parse = (line: string) => parseConsoleLine(line, COMMANDS);
const HINT = 'Type a command such as /ask <question>, /find <message text>, /sources, /reload or /help (or "exit").';

describe('parseConsoleLine', () => {
  it('GIVEN free text after /ask THEN it fills the question', () => {
    expect(parse('/ask How many new users joined RedNote?')).toEqual({ kind: 'command', name: 'ask', options: { question: 'How many new users joined RedNote?' } });
  });

  it('GIVEN explicit options THEN each gets its text, as Discord would fill them', () => {
    expect(parse('/ask question:How many new users joined? private:true')).toEqual({
      kind: 'command',
      name: 'ask',
      options: { question: 'How many new users joined?', private: 'true' },
    });
  });

  it('GIVEN free text followed by an option THEN the text is the question and the option is read too', () => {
    expect(parse('/ask What is RedNote? private:yes')).toEqual({ kind: 'command', name: 'ask', options: { question: 'What is RedNote?', private: 'yes' } });
  });

  it('GIVEN options in any order THEN the same options', () => {
    expect(parse('/ask private:false question: Why RedNote?')).toEqual({ kind: 'command', name: 'ask', options: { private: 'false', question: 'Why RedNote?' } });
  });

  it('GIVEN a colon that is not an option name THEN it stays in the question', () => {
    expect(parse('/ask RedNote: why now? 10:30')).toEqual({ kind: 'command', name: 'ask', options: { question: 'RedNote: why now? 10:30' } });
  });

  it('GIVEN a command without options THEN no options; in capitals THEN still found', () => {
    expect(parse('/sources')).toEqual({ kind: 'command', name: 'sources', options: {} });
    expect(parse('/SOURCES private:true')).toEqual({ kind: 'command', name: 'sources', options: { private: 'true' } });
    expect(parse('  /reload  ')).toEqual({ kind: 'command', name: 'reload', options: {} });
  });

  it('GIVEN text after a command that takes no text THEN a clear error', () => {
    expect(parse('/reload everything now')).toEqual({ kind: 'error', message: '/reload takes no text.' });
  });

  it.each(['1', '3', '12'])('GIVEN the number %s THEN it presses that button', (line) => {
    expect(parse(line)).toEqual({ kind: 'button', number: Number(line) });
  });

  it.each(['exit', 'quit', '/exit', 'QUIT', ' exit '])('GIVEN "%s" THEN the console ends', (line) => {
    expect(parse(line)).toEqual({ kind: 'exit' });
  });

  it.each(['', '   ', '\t'])('GIVEN an empty line THEN nothing happens', (line) => {
    expect(parse(line)).toEqual({ kind: 'empty' });
  });

  it('GIVEN /find and a message\'s text THEN the Find sources message command gets that text', () => {
    expect(parse('/find  apparently 700k americans joined rednote in 2 days lol ')).toEqual({ kind: 'message-command', name: 'Find sources', text: 'apparently 700k americans joined rednote in 2 days lol' });
    expect(parse('/FIND rednote is chinese instagram')).toMatchObject({ kind: 'message-command', name: 'Find sources' });
  });

  it('GIVEN /find alone THEN it asks for the text, with an example', () => {
    expect(parse('/find')).toEqual({ kind: 'error', message: '/find needs the text of a message, for example /find apparently 700k americans joined rednote in 2 days' });
  });

  it.each(['How many users joined?', '/unknown thing', 'ask without slash', '123', '/'])('GIVEN "%s" THEN the hint lists the commands', (line) => {
    expect(parse(line)).toEqual({ kind: 'error', message: HINT });
  });
});
