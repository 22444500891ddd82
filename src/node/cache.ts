/**
 * The command-line tool's index cache: `--cache DIR` keeps the parsed sources and the search index
 * in one file per set of inputs, so that a second run reads instead of parsing. A source is
 * trusted from the cache while its size and modification time are unchanged; any other source is
 * read and parsed again, and the cache rewritten.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../core/corpus/corpus';
import { FORMAT_VERSION, SnapshotError, deserializeSnapshot, restoreIndex, serializeSnapshot, type Snapshot } from '../core/search/persist';
import { SearchIndex } from '../core/search/search';
import type { Article } from '../core/types';
import { collectSources, readSource, type FileStamp } from './files';
import { DEFAULT_MAX_BYTES, displayPath, type LoadProblem } from './load';
import { readArticle } from './read-article';

export interface CacheOptions {
  cacheDir: string;
  maxBytes?: number;
  onProblem?: (p: LoadProblem) => void;
  /** Paths are recorded relative to this folder (default: the working folder, as `loadCorpus` does). */
  root?: string;
  /** Which build of the reader made the cache: a cache another build wrote is read again, not trusted. */
  reader?: string;
}

export interface CacheStats {
  files: number;
  /** Articles taken from the cache as they were. */
  reused: number;
  /** Articles read and parsed (new or changed). */
  parsed: number;
  /** The people and search indexes were restored as stored (nothing had changed). */
  indexesReused: boolean;
  /** The cache file was (re)written. */
  written: boolean;
}

/** A file stamp as stored: size and modification time. */
export function stampOf(st: FileStamp): string {
  return `${st.size}:${st.mtimeMs}`;
}

/** The cache file for a set of inputs: one per inputs and root, so that folders never clobber each other. */
export function cacheFile(cacheDir: string, inputs: string[], root: string): string {
  const key = crypto.createHash('sha1').update(JSON.stringify([path.resolve(root), ...inputs.map((i) => path.resolve(i))])).digest('hex').slice(0, 16);
  return path.join(cacheDir, `index-${key}.cdx`);
}

function readSnapshot(file: string): Snapshot | null {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return null;
  }
  try {
    return deserializeSnapshot(bytes);
  } catch (e) {
    if (e instanceof SnapshotError || e instanceof SyntaxError || e instanceof RangeError) return null; // stale or damaged: rebuild
    throw e;
  }
}

/** Writes the cache atomically: a reader never sees half a file. */
function writeSnapshot(file: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
}

export interface CachedIndex {
  corpus: Corpus;
  index: SearchIndex;
  problems: LoadProblem[];
  stats: CacheStats;
  /** Writes the cache if anything changed (once; later calls do nothing). */
  save(): void;
}

/**
 * Loads `inputs` into a corpus and search index through the cache in `cacheDir`, and writes the
 * cache back if anything changed. Bad files are reported, never fatal; a cache that cannot be read
 * is rebuilt; one that cannot be written is reported and otherwise ignored.
 */
export function loadIndexCached(inputs: string[], options: CacheOptions): CachedIndex {
  const r = openIndexCached(inputs, options);
  r.save();
  return r;
}

/**
 * `loadIndexCached` without the write: the index is ready to answer as soon as this returns,
 * and `save()` writes the cache when the caller has time (after answering, say).
 */
export function openIndexCached(inputs: string[], options: CacheOptions): CachedIndex {
  const problems: LoadProblem[] = [];
  const report = (p: LoadProblem) => {
    problems.push(p);
    options.onProblem?.(p);
  };
  const root = options.root ?? process.cwd();
  const shown = (f: string) => (options.root ? path.relative(root, f).split(path.sep).join('/') : displayPath(f));
  const file = cacheFile(options.cacheDir, inputs, root);
  const read = readSnapshot(file);
  // Another build of the reader may attribute differently: its readings are not reused.
  const snap = read && (read.meta.reader ?? null) === (options.reader ?? null) ? read : null;
  const stored = new Map<string, { stamp: string | null; article: Article }>();
  if (snap) snap.articles.forEach((a, i) => stored.set(a.path, { stamp: snap.stamps[i], article: a }));

  const found = collectSources(inputs);
  for (const p of found.problems) report({ path: displayPath(p.path), message: p.message });
  const order: string[] = [];
  const stamps = new Map<string, string>();
  const fresh: Article[] = [];
  let reused = 0;
  found.files.forEach((f, i) => {
    const name = shown(f);
    const stamp = stampOf(found.stats[i]);
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const hit = stored.get(name);
    let article: Article;
    if (hit && hit.stamp === stamp && found.stats[i].size <= maxBytes) {
      article = hit.article;
      reused++;
    } else {
      const r = readSource(f, maxBytes);
      if ('error' in r) {
        report({ path: name, message: r.error });
        return;
      }
      try {
        article = readArticle(name, r.bytes);
      } catch (e) {
        report({ path: name, message: `could not be read as an article: ${(e as Error).message}` });
        return;
      }
      fresh.push(article);
    }
    for (const w of article.warnings) report({ path: name, message: w });
    if (stamps.has(name)) return;
    order.push(name);
    stamps.set(name, stamp);
  });

  let corpus: Corpus;
  let index: SearchIndex;
  let indexesReused = false;
  if (snap && stored.size) {
    const r = restoreIndex(snap, { keep: (p, st) => stamps.get(p) === st, fresh, order });
    corpus = r.corpus;
    index = r.index;
    indexesReused = r.reusedIndexes;
  } else {
    corpus = new Corpus();
    for (const a of fresh) corpus.put(a);
    index = new SearchIndex(corpus);
  }
  index.sync();
  const stats: CacheStats = { files: order.length, reused, parsed: fresh.length, indexesReused, written: false };
  let pending = !indexesReused || !snap;
  const save = () => {
    if (!pending) return;
    pending = false;
    try {
      writeSnapshot(file, serializeSnapshot(corpus, index, (p) => stamps.get(p) ?? null, { format: FORMAT_VERSION, reader: options.reader ?? null }));
      stats.written = true;
    } catch (e) {
      report({ path: displayPath(options.cacheDir), message: `could not write the index cache: ${(e as Error).message}` });
    }
  };
  return { corpus, index, problems, stats, save };
}
