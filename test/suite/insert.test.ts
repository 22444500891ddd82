import * as assert from 'assert';
import * as vscode from 'vscode';
import { citedesk, draft } from './helpers';

async function setStyle(style: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('citedesk').update('citationStyle', style, vscode.ConfigurationTarget.Workspace);
}

describe('Insert Sourced Quote', () => {
  before(citedesk);
  afterEach(() => setStyle(undefined));

  it('inserts wording, attribution and a footnote in one undoable edit', async () => {
    const original = '# Draft\n\nThe visit drew comment.[^1]\n\n[^1]: An earlier note.\n';
    const editor = await draft('insert-footnote.md', original);
    editor.selection = new vscode.Selection(2, 23, 2, 23);
    assert.strictEqual(await vscode.commands.executeCommand('citedesk.insertQuote', { query: 'shoring up economic commercial ties' }), true);
    const text = editor.document.getText();
    assert.ok(
      text.includes('“The main issues relate to shoring up economic and commercial ties, including arms sales,” said Carl Thayer, a senior expert on Vietnam security at the Australian Defence Force Academy in Canberra.[^2]'),
      text,
    );
    assert.match(text, /\n\[\^1\]: An earlier note\.\n\[\^2\]: \*Vladimir Putin to Visit Vietnam, Sparking US Protest\*, 18 June 2024\. Citedesk bundled source 000_81c83535b6931e08\.txt, line 46\.\n$/);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original);
  });

  it('reuses the footnote for the same source and inserts at every cursor', async () => {
    const editor = await draft('insert-multi.md', 'One.\n\nTwo.\n');
    editor.selections = [new vscode.Selection(0, 4, 0, 4), new vscode.Selection(2, 4, 2, 4)];
    await vscode.commands.executeCommand('citedesk.insertQuote', { query: 'Thayer arms sales' });
    const once = editor.document.getText();
    assert.strictEqual((once.match(/\[\^1\]/g) ?? []).length, 3, once); // two markers and one definition
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('citedesk.insertQuote', { query: 'Thayer arms sales' });
    const twice = editor.document.getText();
    assert.strictEqual((twice.match(/^\[\^\d+\]:/gm) ?? []).length, 1, twice);
  });

  it('replaces a selection and cites in the parenthetical and link styles', async () => {
    await setStyle('parenthetical');
    const editor = await draft('insert-paren.md', 'Before PLACEHOLDER after.\n');
    editor.selection = new vscode.Selection(0, 7, 0, 18);
    await vscode.commands.executeCommand('citedesk.insertQuote', { query: 'Parameswaran isolated in Asia' });
    assert.match(editor.document.getText(), /^Before “Putin will hope that .* Ukraine war,” said Prashanth Parameswaran, a senior fellow at the Washington, DC-based Wilson Center \(\*Why does Russia's Putin visit Vietnam after North Korea\?\*\)\. after\.\n$/);
    await setStyle('link');
    const e2 = await draft('insert-link.md', '');
    await vscode.commands.executeCommand('citedesk.insertQuote', { query: 'Parameswaran isolated in Asia' });
    // A bundled source has nothing a draft could link to: it is cited in words.
    assert.match(e2.document.getText(), /Wilson Center \(\*Why does Russia's Putin visit Vietnam after North Korea\?\*\)\.$/);
  });

  it('writes a plain-text form in a plain-text draft', async () => {
    const editor = await draft('insert-plain.txt', 'Notes:\n');
    editor.selection = new vscode.Selection(1, 0, 1, 0);
    await vscode.commands.executeCommand('citedesk.insertQuote', { query: 'Storey balanced foreign policy favor major powers' });
    const text = editor.document.getText();
    assert.match(text, /“to demonstrate that Vietnam pursues a balanced foreign policy that does not favor any of the major powers,” said Ian Storey, senior fellow at the Singapore-based ISEAS-Yusof Ishak Institute \(Vladimir Putin to Visit Vietnam, Sparking US Protest, 18 June 2024\)\./);
    assert.doesNotMatch(text, /\*|\[\^/);
  });
});
