/**
 * The build thread's entry: for each folder it is sent, prepares a snapshot
 * and posts it to the main thread (see prepareSnapshot.ts). It stays between
 * reloads, remembering what it read and cleaned. Nothing else runs on this
 * thread, so the work goes straight through without slicing.
 */
import { parentPort } from 'node:worker_threads';
import { NO_SLICES } from '../search/index/timeSlices.js';
import { postPrepared, prepareSnapshot, type WorkerInput, type WorkerMessage } from './prepareSnapshot.js';

const port = parentPort;
port?.on('message', ({ seedsDir, options }: WorkerInput) => {
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  prepareSnapshot(seedsDir, options, NO_SLICES).then(
    (prepared) => postPrepared(prepared, post),
    (error: unknown) => post({ type: 'failed', message: (error as Error).message }),
  );
});
