/**
 * Deciding who said a quote between candidates, on evidence. The rules propose (the clause after
 * the quote, the clause before it, the sentence before, the quote it continues, whom the passage is
 * about), the names in and before the quote's sentence are candidates too, and so is "nobody".
 * Each candidate carries features; the speaker model (attribution/model.ts) scores them, and the
 * candidates that stand for the same speaker pool their probability.
 */
import type { Attribution, AttributionContext, SpeakerRef } from './attribution';
import type { Sides } from './attribution';
import { runsIn } from './attribution';
import { score, softmax, type SpeakerModel } from './attribution/model';
import { nameKey, nameTokens, type NameRun } from './names';
import type { PeopleTable } from './people';
import { peek, type Resolved, type SpeakerLog } from './resolution';
import { partitionPoint } from './text';
import { SPEECH_VERBS, STRONG_SPEECH_VERBS } from './vocabulary';

export type CandidateSource = 'after' | 'before' | 'previous' | 'continuation' | 'passage' | 'mention' | 'none';

export interface SpeakerCandidate {
  source: CandidateSource;
  /** The attribution this candidate reads: the rule's, or a bare one for a name or a guess. */
  att: Attribution;
  /** The sentence its reference is resolved from. */
  refSentence: number;
  /** Continuation: the quote it continues. Passage: the speaker guessed. */
  continues?: number;
  guess?: Resolved;
  /** Whom it stands for (one key per speaker; null for nobody), found without changing the people table. */
  entity: string | null;
  /** The speaker's name or description as the article gives it, for reading and training. */
  label: string | null;
  /** The rules' own choice. */
  first: boolean;
  features: string[];
}

/** What the article reader knows when a quote's speaker is decided. */
export interface SpeakerContext {
  ctx: AttributionContext;
  people: PeopleTable;
  log: SpeakerLog;
  /** Entity keys of the speakers of quotes already read (null: none or not speech). */
  entities: (string | null)[];
  /** Sentence index of the last quote read that was speech with a speaker, or -1. */
  lastSpeechSentence: number;
  headline: { start: number; end: number } | null;
}

const NONE: Attribution = { ref: null, cue: null, role: null, via: null, how: 'none', naming: false, strong: false, rule: null };

function bucket(n: number, edges: number[]): string {
  for (const e of edges) if (n <= e) return `<=${e}`;
  return `>${edges[edges.length - 1]}`;
}

/** The entity key of what a resolution stands for. */
export function entityOf(r: Resolved | { name: string } | null): string | null {
  if (!r) return null;
  if ('person' in r) return `p${r.person}`;
  if ('name' in r) return `n:${nameKey(r.name)}`;
  return `d:${r.description.toLowerCase()}`;
}

function labelOf(r: Resolved | { name: string } | null, people: PeopleTable): string | null {
  if (!r) return null;
  if ('person' in r) return people.list[r.person].name;
  if ('name' in r) return r.name;
  return r.description;
}

/** A candidate for a reference the rules or the text give: resolved without side effects. */
function fromRef(sc: SpeakerContext, source: CandidateSource, att: Attribution, refSentence: number, first: boolean): SpeakerCandidate {
  const r = att.ref ? peek(att.ref, refSentence, sc.people, sc.log, sc.ctx) : null;
  return { source, att, refSentence, entity: entityOf(r), label: labelOf(r, sc.people), first, features: [] };
}

export interface Proposals {
  sides: Sides;
  /** The rules' choice for the quote, after the sentence before and the quote continued were read. */
  chosen: Attribution;
  /** The sentence before introduces the quote (attributeFromPrevious), when it was read. */
  intro: Attribution | null;
  /** The quote the rules would continue, or -1. */
  continues: number;
  /** The rules' guess when nothing is attributed: whom the passage is about. */
  guess: Resolved;
}

/**
 * Every candidate for quote `qi`: the rules' proposals, the continued quote, the guess, the names
 * in the quote's sentence and the one before it, and nobody. The rules' own choice is marked first.
 */
export function candidates(sc: SpeakerContext, qi: number, p: Proposals): SpeakerCandidate[] {
  const { ctx } = sc;
  const si = ctx.quoteSentence[qi];
  const out: SpeakerCandidate[] = [];
  const chosenIs = (a: Attribution | null) => !!a && a === p.chosen;
  if (p.sides.post) out.push(fromRef(sc, 'after', p.sides.post, si, p.chosen.how === 'post' && p.chosen.rule === p.sides.post.rule && p.chosen.ref === p.sides.post.ref));
  if (p.sides.pre) out.push(fromRef(sc, 'before', p.sides.pre, si, p.chosen.how !== 'post' && p.chosen.how !== 'previous' && p.chosen.how !== 'continuation' && p.chosen.ref === p.sides.pre.ref && !!p.chosen.ref));
  if (p.intro) out.push(fromRef(sc, 'previous', p.intro, si - 1, chosenIs(p.intro) || p.chosen.how === 'previous'));
  if (p.continues >= 0) {
    const e = sc.entities[p.continues];
    out.push({ source: 'continuation', att: { ...NONE, how: 'continuation', strong: true, rule: 'continuation' }, refSentence: si, continues: p.continues, entity: e, label: null, first: p.chosen.how === 'continuation', features: [] });
  }
  if (p.guess) out.push({ source: 'passage', att: NONE, refSentence: si, guess: p.guess, entity: entityOf(p.guess), label: labelOf(p.guess, sc.people), first: false, features: [] });
  // Names in the quote's sentence and the one before, outside quotations.
  for (const k of [si, si - 1]) {
    const s = ctx.sentences[k];
    if (!s) continue;
    for (const r of runsIn(ctx.runs, s.start, s.end)) {
      if (r.kind === 'place') continue;
      if (insideQuote(ctx, r.start)) continue;
      if (out.some((c) => c.att.ref && c.att.ref.start === r.start)) continue;
      const ref: SpeakerRef = r.kind === 'person' || r.kind === 'single' ? { type: 'name', text: r.text, start: r.start, end: r.end } : { type: 'description', text: r.text, start: r.start, end: r.end };
      const c = fromRef(sc, 'mention', { ...NONE, ref }, k, false);
      out.push(c);
    }
  }
  out.push({ source: 'none', att: NONE, refSentence: si, entity: null, label: null, first: false, features: [] });
  return out;
}

function insideQuote(ctx: AttributionContext, at: number): boolean {
  const q = ctx.quotes[partitionPoint(ctx.quotes.length, (i) => ctx.quotes[i].outer.start <= at) - 1];
  return !!q && at < q.outer.end;
}

function runAt(runs: NameRun[], start: number): NameRun | undefined {
  const i = partitionPoint(runs.length, (k) => runs[k].start < start);
  return runs[i]?.start === start ? runs[i] : undefined;
}

/** The named features of each candidate of quote `qi`. */
export function describe(sc: SpeakerContext, qi: number, cands: SpeakerCandidate[], sides: Sides): void {
  const { ctx, people } = sc;
  const q = ctx.quotes[qi];
  const si = ctx.quoteSentence[qi];
  const s = ctx.sentences[si];
  const text = ctx.text;
  const words = text.slice(q.parts[0].start, q.parts[q.parts.length - 1].end).split(/\s+/).length;
  const first = text.slice(q.parts[0].start, q.parts[0].start + 1);
  const standalone = !!s && !/[\p{L}\p{N}]/u.test(text.slice(s.start, q.outer.start));
  const paraStart = /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, q.outer.start - 40), q.outer.start));
  const headline = !!sc.headline && q.outer.start >= sc.headline.start && q.outer.end <= sc.headline.end;
  const gap = sc.lastSpeechSentence < 0 ? 'none' : bucket(si - sc.lastSpeechSentence, [0, 1, 2, 4]);
  const prevEntity = lastEntity(sc, qi);
  const qctx = [`qlen${bucket(words, [3, 10, 25])}`, /\p{Ll}/u.test(first) ? 'partial' : 'whole', standalone ? 'standalone' : 'inside', paraStart ? 'parastart' : 'midpara', sides.colon ? 'colon' : 'nocolon', headline ? 'headline' : 'body', `gap${gap}`, sides.post ? 'haspost' : 'nopost', sides.pre ? 'haspre' : 'nopre'];
  // How many candidates stand for each speaker.
  const votes = new Map<string, number>();
  for (const c of cands) if (c.entity && c.source !== 'mention' && c.source !== 'none') votes.set(c.entity, (votes.get(c.entity) ?? 0) + 1);
  const surnames = new Map<string, Set<string>>();
  for (const c of cands) {
    if (!c.entity || !c.label || c.entity.startsWith('d:')) continue;
    const last = nameTokens(c.label).pop();
    if (last) surnames.set(last, (surnames.get(last) ?? new Set()).add(c.entity));
  }
  for (const c of cands) {
    const f: string[] = [];
    const src = `src=${c.source}`;
    f.push(src);
    if (c.first) f.push('first', `${src}&first`);
    for (const x of qctx) f.push(`${src}&${x}`);
    if (c.source === 'none') {
      c.features = f;
      continue;
    }
    if (c.att.rule && (c.source === 'after' || c.source === 'before' || c.source === 'previous')) f.push(`rule=${c.att.rule}`, `rule=${c.att.rule}&${sides.colon ? 'colon' : 'nocolon'}`);
    const ref = c.att.ref;
    if (ref) {
      f.push(`ref=${ref.type}`, `${src}&ref=${ref.type}`);
      if (ref.type === 'pronoun') f.push(`pro=${ref.text}`, `${src}&pro=${ref.text}`);
      if (ref.type === 'description') f.push(`${src}&desc=${/^(?:the|his|her|its|their)\s/i.test(ref.text) ? 'definite' : /^(?:a|an|one)\s/i.test(ref.text) ? 'indefinite' : 'bare'}`);
      const run = ref.type !== 'pronoun' ? runAt(ctx.runs, ref.start) : undefined;
      if (run) f.push(`${src}&run=${run.kind}`, `${src}&run=${run.kind}&${run.tokens.length > 1 ? 'full' : 'one'}`);
      if (c.source === 'mention') mentionFeatures(f, ctx, q, si, c, run);
    }
    if (c.att.cue) f.push(c.att.strong || STRONG_SPEECH_VERBS.has(c.att.cue) ? `${src}&cue=strong` : `${src}&cue=weak`);
    if (c.att.via) f.push(`${src}&via`);
    const ent = !c.entity ? 'unresolved' : c.entity[0] === 'p' ? 'person' : c.entity[0] === 'n' ? 'newname' : 'desc';
    f.push(`ent=${ent}`, `${src}&ent=${ent}`);
    if (c.entity && c.entity[0] === 'p') {
      const p = people.list[Number(c.entity.slice(1))];
      f.push(`sal${bucket(p.mentions, [1, 3, 8])}`, `${src}&sal${bucket(p.mentions, [1, 3, 8])}`);
      if (p.roles.length) f.push(`${src}&hasrole`);
      const subj = people.sentences[c.refSentence];
      if (subj?.speech === Number(c.entity.slice(1))) f.push(`${src}&speechsubject`);
      if (subj?.first === Number(c.entity.slice(1))) f.push(`${src}&firstsubject`);
    }
    if (c.entity && c.entity === prevEntity) f.push('sameprev', `${src}&sameprev`, `${src}&sameprev&gap${gap}`);
    const v = c.entity ? votes.get(c.entity) ?? 0 : 0;
    f.push(`${src}&votes${bucket(v, [0, 1, 2])}`);
    if (c.label && c.entity && !c.entity.startsWith('d:')) {
      const last = nameTokens(c.label).pop();
      if (last && (surnames.get(last)?.size ?? 0) > 1) f.push(`${src}&surnameshared`);
    }
    c.features = f;
  }
}

/** The entity of the last quote before `qi` that had a speaker. */
function lastEntity(sc: SpeakerContext, qi: number): string | null {
  for (let k = qi - 1; k >= 0; k--) if (sc.entities[k]) return sc.entities[k];
  return null;
}

const PREPOSITIONS = /\b(?:to|by|with|of|for|at|from|about|against|on|told|asked|interviewed|thanked|praised|criticised|criticized|urged|met|and)\s+(?:the\s+|his\s+|her\s+)?$/i;

function mentionFeatures(f: string[], ctx: AttributionContext, q: { outer: { start: number; end: number } }, si: number, c: SpeakerCandidate, run: NameRun | undefined): void {
  const ref = c.att.ref!;
  const text = ctx.text;
  const end = ref.type === 'name' ? ref.end : ref.start + ref.text.length;
  const before = ref.start < q.outer.start;
  const gapText = before ? text.slice(end, q.outer.start) : text.slice(q.outer.end, ref.start);
  const distance = gapText.split(/\s+/).filter(Boolean).length;
  const side = c.refSentence !== si ? 'prevsent' : before ? 'before' : 'after';
  f.push(`m&${side}`, `m&${side}&d${bucket(distance, [1, 3, 6, 12, 25])}`);
  if (run?.tokens[run.tokens.length - 1].possessive) f.push('m&possessive');
  const lead = text.slice(Math.max(0, (run?.titleStart ?? ref.start) - 30), run?.titleStart ?? ref.start);
  if (PREPOSITIONS.test(lead)) f.push('m&governed');
  // A speech verb right after the name ("X said") or right before it ("said X").
  const after = text.slice(end, end + 30).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const prior = lead.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (after.slice(0, 3).some((w) => SPEECH_VERBS.has(w))) f.push(`m&${side}&verbafter`);
  if (prior.slice(-2).some((w) => SPEECH_VERBS.has(w))) f.push(`m&${side}&verbbefore`);
}

/** The candidate the model picks: the speaker with the most probability, pooled over its candidates. */
export function choose(model: SpeakerModel, cands: SpeakerCandidate[]): SpeakerCandidate {
  const p = softmax(cands.map((c) => score(model, c.features)));
  const pooled = new Map<string, number>();
  const key = (c: SpeakerCandidate) => c.entity ?? (c.source === 'none' ? '\u0000none' : `\u0000${c.source}${cands.indexOf(c)}`);
  cands.forEach((c, i) => pooled.set(key(c), (pooled.get(key(c)) ?? 0) + p[i]));
  let best = cands[0];
  let bestP = -1;
  cands.forEach((c, i) => {
    const q = pooled.get(key(c))!;
    // Within one speaker, the candidate that scored best speaks for it.
    if (q > bestP + 1e-12 || (Math.abs(q - bestP) <= 1e-12 && p[i] > p[cands.indexOf(best)])) {
      best = c;
      bestP = q;
    }
  });
  return best;
}
