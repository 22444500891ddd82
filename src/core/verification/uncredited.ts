/**
 * Copying without credit: a run of eight or more consecutive words of a source sentence in the
 * draft's own prose, outside quotation marks, where the draft neither quotes nor cites the source.
 * Each draft sentence is looked up in the search index's passages (its postings, never a scan of
 * every source sentence); common phrases are not copying.
 */
import type { Corpus } from '../corpus/corpus';
import { COMMON_WORDS, STOPWORDS } from '../reading/vocabulary';
import { foldKey } from '../reading/text';
import type { SearchIndex } from '../search/search';
import type { Article, Span } from '../types';
import { footnoteLabels, plainNotes } from './cite';
import { isPunctuation, words, type Word } from './words';

/** How many consecutive words of a source sentence make a copy. */
export const COPIED_WORDS = 8;
/**
 * Words of a run outside the common vocabulary (names, figures, rarer words): a shorter run with
 * fewer is a stock phrase ("one of the best things that could have happened to").
 */
const DISTINCT_WORDS = 2;
/** A run this long, with this many words of substance (not function words), is one source's words even in common vocabulary. */
const LONG_RUN = 12;
const LONG_RUN_SUBSTANCE = 5;
/** A run that many sources share is a stock phrase, not one source's words. */
const SHARED_BY = 3;

export interface Copied {
  /** Offsets of the copied words in the draft. */
  start: number;
  end: number;
  article: Article;
  /** Offsets of the same words in the source's text. */
  sourceStart: number;
  sourceEnd: number;
  words: number;
}

/**
 * Runs of the draft's prose copied from a source without quotation marks or credit, in draft
 * order. `skip`: what holds no prose (quotations, code, comments, front matter, notes).
 */
export function findCopying(draft: string, parsed: Article, corpus: Corpus, index: SearchIndex, skip: Span[], draftPath?: string): Copied[] {
  const out: Copied[] = [];
  for (const s of parsed.sentences) {
    for (const seg of prose(draft, s, skip)) {
      if (seg.length < COPIED_WORDS) continue;
      const found = copiedIn(draft, seg, corpus, index, draftPath);
      if (found && !credited(draft, parsed, s, found.article)) out.push(found);
    }
  }
  return out;
}

/** The words of a sentence outside what `skip` covers, as runs that nothing skipped interrupts. */
function prose(draft: string, s: Span, skip: Span[]): Word[][] {
  const inSkip = (w: Word) => skip.some((r) => r.start < w.end && w.start < r.end);
  const out: Word[][] = [[]];
  for (const w of words(draft, s.start, s.end)) {
    if (inSkip(w)) {
      if (out[out.length - 1].length) out.push([]);
    } else if (!isPunctuation(w)) out[out.length - 1].push(w);
  }
  return out.filter((x) => x.length);
}

/** The longest run of `seg` that a source sentence has word for word, if long and distinctive enough. */
function copiedIn(draft: string, seg: Word[], corpus: Corpus, index: SearchIndex, draftPath: string | undefined): Copied | null {
  const query = draft.slice(seg[0].start, seg[seg.length - 1].end).slice(0, 400);
  const hits = index.lookup(query, { kinds: ['passage'], limit: 6 });
  let best: Copied | null = null;
  const sharing = new Set<string>();
  for (const h of hits) {
    if (!h.path || h.path === draftPath) continue;
    const a = corpus.get(h.path);
    if (!a) continue;
    const from = a.offsetAt({ line: h.line, character: h.character });
    const sentence = a.sentences.find((x) => x.start <= from && from < x.end);
    if (!sentence) continue;
    const src = words(a.text, sentence.start, sentence.end).filter((w) => !isPunctuation(w));
    const run = longestCommonRun(seg, src);
    if (run.length < COPIED_WORDS) continue;
    sharing.add(a.path);
    if (!best || run.length > best.words) {
      best = { start: seg[run.d].start, end: seg[run.d + run.length - 1].end, article: a, sourceStart: src[run.s].start, sourceEnd: src[run.s + run.length - 1].end, words: run.length };
    }
  }
  if (!best || sharing.size >= SHARED_BY) return null;
  const substance = words(draft, best.start, best.end).filter((w) => !isPunctuation(w) && !STOPWORDS.has(w.key));
  if (best.words >= LONG_RUN && substance.length >= LONG_RUN_SUBSTANCE) return best;
  const distinct = substance.filter((w) => /\d/.test(w.key) || !COMMON_WORDS.has(w.key));
  return distinct.length >= DISTINCT_WORDS ? best : null;
}

/** The longest run of consecutive words `d` and `s` share: where it starts in each, and its length. */
function longestCommonRun(d: Word[], s: Word[]): { d: number; s: number; length: number } {
  let best = { d: 0, s: 0, length: 0 };
  let prev = new Uint16Array(s.length + 1);
  let cur = new Uint16Array(s.length + 1);
  for (let i = 1; i <= d.length; i++) {
    for (let j = 1; j <= s.length; j++) {
      cur[j] = d[i - 1].key === s[j - 1].key ? prev[j - 1] + 1 : 0;
      if (cur[j] > best.length) best = { d: i - cur[j], s: j - cur[j], length: cur[j] };
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return best;
}

/**
 * Does the draft credit the source where it copies from it: its outlet or headline in the
 * sentence, or a citation there (a footnote, a link or a note that names the source)?
 */
function credited(draft: string, parsed: Article, s: Span, a: Article): boolean {
  // The sentence and what directly follows it: "… Kremlin.[^2]" or "… (Reuters, 18 June 2024)."
  const next = parsed.sentences.find((x) => x.start >= s.end);
  const here = draft.slice(s.start, Math.min(next ? next.start : draft.length, s.end + 80));
  const k = foldKey(here);
  const file = a.path.replace(/^.*[\\/]/, '');
  const names = [a.outlet, a.title, file].filter((x): x is string => !!x).map(foldKey);
  if (names.some((n) => k.includes(n))) return true;
  const cites = (line: string) => names.some((n) => foldKey(line).includes(n));
  const notes = [...footnoteLabels(draft), ...plainNotes(draft)];
  for (const m of here.matchAll(/\[\^?([^\]\s]+)\]/g)) if (notes.some((f) => f.label === m[1] && cites(f.line))) return true;
  return false;
}
