import { describe, expect, it } from 'vitest';
import { readFieldCodes } from '../../src/corpus/readFieldCodes.js';

const RECORD = [
  'Factiva                                                          Dow Jones',
  '                                                      Licensed for academic use only',
  '',
  'HD         Chinese app RedNote lures U.S. TikTok users as ban deadline nears',
  'BY         By Lydia Chen and Marcus Bell; Staff Writers',
  'WC         1,132 words',
  'PD         15 January 2025',
  'SN         The Midwest Ledger',
  'LA         English',
  'CY         Copyright 2025, The Midwest Ledger. All Rights Reserved.',
  '',
  'LP         MILWAUKEE -- As a Sunday deadline approaches, Americans have found an unlikely refuge:',
  '           Xiaohongshu, a Chinese lifestyle app.',
  '',
  '           RedNote was the most downloaded free app on Monday.',
  '',
  'TD         The migration is partly a protest.',
  '',
  'Page 1 of 2 © 2025 Factiva, Inc. All rights reserved.',
  '',
  '           Privacy experts note that RedNote operates under Chinese law.',
  '',
  'CO         bytdnc : ByteDance Ltd | appinc : Apple Inc',
  'AN         Document MWLD000020250115el1f0000b',
].join('\n');

describe('readFieldCodes', () => {
  it('GIVEN a Factiva export THEN its fields give the headline, authors, date and paper, and its text is the lead and body paragraphs without the page footer or index codes', () => {
    const record = readFieldCodes(RECORD);
    expect(record?.meta).toEqual({
      title: 'Chinese app RedNote lures U.S. TikTok users as ban deadline nears',
      author: 'Lydia Chen and Marcus Bell',
      date: '2025-01-15',
      publisher: 'The Midwest Ledger',
      url: '',
    });
    expect(record?.body.split('\n\n')).toEqual([
      'MILWAUKEE -- As a Sunday deadline approaches, Americans have found an unlikely refuge: Xiaohongshu, a Chinese lifestyle app.',
      'RedNote was the most downloaded free app on Monday.',
      'The migration is partly a protest.',
      'Privacy experts note that RedNote operates under Chinese law.',
    ]);
  });

  it('GIVEN text that only mentions a code or two ("HD  video", "PD  is a department") THEN it is no export', () => {
    expect(readFieldCodes('HD  video is the default now.\nPD  stands for police department.\nThe rest is prose.')).toBeNull();
    expect(readFieldCodes('An ordinary article.\n\nWith two paragraphs.')).toBeNull();
  });
});
