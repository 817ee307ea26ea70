import { compileSources } from './compiled.js';

/** Once per test run, before any test file: the compiled program the process-starting tests run (see compiled.ts). */
export default async function setup(): Promise<void> {
  await compileSources();
}
