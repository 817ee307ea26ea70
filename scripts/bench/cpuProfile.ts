/**
 * A sampling CPU profile of one stretch of work, summarised as self time per
 * function and per source file: where a query's milliseconds go.
 */
import { Session } from 'node:inspector/promises';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  totalMs: number;
  functions: { name: string; ms: number }[];
  files: { name: string; ms: number }[];
}

export async function profile(work: () => void | Promise<void>): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    await work();
    const { profile: data } = (await session.post('Profiler.stop')) as { profile: Profile };
    return summarizeProfile(data);
  } finally {
    session.disconnect();
  }
}

function where(url: string): string {
  if (url === '') return '(native/V8)';
  const file = url.replace(/^file:\/\//, '');
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (packageMatch) return packageMatch[1] ?? file;
  const project = file.indexOf('/src/');
  return project >= 0 ? file.slice(project + 1) : path.basename(file);
}

export function summarizeProfile(data: Profile): ProfileSummary {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  // The profiler's own calls (starting and stopping it) are not the work being measured.
  const excluded = new Set<number>();
  const exclude = (id: number) => {
    excluded.add(id);
    for (const child of byId.get(id)?.children ?? []) exclude(child);
  };
  for (const node of data.nodes) if (node.callFrame.url.startsWith('node:inspector')) exclude(node.id);
  const selfUs = new Map<number, number>();
  const samples = data.samples ?? [];
  const deltas = data.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, deltas[i] ?? 0));
  }
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node || excluded.has(id)) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    const file = functionName === '(garbage collector)' ? '(garbage collector)' : where(url);
    // tsx hands V8 one-line transpiled modules: a line number is only meaningful for plain JavaScript.
    const name = `${functionName || '(anonymous)'} ${file}${url !== '' && lineNumber > 0 ? `:${lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
    files.set(file, (files.get(file) ?? 0) + us);
    total += us;
  }
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .map(([name, us]) => ({ name, ms: us / 1000 }));
  return { totalMs: total / 1000, functions: top(functions).slice(0, 12), files: top(files).slice(0, 10) };
}
