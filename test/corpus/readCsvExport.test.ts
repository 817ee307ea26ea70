import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvExportAsHtml, looksLikeCsvExport, parseCsv } from '../../src/corpus/readCsvExport.js';
import { readHtml } from '../../src/corpus/readHtml.js';

const quote = (field: string) => `"${field.replace(/"/g, '""')}"`;
const STORY = [
  '<!-- wp:paragraph -->',
  '<p>Tessa Lindgren has played fiddle at the Top Hat for the better part of a decade. Last week, most of the people listening to her were more than 6,000 miles away.</p>',
  '<!-- /wp:paragraph -->',
  '',
  '<!-- wp:heading -->',
  '<h2 class="wp-block-heading">A scene built for short videos</h2>',
  '<!-- /wp:heading -->',
  '',
  '<p>Her first RedNote clip, a reel she calls "Clark Fork Breakdown", drew 41,000 likes in two days from listeners in Chengdu.</p>',
].join('\n');
const BRIEF = '<p>The council will hear a proposal Wednesday to ban overnight parking downtown.</p>';
const CSV = [
  '\ufeffID,Title,Content,Date,Permalink,Author First Name,Author Last Name,_yoast_wpseo_title',
  ['18802', 'City weighs overnight parking limits', BRIEF, '2025-01-20 17:05:00', 'https://example.org/2025/01/20/parking/', 'Javier', 'Morales', ''].map(quote).join(','),
  ['18817', 'Missoula musicians find an unexpected stage on RedNote', STORY, '2025-01-21 06:30:00', 'https://example.org/2025/01/21/musicians-rednote/', 'Nora', 'Beck', 'Missoula musicians find an unexpected stage on RedNote - Hellgate Dispatch'].map(quote).join(','),
].join('\r\n');

describe('readCsvExport: posts a CMS exported as CSV', () => {
  it('GIVEN an export of several posts THEN the longest is the article, its fields the metadata, its HTML the page', () => {
    expect(looksLikeCsvExport(CSV)).toBe(true);
    const page = readHtml(csvExportAsHtml(CSV) ?? '');
    expect(page.meta).toMatchObject({ title: 'Missoula musicians find an unexpected stage on RedNote', author: 'Nora Beck', date: '2025-01-21', publisher: 'Hellgate Dispatch', url: 'https://example.org/2025/01/21/musicians-rednote/' });
    const text = page.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Her first RedNote clip, a reel she calls "Clark Fork Breakdown", drew 41,000 likes');
    expect(text).toContain('A scene built for short videos');
    expect(text).not.toContain('overnight parking');
    expect(text).not.toContain('wp:paragraph');
  });

  it('GIVEN a table of figures, or prose whose first line has commas THEN it is no export', () => {
    expect(looksLikeCsvExport('Date,Downloads,Rank\n2025-01-13,120000,1\n')).toBe(false);
    expect(looksLikeCsvExport('Title, content and dates: how we read a story.\nRedNote grew fast.')).toBe(false);
  });

  it('GIVEN any fields THEN parsing what they are written as gives them back', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const written = rows.map((r) => r.map(quote).join(',')).join('\n');
        const nonEmpty = rows.filter((r) => r.some((f) => f.trim() !== ''));
        expect(parseCsv(written, ',')).toEqual(nonEmpty);
      }),
    );
  });
});
