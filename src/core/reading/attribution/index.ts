/**
 * Who said it: reads the sentence around each quote the way a careful editor does.
 *
 * - "…,” said X, role.  /  "…,” X said.  /  "…,” a spokesman for … told Reuters.
 * - X said: "…"  /  X stated that "…"  /  X praised Vietnam for "…"  /  According to X, "…"
 * - a quote standing alone after a sentence that names its speaker, or continuing one;
 * - pronouns and short names resolved to the full name given earlier; "the spokesperson" to the
 *   unnamed speaker described before; "told Reuters" kept as `via`.
 *
 * Every pattern works on a bounded window around the quote, so the cost per quote is constant.
 */
import { NAMING_CUES } from '../vocabulary';
import type { NameRun } from '../names';
import { tokenize } from '../names';
import { datelineEnd } from '../dateline';
import { endsAbbreviation } from '../sentences';
import { foldKey } from '../text';
import { AFTER_RULES, BEFORE_RULES } from './rules';
import type { AfterClause, BeforeClause } from './rules/rule';
import { WINDOW, mask } from './window';
import type { Attribution, AttributionContext, Window } from './types';

export { descriptionHead, isOrgLike, tidyDescription } from './description';
export { runsIn, sentenceOfQuotes } from './window';
export type { Attribution, AttributionContext, SpeakerRef } from './types';

/** What each side of a quote's own sentence reads, and which side the rules take. */
export interface Sides {
  /** The clause after the quote ("…," said X) and before it (X said: "…"), each as its first rule reads it. */
  post: Attribution | null;
  pre: Attribution | null;
  /** The sentence introduces the quote with a colon right before it. */
  colon: boolean;
  /** A naming verb right before the quote ("dubbed", "it calls"). */
  naming: boolean;
  /** The side the rules take: "X said:" first, then the clause after, then the clause before. */
  chosen: Attribution;
}

/** Both sides of quote `qi`'s own sentence. */
export function attributeSides(ctx: AttributionContext, qi: number): Sides {
  const q = ctx.quotes[qi];
  const s = ctx.sentences[ctx.quoteSentence[qi]];
  const none: Attribution = { ref: null, cue: null, role: null, via: null, how: 'none', naming: false, strong: false, rule: null };
  if (!s) return { post: null, pre: null, colon: false, naming: false, chosen: none };
  const preStart = Math.max(s.start, q.outer.start - WINDOW);
  const pre: Window = { text: withoutDateline(ctx.text, s.start, preStart, mask(ctx.text, preStart, Math.max(preStart, q.outer.start), ctx.quotes)), base: preStart };
  const postEnd = Math.min(s.end, q.outer.end + WINDOW);
  const post: Window = { text: mask(ctx.text, q.outer.end, Math.max(q.outer.end, postEnd), ctx.quotes), base: q.outer.end };

  const naming = isNaming(pre.text);
  const fromPost = attributeAfter(post, ctx.runs);
  const fromPre = attributeBefore(pre, ctx.runs);
  const colon = /:\s*$/.test(pre.text);
  // A quote right after "X said:" belongs to X even if another clause follows it.
  const chosen = fromPre && colon ? fromPre : fromPost ?? fromPre ?? none;
  return { post: fromPost && { ...fromPost, naming }, pre: fromPre && { ...fromPre, naming }, colon, naming, chosen: { ...chosen, naming } };
}

/** Attribution of quote `qi` from its own sentence only. */
export function attributeInSentence(ctx: AttributionContext, qi: number): Attribution {
  return attributeSides(ctx, qi).chosen;
}

function isNaming(pre: string): boolean {
  // A slogan, a poster, a headline: words on display, not someone's words in this sentence.
  if (/\b(?:slogan|slogans|motto|poster|posters|banner|placard|headline|tagline|catchphrase|messages?|sign|billboard|t-shirt|badge|logo)\b[^\u0000.;]{0,40}$/i.test(pre.slice(-60))) return true;
  // "a policy it calls", "dubbed", "critics call it a", "what some called the": a name for something.
  const tail = ' ' + foldKey(pre.slice(-50)).replace(/\s+/g, ' ').trim().replace(/,$/, '');
  const stripped = tail.replace(/(?: (?:it|them|this|that|him|her|the move|the plan|the policy))?(?: (?:a|an|the))?$/, '');
  return NAMING_CUES.some((c) => stripped.endsWith(' ' + c));
}

/** The side after the quote: the first rule of AFTER_RULES that reads the clause. */
function attributeAfter(post: Window, runs: NameRun[]): Attribution | null {
  const w = post.text;
  const stop = clauseEnd(w);
  const clause = stop >= 0 ? w.slice(0, stop) : w;
  const lead = /^[\s,\u2014\u2013-]*/.exec(clause)![0].length;
  if (lead === 0 && clause.length && !/^\s/.test(clause)) return null;
  const body = clause.slice(lead);
  const toks = tokenize(body, 0, body.length);
  if (!toks.length) return null;
  const after: AfterClause = { body, toks, base: post.base + lead };
  for (const rule of AFTER_RULES) {
    const r = rule.apply(after, runs);
    if (r === 'stop') return null;
    if (r) return { ...r, rule: rule.id };
  }
  return null;
}

/** A window of a sentence starting at `sentenceStart`, its dateline ("WASHINGTON —") blanked out. */
function withoutDateline(text: string, sentenceStart: number, base: number, w: string): string {
  const end = datelineEnd(text, sentenceStart);
  if (end <= base) return w;
  const n = Math.min(end - base, w.length);
  return ' '.repeat(n) + w.slice(n);
}

/** Where the clause after a quote ends: the next quote, a line break, or a sentence's end ("Rep. Jane Doe" is none). */
function clauseEnd(w: string): number {
  const re = /\u0000|[.;!?](?:\s|$)|\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(w))) if (m[0][0] !== '.' || !endsAbbreviation(w, m.index)) return m.index;
  return -1;
}

/** The side before the quote: the first rule of BEFORE_RULES that reads the clause. */
function attributeBefore(pre: Window, runs: NameRun[]): Attribution | null {
  let w = pre.text;
  // Only the clause that holds the quote: after the last semicolon or dash. Other quotes stay
  // (masked): "X told the BBC there was «no doubt» that it would «reduce fraud»".
  // A semicolon right before the quote stands for a colon ("the Australian said; \"…\"").
  if (/;\s*$/.test(w)) w = w.replace(/;(\s*)$/, ':$1');
  const cut = w.lastIndexOf(';');
  const cutAt = cut >= 0 ? cut + 1 : 0;
  const before: BeforeClause = { w: w.slice(cutAt), base: pre.base + cutAt };
  for (const rule of BEFORE_RULES) {
    const r = rule.apply(before, runs);
    if (r && 'found' in r) return { ...r.found, rule: r.rule };
    if (r) return { ...r, rule: rule.id };
  }
  return null;
}

/**
 * For a quote with no attribution in its sentence: a previous sentence that introduces it
 * ("A spokesperson … said this week." / "He added:") or the speaker of the quote it continues.
 */
export function attributeFromPrevious(ctx: AttributionContext, sentenceIndex: number): Attribution | null {
  const prev = ctx.sentences[sentenceIndex - 1];
  if (!prev) return null;
  // "So is UKIP's job to destroy the Tories, as Kilroy-Silk once declared?": a question put to the speaker, not an introduction.
  if (/\?\s*$/.test(ctx.text.slice(prev.start, prev.end))) return null;
  const from = Math.max(prev.start, prev.end - WINDOW);
  const m = withoutDateline(ctx.text, prev.start, from, mask(ctx.text, from, prev.end, ctx.quotes));
  // Treat the previous sentence as if the quote followed it.
  const pre: Window = { text: m.replace(/[.]\s*$/, ' '), base: from };
  const intro = attributeBefore(pre, ctx.runs);
  if (!intro) return null;
  // "Carl Thayer … said." / "X told reporters on Monday:" introduce; a sentence of reported
  // speech ("She said new mothers were …") still names who goes on speaking.
  const afterCue = m.slice(m.toLowerCase().lastIndexOf(intro.cue ?? '\u0001') + (intro.cue?.length ?? 0));
  const introduces = /:\s*$/.test(m) || tokenize(afterCue, 0, afterCue.length).length <= 5;
  return { ...intro, cue: introduces ? intro.cue : null, how: 'previous', rule: 'previous-sentence' };
}
