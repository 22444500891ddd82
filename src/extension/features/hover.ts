/** Hover cards: who a name is, what they said and where; and where a quotation in the draft comes from. */
import * as vscode from 'vscode';
import { findNameAt } from '../../core/verification/lookup';
import type { Finding } from '../../core/verification/verify';
import type { ArchiveService } from '../archive';
import { DRAFT_LANGUAGES } from '../constants';
import { docRange } from '../convert';
import { isDraft, type DraftChecker } from '../drafts';
import type { SourceIndex } from '../sources';
import { appendArchivePerson, appendFinding, appendPerson, newCard } from './cards';

const ARCHIVE_QUOTES = 5;

/** The capitalised words around `at` in a line ("Mara Quill", "President Putin"), as names the archive may know: the longest first. */
export function namesAt(text: string, at: number): { form: string; start: number; end: number }[] {
  const words = [...text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const i = words.findIndex((w) => w.start <= at && at <= w.end);
  if (i < 0) return [];
  let from = i;
  let to = i;
  while (from > 0 && text.slice(words[from - 1].end, words[from].start) === ' ') from--;
  while (to < words.length - 1 && text.slice(words[to].end, words[to + 1].start) === ' ') to++;
  const out = [{ start: words[from].start, end: words[to].end }];
  if (from !== i || to !== i) out.push(words[i]);
  return out.map((r) => ({ form: text.slice(r.start, r.end), ...r }));
}

export class CitedeskHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly sources: SourceIndex,
    private readonly drafts: DraftChecker,
    private readonly archive: ArchiveService,
  ) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!isDraft(doc, this.sources) || token.isCancellationRequested) return undefined;
    const offset = doc.offsetAt(position);
    const inQuote = (fs: Finding[]) => fs.find((f) => f.outer.start <= offset && offset <= f.outer.end);
    // Inside a quotation: where the words come from (the archive's sources too, once it has answered).
    let finding = inQuote(this.drafts.check(doc));
    if (finding && this.archive.url) {
      finding = inQuote(await this.drafts.checkAll(doc)) ?? finding;
      if (token.isCancellationRequested) return undefined;
    }
    if (finding) {
      const md = newCard();
      appendFinding(md, finding);
      return new vscode.Hover(md, docRange(doc, finding.outer.start, finding.outer.end));
    }
    // A name, in any form the sources use.
    const line = doc.lineAt(position.line);
    const found = findNameAt(line.text, position.character, this.sources.corpus, { article: this.drafts.parsed(doc), base: doc.offsetAt(line.range.start) });
    const md = newCard();
    let range: { start: number; end: number } | null = null;
    if (found) {
      found.people.forEach((p, i) => {
        if (i) md.appendMarkdown('\n\n---\n\n');
        appendPerson(md, p, this.sources.corpus);
      });
      if (this.sources.loading) md.appendMarkdown('\n\n*Citedesk is still indexing your sources; these counts may grow.*');
      range = found;
    }
    if (this.archive.url) {
      const forms = found ? [{ form: found.form, start: found.start, end: found.end }] : namesAt(line.text, position.character);
      for (const f of forms) {
        const people = await this.archive.use((a) => a.search.findPeople(f.form), []);
        if (token.isCancellationRequested) return undefined;
        if (!people.length) continue;
        for (const p of people.slice(0, 2)) {
          const quotes = await this.archive.use((a) => a.search.quotesOf(p.key, ARCHIVE_QUOTES), []);
          if (token.isCancellationRequested) return undefined;
          if (range) md.appendMarkdown('\n\n---\n\n');
          appendArchivePerson(md, p, quotes);
          range ??= f;
        }
        break;
      }
    }
    if (!range) return undefined;
    return new vscode.Hover(md, new vscode.Range(position.line, range.start, position.line, range.end));
  }
}

export function registerHover(sources: SourceIndex, drafts: DraftChecker, archive: ArchiveService): vscode.Disposable {
  const selector = DRAFT_LANGUAGES.map((language) => ({ language }));
  return vscode.languages.registerHoverProvider(selector, new CitedeskHoverProvider(sources, drafts, archive));
}
