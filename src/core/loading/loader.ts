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
import { readerFor, readerForNamed, type FormatReader } from '../formats';
import { FORMAT_VERSION, SnapshotError, deserializeSnapshot, restoreIndex, serializeSnapshot, type Snapshot } from '../search/persist';
import { SearchIndex } from '../search/search';
import { SliceClock, runInSlices, type SliceOptions } from '../search/slices';
import type { Article, SourceFormat } from '../types';
import { LoadMessages } from './messages';
import type { CacheStore, SourceEntry, SourceFiles, SourceProblem } from './port';
import { readArticle } from './read';

export interface LoaderOptions {
  files: SourceFiles;
  /** Where the index is saved between runs, and the name its files start with there. */
  cache?: { store: CacheStore; name: string };
  /** Which build of the reader this is: a saved index another build wrote is read again. */
  build: string;
  /** Larger sources are skipped with a message. */
  maxBytes: number;
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
}

type Stored = { stamp: string | null; article: Article };

/** The saved index's file name after its name. */
const BASE = '.cdx';

/** Sources loaded into a corpus and search index, kept current by `update` and saved by `save`. */
export class SourceLoader {
  corpus = new Corpus();
  index = new SearchIndex(this.corpus);
  readonly stats: LoadStats = { files: 0, reused: 0, parsed: 0, indexesReused: false, written: false };
  private records = new Map<string, SourceRecord>();
  /** Something changed since the index was last saved (or it never was). */
  private unsaved = true;

  private constructor(private readonly options: LoaderOptions) {}

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
    const snap = previous ? null : await this.readSaved();
    const stored = new Map<string, Stored>();
    if (snap) snap.articles.forEach((a, i) => stored.set(a.path, { stamp: snap.stamps[i], article: a }));
    const listed = await files.list();
    for (const p of listed.problems) this.report(p, p.message);
    const fresh: Article[] = [];
    const clock = this.options.slices ? new SliceClock(this.options.slices) : null;
    for (const entry of listed.entries) {
      if (this.records.has(entry.key)) continue;
      const known = previous?.records.get(entry.key);
      const hit = known?.article && known.stamp === entry.stamp ? known.article : stored.get(entry.key)?.stamp === entry.stamp ? stored.get(entry.key)!.article : undefined;
      const record = await this.readEntry(entry, hit);
      if (record?.article === hit) this.stats.reused++;
      else if (record?.article) fresh.push(record.article);
      if (clock?.due() && !(await clock.pause())) return;
    }
    this.stats.parsed = fresh.length;
    const order = [...this.records.values()].filter((r) => r.article).map((r) => r.key);
    this.stats.files = order.length;
    if (snap && stored.size) {
      const stamps = new Map([...this.records.values()].map((r) => [r.key, r.stamp]));
      const r = restoreIndex(snap, { keep: (p, st) => stamps.get(p) === st && this.records.get(p)?.article === stored.get(p)?.article, fresh: [...this.records.values()].filter((r) => r.article && r.article !== stored.get(r.key)?.article).map((r) => r.article!), order });
      this.corpus = r.corpus;
      this.index = r.index;
      this.stats.indexesReused = r.reusedIndexes;
    } else {
      for (const key of order) this.corpus.put(this.records.get(key)!.article!);
      this.index = new SearchIndex(this.corpus);
    }
    await this.syncIndex();
    this.unsaved = !this.stats.indexesReused;
  }

  /**
   * Reads one listed source into a record (taking `known` as its article when given). A file no
   * format reads is no source: it gets no record.
   */
  private async readEntry(entry: SourceEntry, known: Article | undefined): Promise<SourceRecord | null> {
    const reader: FormatReader | undefined = entry.named ? readerForNamed(entry.key) : readerFor(entry.key);
    if (!reader) return null;
    const record: SourceRecord = { key: entry.key, label: entry.label, stamp: entry.stamp, format: null, problems: [] };
    this.records.set(entry.key, record);
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
      try {
        article = await readArticle(entry.key, bytes, reader);
      } catch (e) {
        this.report(record, LoadMessages.notAnArticle((e as Error).message));
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
    const previous = new Map(this.records);
    let changed = false;
    for (const key of keys) {
      const entry = await files.stat(key);
      const had = previous.get(key);
      this.records.delete(key);
      if (!entry) {
        changed ||= !!had;
        continue;
      }
      const record = await this.readEntry(entry, had?.article && had.stamp === entry.stamp ? had.article : undefined);
      changed ||= record?.article !== had?.article;
    }
    if (!changed) return;
    // The records in index order: a new source takes its place among the others.
    const compare = files.compare?.bind(files);
    const all = [...this.records.values()];
    if (compare) all.sort((a, b) => compare(a.key, b.key));
    this.records = new Map(all.map((r) => [r.key, r]));
    const corpus = new Corpus();
    for (const r of all) if (r.article) corpus.put(r.article);
    const index = new SearchIndex(corpus);
    this.corpus = corpus;
    this.index = index;
    await this.syncIndex();
    this.stats.files = corpus.size;
    this.unsaved = true;
  }

  private async syncIndex(): Promise<void> {
    if (this.options.slices) await runInSlices(this.index.syncSteps(), this.options.slices);
    else this.index.sync();
  }

  /** The saved index, when there is one this build wrote; null otherwise (then everything is read). */
  private async readSaved(): Promise<Snapshot | null> {
    const cache = this.options.cache;
    if (!cache) return null;
    let bytes: Uint8Array | null;
    try {
      bytes = await cache.store.read(`${cache.name}${BASE}`);
    } catch {
      return null;
    }
    if (!bytes) return null;
    try {
      const snap = deserializeSnapshot(bytes);
      return snap.meta.build === this.options.build ? snap : null;
    } catch (e) {
      if (e instanceof SnapshotError || e instanceof SyntaxError || e instanceof RangeError) return null; // stale or damaged: rebuilt
      throw e;
    }
  }

  /** Writes the index back where it is kept, if anything changed since it was read or written. */
  async save(): Promise<void> {
    const cache = this.options.cache;
    if (!cache || !this.unsaved) return;
    this.unsaved = false;
    try {
      const stamps = new Map([...this.records.values()].map((r) => [r.key, r.stamp]));
      await cache.store.write(`${cache.name}${BASE}`, serializeSnapshot(this.corpus, this.index, (p) => stamps.get(p) ?? null, { format: FORMAT_VERSION, build: this.options.build }));
      this.stats.written = true;
    } catch (e) {
      this.report({ key: cache.name, label: cache.store.label }, LoadMessages.cacheUnwritable((e as Error).message));
    }
  }
}
