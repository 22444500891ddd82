/**
 * "Search Sources" and "Insert Sourced Quote": quick picks fed by the core's search, in the core's
 * order. Items are `alwaysShow` and never matched on description or detail, so VS Code does not
 * filter the ranking away; labels use no-break spaces so a typed phrase does not re-sort them.
 */
import * as vscode from 'vscode';
import { citationLine } from '../../core/verification/cite';
import { FIRST_ANSWER_POSTINGS, type HitKind, type SearchHit } from '../../core/search/search';
import { archiveUri, type ArchiveHit, type ArchiveService } from '../archive';
import { Commands, Strings } from '../constants';
import { isDraft } from '../drafts';
import type { SourceIndex } from '../sources';
import { shorten, sourceLine } from './cards';
import { archiveSourceRef, copyCitation, findQuote, insertQuote, insertSourcedQuote } from './insert';
import { openSource } from './open-source';

interface HitItem extends vscode.QuickPickItem {
  hit: SearchHit | ArchiveHit;
}

const isArchived = (h: SearchHit | ArchiveHit): h is ArchiveHit => (h as ArchiveHit).archive === true;

/** How long typing must pause before the archive is asked. */
const ARCHIVE_AFTER_MS = 150;

const OPEN = { iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: 'Open the source at this passage' };
const COPY = { iconPath: new vscode.ThemeIcon('copy'), tooltip: 'Copy the citation' };

/** Source text shown as text: no $(icon) syntax, and spaces that a typed phrase does not match. */
function plain(s: string): string {
  return s.replace(/\$\(/g, '$\u200b(').replace(/ /g, '\u00a0');
}

function item(hit: SearchHit | ArchiveHit, sources: SourceIndex): HitItem {
  if (isArchived(hit)) return archiveItem(hit);
  const where = hit.path ? `${sourceLine({ outlet: hit.outlet, title: hit.title ?? '', published: hit.published })}` : '';
  const file = hit.path ? sources.sourceInfo(hit.path) : undefined;
  const loc = file ? ` · ${sources.label(file.uri)}:${hit.line + 1}` : '';
  if (hit.kind === 'person') {
    const p = sources.corpus.people.find((x) => x.key === hit.ref);
    return {
      label: `$(person) ${plain(hit.speaker ?? hit.text)}`,
      description: plain(hit.role ?? ''),
      detail: p ? `${p.articles.length} source${p.articles.length === 1 ? '' : 's'} · ${p.quotes.length} quote${p.quotes.length === 1 ? '' : 's'}` : undefined,
      alwaysShow: true,
      hit,
    };
  }
  if (hit.kind === 'passage') {
    return { label: `$(file-text) ${plain(shorten(hit.text, 140))}`, description: 'passage', detail: plain(where + loc), alwaysShow: true, hit, buttons: [OPEN] };
  }
  // Who said it leads the line, so it shows however long the quote; role and source below.
  const who = hit.speaker ?? 'Speaker not given';
  const role = hit.role ? `${shorten(hit.role, 70)} · ` : '';
  return { label: `$(quote) ${plain(`${who}: “${shorten(hit.text, 140)}”`)}`, detail: plain(role + where + loc), alwaysShow: true, hit, buttons: [OPEN, COPY] };
}

/** A hit from the archive: marked as such on its line. */
function archiveItem(hit: ArchiveHit): HitItem {
  const mark = `$(database) ${Strings.archiveMark}`;
  if (hit.kind === 'person') return { label: `$(person) ${plain(hit.speaker ?? hit.text)}`, description: mark, detail: plain(hit.role ?? ''), alwaysShow: true, hit };
  const where = plain(`${sourceLine({ outlet: hit.outlet, title: hit.title ?? '', published: hit.published })} · ${hit.path}:${hit.line + 1}`);
  if (hit.kind === 'passage') return { label: `$(file-text) ${plain(shorten(hit.text, 140))}`, description: mark, detail: where, alwaysShow: true, hit, buttons: [OPEN] };
  const role = hit.role ? plain(`${shorten(hit.role, 70)} · `) : '';
  return { label: `$(quote) ${plain(`${hit.speaker ?? 'Speaker not given'}: “${shorten(hit.text, 140)}”`)}`, description: mark, detail: role + where, alwaysShow: true, hit, buttons: [OPEN, COPY] };
}

/** Every speech quote, in source order: what the pick shows before anything is typed. */
function allQuotes(sources: SourceIndex, limit: number): SearchHit[] {
  const out: SearchHit[] = [];
  for (const a of sources.corpus.articles) {
    for (const q of a.quotes) {
      if (q.kind !== 'speech') continue;
      out.push({ kind: 'quote', text: q.text, speaker: sources.corpus.speakerOf(q, a), role: q.role, path: a.path, title: a.title, outlet: a.outlet, published: a.published, line: q.line, character: q.character, score: 0, ref: q.id });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** How long typing must pause before a first answer is refined. */
const REFINE_AFTER_MS = 80;

export interface PickOptions {
  kinds: readonly HitKind[];
  placeholder: string;
  title: string;
  initial?: string;
  /** Leave out terms and scare quotes: only words someone said. */
  speechOnly?: boolean;
}

function isSpeech(sources: SourceIndex, h: SearchHit | ArchiveHit): boolean {
  if (isArchived(h)) return h.quoteKind === 'speech';
  return !!h.ref && findQuote(sources, h.ref)?.quote.kind === 'speech';
}

/** Shows the pick; resolves with the accepted hit or undefined. Item buttons act without closing. */
export function pickHit(sources: SourceIndex, archive: ArchiveService, opts: PickOptions): Promise<SearchHit | ArchiveHit | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<HitItem>();
    qp.title = opts.title;
    qp.placeholder = opts.placeholder;
    qp.matchOnDescription = false;
    qp.matchOnDetail = false;
    qp.keepScrollPosition = false;
    let done = false;
    const finish = (h: SearchHit | ArchiveHit | undefined) => {
      if (done) return;
      done = true;
      resolve(h);
      qp.dispose();
    };
    // The archive's hits come after the local ones, when it has answered for what is typed now.
    let archived: { value: string; hits: ArchiveHit[] } = { value: '', hits: [] };
    let local: SearchHit[] = [];
    const show = (hits: SearchHit[]) => {
      local = hits;
      const all = [...hits, ...(archived.value === qp.value.trim() ? archived.hits : [])];
      qp.items = all.filter((h) => opts.kinds.includes(h.kind) && (h.kind !== 'quote' || !opts.speechOnly || isSpeech(sources, h))).map((h) => item(h, sources));
    };
    let asking: ReturnType<typeof setTimeout> | undefined;
    const askArchive = (v: string) => {
      clearTimeout(asking);
      if (!archive.url || !v) return;
      asking = setTimeout(() => {
        void archive.use((a) => a.search.search(v, { limit: 40, kinds: opts.kinds }), []).then((hits) => {
          if (done || qp.value.trim() !== v) return;
          archived = { value: v, hits };
          show(local);
        });
      }, ARCHIVE_AFTER_MS);
    };
    // A query that would walk a large archive's long posting lists answers first from its rarest
    // words; the full answer replaces it once the writer pauses (a keystroke cancels it).
    let refining: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(refining);
      refining = undefined;
      const v = qp.value.trim();
      if (!v) {
        show(allQuotes(sources, 200));
        qp.busy = sources.loading;
        return;
      }
      const first = sources.search.searchProgressive(v, { limit: 40, kinds: opts.kinds, budget: FIRST_ANSWER_POSTINGS });
      show(first.hits);
      askArchive(v);
      qp.busy = sources.loading || !first.complete;
      if (first.complete) return;
      refining = setTimeout(() => {
        refining = undefined;
        if (done || qp.value.trim() !== v) return;
        show(sources.search.search(v, { limit: 40, kinds: opts.kinds }));
        qp.busy = sources.loading;
      }, REFINE_AFTER_MS);
    };
    const disposables = [
      { dispose: () => clearTimeout(refining) },
      { dispose: () => clearTimeout(asking) },
      qp.onDidChangeValue(refresh),
      sources.onDidChange(refresh),
      qp.onDidAccept(() => finish(qp.selectedItems[0]?.hit ?? qp.activeItems[0]?.hit)),
      qp.onDidHide(() => finish(undefined)),
      qp.onDidTriggerItemButton(async (e) => {
        const h = e.item.hit;
        if (isArchived(h)) {
          if (e.button === OPEN && h.path) await openSource(sources, { source: archiveUri(h.path), line: h.line, character: h.character });
          if (e.button === COPY && h.path) await vscode.env.clipboard.writeText(citationLine({ text: h.text, speaker: h.speaker, role: h.role }, archiveSourceRef({ ...h, path: h.path })));
          return;
        }
        if (e.button === OPEN && h.path) await openSource(sources, { source: h.path, line: h.line, character: h.character });
        if (e.button === COPY && h.ref) {
          const r = findQuote(sources, h.ref);
          if (r) await copyCitation(sources, r);
        }
      }),
    ];
    qp.onDidHide(() => disposables.forEach((d) => d.dispose()));
    if (opts.initial) qp.value = opts.initial;
    refresh();
    qp.show();
  });
}

async function accept(sources: SourceIndex, archive: ArchiveService, hit: SearchHit | ArchiveHit, editor: vscode.TextEditor | undefined): Promise<void> {
  if (isArchived(hit) && hit.kind !== 'person') {
    if (hit.kind === 'quote' && hit.path && editor && isDraft(editor.document, sources)) {
      await insertArchived(editor, hit);
      return;
    }
    if (hit.kind === 'quote' && (!editor || !isDraft(editor.document, sources))) {
      void vscode.window.showInformationMessage(Strings.noEditor);
      return;
    }
    if (hit.path) await openSource(sources, { source: archiveUri(hit.path), line: hit.line, character: hit.character });
    return;
  }
  if (hit.kind === 'quote' && hit.ref) {
    const r = findQuote(sources, hit.ref);
    if (!r) {
      void vscode.window.showWarningMessage(Strings.sourceGone);
      return;
    }
    if (!editor || !isDraft(editor.document, sources)) {
      void vscode.window.showInformationMessage(Strings.noEditor);
      return;
    }
    await insertSourcedQuote(editor, sources, r);
    return;
  }
  if (hit.kind === 'person') {
    // A person: their quotes, to pick from.
    const next = await pickHit(sources, archive, { kinds: ['quote'], placeholder: Strings.insertPlaceholder, title: `Quotes by ${hit.speaker ?? ''}`, initial: hit.speaker ?? '', speechOnly: true });
    if (next) await accept(sources, archive, next, editor);
    return;
  }
  if (hit.path) await openSource(sources, { source: hit.path, line: hit.line, character: hit.character });
}

/** Inserts an archived quote, cited in words. */
function insertArchived(editor: vscode.TextEditor, hit: ArchiveHit): Promise<boolean> {
  return insertQuote(editor, { text: hit.text, speaker: hit.quoteKind === 'speech' ? hit.speaker : null, role: hit.role }, () => archiveSourceRef({ ...hit, path: hit.path! }));
}

export function registerSearch(sources: SourceIndex, archive: ArchiveService): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.searchCitations, async (arg?: { query?: unknown }) => {
      const editor = vscode.window.activeTextEditor;
      const initial = typeof arg?.query === 'string' ? arg.query.slice(0, 200) : undefined;
      const hit = await pickHit(sources, archive, { kinds: ['quote', 'passage', 'person'], placeholder: Strings.searchPlaceholder, title: 'Citedesk: Search Sources', initial });
      if (hit) await accept(sources, archive, hit, editor);
    }),
    vscode.commands.registerCommand(Commands.insertQuote, async (arg?: { query?: unknown }) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !isDraft(editor.document, sources)) {
        void vscode.window.showInformationMessage(Strings.noEditor);
        return false;
      }
      if (!sources.corpus.quoteCount) await sources.ready;
      if (!sources.corpus.quoteCount && !archive.url) {
        void vscode.window.showInformationMessage(Strings.noQuotes);
        return false;
      }
      // Called with { query } (by another extension, a keybinding or a test): the best match, no pick.
      if (arg && typeof arg.query === 'string') {
        const query = arg.query.slice(0, 400);
        const best = sources.search.search(query, { limit: 10, kinds: ['quote'] }).find((h) => isSpeech(sources, h));
        // Nothing local that fuse.js matched: the archive's best match, when it has one (local sources first).
        if (!best || best.score >= 1) {
          const fromArchive = (await archive.use((a) => a.search.search(query, { limit: 10, kinds: ['quote'] }), [])).find((h) => h.quoteKind === 'speech' && h.score < 1);
          if (fromArchive) return insertArchived(editor, fromArchive);
        }
        if (!best) {
          void vscode.window.showInformationMessage(`Citedesk: no quote matches “${arg.query.slice(0, 60)}”.`);
          return false;
        }
        const r = findQuote(sources, best.ref!);
        return r ? insertSourcedQuote(editor, sources, r) : false;
      }
      const hit = await pickHit(sources, archive, { kinds: ['quote'], placeholder: Strings.insertPlaceholder, title: 'Citedesk: Insert Sourced Quote', speechOnly: true });
      if (hit) await accept(sources, archive, hit, editor);
      return !!hit;
    }),
  );
}

