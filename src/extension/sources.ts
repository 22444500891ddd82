/**
 * The editor's source index: the bundled seeds plus every workspace file matching
 * `citedesk.sources`, kept current by file watchers. Reads through vscode.workspace.fs (so it works
 * in remote and virtual workspaces), never writes a source, and never lets one bad file stop the
 * rest: problems go to the output channel.
 */
import * as vscode from 'vscode';
import { Corpus } from '../core/corpus';
import { SearchIndex } from '../core/search';
import type { Article } from '../core/types';
import { Settings, Strings } from './constants';

/** How long a file must be quiet before it is re-read (editors save in several steps). */
const SETTLE_MS = 150;
/** Work done in one go before yielding to the extension host's event loop. */
const SLICE_MS = 25;

export interface SourceInfo {
  uri: vscode.Uri;
  bundled: boolean;
}

export class SourceIndex implements vscode.Disposable {
  readonly corpus = new Corpus();
  readonly search = new SearchIndex(this.corpus);
  private readonly info = new Map<string, SourceInfo>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the set of sources or their content changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private watchers: vscode.Disposable[] = [];
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private generation = 0;
  private readyPromise: Promise<void> = Promise.resolve();
  private loadingNow = false;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
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

  /** Resolves once the current (re)build has finished. */
  get ready(): Promise<void> {
    return this.readyPromise;
  }

  get loading(): boolean {
    return this.loadingNow;
  }

  /** Rebuilds everything: the seeds, the workspace sources, the watchers. */
  reload(): Promise<void> {
    const gen = ++this.generation;
    this.readyPromise = this.build(gen);
    return this.readyPromise;
  }

  private async build(gen: number): Promise<void> {
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
      if (gen !== this.generation) return;
      const keep = new Set(wanted.map((w) => w.uri.toString()));
      for (const key of [...this.info.keys()]) {
        if (!keep.has(key)) {
          this.info.delete(key);
          this.corpus.remove(key);
        }
      }
      let sliceStart = Date.now();
      for (const w of wanted) {
        if (gen !== this.generation) return;
        await this.load(w.uri, w.bundled);
        if (Date.now() - sliceStart > SLICE_MS) {
          await new Promise((r) => setTimeout(r, 0));
          sliceStart = Date.now();
        }
      }
      this.search.sync();
      this.log.info(`Indexed ${this.corpus.size} sources, ${this.corpus.quoteCount} quotes in ${Date.now() - started} ms.`);
    } catch (e) {
      this.log.error(`Indexing stopped: ${(e as Error).message}`);
    } finally {
      clearTimeout(timer);
      progressDone?.();
      if (gen === this.generation) {
        this.loadingNow = false;
        this.changed.fire();
      }
    }
  }

  private config(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(Settings.section);
  }

  private globs(): string[] {
    const g = this.config().get<string[] | string>(Settings.sources, ['sources/**/*.{txt,md}']);
    const list = (Array.isArray(g) ? g : [g]).filter((x): x is string => typeof x === 'string' && x.trim().length > 0);
    return list;
  }

  private async collect(): Promise<SourceInfo[]> {
    const out: SourceInfo[] = [];
    if (this.config().get<boolean>(Settings.includeBundledSources, true)) {
      const dir = vscode.Uri.joinPath(this.extensionUri, 'seeds');
      try {
        for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
          if (type === vscode.FileType.File && /\.(?:txt|md)$/i.test(name)) out.push({ uri: vscode.Uri.joinPath(dir, name), bundled: true });
        }
      } catch (e) {
        this.log.warn(`Bundled sources not found: ${(e as Error).message}`);
      }
    }
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of this.globs()) {
        try {
          const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/node_modules/**');
          for (const uri of found) if (/\.(?:txt|md|markdown)$/i.test(uri.path)) out.push({ uri, bundled: false });
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
    const t = this.pending.get(key);
    if (t) clearTimeout(t);
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        void this.settle(uri);
      }, SETTLE_MS),
    );
  }

  private async settle(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    let exists = false;
    try {
      exists = (await vscode.workspace.fs.stat(uri)).type === vscode.FileType.File;
    } catch {
      exists = false;
    }
    if (exists && /\.(?:txt|md|markdown)$/i.test(uri.path)) {
      await this.load(uri, false);
    } else if (this.info.has(key)) {
      this.info.delete(key);
      this.corpus.remove(key);
      this.log.info(`Removed ${this.label(uri)}.`);
    }
    this.search.sync();
    this.changed.fire();
  }

  /** Reads and parses one source; a failure is logged and leaves the rest of the index alone. */
  private async load(uri: vscode.Uri, bundled: boolean): Promise<void> {
    const key = uri.toString();
    const maxMB = Math.max(0.1, this.config().get<number>(Settings.maxSourceSizeMB, 10));
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > maxMB * 1024 * 1024) {
        this.log.warn(`${this.label(uri)}: ${(stat.size / 1048576).toFixed(1)} MB is over citedesk.maxSourceSizeMB (${maxMB} MB); skipped.`);
        if (this.info.has(key)) {
          this.info.delete(key);
          this.corpus.remove(key);
        }
        return;
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      const article = this.corpus.upsert(key, bytes);
      this.info.set(key, { uri, bundled });
      for (const w of article.warnings) this.log.warn(`${this.label(uri)}: ${w}`);
    } catch (e) {
      this.log.error(`${this.label(uri)}: could not be read (${(e as Error).message}); the other sources are still indexed.`);
      if (this.info.has(key)) {
        this.info.delete(key);
        this.corpus.remove(key);
      }
    }
  }

  isSource(uri: vscode.Uri): boolean {
    return this.info.has(uri.toString());
  }

  sourceInfo(key: string): SourceInfo | undefined {
    return this.info.get(key);
  }

  article(key: string): Article | undefined {
    return this.corpus.get(key);
  }

  /** How a source is named to the writer: its workspace path, or "bundled: file.txt". */
  label(uri: vscode.Uri): string {
    const info = this.info.get(uri.toString());
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
    this.generation++;
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
