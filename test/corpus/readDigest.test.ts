import { describe, expect, it } from 'vitest';
import { digestMessage } from '../../src/corpus/readDigest.js';

const STORY = [
  'When TikTok users flooded RedNote, a Salina Mandarin class was ready',
  '',
  'By Carla Vinton',
  '',
  'SALINA -- For two years, the 23 students in the Mandarin III class have practiced conversation the usual way: with each other and a textbook.',
  'Then, in the second week of January, hundreds of thousands of Americans downloaded Xiaohongshu, a Chinese lifestyle app English speakers call RedNote.',
  'The assignment was simple: create an account with a parent\'s permission, find one post by a Chinese user asking a question, and answer it in Mandarin.',
  'Of the 23 students, 17 took part on the app. By Friday, they had written more than 90 replies between them, and several conversations kept going.',
].join('\n');

const RULE = '-'.repeat(30);
const listserv = (messages: string[]) =>
  [
    'There are 3 messages totaling 141 lines in this issue.',
    '',
    'Topics of the day:',
    '',
    '  1. Spring AP workshop - room change',
    '  2. FW: Prairie Educator story on our RedNote assignment',
    '',
    '-'.repeat(70),
    '',
    ...messages.flatMap((m) => [m, '', '#'.repeat(72), '', 'To unsubscribe from the CLASSCHN-L list, click the following link:', 'https://lists.example.edu/?SUBED1=CLASSCHN-L', '', RULE]),
  ].join('\n');

const WORKSHOP = ['Date:    Thu, 23 Jan 2025 07:42:15 -0600', 'From:    Dana Whitcomb <dana@example.org>', 'Subject: Spring AP workshop - room change', '', 'The workshop has moved to room 214. Please RSVP by Feb. 1.', '', 'Dana'].join('\n');
const FORWARD = ['Date:    Fri, 24 Jan 2025 16:05:51 -0600', 'From:    "Hsu, Wen-Li" <whsu@example.org>', 'Subject: FW: Prairie Educator story on our RedNote assignment', '', 'Hi all, here is the story.', '', '-----Original Message-----', 'From: Prairie Educator Newsletter <news@example.org>', 'Subject: When TikTok users flooded RedNote', '', STORY].join('\n');
const REPLY = ['Date:    Fri, 24 Jan 2025 19:31:02 -0600', 'From:    Rebecca Anand <ranand@example.org>', 'Subject: Re: Looking for a reader', '', 'We use the My First Chinese Reader series with our 4th graders.'].join('\n');

describe('digestMessage', () => {
  it('GIVEN a LISTSERV digest (topics list, messages under short headers, footers between rules) THEN the message that carries the story is read, without the others', () => {
    const message = digestMessage(listserv([WORKSHOP, FORWARD, REPLY])) ?? '';
    expect(message).toContain(STORY);
    expect(message.startsWith('Date:    Fri, 24 Jan 2025 16:05:51')).toBe(true);
    expect(message).not.toContain('room 214');
    expect(message).not.toContain('My First Chinese Reader');
    expect(message).not.toContain('To unsubscribe');
  });

  it('GIVEN a Mailman digest ("Today\'s Topics", "Message: 2") THEN the same', () => {
    const mailman = ["Today's Topics:", '', '   1. room change', '   2. story', '', RULE, '', `Message: 1\n${WORKSHOP}`, '', RULE, '', `Message: 2\n${FORWARD}`, '', RULE, '', 'End of digest'].join('\n');
    expect(digestMessage(mailman)).toContain(STORY);
  });

  it('GIVEN one letter, or a story under a rule of dashes that is no digest THEN it is no digest', () => {
    expect(digestMessage(FORWARD)).toBeNull();
    expect(digestMessage(`${STORY}\n${RULE}\nMore from the newsroom: a digest of the week's stories.\n${RULE}\nDate: today\nFrom: us`)).toBeNull();
  });
});
