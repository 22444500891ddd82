/**
 * The editor's source index: the bundled seeds plus every workspace file matching
 * `citedesk.sources`, kept current by file watchers. Loads through the one loader
 * (core/loading) on `vscode.workspace.fs` (so it works in remote and virtual workspaces), never
 * writes a source, and never lets one bad file stop the rest: problems go to the output channel.
 *
 * A full load (at start, after a change of settings) is built on the side, in slices of a few
 * milliseconds so the extension host stays responsive, and then swapped in whole: hovers, search
 * and verification always read a complete, consistent index. The index is kept in the extension's
 * global storage, so the next start only re-reads files whose size or date changed.
 */
import * as crypto from 'crypto';
import * as path from 'path';
import * as vscode from 'vscode';
import { Corpus } from '../core/corpus/corpus';
import { isSourceName } from '../core/formats';
import { SourceLoader, type SourceRecord } from '../core/loading/loader';
import { SearchIndex } from '../core/search/search';
import type { Article } from '../core/types';
import { bundledLibraries, librariesDir } from '../node/libraries';
import { DEFAULT_SOURCE_GLOB, Settings, Strings } from './constants';
import { WorkspaceCacheStore, WorkspaceSourceFiles } from './workspace-files';

/** The PDF, web-page and Word libraries, loaded from dist/formats/ the first time such a file is read. */
const LIBRARIES = bundledLibraries(librariesDir(path.dirname(__filename)));

/** How long a file must be quiet before it is re-read (editors save in several steps). */
const SETTLE_MS = 150;
/** How long after a file appears the sources are listed again, for files the watcher missed. */
const LOOK_AGAIN_MS = 1000;
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

export class SourceIndex implements vscode.Disposable {
  private loader: SourceLoader | null = null;
  private readonly nothing = { corpus: new Corpus(), search: null as SearchIndex | null };
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
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private lookTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    private readonly storageUri?: vscode.Uri,
    /** This build of the reader: an index saved by another is read again. */
    private readonly build = '0',
  ) {
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
    return this.loader?.corpus ?? this.nothing.corpus;
  }

  /** The search index over the current corpus. */
  get search(): SearchIndex {
    return this.loader?.index ?? (this.nothing.search ??= new SearchIndex(this.nothing.corpus));
  }

  /** Resolves once the work asked for so far has been done. */
  get ready(): Promise<void> {
    return this.readyPromise;
  }

  get loading(): boolean {
    return this.loadingNow;
  }

  /** Whether a first index has been built (until then the corpus is empty, not a verdict on the sources). */
  get indexed(): boolean {
    return this.loader !== null;
  }

  /** Every source the settings name, in index order, with its article or what went wrong reading it. */
  records(): SourceRecord[] {
    return this.loader?.sources() ?? [];
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
      const files = new WorkspaceSourceFiles(this.extensionUri, { bundled: this.config().get<boolean>(Settings.includeBundledSources, true), globs: this.globs() }, (uri) => this.label(uri));
      const storage = this.cacheName();
      const loader = await SourceLoader.open({
        files,
        // The saved index on the first load; after that, what is in memory.
        cache: storage ? { store: new WorkspaceCacheStore(this.storageUri!), name: storage } : undefined,
        previous: this.loader ?? undefined,
        build: this.build,
        maxBytes: Math.max(0.1, this.config().get<number>(Settings.maxSourceSizeMB, 10)) * 1024 * 1024,
        libraries: LIBRARIES,
        onProblem: (p) => this.log.warn(`${p.label}: ${p.message}`),
        slices: { budgetMs: SLICE_MS, cancelled: () => this.disposed },
      });
      if (this.disposed) return;
      this.loader = loader;
      const { stats } = loader;
      this.log.info(`Indexed ${stats.files} sources, ${loader.corpus.quoteCount} quotes in ${Date.now() - started} ms (${stats.parsed} read, ${stats.reused} unchanged${stats.indexesReused ? ', from the saved index' : ''}).`);
      this.changed.fire();
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
    const loader = this.loader;
    if (!loader) return;
    await loader.update(keys);
    if (this.disposed || loader !== this.loader) return;
    this.changed.fire();
    this.scheduleSave();
  }

  // --- The saved index (global storage) ------------------------------------------------------

  /** The name of the saved index for these folders and settings. */
  private cacheName(): string | undefined {
    if (!this.storageUri) return undefined;
    const key = JSON.stringify([(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString()), this.globs(), this.config().get(Settings.includeBundledSources, true)]);
    return `index-${crypto.createHash('sha1').update(key).digest('hex').slice(0, 16)}`;
  }

  private scheduleSave(): void {
    if (!this.storageUri) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  private async save(): Promise<void> {
    if (this.disposed || this.running) return;
    await this.loader?.save();
  }

  // --- Finding and watching sources -----------------------------------------------------------

  private config(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(Settings.section);
  }

  private globs(): string[] {
    const g = this.config().get<string[] | string>(Settings.sources, [DEFAULT_SOURCE_GLOB]);
    return (Array.isArray(g) ? g : [g]).filter((x): x is string => typeof x === 'string' && x.trim().length > 0);
  }

  private rewatch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of this.globs()) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        const touch = (uri: vscode.Uri) => this.schedule(uri);
        const created = (uri: vscode.Uri) => {
          touch(uri);
          this.lookAgain();
        };
        this.watchers.push(watcher, watcher.onDidCreate(created), watcher.onDidChange(touch), watcher.onDidDelete(touch));
        // A folder created under the sources ("sources/**" for "sources/**/*.{txt,…}"): its files may all
        // arrive before the watcher above follows it, so a new folder is listed again too.
        const deep = glob.indexOf('**');
        if (deep >= 0) {
          const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob.slice(0, deep) + '**'), false, true, true);
          this.watchers.push(folders, folders.onDidCreate(() => this.lookAgain()));
        }
      }
    }
  }

  /**
   * After a file or a folder appears, lists the sources again once things are quiet, and reads any
   * the watcher did not report: the files written into a new folder (a folder of sources copied in)
   * can arrive before the watcher follows the folder, and are otherwise never read.
   */
  private lookAgain(): void {
    clearTimeout(this.lookTimer);
    this.lookTimer = setTimeout(() => void this.readMissed(), LOOK_AGAIN_MS);
  }

  private async readMissed(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of this.globs()) {
        const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/node_modules/**').then(undefined, () => [] as vscode.Uri[]);
        for (const uri of uris) {
          const key = uri.toString();
          if (this.disposed) return;
          if (isSourceName(uri.path) && !this.loader?.source(key) && !this.pending.has(key) && !this.dirty.has(key)) this.schedule(uri);
        }
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
    return this.corpus.has(uri.toString());
  }

  sourceInfo(key: string): SourceInfo | undefined {
    const r = this.loader?.source(key);
    if (!r?.article) return undefined;
    return { uri: vscode.Uri.parse(key), bundled: this.isBundled(key), stamp: r.stamp };
  }

  article(key: string): Article | undefined {
    return this.corpus.get(key);
  }

  private isBundled(key: string): boolean {
    return key.startsWith(vscode.Uri.joinPath(this.extensionUri, 'seeds').toString() + '/');
  }

  /** How a source is named to the writer: its workspace path, or "bundled: file.txt". */
  label(uri: vscode.Uri): string {
    if (this.isBundled(uri.toString())) return `bundled: ${uri.path.replace(/^.*\//, '')}`;
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
    clearTimeout(this.lookTimer);
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
