/**
 * The program as JavaScript, for the tests that start it as its own process (bots, shards, the CLI).
 *
 * `npm start` runs the TypeScript sources under tsx; a process started that way spends about a second, and two seconds
 * of CPU, compiling them again. The suite starts dozens, so the global setup compiles the sources once per run, with
 * esbuild (the compiler tsx itself uses, so the code is the same), into node_modules/.cache. test/npm.test.ts and
 * test/main.test.ts still start the program exactly as the README says.
 */
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

export const ROOT = path.resolve(import.meta.dirname, '..');
/** Where the compiled program is: the same layout as the sources (`src/main.js`, `commands/ask.js`…). */
export const COMPILED_DIR = path.join(ROOT, 'node_modules/.cache/citebot-test-js');
/** The compiled form of a source file of the project, e.g. `compiled('src/main.ts')`. */
export const compiled = (source: string): string => path.join(COMPILED_DIR, source.replace(/\.ts$/, '.js'));

const FOLDERS = ['src', 'commands'];

/** Compiles src/ and commands/ afresh (their JSON data files copied beside them). */
export async function compileSources(): Promise<void> {
  await rm(COMPILED_DIR, { recursive: true, force: true });
  const files = (await Promise.all(FOLDERS.map(async (folder) => (await readdir(path.join(ROOT, folder), { recursive: true })).map((f) => path.join(folder, f))))).flat();
  await build({
    entryPoints: files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => path.join(ROOT, f)),
    outdir: COMPILED_DIR,
    outbase: ROOT,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Node 20 reads JSON modules only with their import attribute, which esbuild drops for that target unless told.
    supported: { 'import-attributes': true },
    sourcemap: 'inline',
    logLevel: 'error',
  });
  for (const data of files.filter((f) => f.endsWith('.json'))) {
    await mkdir(path.dirname(path.join(COMPILED_DIR, data)), { recursive: true });
    await copyFile(path.join(ROOT, data), path.join(COMPILED_DIR, data));
  }
}
