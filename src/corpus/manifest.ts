import type { ManifestEntry, ReportLine } from './types.js';

export const MANIFEST_FILE = 'corpus.json';

export interface Manifest {
  entries: ManifestEntry[];
  report: ReportLine[];
}

const TEXT_FIELDS = ['title', 'publisher', 'author', 'date', 'url', 'kind'] as const;

/**
 * Reads corpus.json leniently: a broken entry is reported and skipped, a
 * broken file yields no entries (articles then load with what their own text
 * says), never an exception.
 */
export function parseManifest(json: string | null): Manifest {
  const report: ReportLine[] = [];
  const entries: ManifestEntry[] = [];
  if (json === null) {
    report.push({ file: MANIFEST_FILE, level: 'warning', message: 'not found: articles load without titles or publishers' });
    return { entries, report };
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    report.push({
      file: MANIFEST_FILE,
      level: 'warning',
      message: `is not valid JSON (${(error as Error).message}); articles load without its metadata`,
    });
    return { entries, report };
  }
  const documents = isRecord(data) ? data['documents'] : undefined;
  if (!Array.isArray(documents)) {
    report.push({ file: MANIFEST_FILE, level: 'warning', message: 'has no "documents" list; articles load without its metadata' });
    return { entries, report };
  }
  const seenIds = new Set<string>();
  const seenFiles = new Set<string>();
  documents.forEach((raw: unknown, i) => {
    const where = `${MANIFEST_FILE} documents[${i}]`;
    if (!isRecord(raw)) {
      report.push({ file: where, level: 'warning', message: 'is not an object; ignored' });
      return;
    }
    const id = raw['id'];
    const file = raw['file'];
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) {
      report.push({ file: where, level: 'warning', message: 'needs an "id" of lowercase letters, digits and dashes; ignored' });
      return;
    }
    if (typeof file !== 'string' || file === '' || file.includes('/') || file.includes('\\')) {
      report.push({ file: where, level: 'warning', message: `("${id}") needs a "file" name inside seeds/; ignored` });
      return;
    }
    if (seenIds.has(id) || seenFiles.has(file)) {
      report.push({ file: where, level: 'warning', message: `repeats id "${id}" or file "${file}"; ignored` });
      return;
    }
    const entry: ManifestEntry = {
      id,
      file,
      title: '',
      publisher: '',
      author: '',
      date: '',
      url: '',
      kind: '',
      hints: { bodyEndsBefore: [] },
    };
    for (const field of TEXT_FIELDS) {
      const value = raw[field];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'string') {
        report.push({ file: where, level: 'warning', message: `("${id}") field "${field}" is not text; left empty` });
        continue;
      }
      entry[field] = value.trim();
    }
    if (entry.url !== '' && !isHttpUrl(entry.url)) {
      report.push({ file: where, level: 'warning', message: `("${id}") url is not an http(s) URL; left empty` });
      entry.url = '';
    }
    const reworded = raw['reworded'];
    if (reworded === true) entry.reworded = true;
    else if (reworded !== undefined && reworded !== false) report.push({ file: where, level: 'warning', message: `("${id}") field "reworded" must be true or false; ignored` });
    const hints = raw['hints'];
    if (isRecord(hints)) {
      const ends = hints['bodyEndsBefore'];
      const list = typeof ends === 'string' ? [ends] : Array.isArray(ends) ? ends : [];
      entry.hints.bodyEndsBefore = list.filter((s): s is string => typeof s === 'string' && s.trim() !== '');
    }
    seenIds.add(id);
    seenFiles.add(file);
    entries.push(entry);
  });
  return { entries, report };
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
