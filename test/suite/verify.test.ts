import * as assert from 'assert';
import * as vscode from 'vscode';
import { at, citedesk, draft, hoverText, until } from './helpers';

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
  it('flags an ellipsis that cuts a negation, names the cut, and its quick fix restores the words', async () => {
    const editor = await draft('verify-elision.md', '“Western attempts to isolate Russia are … working,” said Carl Thayer.\n');
    const [d] = await until(() => citedeskDiagnostics(editor.document.uri), (ds) => ds.length > 0, 'a diagnostic');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(typeof d.code === 'object' ? d.code.value : d.code, 'misquote');
    assert.match(d.message, /^The ellipsis removes “not” \(a negation\), which changes the meaning\. Carl Thayer in “President Putin Arrives In Vietnam For State Visit”/);
    const hover = await hoverText(editor.document.uri, at(editor.document, 'Western'));
    assert.match(hover, /Citedesk: Misquote/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, d.range);
    const fix = actions.find((a) => a.title === 'Replace with the source’s words');
    assert.ok(fix?.edit, JSON.stringify(actions.map((a) => a.title)));
    await vscode.workspace.applyEdit(fix.edit);
    assert.match(editor.document.getText(), /isolate Russia are not working/);
    await until(() => citedeskDiagnostics(editor.document.uri), (ds) => ds.length === 0, 'the diagnostic to clear');
  });

  it('notes prose copied without credit at information level, in the hover and the ledger, with two quick fixes', async () => {
    const copy = 'The Russian president has not visited North Korea since the year 2000, and his jet landed on Wednesday.';
    const editor = await draft('verify-uncredited.md', `# Putin in Hanoi\n\n${copy}\n`);
    const [d] = await until(() => citedeskDiagnostics(editor.document.uri), (ds) => ds.length > 0, 'a diagnostic');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(typeof d.code === 'object' ? d.code.value : d.code, 'uncredited');
    assert.strictEqual(d.message, 'Copied from “Vladimir Putin to Visit Vietnam, Sparking US Protest” (18 June 2024) without quotation marks or credit: 12 words in a row are the source’s.');
    assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.range.end.character], [2, 0, 'The Russian president has not visited North Korea since the year 2000'.length]);
    const hover = await hoverText(editor.document.uri, at(editor.document, 'North Korea'));
    assert.match(hover, /Citedesk: Copied without credit/);
    assert.match(hover, /Vladimir Putin to Visit Vietnam/);

    const uri = await vscode.commands.executeCommand<string>('citedesk.exportLedger', 'md');
    const ledger = vscode.workspace.textDocuments.find((x) => x.uri.toString() === uri);
    assert.match(ledger?.getText() ?? '', /\| 1 \| The Russian president has not visited North Korea since the year 2000 \| uncredited \|/);
    await vscode.window.showTextDocument(editor.document);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, d.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Quote the copied words and credit the source'), JSON.stringify(titles));
    const cite = actions.find((a) => a.title === 'Cite “Vladimir Putin to Visit Vietnam, Sparking US Protest” after the copied words');
    assert.ok(cite?.edit, JSON.stringify(titles));
    await vscode.workspace.applyEdit(cite.edit);
    assert.match(editor.document.getText(), /since the year 2000\[\^1\], and his jet/);
    assert.match(editor.document.getText(), /\n\[\^1\]: \*Vladimir Putin to Visit Vietnam, Sparking US Protest\*, 18 June 2024\. Citedesk bundled source 000_81c83535b6931e08\.txt, line 14\.\n$/);
    await until(() => citedeskDiagnostics(editor.document.uri), (ds) => ds.length === 0, 'the note to clear once the source is cited');
  });

  it('lets the writer set how loud an unchecked speaker and a copy are (citedesk.severity)', async () => {
    const config = vscode.workspace.getConfiguration('citedesk');
    const text = 'Opposition figure Ian Storey went first: “The main issues relate to shoring up economic and commercial ties, including arms sales.”\n\nThe Russian president has not visited North Korea since the year 2000, and his jet landed on Wednesday.\n';
    const editor = await draft('verify-severity.md', text);
    const ds = await until(() => citedeskDiagnostics(editor.document.uri), (x) => x.length === 2, 'two notes');
    const code = (x: vscode.Diagnostic) => (typeof x.code === 'object' ? x.code.value : x.code);
    assert.deepStrictEqual(ds.map((x) => [code(x), x.severity]), [['speaker-unchecked', vscode.DiagnosticSeverity.Information], ['uncredited', vscode.DiagnosticSeverity.Information]]);
    try {
      await config.update('severity', { 'speaker-unchecked': 'warning', uncredited: 'none' }, vscode.ConfigurationTarget.Workspace);
      const after = await until(() => citedeskDiagnostics(editor.document.uri), (x) => x.length === 1 && x[0].severity === vscode.DiagnosticSeverity.Warning, 'the new severities');
      assert.strictEqual(code(after[0]), 'speaker-unchecked');
      assert.match(after[0].message, /whose they are in the draft was not read/);
    } finally {
      await config.update('severity', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
