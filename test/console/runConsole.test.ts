/**
 * The local console end to end: lines typed into a stream, the real command
 * modules and corpus behind them, and the text a person would read.
 */
import { EventEmitter, once } from 'node:events';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { loadConfig } from '../../src/config/loadConfig.js';
import { runConsole } from '../../src/console/runConsole.js';
import { createLogger } from '../../src/log/logger.js';
import { createRuntime, loadInitialCorpus, type Runtime } from '../../src/runtime/createRuntime.js';

const silent = () => createLogger({ level: 'silent', destination: new Writable({ write: (_c, _e, done) => done() }), pretty: false });

let runtime: Runtime;
beforeAll(async () => {
  runtime = createRuntime({ ...loadConfig({}, null), askCooldownSeconds: 0 }, silent());
  await loadInitialCorpus(runtime, silent());
});

/** Types the lines, then closes the input; returns everything printed, one block per reply. */
async function session(...lines: string[]): Promise<string> {
  const input = new PassThrough();
  let output = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      output += chunk.toString('utf8');
      done();
    },
  });
  const done = runConsole(runtime, { input, output: sink, color: false, prompt: false });
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await done;
  return output;
}

describe('runConsole', () => {
  it('GIVEN /ask THEN the answer shows the question, excerpts from the articles, their headings, and numbered buttons', async () => {
    const question = 'How many new users joined RedNote?';
    const out = await session(`/ask ${question}`);
    // Piped, so plain text: the question without markdown asterisks.
    expect(out).toMatch(new RegExp(`^${question.replace('?', '\\?')} · page 1 of \\d+$`, 'm'));
    expect(out).not.toContain('**');
    const answer = answerQuestion(runtime.store.current!.index, question);
    const top = answer.items[0]!;
    expect(out).toContain(`── 1. ${top.document.title}`);
    expect(out.replace(/\*\*/g, '')).toContain(top.excerpt.text);
    if (top.chunk.heading) expect(out).toContain(`§ ${top.chunk.heading}`);
    expect(out).toMatch(/Buttons: \[1\] .*\(type the number\)/);
    expect(out).not.toContain('(only you can see this)');
  });

  it('GIVEN the number of the More button THEN the next page of the same answer is shown', async () => {
    const first = await session('/ask TikTok refugees RedNote');
    const more = /\[(\d+)\] ▶ More/.exec(first)?.[1];
    expect(more).toBeDefined();
    const out = await session('/ask TikTok refugees RedNote', more!);
    expect(out).toContain('· page 1 of');
    expect(out).toContain('· page 2 of');
    expect(out).toMatch(/── 4\. /);
  });

  it('GIVEN private:true THEN the reply is marked as only visible to the asker and offers "Post publicly"', async () => {
    const out = await session('/ask question:What is Lemon8? private:true');
    expect(out).toContain('(only you can see this)');
    expect(out).toContain('📢 Post publicly');
  });

  it('GIVEN /sources THEN the five articles and the ten references with their URLs are listed', async () => {
    const out = await session('/sources');
    expect(out).toContain('── The corpus: 5 articles');
    expect(out).toContain('── Source list of “From TikTok to RedNote: Bridging Cultures and Challenging Perceptions”');
    const references = out.split('\n').filter((l) => /^\d+\. .+ – .+ <https:\/\//.test(l));
    expect(references).toHaveLength(10);
    expect(out).toContain("1. Associated Press – TikTok refugees are pouring to Xiaohongshu. Here's what you need to know about the RedNote app <https://apnews.com/article/855692624aa52825b30afc5474af881d>");
    expect(out).toContain('10. Proton – TikTok ban: Switching to RedNote? Your privacy is at stake. <https://proton.me/blog/tiktok-ban-rednote-privacy-concerns>');
  });

  it('GIVEN /reload THEN the console user (the owner) may reload, and sees the counts and that nothing changed', async () => {
    const out = await session('/reload');
    expect(out).toContain('── Corpus reloaded');
    expect(out).toContain('Articles: 5');
    expect(out).toContain('Chunks: 60');
    expect(out).toContain('References: 10');
    expect(out).toContain('No article changed.');
  });

  it('GIVEN an off-topic question THEN it says it will not guess', async () => {
    const out = await session('/ask What is the best recipe for lasagna?');
    expect(out).toContain('── Not in the corpus');
    expect(out).toContain("so I won't guess");
  });

  it('GIVEN mistakes THEN each gets a helpful line and the console keeps going', async () => {
    const out = await session('2', 'hello there', '/reload now', '/ask', '/sources');
    expect(out).toContain('There are no buttons yet: ask something first.');
    expect(out).toContain('Type a command such as /ask <question>');
    expect(out).toContain('/reload takes no text.');
    expect(out).toContain('/ask needs the `question` option.');
    expect(out).toContain('── The corpus: 5 articles');
  });

  it('GIVEN a button number that does not exist THEN it says so', async () => {
    expect(await session('/ask What is RedNote?', '9')).toContain('There is no button 9.');
  });

  it('GIVEN 👍 on an answer THEN the console acknowledges the vote and lists the buttons left, without printing the answer again', async () => {
    const first = await session('/ask TikTok refugees RedNote');
    const up = /\[(\d+)\] 👍/.exec(first)?.[1];
    const out = await session('/ask TikTok refugees RedNote', up!);
    const afterVote = out.slice(out.lastIndexOf('Thanks for the feedback'));
    expect(afterVote).toMatch(/^Thanks for the feedback 👍\nButtons: \[1\] ▶ More {2}\(type the number\)\n/);
    expect(out.match(/── 1\. /g)).toHaveLength(1);
  });

  it('GIVEN 👎 and then More THEN the numbers follow the buttons left after the vote', async () => {
    const first = await session('/ask TikTok refugees RedNote');
    const down = /\[(\d+)\] 👎/.exec(first)?.[1];
    const out = await session('/ask TikTok refugees RedNote', down!, '1');
    expect(out).toContain('Thanks for the feedback 👎');
    expect(out).toContain('· page 2 of');
  });

  it('GIVEN a question holding a markdown link THEN the console echoes exactly what was typed, never a link or stray backslashes', async () => {
    const out = await session('/ask what about [link](https://evil.example) and TikTok refugees?');
    expect(out).toContain('what about [link](https://evil.example) and TikTok refugees?');
    expect(out).not.toMatch(/\\link|link\\|<https:\/\/evil\.example>/);
  });

  it('GIVEN a reload signal (SIGHUP in main.ts) THEN the corpus folder is read again, the report printed, and the new article answers', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'citebot-console-'));
    try {
      await cp(path.resolve(import.meta.dirname, '../../seeds'), folder, { recursive: true });
      const own = createRuntime({ ...loadConfig({ SEEDS_DIR: folder }, null), askCooldownSeconds: 0 }, silent());
      await loadInitialCorpus(own, silent());
      const signals = new EventEmitter();
      const input = new PassThrough();
      let output = '';
      const sink = new Writable({
        write(chunk: Buffer, _encoding, done) {
          output += chunk.toString('utf8');
          if (output.includes('Corpus reloaded')) signals.emit('printed');
          done();
        },
      });
      const done = runConsole(own, { input, output: sink, color: false, prompt: false, onReloadSignal: (listener) => signals.on('reload', listener) });
      await writeFile(path.join(folder, 'quokka.txt'), 'Quokka festival in Perth\n\nThe quokka festival in Perth drew record crowds of marsupial admirers this spring.\n');
      const printed = once(signals, 'printed');
      signals.emit('reload');
      await printed;
      input.write('/ask quokka festival\n');
      input.end();
      await done;
      expect(output).toContain('(reload requested by SIGHUP)');
      expect(output).toContain('Articles: 6');
      expect(output).toMatch(/Added: .*quokka/);
      expect(output).toContain('The quokka festival in Perth drew record crowds');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('GIVEN exit THEN the console stops and later lines are not run', async () => {
    const out = await session('/help', 'exit', '/sources');
    expect(out).toContain('citebot: answers with cited excerpts');
    expect(out).not.toContain('The corpus: 5 articles');
  });
});
