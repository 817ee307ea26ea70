import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { shardEntry } from '../../src/discord/startShards.js';
import { compiled } from '../compiled.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the process each shard runs', () => {
  it('GIVEN the bot runs its TypeScript sources (npm start) THEN each shard runs src/main.ts under tsx too', () => {
    const { entry, execArgv } = shardEntry(pathToFileURL(path.join(ROOT, 'src/discord/startShards.ts')).href);
    expect(entry).toBe(path.join(ROOT, 'src/main.ts'));
    expect(execArgv).toEqual(['--import', 'tsx']);
    expect(existsSync(entry)).toBe(true);
  });

  it('GIVEN the bot runs compiled JavaScript THEN each shard runs the compiled main.js beside it, with no loader', () => {
    const { entry, execArgv } = shardEntry(pathToFileURL(compiled('src/discord/startShards.ts')).href);
    expect(entry).toBe(compiled('src/main.ts'));
    expect(execArgv).toEqual([]);
    expect(existsSync(entry)).toBe(true);
  });
});
