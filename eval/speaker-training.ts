/**
 * Training the speaker model: reading the training articles with candidates kept, labelling each
 * candidate from the annotations, and fitting the weights (a conditional logit: the candidates of
 * one quote compete in a softmax; the probability of the right ones is maximised).
 *
 * Labels:
 * - PolNeAR train: a candidate is right when the words it reads as naming the speaker (or, for a
 *   person, any mention of that person; for a continued quote, the words the quote it continues
 *   was given by) overlap the annotated Source span;
 * - the BBC sets and the seeds: when the speaker it stands for has the annotated name.
 *
 * Everything is deterministic: articles in name order, a seeded shuffle, fixed epochs.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArticle } from '../src/core/reading/article';
import type { SpeakerModel } from '../src/core/reading/attribution/model';
import { modelOf } from '../src/core/reading/attribution/model';
import { sameSpeakerName } from './speaker-key';
import type { SpeakerCandidate, SpeakerContext } from '../src/core/reading/speakers';
import type { Span } from '../src/core/types';
import { hashText } from './hash';
import { goldQuotes, loadPolnear, polnearAvailable } from './polnear';
import { CORPUS_DIRS, ROOT } from './sources';

/** One quote's candidates as the trainer sees them. */
export interface Example {
  /** Which article (for folds). */
  doc: string;
  features: string[][];
  positive: boolean[];
}

/** A training document: its text and how to label a quote's candidates. */
export interface TrainingDoc {
  id: string;
  /** The group it belongs to (a BBC set, PolNeAR train, the seeds), for folds and reports. */
  group: string;
  path: string;
  text: string;
  /** Gold for the quote whose first part starts at `start`: a Source span, or a speaker's name (null: none). */
  gold: Map<number, { source?: Span; speaker?: string | null }>;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The spans of every mention of local person `idx`. */
function personSpans(sc: SpeakerContext, idx: number): Span[] {
  const out: Span[] = [];
  for (const [start, p] of sc.people.byRun) {
    if (p !== idx) continue;
    const r = sc.people.runAt.get(start);
    if (r) out.push({ start: r.start, end: r.end });
  }
  return out;
}

function refSpan(c: SpeakerCandidate): Span | null {
  const ref = c.att.ref;
  if (!ref) return null;
  if (ref.type === 'name') return { start: ref.start, end: ref.end };
  return { start: ref.start, end: ref.type === 'description' && ref.end !== undefined ? ref.end : ref.start + ref.text.length };
}

/**
 * Reads one document with `model` deciding (null: the rules), and returns its labelled examples:
 * the previous speakers the features see are the ones the model predicted, never the gold ones.
 */
export function examplesOf(doc: TrainingDoc, model: SpeakerModel | null): Example[] {
  const out: Example[] = [];
  const picked: { span: Span | null; label: string | null }[] = [];
  const rulesOnly = model ?? RULES;
  parseArticle(doc.path, doc.text, {
    speakerModel: rulesOnly,
    onSpeaker: (qi, cands, pick, sc) => {
      const q = sc.ctx.quotes[qi];
      const evidence = (c: SpeakerCandidate): Span | null => (c.source === 'continuation' ? picked[c.continues!]?.span ?? null : refSpan(c));
      const labelOf = (c: SpeakerCandidate): string | null => (c.source === 'continuation' ? picked[c.continues!]?.label ?? null : c.label);
      picked[qi] = { span: evidence(pick), label: labelOf(pick) };
      const g = doc.gold.get(q.parts[0].start);
      if (!g) return;
      const positive = cands.map((c) => {
        if (g.source) {
          if (c.source === 'none') return false;
          const ev = evidence(c);
          if (ev && overlaps(ev, g.source)) return true;
          const ent = c.source === 'continuation' ? null : c.entity;
          return !!ent && ent[0] === 'p' && personSpans(sc, Number(ent.slice(1))).some((s) => overlaps(s, g.source!));
        }
        if (g.speaker === null || g.speaker === undefined) return c.source === 'none';
        return sameSpeakerName(labelOf(c), g.speaker);
      });
      // A name given shorter or longer than the annotation's when no candidate has it exactly.
      if (!positive.some(Boolean) && g.speaker) cands.forEach((c, i) => (positive[i] = sameSpeakerName(labelOf(c), g.speaker!, true)));
      if (positive.some(Boolean) && cands.length > 1) out.push({ doc: doc.id, features: cands.map((c) => c.features), positive });
    },
  });
  return out;
}

/** A model that keeps the rules' choice: what the first round of training reads with. */
export const RULES: SpeakerModel = { weights: new Map([['first', 50]]) };

// ---------------------------------------------------------------------------------------------
// The training documents.

interface GoldFile {
  path: string;
  quotes: { parts: [number, number][]; sha: string; kind: string; speaker: string | null }[];
}

/** The BBC sets and the seeds, with their annotated speakers (speech quotes only). */
export function annotatedDocs(): TrainingDoc[] {
  const docs: TrainingDoc[] = [];
  const ann = path.join(ROOT, 'eval', 'annotations');
  if (fs.existsSync(CORPUS_DIRS.bbc)) {
    for (const dir of fs.readdirSync(ann).filter((d) => d.startsWith('bbc-')).sort()) {
      for (const f of fs.readdirSync(path.join(ann, dir)).filter((x) => x.endsWith('.json')).sort()) {
        const g = JSON.parse(fs.readFileSync(path.join(ann, dir, f), 'utf8')) as GoldFile;
        const text = fs.readFileSync(path.join(CORPUS_DIRS.bbc, g.path), 'utf8');
        const gold = new Map<number, { speaker: string | null }>();
        for (const q of g.quotes) {
          if (q.kind !== 'speech') continue;
          const t = q.parts.map(([s, e]) => text.slice(s, e)).join(' ');
          if (hashText(t) !== q.sha) throw new Error(`${dir}/${f}: annotation does not match the corpus text`);
          gold.set(q.parts[0][0], { speaker: q.speaker });
        }
        docs.push({ id: `${dir}/${f}`, group: dir, path: g.path, text, gold });
      }
    }
  }
  const seedSpec = JSON.parse(fs.readFileSync(path.join(ann, 'seeds.json'), 'utf8')) as { articles: { path: string; quotes: { text: string; kind: string; speaker: string | null }[] }[] };
  for (const g of seedSpec.articles) {
    const text = fs.readFileSync(path.join(CORPUS_DIRS.seeds, g.path), 'utf8');
    const gold = new Map<number, { speaker: string | null }>();
    let from = 0;
    for (const q of g.quotes) {
      const at = text.indexOf(q.text.slice(0, 40), from);
      if (at < 0) throw new Error(`seeds/${g.path}: quotation not found: ${q.text.slice(0, 40)}`);
      from = at + 1;
      if (q.kind === 'speech') gold.set(at, { speaker: q.speaker });
    }
    docs.push({ id: `seeds/${g.path}`, group: 'seeds', path: g.path, text, gold });
  }
  return docs;
}

/** PolNeAR's train split, each quote labelled by its Source span. */
export function polnearTrainDocs(): TrainingDoc[] {
  if (!polnearAvailable()) return [];
  return loadPolnear('train').map((a) => {
    const gold = new Map<number, { source: Span }>();
    for (const q of goldQuotes(a)) gold.set(q.start, { source: { start: q.attribution.source!.start, end: q.attribution.source!.end } });
    return { id: `polnear/${a.name}`, group: 'polnear-train', path: a.name + '.txt', text: a.text, gold };
  });
}

// ---------------------------------------------------------------------------------------------
// The fit.

export interface FitOptions {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

export const DEFAULT_FIT: FitOptions = { epochs: 12, rate: 0.3, l2: 1e-5, seed: 17 };

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fits weights by AdaGrad on the conditional log-likelihood of the right candidates. */
export function fit(examples: Example[], options: FitOptions = DEFAULT_FIT): Map<string, number> {
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  const order = examples.map((_, i) => i);
  const rand = rng(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const ex = examples[k];
      const scores = ex.features.map((fs) => fs.reduce((s, f) => s + (w.get(f) ?? 0), 0));
      const max = Math.max(...scores);
      const e = scores.map((s) => Math.exp(s - max));
      const z = e.reduce((a, b) => a + b, 0);
      const p = e.map((x) => x / z);
      const zPos = p.reduce((a, x, i) => a + (ex.positive[i] ? x : 0), 0);
      const grad = new Map<string, number>();
      ex.features.forEach((fs, i) => {
        const target = ex.positive[i] ? p[i] / zPos : 0;
        const d = p[i] - target;
        if (d === 0) return;
        for (const f of fs) grad.set(f, (grad.get(f) ?? 0) + d);
      });
      for (const [f, d] of grad) {
        const wf = w.get(f) ?? 0;
        const gg = d + options.l2 * wf;
        const acc = (g2.get(f) ?? 0) + gg * gg;
        g2.set(f, acc);
        w.set(f, wf - (options.rate * gg) / Math.sqrt(acc + 1e-8));
      }
    }
  }
  return w;
}

/** Weights as the core's JSON file: sorted, rounded, the negligible ones left out. */
export function weightsFile(w: Map<string, number>, trained: string): { trained: string; features: Record<string, number> } {
  const features: Record<string, number> = {};
  for (const [f, v] of [...w].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (Math.abs(v) >= 1e-3) features[f] = Math.round(v * 1e4) / 1e4;
  return { trained, features };
}

/** Two rounds: examples read with the rules' choices, a fit, examples read again with that fit, a second fit. */
export function train(docs: TrainingDoc[], options: FitOptions = DEFAULT_FIT): { model: SpeakerModel; weights: Map<string, number>; examples: number } {
  let examples = docs.flatMap((d) => examplesOf(d, null));
  let w = fit(examples, options);
  const first = modelOf(weightsFile(w, ''));
  examples = docs.flatMap((d) => examplesOf(d, first));
  w = fit(examples, options);
  return { model: modelOf(weightsFile(w, '')), weights: w, examples: examples.length };
}

