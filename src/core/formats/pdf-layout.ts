/**
 * A PDF's pages of positioned text as readable text: runs joined into lines by their positions,
 * running headers and footers (and bare page numbers) dropped, lines joined into paragraphs by
 * the space between them (a paragraph one line of text), words hyphenated at a line's end joined again, and where each page
 * starts kept for locators. Pure: the PDF library only supplies the positioned runs.
 */
import { COMMON_WORDS } from '../reading/vocabulary/common-words';
import type { PdfPage, PdfTextItem } from './types';

interface Line {
  page: number;
  text: string;
  /** Left end, right end and baseline, in PDF units (y grows upwards). */
  x: number;
  right: number;
  y: number;
  size: number;
}

export interface PdfText {
  text: string;
  /** Offset where each page starts (page n at pages[n-1]). */
  pages: number[];
  /** Pages that had no text at all (a scan, or an image). */
  emptyPages: number[];
}

/** Runs of one page as lines, in the order the page draws them. */
function linesOf(page: PdfPage, n: number): Line[] {
  const out: Line[] = [];
  let cur: Line | null = null;
  let lastEnd = 0;
  let lastChar = '';
  for (const it of page.items) {
    if (!it.str) continue;
    const size = it.size > 0 ? it.size : 10;
    const sameLine = cur && Math.abs(it.y - cur.y) < Math.max(cur.size, size) * 0.5 && it.x >= lastEnd - size * 1.5;
    if (!cur || !sameLine) {
      if (cur) out.push(cur);
      cur = { page: n, text: it.str, x: it.x, right: it.x + it.width, y: it.y, size };
    } else {
      // A gap wider than a thin space between two runs is a space; none is one word ("fi" + "le").
      const gap = it.x - lastEnd;
      const space = gap > size * 0.15 && !/\s$/.test(lastChar) && !/^\s/.test(it.str);
      cur.text += (space ? ' ' : '') + it.str;
      cur.right = Math.max(cur.right, it.x + it.width);
      cur.size = Math.max(cur.size, size);
    }
    lastEnd = it.x + it.width;
    lastChar = it.str[it.str.length - 1];
    if (it.eol && cur) {
      out.push(cur);
      cur = null;
    }
  }
  if (cur) out.push(cur);
  // Soft hyphens show only where a line breaks at them.
  for (const l of out) l.text = l.text.replace(/\u00ad(?!$)/g, '').replace(/\s+/g, ' ').trim();
  return out.filter((l) => l.text);
}

/** "Page 3 of 10", "- 3 -", "3/10", "3": a page number alone. */
const PAGE_NUMBER = /^(?:page\s+)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:\/|of)\s*\d{1,4})?$/i;

/** A line as it repeats from page to page: its digits (dates, page numbers) aside. */
function shape(l: Line): string {
  return l.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Drops running headers and footers: lines near the top or bottom of the page that recur on
 * most pages (digits aside), page numbers alone, and on any page a small line standing apart in
 * the margin above or below the body (a browser's print header: date, title, address).
 */
function dropFurniture(pages: Line[][], heights: number[], bodySize: number): Line[][] {
  const edgeShapes = new Map<string, number>();
  const edges = (ls: Line[]) => {
    const byY = [...ls].sort((a, b) => b.y - a.y);
    return [...byY.slice(0, 2), ...byY.slice(-2)];
  };
  for (const ls of pages) for (const s of new Set(edges(ls).map(shape))) edgeShapes.set(s, (edgeShapes.get(s) ?? 0) + 1);
  const recurring = (l: Line) => pages.length >= 2 && (edgeShapes.get(shape(l)) ?? 0) >= Math.max(2, Math.ceil(pages.length * 0.5));
  return pages.map((ls, i) => {
    const edge = new Set(edges(ls));
    const body = ls.filter((l) => !edge.has(l) || l.size >= bodySize * 0.9);
    const top = Math.max(...body.map((l) => l.y), -Infinity);
    const bottom = Math.min(...body.map((l) => l.y), Infinity);
    const h = heights[i] || 792;
    return ls.filter((l) => {
      if (!edge.has(l)) return true;
      const nearEdge = l.y > h * 0.9 || l.y < h * 0.1;
      if (nearEdge && (recurring(l) || PAGE_NUMBER.test(l.text))) return false;
      // A small line in the margin, well apart from the body.
      const apart = l.y > top + bodySize * 2 || l.y < bottom - bodySize * 2;
      return !(nearEdge && apart && l.size < bodySize * 0.9);
    });
  });
}

/** The font size most text is set in. */
function bodySizeOf(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const k = Math.round(l.size * 2) / 2;
    weight.set(k, (weight.get(k) ?? 0) + l.text.length);
  }
  let best = 10;
  let most = -1;
  for (const [k, w] of weight) if (w > most) [best, most] = [k, w];
  return best;
}

function percentile(xs: number[], q: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) * q)];
}

const HYPHEN_END = /(\p{L}+)([-\u2010\u00ad])$/u;

/**
 * Joins a word hyphenated at a line's end: a soft or typesetting hyphen always; an ordinary one
 * when the joined word is a word (elsewhere in the text, or common), not when both halves are
 * words of their own ("state-run") or the second starts with a capital ("Russia-Vietnam").
 */
function joinHyphen(head: string, hyphen: string, tail: string, vocabulary: Set<string>): boolean {
  if (!/^\p{Ll}/u.test(tail)) return false;
  if (hyphen !== '-') return true;
  const joined = (head + tail).toLowerCase();
  if (vocabulary.has(joined) || COMMON_WORDS.has(joined)) return true;
  if (vocabulary.has(`${head}-${tail}`.toLowerCase())) return false;
  if (COMMON_WORDS.has(head.toLowerCase()) && COMMON_WORDS.has(tail.toLowerCase())) return false;
  return true;
}

/**
 * The text of a PDF's pages: paragraphs separated by a blank line, each one line; a paragraph
 * that runs on to the next page is one paragraph (the page starts inside it).
 */
export function layoutPages(input: PdfPage[]): PdfText {
  const raw = input.map((p, i) => linesOf(p, i + 1));
  const bodySize = bodySizeOf(raw.flat());
  const pages = dropFurniture(raw, input.map((p) => p.height), bodySize);
  // Words as the text writes them whole, to tell a hyphenation from a compound.
  const vocabulary = new Set<string>();
  for (const ls of pages) for (const l of ls) for (const w of l.text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) vocabulary.add(w);

  let text = '';
  const starts: number[] = [];
  const empty: number[] = [];
  let prev: Line | null = null;
  let pageRight = 0;
  for (let p = 0; p < pages.length; p++) {
    const ls = pages[p];
    // The spacing of lines within a paragraph: the tighter gaps (a page of one-line paragraphs has few).
    const spacing = Math.max(bodySize * 0.9, percentile(ls.slice(1).map((l, i) => ls[i].y - l.y).filter((d) => d > bodySize * 0.5), 0.2) || bodySize * 1.2);
    const right = Math.max(...ls.map((l) => l.right), 0);
    if (!ls.length && !input[p].items.some((it) => it.str.trim())) empty.push(p + 1);
    let pageStart = -1;
    for (const l of ls) {
      let newParagraph = true;
      if (prev) {
        if (prev.page === l.page) {
          const gap = prev.y - l.y;
          // Lines of one paragraph: the usual spacing for their size (a headline's lines are further
          // apart), the same size, not after a line that ends well short.
          const usual = (spacing / bodySize) * Math.max(prev.size, l.size);
          newParagraph = gap <= 0 || gap > usual * 1.35 || Math.abs(prev.size - l.size) > 0.6 || (prev.right < right - bodySize * 6 && /[.?!:"\u201d]$/.test(prev.text)) || l.x > prev.x + bodySize * 1.5;
        } else {
          // Across a page: one paragraph when the last line ran full and the sentence goes on.
          newParagraph = prev.right < pageRight - bodySize * 3 || /[.?!:"\u201d]$/.test(prev.text) && !/^\p{Ll}/u.test(l.text);
        }
      }
      let line = l.text;
      // A paragraph is one line, as in a text file: the page's line breaks are the typesetter's, not the writer's.
      let sep = !text ? '' : newParagraph ? '\n\n' : ' ';
      if (!newParagraph) {
        // The word at the text's end (the end only: the whole text each line would grow as its square).
        const h = HYPHEN_END.exec(text.slice(-200));
        const tail = /^\p{L}+/u.exec(line)?.[0] ?? '';
        if (h && tail && joinHyphen(h[1], h[2], tail, vocabulary)) {
          // The word's second half joins the first; the line goes on after it ("Chi-" "nese," → "Chinese,").
          text = text.slice(0, -1) + tail;
          const rest = line.slice(tail.length);
          sep = /^\s/.test(rest) ? ' ' : '';
          line = rest.trimStart();
        } else if (h && tail) {
          // A compound broken at its hyphen ("state-" "run"): one word again.
          if (h[2] !== '-') text = text.slice(0, -1) + '-';
          sep = '';
        }
      }
      if (!line) sep = '';
      text += sep;
      if (pageStart < 0) pageStart = text.length;
      text += line;
      prev = l;
    }
    starts.push(pageStart < 0 ? text.length : pageStart);
    if (ls.length) pageRight = right;
  }
  return { text, pages: starts, emptyPages: empty };
}

/** A PDF's own title, when it is one (not "Untitled", a file name or a tool's name for the document). */
export function usableTitle(title: string | null): string | null {
  if (!title) return null;
  const t = title.trim();
  if (t.length < 4 || /^(?:untitled|document\d*|microsoft word\s*-.*|\S+\.(?:docx?|html?|pdf|txt|indd|pages|odt))$/i.test(t)) return null;
  // A page printed from a browser keeps its <title>: "Headline | Site".
  return /^(.{12,}?)\s+[|\u2013\u2014]\s+[^|\u2013\u2014]{2,40}$/.exec(t)?.[1] ?? t;
}

export type { PdfTextItem };
