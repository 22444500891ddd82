/**
 * Verification of open drafts, computed once per document version and source-index version and
 * shared by diagnostics, hovers, code actions and the ledger.
 */
import * as vscode from 'vscode';
import type { Corpus } from '../core/corpus/corpus';
import type { Article } from '../core/types';
import { parseDraft, verifyDraft, type Finding } from '../core/verification/verify';
import { DRAFT_LANGUAGES, SOURCE_SCHEME } from './constants';
import type { SourceIndex } from './sources';

export function isDraft(doc: vscode.TextDocument, sources: SourceIndex): boolean {
  return (DRAFT_LANGUAGES as readonly string[]).includes(doc.languageId) && !sources.isSource(doc.uri) && doc.uri.scheme !== 'output' && doc.uri.scheme !== SOURCE_SCHEME;
}

export class DraftChecker {
  /**
   * Per draft: the findings for its version against one state of the sources. That state is the
   * corpus and its version together: a full reload swaps in another corpus, whose version count
   * starts again and may equal the one a draft was last checked against.
   */
  private readonly cache = new Map<string, { version: number; source: Corpus; corpus: number; parsed: Article; findings: Finding[] | null }>();

  constructor(private readonly sources: SourceIndex) {}

  /** The draft read as an article (its quotes, attributions and names), once per version. */
  parsed(doc: vscode.TextDocument): Article {
    return this.entry(doc).parsed;
  }

  /** Findings for the document as it is now. */
  check(doc: vscode.TextDocument): Finding[] {
    const e = this.entry(doc);
    e.findings ??= verifyDraft(doc.getText(), this.sources.corpus, this.sources.search, { draftPath: doc.uri.toString(), parsed: e.parsed });
    return e.findings;
  }

  private entry(doc: vscode.TextDocument) {
    const key = doc.uri.toString();
    const source = this.sources.corpus;
    const corpus = source.version;
    let hit = this.cache.get(key);
    if (!hit || hit.version !== doc.version) {
      hit = { version: doc.version, source, corpus, parsed: parseDraft(key, doc.getText()), findings: null };
      this.cache.set(key, hit);
    } else if (hit.source !== source || hit.corpus !== corpus) {
      hit.source = source;
      hit.corpus = corpus;
      hit.findings = null;
    }
    return hit;
  }

  forget(doc: vscode.TextDocument): void {
    this.cache.delete(doc.uri.toString());
  }
}
