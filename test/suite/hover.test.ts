import * as assert from 'assert';
import * as vscode from 'vscode';
import { at, citedesk, hoverText, open } from './helpers';

describe('hover cards', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    await citedesk();
    doc = (await open('visit.md')).document;
  });

  it('shows who a surname is, their quotes and a link to the source', async () => {
    const text = await hoverText(doc.uri, at(doc, 'Thayer added'));
    assert.match(text, /\*\*Carl Thayer\*\*/);
    assert.match(text, /senior expert on Vietnam security/);
    assert.match(text, /2 sources · 2 quotes/);
    assert.match(text, /shoring up economic and commercial ties/);
    assert.match(text, /\[Open source\]\(command:citedesk\.openSource\?/);
  });

  it('knows a name in any spelling the sources use (Trọng, full name, Le Thu)', async () => {
    assert.match(await hoverText(doc.uri, at(doc, 'Trọng invited')), /\*\*Nguyen Phu Trong\*\*/);
    assert.match(await hoverText(doc.uri, at(doc, 'Nguyen Phu Trong', 8)), /\*\*Nguyen Phu Trong\*\*/);
    const leThu = await hoverText(doc.uri, at(doc, 'Le Thu has'));
    assert.match(leThu, /\*\*Huong Le Thu\*\*/);
    assert.doesNotMatch(leThu, /Le Thu Hong/);
  });

  it('says nothing over an ordinary word', async () => {
    assert.strictEqual(await hoverText(doc.uri, at(doc, 'arrived in')), '');
  });

  it('shows where a quotation in the draft comes from', async () => {
    const text = await hoverText(doc.uri, at(doc, 'main issues relate', 3));
    assert.match(text, /Verified/);
    assert.match(text, /Vladimir Putin to Visit Vietnam, Sparking US Protest/);
    assert.match(text, /command:citedesk\.openSource/);
  });

  it('shows every outlet carrying a statement, wire copy as one origin', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: 'A spokesperson said: “No country should give Putin a platform to promote his war of aggression and otherwise allow him to normalize his atrocities.”' }));
    const text = await hoverText(editor.document.uri, at(editor.document, 'No country', 4));
    assert.match(text, /Carried by 4 sources/);
    assert.match(text, /Reuters \(one origin, reported by 2 outlets\)/);
    assert.match(text, /no country should provide Putin with an opportunity/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
