/**
 * House styles of quotation marks other than double marks, written as double marks in a view of
 * the text so that one scanner (quote-spans.ts) reads them all:
 *
 * - two apostrophes as a mark (`''We may be seeing it,'' he said`), as the New York Times prints;
 * - single marks as the paper's own marks (`‘We will not back down,’ she said`): British,
 *   Australian and Indian papers, tabloids; double marks are then quotes inside quotes;
 * - single marks in a headline above a body in double marks (`Blair 'will not quit'`).
 *
 * The view has the text's length, so every offset found in it is an offset in the text.
 */
import type { Span } from '../types';

/** A quotation in single marks: its opening marks (one per paragraph it runs over) and its closing mark. */
export interface SingleQuote {
  opens: number[];
  close: number;
}

/** The text with other marks written as double marks, or the text itself when there are none. */
export function markView(text: string, headline: Span | null, doubleSpans: (view: string) => Span[]): string {
  const edits: [number, string][] = [];
  // Two apostrophes: one becomes the mark, the other a space, so that the mark has what a scanner
  // expects on its outer side.
  for (let i = text.indexOf("''"); i >= 0; i = text.indexOf("''", i + 2)) {
    if (text[i - 1] === "'" || text[i + 2] === "'") continue;
    const before = i > 0 ? text[i - 1] : '\n';
    const after = i + 2 < text.length ? text[i + 2] : '\n';
    if (isWordChar(after) && !isWordChar(before)) edits.push([i, ' '], [i + 1, '\u201c']);
    else if (!isWordChar(after) && !isSpace(before)) edits.push([i, '\u201d'], [i + 1, ' ']);
  }
  let view = apply(text, edits);
  const quotes = singleQuotes(view);
  if (!quotes.length) return view;
  const spanOf = (q: SingleQuote): Span => ({ start: q.opens[0], end: q.close + 1 });
  const doubles = doubleSpans(view);
  const within = (p: Span, spans: Span[]) => spans.some((s) => s.start <= p.start && p.end <= s.end);
  const singles = quotes.filter((q) => !within(spanOf(q), doubles));
  const singleSpans = singles.map(spanOf);
  const inHeadline = (p: Span) => !!headline && p.start >= headline.start && p.end <= headline.end;
  const bodySingles = singleSpans.filter((p) => !inHeadline(p)).length;
  const bodyDoubles = doubles.filter((d) => !within(d, singleSpans) && !inHeadline(d)).length;
  // The body's house style decides; a headline may quote in single marks either way.
  const singleStyle = bodySingles > 0 && (bodyDoubles === 0 || bodySingles >= 2 * bodyDoubles);
  const marks: [number, string][] = [];
  singles.forEach((q, k) => {
    if (!singleStyle && !inHeadline(singleSpans[k])) return;
    for (const o of q.opens) marks.push([o, '\u201c']);
    marks.push([q.close, '\u201d']);
  });
  view = apply(view, marks);
  return view;
}

function apply(text: string, edits: [number, string][]): string {
  if (!edits.length) return text;
  edits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [i, c] of edits) {
    out += text.slice(at, i) + c;
    at = i + 1;
  }
  return out + text.slice(at);
}

function isWordChar(c: string | undefined): boolean {
  return !!c && /[\p{L}\p{N}]/u.test(c);
}

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
}

/** Characters after which a single mark may open a quote. */
const OPEN_AFTER = new Set([' ', '\t', '\n', '\r', '\u00a0', '(', '[', '\u2014', '\u2013', '-', '/', ':', ';', ',', '\u201c', '"']);
/** Characters before which a single mark may close a quote. */
const CLOSE_BEFORE = new Set([' ', '\t', '\n', '\r', '\u00a0', '.', ',', ';', ':', '!', '?', ')', ']', '\u2014', '\u2013', '-', '\u2026', '\u201d', '"']);

/**
 * Single marks that read as quotation marks, not apostrophes: an opening mark after a space or
 * punctuation and before a word ("'90s" is none), a closing mark after a word and before a space
 * or punctuation, never between two letters ("don't", "Smith's"). A quotation stays within its
 * paragraph, except that one left open where the next paragraph opens again continues there.
 */
export function singleQuotes(text: string): SingleQuote[] {
  const out: SingleQuote[] = [];
  let opens: number[] = [];
  for (let i = 0; i < text.length; i++) {
    // Most characters are neither a line break nor a single mark: decide that on the code.
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 39 && code !== 0x2018 && code !== 0x2019) continue;
    const c = text[i];
    if (c === '\n') {
      // A blank line ends a paragraph: an unclosed opening mark was no mark, unless the next
      // paragraph opens again.
      if (opens.length && /^\n[ \t\r]*\n/.test(text.slice(i, i + 4))) {
        let j = i;
        while (j < text.length && /\s/.test(text[j])) j++;
        if (!(text[j] === '\u2018' || text[j] === "'")) opens = [];
      }
      continue;
    }
    if (c !== "'" && c !== '\u2018' && c !== '\u2019') continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    const canOpen = c !== '\u2019' && (i === 0 || OPEN_AFTER.has(prev)) && isWordChar(next) && !/^\d\ds\b/.test(text.slice(i + 1, i + 4));
    const canClose = c !== '\u2018' && !isSpace(prev) && (next === undefined || CLOSE_BEFORE.has(next)) && !(isWordChar(prev) && isWordChar(next));
    if (!opens.length) {
      if (canOpen) opens = [i];
      continue;
    }
    const last = opens[opens.length - 1];
    // ("rock 'n' roll": one letter between two marks is a contraction.)
    if (canClose && i - last > 2) {
      out.push({ opens, close: i });
      opens = [];
    } else if (canOpen) {
      // A new paragraph opening again continues the quotation; anywhere else the first mark was none.
      if (/\n\s*$/.test(text.slice(last + 1, i))) opens.push(i);
      else opens = [i];
    }
  }
  return out;
}
