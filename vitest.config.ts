import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/** Test files that replace a module (vi.mock): they need modules of their own, imported after the mock. */
const MOCKING_FILES = ['test/corpus/loadCorpus.hostile.test.ts'];

export default defineConfig({
  test: {
    // The program compiled once to JavaScript for the tests that start it as a process (test/compiled.ts).
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Vitest's default is one worker per core minus one: a single worker on a 2-core CI machine. Most of the slow
    // files wait on spawned bots, sockets and servers rather than computing, so two files at a time keep both cores
    // busy (measured on 2 cores: 272 s with one worker, 180 s with two). A third: the dirty articles' evaluation holds
    // one worker for most of the run, and the other files, which wait more than they compute, then share two rather than
    // queue behind one (measured on 2 cores, same code: 266 s with two workers, 252 s with three).
    maxWorkers: Math.max(3, availableParallelism() - 1),
    // A larger young generation: the dirty articles' evaluation (3,985 pages cleaned, 15,786 questions asked, the
    // suite's longest file) allocates short-lived strings by the million, and collects them less often so (about 4%
    // faster alone, measured once). Nothing the tests assert depends on it.
    execArgv: ['--max-semi-space-size=64'],
    projects: [
      // A worker keeps the modules it has imported from one file to the next (WordNet, CC-CEDICT, the analysers):
      // every file re-importing them cost a minute of the suite's five on 2 cores (measured: 288 s → 199 s). The
      // code under test keeps no state between calls that a test could leave behind.
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...MOCKING_FILES], isolate: false } },
      { extends: true, test: { name: 'isolated', include: MOCKING_FILES, isolate: true } },
    ],
  },
});
