import type { TestProject } from 'vitest/node';
import { compileSources } from './compiled.js';

/** The test run's process: each Vitest project runs its own global setup, with modules of its own. */
const run = globalThis as { citebotCompiled?: boolean };

/**
 * Before any test file: the compiled program the process-starting tests run (see compiled.ts), compiled by the first
 * project's setup for all of them; in watch mode, again before every rerun, so an edit is what the next processes run.
 */
export default async function setup(project: TestProject): Promise<void> {
  if (run.citebotCompiled === true) return;
  run.citebotCompiled = true;
  await compileSources();
  project.onTestsRerun(compileSources);
}
