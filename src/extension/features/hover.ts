/** Hover cards: who a name is, what they said and where; and where a quotation in the draft comes from. */
import * as vscode from 'vscode';
import { findNameAt } from '../../core/verification/lookup';
import { DRAFT_LANGUAGES } from '../constants';
import { docRange } from '../convert';
import { isDraft, type DraftChecker } from '../drafts';
import type { SourceIndex } from '../sources';
import { appendFinding, appendPerson, newCard } from './cards';

export class CitedeskHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly sources: SourceIndex,
    private readonly drafts: DraftChecker,
  ) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (!isDraft(doc, this.sources) || token.isCancellationRequested) return undefined;
    const offset = doc.offsetAt(position);
    // Inside a quotation: where the words come from.
    const finding = this.drafts.check(doc).find((f) => f.outer.start <= offset && offset <= f.outer.end);
    if (finding && !(token.isCancellationRequested)) {
      const md = newCard();
      appendFinding(md, finding);
      return new vscode.Hover(md, docRange(doc, finding.outer.start, finding.outer.end));
    }
    // A name, in any form the sources use.
    const line = doc.lineAt(position.line);
    const found = findNameAt(line.text, position.character, this.sources.corpus, { article: this.drafts.parsed(doc), base: doc.offsetAt(line.range.start) });
    if (!found || token.isCancellationRequested) return undefined;
    const md = newCard();
    found.people.forEach((p, i) => {
      if (i) md.appendMarkdown('\n\n---\n\n');
      appendPerson(md, p, this.sources.corpus);
    });
    if (this.sources.loading) md.appendMarkdown('\n\n*Citedesk is still indexing your sources; these counts may grow.*');
    return new vscode.Hover(md, new vscode.Range(position.line, found.start, position.line, found.end));
  }
}

export function registerHover(sources: SourceIndex, drafts: DraftChecker): vscode.Disposable {
  const selector = DRAFT_LANGUAGES.map((language) => ({ language }));
  return vscode.languages.registerHoverProvider(selector, new CitedeskHoverProvider(sources, drafts));
}
