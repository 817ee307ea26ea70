import type { DayCount } from '../insights/records.js';
import { startModuleWorker } from '../runtime/moduleWorker.js';
import type { ChartMessage } from './chartWorker.js';

/** A chart that takes longer than this is given up: the reply is out already, and stays as it is. */
export const CHART_TIMEOUT_MS = 15_000;

/** The /insights chart as PNG bytes, drawn on a worker thread; rejects with the reason when it cannot be drawn. */
export function drawInsightsChart(perDay: readonly DayCount[], days: number, timeoutMs = CHART_TIMEOUT_MS): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const worker = startModuleWorker(import.meta.url, 'chartWorker', { perDay, days });
    const timer = setTimeout(() => {
      reject(new Error(`drawing the chart took over ${timeoutMs} ms`));
      void worker.terminate();
    }, timeoutMs);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    worker.on('message', (message: ChartMessage) => settle(() => (message.ok ? resolve(Buffer.from(message.png)) : reject(new Error(message.message)))));
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`the chart thread stopped (exit code ${code})`))));
  });
}
