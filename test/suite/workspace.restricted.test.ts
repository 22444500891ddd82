import * as assert from 'assert';
import * as vscode from 'vscode';
import { at, citedesk, hoverText, until } from './helpers';

describe('an untrusted, multi-root workspace', () => {
  before(citedesk);

  it('runs in Restricted Mode with both folders open', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
    assert.deepStrictEqual((vscode.workspace.workspaceFolders ?? []).map((f) => f.name), ['workspace', 'second']);
  });

  it('indexes the sources of every folder and the bundled seeds', async () => {
    const [first, second] = vscode.workspace.workspaceFolders!;
    const notes = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(second.uri, 'notes.md'));
    assert.match(await hoverText(notes.uri, at(notes, 'Ramanathan')), /Priya Ramanathan/);
    const draft = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(first.uri, 'visit.md'));
    assert.match(await hoverText(draft.uri, at(draft, 'Thayer added')), /Carl Thayer/);
    assert.match(await hoverText(draft.uri, at(draft, 'Trọng invited')), /Nguyen Phu Trong/);
  });

  it('checks and inserts quotes there too', async () => {
    const [, second] = vscode.workspace.workspaceFolders!;
    const uri = vscode.Uri.joinPath(second.uri, 'draft.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Opening day.\n'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    editor.selection = new vscode.Selection(0, 12, 0, 12);
    assert.strictEqual(await vscode.commands.executeCommand('citedesk.insertQuote', { query: 'every shelf is back' }), true);
    assert.match(editor.document.getText(), /“Every shelf is back where it belongs,” said Priya Ramanathan, head librarian\.\[\^1\]/);
    // The footnote links to the source in the draft's own folder.
    assert.match(editor.document.getText(), /\(sources\/library-reopens\.txt#L5\)/);
    await until(() => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Citedesk'), (d) => d.length === 0, 'no problems for a verified quote');
  });
});
