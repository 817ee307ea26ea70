import { fileURLToPath } from 'node:url';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import type { DayCount } from '../insights/records.js';

/**
 * The /insights chart: questions per day, stacked answered / not sure / not
 * found, as a PNG. Drawn with @napi-rs/canvas (Skia; its binaries are npm
 * packages) in a font shipped as an npm package, so it looks the same on a
 * server with no fonts at all.
 */
const WIDTH = 960;
const HEIGHT = 480;
const FONT = 'CitebotChartSans';
const COLORS = {
  background: '#2b2d31',
  text: '#dbdee1',
  muted: '#949ba4',
  grid: '#3f4147',
  answered: '#23a55a',
  lowConfidence: '#f0b232',
  notFound: '#f23f43',
} as const;
const SERIES = [
  { key: 'answered', label: 'answered', color: COLORS.answered },
  { key: 'lowConfidence', label: 'not sure', color: COLORS.lowConfidence },
  { key: 'notFound', label: 'not found', color: COLORS.notFound },
] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

let fontsRegistered = false;

function registerFonts(): void {
  if (fontsRegistered) return;
  for (const weight of ['400', '700']) {
    const file = fileURLToPath(import.meta.resolve(`@fontsource/dejavu-sans/files/dejavu-sans-latin-${weight}-normal.woff2`));
    if (!GlobalFonts.registerFromPath(file, FONT)) throw new Error(`could not load the chart font ${file}`);
  }
  fontsRegistered = true;
}

/** A round step giving about five grid lines up to `max`. */
function gridStep(max: number): number {
  if (max <= 5) return 1;
  const rough = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough;
  return step;
}

function dayLabel(day: string): string {
  const [, month, date] = day.split('-');
  return `${MONTHS[Number(month) - 1] ?? month} ${Number(date)}`;
}

function font(context: SKRSContext2D, size: number, bold = false): void {
  context.font = `${bold ? 'bold ' : ''}${size}px ${FONT}`;
}

export function renderInsightsChart(perDay: readonly DayCount[], days: number): Buffer {
  registerFonts();
  const canvas = createCanvas(WIDTH, HEIGHT);
  const context = canvas.getContext('2d');
  context.fillStyle = COLORS.background;
  context.fillRect(0, 0, WIDTH, HEIGHT);

  font(context, 22, true);
  context.fillStyle = COLORS.text;
  context.textBaseline = 'alphabetic';
  context.textAlign = 'left';
  context.fillText(`Questions per day, last ${days} ${days === 1 ? 'day' : 'days'}`, 24, 40);

  // Legend, right-aligned on the title's line.
  font(context, 15);
  let legendX = WIDTH - 24;
  for (const series of [...SERIES].reverse()) {
    const width = context.measureText(series.label).width;
    legendX -= width;
    context.fillStyle = COLORS.text;
    context.fillText(series.label, legendX, 38);
    legendX -= 22;
    context.fillStyle = series.color;
    context.fillRect(legendX, 25, 14, 14);
    legendX -= 18;
  }

  const plot = { left: 64, right: WIDTH - 24, top: 70, bottom: HEIGHT - 56 };
  const totals = perDay.map((d) => d.answered + d.lowConfidence + d.notFound);
  const step = gridStep(Math.max(1, ...totals));
  const top = Math.max(step, Math.ceil(Math.max(1, ...totals) / step) * step);
  const y = (value: number) => plot.bottom - (value / top) * (plot.bottom - plot.top);

  font(context, 14);
  context.textAlign = 'right';
  context.textBaseline = 'middle';
  for (let value = 0; value <= top; value += step) {
    context.strokeStyle = COLORS.grid;
    context.lineWidth = 1;
    context.beginPath();
    context.moveTo(plot.left, Math.round(y(value)) + 0.5);
    context.lineTo(plot.right, Math.round(y(value)) + 0.5);
    context.stroke();
    context.fillStyle = COLORS.muted;
    context.fillText(String(value), plot.left - 10, y(value));
  }

  const slot = (plot.right - plot.left) / Math.max(1, perDay.length);
  const barWidth = Math.max(1, slot * 0.7);
  // Every label when they fit, otherwise every n-th (always the last day).
  const labelEvery = Math.max(1, Math.ceil(perDay.length / Math.floor((plot.right - plot.left) / 64)));
  context.textAlign = 'center';
  context.textBaseline = 'top';
  perDay.forEach((day, i) => {
    const x = plot.left + slot * i + (slot - barWidth) / 2;
    let base = 0;
    for (const series of SERIES) {
      const value = day[series.key];
      if (value <= 0) continue;
      context.fillStyle = series.color;
      context.fillRect(x, y(base + value), barWidth, y(base) - y(base + value));
      base += value;
    }
    if ((perDay.length - 1 - i) % labelEvery === 0) {
      const label = dayLabel(day.day);
      const half = context.measureText(label).width / 2;
      context.fillStyle = COLORS.muted;
      context.fillText(label, Math.min(WIDTH - 4 - half, x + barWidth / 2), plot.bottom + 10);
    }
  });
  if (totals.every((t) => t === 0)) {
    font(context, 18);
    context.fillStyle = COLORS.muted;
    context.textBaseline = 'middle';
    context.fillText('No questions in this period', (plot.left + plot.right) / 2, (plot.top + plot.bottom) / 2);
  }
  return canvas.toBuffer('image/png');
}
