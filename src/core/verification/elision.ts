/**
 * Ellipses and brackets in a draft's quotation: where the pieces they join stand in the sources,
 * what each ellipsis cuts and each bracket adds or replaces, and whether that leaves the sense
 * intact. An elision may drop words; it may not drop a negation, a number, a qualifier or a
 * condition, nor join the words of two speakers or two sources. A bracket may name whom a pronoun
 * stands for, mend the grammar or say [sic]; it may not add a claim.
 */
import { DEICTIC_NOUNS, GRAMMAR_WORDS, REFERENCE_WORDS, meaningWords, type MeaningKind, type MeaningWord } from './meaning';
import { isPunctuation, spellingKey, wordKey, words, type Word } from './words';

/** An ellipsis, or a bracketed insertion with its words. */
export type Mark = { kind: 'ellipsis' } | { kind: 'bracket'; text: string };

/** A draft word; `loose` is its key without letters the writer bracketed ("lead[s]" → "lead"). */
export interface DraftWord extends Word {
  loose?: string;
}

export interface DraftPiece {
  words: DraftWord[];
  /** The marks between this piece and the one before (or the start of the quotation). */
  before: Mark[];
}

export interface DraftMarks {
  pieces: DraftPiece[];
  /** The marks after the last piece. */
  after: Mark[];
  /** Words with a bracket inside, as written ("[T]he"): a letter fitted to the sentence. */
  glued: string[];
}

/** A source quote as the elision check reads it. */
export interface QuoteWords<C> {
  c: C;
  /** The article it stands in, and its number there (quotes are numbered in reading order). */
  path: string;
  index: number;
  /** Whose words they are, as the sources name them; null when no one is named. */
  speaker: string | null;
  text: string;
  words: Word[];
}

/** What an edit did: words of the source cut, or words of the writer's added. */
export interface Change {
  kind: 'cut' | 'added';
  text: string;
}

/** One edit: what an ellipsis cuts, or what a bracket adds in place of which source words (none: an insertion). */
export type Edit = { by: 'ellipsis'; cut: string; across?: boolean } | { by: 'brackets'; added: string; replaced: string };

/** The edits as the contract lists them: each cut, each addition. */
export function changesOf(edits: readonly Edit[]): Change[] {
  return edits.flatMap((e): Change[] => (e.by === 'ellipsis' ? [{ kind: 'cut', text: e.cut }] : [...(e.replaced ? [{ kind: 'cut' as const, text: e.replaced }] : []), { kind: 'added', text: e.added }]));
}

/** An edit that changes the meaning. */
export interface MeaningProblem {
  /** What was cut or added: a negation, a number, a qualifier, a condition; a claim a bracket adds; words a bracket replaces. */
  kind: MeaningKind | 'claim' | 'replaced';
  by: 'ellipsis' | 'brackets';
  /** The words cut or added, as the source or the draft has them. */
  text: string;
  /** For a bracket that replaces words: the source's words it stands in for. */
  replaced?: string;
}

export interface Elision<C> {
  /** The quotes the pieces stand in, in reading order: one, or several of one speaker in one source. */
  quotes: QuoteWords<C>[];
  /** Where each piece stands: the quote (an index into `quotes`) and its first word there. */
  at: { quote: number; word: number }[];
  edits: Edit[];
  problems: MeaningProblem[];
  /** Words with a letter bracketed, as the draft writes them. */
  glued: string[];
  /** Where the quoted passage starts and ends in the source, its cuts at either end included. */
  from: { quote: number; word: number };
  to: { quote: number; word: number };
}

const ELLIPSIS = /\[\s*(?:\u2026|\.\s?\.\s?\.)\s*\]|\u2026|\.\s?\.\s?\./y;
const BRACKET = /\[([^[\]\n]{1,80})\]/y;
/** A bracket inside a word: "[T]he", "lead[s]". */
const GLUED = /\[([\p{L}\p{N}'\u2019]{1,6})\](?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])\[([\p{L}\p{N}'\u2019]{1,6})\]/gu;

/** Does the quotation hold an ellipsis or a bracket? */
export function hasMarks(text: string): boolean {
  return /\u2026|\.\s?\.\s?\.|\[[^[\]\n]{1,80}\]/.test(text);
}

/** Splits a draft quotation at its ellipses and brackets. */
export function readMarks(text: string): DraftMarks {
  const pieces: DraftPiece[] = [];
  let marks: Mark[] = [];
  let from = 0;
  const flush = (to: number) => {
    const ws = pieceWords(text, from, to);
    if (ws.length) {
      pieces.push({ words: ws, before: marks });
      marks = [];
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '.' && c !== '\u2026' && c !== '[') continue;
    ELLIPSIS.lastIndex = i;
    let m = ELLIPSIS.exec(text);
    if (m) {
      flush(i);
      marks.push({ kind: 'ellipsis' });
      from = i + m[0].length;
      i = from - 1;
      continue;
    }
    BRACKET.lastIndex = i;
    m = BRACKET.exec(text);
    if (m && !glued(text, i, i + m[0].length, m[1])) {
      flush(i);
      marks.push({ kind: 'bracket', text: m[1].trim() });
      from = i + m[0].length;
      i = from - 1;
    }
  }
  flush(text.length);
  const written = pieces.flatMap((p) => p.words.filter((w) => w.loose !== undefined).map((w) => text.slice(w.start, w.end)));
  return { pieces, after: marks, glued: written };
}

function glued(text: string, start: number, end: number, inner: string): boolean {
  if (inner.length > 6 || /\s/.test(inner)) return false;
  return /[\p{L}\p{N}]/u.test(text[end] ?? '') || /[\p{L}\p{N}]/u.test(text[start - 1] ?? '');
}

/** The words of a piece, a bracket inside a word read as part of it ("[T]he" is "The"); offsets are the quotation's. */
function pieceWords(text: string, from: number, to: number): DraftWord[] {
  const slice = text.slice(from, to);
  // The piece without the glued brackets' marks, and where each of its characters stands in `text`.
  let clean = '';
  const origin: number[] = [];
  const bracketed: { at: number; length: number }[] = [];
  let i = 0;
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(slice); m; m = GLUED.exec(slice)) {
    for (; i < m.index; i++) {
      origin.push(from + i);
      clean += slice[i];
    }
    const inner = m[1] ?? m[2] ?? '';
    bracketed.push({ at: clean.length, length: inner.length });
    for (let k = 0; k < inner.length; k++) {
      origin.push(from + m.index + 1 + k);
      clean += inner[k];
    }
    i = m.index + m[0].length;
  }
  for (; i < slice.length; i++) {
    origin.push(from + i);
    clean += slice[i];
  }
  origin.push(from + slice.length);
  return words(clean).map((w) => {
    // The word as written, with its brackets.
    let start = origin[w.start];
    if (text[start - 1] === '[' && bracketed.some((x) => x.at === w.start)) start--;
    let end = origin[w.end - 1] + 1;
    if (text[end] === ']' && bracketed.some((x) => x.at + x.length === w.end)) end++;
    const out: DraftWord = { key: w.key, start, end };
    const b = bracketed.find((x) => w.start <= x.at && x.at < w.end);
    if (b) {
      const written = clean.slice(w.start, w.end);
      const k = b.at - w.start;
      out.loose = wordKey(written.slice(0, k) + written.slice(k + b.length));
    }
    return out;
  });
}

/** Does a draft word stand for a source word: the same, another spelling, or the bracketed letters aside. */
export function sameWord(d: DraftWord, s: Word, spelling: boolean): boolean {
  if (d.key === s.key) return true;
  if (spelling && spellingKey(d.key) === spellingKey(s.key)) return true;
  if (d.loose !== undefined) return s.key === d.loose || (d.loose.length >= 3 && s.key.startsWith(d.loose));
  return false;
}

function occurrences(piece: DraftWord[], src: Word[], spelling: boolean): number[] {
  const out: number[] = [];
  outer: for (let j = 0; j + piece.length <= src.length; j++) {
    for (let k = 0; k < piece.length; k++) if (!sameWord(piece[k], src[j + k], spelling)) continue outer;
    out.push(j);
  }
  return out;
}

/** What crossing from one quote to the next costs, in cut words: one quote is always preferred. */
const CROSS = 40;
/** A bracket stands in for a few words at most. */
const MAX_REPLACED = 4;

/**
 * Places the pieces, in order, in one quote or across quotes of one speaker in one source
 * (`quotes` in reading order), cutting as few source words as it can. Null when they do not fit.
 */
function place<C>(d: DraftMarks, quotes: QuoteWords<C>[], spelling: boolean): { quote: number; word: number }[] | null {
  const n = d.pieces.length;
  if (!n) return null;
  const occ = d.pieces.map((p) => quotes.flatMap((q, qi) => occurrences(p.words, q.words, spelling).map((word) => ({ quote: qi, word }))));
  if (occ.some((o) => !o.length)) return null;
  const cost: number[][] = occ.map((o) => o.map(() => Infinity));
  const back: number[][] = occ.map((o) => o.map(() => -1));
  occ[0].forEach((_o, k) => (cost[0][k] = 0));
  for (let i = 1; i < n; i++) {
    const bracketOnly = d.pieces[i].before.every((m) => m.kind === 'bracket');
    const prevLen = d.pieces[i - 1].words.length;
    occ[i].forEach((o, k) => {
      occ[i - 1].forEach((p, pk) => {
        if (cost[i - 1][pk] === Infinity) return;
        let gap: number;
        if (p.quote === o.quote) {
          gap = o.word - (p.word + prevLen);
          if (gap < 0 || (bracketOnly && gap > MAX_REPLACED)) return;
        } else {
          // A bracket never joins two quotes; an ellipsis may, forwards only.
          if (p.quote > o.quote || bracketOnly) return;
          gap = quotes[p.quote].words.length - (p.word + prevLen) + o.word + CROSS;
        }
        const c = cost[i - 1][pk] + gap;
        if (c < cost[i][k]) {
          cost[i][k] = c;
          back[i][k] = pk;
        }
      });
    });
  }
  let best = -1;
  cost[n - 1].forEach((c, k) => {
    if (c < Infinity && (best < 0 || c < cost[n - 1][best])) best = k;
  });
  if (best < 0) return null;
  const at: { quote: number; word: number }[] = [];
  for (let i = n - 1, k = best; i >= 0; k = back[i][k], i--) at.unshift(occ[i][k]);
  return at;
}

/** The sentence each word of a source quote belongs to (numbered from 0). */
function sentenceOf(text: string, ws: Word[]): number[] {
  const out: number[] = [];
  let s = 0;
  for (let i = 0; i < ws.length; i++) {
    if (i > 0) {
      const between = text.slice(ws[i - 1].end, ws[i].start);
      const prev = text.slice(ws[i - 1].start, ws[i - 1].end);
      if (/[.!?]["'\u201d\u2019)]*\s/.test(between) && !/\u2026|\.\s?\.\s?\./.test(between) && /^[\p{Lu}\p{N}"'\u201c\u2018]/u.test(text.slice(ws[i].start)) && (prev.length > 2 || /\p{Ll}/u.test(prev))) s++;
    }
    out.push(s);
  }
  return out;
}

/** The source's words `ws[from, to)` as the source writes them. */
export function sourceText(text: string, ws: Word[], from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && isPunctuation(ws[a])) a++;
  while (b > a && isPunctuation(ws[b - 1])) b--;
  return a < b ? text.slice(ws[a].start, ws[b - 1].end) : '';
}

interface Cut {
  q: QuoteWords<unknown>;
  from: number;
  to: number;
  /**
   * The words of the cut that share a sentence with the words kept beside it: what the cut
   * changes. `left`/`right`: kept words of that sentence stand just before/after them.
   */
  checked: { from: number; to: number; left: boolean; right: boolean }[];
}

/**
 * Judges an elision: the pieces placed in the quotes, what each ellipsis cuts and each bracket
 * adds or replaces, and which of those change the meaning.
 */
function judge<C>(d: DraftMarks, quotes: QuoteWords<C>[], at: { quote: number; word: number }[]): Elision<C> {
  const edits: Edit[] = [];
  const problems: MeaningProblem[] = [];
  const sentences = new Map<QuoteWords<C>, number[]>();
  const sentence = (q: QuoteWords<C>, i: number) => {
    let s = sentences.get(q);
    if (!s) sentences.set(q, (s = sentenceOf(q.text, q.words)));
    return s[Math.max(0, Math.min(i, s.length - 1))];
  };
  const cuts: Cut[] = [];
  /** A cut of `q.words[from, to)`; `keptBefore`/`keptAfter`: the kept words beside it, if any. */
  /** Records a cut of `q.words[from, to)` for the meaning check and returns its words. */
  const cut = (q: QuoteWords<C>, from: number, to: number, keptBefore: number | null, keptAfter: number | null): string => {
    if (to <= from) return '';
    const checked: Cut['checked'] = [];
    if (keptBefore !== null) {
      let e = from;
      while (e < to && sentence(q, e) === sentence(q, keptBefore)) e++;
      if (e > from) checked.push({ from, to: e, left: true, right: false });
    }
    if (keptAfter !== null) {
      let s = to;
      while (s > from && sentence(q, s - 1) === sentence(q, keptAfter)) s--;
      if (checked.length && checked[0].to >= s) checked[0] = { from: checked[0].from, to, left: true, right: true };
      else if (s < to) checked.push({ from: s, to, left: false, right: true });
    }
    cuts.push({ q: q as QuoteWords<unknown>, from, to, checked });
    return sourceText(q.text, q.words, from, to);
  };
  const n = d.pieces.length;
  let from = { quote: at[0].quote, word: at[0].word };
  let to = { quote: at[n - 1].quote, word: at[n - 1].word + d.pieces[n - 1].words.length };
  const startOf = (i: number) => at[i].word;
  const endOf = (i: number) => at[i].word + d.pieces[i].words.length;
  const quoteOf = (i: number) => quotes[at[i].quote];
  for (let i = 0; i <= n; i++) {
    const marks = i < n ? d.pieces[i].before : d.after;
    if (!marks.length) continue;
    const ellipsis = marks.some((m) => m.kind === 'ellipsis');
    const added = marks.filter((m): m is Extract<Mark, { kind: 'bracket' }> => m.kind === 'bracket').map((m) => m.text);
    if (i === 0 || i === n) {
      // At the start or the end: an ellipsis cuts the rest of the sentence there; a bracket
      // stands for the reference words beside the piece, if any.
      const q = quoteOf(i === 0 ? 0 : n - 1);
      const edge = i === 0 ? startOf(0) : endOf(n - 1);
      if (ellipsis) {
        if (i === 0) {
          let s = edge;
          while (s > 0 && sentence(q, s - 1) === sentence(q, edge)) s--;
          edits.push({ by: 'ellipsis', cut: cut(q, s, edge, null, edge) });
          from = { quote: at[0].quote, word: s };
        } else {
          let e = edge;
          while (e < q.words.length && sentence(q, e) === sentence(q, edge - 1)) e++;
          edits.push({ by: 'ellipsis', cut: cut(q, edge, e, edge - 1, null) });
          to = { quote: at[n - 1].quote, word: e };
        }
      }
      // A name at either end may stand for the pronoun beside it; anything else is an insertion.
      for (const b of added) {
        const range: [number, number] = !nounPhrase(words(b), b) ? [edge, edge] : i === 0 ? referenceBefore(q, edge) : referenceAfter(q, edge);
        bracket(b, q, range, i === 0 ? null : q.words[edge - 1], edits, problems);
      }
      continue;
    }
    const p = quoteOf(i - 1);
    const q = quoteOf(i);
    if (ellipsis) {
      if (p === q) edits.push({ by: 'ellipsis', cut: cut(q, endOf(i - 1), startOf(i), endOf(i - 1) - 1, startOf(i)) });
      else {
        const left = [cut(p, endOf(i - 1), p.words.length, endOf(i - 1) - 1, null), cut(q, 0, startOf(i), null, startOf(i))];
        edits.push({ by: 'ellipsis', cut: left.filter(Boolean).join(' … '), across: true });
      }
      for (const b of added) bracket(b, q, [startOf(i), startOf(i)], q.words[startOf(i) - 1] ?? null, edits, problems);
    } else {
      bracket(added.join(' '), q, [endOf(i - 1), startOf(i)], q.words[endOf(i - 1) - 1], edits, problems);
    }
  }
  for (const c of cuts) {
    for (const { from, to, left, right } of c.checked) {
      const ws = c.q.words.slice(from, to);
      const found = meaningWords(ws, c.q.words[from - 1] ?? null).filter((m) => m.kind !== 'qualifier' || qualifiesKept(ws, m, left, right));
      if (!found.length) continue;
      problems.push({ kind: found[0].kind, by: 'ellipsis', text: shownCut(c.q, from, to, found[0].at) });
    }
  }
  return { quotes, at, edits, problems, glued: d.glued, from, to };
}

/**
 * A qualifier changes the meaning when what it qualifies is kept: it stands at the edge of the cut
 * beside the kept words ("Most … Americans agree", "is … short"). One inside a cut clause goes with
 * the words it qualifies ("summon the attorney, get all the papers out").
 */
function qualifiesKept(ws: Word[], m: MeaningWord, left: boolean, right: boolean): boolean {
  const firstWord = ws.findIndex((w) => !isPunctuation(w));
  if (left && m.at === firstWord) return true;
  return right && ws.slice(m.at + m.length).every((w) => isPunctuation(w) || ARTICLES.has(w.key));
}

const ARTICLES = new Set(['a', 'an', 'the', 'of']);

/** The longest cut a message quotes whole; a longer one is shown around what matters in it. */
const SHOWN_WORDS = 16;

function shownCut(q: QuoteWords<unknown>, from: number, to: number, at: number): string {
  if (to - from <= SHOWN_WORDS) return sourceText(q.text, q.words, from, to);
  const a = Math.max(from, from + at - 3);
  const b = Math.min(to, a + SHOWN_WORDS - 4);
  return `${a > from ? '…' : ''}${sourceText(q.text, q.words, a, b)}${b < to ? '…' : ''}`;
}

/** The reference words (up to three) just before word `i` in its sentence: what a leading bracket replaces. */
function referenceBefore(q: QuoteWords<unknown>, i: number): [number, number] {
  let s = i;
  while (s > 0 && i - s < 3 && REFERENCE_WORDS.has(q.words[s - 1].key)) s--;
  return [s, i];
}

function referenceAfter(q: QuoteWords<unknown>, i: number): [number, number] {
  let e = i;
  while (e < q.words.length && e - i < 3 && REFERENCE_WORDS.has(q.words[e].key)) e++;
  return [i, e];
}

/**
 * A bracket standing for `q.words[range)` (none: an insertion). It may name a reference, mend the
 * grammar, say [sic] or repeat the source's own words; what else it adds or replaces is a change of meaning.
 */
function bracket(text: string, q: QuoteWords<unknown>, range: [number, number], before: Word | null, edits: Edit[], problems: MeaningProblem[]): void {
  const [from, to] = range;
  const replaced = q.words.slice(from, to).filter((w) => !isPunctuation(w));
  const replacedText = sourceText(q.text, q.words, from, to);
  const added = words(text);
  edits.push({ by: 'brackets', added: text, replaced: replacedText });
  if (!added.length || (added.length === 1 && added[0].key === 'sic')) return;
  // The source's own words, or its own bracket ("(the new powers)", "[Todd]").
  if (added.length === replaced.length && added.every((w, k) => w.key === replaced[k].key)) return;
  const addedMeaning = meaningWords(added).filter((m) => !meaningWords(replaced).some((r) => r.kind === m.kind));
  if (addedMeaning.length) {
    problems.push({ kind: 'claim', by: 'brackets', text, ...(replacedText ? { replaced: replacedText } : {}) });
    return;
  }
  const lost = meaningWords(replaced).filter((m) => !meaningWords(added).some((r) => r.kind === m.kind));
  if (lost.length) {
    problems.push({ kind: 'replaced', by: 'brackets', text, replaced: replacedText });
    return;
  }
  if (!replaced.length) {
    // An insertion: a word or two of grammar, or a name for the reference just before it.
    if (added.length <= 2 && added.every((w) => GRAMMAR_WORDS.has(w.key))) return;
    if (before && (REFERENCE_WORDS.has(before.key) || (DEICTIC_NOUNS.has(before.key) && /^\d/.test(added[0].key))) && nounPhrase(added, text)) return;
    problems.push({ kind: 'claim', by: 'brackets', text });
    return;
  }
  if (replaced.length > MAX_REPLACED) {
    problems.push({ kind: 'replaced', by: 'brackets', text, replaced: replacedText });
    return;
  }
  // A name or description for a pronoun or for another name of the same reference.
  const refersOnly = replaced.every((w) => REFERENCE_WORDS.has(w.key)) || /^\p{Lu}/u.test(replacedText);
  if (refersOnly && (nounPhrase(added, text) || added.every((w) => REFERENCE_WORDS.has(w.key) || GRAMMAR_WORDS.has(w.key) || /^\p{Lu}/u.test(text.slice(w.start, w.end))))) return;
  // Grammar: the same word in another form ("[is]" for "are", "[walked]" for "walks").
  if (replaced.length === 1 && added.length === 1) {
    const a = added[0].key;
    const r = replaced[0].key;
    if ((GRAMMAR_WORDS.has(a) && GRAMMAR_WORDS.has(r)) || (a.length >= 3 && r.length >= 3 && a.slice(0, 3) === r.slice(0, 3))) return;
  }
  problems.push({ kind: 'replaced', by: 'brackets', text, replaced: replacedText });
}

/** A name or a short description: what may stand for a pronoun ("[Putin]", "[the new powers]"). */
function nounPhrase(ws: Word[], text: string): boolean {
  if (!ws.length || ws.length > 5) return false;
  if (/^[\p{Lu}\p{N}]/u.test(text) && !ws.some((w) => GRAMMAR_WORDS.has(w.key) && !ARTICLES.has(w.key))) return true;
  return ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our'].includes(ws[0].key) && !ws.slice(1).some((w) => GRAMMAR_WORDS.has(w.key) && !ARTICLES.has(w.key));
}

/**
 * The elision the pieces make in the candidate quotes: in one quote, or across quotes of one
 * speaker in one source, cutting as little as possible. Null when no quote or speaker holds them all.
 */
export function findElision<C>(d: DraftMarks, candidates: QuoteWords<C>[]): Elision<C> | null {
  let best: { e: Elision<C>; cost: number } | null = null;
  for (const spelling of [false, true]) {
    for (const group of groups(candidates)) {
      const at = place(d, group, spelling);
      if (!at) continue;
      const cost = at.reduce((n, a, i) => n + (i && at[i - 1].quote !== a.quote ? CROSS : 0), 0) + (group.length > 1 ? 1 : 0);
      if (!best || cost < best.cost) best = { e: judge(d, group, at), cost };
    }
    if (best) break;
  }
  return best?.e ?? null;
}

/** One group a quote alone, and one a speaker's quotes in one source (in reading order). */
function groups<C>(candidates: QuoteWords<C>[]): QuoteWords<C>[][] {
  const out: QuoteWords<C>[][] = candidates.map((c) => [c]);
  const bySpeaker = new Map<string, QuoteWords<C>[]>();
  const seen = new Set<string>();
  for (const c of candidates) {
    const id = `${c.path}\u0000${c.index}`;
    if (!c.speaker || seen.has(id)) continue;
    seen.add(id);
    const key = `${c.path}\u0000${c.speaker}`;
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), c]);
  }
  for (const g of bySpeaker.values()) if (g.length > 1) out.push(g.sort((a, b) => a.index - b.index));
  return out;
}

/**
 * Pieces of a quotation that no one speaker's quotes in one source hold in order: two speakers'
 * words, two sources' words, or one speaker's words in another order than the source's.
 */
export interface Join<C> {
  kind: 'speakers' | 'sources' | 'order';
  first: { quote: QuoteWords<C>; text: string };
  other: { quote: QuoteWords<C>; text: string };
}

/**
 * When no one speaker's quotes in one source hold all the pieces in order: where the first piece
 * stands and where a later one does. Pieces of fewer than three words are too short to say where
 * they come from.
 */
export function findJoin<C>(d: DraftMarks, candidates: QuoteWords<C>[], draftText: string): Join<C> | null {
  const found: { quote: QuoteWords<C>; text: string; at: number }[] = [];
  for (const p of d.pieces) {
    // Where a piece comes from, its inner punctuation aside (a colon for a comma is no other source).
    const bare = p.words.filter((w) => !isPunctuation(w));
    if (bare.length < 3) continue;
    let at = -1;
    const q = candidates.find((c) => (at = occurrences(bare, c.words.filter((w) => !isPunctuation(w)), true)[0] ?? -1) >= 0);
    if (!q) return null;
    found.push({ quote: q, text: draftText.slice(p.words[0].start, p.words[p.words.length - 1].end), at });
  }
  if (found.length < 2) return null;
  const [first, ...rest] = found;
  const piece = (f: (typeof found)[number]) => ({ quote: f.quote, text: f.text });
  for (const f of rest) {
    if (f.quote.path !== first.quote.path) return { kind: 'sources', first: piece(first), other: piece(f) };
    if (f.quote !== first.quote && (!first.quote.speaker || f.quote.speaker !== first.quote.speaker)) return { kind: 'speakers', first: piece(first), other: piece(f) };
    if (f.quote.index < first.quote.index || (f.quote === first.quote && f.at < first.at)) return { kind: 'order', first: piece(first), other: piece(f) };
  }
  return null;
}
