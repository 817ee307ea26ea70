/**
 * Real network failures on 127.0.0.1, one per way a path to Discord breaks:
 * nothing listening, a connection accepted and never answered, a reset, a
 * TLS certificate no client trusts, a plain-HTTP server on an https:// URL,
 * and a host name that cannot resolve.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { onTestFinished } from 'vitest';

const TLS_DIR = path.resolve(import.meta.dirname, '../fixtures/tls');
/** `.invalid` never resolves (RFC 2606): the resolver says so at once. */
export const UNRESOLVABLE_HOST = 'citebot-test.invalid';

export type FailureMode = 'refused' | 'silent' | 'reset' | 'self-signed' | 'plain-http-on-tls' | 'dns';

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('secureConnection', (socket: net.Socket) => sockets.add(socket));
  onTestFinished(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return (server.address() as AddressInfo).port;
}

/** A port nothing listens on: the connection is refused. */
async function refusingPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A base URL (scheme, host, port) failing in the given way; `secure` picks https/wss for the
 * modes where the scheme is free.
 */
export async function failingUrl(mode: FailureMode, scheme: 'http' | 'ws' = 'http'): Promise<string> {
  const plain = scheme;
  const secure = scheme === 'http' ? 'https' : 'wss';
  switch (mode) {
    case 'refused':
      return `${plain}://127.0.0.1:${await refusingPort()}`;
    case 'silent':
      return `${plain}://127.0.0.1:${await listen(net.createServer(() => undefined))}`;
    case 'reset':
      return `${plain}://127.0.0.1:${await listen(net.createServer((socket) => socket.resetAndDestroy()))}`;
    case 'self-signed': {
      const server = tls.createServer({ key: readFileSync(path.join(TLS_DIR, 'self-signed.key')), cert: readFileSync(path.join(TLS_DIR, 'self-signed.crt')) }, (socket) => socket.end());
      // A client that rejects the certificate leaves an error on the server's side: expected here.
      server.on('tlsClientError', () => undefined);
      return `${secure}://127.0.0.1:${await listen(server)}`;
    }
    case 'plain-http-on-tls':
      return `${secure}://127.0.0.1:${await listen(http.createServer((_req, res) => res.end('not TLS')))}`;
    case 'dns':
      return `${secure}://${UNRESOLVABLE_HOST}`;
  }
}
