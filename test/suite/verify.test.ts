import * as assert from 'assert';
import * as vscode from 'vscode';
import { citedesk, draft, until } from './helpers';

function citedeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Citedesk');
}

describe('quote verification in the editor', () => {
  before(citedesk);

  it('reports a misquote and its quick fix puts in the source\'s words', async () => {
    const editor = await draft('verify-misquote.md', '“The main issues relate to shoring up economic and trade ties, including arms sales,” said Carl Thayer.\n');
    const [d] = await until(() => citedeskDiagnostics(editor.document.uri), (ds) => ds.length > 0, 'a diagnostic');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.match(d.message, /^Differs from the source: “trade” for “commercial”\. Carl Thayer in “Vladimir Putin to Visit Vietnam, Sparking US Protest”, 18 June 2024: “The main issues/);
    assert.match(d.message, /\[-commercial-\]\{\+trade\+\}/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, d.range);
    const fix = actions.find((a) => /source’s words/.test(a.title));
    assert.ok(fix?.edit, 'a quick fix');
    await vscode.workspace.applyEdit(fix.edit);
    assert.match(editor.document.getText(), /economic and commercial ties, including arms sales,” said Carl Thayer/);
    await until(() => citedeskDiagnostics(editor.document.uri), (ds) => ds.length === 0, 'the diagnostic to clear');
  });

  it('reports a misattribution through a pronoun and fixes the name', async () => {
    const editor = await draft('verify-misattributed.md', 'Ian Storey spoke first.\n\n“The main issues relate to shoring up economic and commercial ties, including arms sales,” he said.\n');
    const [d] = await until(() => citedeskDiagnostics(editor.document.uri), (ds) => ds.length > 0, 'a diagnostic');
    assert.match(d.message, /^The draft attributes this to Ian Storey, but the sources give these words to Carl Thayer: “Vladimir Putin to Visit Vietnam, Sparking US Protest”, 18 June 2024\.$/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, d.range);
    const fix = actions.find((a) => /Attribute to Carl Thayer/.test(a.title));
    assert.ok(fix?.edit);
    await vscode.workspace.applyEdit(fix.edit);
    assert.match(editor.document.getText(), /arms sales,” Carl Thayer said\./);
  });

  it('warns on unsourced words and keeps quiet about verified ones and terms', async () => {
    const editor = await draft('verify-mixed.md', 'Vietnam calls it “bamboo diplomacy.”\n\n“We will win this war by Christmas,” said Putin.\n\n“They were once on the same side of history,” said Huong Le Thu.\n');
    const ds = await until(() => citedeskDiagnostics(editor.document.uri), (x) => x.length > 0, 'diagnostics');
    assert.strictEqual(ds.length, 1);
    assert.strictEqual(ds[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.match(ds[0].message, /No source contains these words/);
    assert.strictEqual(ds[0].range.start.line, 2);
  });

  it('updates as the writer types', async () => {
    const editor = await draft('verify-typing.md', '“They were once on the same side of history,” said Huong Le Thu.\n');
    await new Promise((r) => setTimeout(r, 800));
    assert.strictEqual(citedeskDiagnostics(editor.document.uri).length, 0);
    await editor.edit((b) => b.replace(new vscode.Range(0, 6, 0, 10), 'are'));
    await until(() => citedeskDiagnostics(editor.document.uri), (ds) => ds.length === 1, 'a misquote after typing');
  });

  it('exports the sourcing ledger', async () => {
    await draft('verify-ledger.md', '“They were once on the same side of history,” said Huong Le Thu.\n\n“Made up words here,” said Carl Thayer.\n');
    const uri = await vscode.commands.executeCommand<string>('citedesk.exportLedger', 'md');
    const ledger = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    assert.ok(ledger);
    assert.match(ledger.getText(), /\| 1 \| They were once on the same side of history, \| verified \| Huong Le Thu \|/);
    assert.match(ledger.getText(), /\| 2 \| Made up words here, \| unsourced \|/);
  });
});
