import { describe, expect, it } from 'vitest';
import { readHar, readHttpCapture } from '../../src/corpus/readHttpCapture.js';

const PAGE = '<!DOCTYPE html><html><head><title>Surf schools</title></head><body><article><h1>Surf schools paddle over to RedNote</h1><p>Tour operators moved their marketing to the Chinese app.</p></article></body></html>';
const REDIRECT = ['HTTP/1.1 301 Moved Permanently', 'Server: nginx', 'Date: Thu, 23 Jan 2025 15:02:11 GMT', 'Content-Type: text/html', 'Location: https://news.example/2025/01/22/surf-schools', '', '<html><head><title>301 Moved Permanently</title></head><body><h1>301 Moved Permanently</h1></body></html>'];

describe('readHttpCapture', () => {
  it('GIVEN curl -i output that followed a redirect THEN the page is the last response, its address where the redirect led', () => {
    const capture = [...REDIRECT, 'HTTP/2 200 ', 'content-type: text/html; charset=UTF-8', 'date: Thu, 23 Jan 2025 15:02:12 GMT', 'x-generator: Drupal 10', '', PAGE].join('\n');
    expect(readHttpCapture(capture)).toEqual({ body: PAGE, html: true, url: 'https://news.example/2025/01/22/surf-schools' });
  });

  it('GIVEN a canonical link header THEN that is the address; GIVEN CRLF line ends THEN the same', () => {
    const capture = ['HTTP/1.1 200 OK', 'Content-Type: text/html', 'Link: <https://news.example/a>; rel="canonical", <https://news.example/node/4>; rel="shortlink"', '', PAGE].join('\r\n');
    expect(readHttpCapture(capture)).toMatchObject({ html: true, url: 'https://news.example/a' });
    expect(readHttpCapture(capture)?.body).toBe(PAGE);
  });

  it('GIVEN curl -v output (the command, connection notes, the request, "< " headers) THEN the body without the notes', () => {
    const capture = ['$ curl -v https://news.example/a', '*   Trying 203.0.113.7:443...', '* Connected to news.example', '> GET /a HTTP/2', '> Host: news.example', '>', '< HTTP/2 200', '< content-type: text/plain', '<', 'Tour operators moved their marketing to the Chinese app.', '* Connection #0 to host news.example left intact'].join('\n');
    expect(readHttpCapture(capture)).toEqual({ body: 'Tour operators moved their marketing to the Chinese app.', html: false, url: '' });
  });

  it.each(['mika@thinkpad:~$ curl -s -i https://news.example/a', '[mika@fedora ~]$ curl -i https://news.example/a', 'root@host:/srv# curl -i https://news.example/a'])('GIVEN the command under a shell\'s prompt ("%s") THEN the response is read', (command) => {
    const capture = [command, 'HTTP/2 200 ', 'content-type: text/html', '', PAGE].join('\n');
    expect(readHttpCapture(capture)).toEqual({ body: PAGE, html: true, url: '' });
  });

  it('GIVEN an exchange typed into openssl s_client (its certificate notes, the request and its headers) with a body sent in chunks THEN the page reads whole, a chunk ending mid-word joined to the next', () => {
    const [head, tail] = [PAGE.slice(0, 150), PAGE.slice(150)];
    const size = (text: string) => Buffer.byteLength(text, 'utf8').toString(16);
    const capture = [
      'pi@raspberrypi:~ $ openssl s_client -quiet -crlf -connect news.example:443',
      'depth=2 C = US, O = Google Trust Services LLC, CN = GTS Root R1',
      'verify return:1',
      'GET /a HTTP/1.1',
      'Host: news.example',
      'Connection: close',
      '',
      'HTTP/1.1 200 OK',
      'Content-Type: text/html; charset=utf-8',
      'Transfer-Encoding: chunked',
      '',
      size(head),
      head,
      size(tail),
      tail,
      '0',
      '',
    ].join('\n');
    expect(readHttpCapture(capture)).toEqual({ body: PAGE, html: true, url: '' });
    // Without the chunked header a line of hexadecimal digits is the body's own.
    expect(readHttpCapture(capture.replace('Transfer-Encoding: chunked\n', ''))?.body).toContain(`\n${size(tail)}\n`);
  });

  it('GIVEN text that merely mentions HTTP, or an e-mail THEN null', () => {
    expect(readHttpCapture('The server answered HTTP/1.1 200 OK and the page loaded.\nThat was all.')).toBeNull();
    expect(readHttpCapture('From: a@example.com\nSubject: HTTP/1.1 200\n\nHello')).toBeNull();
    expect(readHttpCapture([...REDIRECT].join('\n'))).toBeNull();
  });
});

describe('readHar', () => {
  const entry = (url: string, status: number, mimeType: string, text: string, encoding?: string) => ({ request: { method: 'GET', url }, response: { status, content: { mimeType, text, ...(encoding ? { encoding } : {}) } } });
  const har = (...entries: object[]) => JSON.stringify({ log: { version: '1.2', creator: { name: 'WebInspector' }, pages: [], entries } }, null, 2);

  it('GIVEN a browser\'s HAR file THEN the page is its HTML response, its address the request\'s; JSON and redirects are not', () => {
    const file = har(
      entry('http://news.example/a', 301, 'text/html', '<html><body>Moved</body></html>'),
      entry('https://news.example/a', 200, 'text/html; charset=utf-8', PAGE),
      entry('https://news.example/wp-json/most-read', 200, 'application/json', '[{"title":"Other story"}]'),
    );
    expect(readHar(file)).toEqual({ body: PAGE, html: true, url: 'https://news.example/a' });
  });

  it('GIVEN a body saved in base64 THEN it is decoded', () => {
    expect(readHar(har(entry('https://news.example/a', 200, 'text/html', Buffer.from(PAGE).toString('base64'), 'base64')))?.body).toBe(PAGE);
  });

  it('GIVEN JSON that is no HAR, or a HAR with no page THEN null', () => {
    expect(readHar('{"title": "RedNote", "body": "text"}')).toBeNull();
    expect(readHar(har(entry('https://news.example/api', 200, 'application/json', '{}')))).toBeNull();
    expect(readHar('{"log": broken')).toBeNull();
  });
});
