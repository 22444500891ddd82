/**
 * Deciding who said a quote between candidate speakers, on evidence. The candidates are the people
 * and bodies the passage names around the quote, the speakers of the quotes before it, what the
 * rules propose (the clause after the quote, the clause before it, the sentence before, the quote
 * it continues, whom the passage is about), and nobody. Each candidate speaker carries features:
 * which rules stand for it and through what words (a name, a pronoun, a description), where and
 * how the passage names it, whether it agrees with a "he" or a "she", whether it spoke last. The
 * speaker model (attribution/model.ts) scores them.
 */
import type { Attribution, AttributionContext, Sides, SpeakerRef } from './attribution';
import { runsIn } from './attribution';
import { score, type SpeakerModel } from './attribution/model';
import { nameKey, nameTokens, type NameRun } from './names';
import type { PeopleTable } from './people';
import { GOVERNED, peek, type Resolved, type SpeakerLog } from './resolution';
import { partitionPoint } from './text';
import type { Span } from '../types';
import { FEMALE_NAMES, FEMALE_TITLES, MALE_NAMES, MALE_TITLES, PERSON_NOUNS, SPEECH_VERBS, SPOKES_NOUNS } from './vocabulary';

export type ProposalSource = 'after' | 'before' | 'previous' | 'continuation' | 'passage';

/** What a rule proposes: an attribution and whom its words stand for. */
export interface Proposal {
  source: ProposalSource;
  att: Attribution;
  /** The sentence its reference is resolved from. */
  refSentence: number;
  /** Continuation: the quote continued. */
  continues?: number;
  /** Whom it stands for, found without changing the people table. */
  resolved: Resolved | { name: string } | null;
  /** The rules' own choice for the quote. */
  first: boolean;
}

/** A candidate speaker: a person, a new name, a described speaker or a body, or nobody (entity null). */
export interface SpeakerCandidate {
  entity: string | null;
  label: string | null;
  /** The local person, when it is one. */
  person: number | null;
  resolved: Resolved | { name: string } | null;
  /** The rules that stand for it. */
  proposals: Proposal[];
  /** Its mentions around the quote, nearest first. */
  mentions: NameRun[];
  /** The rules' own choice. */
  first: boolean;
  features: string[];
}

/** What the article reader knows when a quote's speaker is decided. */
export interface SpeakerContext {
  ctx: AttributionContext;
  people: PeopleTable;
  log: SpeakerLog;
  /** The speakers of quotes already read (null: none, or not speech), and their keys. */
  speakers: Resolved[];
  entities: (string | null)[];
  /** Sentence index of the last quote read that was speech with a speaker, or -1. */
  lastSpeechSentence: number;
  headline: Span | null;
}

/** What the rules found for a quote, before the model decides. */
export interface Proposals {
  sides: Sides;
  /** The rules' choice, after the sentence before and the quote continued were read. */
  chosen: Attribution;
  intro: Attribution | null;
  continues: number;
  /** Whom the passage is about, when nothing is attributed. */
  guess: Resolved;
}

const NONE: Attribution = { ref: null, cue: null, role: null, via: null, how: 'none', naming: false, strong: false, rule: null };

/** How many sentences before the quote's the candidates are drawn from. */
const WINDOW_SENTENCES = 3;
/** And no further than this many characters either side of the quote, so a text with no sentence ends costs no more per quote. */
const WINDOW_CHARS = 1500;

function bucket(n: number, edges: number[]): string {
  for (const e of edges) if (n <= e) return `<=${e}`;
  return `>${edges[edges.length - 1]}`;
}

/** The key of what a resolution stands for: one key per speaker. */
export function entityOf(r: Resolved | { name: string } | null): string | null {
  if (!r) return null;
  if ('person' in r) return `p${r.person}`;
  if ('name' in r) return `n:${nameKey(r.name)}`;
  return `d:${r.description.toLowerCase().replace(/^(?:the|a|an)\s+/, '')}`;
}

function labelOf(r: Resolved | { name: string } | null, people: PeopleTable): string | null {
  if (!r) return null;
  if ('person' in r) return people.list[r.person].name;
  if ('name' in r) return r.name;
  return r.description;
}

function insideQuote(ctx: AttributionContext, at: number): boolean {
  const q = ctx.quotes[partitionPoint(ctx.quotes.length, (i) => ctx.quotes[i].outer.start <= at) - 1];
  return !!q && at < q.outer.end;
}

/** The rules' proposals for quote `qi`, each resolved without side effects. */
function proposalsOf(sc: SpeakerContext, qi: number, p: Proposals): Proposal[] {
  const si = sc.ctx.quoteSentence[qi];
  const out: Proposal[] = [];
  const sameRef = (a: Attribution | null) => !!a && !!a.ref && a.ref === p.chosen.ref;
  const withRef = (source: ProposalSource, att: Attribution, refSentence: number, first: boolean) => {
    out.push({ source, att, refSentence, resolved: att.ref ? peek(att.ref, refSentence, sc.people, sc.log, sc.ctx) : null, first });
  };
  if (p.sides.post) withRef('after', p.sides.post, si, p.chosen.how === 'post' && sameRef(p.sides.post));
  if (p.sides.pre) withRef('before', p.sides.pre, si, p.chosen.how !== 'post' && sameRef(p.sides.pre));
  if (p.intro) withRef('previous', p.intro, si - 1, p.chosen.how === 'previous');
  if (p.continues >= 0) out.push({ source: 'continuation', att: { ...NONE, how: 'continuation', strong: true, rule: 'continuation' }, refSentence: si, continues: p.continues, resolved: sc.speakers[p.continues] ?? null, first: p.chosen.how === 'continuation' });
  if (p.guess) out.push({ source: 'passage', att: NONE, refSentence: si, resolved: p.guess, first: p.chosen.how === 'none' });
  return out;
}

/** The name runs of quote `qi`'s sentence and the few before it, places and quoted words left out. */
function runsAround(ctx: AttributionContext, qi: number): NameRun[] {
  const q = ctx.quotes[qi];
  const si = ctx.quoteSentence[qi];
  const from = Math.max(ctx.sentences[Math.max(0, si - WINDOW_SENTENCES)]?.start ?? 0, q.outer.start - WINDOW_CHARS);
  const to = Math.min(ctx.sentences[si]?.end ?? q.outer.end, q.outer.end + WINDOW_CHARS);
  return runsIn(ctx.runs, from, to).filter((r) => r.kind !== 'place' && !insideQuote(ctx, r.start));
}

/** Whom a name run stands for, without changing the people table. */
function mentioned(sc: SpeakerContext, r: NameRun, si: number): Resolved | { name: string } {
  const { ctx, people } = sc;
  const known = people.byRun.get(r.start);
  if (known !== undefined) return { person: known };
  if (r.kind === 'person' || r.kind === 'single') return peek({ type: 'name', text: r.text, start: r.start, end: r.end }, si, people, sc.log, ctx);
  return { description: ctx.text.slice(r.fullStart ?? r.titleStart, r.end) };
}

/** Every candidate speaker of quote `qi`, the rules' choice marked first. */
export function candidates(sc: SpeakerContext, qi: number, p: Proposals): SpeakerCandidate[] {
  const { ctx, people } = sc;
  const si = ctx.quoteSentence[qi];
  const byKey = new Map<string, SpeakerCandidate>();
  const add = (resolved: Resolved | { name: string } | null): SpeakerCandidate | null => {
    const k = entityOf(resolved);
    if (!k) return null;
    let c = byKey.get(k);
    if (!c) {
      c = { entity: k, label: labelOf(resolved, people), person: resolved && 'person' in resolved ? resolved.person : null, resolved, proposals: [], mentions: [], first: false, features: [] };
      byKey.set(k, c);
    }
    return c;
  };
  const props = proposalsOf(sc, qi, p);
  let firstKey: string | null = null;
  for (const pr of props) {
    const c = add(pr.resolved);
    if (!c) continue;
    c.proposals.push(pr);
    if (pr.first) {
      c.first = true;
      firstKey = c.entity;
    }
  }
  // The people and bodies named around the quote: its sentence and the few before it.
  const q = ctx.quotes[qi];
  for (const r of runsAround(ctx, qi)) add(mentioned(sc, r, si))?.mentions.push(r);
  // The speakers of the last few sentences.
  for (let k = si - 1; k >= Math.max(0, si - WINDOW_SENTENCES - 1); k--) {
    const r = sc.log.get(k);
    if (r) add(r);
  }
  // A name only ever written as an object or an owner ("told Reuters", "Smith's lawyer") speaks for
  // itself only where a rule says so.
  const out = [...byKey.values()].filter((c) => c.proposals.length || c.mentions.some((m) => !m.tokens[m.tokens.length - 1].possessive && !GOVERNED.test(ctx.text.slice(Math.max(0, m.titleStart - 60), m.titleStart))) || sc.entities.includes(c.entity));
  for (const c of out) c.mentions.sort((a, b) => Math.abs(a.start - q.outer.start) - Math.abs(b.start - q.outer.start));
  // Nobody: the rules' choice when none of theirs stands for anyone.
  out.push({ entity: null, label: null, person: null, resolved: null, proposals: [], mentions: [], first: firstKey === null, features: [] });
  return out;
}

/** Does a description name one person ("a spokesman for Ofcom", "the minister") rather than a body? */
function personNoun(desc: string | null): boolean {
  const head = desc ? nameTokens(desc.split(/\s+(?:of|for|at|in|with|from|on)\s+/)[0]).pop() : undefined;
  return !!head && (PERSON_NOUNS.has(head) || SPOKES_NOUNS.has(head));
}

/** "he" or "she" for a person, from a given name or a form of address; null when nothing says. */
export function genderOf(people: PeopleTable, person: number): 'he' | 'she' | null {
  const p = people.list[person];
  for (const f of p.forms) {
    const first = nameTokens(f.split(/\s+/)[0] ?? '')[0] ?? '';
    if (FEMALE_TITLES.has(first)) return 'she';
    if (MALE_TITLES.has(first)) return 'he';
  }
  const first = p.tokens[0];
  if (p.tokens.length >= 2 && first) {
    if (FEMALE_NAMES.has(first) && !MALE_NAMES.has(first)) return 'she';
    if (MALE_NAMES.has(first) && !FEMALE_NAMES.has(first)) return 'he';
  }
  return null;
}

/** How many pieces `text.slice(start, end).split(/\s+/)` gives: one more than the runs of white space. */
function pieceCount(text: string, start: number, end: number): number {
  let n = 1;
  for (let i = start; i < end; i++) {
    if (!isWhiteSpace(text.charCodeAt(i))) continue;
    n++;
    while (i + 1 < end && isWhiteSpace(text.charCodeAt(i + 1))) i++;
  }
  return n;
}

/** What `\s` matches: white space and line terminators. */
function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The words of the first proposal, candidate by candidate, that `test` accepts. */
function firstProposed(cands: SpeakerCandidate[], test: (pr: Proposal) => boolean): string | null {
  for (const c of cands) for (const pr of c.proposals) if (test(pr)) return pr.att.ref?.text ?? null;
  return null;
}

/** Persons mentioned before offset `at`, ordered by their last mention before it, nearest first. */
function antecedents(cands: SpeakerCandidate[], at: number): SpeakerCandidate[] {
  const last = new Map<SpeakerCandidate, number>();
  for (const c of cands) {
    if (c.person === null) continue;
    let max = -Infinity;
    for (const m of c.mentions) if (m.start < at && m.start > max) max = m.start;
    if (max > -Infinity) last.set(c, max);
  }
  return [...last.keys()].sort((a, b) => last.get(b)! - last.get(a)!);
}

/** What the rules that stand for a candidate say of it. */
function proposalFeatures(f: string[], c: SpeakerCandidate): void {
  for (const pr of c.proposals) {
    const src = `prop=${pr.source}`;
    f.push(src, `${src}&ref=${pr.att.ref?.type ?? 'none'}`);
    if (pr.att.rule && pr.source !== 'continuation' && pr.source !== 'passage') f.push(`rule=${pr.att.rule}`);
    if (pr.att.ref?.type === 'pronoun') f.push(`${src}&pro=${pr.att.ref.text}`);
    if (pr.first) f.push(`${src}&first`);
  }
  if (!c.proposals.length) f.push('noproposal');
}

/** Where the passage names a candidate, around the quote of sentence `si` opening at `quoteStart`. */
function mentionFeatures(f: string[], c: SpeakerCandidate, ctx: AttributionContext, si: number, quoteStart: number): void {
  const m = c.mentions[0];
  if (!m) {
    f.push('unmentioned');
    return;
  }
  const text = ctx.text;
  const ms = partitionPoint(ctx.sentences.length, (k) => ctx.sentences[k].end <= m.start);
  const side = ms < si ? `s-${Math.min(si - ms, WINDOW_SENTENCES)}` : m.start < quoteStart ? 'before' : 'after';
  f.push(`near=${side}`, `near=${side}&${c.proposals.length ? 'proposed' : 'bare'}`);
  if (m.tokens[m.tokens.length - 1].possessive) f.push('near&possessive');
  if (GOVERNED.test(text.slice(Math.max(0, m.titleStart - 60), m.titleStart))) f.push('near&governed');
  const after = text.slice(m.end, m.end + 30).toLowerCase().match(/\p{L}+/gu) ?? [];
  const prior = text.slice(Math.max(0, m.titleStart - 20), m.titleStart).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (after.slice(0, 3).some((w) => SPEECH_VERBS.has(w))) f.push(`near=${side}&verbafter`);
  if (prior.slice(-2).some((w) => SPEECH_VERBS.has(w))) f.push(`near=${side}&verbbefore`);
  f.push(`mentions${bucket(c.mentions.length, [1, 2, 4])}`);
}

/** The named features of each candidate of quote `qi`. */
export function describe(sc: SpeakerContext, qi: number, cands: SpeakerCandidate[], sides: Sides): void {
  const { ctx, people } = sc;
  const q = ctx.quotes[qi];
  const si = ctx.quoteSentence[qi];
  const s = ctx.sentences[si];
  const text = ctx.text;
  const words = pieceCount(text, q.parts[0].start, q.parts[q.parts.length - 1].end);
  const standalone = !!s && !/[\p{L}\p{N}]/u.test(text.slice(s.start, q.outer.start));
  const paraStart = /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, q.outer.start - 40), q.outer.start));
  const headline = !!sc.headline && q.outer.start >= sc.headline.start && q.outer.end <= sc.headline.end;
  const gap = sc.lastSpeechSentence < 0 ? 'none' : bucket(si - sc.lastSpeechSentence, [0, 1, 2, 4]);
  let prevEntity: string | null = null;
  for (let k = qi - 1; k >= 0 && !prevEntity; k--) prevEntity = sc.entities[k];
  const qctx = [`qlen${bucket(words, [3, 10, 25])}`, /^\p{Ll}/u.test(text.slice(q.parts[0].start, q.parts[0].start + 1)) ? 'partial' : 'whole', standalone ? 'standalone' : 'inside', paraStart ? 'parastart' : 'midpara', sides.colon ? 'colon' : 'nocolon', headline ? 'headline' : 'body', `gap${gap}`];
  // The quote's features crossed with each type of candidate, made once per type.
  const byType = new Map<string, string[]>();
  const contextOf = (type: string): string[] => {
    let xs = byType.get(type);
    if (!xs) byType.set(type, (xs = qctx.map((x) => `${type}&${x}`)));
    return xs;
  };
  // A pronoun or a description the rules read as the speaker: every person competes for it.
  const pronoun = firstProposed(cands, (pr) => pr.att.ref?.type === 'pronoun' && pr.source !== 'passage');
  const described = firstProposed(cands, (pr) => pr.att.ref?.type === 'description');
  const head = described ? nameTokens(described.split(/\s+(?:of|for|at|in|with|from|on)\s+/)[0]).pop() ?? null : null;
  // Persons ordered by their last mention before the quote: the antecedents of a pronoun, nearest first.
  const before = pronoun === 'he' || pronoun === 'she' ? antecedents(cands, q.outer.start) : [];
  let mostMentioned = 0;
  for (const c of cands) if (c.person !== null) mostMentioned = Math.max(mostMentioned, people.list[c.person].mentions);
  for (const c of cands) {
    const f: string[] = [];
    const type = c.entity === null ? 'nobody' : c.entity[0] === 'p' ? 'person' : c.entity[0] === 'n' ? 'newname' : 'desc';
    f.push(`type=${type}`);
    for (const x of contextOf(type)) f.push(x);
    if (c.first) f.push('first', `first&${type}`);
    if (c.entity === null) {
      c.features = f;
      continue;
    }
    proposalFeatures(f, c);
    mentionFeatures(f, c, ctx, si, q.outer.start);
    if (c.person !== null) {
      const p = people.list[c.person];
      f.push(`sal${bucket(p.mentions, [1, 3, 8])}`);
      if (p.mentions === mostMentioned) f.push('mostmentioned');
      for (const k of [si, si - 1]) {
        const subj = people.sentences[k];
        if (subj?.speech === c.person) f.push(`speechsubject${si - k}`);
        if (subj?.first === c.person) f.push(`firstsubject${si - k}`);
      }
      if (pronoun === 'he' || pronoun === 'she') {
        const g = genderOf(people, c.person);
        f.push(`pro=${pronoun}&g=${g === null ? 'unknown' : g === pronoun ? 'agrees' : 'clashes'}`);
        const rank = before.indexOf(c);
        f.push(`pro&rank${rank < 0 ? 'after' : bucket(rank, [0, 1, 2])}`);
      }
      if (head && p.roles.some((r) => nameTokens(r).includes(head))) f.push('desc&rolematch');
    }
    if (described && c.entity[0] === 'd') f.push('desc&described');
    // A described person ("a spokesman", "the minister") is whom "he" or "she" can stand for too.
    if ((pronoun === 'he' || pronoun === 'she') && c.entity[0] === 'd') f.push(`pro=${pronoun}&desc=${personNoun(c.label) ? 'person' : 'body'}`);
    if (c.entity === prevEntity) f.push('sameprev', `sameprev&gap${gap}`, `sameprev&${standalone ? 'standalone' : 'inside'}`);
    c.features = f;
  }
}

/**
 * The candidate the model picks: the best-scoring one, where it beats the rules' own choice by the
 * model's margin; the rules' choice otherwise.
 */
export function choose(model: SpeakerModel, cands: SpeakerCandidate[]): SpeakerCandidate {
  let best = cands[0];
  let bestScore = -Infinity;
  let first: SpeakerCandidate | undefined;
  let firstScore = -Infinity;
  for (const c of cands) {
    const s = score(model, c.features);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
    if (c.first) {
      first = c;
      firstScore = s;
    }
  }
  return first && bestScore - firstScore < model.margin ? first : best;
}

/** The proposal that speaks for a chosen candidate: the rules' choice, then the clause after, before, the sentence before. */
export function bestProposal(c: SpeakerCandidate): Proposal | null {
  const order: ProposalSource[] = ['after', 'before', 'previous', 'continuation', 'passage'];
  return c.proposals.find((p) => p.first) ?? [...c.proposals].sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source))[0] ?? null;
}

/** A name reference to a candidate's nearest mention, for a speaker the rules did not propose. */
export function mentionRef(c: SpeakerCandidate): SpeakerRef | null {
  const m = c.mentions[0];
  if (!m) return null;
  return m.kind === 'person' || m.kind === 'single' ? { type: 'name', text: m.text, start: m.start, end: m.end } : { type: 'description', text: m.text, start: m.start, end: m.end };
}
