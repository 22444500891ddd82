import * as assert from 'assert';
import * as vscode from 'vscode';
import { at, citedesk, folder, hoverText, open, until } from './helpers';

const enc = (s: string) => new TextEncoder().encode(s);

describe('sources and the file watcher', () => {
  let draftUri: vscode.Uri;
  before(async () => {
    await citedesk();
    const editor = await open('draft.md');
    draftUri = editor.document.uri;
  });

  it('indexes the workspace sources folder next to the bundled seeds', async () => {
    const text = await hoverText(draftUri, at((await open('draft.md')).document, 'Thayer said', 2));
    assert.match(text, /\*\*Margaret Thayer\*\*/);
    assert.match(text, /Council leader/i);
  });

  it('picks up a new source, a change, a temp-file rename and a delete', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Yolanda Brixton and Zeb Quarrie spoke.' }));
    const doc = editor.document;
    const src = vscode.Uri.joinPath(folder(), 'sources', 'new-story.txt');
    await vscode.workspace.fs.writeFile(src, enc('New story\n\n"Bridges matter," said engineer Yolanda Brixton.'));
    await until(() => hoverText(doc.uri, at(doc, 'Brixton')), (t) => /Yolanda Brixton/.test(t), 'the new source to be indexed');
    // An editor that writes a temporary file and renames it over the original.
    const tmp = vscode.Uri.joinPath(folder(), 'sources', 'new-story.txt.tmp~');
    await vscode.workspace.fs.writeFile(tmp, enc('New story\n\n"Tunnels matter more," said engineer Zeb Quarrie.'));
    await vscode.workspace.fs.rename(tmp, src, { overwrite: true });
    await until(() => hoverText(doc.uri, at(doc, 'Quarrie')), (t) => /Zeb Quarrie/.test(t), 'the renamed-over source to be re-read');
    assert.doesNotMatch(await hoverText(doc.uri, at(doc, 'Brixton')), /Yolanda Brixton/);
    await vscode.workspace.fs.delete(src);
    await until(() => hoverText(doc.uri, at(doc, 'Quarrie')), (t) => t === '', 'the deleted source to leave the index');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('never treats the draft as a source', async () => {
    await open('draft.md');
    const res = await vscode.commands.executeCommand<{ status: string }[]>('citedesk.checkQuotes');
    assert.ok(Array.isArray(res));
    assert.ok(res.every((f) => f.status !== undefined));
    // The draft's own quote is checked against the sources, not found in itself.
    assert.strictEqual(res.find((f) => /east side a ferry/.test(JSON.stringify(f)))?.status, 'verified');
  });

  it('goes to the source of a name and of a quotation', async () => {
    const doc = (await open('visit.md')).document;
    const forName = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', doc.uri, at(doc, 'Thayer added'));
    // "Thayer" could be Margaret Thayer of the ferry story; the draft says Carl Thayer.
    assert.strictEqual(forName.length, 2);
    assert.ok(forName.every((l) => /seeds\/00[03]_/.test(l.uri.path)));
    const forQuote = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', doc.uri, at(doc, 'main issues relate', 4));
    assert.ok(forQuote.length >= 1);
    assert.match(forQuote[0].uri.path, /000_81c83535b6931e08\.txt$/);
    assert.strictEqual(forQuote[0].range.start.line, 45);
  });

  it('opens a source only through checked arguments', async () => {
    await vscode.commands.executeCommand('citedesk.openSource', { source: 'file:///etc/passwd', line: 0 });
    assert.ok(!vscode.window.activeTextEditor || !/passwd/.test(vscode.window.activeTextEditor.document.uri.path));
    const seeds = vscode.Uri.joinPath(vscode.extensions.getExtension('citedesk.citedesk')!.extensionUri, 'seeds', '002_7bf4c8803009745d.txt');
    await vscode.commands.executeCommand('citedesk.openSource', { source: seeds.toString(), line: 14, character: 1 });
    const ed = vscode.window.activeTextEditor!;
    assert.strictEqual(ed.document.uri.toString(), seeds.toString());
    assert.strictEqual(ed.selection.active.line, 14);
  });
});
