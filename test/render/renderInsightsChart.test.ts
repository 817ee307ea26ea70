import { describe, expect, it } from 'vitest';
import type { DayCount } from '../../src/insights/records.js';
import { drawInsightsChart } from '../../src/render/drawInsightsChart.js';
import { renderInsightsChart } from '../../src/render/renderInsightsChart.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function days(n: number, fill: (i: number) => Omit<DayCount, 'day'>): DayCount[] {
  return Array.from({ length: n }, (_, i) => ({ day: new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), ...fill(i) }));
}

function size(png: Buffer) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the /insights chart', () => {
  it('GIVEN a week of questions THEN a 960×480 PNG', () => {
    const png = renderInsightsChart(days(7, (i) => ({ answered: i * 2, lowConfidence: i % 2, notFound: 7 - i })), 7);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(size(png)).toEqual({ width: 960, height: 480 });
  });

  it('GIVEN different data THEN a different picture, and an empty period still draws', () => {
    const quiet = renderInsightsChart(days(7, () => ({ answered: 0, lowConfidence: 0, notFound: 0 })), 7);
    const busy = renderInsightsChart(days(7, () => ({ answered: 40, lowConfidence: 3, notFound: 12 })), 7);
    expect(quiet.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(quiet.equals(busy)).toBe(false);
  });

  it('GIVEN a year of days THEN it still draws on its worker thread, and a chart that takes too long is given up', async () => {
    const year = days(365, (i) => ({ answered: i % 17, lowConfidence: i % 3, notFound: i % 5 }));
    const png = await drawInsightsChart(year, 365);
    expect(size(png)).toEqual({ width: 960, height: 480 });
    await expect(drawInsightsChart(year, 365, 1)).rejects.toThrow(/drawing the chart took over 1 ms/);
  });
});
