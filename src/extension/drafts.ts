/**
 * Verification of open drafts, computed once per document version and source-index version and
 * shared by diagnostics, hovers, code actions and the ledger. With an archive configured, the
 * draft is checked against the local sources at once and against both as soon as the archive has
 * answered; until then (or when it cannot be reached) the local findings stand.
 */
import * as vscode from 'vscode';
import { parseArticle } from '../core/reading/article';
import type { Article } from '../core/types';
import { combinedQuotes, localQuotes } from '../core/verification/quote-source';
import { verifyAgainst, verifyDraft, type Finding } from '../core/verification/verify';
import type { ArchiveService } from './archive';
import { DRAFT_LANGUAGES } from './constants';
import type { SourceIndex } from './sources';

export function isDraft(doc: vscode.TextDocument, sources: SourceIndex): boolean {
  return (DRAFT_LANGUAGES as readonly string[]).includes(doc.languageId) && !sources.isSource(doc.uri) && doc.uri.scheme !== 'output';
}

interface Entry {
  version: number;
  corpus: number;
  archive: number;
  text: string;
  parsed: Article;
  findings: Finding[] | null;
  /** With the archive's candidates too: once it has answered for this version. */
  withArchive: Promise<Finding[]> | null;
  archived: Finding[] | null;
}

export class DraftChecker {
  private readonly cache = new Map<string, Entry>();
  private readonly updated = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when a draft's findings grew the archive's part. */
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly sources: SourceIndex,
    private readonly archive?: ArchiveService,
  ) {}

  /** The draft read as an article (its quotes, attributions and names), once per version. */
  parsed(doc: vscode.TextDocument): Article {
    return this.entry(doc).parsed;
  }

  /** Findings for the document as it is now: with the archive's once it has answered, else the local sources'. */
  check(doc: vscode.TextDocument): Finding[] {
    const e = this.entry(doc);
    if (e.archived) return e.archived;
    e.findings ??= verifyDraft(e.text, this.sources.corpus, this.sources.search, { draftPath: doc.uri.toString(), parsed: e.parsed });
    return e.findings;
  }

  /** Findings against the local sources and the archive (the local ones alone without an archive, or when it cannot be reached). */
  checkAll(doc: vscode.TextDocument): Promise<Finding[]> {
    const e = this.entry(doc);
    if (!this.archive?.url) return Promise.resolve(this.check(doc));
    e.withArchive ??= (async () => {
      const archived = await this.archive!.quotesFor(e.parsed);
      if (!archived) return this.check(doc);
      const local = localQuotes(this.sources.corpus, this.sources.search);
      this.sources.search.sync();
      const findings = verifyAgainst(e.text, combinedQuotes(local, archived), { draftPath: doc.uri.toString(), parsed: e.parsed });
      if (this.cache.get(doc.uri.toString()) === e) {
        e.archived = findings;
        this.updated.fire(doc);
      }
      return findings;
    })();
    return e.withArchive;
  }

  private entry(doc: vscode.TextDocument): Entry {
    const key = doc.uri.toString();
    const corpus = this.sources.corpus.version;
    const archive = this.archive?.generation ?? 0;
    let hit = this.cache.get(key);
    if (!hit || hit.version !== doc.version) {
      const text = doc.getText();
      hit = { version: doc.version, corpus, archive, text, parsed: parseArticle(key, text, { draft: true }), findings: null, withArchive: null, archived: null };
      this.cache.set(key, hit);
    } else if (hit.corpus !== corpus || hit.archive !== archive) {
      hit = { ...hit, corpus, archive, findings: null, withArchive: null, archived: null };
      this.cache.set(key, hit);
    }
    return hit;
  }

  forget(doc: vscode.TextDocument): void {
    this.cache.delete(doc.uri.toString());
  }

  dispose(): void {
    this.updated.dispose();
  }
}
