/** The stretch of a sentence around a quote that the rules read, with other quotations masked. */
import type { NameRun } from '../names';
import type { QuoteSpan } from '../quote-spans';
import type { Sentence } from '../sentences';
import { partitionPoint } from '../text';

export const WINDOW = 420;

export const MASK = '\u0000';

/**
 * text[from, to) with every quotation in it replaced by MASK characters (same length, so offsets
 * still line up). Finds the quotations by binary search: the cost is the window's, not the text's.
 */
export function mask(text: string, from: number, to: number, quotes: QuoteSpan[]): string {
  const lo = partitionPoint(quotes.length, (i) => quotes[i].outer.end <= from);
  let out = '';
  let i = from;
  for (let k = lo; k < quotes.length && quotes[k].outer.start < to; k++) {
    const a = Math.max(quotes[k].outer.start, from);
    const b = Math.min(quotes[k].outer.end, to);
    if (b <= i) continue;
    out += text.slice(i, Math.max(i, a)) + MASK.repeat(b - Math.max(i, a));
    i = b;
  }
  return out + text.slice(i, to);
}

/** The name runs inside [start, end), by binary search over runs in text order. */
export function runsIn(runs: NameRun[], start: number, end: number): NameRun[] {
  // Inline rather than partitionPoint: this runs for every clause of every article.
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: NameRun[] = [];
  for (let k = lo; k < runs.length && runs[k].start < end; k++) if (runs[k].start >= start && runs[k].end <= end) out.push(runs[k]);
  return out;
}

export function cleanPhrase(s: string): string {
  return s.replace(/^[\s,;:\u2014\u2013-]+|[\s,;:.\u2014\u2013-]+$/g, '');
}

/** Finds the sentence index holding each quote (the sentence that contains its opening mark). */
export function sentenceOfQuotes(sentences: Sentence[], quotes: QuoteSpan[]): number[] {
  const out: number[] = [];
  let si = 0;
  for (const q of quotes) {
    while (si + 1 < sentences.length && sentences[si].end <= q.outer.start) si++;
    out.push(si);
  }
  return out;
}
