import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/loadConfig.js';
import { createRuntime, loadInitialCorpus } from '../../src/runtime/createRuntime.js';
import { captureLog } from '../captureLog.js';

const capture = () => captureLog('info');

describe('createRuntime', () => {
  it('GIVEN the config THEN the services use its TTL, cooldown and moderator roles, and every command is served', () => {
    const { logger } = capture();
    const runtime = createRuntime(loadConfig({ BUTTON_TTL_MINUTES: '5', MODERATOR_ROLE_IDS: '400000000000000004' }, null), logger);
    expect(runtime.services.sessions.ttlMs).toBe(5 * 60_000);
    expect(runtime.services.moderatorRoleIds).toEqual(['400000000000000004']);
    expect(runtime.commands.map((c) => c.definition.name)).toEqual(['ask', 'sources', 'reload', 'insights', 'forget-me', 'help', 'Find sources']);
    expect(runtime.services.store).toBe(runtime.store);
    expect(runtime.services.cooldowns.take('ask:a')).toBe(0);
    expect(runtime.services.cooldowns.take('ask:a')).toBe(3);
  });

  it('GIVEN the real seeds THEN the first load logs the report lines and one "corpus loaded" line with the counts', async () => {
    const { logger, lines } = capture();
    const runtime = createRuntime(loadConfig({}, null), logger);
    await loadInitialCorpus(runtime, logger);
    expect(lines.find((l) => l.event === 'corpus-loaded')).toMatchObject({ documents: 5, chunks: 60, references: 10 });
    expect(lines.find((l) => l.file === '003_200d01fda1a40a2c.txt')).toMatchObject({ level: 30, msg: expect.stringMatching(/^repaired \d+ mojibake/) });
  });

  it('GIVEN a seeds folder that cannot load THEN start-up fails with a plain sentence naming it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-runtime-'));
    try {
      const { logger } = capture();
      const runtime = createRuntime(loadConfig({ SEEDS_DIR: path.join(dir, 'missing') }, null), logger);
      await expect(loadInitialCorpus(runtime, logger)).rejects.toThrow(`The corpus could not be loaded: the corpus folder ${path.join(dir, 'missing')} cannot be read (ENOENT)`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
