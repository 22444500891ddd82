/**
 * Inserting a sourced quote: the exact wording, the attribution and a citation, at every cursor,
 * as ONE edit (one undo step). Footnote definitions go at the very end of the draft, numbered after
 * the existing ones; nothing the writer wrote is moved or removed.
 */
import * as vscode from 'vscode';
import { readsAsItsText } from '../../core/formats';
import { STATEMENT_CUE, isSpokenWords } from '../../core/reading/turns';
import { buildInsertion, citationLine, footnoteAppend, type CitationStyle, type QuoteToInsert, type SourceRef } from '../../core/verification/cite';
import { occasionOf } from '../../core/verification/occasion';
import type { Article, Locator, Quote } from '../../core/types';
import { Settings, Strings } from '../constants';
import type { SourceIndex } from '../sources';

export interface QuoteRef {
  article: Article;
  quote: Quote;
}

/** The quote a search hit or pick item refers to. */
export function findQuote(sources: SourceIndex, id: string): QuoteRef | undefined {
  const path = id.slice(0, id.lastIndexOf('#'));
  const article = sources.article(path);
  const quote = article?.quotes.find((q) => q.id === id);
  return article && quote ? { article, quote } : undefined;
}

export function quoteToInsert(sources: SourceIndex, r: QuoteRef): QuoteToInsert {
  const person = sources.corpus.personOf(r.quote, r.article);
  return {
    text: r.quote.text,
    speaker: r.quote.kind === 'speech' ? sources.corpus.speakerOf(r.quote, r.article) : null,
    role: r.quote.role ?? person?.roles[0] ?? null,
    // A transcript's turn or a statement: words given as someone's, at an event the source may name.
    ...(isSpokenWords(r.quote) ? { occasion: r.quote.cue === STATEMENT_CUE ? 'in a statement' : occasionOf(r.article.title, r.article.outlet) } : {}),
  };
}

export function sourceRef(sources: SourceIndex, r: QuoteRef, from: vscode.Uri | null): SourceRef {
  return sourceRefAt(sources, r.article, r.quote.line, from, r.quote.locator);
}

/** How a draft at `from` cites line `line` (or page or time `locator`) of a source (null `from`: by its label, for the clipboard). */
export function sourceRefAt(sources: SourceIndex, a: Pick<Article, 'path' | 'title' | 'outlet' | 'published'>, line: number, from: vscode.Uri | null, locator: Locator = null): SourceRef {
  const info = sources.sourceInfo(a.path);
  const uri = info?.uri ?? vscode.Uri.parse(a.path);
  return {
    // A bundled source lives inside the extension: no link a draft could keep.
    target: info?.bundled ? null : from ? sources.linkFrom(from, uri) : sources.label(uri),
    file: uri.path.replace(/^.*\//, ''),
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    line,
    locator,
    lineAnchors: readsAsItsText(uri.path),
  };
}

export function citationStyle(doc: vscode.TextDocument): CitationStyle {
  const v = vscode.workspace.getConfiguration(Settings.section, doc.uri).get<string>(Settings.citationStyle, 'auto');
  if (v === 'footnote' || v === 'link' || v === 'parenthetical') return v;
  return doc.languageId === 'markdown' ? 'footnote' : 'parenthetical';
}

/** Inserts a quote from the local sources into `editor`. Returns false (with a message to the writer) when it could not. */
export function insertSourcedQuote(editor: vscode.TextEditor, sources: SourceIndex, r: QuoteRef): Promise<boolean> {
  return insertQuote(editor, quoteToInsert(sources, r), (doc) => sourceRef(sources, r, doc));
}

/** A quote from the archive, cited in words: the writer has no file of it a draft could link to. */
export function archiveSourceRef(hit: { path: string; title: string | null; outlet: string | null; published: string | null; line: number }): SourceRef {
  return { target: null, keptIn: Strings.archiveCitation, file: hit.path, title: hit.title ?? hit.path, outlet: hit.outlet, published: hit.published, line: hit.line };
}

/** Inserts `quote`, cited as `ref` gives it for the draft, at every cursor as one edit. */
export async function insertQuote(editor: vscode.TextEditor, quote: QuoteToInsert, ref: (draft: vscode.Uri) => SourceRef): Promise<boolean> {
  const doc = editor.document;
  if (doc.isClosed) {
    void vscode.window.showErrorMessage(Strings.editorClosed);
    return false;
  }
  if (doc.languageId !== 'markdown' && doc.languageId !== 'plaintext') {
    void vscode.window.showWarningMessage(Strings.notDraft);
    return false;
  }
  if (vscode.workspace.fs.isWritableFileSystem(doc.uri.scheme) === false) {
    void vscode.window.showErrorMessage(Strings.readOnly);
    return false;
  }
  const markdown = doc.languageId === 'markdown';
  // Computed from the document as it is now, not as it was when the pick opened.
  const text = doc.getText();
  const ins = buildInsertion(quote, ref(doc.uri), citationStyle(doc), markdown, text);
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  const selections = [...editor.selections];
  let ok = false;
  try {
    ok = await editor.edit(
      (b) => {
        let footnoteDone = !ins.footnote;
        for (const sel of selections) {
          // A space between the quote and the words around it, where the writer left none.
          const before = sel.start.character > 0 ? doc.lineAt(sel.start.line).text[sel.start.character - 1] : '';
          const after = doc.lineAt(sel.end.line).text[sel.end.character] ?? '';
          const piece = (before && !/\s|[(\[{\u2014-]/.test(before) ? ' ' : '') + ins.text + (after && /[\p{L}\p{N}]/u.test(after) ? ' ' : '');
          // A cursor at the very end takes the footnote with its own text, so their order is certain.
          if (!footnoteDone && sel.end.isEqual(end)) {
            const upTo = text.slice(0, doc.offsetAt(sel.start)) + piece;
            b.replace(sel, piece + footnoteAppend(upTo, ins.footnote!));
            footnoteDone = true;
          } else b.replace(sel, piece);
        }
        if (!footnoteDone) b.insert(end, footnoteAppend(text, ins.footnote!));
      },
      { undoStopBefore: true, undoStopAfter: true },
    );
  } catch (e) {
    void vscode.window.showErrorMessage(`${Strings.editFailed} (${(e as Error).message})`);
    return false;
  }
  if (!ok) {
    void vscode.window.showErrorMessage(Strings.readOnly);
    return false;
  }
  return true;
}

export async function copyCitation(sources: SourceIndex, r: QuoteRef): Promise<void> {
  await vscode.env.clipboard.writeText(citationLine(quoteToInsert(sources, r), sourceRef(sources, r, null)));
  void vscode.window.setStatusBarMessage(Strings.copied, 2500);
}
