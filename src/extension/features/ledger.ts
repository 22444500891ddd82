/** "Export Sourcing Ledger": every quote in the draft with its verdict and source, as a new document. */
import * as vscode from 'vscode';
import { ledgerRows, renderLedger, type LedgerFormat } from '../../core/verification/ledger';
import { archivedPath } from '../archive';
import { Commands, Strings } from '../constants';
import { isDraft, type DraftChecker } from '../drafts';
import type { SourceIndex } from '../sources';

const FORMATS: (vscode.QuickPickItem & { format: LedgerFormat; language: string })[] = [
  { label: 'Markdown table', description: 'to read and sign off', format: 'md', language: 'markdown' },
  { label: 'CSV', description: 'for a spreadsheet', format: 'csv', language: 'plaintext' },
  { label: 'JSON', description: 'for other tools', format: 'json', language: 'json' },
];

export function registerLedger(sources: SourceIndex, drafts: DraftChecker): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.exportLedger, async (format?: unknown) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isDraft(editor.document, sources)) {
      void vscode.window.showInformationMessage('Citedesk: open a Markdown or plain-text draft to export its sourcing ledger.');
      return undefined;
    }
    const doc = editor.document;
    const chosen = FORMATS.find((f) => f.format === format) ?? (await vscode.window.showQuickPick(FORMATS, { title: 'Citedesk: Export Sourcing Ledger', placeHolder: 'Format' }));
    if (!chosen) return undefined;
    await sources.ready;
    const rows = ledgerRows(await drafts.checkAll(doc), (p) => {
      const info = sources.sourceInfo(p);
      const archived = archivedPath(p);
      return info ? sources.label(info.uri) : archived !== null ? `${Strings.archiveMark}: ${archived}` : p;
    });
    const name = vscode.workspace.asRelativePath(doc.uri);
    const ledger = await vscode.workspace.openTextDocument({ language: chosen.language, content: renderLedger(rows, chosen.format, `Sourcing ledger: ${name}`) });
    await vscode.window.showTextDocument(ledger, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    return ledger.uri.toString();
  });
}
