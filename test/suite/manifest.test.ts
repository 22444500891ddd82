import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, citedesk } from './helpers';

describe('manifest and commands', () => {
  before(citedesk);

  it('registers every command the manifest contributes, each in the Citedesk category', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string; category: string }[] } };
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const c of pkg.contributes.commands) {
      assert.ok(registered.has(c.command), `${c.command} is registered`);
      assert.strictEqual(c.category, 'Citedesk');
    }
    const titles = Object.fromEntries(pkg.contributes.commands.map((c) => [c.command, (c as unknown as { title: string }).title]));
    assert.strictEqual(titles['citedesk.searchCitations'], 'Search Sources');
    assert.strictEqual(titles['citedesk.insertQuote'], 'Insert Sourced Quote');
    assert.strictEqual(titles['citedesk.openSource'], 'Open Source');
    assert.strictEqual(titles['citedesk.reindex'], 'Rebuild Source Index');
    assert.strictEqual(titles['citedesk.checkQuotes'], 'Check Quotes in Draft');
    assert.strictEqual(titles['citedesk.exportLedger'], 'Export Sourcing Ledger');
  });

  it('rebuilds the index on request', async () => {
    await vscode.commands.executeCommand('citedesk.reindex');
  });
});
