/**
 * The editor's source index: the bundled seeds plus every workspace file matching
 * `citedesk.sources`, kept current by file watchers. Reads through vscode.workspace.fs (so it works
 * in remote and virtual workspaces), never writes a source, and never lets one bad file stop the
 * rest: problems go to the output channel.
 *
 * Every change is built on the side (a new corpus and search index, in slices of a few
 * milliseconds so the extension host stays responsive) and then swapped in whole: hovers, search
 * and verification always read a complete, consistent index. The last index is kept in the
 * extension's global storage, so the next start only re-reads files whose size or date changed.
 */
import * as crypto from 'crypto';
import * as path from 'path';
import * as vscode from 'vscode';
import { isSourceName, readArticle } from '../core/formats';
import { Corpus } from '../core/corpus/corpus';
import { FORMAT_VERSION, deserializeSnapshot, restoreIndex, serializeSnapshot } from '../core/search/persist';
import { SearchIndex } from '../core/search/search';
import { runInSlices } from '../core/search/slices';
import type { Article } from '../core/types';
import { bundledLibraries, librariesDir } from '../node/libraries';
import { DEFAULT_SOURCE_GLOB, Settings, Strings } from './constants';

/** How long a file must be quiet before it is re-read (editors save in several steps). */
const SETTLE_MS = 150;
/** Longest stretch of indexing work between two turns of the event loop. */
const SLICE_MS = 12;
/** How long after the last change the index is written to global storage. */
const SAVE_DELAY_MS = 4000;

export interface SourceInfo {
  uri: vscode.Uri;
  bundled: boolean;
  /** Size and modification time when read: what the disk cache is checked against. */
  stamp: string;
}

/** The PDF, web-page and Word libraries, loaded from dist/formats/ the first time such a file is read. */
const LIBRARIES = bundledLibraries(librariesDir(path.dirname(__filename)));

export class SourceIndex implements vscode.Disposable {
  private live = { corpus: new Corpus(), search: null as SearchIndex | null, info: new Map<string, SourceInfo>() };
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the set of sources or their content changed, and when indexing starts or ends. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private watchers: vscode.Disposable[] = [];
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Work waiting for the builder: a full rescan, and single files to re-read. */
  private fullRescan = false;
  private readonly dirty = new Set<string>();
  private running: Promise<void> | null = null;
  private readyPromise: Promise<void> = Promise.resolve();
  private loadingNow = false;
  private disposed = false;
  private cacheTried = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    private readonly storageUri?: vscode.Uri,
    private readonly version = '0',
  ) {
    this.live.search = new SearchIndex(this.live.corpus);
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${Settings.section}.${Settings.sources}`) || e.affectsConfiguration(`${Settings.section}.${Settings.includeBundledSources}`) || e.affectsConfiguration(`${Settings.section}.${Settings.maxSourceSizeMB}`)) {
          void this.reload();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()),
    );
  }

  /** The current corpus: complete and consistent (changes arrive as a whole). */
  get corpus(): Corpus {
    return this.live.corpus;
  }

  /** The search index over the current corpus. */
  get search(): SearchIndex {
    return this.live.search!;
  }

  /** Resolves once the work asked for so far has been done. */
  get ready(): Promise<void> {
    return this.readyPromise;
  }

  get loading(): boolean {
    return this.loadingNow;
  }

  /** Rebuilds everything: the seeds, the workspace sources, the watchers. */
  reload(): Promise<void> {
    this.fullRescan = true;
    return this.kick();
  }

  private kick(): Promise<void> {
    if (!this.running) {
      this.running = this.drain().finally(() => (this.running = null));
      this.readyPromise = this.running;
    }
    return this.running;
  }

  /** Does what is asked, one build at a time, until nothing is left. */
  private async drain(): Promise<void> {
    while (!this.disposed && (this.fullRescan || this.dirty.size)) {
      const full = this.fullRescan;
      const files = [...this.dirty];
      this.fullRescan = false;
      this.dirty.clear();
      try {
        await (full ? this.rebuild() : this.update(files));
      } catch (e) {
        this.log.error(`Indexing stopped: ${(e as Error).message}`);
      }
    }
  }

  private async rebuild(): Promise<void> {
    this.loadingNow = true;
    this.changed.fire();
    const started = Date.now();
    let progressDone: (() => void) | undefined;
    // A progress notification only when indexing takes more than a moment.
    const timer = setTimeout(() => {
      void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: Strings.indexing }, () => new Promise<void>((resolve) => (progressDone = resolve)));
    }, 800);
    try {
      this.rewatch();
      const wanted = await this.collect();
      const stamped = await this.stampAll(wanted);
      const restored = this.cacheTried ? null : await this.fromCache(stamped);
      this.cacheTried = true;
      // Everything unchanged since the saved index: take it as it is, indexes and all.
      if (restored && stamped.length === restored.info.size && stamped.every((s) => restored.info.get(s.uri.toString())?.stamp === s.stamp)) {
        await runInSlices(restored.search.syncSteps(), { budgetMs: SLICE_MS });
        this.swap(restored.corpus, restored.search, restored.info);
        this.log.info(`Restored ${restored.corpus.size} sources, ${restored.corpus.quoteCount} quotes from the saved index in ${Date.now() - started} ms.`);
        return;
      }
      const reuse = restored ?? this.live;
      const { corpus, info, parsed } = await this.assemble(stamped, (key, stamp) => {
        const had = reuse.info.get(key);
        return had && had.stamp === stamp ? reuse.corpus.get(key) : undefined;
      });
      if (this.disposed) return;
      const search = new SearchIndex(corpus);
      await runInSlices(search.syncSteps(), { budgetMs: SLICE_MS });
      this.swap(corpus, search, info);
      this.log.info(`Indexed ${corpus.size} sources, ${corpus.quoteCount} quotes in ${Date.now() - started} ms (${parsed} read, ${corpus.size - parsed} unchanged).`);
      this.scheduleSave();
    } finally {
      clearTimeout(timer);
      progressDone?.();
      this.loadingNow = false;
      this.changed.fire();
    }
  }

  /** Re-reads single files after the watcher saw them change, appear or vanish. */
  private async update(keys: string[]): Promise<void> {
    const info = new Map(this.live.info);
    const stamped: (SourceInfo & { size: number })[] = [];
    for (const key of keys) {
      const uri = vscode.Uri.parse(key);
      info.delete(key);
      const st = await this.statFile(uri);
      if (st && isSourceName(uri.path)) stamped.push({ uri, bundled: false, stamp: st.stamp, size: st.size });
      else this.log.info(`Removed ${this.label(uri)}.`);
    }
    // Everything else as it was; the changed files read again.
    const keep = [...info.values()].map((i) => ({ ...i, size: 0 }));
    const { corpus, info: next } = await this.assemble([...keep, ...stamped], (key, stamp) => (keys.includes(key) ? undefined : this.live.info.get(key)?.stamp === stamp ? this.live.corpus.get(key) : undefined));
    if (this.disposed) return;
    const search = new SearchIndex(corpus);
    await runInSlices(search.syncSteps(), { budgetMs: SLICE_MS });
    this.swap(corpus, search, next);
    this.scheduleSave();
  }

  private swap(corpus: Corpus, search: SearchIndex, info: Map<string, SourceInfo>): void {
    this.live = { corpus, search, info };
    this.changed.fire();
  }

  /**
   * A new corpus of `list`, in that order: articles `reuse` still has as they were, the others
   * read and parsed, one file per slice. A file that cannot be read is logged and left out.
   */
  private async assemble(list: (SourceInfo & { size: number })[], reuse: (key: string, stamp: string) => Article | undefined): Promise<{ corpus: Corpus; info: Map<string, SourceInfo>; parsed: number }> {
    const corpus = new Corpus();
    const info = new Map<string, SourceInfo>();
    const maxBytes = Math.max(0.1, this.config().get<number>(Settings.maxSourceSizeMB, 10)) * 1024 * 1024;
    let parsed = 0;
    let sliceStart = Date.now();
    for (const s of list) {
      if (this.disposed) break;
      const key = s.uri.toString();
      const known = reuse(key, s.stamp);
      if (known) {
        corpus.put(known);
        info.set(key, { uri: s.uri, bundled: s.bundled, stamp: s.stamp });
        continue;
      }
      if (s.size > maxBytes) {
        this.log.warn(`${this.label(s.uri)}: ${(s.size / 1048576).toFixed(1)} MB is over citedesk.maxSourceSizeMB (${maxBytes / 1048576} MB); skipped.`);
        continue;
      }
      try {
        const bytes = await vscode.workspace.fs.readFile(s.uri);
        const article = await readArticle(key, bytes, LIBRARIES);
        if ('error' in article) {
          this.log.warn(`${this.label(s.uri)}: ${article.error}; the other sources are still indexed.`);
          continue;
        }
        corpus.put(article);
        info.set(key, { uri: s.uri, bundled: s.bundled, stamp: s.stamp });
        parsed++;
        for (const w of article.warnings) this.log.warn(`${this.label(s.uri)}: ${w}`);
      } catch (e) {
        this.log.error(`${this.label(s.uri)}: could not be read (${(e as Error).message}); the other sources are still indexed.`);
      }
      if (Date.now() - sliceStart > SLICE_MS) {
        await new Promise((r) => setTimeout(r, 0));
        sliceStart = Date.now();
      }
    }
    return { corpus, info, parsed };
  }

  private async statFile(uri: vscode.Uri): Promise<{ stamp: string; size: number } | null> {
    try {
      const st = await vscode.workspace.fs.stat(uri);
      if (st.type & vscode.FileType.Directory) return null;
      return { stamp: `${st.size}:${st.mtime}`, size: st.size };
    } catch {
      return null;
    }
  }

  private async stampAll(list: { uri: vscode.Uri; bundled: boolean }[]): Promise<(SourceInfo & { size: number })[]> {
    const out: (SourceInfo & { size: number })[] = [];
    for (const s of list) {
      const st = await this.statFile(s.uri);
      if (st) out.push({ ...s, stamp: st.stamp, size: st.size });
      else this.log.warn(`${this.label(s.uri)}: could not be read; skipped.`);
    }
    return out;
  }

  // --- The disk cache (global storage) -----------------------------------------------------

  private cacheUri(): vscode.Uri | undefined {
    if (!this.storageUri) return undefined;
    const key = JSON.stringify([this.version, FORMAT_VERSION, (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString()), this.globs(), this.config().get(Settings.includeBundledSources, true)]);
    return vscode.Uri.joinPath(this.storageUri, `index-${crypto.createHash('sha1').update(key).digest('hex').slice(0, 16)}.cdx`);
  }

  /** The index saved last time, when there is one for these folders and settings. */
  private async fromCache(stamped: SourceInfo[]): Promise<{ corpus: Corpus; search: SearchIndex; info: Map<string, SourceInfo> } | null> {
    const uri = this.cacheUri();
    if (!uri) return null;
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return null; // no cache yet
    }
    try {
      const snap = deserializeSnapshot(bytes);
      if (snap.meta.version !== this.version) return null;
      const wanted = new Map(stamped.map((s) => [s.uri.toString(), s]));
      const { corpus, index } = restoreIndex(snap, { keep: (p, stamp) => wanted.get(p)?.stamp === stamp });
      const info = new Map<string, SourceInfo>();
      for (const a of corpus.articles) {
        const s = wanted.get(a.path)!;
        info.set(a.path, { uri: s.uri, bundled: s.bundled, stamp: s.stamp });
      }
      return { corpus, search: index, info };
    } catch (e) {
      this.log.warn(`The saved index could not be used (${(e as Error).message}); rebuilding it.`);
      return null;
    }
  }

  private scheduleSave(): void {
    if (!this.cacheUri()) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  private async save(): Promise<void> {
    const uri = this.cacheUri();
    if (!uri || this.disposed || this.running) return;
    try {
      const { corpus, search, info } = this.live;
      const bytes = serializeSnapshot(corpus, search, (p) => info.get(p)?.stamp ?? null, { version: this.version });
      await vscode.workspace.fs.createDirectory(this.storageUri!);
      await vscode.workspace.fs.writeFile(uri, bytes);
    } catch (e) {
      this.log.warn(`The index could not be saved for next time (${(e as Error).message}).`);
    }
  }

  // --- Finding and watching sources -----------------------------------------------------------

  private config(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(Settings.section);
  }

  private globs(): string[] {
    const g = this.config().get<string[] | string>(Settings.sources, [DEFAULT_SOURCE_GLOB]);
    return (Array.isArray(g) ? g : [g]).filter((x): x is string => typeof x === 'string' && x.trim().length > 0);
  }

  private async collect(): Promise<{ uri: vscode.Uri; bundled: boolean }[]> {
    const out: { uri: vscode.Uri; bundled: boolean }[] = [];
    if (this.config().get<boolean>(Settings.includeBundledSources, true)) {
      const dir = vscode.Uri.joinPath(this.extensionUri, 'seeds');
      try {
        for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
          if (type === vscode.FileType.File && isSourceName(name)) out.push({ uri: vscode.Uri.joinPath(dir, name), bundled: true });
        }
      } catch (e) {
        this.log.warn(`Bundled sources not found: ${(e as Error).message}`);
      }
    }
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of this.globs()) {
        try {
          const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/node_modules/**');
          for (const uri of found) if (isSourceName(uri.path)) out.push({ uri, bundled: false });
        } catch (e) {
          this.log.warn(`Could not search ${folder.name} for ${glob}: ${(e as Error).message}`);
        }
      }
    }
    const seen = new Set<string>();
    return out.filter((s) => !seen.has(s.uri.toString()) && !!seen.add(s.uri.toString())).sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
  }

  private rewatch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of this.globs()) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        const touch = (uri: vscode.Uri) => this.schedule(uri);
        this.watchers.push(watcher, watcher.onDidCreate(touch), watcher.onDidChange(touch), watcher.onDidDelete(touch));
      }
    }
  }

  /**
   * Re-reads a file once it has been quiet for a moment. Whatever the order of events (an editor
   * writing a temporary file and renaming it over the original gives delete+create or a change),
   * the file's state when things settle decides: there, it is (re)read; gone, it is removed.
   */
  private schedule(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        this.dirty.add(key);
        void this.kick();
      }, SETTLE_MS),
    );
  }

  isSource(uri: vscode.Uri): boolean {
    return this.live.info.has(uri.toString());
  }

  sourceInfo(key: string): SourceInfo | undefined {
    return this.live.info.get(key);
  }

  article(key: string): Article | undefined {
    return this.live.corpus.get(key);
  }

  /** How a source is named to the writer: its workspace path, or "bundled: file.txt". */
  label(uri: vscode.Uri): string {
    const info = this.live.info.get(uri.toString());
    if (info?.bundled || uri.toString().startsWith(vscode.Uri.joinPath(this.extensionUri, 'seeds').toString())) return `bundled: ${uri.path.replace(/^.*\//, '')}`;
    return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }

  /** The link a draft uses for a source: relative to the draft when both sit in the same place. */
  linkFrom(draft: vscode.Uri, source: vscode.Uri): string {
    if (draft.scheme === source.scheme && draft.authority === source.authority) {
      const a = draft.path.split('/').slice(0, -1);
      const b = source.path.split('/');
      const sameFolder = vscode.workspace.getWorkspaceFolder(draft)?.uri.toString() === vscode.workspace.getWorkspaceFolder(source)?.uri.toString();
      if (sameFolder && vscode.workspace.getWorkspaceFolder(draft)) {
        let i = 0;
        while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
        return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/') || b[b.length - 1];
      }
    }
    return source.toString();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.saveTimer);
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
