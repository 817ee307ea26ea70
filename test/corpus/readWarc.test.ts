import { describe, expect, it } from 'vitest';
import { readWarc } from '../../src/corpus/readWarc.js';

const STORY = [
  "'We saw it on RedNote': American visitors line up for Richmond's food courts",
  'Dozens of American visitors crossed the border this weekend to eat at food courts they found on RedNote, the Chinese app that drew TikTok users in January.',
  'Stall owners on Alexandra Road said the lines started on Saturday morning and did not stop until the evening, with many visitors filming their orders.',
].join('\n');

const record = (fields: string[], body: string) => ['WARC/1.0', ...fields, `Content-Length: ${Buffer.byteLength(body)}`, '', body, '', ''].join('\r\n');

describe('readWarc', () => {
  it('GIVEN a Common Crawl WET excerpt (a warcinfo record, an unrelated page, the story, the cut-off start of another) THEN the story is read, its address the record\'s target, not the crawl\'s', () => {
    const wet = [
      record(['WARC-Type: warcinfo', 'WARC-Date: 2025-02-14T03:12:45Z', 'WARC-Filename: CC-MAIN-20250207-00412.warc.wet.gz'], 'isPartOf: CC-MAIN-2025-08\r\npublisher: Common Crawl'),
      record(['WARC-Type: conversion', 'WARC-Target-URI: https://farm.example/blog/winter-boxes', 'WARC-Date: 2025-02-08T17:40:52Z'], 'Winter boxes are back\nOrder by Monday.'),
      record(['WARC-Type: conversion', 'WARC-Target-URI: https://www.tideline.example/local-news/we-saw-it-on-rednote-9912873', 'WARC-Date: 2025-02-08T17:41:09Z', 'Content-Type: text/plain'], STORY),
      'WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://cars.example/review\r\n',
    ].join('');
    expect(readWarc(wet)).toEqual({ body: STORY, html: false, url: 'https://www.tideline.example/local-news/we-saw-it-on-rednote-9912873' });
  });

  it('GIVEN a WARC response record (the HTTP exchange, then the page) THEN the page is read as HTML', () => {
    const html = `<!DOCTYPE html><html><head><title>Food courts</title></head><body>${STORY.split('\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    const warc = record(['WARC-Type: response', 'WARC-Target-URI: https://www.tideline.example/a'], `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`);
    expect(readWarc(warc)).toMatchObject({ html: true, url: 'https://www.tideline.example/a' });
    expect(readWarc(warc)?.body).toContain('<p>Dozens of American visitors');
  });

  it('GIVEN text that is no web archive THEN null', () => {
    expect(readWarc(STORY)).toBeNull();
    expect(readWarc('WARC/1.0 is a format.\nIt is used by archives.')).toBeNull();
  });
});
