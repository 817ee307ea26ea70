/**
 * Worker thread entry: prepares a snapshot of the corpus folder it is given
 * and posts it to the main thread (see prepareSnapshot.ts). Nothing else runs
 * on this thread, so the work goes straight through without slicing.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { NO_SLICES } from '../search/index/timeSlices.js';
import { postPrepared, prepareSnapshot, type WorkerInput, type WorkerMessage } from './prepareSnapshot.js';

const port = parentPort;
if (port) {
  const { seedsDir, options } = workerData as WorkerInput;
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  try {
    postPrepared(await prepareSnapshot(seedsDir, options, NO_SLICES), post);
  } catch (error) {
    post({ type: 'failed', message: (error as Error).message });
  }
}
