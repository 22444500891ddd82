/**
 * Text primitives shared by every part of the core: decoding source bytes, mapping offsets to
 * editor positions, and the normalisations that make "Trọng" match "Trong" and ’ match '.
 */
import type { Position } from '../types';

export interface DecodedText {
  text: string;
  /** Set when the bytes were not valid UTF-8 and were read as Windows-1252 instead. */
  encoding: 'utf-8' | 'windows-1252';
  hadBom: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Windows-1252's 0x80-0x9F (curly quotes, dashes, €); Latin-1 elsewhere. Not every Node has the ICU data for it. */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    let s = '';
    for (let j = i; j < end; j++) {
      const b = bytes[j];
      s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    parts.push(s);
  }
  return parts.join('');
}

/**
 * Decodes a source file. A UTF-8 BOM is dropped (editors hide it too, so offsets agree with the
 * editor's); bytes that are not valid UTF-8 are read as Windows-1252, which never fails and keeps
 * Latin-1 text readable.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  let start = 0;
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (hadBom) start = 3;
  const body = start ? bytes.subarray(start) : bytes;
  try {
    return { text: utf8.decode(body), encoding: 'utf-8', hadBom };
  } catch {
    return { text: decodeCp1252(body), encoding: 'windows-1252', hadBom };
  }
}

/** Drops a leading BOM from text that was decoded elsewhere (an editor buffer, say). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Maps UTF-16 offsets to 0-based line/character positions the way VS Code counts them:
 * `\r\n`, `\n` and a lone `\r` each end a line.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(pos: Position): number {
    const line = Math.max(0, Math.min(pos.line, this.starts.length - 1));
    const lineEnd = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return Math.min(this.starts[line] + Math.max(0, pos.character), lineEnd);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
}

const COMBINING = /[\u0300-\u036f]/g;
const SPECIAL_FOLDS: Record<string, string> = { đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i' };
const SPECIAL_RE = /[đĐøØłŁßæÆœŒı]/g;

/** Removes diacritics: "Trọng" → "Trong", "Đà Nẵng" → "Da Nang". Keeps length-independent meaning only. */
export function foldDiacritics(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  return s.normalize('NFD').replace(COMBINING, '').replace(SPECIAL_RE, (c) => SPECIAL_FOLDS[c] ?? c).normalize('NFC');
}

/** Typographic variants that never change what was said. */
const TYPO_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2009': ' ', '\u200a': ' ', '\u202f': ' ', '\u2007': ' ', '\u3000': ' ',
  '\u2026': '...',
};
const TYPO_RE = /[\u2018\u2019\u201a\u201b\u2032`\u00b4\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212\u00a0\u2009\u200a\u202f\u2007\u3000\u2026]/g;

/** Straightens quote marks and apostrophes, unifies dashes and spaces, spells out the ellipsis. */
export function normalizeTypography(s: string): string {
  return s.replace(TYPO_RE, (c) => TYPO_MAP[c] ?? c);
}

/** True when `s` is plain ASCII without a backtick: the only text folding leaves as it is (bar case). */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f || c === 0x60) return false;
  }
  return true;
}

/** Lower-case, diacritic-free, typography-free: the key two surface forms are compared by. */
export function foldKey(s: string): string {
  // Most keys are short ASCII words: skip the regular expressions and normalisation for them.
  if (isPlainAscii(s)) return s.toLowerCase();
  return foldDiacritics(normalizeTypography(s)).toLowerCase();
}

/** Character classes for `wordTokens`, by UTF-16 code unit: 0 unknown, 1 other, 2 digit-like, 3 letter. */
const charClass = new Uint8Array(0x10000);
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;

function classOf(code: number): number {
  let k = charClass[code];
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = IS_LETTER.test(ch) ? 3 : IS_NUMBER.test(ch) ? 2 : 1;
    charClass[code] = k;
  }
  return k;
}

/** Class of the code point at `i` and its length in code units (astral letters are two). */
function pointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const ch = s.slice(i, i + 2);
      return (IS_LETTER.test(ch) ? 3 : IS_NUMBER.test(ch) ? 2 : 1) | 8;
    }
  }
  return classOf(c);
}

/**
 * Words of a text as lower-case, diacritic-free tokens (letters and digits; inner apostrophes kept).
 * The same tokens as `/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*\/gu` over `foldKey(s)`, found by a scan
 * that classifies each code unit once (search indexing runs it over the whole archive).
 */
export function wordTokens(s: string): string[] {
  const out: string[] = [];
  const t = foldKey(s);
  scanWords(t, (start, end) => out.push(t.slice(start, end)));
  return out;
}

/** Calls `each(start, end)` for each word of `t`, already folded, as `wordTokens` splits it. */
export function scanWords(t: string, each: (start: number, end: number) => void): void {
  const n = t.length;
  let i = 0;
  while (i < n) {
    let p = pointAt(t, i);
    if ((p & 7) < 2) {
      i += p & 8 ? 2 : 1;
      continue;
    }
    const start = i;
    while (i < n && ((p = pointAt(t, i)) & 7) >= 2) i += p & 8 ? 2 : 1;
    // Apostrophe groups: ' or ’ followed by at least one letter (digits end the word there).
    for (;;) {
      const c = t.charCodeAt(i);
      if (i + 1 >= n || (c !== 39 && c !== 0x2019)) break;
      let j = i + 1;
      while (j < n && ((p = pointAt(t, j)) & 7) === 3) j += p & 8 ? 2 : 1;
      if (j === i + 1) break;
      i = j;
    }
    each(start, i);
  }
}

/** Damerau-free Levenshtein distance, bounded: returns max+1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** The first index in [0, length) where `before` turns false (it must be true, then false): a binary search. */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
