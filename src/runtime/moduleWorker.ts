import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * A worker thread running the module `name` beside `callerUrl`: TypeScript under tsx and
 * the tests, JavaScript once compiled.
 */
export function startModuleWorker(callerUrl: string, name: string, workerData: unknown): Worker {
  const here = fileURLToPath(callerUrl);
  const url = new URL(`./${name}${path.extname(here)}`, callerUrl);
  if (!here.endsWith('.ts')) return new Worker(url, { workerData });
  // A worker does not inherit tsx's loader: it registers it before importing the TypeScript module.
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(code, { eval: true, workerData, execArgv: [] });
}
