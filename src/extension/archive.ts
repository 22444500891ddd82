/**
 * The newsroom's shared archive, when `citedesk.archive.url` names one. The PostgreSQL client is a
 * separate bundle (dist/archive.js) loaded on first use, never at activation; the connection is
 * made then too, read-only, with the password kept in VS Code's secret storage. When the archive
 * cannot be reached the status bar says so, the local sources go on working, and it is tried again
 * a little later.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import type * as ArchiveClient from '../archive/client';
import type { Article } from '../core/types';
import type { QuoteSource, SourceCandidate } from '../core/verification/quote-source';
import { ARCHIVE_SCHEME, Settings, Strings } from './constants';

export type Archive = ArchiveClient.Archive;
export type ArchiveHit = ArchiveClient.ArchiveHit;
export type ArchivePerson = ArchiveClient.ArchivePerson;

export type ArchiveState =
  | { kind: 'off' }
  | { kind: 'idle' }
  | { kind: 'connecting' }
  | { kind: 'connected'; articles: number; where: string }
  | { kind: 'unreachable'; message: string };

/** After a failure, how long before the archive is tried again. */
const RETRY_MS = 30_000;

/** The editor's name for an archived article: a read-only document of its own scheme. */
export function archiveUri(stored: string): string {
  return vscode.Uri.from({ scheme: ARCHIVE_SCHEME, path: '/' + stored }).toString();
}

/** The archive's own path of an article the editor names by `archiveUri`, or null for any other source. */
export function archivedPath(source: string): string | null {
  if (!source.startsWith(ARCHIVE_SCHEME + ':')) return null;
  return vscode.Uri.parse(source).path.slice(1);
}

export class ArchiveService implements vscode.Disposable {
  private current: ArchiveState = { kind: 'off' };
  private archive: Archive | null = null;
  private opening: Promise<Archive | null> | null = null;
  private failedAt = 0;
  /** Changes whenever what the archive answers may have changed (reconnected, reconfigured). */
  generation = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly log: vscode.LogOutputChannel,
    /** Where dist/archive.js is. */
    private readonly distDir: string,
  ) {
    this.current = this.url ? { kind: 'idle' } : { kind: 'off' };
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${Settings.section}.${Settings.archiveUrl}`) && void this.reset()),
      secrets.onDidChange((e) => e.key.startsWith(SECRET_PREFIX) && void this.reset()),
    );
  }

  /** The configured URL (no password in it, by our advice), or undefined. */
  get url(): string | undefined {
    const v = vscode.workspace.getConfiguration(Settings.section).get<string>(Settings.archiveUrl, '');
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
  }

  get state(): ArchiveState {
    return this.current;
  }

  private setState(s: ArchiveState): void {
    this.current = s;
    this.changed.fire();
  }

  /** The archive, connected on first use; null when none is configured or it cannot be reached now. Never throws. */
  async get(): Promise<Archive | null> {
    const url = this.url;
    if (!url) return null;
    if (this.archive) return this.archive;
    if (this.failedAt && Date.now() - this.failedAt < RETRY_MS) return null;
    this.opening ??= this.open(url).finally(() => (this.opening = null));
    return this.opening;
  }

  private async open(url: string): Promise<Archive | null> {
    // Drafts checked while it was unreachable are checked again once it answers.
    const wasDown = this.failedAt !== 0;
    this.setState({ kind: 'connecting' });
    try {
      const client = load(this.distDir);
      if (/^[^:]+:\/\/[^/@]*:[^/@]*@/.test(url)) this.log.warn('citedesk.archive.url holds a password: keep it in secret storage instead ("Citedesk: Set Archive Password") and take it out of the setting.');
      const password = await this.secrets.get(secretKey(url));
      const archive = await client.openArchive(url, { password: password ?? undefined, connectTimeoutMs: 5000, applicationName: 'citedesk-editor' });
      if (this.url !== url) {
        await archive.close();
        return null;
      }
      const size = await archive.search.size();
      this.archive = archive;
      this.failedAt = 0;
      if (wasDown) this.generation++;
      const where = client.redact(url);
      this.log.info(`Archive: ${size.articles} articles, ${size.quotes} quotes in ${where}.`);
      this.setState({ kind: 'connected', articles: size.articles, where });
      return archive;
    } catch (e) {
      this.failed(e);
      return null;
    }
  }

  private failed(e: unknown): void {
    const message = (e as Error)?.message ?? String(e);
    this.failedAt = Date.now();
    const had = this.archive;
    this.archive = null;
    void had?.close().catch(() => undefined);
    this.generation++;
    this.log.warn(`Archive unreachable: ${message}. Local sources are still used; it is tried again in ${RETRY_MS / 1000} s.`);
    this.setState({ kind: 'unreachable', message });
  }

  /** Runs `fn` against the archive; when it cannot be reached or fails, `fallback` (and the status bar says so). */
  async use<T>(fn: (a: Archive) => Promise<T>, fallback: T): Promise<T> {
    const a = await this.get();
    if (!a) return fallback;
    try {
      return await fn(a);
    } catch (e) {
      this.failed(e);
      return fallback;
    }
  }

  /** Candidate quotes from the archive for a draft, fetched now; articles named by their archive URIs. Null without an archive. */
  async quotesFor(draft: Article): Promise<QuoteSource | null> {
    return this.use(async (a) => renamed(await load(this.distDir).archiveQuotes(a.search, draft)), null);
  }

  async setPassword(given?: unknown): Promise<boolean> {
    const url = this.url;
    if (!url) {
      void vscode.window.showInformationMessage(Strings.noArchive);
      return false;
    }
    const password =
      typeof given === 'string' ? given : await vscode.window.showInputBox({ title: Strings.passwordTitle, prompt: `Password for ${redactUrl(url)}`, password: true, ignoreFocusOut: true });
    if (password === undefined) return false;
    await this.secrets.store(secretKey(url), password);
    await this.reset();
    return true;
  }

  async clearPassword(): Promise<void> {
    const url = this.url;
    if (url) await this.secrets.delete(secretKey(url));
    await this.reset();
  }

  /** Forgets the connection: the next use connects again with the current settings. */
  async reset(): Promise<void> {
    const had = this.archive;
    this.archive = null;
    this.failedAt = 0;
    this.generation++;
    this.setState(this.url ? { kind: 'idle' } : { kind: 'off' });
    await had?.close().catch(() => undefined);
  }

  dispose(): void {
    void this.archive?.close().catch(() => undefined);
    this.archive = null;
    for (const d of this.disposables) d.dispose();
  }
}

const SECRET_PREFIX = 'citedesk.archive.password:';

/** One password per archive (its URL without any password in it). */
function secretKey(url: string): string {
  return SECRET_PREFIX + redactUrl(url);
}

function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]*):[^@/]*@/, '$1@');
}

let loaded: typeof ArchiveClient | null = null;

/** The archive client bundle, loaded the first time the archive is used. */
function load(distDir: string): typeof ArchiveClient {
  // A path known only at run time, through Node's own loader: pg never enters dist/extension.js.
  loaded ??= module.require(path.join(distDir, 'archive.js')) as typeof ArchiveClient;
  return loaded;
}

/** The archive's candidates with their articles named by archive URIs, so that links and hovers know them apart. */
function renamed(q: QuoteSource): QuoteSource {
  return {
    ...q,
    candidates: (text, draftPath) => q.candidates(text, draftPath).map((c): SourceCandidate => ({ article: { ...c.article, path: archiveUri(c.article.path) }, quote: c.quote })),
  };
}
