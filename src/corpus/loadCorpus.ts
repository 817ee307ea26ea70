import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseSynonyms, SYNONYMS_FILE, type SynonymRule } from '../search/analysis/synonyms.js';
import { cleanArticle } from './cleanArticle.js';
import { decodeText } from './decodeText.js';
import { MANIFEST_FILE, parseManifest } from './manifest.js';
import type { DocumentMeta, LoadedDocument, ManifestEntry, Reference, ReportLine } from './types.js';

export interface Corpus {
  documents: LoadedDocument[];
  references: Reference[];
  synonyms: SynonymRule[];
  /** Every file skipped or repaired, with the reason, for the reload report. */
  report: ReportLine[];
}

export interface LoadOptions {
  /** Larger files are skipped with a report line instead of stalling the bot. */
  maxFileBytes: number;
}

/** A problem with the corpus as a whole (no seeds folder): nothing can be loaded. */
export class CorpusLoadError extends Error {
  override name = 'CorpusLoadError';
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);
const RESERVED = new Set([MANIFEST_FILE, SYNONYMS_FILE, 'README.md', 'readme.md']);
const READ_CONCURRENCY = 16;

/**
 * Reads run in parallel, but decoding and cleaning are CPU work: each file
 * gets its own turn of the event loop, so a reload never blocks questions
 * for a whole batch of files at once.
 */
function createTurns(): () => Promise<void> {
  let last = Promise.resolve();
  return () => (last = last.then(() => new Promise<void>((resolve) => setImmediate(resolve))));
}

export async function loadCorpus(seedsDir: string, options: LoadOptions): Promise<Corpus> {
  const root = path.resolve(seedsDir);
  let realRoot: string;
  try {
    const info = await stat(root);
    if (!info.isDirectory()) throw new CorpusLoadError(`the corpus folder ${root} is not a folder`);
    realRoot = await realpath(root);
  } catch (error) {
    if (error instanceof CorpusLoadError) throw error;
    throw new CorpusLoadError(`the corpus folder ${root} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }

  const report: ReportLine[] = [];
  const manifest = parseManifest(await readOptional(path.join(root, MANIFEST_FILE), report));
  report.push(...manifest.report);

  const synonymText = await readOptional(path.join(root, SYNONYMS_FILE), report);
  const synonyms = parseSynonyms(synonymText ?? '');
  for (const problem of synonyms.problems) {
    report.push({ file: `${SYNONYMS_FILE} line ${problem.line}`, level: 'warning', message: `${problem.message}; line ignored` });
  }

  const names = (await readdir(root)).sort();
  const onDisk = new Set(names);
  const byFile = new Map(manifest.entries.map((e) => [e.file, e]));
  for (const entry of manifest.entries) {
    if (!onDisk.has(entry.file)) report.push({ file: entry.file, level: 'skipped', message: `listed in ${MANIFEST_FILE} as "${entry.id}" but not found` });
  }
  const articleFiles = names.filter((n) => !RESERVED.has(n) && !n.startsWith('.') && (byFile.has(n) || ARTICLE_EXTENSIONS.has(path.extname(n).toLowerCase())));
  const usedIds = new Set(manifest.entries.map((e) => e.id));

  const documents: LoadedDocument[] = [];
  const takeTurn = createTurns();
  for (let i = 0; i < articleFiles.length; i += READ_CONCURRENCY) {
    const batch = articleFiles.slice(i, i + READ_CONCURRENCY);
    // Files are read in parallel; their report lines are kept apart so the report follows file order.
    const lines = batch.map((): ReportLine[] => []);
    const loaded = await Promise.all(
      batch.map((file, k) => loadDocument(root, realRoot, file, byFile.get(file) ?? unlistedEntry(file, usedIds), byFile.has(file), options, lines[k] ?? report, takeTurn)),
    );
    for (const own of lines) report.push(...own);
    for (const doc of loaded) if (doc) documents.push(doc);
  }
  const references = documents.flatMap((d) => d.references);
  return { documents, references, synonyms: synonyms.rules, report };
}

/** A missing optional file is null; an unreadable one is also reported. */
async function readOptional(file: string, report: ReportLine[]): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') report.push({ file: path.basename(file), level: 'warning', message: `cannot be read (${code ?? 'error'})` });
    return null;
  }
}

function unlistedEntry(file: string, usedIds: Set<string>): ManifestEntry {
  const base = path
    .basename(file, path.extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'article';
  let id = base;
  for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
  usedIds.add(id);
  return { id, file, title: '', publisher: '', author: '', date: '', url: '', kind: '', hints: { bodyEndsBefore: [] } };
}

async function loadDocument(
  root: string,
  realRoot: string,
  file: string,
  entry: ManifestEntry,
  listed: boolean,
  options: LoadOptions,
  report: ReportLine[],
  takeTurn: () => Promise<void>,
): Promise<LoadedDocument | null> {
  const full = path.join(root, file);
  const skip = (message: string) => {
    report.push({ file, level: 'skipped', message });
    return null;
  };
  try {
    const link = await lstat(full);
    if (link.isSymbolicLink()) {
      const target = await realpath(full).catch(() => null);
      if (target === null) return skip('is a broken link');
      if (!target.startsWith(realRoot + path.sep)) return skip('is a link to a file outside the corpus folder; not followed');
    }
    const info = await stat(full);
    if (info.isDirectory()) return listed ? skip('is a folder, not a file') : null;
    if (!info.isFile()) return skip('is not a regular file');
    if (info.size > options.maxFileBytes) {
      return skip(`is too large (${formatBytes(info.size)}; the limit is ${formatBytes(options.maxFileBytes)}, set by CORPUS_MAX_FILE_MB)`);
    }
    const bytes = await readFile(full);
    await takeTurn();
    const decoded = decodeText(bytes);
    if (!decoded.ok) return skip(decoded.reason);
    for (const note of decoded.notes) report.push({ file, level: 'info', message: note });

    const title = entry.title !== '' ? entry.title : firstLine(decoded.text);
    const cleaned = cleanArticle(decoded.text, { title, publisher: entry.publisher, hints: entry.hints });
    for (const warning of cleaned.warnings) report.push({ file, level: 'warning', message: warning });
    if (cleaned.paragraphs.length === 0) return skip('no article paragraphs were found in it');
    if (!listed) report.push({ file, level: 'info', message: `not in ${MANIFEST_FILE}: loaded as "${entry.id}" with its first line as title` });

    const meta: DocumentMeta = {
      id: entry.id,
      file,
      title,
      publisher: entry.publisher,
      author: entry.author,
      date: entry.date,
      url: entry.url,
      kind: entry.kind,
      ...(entry.reworded === true ? { reworded: true } : {}),
    };
    const references: Reference[] = cleaned.sourceList.map((s) => ({ ...s, document: entry.id }));
    const fingerprint = createHash('sha256').update(bytes).update(JSON.stringify(entry)).digest('hex').slice(0, 16);
    return { meta, paragraphs: cleaned.paragraphs, references, fingerprint };
  } catch (error) {
    return skip(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function firstLine(text: string): string {
  const line = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  const trimmed = line.trim();
  return trimmed.length > 200 ? `${trimmed.slice(0, 199)}…` : trimmed;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
