/**
 * Opening a source at a passage: the `citedesk.openSource` command (also behind the hover card's
 * links, so its arguments are checked) and Go to Definition on a name or a quotation in the draft.
 */
import * as vscode from 'vscode';
import { findNameAt } from '../../core/verification/lookup';
import type { Article } from '../../core/types';
import { archivedPath } from '../archive';
import { Commands, DRAFT_LANGUAGES, Strings } from '../constants';
import { articleRange } from '../convert';
import { isDraft, type DraftChecker } from '../drafts';
import type { SourceIndex } from '../sources';
import { sourceDocumentUri } from './source-view';

export interface OpenSourceArgs {
  source: string;
  line?: number;
  character?: number;
}

/** Accepts only a source the index knows and whole-number positions: a link in a card cannot open anything else. */
export function checkOpenArgs(raw: unknown, sources: SourceIndex): { article: Article; uri: vscode.Uri; line: number; character: number } | string {
  const a = (Array.isArray(raw) ? raw[0] : raw) as Partial<OpenSourceArgs> | undefined;
  if (!a || typeof a !== 'object' || typeof a.source !== 'string') return 'Citedesk: Open Source needs a source.';
  const article = sources.article(a.source);
  const info = sources.sourceInfo(a.source);
  if (!article || !info) return Strings.sourceGone;
  const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 10_000_000 ? v : 0);
  // A PDF, a page, a Word file or captions: the text read from it, where the quote's line is.
  return { article, uri: sourceDocumentUri(sources, a.source, info.uri), line: int(a.line), character: int(a.character) };
}

/** An archived article: its read-only document from the archive, at the position given. */
async function openArchived(raw: unknown): Promise<vscode.TextEditor | undefined> {
  const a = (Array.isArray(raw) ? raw[0] : raw) as Partial<OpenSourceArgs>;
  const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 10_000_000 ? v : 0);
  const pos = new vscode.Position(int(a.line), int(a.character));
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(a.source!), { selection: new vscode.Range(pos, pos), preview: true });
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
  return editor;
}

export async function openSource(sources: SourceIndex, raw: unknown): Promise<vscode.TextEditor | undefined> {
  const given = (Array.isArray(raw) ? raw[0] : raw) as Partial<OpenSourceArgs> | undefined;
  if (given && typeof given === 'object' && typeof given.source === 'string' && archivedPath(given.source) !== null) return openArchived(given);
  const checked = checkOpenArgs(raw, sources);
  if (typeof checked === 'string') {
    void vscode.window.showWarningMessage(checked);
    return undefined;
  }
  const pos = new vscode.Position(checked.line, checked.character);
  // The whole quotation at that place is selected, so the writer sees exactly which words.
  const a = checked.article;
  const at = a.offsetAt({ line: checked.line, character: checked.character });
  const q = a.quotes.find((x) => x.parts[0].start <= at && at <= x.parts[x.parts.length - 1].end);
  const range = q ? articleRange(a, q.parts[0].start, q.parts[q.parts.length - 1].end) : new vscode.Range(pos, pos);
  const editor = await vscode.window.showTextDocument(checked.uri, { selection: range, preview: true });
  // Selected from its end back to its start: the cursor rests on the quote's first word.
  editor.selection = new vscode.Selection(range.end, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
  // Citedesk never writes a source. It does not mark the editor read-only for the session either:
  // that command acts on whichever editor the workbench holds active, and opened from the Sources
  // view (focus in the tree) that could be the writer's draft, left without quick fixes.
  return editor;
}

class SourceDefinitionProvider implements vscode.DefinitionProvider {
  constructor(
    private readonly sources: SourceIndex,
    private readonly drafts: DraftChecker,
  ) {}

  provideDefinition(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Location[] | undefined {
    if (!isDraft(doc, this.sources)) return undefined;
    const offset = doc.offsetAt(position);
    const finding = this.drafts.check(doc).find((f) => f.outer.start <= offset && offset <= f.outer.end);
    const locations: vscode.Location[] = [];
    if (finding) {
      for (const m of finding.corroboration.length ? finding.corroboration : finding.source ? [finding.source] : []) {
        const info = this.sources.sourceInfo(m.path);
        const a = this.sources.article(m.path);
        const q = a?.quotes.find((x) => x.id === m.quoteId);
        if (info && a && q) locations.push(new vscode.Location(sourceDocumentUri(this.sources, m.path, info.uri), articleRange(a, q.parts[0].start, q.parts[q.parts.length - 1].end)));
      }
      return locations.length ? locations : undefined;
    }
    if (token.isCancellationRequested) return undefined;
    const line = doc.lineAt(position.line);
    const found = findNameAt(line.text, position.character, this.sources.corpus, { article: this.drafts.parsed(doc), base: doc.offsetAt(line.range.start) });
    if (!found) return undefined;
    for (const p of found.people) {
      // Their quotes; for someone never quoted, where each source names them.
      for (const id of p.quotes) {
        const path = id.slice(0, id.lastIndexOf('#'));
        const a = this.sources.article(path);
        const q = a?.quotes.find((x) => x.id === id);
        const info = this.sources.sourceInfo(path);
        if (a && q && info) locations.push(new vscode.Location(sourceDocumentUri(this.sources, path, info.uri), articleRange(a, q.parts[0].start, q.parts[q.parts.length - 1].end)));
      }
      if (!p.quotes.length) {
        for (const path of p.articles) {
          const a = this.sources.article(path);
          const info = this.sources.sourceInfo(path);
          const m = a?.mentions.find((x) => this.sources.corpus.personAt(a, x.person) === p);
          if (a && m && info) locations.push(new vscode.Location(sourceDocumentUri(this.sources, path, info.uri), articleRange(a, m.span.start, m.span.end)));
        }
      }
    }
    return locations.length ? locations : undefined;
  }
}

export function registerOpenSource(sources: SourceIndex, drafts: DraftChecker): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.openSource, (...args: unknown[]) => openSource(sources, args.length > 1 ? args : args[0])),
    vscode.languages.registerDefinitionProvider(DRAFT_LANGUAGES.map((language) => ({ language })), new SourceDefinitionProvider(sources, drafts)),
  );
}
