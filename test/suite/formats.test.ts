/**
 * Sources of every kind in the editor: a White House transcript, the same briefing printed to PDF,
 * captions. Hover, insert and check their quotes, and open them where the quote is: only through
 * the public API.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { at, citedesk, draft, folder, hoverText, until } from './helpers';

/** The committed fixtures (the suite runs from out/test/suite). */
const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'formats');

function citedeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Citedesk');
}

describe('transcripts, PDFs and captions as sources', function () {
  this.timeout(60_000);
  const dir = () => vscode.Uri.joinPath(folder(), 'sources', 'formats');
  const src = (name: string) => vscode.Uri.joinPath(dir(), name);

  before(async () => {
    await citedesk();
    for (const name of ['wh-remarks-2023-09-13.md', 'wh-briefing-2022-12-19.pdf', 'wh-briefing-2022-12-19.vtt']) {
      await vscode.workspace.fs.writeFile(src(name), fs.readFileSync(path.join(FIXTURES, name)));
    }
    const probe = await draft('formats-probe.md', 'Karine Jean-Pierre and Jill Biden.\n');
    await until(() => hoverText(probe.document.uri, at(probe.document, 'Jean-Pierre')), (t) => /\b2 sources\b/.test(t), 'the PDF and the captions to be indexed', 30_000);
    await until(() => hoverText(probe.document.uri, at(probe.document, 'Jill')), (t) => /Jill Biden/.test(t), 'the transcript to be indexed', 30_000);
  });

  after(async () => {
    await vscode.workspace.fs.delete(dir(), { recursive: true });
  });

  it('shows a speaker\'s turns on the hover card, each with its page or time', async () => {
    const editor = await draft('formats-hover.md', 'Karine Jean-Pierre took questions: “I’m not even going to ask why.”\n');
    const text = await hoverText(editor.document.uri, at(editor.document, 'Jean-Pierre'));
    assert.match(text, /\*\*Karine Jean-Pierre\*\* — Press Secretary/);
    assert.match(text, /“All right\. I heard a “oh, wow\.” I’m not even going to ask why\.” — \*Press Briefing by Press Secretary Karine Jean-Pierre, p\. 1\*/);
    // A reporter's question is never hers.
    assert.doesNotMatch(text, /Is there any comment that you’d like to offer/);
    // The quotation: carried by the PDF, on its page, and the captions, at their time.
    const card = await hoverText(editor.document.uri, at(editor.document, 'not even going'));
    assert.match(card, /Citedesk: Verified/);
    assert.match(card, /Press Briefing by Press Secretary Karine Jean-Pierre, p\. 1\*: “All right/);
    assert.match(card, /wh-briefing-2022-12-19, at 00:05\*: “All right/);
  });

  it('inserts a transcript\'s words with an attribution that says where they were spoken, and a PDF\'s with its page', async () => {
    const editor = await draft('formats-insert.md', 'Notes:\n\n');
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    assert.strictEqual(await vscode.commands.executeCommand('citedesk.insertQuote', { query: 'Jill Biden cancer steals time cruelest' }), true);
    assert.match(editor.document.getText(), /“Of all the things cancer steals from us, time is the cruelest — the days spent in treatment or recovering from surgery, anniversaries and holidays missed, pages of photo albums unfilled,” Jill Biden, the first lady, said in remarks\.\[\^1\]/);
    assert.match(editor.document.getText(), /\[\^1\]: White House, \*Remarks by President Biden and First Lady Jill Biden Before Cancer Cabinet Meeting\*, 13 September 2023\. \[wh-remarks-2023-09-13\.md, line \d+\]\(sources\/formats\/wh-remarks-2023-09-13\.md#L\d+\)\.\n$/);
    await vscode.workspace.getConfiguration('citedesk').update('citationStyle', 'parenthetical', vscode.ConfigurationTarget.Workspace);
    try {
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      assert.strictEqual(await vscode.commands.executeCommand('citedesk.insertQuote', { query: 'Jean-Pierre Homeland Security surging resources border Darlene' }), true);
      assert.match(editor.document.getText().split('\n')[0], /^“Here, what I can say[^”]+,” Karine Jean-Pierre, the press secretary, said at a briefing \(\*Press Briefing by Press Secretary Karine Jean-Pierre\*, p\. 2\)\. Notes:$/);
    } finally {
      await vscode.workspace.getConfiguration('citedesk').update('citationStyle', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('checks a draft against a transcript and a PDF: a fragment verified, a question or a turn given to someone else misattributed', async () => {
    const editor = await draft('formats-check.md', [
      'Jean-Pierre said the department needed “the resources that they need to do their jobs.”',
      '',
      '“I’ve participated in more than 40 engagements and visited almost a dozen states,” Jill Biden said.',
      '',
      '“Is there any comment that you’d like to offer,” Jean-Pierre asked.',
      '',
      '“Of all the things cancer steals from us, time is the cruelest,” Karine Jean-Pierre said.',
      '',
    ].join('\n'));
    const ds = await until(() => citedeskDiagnostics(editor.document.uri), (x) => x.length >= 2, 'two diagnostics');
    const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);
    assert.deepStrictEqual(ds.map((d) => [d.range.start.line, code(d)]).sort(), [[4, 'misattributed'], [6, 'misattributed']]);
    assert.match(ds.find((d) => d.range.start.line === 4)!.message, /give these words to a reporter/);
    assert.match(ds.find((d) => d.range.start.line === 6)!.message, /give these words to Jill Biden/);
  });

  it('opens a PDF as the text read from it, at the quote, and a transcript file at its line', async () => {
    const pdfKey = src('wh-briefing-2022-12-19.pdf').toString();
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('citedesk.openSource', { source: pdfKey, line: 0, character: 0 });
    assert.ok(editor);
    assert.strictEqual(editor.document.uri.scheme, 'citedesk-source');
    assert.strictEqual(editor.document.uri.path, '/wh-briefing-2022-12-19.pdf');
    assert.match(editor.document.getText(), /MS\. JEAN-PIERRE: All right\. I heard a “oh, wow\.”/);
    await until(() => editor.document.languageId, (id) => id === 'citedesk-source', 'the source view to take its language');
    // A later quote: the view opens at it, with the quote selected.
    const text = editor.document.getText();
    const offset = text.indexOf('Here, what I can say');
    const pos = editor.document.positionAt(offset);
    const again = await vscode.commands.executeCommand<vscode.TextEditor>('citedesk.openSource', { source: pdfKey, line: pos.line, character: pos.character });
    assert.strictEqual(again.document.getText(again.selection).startsWith('Here, what I can say'), true);
    // Nothing is written to a source's text view.
    assert.strictEqual(await vscode.commands.executeCommand('citedesk.insertQuote', { query: 'Jill Biden cancer steals time cruelest' }), false);
    const md = await vscode.commands.executeCommand<vscode.TextEditor>('citedesk.openSource', { source: src('wh-remarks-2023-09-13.md').toString(), line: 12, character: 0 });
    assert.strictEqual(md.document.uri.toString(), src('wh-remarks-2023-09-13.md').toString());
  });
});
