import * as assert from 'assert';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';

const EXTENSION_ID = 'citedesk.citedesk';

function citedesk(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  return extension;
}

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('activation', () => {
  it('loads the extension under test', () => {
    const packageJson = citedesk().packageJSON as { name: string; publisher: string; main: string };
    assert.deepStrictEqual([packageJson.publisher, packageJson.name], ['citedesk', 'citedesk']);
    assert.strictEqual(packageJson.main, './dist/extension.js');
  });

  it('opens the fixture workspace', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1, 'exactly one workspace folder');
    const draft = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folders[0].uri, 'draft.md'));
    assert.strictEqual(draft.type, vscode.FileType.File);
    const sources = await vscode.workspace.findFiles('sources/*.txt');
    assert.ok(sources.length >= 1, 'sources/ holds at least one article');
  });

  it('activates when a Markdown draft is opened', async () => {
    const [folder] = vscode.workspace.workspaceFolders ?? [];
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'draft.md'));
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'markdown');
    // activationEvents (onLanguage:markdown) must do it; calling activate() here would hide a broken manifest.
    await until(() => citedesk().isActive, `${EXTENSION_ID} to activate`);
  });
});
