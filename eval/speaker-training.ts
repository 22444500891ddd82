/**
 * Training the speaker model: reading the training articles with candidates kept, labelling each
 * candidate from the annotations, and fitting the weights (a conditional logit: the candidates of
 * one quote compete in a softmax; the probability of the right ones is maximised).
 *
 * Labels:
 * - PolNeAR train: a candidate is right when the words it reads as naming the speaker (or, for a
 *   person, any mention of that person; for a continued quote, the words the quote it continues
 *   was given by) overlap the annotated Source span;
 * - the BBC sets and PolNeAR train's name-annotated sample: when the speaker it stands for has the
 *   annotated name.
 *
 * Everything is deterministic: articles in name order, a seeded shuffle, fixed epochs.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArticle } from '../src/core/reading/article';
import type { SpeakerModel } from '../src/core/reading/attribution/model';
import { modelOf, type WeightsFile } from '../src/core/reading/attribution/model';
import { sameSpeakerName } from './speaker-key';
import type { SpeakerCandidate, SpeakerContext } from '../src/core/reading/speakers';
import type { Span } from '../src/core/types';
import { hashText } from './hash';
import { goldQuotes, loadPolnear, polnearAvailable } from './polnear';
import { rng } from './probes';
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
  /** The group it belongs to (a BBC set, PolNeAR train), for folds and reports. */
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

/** The name a Source span opens with, when the span is a name (with titles, and an apposition after a comma). */
function sourceHead(text: string, source: Span): Span | null {
  const s = text.slice(source.start, source.end);
  const m = /^(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.'\u2019-]*\s+){0,3}?)?(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3})(?=\s*(?:,|\(|$|\s+(?:who|of\s+\p{Lu})))/u.exec(s);
  if (!m || /['\u2019]s$/.test(m[1])) return null;
  const at = source.start + m.index + m[0].length - m[1].length;
  return { start: at, end: at + m[1].length };
}

/** Where a candidate is named: its mentions, every mention of its person, the names the rules read for it. */
function namedAt(c: SpeakerCandidate, sc: SpeakerContext): Span[] {
  const out: Span[] = c.mentions.map((m) => ({ start: m.start, end: m.end }));
  if (c.person !== null) out.push(...personSpans(sc, c.person));
  for (const p of c.proposals) if (p.att.ref?.type === 'name') out.push({ start: p.att.ref.start, end: p.att.ref.end });
  return out;
}

/**
 * Reads one document with `model` deciding (null: the rules), and returns its labelled examples:
 * the previous speakers the features see are the ones the model predicted, never the gold ones.
 * A quote labelled by its Source span teaches only where that span holds a name: whom a pronoun
 * or a description stands for, only an annotated name tells.
 */
export function examplesOf(doc: TrainingDoc, model: SpeakerModel | null): Example[] {
  const out: Example[] = [];
  parseArticle(doc.path, doc.text, {
    speakerModel: model ?? RULES,
    onSpeaker: (qi, cands, _pick, sc) => {
      const g = doc.gold.get(sc.ctx.quotes[qi].parts[0].start);
      if (!g) return;
      let positive: boolean[];
      if (g.source) {
        // Only a Source that is a name (titles and an apposition aside) says whom: "a spokesman for
        // Unison" is the spokesman, not Unison.
        const head = sourceHead(sc.ctx.text, g.source);
        if (!head) return;
        positive = cands.map((c) => c.entity !== null && namedAt(c, sc).some((s) => overlaps(s, head)));
      } else if (g.speaker === null || g.speaker === undefined) {
        positive = cands.map((c) => c.entity === null);
      } else {
        positive = cands.map((c) => sameSpeakerName(c.label, g.speaker!));
        // A name given shorter or longer than the annotation's when no candidate has it exactly.
        if (!positive.some(Boolean)) positive = cands.map((c) => sameSpeakerName(c.label, g.speaker!, true));
      }
      if (positive.some(Boolean) && cands.length > 1) out.push({ doc: doc.id, features: cands.map((c) => c.features), positive });
    },
  });
  return out;
}

/** A model that keeps the rules' choice: what the first round of training reads with. */
export const RULES: SpeakerModel = { weights: new Map([['first', 50]]), margin: 0 };

// ---------------------------------------------------------------------------------------------
// The training documents.

interface GoldFile {
  path: string;
  quotes: { parts: [number, number][]; sha: string; kind: string; speaker: string | null }[];
}

/**
 * The BBC sets, with their annotated speakers (speech quotes only). The seeds are never trained on:
 * they are the product's own sources, read by the shipped model as they would be by a user.
 */
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
  return docs;
}

/** PolNeAR's train split: each quote labelled by its speaker's name where one was annotated, else by its Source span. */
export function polnearTrainDocs(): TrainingDoc[] {
  if (!polnearAvailable()) return [];
  const named = path.join(ROOT, 'eval', 'annotations', 'polnear-train-names');
  return loadPolnear('train').map((a) => {
    const gold = new Map<number, { source?: Span; speaker?: string | null }>();
    const file = path.join(named, a.name + '.json');
    if (fs.existsSync(file)) {
      for (const q of (JSON.parse(fs.readFileSync(file, 'utf8')) as { quotes: { start: number; speaker: string | null }[] }).quotes) gold.set(q.start, { speaker: q.speaker });
    } else for (const q of goldQuotes(a)) gold.set(q.start, { source: { start: q.attribution.source!.start, end: q.attribution.source!.end } });
    return { id: `polnear/${a.name}`, group: fs.existsSync(file) ? 'polnear-train-names' : 'polnear-train', path: a.name + '.txt', text: a.text, gold };
  });
}

// ---------------------------------------------------------------------------------------------
// The fit.

export interface FitOptions {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
  /**
   * A fixed weight on the rules' own choice (the feature `first`), not learned: the model learns
   * where to depart from the rules, and departs only on enough evidence. Chosen by cross-validation.
   */
  prior: number;
  /** How much better than the rules' choice another candidate must score (SpeakerModel.margin). */
  margin: number;
}

export const DEFAULT_FIT: FitOptions = { epochs: 12, rate: 0.3, l2: 0.01, seed: 17, prior: 0, margin: 1 };


/** Fits weights by AdaGrad on the conditional log-likelihood of the right candidates. */
export function fit(examples: Example[], options: FitOptions = DEFAULT_FIT): Map<string, number> {
  const w = new Map<string, number>([['first', options.prior]]);
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
        if (f === 'first') continue;
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
export function weightsFile(w: Map<string, number>, trained: string, margin: number): WeightsFile {
  const features: Record<string, number> = {};
  for (const [f, v] of [...w].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (Math.abs(v) >= 1e-3) features[f] = Math.round(v * 1e4) / 1e4;
  return { trained, margin, features };
}

/**
 * Two rounds: examples read with the rules' choices, a fit, examples read again with that fit (so
 * the previous speakers are the model's own), a second fit. `firstRound` may hold the first round's
 * examples already read (they depend on the documents only).
 */
export function train(docs: TrainingDoc[], options: FitOptions = DEFAULT_FIT, firstRound?: Map<string, Example[]>): { model: SpeakerModel; weights: Map<string, number>; examples: number } {
  let examples = docs.flatMap((d) => firstRound?.get(d.id) ?? examplesOf(d, null));
  let w = fit(examples, options);
  const first = modelOf(weightsFile(w, '', options.margin));
  examples = docs.flatMap((d) => examplesOf(d, first));
  w = fit(examples, options);
  return { model: modelOf(weightsFile(w, '', options.margin)), weights: w, examples: examples.length };
}

/** Which of k folds a document is in: by its id, so a document keeps its fold whatever else changes. */
export function foldOf(id: string, k: number): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) % k;
}

/**
 * k-fold cross-validation: for each fold, a model trained on the other folds. Returns the model
 * that never saw each document, by document id.
 */
export function crossValidate(docs: TrainingDoc[], k = 5, options: FitOptions = DEFAULT_FIT): Map<string, SpeakerModel> {
  const firstRound = new Map(docs.map((d) => [d.id, examplesOf(d, null)]));
  const out = new Map<string, SpeakerModel>();
  for (let f = 0; f < k; f++) {
    const { model } = train(docs.filter((d) => foldOf(d.id, k) !== f), options, firstRound);
    for (const d of docs) if (foldOf(d.id, k) === f) out.set(d.id, model);
  }
  return out;
}

