/**
 * Sentence and paragraph boundaries. Quotes are atomic: a full stop inside a quote never ends the
 * writer's sentence, but a quote that ends a sentence (`...atrocities.” Vietnam ...`) does.
 */
import type { QuoteSpan } from './quote-spans';
import type { Span } from '../types';

export interface Sentence extends Span {
  /** Index of the paragraph the sentence starts in. */
  paragraph: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'no',
  'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'jan', 'feb', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'mt', 'ft', 'approx',
  'dept', 'est', 'fig', 'vol', 'ed', 'cf', 'al', 'maj', 'adm', 'cmdr', 'hon', 'messrs', 'mme', 'mlle', 'u.s', 'u.k', 'e.g',
  'i.e', 'a.m', 'p.m', 'u.n', 'd.c',
  // US states as wire copy abbreviates them: "San Bernardino, Calif., police said".
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wisc', 'wyo',
  'n.y', 'n.j', 'n.c', 's.c', 'n.h', 'n.m', 'n.d', 's.d', 'r.i', 'w.va',
]);

function isSpaceChar(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}

/** Paragraphs: blocks of text separated by blank lines, or single lines that end a sentence. */
export function findParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let cur: Span | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m[0].length > 0) {
    const lineStart = m.index;
    const body = m[0].replace(/[\r\n]+$/, '');
    const lineEnd = lineStart + body.length;
    if (body.trim() === '') {
      if (cur) out.push(cur);
      cur = null;
    } else if (cur && !endsBlock(text.slice(cur.start, cur.end)) && !startsBlock(body)) {
      cur.end = lineEnd; // a hard-wrapped line continues its paragraph
    } else {
      if (cur) out.push(cur);
      cur = { start: lineStart, end: lineEnd };
    }
    if (re.lastIndex >= text.length) break;
  }
  if (cur) out.push(cur);
  return out;
}

function endsBlock(prev: string): boolean {
  const t = prev.trimEnd();
  // A line ending a sentence, or a heading-like line (no lower-case letter, or short without punctuation).
  if (/[.?!:\u2026"\u201d'\u2019)\]|-]$/.test(t)) return true;
  if (!/\p{Ll}/u.test(t)) return true;
  const lastLine = t.slice(t.lastIndexOf('\n') + 1);
  return lastLine.length < 70 && !/[,;]$/.test(lastLine) && lastLine === t;
}

function startsBlock(line: string): boolean {
  return /^\s*(?:[#>*+-]|\d+[.)]\s|\|)/.test(line);
}

/**
 * Splits each paragraph into sentences, treating every quote span as one unbreakable unit.
 * Contract: sentences are ordered, disjoint, and cover every non-space character of each paragraph.
 */
export function findSentences(text: string, paragraphs: Span[], quotes: QuoteSpan[]): Sentence[] {
  const out: Sentence[] = [];
  let qi = 0;
  let pi = 0;
  let start = -1;
  const push = (end: number) => {
    if (start < 0) return;
    let e = end;
    while (e > start && /\s/.test(text[e - 1])) e--;
    if (e > start) out.push({ start, end: e, paragraph: pi });
    start = -1;
  };
  for (pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    let i = p.start;
    // A quote continued from an earlier paragraph: the sentence that holds it already started.
    if (start < 0) start = i;
    while (i < p.end) {
      while (qi < quotes.length && quotes[qi].outer.end <= i) qi++;
      const q = qi < quotes.length ? quotes[qi] : null;
      if (q && q.outer.start <= i && i < q.outer.end) {
        if (q.outer.end > p.end) {
          // The quote runs into later paragraphs: keep the sentence open across them.
          i = q.outer.end;
          break;
        }
        i = q.outer.end;
        if (endsWithTerminal(text, q) && startsNewSentence(text, i)) {
          push(i);
          start = nextNonSpace(text, i, p.end);
        }
        continue;
      }
      if (start < 0) start = i;
      if (isTerminalCode(text.charCodeAt(i)) && isBoundary(text, i, p.end)) {
        let j = i + 1;
        while (j < p.end && (text[j] === '.' || text[j] === ')' || text[j] === '\'' || text[j] === '\u2019')) j++;
        push(j);
        start = nextNonSpace(text, j, p.end);
        i = j;
        continue;
      }
      i++;
    }
    if (i >= p.end) {
      const nextPara = paragraphs[pi + 1];
      const continued = quotes[qi] && nextPara && quotes[qi].outer.start < p.end && quotes[qi].outer.end > p.end;
      if (!continued) push(Math.min(i, p.end));
      else if (start < 0) start = p.start;
    } else {
      // The loop broke on a continued quote; resume after it in whatever paragraph it ends.
      const end = i;
      while (pi + 1 < paragraphs.length && paragraphs[pi + 1].start < end) pi++;
      const p2 = paragraphs[pi];
      let k = end;
      const q = quotes[qi];
      if (endsWithTerminal(text, q) && startsNewSentence(text, k)) {
        push(k);
        start = -1;
      }
      while (k < p2.end) {
        while (qi < quotes.length && quotes[qi].outer.end <= k) qi++;
        const q2 = qi < quotes.length ? quotes[qi] : null;
        if (q2 && q2.outer.start <= k && k < q2.outer.end) {
          k = q2.outer.end;
          continue;
        }
        if (start < 0 && !/\s/.test(text[k])) start = k;
        const c = text.charCodeAt(k);
        if ((c === 46 || c === 63 || c === 33) && isBoundary(text, k, p2.end)) {
          push(k + 1);
        }
        k++;
      }
      push(p2.end);
    }
  }
  return out;
}

/** . ? ! or … */
function isTerminalCode(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 0x2026;
}

function nextNonSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text[i])) i++;
  return i < end ? i : -1;
}

function endsWithTerminal(text: string, q: QuoteSpan): boolean {
  const last = q.parts[q.parts.length - 1];
  const c = text[last.end - 1];
  return c === '.' || c === '?' || c === '!' || c === '\u2026';
}

/** After a quote that ends with a full stop: does a new sentence begin (capital or another quote)? */
function startsNewSentence(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && isSpaceChar(text[j])) j++;
  if (j >= text.length || text[j] === '\n' || text[j] === '\r') return true;
  if (j === i) return false;
  const c = text[j];
  return /[\p{Lu}\p{N}"\u201c\u2018(\[]/u.test(c);
}

function isBoundary(text: string, i: number, end: number): boolean {
  const c = text[i];
  let j = i + 1;
  while (j < end && (text[j] === '.' || text[j] === ')' || text[j] === '\'' || text[j] === '\u2019')) j++;
  if (j >= end) return true;
  if (!isSpaceChar(text[j])) return false;
  let k = j;
  while (k < end && isSpaceChar(text[k])) k++;
  if (k >= end) return true;
  const next = text[k];
  if (!/[\p{Lu}\p{N}"\u201c\u2018(\[\u2026]/u.test(next)) return false;
  if (c !== '.') return true;
  return !endsAbbreviation(text, i);
}

/** Is the full stop at `i` the end of an abbreviation or an initial ("Mr. Smith", "U.S. President", "George W. Bush")? */
export function endsAbbreviation(text: string, i: number): boolean {
  let w = i - 1;
  while (w >= 0 && /[\p{L}.]/u.test(text[w])) w--;
  const word = text.slice(w + 1, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // An initial or initials: "George W. Bush", "J.M. Berger".
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(text.slice(w + 1, i));
}
