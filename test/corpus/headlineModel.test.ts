import { describe, expect, it } from 'vitest';
import { findMetadata } from '../../src/corpus/findMetadata.js';
import { HEADLINE_FEATURES, HEADLINE_MODEL, headlineFeatures, likeliestHeadline, trainHeadlineModel, type HeadlineCandidate, type HeadlineExample } from '../../src/corpus/headlineModel.js';

const feature = (candidate: HeadlineCandidate, name: (typeof HEADLINE_FEATURES)[number]) => headlineFeatures(candidate, candidate.score, 3)[HEADLINE_FEATURES.indexOf(name)];

describe('the headline model', () => {
  it('GIVEN the shipped model THEN it was trained on the features the code computes', () => {
    expect(HEADLINE_MODEL).not.toBeNull();
    expect(HEADLINE_MODEL?.features).toEqual([...HEADLINE_FEATURES]);
    expect(HEADLINE_MODEL?.weights.every(Number.isFinite)).toBe(true);
  });

  it('GIVEN a station\'s name and a headline THEN their features tell them apart: an organisation\'s word and a digit, against function words and a headline\'s length', () => {
    const site = { text: 'KRDN 4 News at 6', score: 2, order: 0 };
    const headline = { text: '‘Cat tax’ and calculus help: Reno students swap memes with Chinese users on RedNote', score: 2, order: 1 };
    expect([feature(site, 'organisationWord'), feature(site, 'digit'), feature(site, 'from6to20')]).toEqual([1, 1, 0]);
    expect([feature(headline, 'organisationWord'), feature(headline, 'digit'), feature(headline, 'from6to20'), feature(headline, 'hasFunctionWord')]).toEqual([0, 0, 1, 1]);
  });

  it('GIVEN a TV station\'s page, its show\'s name in the menu as high in the rules\' points as the headline under it THEN the headline is the title', () => {
    const lines = ['Skip Navigation', 'KRDN 4 News', 'Local News', 'Weather', 'Watch', 'Live Now', 'KRDN 4 News at 6', 'Reno »', '28°', 'Local News', '‘Cat tax’ and calculus help: Reno students swap memes with Chinese users on RedNote', 'UNR students say the "cat tax" trend turned into homework help. A professor says the irony of the migration is hard to miss.', 'Credit: KRDN', 'Play', 'Unmute', '2:14', 'More Videos', 'Author: Jenna Okafor', 'Published: 6:14 PM PST January 15, 2025', 'RENO, Nev. — Payment is due in cats. That’s the running joke among the thousands of Americans who joined the Chinese social media app RedNote this week, and a group of students.', 'The students said the trend turned into homework help within days, as Chinese users answered calculus questions in exchange for photos of their cats.'];
    expect(findMetadata(lines).title).toBe('‘Cat tax’ and calculus help: Reno students swap memes with Chinese users on RedNote');
  });

  it('GIVEN a record\'s field line ("Member since: Mar 2019", "Status: …") as high in the rules\' points as the headline THEN the feature marks the field\'s label and the shipped model takes the headline', () => {
    const field = { text: 'Member since: Mar 2019', score: 3, order: 0 };
    const headline = { text: 'The refugees went to RedNote, not to us. We should ask why', score: 3, order: 1 };
    expect([feature(field, 'fieldLabel'), feature(headline, 'fieldLabel'), feature({ text: 'From Windhoek to Wuhan: Namibian teachers find students', score: 3, order: 0 }, 'fieldLabel')]).toEqual([1, 0, 0]);
    expect(likeliestHeadline([field, headline])).toBe(headline);
  });

  it('GIVEN candidates the rules rate more than five points apart, or below zero, or ruled ineligible THEN the model never takes them over the rules\' choice', () => {
    const rules = { text: 'Council Connection Newsletter', score: 8, order: 0 };
    const behind = { text: 'Digital Safety Corner: What Residents Should Know Before Joining RedNote', score: 2, order: 1 };
    expect(likeliestHeadline([rules, behind])).toBe(rules);
    expect(likeliestHeadline([{ ...rules, score: 4 }, { ...behind, score: -1 }])).toEqual({ ...rules, score: 4 });
    const close = { ...behind, score: 7 };
    expect(likeliestHeadline([rules, close], (c) => c !== close)).toBe(rules);
    expect(likeliestHeadline([rules, close], () => true, null)).toBe(rules);
    expect(likeliestHeadline([])).toBeNull();
  });

  it('GIVEN examples where headlines are the longer lines with function words THEN training learns it, and gives the same model twice', () => {
    const examples: HeadlineExample[] = [];
    for (let i = 0; i < 40; i++) {
      const name = { text: `Valley Herald ${i}`, score: 1, order: 0 };
      const headline = { text: `Students in the valley find ${i} new friends on a Chinese app`, score: 1, order: 1 };
      examples.push({ features: headlineFeatures(name, 1, 2), headline: false }, { features: headlineFeatures(headline, 1, 2), headline: true });
    }
    const model = trainHeadlineModel(examples);
    expect(trainHeadlineModel(examples)).toEqual(model);
    const name = { text: 'Lakeside Gazette', score: 1, order: 0 };
    const headline = { text: 'Farmers in the county sell honey to buyers on a new app', score: 1, order: 1 };
    expect(likeliestHeadline([name, headline], () => true, model)).toBe(headline);
  });
});
