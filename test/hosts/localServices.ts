/**
 * Private Redis and PostgreSQL servers for tests and benchmarks: Debian's own binaries
 * (`redis-server`, `postgresql`), started on 127.0.0.1 on a free port in a temporary folder,
 * and removed afterwards. `.ci/run` installs the packages when they are missing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface LocalRedis {
  url: string;
  port: number;
  /** SIGKILL, as a crash or an OOM kill would: clients see the connection reset. */
  kill(): Promise<void>;
  /** A fresh, empty server on the same port (what a restarted Redis without persistence is). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface LocalPostgres {
  /** postgres://…/postgres on this server. */
  url: string;
  port: number;
  /** A new empty database; its URL. */
  createDatabase(name: string): Promise<string>;
  /** PostgreSQL's immediate shutdown (SIGQUIT): every connection drops at once, as in a crash, and the data stays. */
  kill(): Promise<void>;
  /** The same data directory and port again (after kill, or on its own). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** Where the binaries are, or null: tests skip outside CI and fail in CI (`CI=true`) when they are missing. */
export function findRedisServer(): string | null {
  return onPath('redis-server');
}

export function findPostgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(path.join(root, v, 'bin', 'postgres')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0] !== undefined) return path.join(root, versions[0], 'bin');
  }
  const postgres = onPath('postgres');
  return postgres === null ? null : path.dirname(postgres);
}

/** True when the tests that need real services must run: binaries present, or CI (where their absence is a failure). */
export function realServicesRequired(): boolean {
  return process.env['CI'] === 'true' || (findRedisServer() !== null && findPostgresBin() !== null);
}

function onPath(name: string): string | null {
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir !== '' && existsSync(candidate)) return candidate;
  }
  return null;
}

const MISSING = 'is not installed: apt-get install -y redis-server postgresql (as .ci/run does)';

export async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Children still running when this process exits are killed with it, so none outlives a crashed test run. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

interface Started {
  child: ChildProcess;
  output: () => string;
}

function startChild(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Started {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => output };
}

async function waitFor(started: Started, ready: RegExp, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready.test(started.output())) {
    if (started.child.exitCode !== null || started.child.signalCode !== null) throw new Error(`${what} exited at start-up:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`${what} was not ready within ${timeoutMs} ms:\n${started.output()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals, timeoutMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

export async function startRedis(): Promise<LocalRedis> {
  const binary = findRedisServer();
  if (binary === null) throw new Error(`redis-server ${MISSING}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'citebot-redis-'));
  const port = await freePort();
  // No persistence: a restart is an empty server, the harder case for the bot.
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--loglevel', 'notice'];
  let server = startChild(binary, args);
  await waitFor(server, /Ready to accept connections/, 'redis-server');
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () => stopChild(server.child, 'SIGKILL'),
    async restart() {
      await stopChild(server.child, 'SIGKILL');
      server = startChild(binary, args);
      await waitFor(server, /Ready to accept connections/, 'redis-server');
    },
    async stop() {
      await stopChild(server.child, 'SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** PostgreSQL refuses to run as root: as root the server runs as the `postgres` user the Debian package creates. */
function asServerUser(bin: string, args: readonly string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [bin, [...args]];
  return ['setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', '--', bin, ...args]];
}

function postgresOwner(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

export async function startPostgres(): Promise<LocalPostgres> {
  const bin = findPostgresBin();
  if (bin === null) throw new Error(`PostgreSQL ${MISSING}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'citebot-postgres-'));
  const owner = postgresOwner();
  if (owner !== null) chownSync(dir, owner.uid, owner.gid);
  const data = path.join(dir, 'data');
  const [initCommand, initArgs] = asServerUser(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'citebot', '-E', 'UTF8', '--locale=C.UTF-8', '-N', '--no-instructions']);
  const init = spawnSync(initCommand, initArgs, { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}${init.stdout}`);

  const port = await freePort();
  // Durability is not under test: fsync off makes start-up and writes fast.
  const args = ['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', dir, '-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'max_connections=60'];
  const start = () => {
    const [command, commandArgs] = asServerUser(path.join(bin, 'postgres'), args);
    return startChild(command, commandArgs);
  };
  let server = start();
  await waitFor(server, /database system is ready to accept connections/, 'postgres');
  const url = (database: string) => `postgres://citebot@127.0.0.1:${port}/${database}`;
  return {
    url: url('postgres'),
    port,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
      const made = spawnSync(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'citebot', name], { encoding: 'utf8' });
      if (made.status !== 0) throw new Error(`createdb ${name} failed: ${made.stderr}`);
      return url(name);
    },
    // SIGKILL would leave its backends holding the shared memory, and a restart would refuse to start.
    kill: () => stopChild(server.child, 'SIGQUIT'),
    async restart() {
      await stopChild(server.child, 'SIGINT');
      server = start();
      await waitFor(server, /database system is ready to accept connections/, 'postgres');
    },
    async stop() {
      // SIGINT: PostgreSQL's fast shutdown (disconnect clients, no waiting).
      await stopChild(server.child, 'SIGINT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
