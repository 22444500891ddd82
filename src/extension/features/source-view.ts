/**
 * Sources that are no text file (a PDF, a saved page, a Word file, captions) open as the text
 * Citedesk read from them: a read-only document of its own scheme, wrapped, with each PDF page's
 * start marked, so "Open Source" can go to the quote, on its page, at its time.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { readsAsItsText } from '../../core/formats';
import type { Article } from '../../core/types';
import { SOURCE_LANGUAGE, SOURCE_SCHEME, Strings } from '../constants';
import type { SourceIndex } from '../sources';

/** The document a source opens as: the file itself when its lines are the text read, else its text view. */
export function sourceDocumentUri(sources: SourceIndex, key: string, fileUri: vscode.Uri): vscode.Uri {
  if (readsAsItsText(fileUri.path)) return fileUri;
  // The file's name as the tab's title; the index key, which the provider looks up, in the query.
  return vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `/${path.posix.basename(fileUri.path)}`, query: key });
}

class SourceTextProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly sources: SourceIndex) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.sources.article(uri.query)?.text ?? Strings.sourceViewGone;
  }

  /** Open views show the source as it is now indexed. */
  refresh(): void {
    for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === SOURCE_SCHEME) this.changed.fire(doc.uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Marks where each page of a PDF starts, in the text view. */
class PageMarks implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    before: { color: new vscode.ThemeColor('editorLineNumber.foreground'), margin: '0 0.4em 0 0', fontStyle: 'italic' },
  });

  constructor(private readonly sources: SourceIndex) {}

  show(editors: readonly vscode.TextEditor[]): void {
    for (const e of editors) {
      if (e.document.uri.scheme !== SOURCE_SCHEME) continue;
      const a: Article | undefined = this.sources.article(e.document.uri.query);
      const marks = (a?.pages ?? []).map((offset, i) => {
        const pos = e.document.positionAt(offset);
        return { range: new vscode.Range(pos, pos), renderOptions: { before: { contentText: `⟨p. ${i + 1}⟩` } } };
      });
      e.setDecorations(this.type, marks);
    }
  }

  dispose(): void {
    this.type.dispose();
  }
}

export function registerSourceView(sources: SourceIndex): vscode.Disposable {
  const provider = new SourceTextProvider(sources);
  const marks = new PageMarks(sources);
  return vscode.Disposable.from(
    provider,
    marks,
    vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, provider),
    // A source's text is never a draft, and reads wrapped.
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (doc.uri.scheme === SOURCE_SCHEME && doc.languageId !== SOURCE_LANGUAGE) {
        void vscode.languages.setTextDocumentLanguage(doc, SOURCE_LANGUAGE).then(() => marks.show(vscode.window.visibleTextEditors));
      }
    }),
    vscode.window.onDidChangeVisibleTextEditors((editors) => marks.show(editors)),
    vscode.window.onDidChangeActiveTextEditor(() => marks.show(vscode.window.visibleTextEditors)),
    sources.onDidChange(() => {
      provider.refresh();
      marks.show(vscode.window.visibleTextEditors);
    }),
  );
}
