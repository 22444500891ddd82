/**
 * The one loading path: sources listed and read through a file-system port (port.ts), each read
 * by its format's reader into an article (read.ts), gathered into a corpus and search index, and
 * kept between runs in a saved index, for the command line (`--cache DIR`) and the editor (its
 * global storage) alike.
 *
 * The policy, once: a source whose size and modification time are those the saved index (or the
 * index already in memory) recorded is taken as it was; any other is read again. A saved index
 * written by another build of the reader is read again, not trusted. A source that cannot be read
 * is reported once and left out; everything else is indexed. Sources are only ever read.
 */
import { Corpus } from '../corpus/corpus';
import { FormatError, isSourceName, readerFor, readerForNamed, type FormatLibraries } from '../formats';
import { restoreIndex } from '../search/persist';
import { SearchIndex } from '../search/search';
import { SliceClock, runInSlices, type SliceOptions } from '../search/slices';
import type { Article, SourceFormat } from '../types';
import { LoadMessages } from './messages';
import type { CacheStore, SourceEntry, SourceFiles, SourceProblem } from './port';
import { readArticle } from './read';
import { SavedIndex, type SavedSource } from './saved-index';

export interface LoaderOptions {
  files: SourceFiles;
  /** Where the index is saved between runs, and the name its files start with there. */
  cache?: { store: CacheStore; name: string };
  /** Which build of the reader this is: a saved index another build wrote is read again. */
  build: string;
  /** Larger sources are skipped with a message. */
  maxBytes: number;
  /** The PDF, web-page and Word libraries, each loaded by the host the first time a reader asks. */
  libraries: FormatLibraries;
  onProblem?: (p: SourceProblem) => void;
  /** An index of the same sources already in memory: its articles are taken while their stamps hold. */
  previous?: SourceLoader;
  /** Give the event loop a turn between files and between index steps (the editor). */
  slices?: SliceOptions;
}

/** A source as the index knows it: its article, or why there is none. */
export interface SourceRecord {
  key: string;
  label: string;
  stamp: string;
  format: SourceFormat | null;
  /** The article read from it; undefined when it could not be read. */
  article?: Article;
  /** What went wrong or was odd reading it, as reported. */
  problems: string[];
}

export interface LoadStats {
  /** Sources listed and indexed. */
  files: number;
  /** Articles taken as they were (saved index or memory). */
  reused: number;
  /** Articles read and parsed (new or changed). */
  parsed: number;
  /** The people and search indexes were taken as saved (nothing had changed). */
  indexesReused: boolean;
  /** The saved index was (re)written. */
  written: boolean;
  /** How: the whole index, or a segment of what changed. */
  savedAs?: 'snapshot' | 'segment';
}


/**
 * Brings `corpus` to hold exactly `wanted`, in that order: articles that went are removed, new or
 * changed ones put in their places. Returns false, changing nothing, when the articles that stay
 * are in another order (the caller then builds a corpus anew).
 */
function bringTo(corpus: Corpus, wanted: Article[]): boolean {
  const want = new Map(wanted.map((a) => [a.path, a]));
  let last = -1;
  const place = new Map(corpus.articles.map((a, i) => [a.path, i]));
  for (const a of wanted) {
    const i = place.get(a.path);
    if (i === undefined) continue;
    if (i < last) return false;
    last = i;
  }
  for (const a of corpus.articles) if (!want.has(a.path)) corpus.remove(a.path);
  // From the end, so that each new article goes before the next one that is there.
  let next: string | undefined;
  for (let i = wanted.length - 1; i >= 0; i--) {
    const a = wanted[i];
    if (corpus.get(a.path) !== a) corpus.put(a, next);
    next = a.path;
  }
  return true;
}

/** Sources loaded into a corpus and search index, kept current by `update` and saved by `save`. */
export class SourceLoader {
  corpus = new Corpus();
  index = new SearchIndex(this.corpus);
  readonly stats: LoadStats = { files: 0, reused: 0, parsed: 0, indexesReused: false, written: false };
  private records = new Map<string, SourceRecord>();
  private readonly saved: SavedIndex | null;

  private constructor(private readonly options: LoaderOptions) {
    this.saved = options.cache ? new SavedIndex(options.cache.store, options.cache.name, options.build) : null;
  }

  /**
   * Lists the sources, takes what the saved index or `previous` still has, reads the rest, and
   * builds the indexes. Resolves when the index is ready to answer; `save()` writes it back.
   */
  static async open(options: LoaderOptions): Promise<SourceLoader> {
    const loader = new SourceLoader(options);
    await loader.load();
    return loader;
  }

  /** Every source listed, in index order, with its article or its problems. */
  sources(): SourceRecord[] {
    return [...this.records.values()];
  }

  source(key: string): SourceRecord | undefined {
    return this.records.get(key);
  }

  private report(record: SourceRecord | { key: string; label: string; problems?: string[] }, message: string): void {
    record.problems?.push(message);
    this.options.onProblem?.({ key: record.key, label: record.label, message });
  }

  private async load(): Promise<void> {
    const { files, previous } = this.options;
    // What is in memory is as fresh as what was saved: the saved index is read only at the start.
    const saved = previous ? null : await this.saved?.read().catch(() => null);
    const stored = saved?.sources ?? new Map<string, SavedSource>();
    const listed = await files.list();
    for (const p of listed.problems) this.report(p, p.message);
    const fresh: Article[] = [];
    const clock = this.options.slices ? new SliceClock(this.options.slices) : null;
    for (const entry of listed.entries) {
      if (this.records.has(entry.key)) continue;
      const known = previous?.records.get(entry.key);
      const hit = known?.article && known.stamp === entry.stamp ? known.article : stored.get(entry.key)?.stamp === entry.stamp ? stored.get(entry.key)!.article : undefined;
      const record = await this.readEntry(entry, hit);
      if (record) this.records.set(entry.key, record);
      if (record?.article === hit) this.stats.reused++;
      else if (record?.article) fresh.push(record.article);
      if (clock?.due() && !(await clock.pause())) return;
    }
    this.stats.parsed = fresh.length;
    const wanted = this.articles();
    this.stats.files = wanted.length;
    if (saved) {
      // The saved index as it was, then what changed since (in its segments, and in the sources
      // since it was saved): only that is indexed again.
      // (The bytes were read for this index alone: it may change them where they stand.)
      const r = restoreIndex(saved.snapshot, { owned: true });
      const version = r.corpus.version;
      if (bringTo(r.corpus, wanted)) {
        this.corpus = r.corpus;
        this.index = r.index;
        this.stats.indexesReused = r.reusedIndexes && r.corpus.version === version;
        await this.syncIndex();
        return;
      }
    }
    for (const a of wanted) this.corpus.put(a);
    await this.syncIndex();
  }

  /** The articles of the records, in index order. */
  private articles(): Article[] {
    const out: Article[] = [];
    for (const r of this.records.values()) if (r.article) out.push(r.article);
    return out;
  }

  /**
   * Reads one listed source into a record (taking `known` as its article when given). A file no
   * format reads is no source: it gets no record (null).
   */
  private async readEntry(entry: SourceEntry, known: Article | undefined): Promise<SourceRecord | null> {
    if (!entry.named && !isSourceName(entry.key)) return null;
    const record: SourceRecord = { key: entry.key, label: entry.label, stamp: entry.stamp, format: null, problems: [] };
    if (entry.size > this.options.maxBytes) {
      this.report(record, LoadMessages.tooLarge(entry.size, this.options.maxBytes));
      return record;
    }
    let article = known;
    if (!article) {
      let bytes: Uint8Array;
      try {
        bytes = await this.options.files.read(entry.key);
      } catch (e) {
        this.report(record, LoadMessages.unreadable((e as Error).message));
        return record;
      }
      // By the name, then by what the bytes hold (a transcript in a .txt).
      const reader = entry.named ? readerForNamed(entry.key, bytes) : readerFor(entry.key, bytes);
      if (!reader) return null;
      try {
        article = await readArticle(entry.key, bytes, reader, this.options.libraries);
      } catch (e) {
        // A format's own message (an encrypted PDF, a page with no article) is shown as it is; a
        // library bundle has its own copy of the class, so it is known by its name.
        const err = e as Error;
        this.report(record, e instanceof FormatError || err?.name === 'FormatError' ? err.message : LoadMessages.notAnArticle(err?.message ?? String(e)));
        return record;
      }
    }
    record.article = article;
    record.format = article.format;
    for (const w of article.warnings) this.report(record, w);
    return record;
  }

  /**
   * Reads again the sources `keys` names (a watcher saw them change, appear or vanish): each as it
   * is now, there or gone. The rest of the index stays as it is.
   */
  async update(keys: string[]): Promise<void> {
    const { files } = this.options;
    /** The sources whose article changed: the new article, or none (gone or unreadable now). */
    const changes = new Map<string, Article | undefined>();
    for (const key of new Set(keys)) {
      const entry = await files.stat(key);
      const had = this.records.get(key);
      const record = entry ? await this.readEntry(entry, had?.article && had.stamp === entry.stamp ? had.article : undefined) : null;
      if (record) this.place(record);
      else this.records.delete(key);
      if (record?.article !== had?.article) changes.set(key, record?.article);
    }
    if (!changes.size) return;
    this.stats.files = 0;
    for (const r of this.records.values()) if (r.article) this.stats.files++;
    if (changes.size <= Math.max(50, this.corpus.size / 4)) {
      // A few files: the change is brought in at once (no await from here on), so that nothing
      // reads a half-changed index; it costs what those files hold, not what the index holds.
      for (const [key, article] of changes) {
        if (!article) this.corpus.remove(key);
        else this.corpus.put(article, this.corpus.has(key) ? undefined : this.nextIndexed(key));
      }
      this.index.sync();
      return;
    }
    // Many: a new index, built on the side (in slices in the editor), then swapped in.
    const corpus = new Corpus();
    for (const a of this.articles()) corpus.put(a);
    const index = new SearchIndex(corpus);
    if (this.options.slices) await runInSlices(index.syncSteps(), this.options.slices);
    else index.sync();
    this.corpus = corpus;
    this.index = index;
  }

  /** Puts a record in its place: where it was, or (a new source) where the files' order puts it. */
  private place(record: SourceRecord): void {
    const compare = this.options.files.compare?.bind(this.options.files);
    if (this.records.has(record.key) || !compare) {
      this.records.set(record.key, record);
      return;
    }
    const all = [...this.records.values()];
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(all[mid].key, record.key) < 0) lo = mid + 1;
      else hi = mid;
    }
    all.splice(lo, 0, record);
    this.records = new Map(all.map((r) => [r.key, r]));
  }

  /** The first source after `key` (in index order) that the corpus holds: a new article goes before it. */
  private nextIndexed(key: string): string | undefined {
    let after = false;
    for (const k of this.records.keys()) {
      if (after && this.corpus.has(k)) return k;
      if (k === key) after = true;
    }
    return undefined;
  }

  private async syncIndex(): Promise<void> {
    if (this.options.slices) await runInSlices(this.index.syncSteps(), this.options.slices);
    else this.index.sync();
  }

  /** Writes the index back where it is kept: what changed since it was read or last written. */
  async save(): Promise<void> {
    const cache = this.options.cache;
    if (!cache || !this.saved) return;
    try {
      const stamps = new Map<string, string>();
      for (const r of this.records.values()) stamps.set(r.key, r.stamp);
      const how = await this.saved.write(this.corpus, this.index, (p) => stamps.get(p) ?? null);
      if (how) {
        this.stats.written = true;
        this.stats.savedAs = how;
      }
    } catch (e) {
      this.report({ key: cache.name, label: cache.store.label }, LoadMessages.cacheUnwritable((e as Error).message));
    }
  }
}
