/**
 * Quote verification: every quotation in a draft checked against the sources.
 *
 *   verified      the words stand in a source quote (a partial quote may be any fragment of it),
 *                 allowing only typography, white space and the punctuation at its ends;
 *   elided        pieces of one source quote (or of one speaker's quotes in one source) joined by
 *                 an ellipsis or a [bracketed] insertion, in the source's order, cutting nothing
 *                 that changes the meaning and adding no claim (elision.ts);
 *   variant       it matches another outlet's wording of the same statement (informational);
 *   misquote      close to a source quote but words differ: a word diff and the source wording;
 *                 or an ellipsis or bracket that changes the meaning, or joins two speakers' or
 *                 two sources' words;
 *   misattributed the words match a source, but the draft names someone else: another full name,
 *                 even one with the same surname (speaker.ts);
 *   speaker-unchecked the words match a source, but whose they are in the draft could not be
 *                 held to it: the draft names someone nearby without the reader reading whose
 *                 words these are, or describes the speaker as the sources never do (information);
 *   unsourced     no source contains it;
 *   term          a short term or scare quote, found in the sources or plainly a term;
 *   uncredited    not a quotation: eight or more words of the draft's own prose copied from a
 *                 source sentence without quotation marks or credit (uncredited.ts; information).
 *
 * Pure: the draft is text, the sources a QuoteSource (the local corpus with its SearchIndex, the
 * archive's prefetched answers, or both). What reads beyond a candidate quote (ellipses across
 * one speaker's quotes, the source's passage around the words, headlines, a source's own text,
 * prose copied without credit) reads the local sources.
 */
import { parseArticle } from '../reading/article';
import type { Corpus } from '../corpus/corpus';
import type { SearchIndex } from '../search/search';
import { changesOf, findElision, findJoin, hasMarks, readMarks, sourceText, type Change, type Elision, type QuoteWords } from './elision';
import { Messages, describeSource } from './messages';
import { compareSpeakers, genderAt, guessedSpeaker, looksNamed, officeOf, type Agreement, type DraftSpeaker, type SourceSpeaker, type UncheckedWhy } from './speaker';
import { headlineAt, headlineOf, inSourceText, speaksForSource } from './titles';
import { locatorsOf } from '../reading/locator';
import type { Article, Locator, Person, Quote, Span } from '../types';
import { localQuotes, type CandidateArticle, type CandidateQuote, type QuoteSource } from './quote-source';
import { findCopying, type Copied } from './uncredited';
import { spellingKey, wordKey, words, type Word } from './words';

export type Verdict = 'verified' | 'elided' | 'variant' | 'misquote' | 'misattributed' | 'unsourced' | 'term' | 'speaker-unchecked' | 'uncredited';

export interface SourceMatch {
  path: string;
  title: string;
  outlet: string | null;
  published: string | null;
  line: number;
  character: number;
  speaker: string | null;
  /** The source quote's words. */
  text: string;
  /** The outlet the source credits ("told Reuters"), if any. */
  via: string | null;
  quoteId: string;
  /** The quote's page (a PDF) or time (a recording), when the source has them. */
  locator: Locator;
}

export interface WordDiff {
  op: 'same' | 'add' | 'drop' | 'change';
  /** Draft words (add/change/same). */
  draft: string;
  /** Source words (drop/change/same). */
  source: string;
}

export interface Fix {
  /** Offsets in the draft. */
  start: number;
  end: number;
  text: string;
  title: string;
}

export interface Finding {
  /** The words between the draft's marks. */
  text: string;
  /** Offsets of the words (without marks) and of the whole quotation (with marks). */
  span: Span;
  outer: Span;
  line: number;
  character: number;
  status: Verdict;
  /** The speaker as the draft attributes the quote, or null. */
  speaker: string | null;
  /** The speaker the draft names for the quote, as read (before any verdict), or null. */
  draftSpeaker: string | null;
  source: SourceMatch | null;
  message: string;
  diff: WordDiff[] | null;
  /** For a quotation with ellipses or brackets: what they cut and add. */
  changes: Change[] | null;
  fix: Fix | null;
  /** Every source that carries these words or another wording of the same statement. */
  corroboration: SourceMatch[];
}

export interface VerifyOptions {
  /** The draft's own path, so that a draft saved among the sources is never its own source. */
  draftPath?: string;
  /** The draft already parsed (by `parseArticle`), to read it once for several uses. */
  parsed?: Article;
}

// ---------------------------------------------------------------------------------------------
// Alignment of draft words against a source quote: the source window that fits best.

interface Alignment {
  cost: number;
  /** Source word range [from, to) the draft aligns to. */
  from: number;
  to: number;
  ops: { op: 'same' | 'add' | 'drop' | 'change'; d: number; s: number }[];
}

const MAX_ALIGN = 400;
/**
 * What a changed or added word costs against a skipped source word: a writer who shortens a quote
 * skips words; lining up as many of their words as possible is the reading that explains it.
 */
const CHANGE = 5;

/**
 * Semi-global alignment: all of `d` against the best-fitting stretch of `s`. Skipping a source
 * word costs a fifth of a changed or added draft word, so a paraphrase that leaves words out
 * still lines up with the passage it shortens.
 */
function align(d: Word[], s: Word[], key: (k: string) => string): Alignment {
  const n = Math.min(d.length, MAX_ALIGN);
  const m = Math.min(s.length, MAX_ALIGN * 2);
  // Each word's key once, not once per cell.
  const dk = d.slice(0, n).map((w) => key(w.key));
  const sk = s.slice(0, m).map((w) => key(w.key));
  const W = m + 1;
  const cost = new Uint16Array((n + 1) * W);
  const back = new Uint8Array((n + 1) * W); // 1 diag, 2 up (draft word added), 3 left (source word dropped)
  for (let i = 1; i <= n; i++) {
    cost[i * W] = CHANGE * i;
    back[i * W] = 2;
  }
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const diag = cost[(i - 1) * W + j - 1] + (dk[i - 1] === sk[j - 1] ? 0 : CHANGE);
      const up = cost[(i - 1) * W + j] + CHANGE;
      const left = cost[i * W + j - 1] + 1;
      let best = diag;
      let b = 1;
      if (up < best) {
        best = up;
        b = 2;
      }
      if (left < best) {
        best = left;
        b = 3;
      }
      cost[i * W + j] = best;
      back[i * W + j] = b;
    }
  }
  // Of equally good windows, the one that ends later: a changed last word reads as changed
  // ("“10” for “20”"), not as a word added after a window that stops short of it.
  let endJ = 0;
  for (let j = 1; j <= m; j++) if (cost[n * W + j] <= cost[n * W + endJ]) endJ = j;
  const ops: Alignment['ops'] = [];
  let i = n;
  let j = endJ;
  while (i > 0) {
    const b = back[i * W + j];
    if (b === 1) {
      ops.push({ op: dk[i - 1] === sk[j - 1] ? 'same' : 'change', d: i - 1, s: j - 1 });
      i--;
      j--;
    } else if (b === 2 || j === 0) {
      ops.push({ op: 'add', d: i - 1, s: -1 });
      i--;
    } else {
      ops.push({ op: 'drop', d: -1, s: j - 1 });
      j--;
    }
  }
  ops.reverse();
  // Trim source words dropped at the window's edges: they are outside the fragment quoted.
  while (ops.length && ops[0].op === 'drop') ops.shift();
  let from = j;
  const firstS = ops.find((o) => o.s >= 0);
  if (firstS) from = firstS.s;
  return { cost: cost[n * W + endJ] + (d.length > n ? CHANGE * (d.length - n) : 0), from, to: endJ, ops };
}

const exactKey = (a: string, b: string) => a === b;
const spellingSame = (a: string, b: string) => a === b || spellingKey(a) === spellingKey(b);

// ---------------------------------------------------------------------------------------------

interface Candidate {
  article: CandidateArticle;
  quote: CandidateQuote;
  words: Word[];
  /** The whole article and quote, where the local sources hold them. */
  full: { article: Article; quote: Quote } | null;
}

/**
 * The candidates in the sources' order (by path, then position), whichever source ranked them:
 * the local index and the archive name the same sources first for the same words.
 */
function candidatesFor(text: string, src: QuoteSource, draftPath: string | undefined): Candidate[] {
  return src
    .candidates(text, draftPath)
    .map((c) => ({ ...c, words: words(c.quote.text), full: fullOf(c, src) }))
    .sort((a, b) => (a.article.path < b.article.path ? -1 : a.article.path > b.article.path ? 1 : a.quote.line - b.quote.line || a.quote.character - b.quote.character));
}

function fullOf(c: { article: CandidateArticle; quote: CandidateQuote }, src: QuoteSource): Candidate['full'] {
  const article = src.local?.corpus.get(c.article.path);
  const quote = article?.quotes.find((q) => q.id === c.quote.id);
  return article && quote ? { article, quote } : null;
}

/** The page of a PDF's text at `at` (an article keeps its pages, not its times: other sources have no locator here). */
function pageAt(a: Article, at: number): Locator {
  return locatorsOf({ pages: a.pages })(at);
}

/** A match for words of an article that are no quotation: its headline, or its own text at `at`. */
function articleMatch(a: Article, at: number, text: string): SourceMatch {
  const pos = a.positionAt(at);
  return { path: a.path, title: a.title, outlet: a.outlet, published: a.published, line: pos.line, character: pos.character, locator: pageAt(a, at), speaker: null, text, via: null, quoteId: '' };
}

function toMatch(c: Candidate, corpus: QuoteSource): SourceMatch {
  return {
    path: c.article.path,
    title: c.article.title,
    outlet: c.article.outlet,
    published: c.article.published,
    line: c.quote.line,
    character: c.quote.character,
    speaker: c.quote.kind === 'speech' ? corpus.speakerOf(c.quote, c.article) : null,
    text: c.quote.text,
    via: c.quote.via,
    quoteId: c.quote.id,
    locator: c.quote.locator ?? null,
  };
}

function isVerbatim(dw: Word[], src: Word[], same: (a: string, b: string) => boolean): boolean {
  if (!dw.length || dw.length > src.length) return false;
  outer: for (let j = 0; j + dw.length <= src.length; j++) {
    for (let k = 0; k < dw.length; k++) if (!same(dw[k].key, src[j + k].key)) continue outer;
    return true;
  }
  return false;
}

function diffOf(d: Word[], s: Word[], al: Alignment, draft: string, src: string): WordDiff[] {
  const out: WordDiff[] = [];
  for (const o of al.ops) {
    const dt = o.d >= 0 ? draft.slice(d[o.d].start, d[o.d].end) : '';
    const st = o.s >= 0 ? src.slice(s[o.s].start, s[o.s].end) : '';
    const last = out[out.length - 1];
    if (last && last.op === o.op && o.op !== 'same') {
      last.draft = [last.draft, dt].filter(Boolean).join(' ');
      last.source = [last.source, st].filter(Boolean).join(' ');
    } else if (last && last.op === 'same' && o.op === 'same') {
      last.draft += ' ' + dt;
      last.source += ' ' + st;
    } else out.push({ op: o.op, draft: dt, source: st });
  }
  return out;
}

/** Words joined as text reads: no space before a comma or a full stop. */
function joinWords(ws: string): string {
  return ws.replace(/\s+([,;:?!.])/g, '$1');
}

/** A readable one-line diff: "…his war [-of aggression-] {+and+} allow him…" */
export function renderDiff(diff: WordDiff[]): string {
  return joinWords(
    diff
      .map((x) => {
        switch (x.op) {
          case 'same':
            return x.draft.split(' ').length > 8 ? x.draft.split(' ').slice(0, 3).join(' ') + ' … ' + x.draft.split(' ').slice(-3).join(' ') : x.draft;
          case 'add':
            return `{+${x.draft}+}`;
          case 'drop':
            return `[-${x.source}-]`;
          default:
            return `[-${x.source}-]{+${x.draft}+}`;
        }
      })
      .join(' '),
  );
}

/** What a desk editor needs first: "“trade” for “commercial”; “of” left out". */
export function summariseDiff(diff: WordDiff[]): string {
  const items = diff
    .filter((x) => x.op !== 'same')
    .map((x) => {
      if (x.op === 'change') return `“${joinWords(x.draft)}” for “${joinWords(x.source)}”`;
      if (x.op === 'add') return `“${joinWords(x.draft)}” added`;
      return `“${joinWords(x.source)}” left out`;
    });
  const shown = items.slice(0, 3).join('; ');
  return items.length > 3 ? `${shown}; and ${items.length - 3} more` : shown;
}

/**
 * Checks every quotation in `draft` against the sources, and its prose for copying.
 * Contract: one finding per quotation and one per run of prose copied without credit, in draft
 * order; offsets are the draft's.
 */
export function verifyDraft(draft: string, corpus: Corpus, index: SearchIndex, options: VerifyOptions = {}): Finding[] {
  index.sync();
  return verifyAgainst(draft, localQuotes(corpus, index), options);
}

/** `verifyDraft` against any source of candidate quotes (the archive, or local and archive together). */
export function verifyAgainst(draft: string, corpus: QuoteSource, options: VerifyOptions = {}): Finding[] {
  const parsed = options.parsed ?? parseDraft(options.draftPath ?? 'draft', draft);
  const findings: Finding[] = [];
  const skip = apparatus(draft);
  for (const q of parsed.quotes) {
    // Footnote definitions, comments and code are the writer's apparatus, not quotations.
    const lineStart = draft.lastIndexOf('\n', q.outer.start) + 1;
    if (/^\[\^[^\]]+\]:/.test(draft.slice(lineStart, lineStart + 40))) continue;
    if (skip.some((r) => r.start <= q.outer.start && q.outer.start < r.end)) continue;
    findings.push(verifyOne(draft, q, parsed, corpus, options));
  }
  // The draft's own prose: what it copies from a source without quotation marks or credit.
  const notProse = [...skip, ...parsed.quotes.flatMap((q) => [q.outer, ...attributionOf(draft, q)]), ...notes(draft)];
  const local = corpus.local;
  if (local) for (const c of findCopying(draft, parsed, local.corpus, local.index, notProse, options.draftPath)) findings.push(uncreditedFinding(draft, parsed, c, local.corpus));
  return findings.sort((a, b) => a.outer.start - b.outer.start);
}

/**
 * Who a quotation is by, as the draft says it: the speaker's name or description and the role it
 * gives them ("said Carl Thayer, a senior expert on …"). Words a source uses for someone are no copy.
 */
function attributionOf(draft: string, q: Quote): Span[] {
  const out: Span[] = q.speakerSpan ? [q.speakerSpan] : [];
  if (q.role) {
    const from = Math.max(0, q.outer.start - 400);
    const i = draft.slice(from, q.outer.end + 400).indexOf(q.role);
    if (i >= 0) out.push({ start: from + i, end: from + i + q.role.length });
  }
  return out;
}

/** Footnote definitions, plain-text notes and link targets: the writer's citations, not prose. */
function notes(draft: string): Span[] {
  return [...draft.matchAll(/^(?:\[\^[^\]]+\]:|\[\d+\] ).*$|\]\([^)\n]*\)/gm)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function uncreditedFinding(draft: string, parsed: Article, c: Copied, corpus: Corpus): Finding {
  const a = c.article;
  const pos = a.positionAt(c.sourceStart);
  // Copied from a quotation in the source: that speaker's words.
  const q = a.quotes.find((x) => x.outer.start <= c.sourceStart && c.sourceEnd <= x.outer.end);
  const source: SourceMatch = {
    path: a.path,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    line: pos.line,
    character: pos.character,
    locator: pageAt(a, c.sourceStart),
    speaker: q && q.kind === 'speech' ? corpus.speakerOf(q, a) : null,
    text: a.text.slice(c.sourceStart, c.sourceEnd),
    via: q?.via ?? null,
    quoteId: q?.id ?? '',
  };
  const at = parsed.positionAt(c.start);
  const span = { start: c.start, end: c.end };
  return {
    text: draft.slice(c.start, c.end),
    span,
    outer: span,
    line: at.line,
    character: at.character,
    status: 'uncredited',
    speaker: null,
    draftSpeaker: null,
    source,
    message: Messages.uncredited(source, c.words),
    diff: null,
    changes: null,
    fix: null,
    corroboration: [source],
  };
}

/**
 * A draft read as an article, its notes left out: a citation's title ("*Remarks by President
 * Biden and First Lady Jill Biden Before Cancer Cabinet Meeting*") names no one the draft quotes.
 * Offsets are the draft's (the notes are blanked, not removed).
 */
export function parseDraft(path: string, draft: string): Article {
  const blanked = draft.replace(/^(?:\[\^[^\]\s]+\]:|\[\d+\] ).*$/gm, (line) => ' '.repeat(line.length));
  const a = parseArticle(path, blanked, { draft: true });
  return blanked === draft ? a : { ...a, text: draft };
}

/** Where a Markdown draft holds no prose: HTML comments, fenced and inline code, front matter. */
export function apparatus(draft: string): Span[] {
  const out: Span[] = [];
  const add = (re: RegExp) => {
    let m: RegExpExecArray | null;
    while ((m = re.exec(draft))) out.push({ start: m.index, end: m.index + m[0].length });
  };
  add(/<!--[\s\S]*?(?:-->|$)/g);
  add(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm);
  add(/`[^`\n]+`/g);
  const fm = /^---\r?\n[\s\S]{0,4000}?\r?\n---[ \t]*(?:\r?\n|$)/.exec(draft);
  if (fm) out.push({ start: 0, end: fm[0].length });
  return out;
}

function verifyOne(draft: string, q: Quote, parsed: Article, corpus: QuoteSource, options: VerifyOptions): Finding {
  const span = { start: q.parts[0].start, end: q.parts[q.parts.length - 1].end };
  const base = {
    text: q.text,
    span,
    outer: q.outer,
    line: q.line,
    character: q.character,
    speaker: q.kind === 'speech' ? q.speaker : null,
    draftSpeaker: q.speaker,
  };
  const dw = words(q.text);
  const finding = (status: Verdict, source: SourceMatch | null, message: string, extra: Partial<Finding> = {}): Finding => ({
    ...base,
    // A term is nobody's words.
    speaker: status === 'term' ? null : base.speaker,
    status,
    source,
    message,
    diff: null,
    changes: null,
    fix: null,
    corroboration: [],
    ...extra,
  });
  if (!dw.length) return finding('term', null, Messages.noWords);

  const cands = candidatesFor(q.text, corpus, options.draftPath);
  // An ellipsis or a bracket is judged as an elision, unless the source has it too.
  const marked = hasMarks(q.text);
  const verbatim = cands.filter((c) => isVerbatim(dw, c.words, exactKey) && (!marked || markedVerbatim(q.text, c.quote.text)));
  const spelled = verbatim.length || marked ? [] : cands.filter((c) => isVerbatim(dw, c.words, spellingSame));
  const { elision, join } = marked && !verbatim.length ? elisionIn(q.text, cands, corpus, options.draftPath) : { elision: null, join: null };
  const changes = elision ? changesOf(elision.edits) : marked && verbatim.length ? [] : null;
  const elided = elision ? [...new Set(elision.quotes.map((x) => x.c))] : [];

  const shortTerm = dw.length <= 3 && (q.kind === 'term' || !q.speaker);
  const matched = tightest(verbatim) ?? (elision ? elision.quotes[elision.at[0].quote].c : undefined) ?? tightest(spelled);
  if (matched) {
    const m = toMatch(matched, corpus);
    // Who else carries these words, or another wording of the same statement.
    const corroboration = corroborate(matched, cands, corpus);
    // A short phrase the source itself uses as a term ("bamboo diplomacy") is a term here too.
    if (shortTerm || (dw.length <= 4 && matched.quote.kind === 'term')) return finding('term', m, Messages.termFound(m), { corroboration, changes });
    // An ellipsis that cuts, or a bracket that adds, what changes the meaning.
    if (elision?.problems.length) return finding('misquote', m, Messages.meaning(elision.problems[0], m, uncut(elision)), { corroboration, changes, fix: restore(elision, q.text, span) });
    const how = verbatim.length ? 'verified' : elision ? 'elided' : 'variant';
    // Attribution: the draft's speaker must be the source's.
    if (m.speaker && !(dw.length <= 4 && q.kind === 'term')) {
      const who = speakerCheck(draft, q, parsed, [matched, ...verbatim, ...elided, ...spelled], corpus);
      if (who.kind === 'different') {
        const person = corpus.personOf(matched.quote, matched.article);
        const fix = q.speakerSpan ? { start: q.speakerSpan.start, end: q.speakerSpan.end, text: fixName(draft, q.speakerSpan, m.speaker, person), title: `Attribute to ${m.speaker}` } : null;
        return finding('misattributed', m, Messages.misattributed(who.draft, { ...m, speaker: m.speaker }, who.sameSurname), { fix, corroboration, changes });
      }
      if (who.kind === 'unknown') return finding('speaker-unchecked', m, Messages.speakerUnchecked(how, { ...m, speaker: m.speaker }, who), { corroboration, changes });
    }
    if (how === 'verified') return finding('verified', m, Messages.verbatim(m), { corroboration, changes });
    if (elision) return finding('elided', m, Messages.elided(m, elision.edits, elision.glued), { corroboration, changes });
    return finding('variant', m, Messages.spelling(m, spellingNote(dw, matched.words)), { corroboration });
  }
  // A source's headline, quoted as a title.
  const local = corpus.local;
  const headline = local ? headlineOf(dw, local.corpus, options.draftPath) : null;
  if (headline) {
    const m = articleMatch(headline, headlineAt(headline), headline.title);
    return finding('term', m, Messages.headline(m), { corroboration: [m] });
  }
  // The words of two speakers, or of two sources, joined as if one quotation.
  if (join) {
    const first = toMatch(join.first.quote.c, corpus);
    const other = toMatch(join.other.quote.c, corpus);
    return finding('misquote', first, Messages.joined(join.kind, { text: join.first.text, m: first }, { text: join.other.text, m: other }), { corroboration: [first, other], changes: [] });
  }

  // The words in a source's own text, not in a quotation: the outlet's words, or its reported speech.
  const own = local ? inSourceText(q.text, dw, local.corpus, local.index, options.draftPath) : null;
  if (own) {
    const m = articleMatch(own.article, own.start, own.article.text.slice(own.start, own.end));
    if (q.speaker && q.kind === 'speech' && !speaksForSource(q.speaker, own.article)) return finding('unsourced', m, Messages.notQuoted(m, q.speaker), { corroboration: [m], changes });
    // Nobody's words but the outlet's: a reader takes them for those of whoever the draft names beside them.
    const near = q.speaker ? [] : namedNear(q, parsed, corpus);
    if (near.length) return finding('speaker-unchecked', m, Messages.sourceOwnWordsUnread(m, near.join(' and ')), { corroboration: [m], changes });
    return finding('verified', m, Messages.sourceOwnWords(m), { corroboration: [m], changes });
  }

  // Not verbatim anywhere: the closest source wording.
  // Close means most of the draft's words stand, in order, in a compact stretch of one quote.
  let best: { c: Candidate; al: Alignment; sim: number; coverage: number; density: number } | null = null;
  for (const c of cands) {
    const al = align(dw, c.words, spellingKey);
    const same = al.ops.filter((o) => o.op === 'same').length;
    const coverage = same / dw.length;
    const density = same / Math.max(1, al.to - al.from);
    const sim = coverage * Math.sqrt(density);
    if (!best || sim > best.sim) best = { c, al, sim, coverage, density };
  }
  const sameWords = best ? best.al.ops.filter((o) => o.op === 'same').length : 0;
  if (best && best.coverage >= 0.6 && best.density >= 0.4 && sameWords >= 3) {
    const m = toMatch(best.c, corpus);
    const corroboration = corroborate(best.c, cands, corpus);
    // Every differing word is another outlet's wording of the same statement: a variant.
    const variantOf = variantSources(dw, best, corroboration, corpus, cands);
    if (variantOf.length) return finding('variant', m, Messages.variant(variantOf.map(describeSource).join('; ')), { corroboration });
    const diff = diffOf(dw, best.c.words, best.al, q.text, best.c.quote.text);
    const from = best.c.words[best.al.from]?.start ?? 0;
    const to = best.c.words[Math.max(best.al.from, best.al.to - 1)]?.end ?? best.c.quote.text.length;
    const sourceWords = best.c.quote.text.slice(from, to);
    const fix: Fix = { start: span.start, end: span.end, text: withTail(sourceWords, q.text), title: 'Replace with the source’s words' };
    return finding('misquote', m, Messages.misquote(summariseDiff(diff), m, sourceWords, renderDiff(diff)), { diff, fix, corroboration, changes });
  }
  if (shortTerm || q.kind === 'term') return finding('term', null, Messages.term);
  return finding('unsourced', null, Messages.unsourced);
}

/** The source's words with the draft's closing punctuation, where the source's have none. */
function withTail(sourceWords: string, draftText: string): string {
  const tail = /[.,;:!?]+$/.exec(draftText)?.[0] ?? '';
  return sourceWords + (/[.,;:!?]$/.test(sourceWords) ? '' : tail);
}

/** Typography, case and white space aside, with ellipses written one way. */
function markedKey(s: string): string {
  return wordKey(s)
    .replace(/\.\s?\.\s?\./g, '\u2026')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:!?]+|[\s.,;:!?]+$/g, '');
}

/** Does the source have the draft's words with its ellipses and brackets, as they stand? */
function markedVerbatim(draftText: string, sourceText: string): boolean {
  return markedKey(sourceText).includes(markedKey(draftText));
}

function quoteWords(c: Candidate, corpus: QuoteSource): QuoteWords<Candidate> {
  return {
    c,
    path: c.article.path,
    index: Number(c.quote.id.slice(c.quote.id.lastIndexOf('#') + 1)),
    speaker: c.quote.kind === 'speech' ? corpus.speakerOf(c.quote, c.article) : null,
    text: c.quote.text,
    words: c.words,
  };
}

/**
 * Where the pieces of a quotation with ellipses or brackets stand: in the quotes found for the
 * whole, or else in those found for each piece (one speaker's quotes in one source, or the words
 * of two speakers or two sources joined).
 */
function elisionIn(text: string, cands: Candidate[], corpus: QuoteSource, draftPath: string | undefined) {
  const d = readMarks(text);
  const found = findElision(d, cands.map((c) => quoteWords(c, corpus)));
  if (found) return { elision: found, join: null };
  const pool = new Map(cands.map((c) => [c.quote.id, c]));
  for (const p of d.pieces) {
    if (p.words.length < 2) continue;
    for (const c of candidatesFor(text.slice(p.words[0].start, p.words[p.words.length - 1].end), corpus, draftPath)) if (!pool.has(c.quote.id)) pool.set(c.quote.id, c);
  }
  const all = [...pool.values()].map((c) => quoteWords(c, corpus));
  const elision = findElision(d, all);
  return { elision, join: elision ? null : findJoin(d, all, text) };
}

/** The source's words the elision quotes, uncut: from the first piece to the last, in one quote. */
function uncut(e: Elision<Candidate>): string {
  const q = e.quotes[e.from.quote];
  if (e.from.quote === e.to.quote) return sourceText(q.text, q.words, e.from.word, e.to.word);
  const r = e.quotes[e.to.quote];
  return `${sourceText(q.text, q.words, e.from.word, q.words.length)} … ${sourceText(r.text, r.words, 0, e.to.word)}`;
}

/** The quick fix for an elision that changes the meaning: the source's words, uncut (within one quote). */
function restore(e: Elision<Candidate>, draftText: string, span: Span): Fix | null {
  if (e.from.quote !== e.to.quote) return null;
  return { start: span.start, end: span.end, text: withTail(uncut(e), draftText), title: 'Replace with the source’s words' };
}

function spellingNote(d: Word[], s: Word[]): string {
  for (const w of d) {
    const other = s.find((x) => x.key !== w.key && spellingKey(x.key) === spellingKey(w.key));
    if (other) return `“${w.key}” for “${other.key}”`;
  }
  return 'spelling';
}

/** Whose words the draft makes a quotation, held to the sources'. */
export type SpeakerCheck =
  | { kind: 'same' }
  | { kind: 'different'; draft: string; sameSurname: boolean }
  | { kind: 'unknown'; draft: string; why: UncheckedWhy | 'unread' | 'between'; detail?: string };

/**
 * The draft's speaker against every source that carries the words: the same as any of them will
 * do. A quotation the draft attributes to no one it read, with someone named in its sentence or
 * the one before, is unchecked unless everyone named there is the source's speaker.
 */
function speakerCheck(draft: string, q: Quote, parsed: Article, held: Candidate[], corpus: QuoteSource): SpeakerCheck {
  const sources = held.map((c) => ({ speaker: c.quote.kind === 'speech' ? corpus.speakerOf(c.quote, c.article) : null, person: corpus.personOf(c.quote, c.article), role: c.quote.role, guessed: c.full ? guessedSpeaker(c.full.quote) : false, ...namedBefore(c, corpus) }));
  const against = (d: DraftSpeaker): Agreement => {
    const all = sources.map((s) => compareSpeakers(d, s, corpus));
    return all.find((a) => a.kind === 'same') ?? all.find((a) => a.kind === 'different') ?? all[0];
  };
  if (q.kind === 'speech' && q.speaker) {
    const d = draftSpeaker(draft, q, parsed, corpus);
    const a = against(d);
    if (a.kind !== 'same') return { ...a, draft: d.text };
    // "X said the decision was Y's, who asked: “…”": someone else named between the speaker the
    // reader took and the words may be whose they are.
    const between = namedBetween(q, parsed).filter((name) => against({ text: name, named: true, gender: null }).kind !== 'same');
    return between.length ? { kind: 'unknown', why: 'between', draft: d.text, detail: between.join(' and ') } : a;
  }
  const near = namedNear(q, parsed, corpus).filter((name) => against({ text: name, named: true, gender: null }).kind !== 'same');
  return near.length ? { kind: 'unknown', why: 'unread', draft: near.join(' and ') } : { kind: 'same' };
}

/** The people a source names before a quote (in its paragraph and the one before; anywhere); the pronoun that gives the quote its speaker, if one does. */
function namedBefore(c: Candidate, corpus: QuoteSource): Omit<SourceSpeaker, 'speaker' | 'person' | 'role' | 'guessed'> {
  // A quote not read in full here (the archive's answers): only its speaker is known.
  if (!c.full || !corpus.local) return { before: [], inParagraph: [], earlier: [], pronoun: null, article: null, said: null, saidGender: null };
  const { article: a, quote } = c.full;
  const local = corpus.local.corpus;
  const at = quote.outer.start;
  const i = a.paragraphs.findIndex((p) => p.start <= at && at < p.end);
  const from = i < 0 ? at : a.paragraphs[Math.max(0, i - 1)].start;
  const own = i < 0 ? at : a.paragraphs[i].start;
  const earlier = a.mentions.filter((m) => m.span.end <= at);
  const person = (m: (typeof earlier)[number]) => local.personAt(a, m.person);
  const span = quote.speakerSpan;
  const word = span ? a.text.slice(span.start, span.end) : '';
  return {
    before: earlier.filter((m) => m.span.start >= from).map(person).filter((p): p is Person => !!p),
    inParagraph: earlier.filter((m) => m.span.start >= own).map(person).filter((p): p is Person => !!p),
    earlier: earlier.map(person).filter((p): p is Person => !!p),
    pronoun: /^(?:he|she|they)$/i.test(word) ? word : null,
    article: a,
    said: word || null,
    saidGender: span ? genderAt(a.text, span) : null,
  };
}

/** Who the draft names for a quote: the fullest form it uses for the person, and a title or pronoun's gender. */
function draftSpeaker(draft: string, q: Quote, parsed: Article, corpus: QuoteSource): DraftSpeaker {
  const text = q.personIndex !== null ? parsed.people[q.personIndex].name : q.speaker!;
  const named = looksNamed(text, q.personIndex !== null, corpus);
  const written = q.speakerSpan ? draft.slice(q.speakerSpan.start, q.speakerSpan.end) : text;
  return { text, named, gender: q.speakerSpan ? genderAt(draft, q.speakerSpan) : null, office: officeOf(written) ?? (q.role ? officeOf(`${q.role} ${text}`) : null) };
}

/**
 * The people a draft names in a quotation's sentence or the one before, outside quotation marks:
 * those its reader found, and capitalised words the sources know as someone.
 */
function namedNear(q: Quote, parsed: Article, corpus: QuoteSource): string[] {
  const i = parsed.sentences.findIndex((s) => s.start <= q.outer.start && q.outer.start < s.end);
  if (i < 0) return [];
  const from = parsed.sentences[Math.max(0, i - 1)].start;
  const to = parsed.sentences[i].end;
  const inQuote = (at: number) => parsed.quotes.some((x) => x.outer.start <= at && at < x.outer.end);
  const names = parsed.mentions.filter((m) => m.span.start >= from && m.span.end <= to && !inQuote(m.span.start)).map((m) => parsed.people[m.person].name);
  const known = new Set(names.flatMap((n) => n.split(/\s+/)));
  const caps = /\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)*/gu;
  caps.lastIndex = from;
  for (let m = caps.exec(parsed.text); m && m.index < to; m = caps.exec(parsed.text)) {
    const run = m[0].replace(/['\u2019]s$/, '');
    if (inQuote(m.index) || run.split(/\s+/).some((w) => known.has(w))) continue;
    if (corpus.findPeople(run).length) names.push(run);
  }
  return [...new Set(names)];
}

/** People the draft names after the speaker it gives a quotation and before the quotation, in its sentence. */
function namedBetween(q: Quote, parsed: Article): string[] {
  if (!q.speakerSpan || q.speakerSpan.end > q.outer.start) return [];
  const s = parsed.sentences.find((x) => x.start <= q.outer.start && q.outer.start < x.end);
  const from = Math.max(q.speakerSpan.end, s?.start ?? 0);
  return [...new Set(parsed.mentions.filter((m) => m.span.start >= from && m.span.end <= q.outer.start && m.person !== q.personIndex).map((m) => parsed.people[m.person].name))];
}

/** The same words elsewhere, and other wordings of the same statement by the same speaker. */
/**
 * The first source's shortest candidate that holds the words: a transcript's paragraph rather than
 * the whole turn it is joined into, so the card shows the words the draft quotes.
 */
function tightest(cs: Candidate[]): Candidate | undefined {
  const first = cs[0];
  if (!first) return undefined;
  return cs.reduce((best, c) => (c.article.path === first.article.path && c.words.length < best.words.length ? c : best), first);
}

function corroborate(matched: Candidate, cands: Candidate[], corpus: QuoteSource): SourceMatch[] {
  const out: SourceMatch[] = [toMatch(matched, corpus)];
  for (const c of cands) {
    if (c === matched) continue;
    const [short, long] = matched.words.length <= c.words.length ? [matched.words, c.words] : [c.words, matched.words];
    const al = align(short, long, spellingKey);
    const same = al.ops.filter((o) => o.op === 'same').length;
    if (!(short.length && same / short.length >= 0.6 && same / Math.max(1, al.to - al.from) >= 0.5)) continue;
    // One entry a source: a transcript's turn and the same turn joined with the next paragraph are one source.
    const m = toMatch(c, corpus);
    if (!out.some((o) => o.path === m.path)) out.push(m);
  }
  return out;
}

/**
 * Sources whose wording explains every difference between the draft and the closest source: each
 * draft word stands in some outlet's wording of the statement, and each source word the draft
 * leaves out is missing from some other outlet's wording too.
 */
function variantSources(dw: Word[], best: { c: Candidate; al: Alignment }, corroboration: SourceMatch[], corpus: QuoteSource, cands: Candidate[]): SourceMatch[] {
  const diffs = best.al.ops.filter((o) => o.op !== 'same');
  if (!diffs.length || corroboration.length < 2) return [];
  const members = cands.filter((c) => corroboration.some((m) => m.quoteId === c.quote.id));
  const others = members.filter((c) => c !== best.c);
  if (!others.length) return [];
  const alignments = members.map((c) => ({ c, al: c === best.c ? best.al : align(dw, c.words, spellingKey) }));
  const attested = new Array<boolean>(dw.length).fill(false);
  for (const { al } of alignments) for (const o of al.ops) if (o.op === 'same') attested[o.d] = true;
  if (!attested.every(Boolean)) return [];
  // A dropped source word, between draft words i-1 and i: some wording has no gap there.
  const gapsAt = (al: Alignment) => {
    const gaps = new Set<number>();
    let nextD = 0;
    for (const o of al.ops) {
      if (o.d >= 0) nextD = o.d + 1;
      else if (o.op === 'drop') gaps.add(nextD);
    }
    return gaps;
  };
  const bestGaps = gapsAt(best.al);
  const otherGaps = alignments.filter((x) => x.c !== best.c).map((x) => gapsAt(x.al));
  for (const g of bestGaps) if (!otherGaps.some((og) => !og.has(g))) return [];
  return others.filter((c) => alignments.find((x) => x.c === c)!.al.ops.some((o) => o.op === 'same' && diffs.some((d) => d.d === o.d))).map((c) => toMatch(c, corpus));
}

function fixName(draft: string, span: Span, sourceSpeaker: string, person: Person | undefined): string {
  const written = draft.slice(span.start, span.end);
  const name = person?.name ?? sourceSpeaker;
  // Keep sentence case: a pronoun or description opening a sentence.
  if (/^\p{Lu}/u.test(written) && /^\p{Ll}/u.test(name)) return name[0].toUpperCase() + name.slice(1);
  return name;
}
