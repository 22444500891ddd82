/**
 * The words a quotation's fidelity is judged on: words and inner punctuation with their offsets,
 * keyed so that typography, case and the writer's end punctuation never count as a difference.
 */
import { foldDiacritics, normalizeTypography } from '../reading/text';

export interface Word {
  /** Comparison key: folded typography and case, diacritics kept apart by foldDiacritics. */
  key: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019\u2018][\p{L}\p{N}]+)*(?:[-\u2010\u2011][\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*)*|[,;:?!]/gu;

/** The comparison key of one word as written. */
export function wordKey(w: string): string {
  return foldDiacritics(normalizeTypography(w)).toLowerCase();
}

/** Words and inner punctuation of `text[from, to)`: what a quotation's fidelity is judged on. */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = 0;
  const slice = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(slice))) {
    out.push({ key: wordKey(m[0]), start: from + m.index, end: from + m.index + m[0].length });
  }
  // The punctuation at either end of a quote is the writer's to fit to the sentence.
  while (out.length && isPunctuation(out[out.length - 1])) out.pop();
  while (out.length && isPunctuation(out[0])) out.shift();
  return out;
}

/** A comma, semicolon, colon, question or exclamation mark: kept as a word inside a quote. */
export function isPunctuation(w: Word): boolean {
  return /^[,;:?!]$/.test(w.key);
}

/**
 * British and American spellings of the same word: normalise/normalize, honour/honor,
 * defence/defense, practising/practicing.
 */
export function spellingKey(k: string): string {
  let v = spellings.get(k);
  if (v === undefined) {
    if (spellings.size > 50_000) spellings.clear();
    spellings.set(k, (v = spelled(k)));
  }
  return v;
}

const spellings = new Map<string, string>();

function spelled(k: string): string {
  return k
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/(ti)c(e|ed|es|ing)$/, '$1z$2')
    .replace(/our(s?)$/, 'or$1')
    .replace(/tre$/, 'ter')
    .replace(/ll(ed|ing)$/, 'l$1')
    .replace(/ence$/, 'ense');
}
