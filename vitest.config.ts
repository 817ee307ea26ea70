import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Vitest's default is one worker per core minus one: a single worker on a 2-core CI machine. Most of the slow
    // files wait on spawned bots, sockets and servers rather than computing, so two files at a time keep both cores
    // busy (measured on 2 cores: 272 s with one worker, 180 s with two).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
