/**
 * Worker thread entry: draws the /insights chart (see renderInsightsChart.ts).
 * Drawing and PNG encoding take tens of milliseconds, which the thread that
 * answers questions does not spend.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DayCount } from '../insights/records.js';
import { renderInsightsChart } from './renderInsightsChart.js';

export interface ChartInput {
  perDay: DayCount[];
  days: number;
}

export type ChartMessage = { ok: true; png: Uint8Array } | { ok: false; message: string };

const port = parentPort;
if (port) {
  const { perDay, days } = workerData as ChartInput;
  try {
    const png = renderInsightsChart(perDay, days);
    port.postMessage({ ok: true, png } satisfies ChartMessage);
  } catch (error) {
    port.postMessage({ ok: false, message: (error as Error).message } satisfies ChartMessage);
  }
}
