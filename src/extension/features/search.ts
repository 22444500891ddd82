/**
 * "Search Sources" and "Insert Sourced Quote": quick picks fed by the core's search, in the core's
 * order. Items are `alwaysShow` and never matched on description or detail, so VS Code does not
 * filter the ranking away; labels use no-break spaces so a typed phrase does not re-sort them.
 */
import * as vscode from 'vscode';
import { readsAsItsText } from '../../core/formats';
import { FIRST_ANSWER_POSTINGS, type HitKind, type SearchHit } from '../../core/search/search';
import { locatorText } from '../../core/verification/cite';
import { Commands, Strings } from '../constants';
import { isDraft } from '../drafts';
import type { SourceIndex } from '../sources';
import { shorten, sourceLine } from './cards';
import { copyCitation, findQuote, insertSourcedQuote } from './insert';
import { openSource } from './open-source';

interface HitItem extends vscode.QuickPickItem {
  hit: SearchHit;
}

const OPEN = { iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: 'Open the source at this passage' };
const COPY = { iconPath: new vscode.ThemeIcon('copy'), tooltip: 'Copy the citation' };

/** Source text shown as text: no $(icon) syntax, and spaces that a typed phrase does not match. */
function plain(s: string): string {
  return s.replace(/\$\(/g, '$\u200b(').replace(/ /g, '\u00a0');
}

function item(hit: SearchHit, sources: SourceIndex): HitItem {
  const where = hit.path ? `${sourceLine({ outlet: hit.outlet, title: hit.title ?? '', published: hit.published })}` : '';
  const file = hit.path ? sources.sourceInfo(hit.path) : undefined;
  // A PDF's page, a recording's time; a text file's line.
  const locator = hit.ref ? findQuote(sources, hit.ref)?.quote.locator : null;
  const loc = file ? ` · ${sources.label(file.uri)}${locator ? `, ${locatorText(locator)}` : readsAsItsText(file.uri.path) ? `:${hit.line + 1}` : ''}` : '';
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

function isSpeech(sources: SourceIndex, h: SearchHit): boolean {
  return !!h.ref && findQuote(sources, h.ref)?.quote.kind === 'speech';
}

/** Shows the pick; resolves with the accepted hit or undefined. Item buttons act without closing. */
export function pickHit(sources: SourceIndex, opts: PickOptions): Promise<SearchHit | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<HitItem>();
    qp.title = opts.title;
    qp.placeholder = opts.placeholder;
    qp.matchOnDescription = false;
    qp.matchOnDetail = false;
    qp.keepScrollPosition = false;
    let done = false;
    const finish = (h: SearchHit | undefined) => {
      if (done) return;
      done = true;
      resolve(h);
      qp.dispose();
    };
    const show = (hits: SearchHit[]) => {
      qp.items = hits.filter((h) => opts.kinds.includes(h.kind) && (h.kind !== 'quote' || !opts.speechOnly || isSpeech(sources, h))).map((h) => item(h, sources));
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
      qp.onDidChangeValue(refresh),
      sources.onDidChange(refresh),
      qp.onDidAccept(() => finish(qp.selectedItems[0]?.hit ?? qp.activeItems[0]?.hit)),
      qp.onDidHide(() => finish(undefined)),
      qp.onDidTriggerItemButton(async (e) => {
        const h = e.item.hit;
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

async function accept(sources: SourceIndex, hit: SearchHit, editor: vscode.TextEditor | undefined): Promise<void> {
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
    const next = await pickHit(sources, { kinds: ['quote'], placeholder: Strings.insertPlaceholder, title: `Quotes by ${hit.speaker ?? ''}`, initial: hit.speaker ?? '', speechOnly: true });
    if (next) await accept(sources, next, editor);
    return;
  }
  if (hit.path) await openSource(sources, { source: hit.path, line: hit.line, character: hit.character });
}

export function registerSearch(sources: SourceIndex): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.searchCitations, async (arg?: { query?: unknown }) => {
      const editor = vscode.window.activeTextEditor;
      const initial = typeof arg?.query === 'string' ? arg.query.slice(0, 200) : undefined;
      const hit = await pickHit(sources, { kinds: ['quote', 'passage', 'person'], placeholder: Strings.searchPlaceholder, title: 'Citedesk: Search Sources', initial });
      if (hit) await accept(sources, hit, editor);
    }),
    vscode.commands.registerCommand(Commands.insertQuote, async (arg?: { query?: unknown }) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !isDraft(editor.document, sources)) {
        void vscode.window.showInformationMessage(Strings.noEditor);
        return false;
      }
      if (!sources.corpus.quoteCount) await sources.ready;
      if (!sources.corpus.quoteCount) {
        void vscode.window.showInformationMessage(Strings.noQuotes);
        return false;
      }
      // Called with { query } (by another extension, a keybinding or a test): the best match, no pick.
      if (arg && typeof arg.query === 'string') {
        const best = sources.search.search(arg.query.slice(0, 400), { limit: 10, kinds: ['quote'] }).find((h) => isSpeech(sources, h));
        if (!best) {
          void vscode.window.showInformationMessage(`Citedesk: no quote matches “${arg.query.slice(0, 60)}”.`);
          return false;
        }
        const r = findQuote(sources, best.ref!);
        return r ? insertSourcedQuote(editor, sources, r) : false;
      }
      const hit = await pickHit(sources, { kinds: ['quote'], placeholder: Strings.insertPlaceholder, title: 'Citedesk: Insert Sourced Quote', speechOnly: true });
      if (hit) await accept(sources, hit, editor);
      return !!hit;
    }),
  );
}

