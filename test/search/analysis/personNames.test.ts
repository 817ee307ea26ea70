import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorNoteNames, givenNamesBySurname } from '../../../src/search/analysis/personNames.js';

const MODIFIERS = new Set(['protecting', 'supreme']);
const isModifier = (word: string) => MODIFIERS.has(word);

describe('givenNamesBySurname (a person named in full, then by surname)', () => {
  it('GIVEN a person named in full, then by surname in later paragraphs THEN those paragraphs are given the first name', () => {
    const paragraphs = [
      'At Broughton High School, junior Maya Ellison said most of her friends had downloaded RedNote.',
      '“People on there are really nice,” said Ellison, 16. A girl in Hangzhou helped me with my homework.',
      'The school said nothing about the app.',
      'Ellison plans to keep her account.',
    ];
    expect(givenNamesBySurname(paragraphs, isModifier)).toEqual([[], ['Maya'], [], ['Maya']]);
  });

  it('GIVEN the surname before the full name, or in another article THEN nothing is added (only what came earlier in the same article)', () => {
    expect(givenNamesBySurname(['Ellison spoke first.', 'Later Maya Ellison spoke again.'], isModifier)).toEqual([[], []]);
    expect(givenNamesBySurname(['Ellison spoke.'], isModifier)).toEqual([[]]);
  });

  it('GIVEN capitalised pairs that are no person (a function word, a possessive, a verb or adjective opening a title, words the article writes in lower case) THEN nothing is added', () => {
    const paragraphs = [
      'When Trump spoke, Protecting Americans from Foreign Adversary Controlled Applications Act came up. China’s Xiaohongshu grew.',
      'The Supreme Court ruled. The App Store listed it.',
      'Trump, Americans, the Court, Xiaohongshu and the Store came up again; the app was on every phone.',
    ];
    expect(givenNamesBySurname(paragraphs, isModifier)).toEqual([[], [], []]);
  });

  it('GIVEN any paragraphs THEN every name added is a word written in an earlier paragraph of the article, and there is one list per paragraph', () => {
    const word = fc.constantFrom('Maya', 'Ellison', 'said', 'the', 'app', 'Xi', 'Jinping', 'When', 'Court', 'court', 'Ren', 'Yi', '.');
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 12 }).map((w) => w.join(' ')), { maxLength: 6 }), (paragraphs) => {
        const added = givenNamesBySurname(paragraphs, isModifier);
        expect(added).toHaveLength(paragraphs.length);
        added.forEach((names, i) => {
          for (const name of names) expect(paragraphs.slice(0, i).some((p) => p.includes(name))).toBe(true);
        });
      }),
    );
  });
});

describe('authorNoteNames (a note about the writer under a piece)', () => {
  it('GIVEN a short paragraph opening with the writer as its subject, or under an "About the author" heading THEN it is given the byline\'s name', () => {
    expect(authorNoteNames('The author is a professor at the School of Journalism, Chongqing University.', null, 'Guo Yi')).toBe('Guo Yi');
    expect(authorNoteNames('The writer, a former TikTok creator, now posts on RedNote.', null, 'Mara Ellison')).toBe('Mara Ellison');
    expect(authorNoteNames('About the author: she covers technology for the paper.', null, 'Mara Ellison')).toBe('Mara Ellison');
    expect(authorNoteNames('作者系重庆大学新闻学院教授。', null, 'Guo Yi')).toBe('Guo Yi');
    expect(authorNoteNames('A former reporter, she teaches media studies in Ohio.', 'About the Author', 'Mara Ellison')).toBe('Mara Ellison');
  });

  it('GIVEN a paragraph about another author, a long one, one that names the writer already, or no byline THEN nothing is added', () => {
    expect(authorNoteNames('The author of the report said RedNote added 700,000 users in two days.', null, 'Guo Yi')).toBe('');
    expect(authorNoteNames(`The author is ${'a very long paragraph that goes on '.repeat(12)}.`, null, 'Guo Yi')).toBe('');
    expect(authorNoteNames('Guo Yi is a professor at Chongqing University.', null, 'Guo Yi')).toBe('');
    expect(authorNoteNames('The author is a professor at Chongqing University.', null, '')).toBe('');
    expect(authorNoteNames('Users flocked to the app.', 'About the platform', 'Guo Yi')).toBe('');
  });
});
