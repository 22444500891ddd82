/**
 * Where a source has a draft's quoted words other than in a quotation: as its headline (a title,
 * quoted as a title, is a term), or in its own text (the outlet's words, not anyone's quotation).
 */
import type { Corpus } from '../corpus/corpus';
import type { SearchIndex } from '../search/search';
import { foldKey } from '../reading/text';
import type { Article } from '../types';
import { isPunctuation, words, type Word } from './words';

/** The words of a text as a key: inner punctuation aside ("Carly Fiorina: 'Bill Clinton's fair game.'"). */
function bareKey(ws: Word[]): string {
  return ws
    .filter((w) => !isPunctuation(w))
    .map((w) => w.key)
    .join(' ');
}

const titleIndex = new WeakMap<Corpus, { version: number; byWords: Map<string, Article> }>();

/** The source whose headline the words are, if any. */
export function headlineOf(ws: Word[], corpus: Corpus, draftPath: string | undefined): Article | null {
  let t = titleIndex.get(corpus);
  if (!t || t.version !== corpus.version) {
    t = { version: corpus.version, byWords: new Map() };
    for (const a of corpus.articles) {
      const k = bareKey(words(a.title));
      if (k.includes(' ') && !t.byWords.has(k)) t.byWords.set(k, a);
    }
    titleIndex.set(corpus, t);
  }
  const a = t.byWords.get(bareKey(ws));
  return a && a.path !== draftPath ? a : null;
}

/** Where a headline stands in its source's text: the offset of its first word there, or 0. */
export function headlineAt(a: Article): number {
  const first = words(a.title)[0];
  if (!first) return 0;
  const i = a.text.indexOf(a.title.slice(first.start, first.end));
  return Math.max(0, i);
}

/** A source sentence that has the words, outside any quotation of it. */
export interface InText {
  article: Article;
  /** Offsets of the words in the article's text. */
  start: number;
  end: number;
}

/**
 * A source that has these words in its own text rather than in a quotation (reported speech,
 * the outlet's narration). Looked up among the passages the search index finds for them.
 */
export function inSourceText(text: string, ws: Word[], corpus: Corpus, index: SearchIndex, draftPath: string | undefined): InText | null {
  const want = ws.filter((w) => !isPunctuation(w));
  if (want.length < 4) return null;
  const hits = index.lookup(text.slice(0, 400), { limit: 8, kinds: ['passage'] });
  for (const h of hits) {
    if (!h.path || h.path === draftPath) continue;
    const a = corpus.get(h.path);
    if (!a) continue;
    const from = a.offsetAt({ line: h.line, character: h.character });
    const s = a.sentences.find((x) => x.start <= from && from < x.end);
    if (!s) continue;
    const have = words(a.text, s.start, s.end).filter((w) => !isPunctuation(w));
    outer: for (let j = 0; j + want.length <= have.length; j++) {
      for (let k = 0; k < want.length; k++) if (have[j + k].key !== want[k].key) continue outer;
      const start = have[j].start;
      const end = have[j + want.length - 1].end;
      // Inside one of its quotations, it would have been found as a quote.
      if (a.quotes.some((q) => q.outer.start <= start && end <= q.outer.end)) continue;
      return { article: a, start, end };
    }
  }
  return null;
}

/** What a source calls itself or is called by: "the report", "the statement", "the newspaper". */
const DOCUMENT_NOUNS = new Set(['report', 'article', 'statement', 'release', 'story', 'readout', 'transcript', 'newspaper', 'paper', 'agency', 'magazine', 'website', 'site', 'editorial', 'piece', 'broadcaster', 'network', 'channel', 'outlet', 'communique', 'communiqué', 'briefing']);

/** Does the draft give the words to the source itself: its outlet, or the document ("the report said")? */
export function speaksForSource(speaker: string, a: Article): boolean {
  const last = foldKey(speaker).replace(/[^\p{L}\s]/gu, '').trim().split(/\s+/).pop() ?? '';
  // "the Gazette" for the Northshire Gazette, "the report" for any source.
  return DOCUMENT_NOUNS.has(last) || (!!a.outlet && foldKey(a.outlet).split(/\s+/).includes(last));
}
