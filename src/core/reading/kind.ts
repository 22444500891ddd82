/**
 * Whether quoted words are someone's words (speech) or the writer's term, title, nickname or scare
 * quote, and whether a quote is a fragment in the writer's own sentence.
 */
import type { Attribution } from './attribution';
import { GIVEN_NAMES } from './vocabulary';
import type { QuoteSpan } from './quote-spans';
import { foldKey, partitionPoint } from './text';
import type { Span } from '../types';

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'as', 'vs', 'v']);

function isTitleCase(q: string): boolean {
  const words = q.replace(/[.,!?]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 9) return false;
  if (!/^\p{Lu}/u.test(words[0])) return false;
  return words.every((w) => SMALL_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\d]/u.test(w));
}

/** "five of its seven “comprehensive strategic” partners": words the article also uses without marks are its own vocabulary, a term. */
export function usedUnquoted(hay: string, words: string, quotes: QuoteSpan[]): boolean {
  const needle = words.toLowerCase().replace(/[.,;:!?]+$/, '');
  if (needle.length < 4) return false;
  let seen = 0;
  for (let at = hay.indexOf(needle); at >= 0 && seen < 50; at = hay.indexOf(needle, at + 1), seen++) {
    // The last quote starting at or before this point (quotes are in order and do not overlap).
    const q = quotes[partitionPoint(quotes.length, (i) => quotes[i].outer.start <= at) - 1];
    if (!q || at >= q.outer.end) return true;
  }
  return false;
}

export function isNickname(text: string, outer: Span): boolean {
  const first = /(?:^|[\s(])(\p{Lu}[\p{L}'\u2019-]+)\s+$/u.exec(text.slice(Math.max(0, outer.start - 30), outer.start));
  return !!first && GIVEN_NAMES.has(foldKey(first[1])) && /^\s+\p{Lu}[\p{L}'\u2019-]+/u.test(text.slice(outer.end, outer.end + 30));
}

export function decideSpeech(q: string, words: number, att: Attribution, after: string): boolean {
  if (att.naming && words <= 6) return false;
  // A word or two the sentence talks about: "said "blog" headed the list", ""affect" and "effect"".
  // Not when the whole clause is reported ("any "unusual activity" was detected, bank officials said"),
  // nor for two quoted words in a row someone said ("the rules were "not proportionate" and "discriminatory"").
  if (words <= 2 && att.how !== 'post' && /^\s+(?:is|was|has|had|are|were|headed|topped|became|means|meant|comes|came)\b/.test(after)) return false;
  if (words === 1 && /^\s+and\s+["\u201c]/.test(after) && !att.strong) return false;
  const attributed = att.how !== 'none';
  if (isTitleCase(q) && words <= 8 && !(attributed && (att.how === 'post' || att.how === 'continuation'))) return false;
  if (words <= 3) {
    if (!attributed) return false;
    if (att.how === 'post' || att.how === 'continuation' || att.how === 'previous') return words >= 2 || att.how === 'post';
    // "The Conservatives have expressed «serious misgivings»": the object of an attribution verb.
    return att.strong || att.how === 'pre' || att.how === 'according';
  }
  return true;
}

export function isPartial(q: string, speech: boolean, pre: string): boolean {
  const first = /[\p{L}\p{N}]/u.exec(q);
  if (!speech) return /[\p{L}\p{N}]/u.test(pre);
  if (!first) return false;
  return first[0] !== first[0].toUpperCase();
}
