/**
 * The build thread's entry: for each folder it is sent, prepares a snapshot
 * and posts it to the main thread (see prepareSnapshot.ts). It stays between
 * reloads, remembering what it read and cleaned. Nothing else runs on this
 * thread, so the work goes straight through without slicing.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { NO_SLICES } from '../search/index/timeSlices.js';
import { postPrepared, prepareSnapshot, type WorkerInput, type WorkerMessage } from './prepareSnapshot.js';

/**
 * Two full collections per build. One before the snapshot is encoded: the build's garbage (every page's raw text and
 * intermediate lines, the analysis's arrays) is freed, so the encoding's strings and buffers reuse that space instead of
 * growing the heap while the main thread still holds its snapshot (at 100,000 paragraphs the process's peak in this
 * phase fell by about 150 MB). One once the build is posted: an idle thread never collects by itself, so the snapshot
 * it encoded would stay in this thread's heap until the next reload, while the main thread holds two snapshots. The
 * function is V8's own: `--expose-gc` set at run time gives it to contexts made afterwards, so the process needs no
 * command-line flag.
 */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
/** Long enough for the message to leave before the pause (the transfer is immediate; the main thread decodes it). */
const COLLECT_AFTER_MS = 50;

const port = parentPort;
port?.on('message', ({ seedsDir, options }: WorkerInput) => {
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  prepareSnapshot(seedsDir, options, NO_SLICES).then(
    (prepared) => {
      collectGarbage(); // The snapshot stays: only the build's garbage goes.
      postPrepared(prepared, post);
      setTimeout(collectGarbage, COLLECT_AFTER_MS).unref();
    },
    (error: unknown) => post({ type: 'failed', message: (error as Error).message }),
  );
});
