import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';

function captured(level = 'info', secrets: readonly string[] = [TOKEN]) {
  let output = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      output += chunk.toString('utf8');
      done();
    },
  });
  const logger = createLogger({ level, destination, pretty: false, secrets });
  return { logger, output: () => output, lines: () => output.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('createLogger', () => {
  it('GIVEN a log call THEN one JSON line with level, message, fields and the app name', () => {
    const { logger, lines } = captured();
    logger.info({ command: 'ask', latencyMs: 12.5 }, 'command ask');
    expect(lines()).toEqual([expect.objectContaining({ level: 30, msg: 'command ask', command: 'ask', latencyMs: 12.5, app: 'citebot' })]);
  });

  it('GIVEN a level THEN quieter lines are not written', () => {
    const { logger, lines } = captured('warn');
    logger.info('hidden');
    logger.debug('hidden');
    logger.warn('shown');
    expect(lines().map((l) => l.msg)).toEqual(['shown']);
  });

  it('GIVEN the token in any field a config, request or error may carry THEN it never appears in the output', () => {
    const { logger, output } = captured();
    logger.info({ token: TOKEN, discordToken: TOKEN, DISCORD_TOKEN: TOKEN }, 'top level');
    logger.info({ config: { discordToken: TOKEN, seedsDir: 'seeds' } }, 'config');
    logger.info({ req: { headers: { authorization: `Bot ${TOKEN}` } } }, 'request');
    logger.info({ headers: { authorization: `Bot ${TOKEN}` } }, 'headers');
    logger.info({ client: { options: { rest: { token: TOKEN } } } }, 'deeply nested');
    logger.info({ list: [TOKEN, { token: TOKEN }] }, 'in an array');
    expect(output()).not.toContain(TOKEN);
    expect(output()).toContain('[redacted]');
    expect(output()).toContain('"seedsDir":"seeds"');
  });

  it('GIVEN the token inside a message, an error message or a stack THEN it is scrubbed there too', () => {
    const { logger, output } = captured();
    const error = new Error(`401 Unauthorized for token ${TOKEN}`);
    logger.error({ err: error }, `login failed with ${TOKEN}`);
    logger.warn(`raw ${TOKEN} twice ${TOKEN}`);
    expect(output()).not.toContain(TOKEN);
    expect(output()).toContain('401 Unauthorized for token [redacted]');
    expect(output()).toContain('raw [redacted] twice [redacted]');
  });

  it('GIVEN the insights key in a config or a message THEN it never appears in the output', () => {
    const key = 'insights-key-0123456789abcdef0123456789';
    const { logger, output } = captured('info', [TOKEN, key]);
    logger.info({ config: { insightsKey: key, databaseUrl: 'file:data/citebot.db' }, INSIGHTS_KEY: key }, 'config');
    logger.warn(`the key ${key} leaked into a message`);
    expect(output()).not.toContain(key);
    expect(output()).toContain('"databaseUrl":"file:data/citebot.db"');
  });

  it('GIVEN no secrets THEN ordinary text is untouched', () => {
    const { logger, lines } = captured('info', []);
    logger.info({ question: 'How many new users joined RedNote?' }, 'asked');
    expect(lines()[0]).toMatchObject({ question: 'How many new users joined RedNote?' });
  });

  it('GIVEN a very short "secret" THEN it is not scrubbed (it would blank out ordinary words)', () => {
    const { logger, output } = captured('info', ['the']);
    logger.info('the answer');
    expect(output()).toContain('the answer');
  });
});

describe('createLogger (pretty, for a terminal)', () => {
  it('GIVEN the human-readable format THEN the token is scrubbed there as well', () => {
    const script = `const { createLogger } = await import('./src/log/logger.ts');
      const logger = createLogger({ level: 'info', pretty: true, secrets: [${JSON.stringify(TOKEN)}] });
      logger.info({ token: ${JSON.stringify(TOKEN)}, err: new Error('bad ' + ${JSON.stringify(TOKEN)}) }, 'login ' + ${JSON.stringify(TOKEN)});`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('login [redacted]');
    expect(run.stderr + run.stdout).not.toContain(TOKEN);
  });
});
