/**
 * Hover card content. Everything that comes from a source is added with `appendText`, which
 * escapes Markdown, so a source can never inject a link, markup or an image; the only live links
 * are our own `command:` links, allowed one by one through `isTrusted.enabledCommands`.
 */
import * as vscode from 'vscode';
import { formatDate, locatorText } from '../../core/verification/cite';
import type { Corpus } from '../../core/corpus/corpus';
import type { Finding, SourceMatch } from '../../core/verification/verify';
import type { Article, Locator, Person, Quote } from '../../core/types';
import { archivedPath, archiveUri, type ArchiveHit, type ArchivePerson } from '../archive';
import { Commands, Strings } from '../constants';

const MAX_QUOTES = 5;

/**
 * Source text as Markdown that renders as exactly that text: every character Markdown or HTML
 * could read as syntax is escaped (appendText would do this too, but turns spaces into
 * non-breaking ones, so long quotes would not wrap).
 */
export function esc(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&:$]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '\\' + c));
}

export function newCard(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = { enabledCommands: [Commands.openSource, Commands.searchCitations] };
  md.supportHtml = false;
  md.supportThemeIcons = false;
  return md;
}

/** The `command:` link that opens a source at a position. Arguments are checked by the command. */
export function openLink(path: string, line: number, character: number): string {
  const args = encodeURIComponent(JSON.stringify([{ source: path, line, character }]));
  return `command:${Commands.openSource}?${args}`;
}

function searchLink(query: string): string {
  return `command:${Commands.searchCitations}?${encodeURIComponent(JSON.stringify([{ query }]))}`;
}

export function shorten(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= n ? t : t.slice(0, n - 1).replace(/\s+\S*$/, '') + '…';
}

/** "Reuters, 18 June 2024" or the headline when the outlet is not known; "…, p. 2" or "…, at 12:31" where the quote has a place. */
export function sourceLine(a: Pick<Article, 'outlet' | 'title' | 'published'>, locator?: Locator): string {
  const date = formatDate(a.published);
  return [a.outlet ?? a.title, date, locatorText(locator ?? undefined)].filter(Boolean).join(', ');
}

function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The card for one person: name, roles, counts, quotes with where they come from. */
/** Who: the name, roles, the counts given, and other spellings. */
function appendWho(md: vscode.MarkdownString, p: Person, counts: string): void {
  md.appendMarkdown('**');
  md.appendMarkdown(esc(p.name));
  md.appendMarkdown('**');
  if (p.roles.length) {
    md.appendMarkdown(' — ');
    md.appendMarkdown(esc(p.roles.slice(0, 2).join('; ')));
  }
  md.appendMarkdown('\n\n');
  md.appendMarkdown(esc(counts));
  const other = p.aliases.filter((a) => a !== p.name).slice(0, 6);
  if (other.length) {
    md.appendMarkdown(' · also written ');
    md.appendMarkdown(esc(other.join(', ')));
  }
  md.appendMarkdown('\n\n');
}

export function appendPerson(md: vscode.MarkdownString, p: Person, corpus: Corpus): void {
  appendWho(md, p, `${plural(p.articles.length, 'source')} · ${plural(p.quotes.length, 'quote')}`);
  const quotes: { q: Quote; a: Article }[] = [];
  for (const id of p.quotes) {
    const path = id.slice(0, id.lastIndexOf('#'));
    const a = corpus.get(path);
    const q = a?.quotes.find((x) => x.id === id);
    if (a && q) quotes.push({ q, a });
  }
  for (const { q, a } of quotes.slice(0, MAX_QUOTES)) {
    md.appendMarkdown('- “');
    md.appendMarkdown(esc(shorten(q.text, 140)));
    md.appendMarkdown('” — *');
    md.appendMarkdown(esc(sourceLine(a, q.locator)));
    md.appendMarkdown(`* [Open source](${openLink(a.path, q.line, q.character)})\n`);
  }
  if (quotes.length > MAX_QUOTES) {
    md.appendMarkdown(`\n[All ${quotes.length} quotes…](${searchLink(p.name)})\n`);
  }
  if (!quotes.length) {
    md.appendMarkdown('Named in: ');
    const arts = p.articles.map((path) => corpus.get(path)).filter((a): a is Article => !!a).slice(0, MAX_QUOTES);
    arts.forEach((a, i) => {
      const m = a.mentions.find((x) => corpus.personAt(a, x.person) === p);
      const pos = m ? a.positionAt(m.span.start) : { line: 0, character: 0 };
      if (i) md.appendMarkdown(' · ');
      md.appendMarkdown('[');
      md.appendMarkdown(esc(shorten(a.title, 60)));
      md.appendMarkdown(`](${openLink(a.path, pos.line, pos.character)})`);
    });
    md.appendMarkdown('\n');
  }
}

const VERDICT_TITLES: Record<Finding['status'], string> = {
  verified: 'Verified',
  elided: 'Elided, faithfully',
  variant: 'Another outlet’s wording',
  misquote: 'Misquote',
  misattributed: 'Misattributed',
  unsourced: 'Not found in the sources',
  term: 'Term',
  'speaker-unchecked': 'Words verified; speaker not checked',
  uncredited: 'Copied without credit',
};

/** The card for a person the archive knows: who, counts across the archive, and a few of their quotes. */
export function appendArchivePerson(md: vscode.MarkdownString, p: ArchivePerson, quotes: ArchiveHit[]): void {
  appendWho(md, p, `${Strings.archiveMark}: ${plural(p.articleCount, 'source')} · ${plural(p.quoteCount, 'quote')}`);
  for (const q of quotes.slice(0, MAX_QUOTES)) {
    md.appendMarkdown('- “');
    md.appendMarkdown(esc(shorten(q.text, 140)));
    md.appendMarkdown('” — *');
    md.appendMarkdown(esc(sourceLine({ outlet: q.outlet, title: q.title ?? q.path ?? '', published: q.published })));
    md.appendMarkdown(`* (${Strings.archiveMark}) [Open source](${openLink(archiveUri(q.path!), q.line, q.character)})\n`);
  }
  if (p.quoteCount > MAX_QUOTES) md.appendMarkdown(`\n[All ${p.quoteCount} quotes…](${searchLink(p.name)})\n`);
}

/** The card for a quotation in the draft: its verdict and every source that carries it. */
export function appendFinding(md: vscode.MarkdownString, f: Finding): void {
  md.appendMarkdown('**');
  md.appendMarkdown(esc(`Citedesk: ${VERDICT_TITLES[f.status]}`));
  md.appendMarkdown('**\n\n');
  if (f.status === 'misquote' && f.diff && f.source) {
    // The Problems entry already says it in a sentence; here the two wordings side by side.
    // Words as text reads them: no space before a comma (escaped punctuation included).
    const join = (parts: string[]) => parts.filter(Boolean).join(' ').replace(/ ((?:\*\*)?\\?[,;:?!.])/g, '$1');
    md.appendMarkdown(`*Draft:* ${join(f.diff.map((d) => (d.op === 'same' ? esc(d.draft) : d.op === 'drop' ? '' : `**${esc(d.draft)}**`)))}\n\n`);
    md.appendMarkdown(`*Source:* ${join(f.diff.map((d) => (d.op === 'same' ? esc(d.source) : d.op === 'add' ? '' : `**${esc(d.source)}**`)))}\n\n`);
  } else if (f.status !== 'verified' && f.status !== 'elided' && f.status !== 'term') {
    md.appendMarkdown(esc(f.message));
    md.appendMarkdown('\n\n');
  }
  if (!f.corroboration.length) return;
  // Wire copy ("told Reuters") reprinted by several outlets is one origin, not several.
  const groups = new Map<string, SourceMatch[]>();
  for (const m of f.corroboration) {
    const key = m.via ? `via:${m.via.toLowerCase()}` : `own:${m.path}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  md.appendMarkdown(`Carried by ${plural(f.corroboration.length, 'source')}, ${plural(groups.size, 'independent origin')}:\n\n`);
  for (const [key, ms] of groups) {
    if (key.startsWith('via:')) {
      md.appendMarkdown('- *');
      md.appendMarkdown(esc(`${ms[0].via} (one origin, reported by ${plural(ms.length, 'outlet')})`));
      md.appendMarkdown('*\n');
    }
    for (const m of ms) {
      md.appendMarkdown(key.startsWith('via:') ? '  - ' : '- ');
      md.appendMarkdown('*');
      md.appendMarkdown(esc(sourceLine(m, m.locator)));
      md.appendMarkdown(archivedPath(m.path) !== null ? `* (${Strings.archiveMark}): “` : '*: “');
      md.appendMarkdown(esc(shorten(m.text, 160)));
      md.appendMarkdown(`” [Open](${openLink(m.path, m.line, m.character)})\n`);
    }
  }
}
