import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import * as zlib from 'zlib';
import { zip } from '../../scripts/fixtures/zip';
import { encryptedPdf } from '../unit/formats/pdf-files';
import { at, citedesk, draft, folder, hoverText, until } from './helpers';

/** The committed fixtures (the suite runs from out/test/suite). */
const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'formats');

const enc = (s: string) => new TextEncoder().encode(s);

/** The raw hover Markdown (not unescaped), and whether VS Code was told to trust any command in it. */
async function rawHovers(uri: vscode.Uri, pos: vscode.Position): Promise<vscode.MarkdownString[]> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)) ?? [];
  return hovers.flatMap((h) => h.contents.filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c));
}

describe('hostile sources and awkward editors', () => {
  before(citedesk);

  it('shows source text as text: no live link, markup or image from a source', async () => {
    const src = vscode.Uri.joinPath(folder(), 'sources', 'hostile.md');
    await vscode.workspace.fs.writeFile(
      src,
      enc('Hostile page\n\n"Run [click](command:workbench.action.terminal.new) and <img src=x onerror=alert(1)> and ![pic](https://example.com/p.png) $(alert) <b>now</b>," said Mallory Quinlan-Vexx.\n'),
    );
    const editor = await draft('hostile-draft.md', 'Mallory Quinlan-Vexx wrote to us.\n');
    const doc = editor.document;
    const cards = await until(() => rawHovers(doc.uri, at(doc, 'Quinlan')), (h) => h.some((m) => /Mallory/.test(m.value)), 'the hostile source to be indexed');
    for (const md of cards) {
      // The only command links are Citedesk's own, and only those are enabled.
      const links = [...md.value.matchAll(/\]\((command:[^)?]+)/g)].map((m) => m[1]);
      assert.ok(links.every((l) => l === 'command:citedesk.openSource' || l === 'command:citedesk.searchCitations'), links.join(', '));
      const trusted = md.isTrusted;
      if (typeof trusted === 'object') assert.deepStrictEqual([...(trusted.enabledCommands ?? [])].sort(), ['citedesk.openSource', 'citedesk.searchCitations']);
      else assert.notStrictEqual(trusted, true);
      assert.strictEqual(md.supportHtml ?? false, false);
      // The source's markup arrives escaped: no unescaped [, ], (, <, ! left from it.
      assert.doesNotMatch(md.value, /(?<!\\)\[click(?<!\\)\]/);
      assert.doesNotMatch(md.value, /<img|<b>/);
      assert.doesNotMatch(md.value, /(?<!\\)!(?<!\\)\[pic/);
    }
    await vscode.workspace.fs.delete(src);
  });

  it('indexes a folder of broken files without losing the good ones', async function () {
    this.timeout(90_000);
    const dir = vscode.Uri.joinPath(folder(), 'sources', 'broken');
    const w = (name: string, data: string | Uint8Array) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, name), typeof data === 'string' ? enc(data) : data);
    let seed = 3;
    const rnd = new Uint8Array(1 << 20).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    await w('empty.txt', '');
    await w('random.txt', rnd);
    await w('unbalanced.txt', 'He said ' + '“open '.repeat(20000));
    await w('nested.txt', '“'.repeat(5000) + 'deep' + '”'.repeat(5000));
    await w('oneline.md', ('word '.repeat(10) + '"quoted bit" ').repeat(17000));
    await w('huge.txt', 'x '.repeat(6 << 20));
    await w('latin1.txt', new Uint8Array([...'Owner Ren'].map((c) => c.charCodeAt(0)).concat([0xe9], [...' Dupr'].map((c) => c.charCodeAt(0)), [0xe9, 0x20], [...'said: '].map((c) => c.charCodeAt(0)), [0x93], [...'It is fine'].map((c) => c.charCodeAt(0)), [0x94, 0x2e])));
    await w('crlf.txt', '\ufeffHeadline\r\n\r\n"Hello there," said Alan Quenby-Jones.\r\n');
    await w('good.txt', 'Good headline\n\n"Bananas are berries," said botanist Annwen Leafdale.\n');
    await vscode.commands.executeCommand('citedesk.reindex');
    const editor = await draft('broken-draft.md', 'Annwen Leafdale and René Dupré and Alan Quenby-Jones.\n');
    const doc = editor.document;
    const text = async (word: string) => ((await rawHovers(doc.uri, at(doc, word))).map((m) => m.value).join('')).replace(/\\(.)/g, '$1');
    assert.match(await text('Leafdale'), /Bananas are berries/);
    assert.match(await text('Dupr'), /It is fine/);
    assert.match(await text('Quenby'), /Hello there/);
    await vscode.workspace.fs.delete(dir, { recursive: true });
  });

  it('indexes a folder of broken PDFs, Word files, pages and captions without losing the good ones', async function () {
    this.timeout(90_000);
    const dir = vscode.Uri.joinPath(folder(), 'sources', 'broken-formats');
    const w = (name: string, data: Uint8Array | string) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, name), typeof data === 'string' ? enc(data) : data);
    const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
    const size = 100 * 1024 * 1024;
    await w('encrypted.pdf', encryptedPdf());
    await w('damaged.pdf', fixture('seed-000.pdf').subarray(0, 4000));
    await w('scanned.pdf', fixture('scanned.pdf'));
    await w('bomb.docx', zip([{ name: 'word/document.xml', data: new Uint8Array(0), packed: { bytes: zlib.deflateRawSync(Buffer.alloc(size, 0x20), { level: 1 }), size, crc: 0 }, claimedSize: 100 }]));
    await w('links.html', '<html><body><nav>' + Array.from({ length: 30 }, (_, i) => `<a href="/${i}">Story ${i}</a>`).join(' ') + '</nav></body></html>');
    await w('broken.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ottilie Marchbanks>The tide mill turns again.\n\n00:00:0x.000 --> 00:00:09.000\n<v Ottilie Marchbanks>It grinds flour on Saturdays.\n');
    await w('briefing.pdf', fixture('wh-briefing-2022-12-19.pdf'));
    await w('briefing.docx', fixture('wh-briefing-2022-12-19.docx'));
    await vscode.commands.executeCommand('citedesk.reindex');
    const editor = await draft('broken-formats-draft.md', 'Karine Jean-Pierre said: “I’m not even going to ask why.” Ottilie Marchbanks.\n');
    const doc = editor.document;
    await until(() => hoverText(doc.uri, at(doc, 'Jean-Pierre')), (t) => /\b2 sources\b/.test(t), 'the good PDF and Word file to be indexed', 30_000);
    const card = await hoverText(doc.uri, at(doc, 'not even going'));
    assert.match(card, /Carried by 2 sources/);
    assert.match(card, /Press Briefing by Press Secretary Karine Jean-Pierre, p\. 1\*: “All right/);
    // Captions with a broken time keep every word.
    assert.match(await hoverText(doc.uri, at(doc, 'Marchbanks')), /The tide mill turns again\. It grinds flour on Saturdays\./);
    await vscode.workspace.fs.delete(dir, { recursive: true });
  });

  it('refuses to insert into a read-only document, leaving it as it was', async () => {
    // A read-only file system, as a remote archive or a version-control view would be.
    const files = new Map<string, Uint8Array>([['/draft.md', enc('A read-only draft.\n')]]);
    const provider: vscode.FileSystemProvider = {
      onDidChangeFile: new vscode.EventEmitter<vscode.FileChangeEvent[]>().event,
      watch: () => new vscode.Disposable(() => undefined),
      stat: (uri) => ({ type: vscode.FileType.File, ctime: 0, mtime: 0, size: files.get(uri.path)?.length ?? 0 }),
      readDirectory: () => [],
      createDirectory: () => undefined,
      readFile: (uri) => files.get(uri.path) ?? new Uint8Array(),
      writeFile: () => {
        throw vscode.FileSystemError.NoPermissions('read-only');
      },
      delete: () => undefined,
      rename: () => undefined,
    };
    const reg = vscode.workspace.registerFileSystemProvider('citedesk-ro', provider, { isReadonly: true });
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.parse('citedesk-ro:/draft.md')));
      const before = editor.document.getText();
      assert.strictEqual(await vscode.commands.executeCommand('citedesk.insertQuote', { query: 'Thayer arms sales' }), false);
      assert.strictEqual(editor.document.getText(), before);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      reg.dispose();
    }
    // Sources are never written: a source is not a draft, so nothing is inserted into it.
    const seeds = vscode.Uri.joinPath(vscode.extensions.getExtension('citedesk.citedesk')!.extensionUri, 'seeds', '003_f33a22070c099903.txt');
    await vscode.commands.executeCommand('citedesk.openSource', { source: seeds.toString(), line: 0, character: 0 });
    const seedEditor = vscode.window.activeTextEditor!;
    const seedText = seedEditor.document.getText();
    assert.strictEqual(await vscode.commands.executeCommand('citedesk.insertQuote', { query: 'Thayer arms sales' }), false);
    assert.strictEqual(seedEditor.document.getText(), seedText);
  });

  it('keeps a consistent index when sources change and vanish during a rebuild', async () => {
    const dir = vscode.Uri.joinPath(folder(), 'sources', 'churn');
    const names = Array.from({ length: 40 }, (_, i) => `churn-${String(i).padStart(2, '0')}.txt`);
    // Forty people who cannot be mistaken for one another.
    const who = (i: number) => `Olwen ${['Abery', 'Brisco', 'Caddow', 'Dunmore', 'Egerton', 'Fairlie', 'Gowrie', 'Hesketh'][i % 8]}${['ham', 'field', 'stone', 'worth', 'combe'][Math.floor(i / 8)]}`;
    for (const [i, n] of names.entries()) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, n), enc(`Story ${i}\n\n"Ferry number ${i} sails at dawn," said harbourmaster ${who(i)}.\n`));
    const rebuild = vscode.commands.executeCommand('citedesk.reindex');
    // While it runs: delete every other file, rewrite the rest.
    for (const [i, n] of names.entries()) {
      const uri = vscode.Uri.joinPath(dir, n);
      if (i % 2) await vscode.workspace.fs.delete(uri);
      else await vscode.workspace.fs.writeFile(uri, enc(`Story ${i}\n\n"Ferry number ${i} is cancelled," said harbourmaster ${who(i)}.\n`));
    }
    await rebuild;
    const editor = await draft('churn-draft.md', names.map((_, i) => who(i)).join('\n') + '\n');
    for (let i = 0; i < names.length; i += 7) {
      const hover = async () => {
        const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(i, 8))) ?? [];
        return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('').replace(/\\(.)/g, '$1');
      };
      if (i % 2) await until(hover, (t) => t === '', `${who(i)} (deleted) to leave the index`);
      else await until(hover, (t) => new RegExp(`Ferry number ${i} is cancelled`).test(t) && !/sails at dawn/.test(t), `${who(i)} to show only the rewritten quote`);
    }
    await vscode.workspace.fs.delete(dir, { recursive: true });
  });
});
