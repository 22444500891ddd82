import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, citedesk, folder, until } from './helpers';

interface ViewItem {
  label: string;
  description: string;
  tooltip: string;
  icon: string;
  command?: { command: string; arguments: unknown[] };
  children: ViewItem[];
}

/** The committed fixtures of every format (the suite runs from out/test/suite). */
const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'formats');

/** What the Sources view shows, through the extension's API. */
function view(): ViewItem[] {
  return (vscode.extensions.getExtension<{ sourcesView(): ViewItem[] }>(EXTENSION_ID)!.exports).sourcesView();
}

const enc = (s: string) => new TextEncoder().encode(s);
const uri = (name: string) => vscode.Uri.joinPath(folder(), 'sources', name);
const row = (items: ViewItem[], label: string) => items.find((i) => i.label === label);
/** A tooltip's Markdown as the hover shows it (text from a source is escaped, spaces as &nbsp;). */
const shown = (md: string) => md.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');

describe('the Sources view', () => {
  before(citedesk);

  it('is contributed to its own place in the activity bar, and opens', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { viewsContainers: { activitybar: { id: string }[] }; views: Record<string, { id: string; name: string }[]> } };
    assert.deepStrictEqual(pkg.contributes.viewsContainers.activitybar.map((c) => c.id), ['citedesk']);
    assert.deepStrictEqual(pkg.contributes.views.citedesk.map((v) => [v.id, v.name]), [['citedesk.sources', 'Sources']]);
    await vscode.commands.executeCommand('citedesk.sources.focus');
  });

  it('lists every source with its type, speakers and quotes, and what went wrong reading one', async () => {
    const config = vscode.workspace.getConfiguration('citedesk');
    const names = ['view-pier.txt', 'view-cafe.txt', 'view-big.md'];
    try {
      // The limit first: the files are then read under it (not first under the default, then again).
      await config.update('maxSourceSizeMB', 0.1, vscode.ConfigurationTarget.Workspace);
      await citedesk();
      await vscode.workspace.fs.writeFile(uri('view-pier.txt'), enc('Pier reopens\n\n"The pier is safe again," said engineer Rhiannon Tull.\n\n"We will fish from it tomorrow," said angler Bo Carrick.\n\n"Tull checked every plank," Carrick added.\n'));
      await vscode.workspace.fs.writeFile(uri('view-cafe.txt'), new Uint8Array([...enc('Caf'), 0xe9, ...enc(' owner Ren'), 0xe9, ...enc(' Dupr'), 0xe9, ...enc(' said: '), 0x93, ...enc('It is fine'), 0x94, ...enc('.\n')]));
      await vscode.workspace.fs.writeFile(uri('view-big.md'), enc('big '.repeat(60_000)));
      const items = await until(view, (v) => !!row(v, 'view-pier.txt') && !!row(v, 'view-big.md') && !!row(v, 'view-cafe.txt'), 'the new sources in the view');

      const pier = row(items, 'view-pier.txt')!;
      assert.strictEqual(pier.description, 'text · 3 quotes · 2 speakers');
      assert.strictEqual(pier.icon, 'file-text');
      assert.deepStrictEqual(pier.children.map((c) => [c.label, c.description, c.icon]), [['Bo Carrick', '2 quotes', 'person'], ['Rhiannon Tull', '1 quote', 'person']]);
      assert.strictEqual(shown(pier.tooltip), 'sources/view-pier.txt\n\nPier reopens\n\ntext');

      const cafe = row(items, 'view-cafe.txt')!;
      assert.strictEqual(cafe.icon, 'warning');
      assert.strictEqual(cafe.description, 'text · 1 quote · 1 speaker');
      assert.deepStrictEqual(cafe.children.map((c) => [c.label, c.icon]), [['not valid UTF-8; read as Windows-1252 (Latin-1)', 'warning'], ['René Dupré', 'person']]);
      assert.match(shown(cafe.tooltip), /\n\n⚠ not valid UTF-8; read as Windows-1252 \(Latin-1\)$/);

      const big = row(items, 'view-big.md')!;
      assert.deepStrictEqual([big.description, big.icon], ['not read', 'error']);
      assert.deepStrictEqual(big.children.map((c) => c.label), ['larger than 0.1 MB (0.2 MB); skipped']);
      assert.strictEqual(shown(big.tooltip), 'sources/view-big.md\n\n⚠ larger than 0.1 MB (0.2 MB); skipped');

      // The bundled articles and the workspace's own source, each once.
      assert.strictEqual(items.filter((i) => i.tooltip.startsWith('bundled:')).length, 5);
      assert.match(row(items, 'harbour-ferry.txt')!.description, /^text · 2 quotes · 2 speakers$/);
      assert.strictEqual(new Set(items.map((i) => i.tooltip.split('\n')[0])).size, items.length);
    } finally {
      await config.update('maxSourceSizeMB', undefined, vscode.ConfigurationTarget.Workspace);
      for (const n of names) await vscode.workspace.fs.delete(uri(n)).then(undefined, () => undefined);
    }
    await until(view, (v) => !row(v, 'view-pier.txt') && !row(v, 'view-big.md'), 'the deleted sources to leave the view');
  });

  it('follows a source as it changes on disk', async () => {
    const file = uri('view-dock.txt');
    await vscode.workspace.fs.writeFile(file, enc('Dock\n\n"The dock opens in May," said harbourmaster Ines Varga.\n'));
    await until(view, (v) => row(v, 'view-dock.txt')?.description === 'text · 1 quote · 1 speaker', 'the new source');
    await vscode.workspace.fs.writeFile(file, enc('Dock\n\n"The dock opens in May," said harbourmaster Ines Varga.\n\n"Boats are booked," said clerk Tomas Lind.\n'));
    const after = await until(view, (v) => row(v, 'view-dock.txt')?.description === 'text · 2 quotes · 2 speakers', 'the changed source');
    assert.deepStrictEqual(row(after, 'view-dock.txt')!.children.map((c) => c.label), ['Ines Varga', 'Tomas Lind']);
    await vscode.workspace.fs.delete(file);
    await until(view, (v) => !row(v, 'view-dock.txt'), 'the deleted source to leave the view');
  });

  it('names each source by its kind of file and what it holds, and says why a scan was not read', async function () {
    this.timeout(60_000);
    const dir = vscode.Uri.joinPath(folder(), 'sources', 'view-kinds');
    const names = ['wh-remarks-2023-09-13.md', 'wh-briefing-2022-12-19.pdf', 'wh-briefing-2022-12-19.vtt', 'scanned.pdf'];
    try {
      for (const n of names) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, n), fs.readFileSync(path.join(FIXTURES, n)));
      const items = await until(view, (v) => names.every((n) => row(v, n)), 'the transcript, the PDF, the captions and the scan in the view', 30_000);

      const remarks = row(items, 'wh-remarks-2023-09-13.md')!;
      // The President's turns and the First Lady's.
      assert.strictEqual(remarks.description, 'transcript · 17 quotes · 2 speakers');
      assert.deepStrictEqual(remarks.children.map((c) => c.description), ['11 quotes', '6 quotes']);
      assert.match(remarks.children[0].label, /Biden$/);
      assert.strictEqual(remarks.children[1].label, 'Jill Biden');

      // A briefing printed to PDF is a transcript still: its turns, its speakers, the reporters' questions theirs.
      const pdf = row(items, 'wh-briefing-2022-12-19.pdf')!;
      assert.strictEqual(pdf.description, 'PDF transcript · 22 quotes · 3 speakers');
      assert.deepStrictEqual(pdf.children.slice(0, 2).map((c) => [c.label, c.description]), [['Karine Jean-Pierre', '16 quotes'], ['a reporter', '5 quotes']]);
      assert.match(row(items, 'wh-briefing-2022-12-19.vtt')!.description, /^captions · 14 quotes · \d speakers$/);

      const scan = row(items, 'scanned.pdf')!;
      assert.deepStrictEqual([scan.description, scan.icon], ['not read', 'error']);
      assert.deepStrictEqual(scan.children.map((c) => [c.label, c.icon]), [['no text layer: run OCR first (the PDF holds only images of its pages)', 'warning']]);

      // A speaker opens the text read from the PDF at their first turn.
      const karine = pdf.children[0];
      await vscode.commands.executeCommand(karine.command!.command, ...karine.command!.arguments);
      const editor = await until(() => vscode.window.activeTextEditor, (e) => e?.document.uri.scheme === 'citedesk-source', 'the PDF’s text to open', 10_000);
      assert.match(editor!.document.lineAt(editor!.selection.active.line).text, /^MS\. JEAN-PIERRE:/);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(dir, { recursive: true }).then(undefined, () => undefined);
    }
  });
});
