// The shared archive in the editor, against the real PostgreSQL the harness started
// (test/harness/run-suite.ts pushes test/fixtures/archive into it; no workspace folder holds those
// sources). Through the public API only: settings, commands, diagnostics, hovers.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { at, citedesk, draft, hoverText, until } from './helpers';

const URL_ENV = 'CITEDESK_TEST_ARCHIVE_URL';

function diagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Citedesk');
}

async function setArchive(url: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('citedesk').update('archive.url', url, vscode.ConfigurationTarget.Global);
}

describe('the shared archive (PostgreSQL)', function () {
  this.timeout(60_000);
  const url = process.env[URL_ENV];
  const password = process.env.CITEDESK_TEST_ARCHIVE_PASSWORD;
  before(async () => {
    assert.ok(url && password, `${URL_ENV} is not set: the harness starts PostgreSQL for this suite`);
    await citedesk();
    await setArchive(url);
    assert.strictEqual(await vscode.commands.executeCommand('citedesk.setArchivePassword', password), true);
  });
  after(async () => {
    await vscode.commands.executeCommand('citedesk.clearArchivePassword');
    await setArchive(undefined);
  });

  it('checks the draft against the archive too, and marks where the source is', async () => {
    const editor = await draft('archive-misquote.md', 'Reopening day.\n\n“Every shelf is back where it belongs, and the children’s room is larger than before,” said head librarian Priya Ramanathan.\n');
    // The local sources answer first (nothing holds these words); the archive's answer then replaces it.
    const [d] = await until(() => diagnostics(editor.document.uri), (ds) => ds.length === 1 && /^Differs/.test(ds[0].message), 'the misquote from the archive', 30_000);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.match(d.message, /^Differs from the source: “larger” for “bigger”\. Priya Ramanathan in “Library Reopens After Flood Repairs”, 2 April 2025/);
    assert.strictEqual(d.relatedInformation?.[0].location.uri.scheme, 'citedesk-archive');
    assert.match(d.relatedInformation![0].message, /^Source \(archive\): Priya Ramanathan/);
    const card = await hoverText(editor.document.uri, at(editor.document, 'Every shelf'));
    assert.match(card, /Misquote/);
    assert.match(card, /Library Reopens After Flood Repairs, 2 April 2025\* \(archive\): “Every shelf is back where it belongs/);
  });

  it('shows who someone in the archive is, and opens the archived article read-only', async () => {
    const editor = await draft('archive-people.md', 'Ramanathan ran the library through the flood.\n');
    const card = await hoverText(editor.document.uri, at(editor.document, 'Ramanathan ran'));
    assert.match(card, /\*\*Priya Ramanathan\*\* — head librarian/);
    assert.match(card, /archive: 1 source · 2 quotes/);
    const link = /\[Open source\]\(command:citedesk\.openSource\?([^)]+)\)/.exec(card);
    assert.ok(link, card);
    const [args] = JSON.parse(decodeURIComponent(link[1]));
    await vscode.commands.executeCommand('citedesk.openSource', args);
    const opened = vscode.window.activeTextEditor!.document;
    assert.strictEqual(opened.uri.scheme, 'citedesk-archive');
    assert.match(opened.getText(), /Every shelf is back where it belongs/);
  });

  it('inserts a quote only the archive has, cited in words', async () => {
    const editor = await draft('archive-insert.md', 'Ferries.\n');
    editor.selection = new vscode.Selection(0, 9, 0, 9);
    assert.strictEqual(await vscode.commands.executeCommand('citedesk.insertQuote', { query: 'fewer crossings in the drak months' }), true);
    const text = editor.document.getText();
    assert.match(text, /“Fewer crossings in the dark months is the price of keeping the service at all,” said Tomasz Wilk, harbour master\.\[\^1\]/);
    assert.match(text, /\[\^1\]: \*Winter Ferry Timetable Cut\*, 14 November 2024\. Citedesk archive test\/fixtures\/archive\/ferry-timetable\.txt, line 7\.\n$/);
  });

  it('keeps the password out of settings', () => {
    const all = JSON.stringify(vscode.workspace.getConfiguration('citedesk'));
    assert.ok(!all.includes(password!), 'no setting holds the password');
    assert.strictEqual(vscode.workspace.getConfiguration('citedesk').inspect('archive.url')?.globalValue, url);
  });

  it('goes on with the local sources when the archive cannot be reached', async () => {
    await setArchive(url!.replace(/:\d+\//, ':1/'));
    const editor = await draft('archive-down.md', '“The main issues relate to shoring up economic and trade ties, including arms sales,” said Carl Thayer.\n');
    const [d] = await until(() => diagnostics(editor.document.uri), (ds) => ds.length > 0, 'the local misquote', 30_000);
    assert.match(d.message, /“trade” for “commercial”/);
    // And the archive's sources are not there now.
    const other = await draft('archive-down-2.md', '“Every shelf is back where it belongs, and the children’s room is larger than before,” said Priya Ramanathan.\n');
    const [u] = await until(() => diagnostics(other.document.uri), (ds) => ds.length > 0, 'unsourced without the archive', 30_000);
    assert.match(u.message, /No source contains these words/);
  });
});
