/**
 * What is under the writer's cursor: a person's name in any form the sources use, or a quotation.
 * Used by the hover card, Go to Definition and verification; pure functions over text.
 */
import type { Corpus } from '../corpus/corpus';
import { tokenize, type Token } from '../reading/names';
import { findQuoteSpans, type QuoteSpan } from '../reading/quote-spans';
import type { Article, Person } from '../types';

export interface NameAt {
  /** Offsets in the line (or text) given. */
  start: number;
  end: number;
  form: string;
  people: Person[];
}

const MAX_WINDOW = 5;

/**
 * The longest run of words around `offset` that names someone in the corpus: "Trọng",
 * "Nguyen Phu Trong", "President Putin", "Kim Jong-un", "Le Thu". Returns null when the word under
 * the cursor is part of no known name.
 */
export function findNameAt(text: string, offset: number, corpus: Corpus, context?: { article: Article; base: number }): NameAt | null {
  // Only the line around the cursor matters; keep the work bounded on a huge line.
  const from = Math.max(0, text.lastIndexOf('\n', offset - 1) + 1, offset - 300);
  let to = text.indexOf('\n', offset);
  if (to < 0) to = text.length;
  to = Math.min(to, offset + 300);
  const toks = tokenize(text, from, to);
  const at = toks.findIndex((t) => t.start <= offset && offset <= t.end);
  if (at < 0 || !/\p{L}/u.test(toks[at].text)) return null;
  let best: NameAt | null = null;
  for (let len = MAX_WINDOW; len >= 1 && !best; len--) {
    for (let s = Math.max(0, at - len + 1); s <= at && s + len <= toks.length; s++) {
      const win = toks.slice(s, s + len);
      if (!joinedWords(text, win)) continue;
      // Names are capitalised words (particles aside); a lower-case word under the cursor is no name.
      if (!win.every((t, i) => t.cap || (i > 0 && i < win.length - 1 && t.text.length <= 3))) continue;
      const form = text.slice(win[0].start, win[win.length - 1].end);
      const people = corpus.findPeople(form);
      if (people.length) {
        best = { start: win[0].start, end: win[win.length - 1].end, form, people };
        break;
      }
    }
  }
  // "Thayer" fits two people; the draft itself says which one ("Carl Thayer … Thayer added").
  if (best && best.people.length > 1 && context) {
    const at = context.base + offset;
    const m = context.article.mentions.find((x) => x.span.start <= at && at <= x.span.end);
    const own = m ? corpus.findPeople(context.article.people[m.person].name) : [];
    const narrowed = best.people.filter((p) => own.includes(p));
    if (narrowed.length) best.people = narrowed;
  }
  return best;
}

function joinedWords(text: string, win: Token[]): boolean {
  for (let i = 1; i < win.length; i++) {
    const gap = text.slice(win[i - 1].end, win[i].start);
    if (!/^[ \u00a0-]{1,2}$/.test(gap) || win[i - 1].possessive) return false;
  }
  return true;
}

export interface QuoteAt {
  span: QuoteSpan;
  /** The words between the marks (continued parts joined by one space). */
  text: string;
}

/** Quotations in a draft, with their text. */
export function draftQuotes(text: string): QuoteAt[] {
  return findQuoteSpans(text).map((span) => ({
    span,
    text: span.parts.map((p) => text.slice(p.start, p.end).replace(/\s*[\r\n]+\s*/g, ' ')).join(' '),
  }));
}

/** The quotation whose marks enclose `offset`, if any. */
export function quoteAt(quotes: QuoteAt[], offset: number): QuoteAt | null {
  for (const q of quotes) {
    if (q.span.outer.start <= offset && offset <= q.span.outer.end) return q;
    if (q.span.outer.start > offset) break;
  }
  return null;
}
