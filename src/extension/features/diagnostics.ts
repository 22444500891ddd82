/**
 * Verification in the Problems panel: one diagnostic per quotation that needs the writer's
 * attention (severity per verdict, configurable), updated as the writer types (debounced), each
 * naming its source; quick fixes put in the source's words or the right name.
 */
import * as vscode from 'vscode';
import { locatorText } from '../../core/verification/cite';
import { citeCopy, quoteCopy, type Credit } from '../../core/verification/credit';
import { NEEDS_ATTENTION, summarise } from '../../core/verification/summary';
import type { Finding, Verdict } from '../../core/verification/verify';
import { archivedPath, type ArchiveService } from '../archive';
import { Commands, DRAFT_LANGUAGES, Settings, Strings } from '../constants';
import { docRange } from '../convert';
import { isDraft, type DraftChecker } from '../drafts';
import type { SourceIndex } from '../sources';
import { sourceDocumentUri } from './source-view';
import { citationStyle, sourceRefAt } from './insert';

const DEBOUNCE_MS = 300;
export const DIAGNOSTIC_SOURCE = 'Citedesk';

type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'none';

const DEFAULT_SEVERITY: Record<Verdict, SeverityName> = {
  verified: 'none',
  elided: 'none',
  term: 'none',
  variant: 'information',
  misquote: 'error',
  misattributed: 'error',
  unsourced: 'warning',
  'speaker-unchecked': 'information',
  uncredited: 'information',
};

function severity(v: Verdict, doc: vscode.TextDocument): vscode.DiagnosticSeverity | null {
  const cfg = vscode.workspace.getConfiguration(Settings.section, doc.uri).get<Record<string, string>>('severity', {});
  const name = (cfg[v] ?? DEFAULT_SEVERITY[v]) as SeverityName;
  switch (name) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
    default:
      return null;
  }
}

export function toDiagnostics(doc: vscode.TextDocument, findings: Finding[], sources: SourceIndex): vscode.Diagnostic[] {
  const out: vscode.Diagnostic[] = [];
  for (const f of findings) {
    const sev = severity(f.status, doc);
    if (sev === null) continue;
    const d = new vscode.Diagnostic(docRange(doc, f.outer.start, f.outer.end), f.message, sev);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = f.source
      ? { value: f.status, target: vscode.Uri.parse(`command:${Commands.openSource}?${encodeURIComponent(JSON.stringify([{ source: f.source.path, line: f.source.line, character: f.source.character }]))}`) }
      : f.status;
    if (f.source) {
      const info = sources.sourceInfo(f.source.path);
      const a = sources.article(f.source.path);
      const q = a?.quotes.find((x) => x.id === f.source!.quoteId);
      const said = `${f.source.speaker ? f.source.speaker + ' in ' : ''}“${f.source.title}”${f.source.locator ? `, ${locatorText(f.source.locator)}` : ''}`;
      if (info && a && q) {
        const range = new vscode.Range(a.positionAt(q.parts[0].start).line, a.positionAt(q.parts[0].start).character, a.positionAt(q.parts[q.parts.length - 1].end).line, a.positionAt(q.parts[q.parts.length - 1].end).character);
        // A PDF, a page, a Word file, captions: the text read from it, where the quote is.
        d.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(sourceDocumentUri(sources, f.source.path, info.uri), range), `Source: ${said}`)];
      } else if (archivedPath(f.source.path) !== null) {
        const at = new vscode.Position(f.source.line, f.source.character);
        d.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(f.source.path), at), `Source (${Strings.archiveMark}): ${said}`)];
      }
    }
    out.push(d);
  }
  return out;
}

class QuoteFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly sources: SourceIndex,
    private readonly drafts: DraftChecker,
  ) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (!isDraft(doc, this.sources)) return [];
    const out: vscode.CodeAction[] = [];
    for (const f of this.drafts.check(doc)) {
      const outer = docRange(doc, f.outer.start, f.outer.end);
      if (!outer.intersection(range) && !outer.contains(range)) continue;
      const diagnostics = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE && d.range.isEqual(outer));
      const fixes: Credit[] = f.fix ? [{ title: f.fix.title, edits: [f.fix] }] : this.credits(doc, f);
      fixes.forEach((fix, i) => {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        for (const e of fix.edits) action.edit.replace(doc.uri, docRange(doc, e.start, e.end), e.text);
        action.isPreferred = i === 0;
        action.diagnostics = diagnostics;
        out.push(action);
      });
    }
    return out;
  }

  /** For words copied without credit: quote and attribute them, or cite the source after them. */
  private credits(doc: vscode.TextDocument, f: Finding): Credit[] {
    if (f.status !== 'uncredited' || !f.source) return [];
    const text = doc.getText();
    const ref = sourceRefAt(this.sources, f.source, f.source.line, doc.uri);
    return [quoteCopy(text, f), citeCopy(text, f, ref, citationStyle(doc), doc.languageId === 'markdown')].filter((c): c is Credit => c !== null);
  }
}

export function registerDiagnostics(sources: SourceIndex, drafts: DraftChecker, archive: ArchiveService): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('citedesk');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const publish = (doc: vscode.TextDocument) => {
    if (doc.isClosed || !isDraft(doc, sources)) {
      collection.delete(doc.uri);
      return;
    }
    // Before the first index every quotation would read as unsourced: the end of indexing publishes.
    if (!sources.indexed) return;
    collection.set(doc.uri, toDiagnostics(doc, drafts.check(doc), sources));
    // The archive's answer, when one is configured, replaces them as soon as it comes.
    const version = doc.version;
    void drafts.checkAll(doc).then((findings) => {
      if (!doc.isClosed && doc.version === version && isDraft(doc, sources)) collection.set(doc.uri, toDiagnostics(doc, findings, sources));
    });
  };
  const later = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      publish(doc);
    }, DEBOUNCE_MS));
  };
  const all = () => vscode.workspace.textDocuments.forEach((d) => isDraft(d, sources) && later(d));
  all();
  return vscode.Disposable.from(
    collection,
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
    vscode.workspace.onDidOpenTextDocument(later),
    vscode.workspace.onDidChangeTextDocument((e) => later(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      collection.delete(d.uri);
      drafts.forget(d);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(Settings.section) && all()),
    sources.onDidChange(() => !sources.loading && all()),
    // Connected, unreachable, reconfigured: every open draft is checked again with what can be reached.
    archive.onDidChange(all),
    vscode.languages.registerCodeActionsProvider(DRAFT_LANGUAGES.map((language) => ({ language })), new QuoteFixes(sources, drafts), { providedCodeActionKinds: QuoteFixes.kinds }),
    vscode.commands.registerCommand(Commands.checkQuotes, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !isDraft(editor.document, sources)) {
        void vscode.window.showInformationMessage('Citedesk: open a Markdown or plain-text draft to check its quotes.');
        return [];
      }
      await sources.ready;
      const findings = await drafts.checkAll(editor.document);
      publish(editor.document);
      const summary = `Citedesk: ${summarise(findings)}`;
      const bad = findings.filter((f) => NEEDS_ATTENTION.has(f.status));
      if (bad.length) {
        void vscode.window.showWarningMessage(summary, 'Show Problems').then((a) => a && vscode.commands.executeCommand('workbench.actions.view.problems'));
      } else void vscode.window.showInformationMessage(summary);
      return findings.map((f) => ({ text: f.text, status: f.status, speaker: f.speaker, line: f.line, source: f.source?.path ?? null }));
    }),
  );
}
