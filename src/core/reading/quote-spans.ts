/**
 * Finds the spans of double-quoted text the way a reader sees them: curly or straight marks,
 * single marks nested inside, quotes continued over several paragraphs (the opening mark repeated
 * at each continued paragraph, blank lines or not, or run together on one line as the BBC files
 * do), and missing closing marks. One pass over the text, no backtracking: time is linear in the
 * input whatever it contains.
 */
import type { Span } from '../types';
import { markView } from './mark-styles';

export interface QuoteSpan {
  /** Text offsets of each part, without marks and trimmed of surrounding white space. */
  parts: Span[];
  /** Opening mark of the first part to just past the closing mark (or the end of the last part). */
  outer: Span;
  /** False when the source never closed the quote and it was ended at its paragraph. */
  closed: boolean;
}

const OPENERS = new Set(['\u201c', '\u201e', '\u00ab']);
const CLOSERS = new Set(['\u201d', '\u00bb']);
const STRAIGHT = '"';
const ALL_MARKS = new Set(['"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb']);

/** Characters after which a straight mark may open a quote. */
const OPEN_AFTER = new Set([' ', '\t', '\n', '\r', '\u00a0', '(', '[', '{', '<', '\u2014', '\u2013', '-', '/', ':', ';', ',', '\u2026', '\u2018', "'", '*', '_', '>']);
/** Characters before which a straight mark may close a quote. */
const CLOSE_BEFORE = new Set([' ', '\t', '\n', '\r', '\u00a0', '.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '\u2014', '\u2013', '-', '/', '\u2026', '\u2019', "'", '*', '_']);

const MAX_PART_LINES = 60;

/** The code of a character in ALL_MARKS. */
function isMarkCode(code: number): boolean {
  return code === 0x22 || code === 0xab || code === 0xbb || (code >= 0x201c && code <= 0x201f);
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\u3000' || c === '\u2009' || c === '\u202f';
}

function isBreak(c: string): boolean {
  return c === '\n' || c === '\r';
}

type MarkRole = 'open' | 'close' | 'either' | 'none';

function roleOf(text: string, i: number): MarkRole {
  const c = text[i];
  const prev = i > 0 ? text[i - 1] : '\n';
  const next = i + 1 < text.length ? text[i + 1] : '\n';
  if (OPENERS.has(c)) return 'open';
  if (CLOSERS.has(c)) {
    // A right mark written where an opening mark belongs ("”Hello”"): treat by position.
    if ((OPEN_AFTER.has(prev) || ALL_MARKS.has(prev)) && !CLOSE_BEFORE.has(next) && !isBreak(next)) return 'either';
    return 'close';
  }
  if (c !== STRAIGHT && c !== '\u201f') return 'none';
  const canOpen = (OPEN_AFTER.has(prev) || ALL_MARKS.has(prev)) && !isSpace(next) && !isBreak(next);
  const canClose = !isSpace(prev) && !isBreak(prev) && (CLOSE_BEFORE.has(next) || ALL_MARKS.has(next));
  if (canOpen && canClose) return 'either';
  if (canOpen) return 'open';
  if (canClose) return 'close';
  // A mark with space on both sides (' " '): only ever a stray closing mark typed after a space.
  if (isSpace(prev) && (isSpace(next) || isBreak(next))) return 'close';
  return 'none';
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Does the text before `i` (within the open part) end a sentence: "... weeks. " */
function endsSentenceBefore(text: string, partStart: number, i: number): boolean {
  let j = i - 1;
  let sawSpace = false;
  while (j >= partStart && isSpace(text[j])) {
    j--;
    sawSpace = true;
  }
  if (!sawSpace || j < partStart) return false;
  let c = text[j];
  if (c === "'" || c === '\u2019' || c === ')') c = text[j - 1] ?? '';
  return c === '.' || c === '?' || c === '!' || c === '\u2026' || c === ':';
}

/**
 * Finds every quoted span in `text`: double marks, and the house styles of mark-styles.ts (two
 * apostrophes; single marks as a paper's marks; single marks in the headline, when given).
 * Contract: spans are in text order, do not overlap, and every offset is within the text.
 */
export function findQuoteSpans(text: string, headline: Span | null = null): QuoteSpan[] {
  // The view's double marks are scanned once: markView scans them to weigh the house style, and
  // when it writes no single marks as double ones, that scan is the answer.
  const scanned = { view: '', spans: [] as QuoteSpan[] };
  const view = markView(text, headline, (v) => {
    scanned.view = v;
    scanned.spans = scan(v);
    return scanned.spans.map((q) => q.outer);
  });
  const out = scanned.view === view ? scanned.spans : scan(view);
  if (view === text) return out;
  // A mark written as two apostrophes: the outer span takes both.
  for (const q of out) {
    if (text[q.outer.start] === "'" && text[q.outer.start - 1] === "'") q.outer.start--;
    if (text[q.outer.end - 1] === "'" && text[q.outer.end] === "'") q.outer.end++;
  }
  return out;
}

/** Double-quoted spans, as one pass over the text. */
function scan(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const n = text.length;
  let open = false;
  let depth = 0;
  let parts: Span[] = [];
  let partStart = 0;
  let outerStart = 0;
  let partLines = 0;

  const finish = (closeAt: number, closed: boolean, outerEnd: number) => {
    parts.push(trimSpan(text, partStart, closeAt));
    const kept = parts.filter((p) => p.end > p.start);
    if (kept.length && kept.some((p) => /[\p{L}\p{N}]/u.test(text.slice(p.start, Math.min(p.end, p.start + 200))))) {
      out.push({ parts: kept, outer: { start: outerStart, end: outerEnd }, closed });
    }
    open = false;
    depth = 0;
    parts = [];
  };

  for (let i = 0; i < n; i++) {
    // Most characters are neither a line break nor a quotation mark: decide that on the code.
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13 && !isMarkCode(code)) continue;
    const c = text[i];
    if (isBreak(c)) {
      if (!open) continue;
      // Where does the next non-blank line start, and was there a blank line on the way?
      let j = i;
      let breaks = 0;
      while (j < n && (isBreak(text[j]) || isSpace(text[j]))) {
        if (text[j] === '\n' || (text[j] === '\r' && text[j + 1] !== '\n')) breaks++;
        j++;
      }
      const nextIsOpener = j < n && ALL_MARKS.has(text[j]) && (OPENERS.has(text[j]) || roleOf(text, j) !== 'close');
      if (nextIsOpener) {
        // The convention for a quote continued into the next paragraph.
        parts.push(trimSpan(text, partStart, i));
        partStart = j + 1;
        partLines = 0;
        depth = 0;
        i = j;
        continue;
      }
      const lineEndsSentence = endsSentenceBefore(text, partStart, i) || /[.?!\u2026:]\s*$/.test(text.slice(Math.max(partStart, i - 3), i));
      if (breaks > 1 || j >= n || lineEndsSentence || ++partLines > MAX_PART_LINES) {
        // Never closed: end it with its paragraph rather than swallow the rest of the article.
        finish(i, false, trimSpan(text, partStart, i).end);
        i = j - 1;
      }
      continue;
    }
    if (!ALL_MARKS.has(c)) continue;
    const role = roleOf(text, i);
    if (role === 'none') continue;
    if (!open) {
      if (role === 'open' || (role === 'either' && c !== '\u201d' && c !== '\u00bb')) {
        open = true;
        depth = 0;
        parts = [];
        partStart = i + 1;
        outerStart = i;
        partLines = 0;
      }
      continue;
    }
    if (role === 'close' || role === 'either') {
      if (depth > 0) {
        depth--;
        continue;
      }
      finish(i, true, i + 1);
      continue;
    }
    // An opening mark inside an open quote.
    if (endsSentenceBefore(text, partStart, i)) {
      // Paragraphs run together on one line: the previous paragraph's quote continues here.
      parts.push(trimSpan(text, partStart, i));
      partStart = i + 1;
      depth = 0;
    } else {
      depth++;
    }
  }
  if (open) finish(n, false, trimSpan(text, partStart, n).end);
  return out;
}
