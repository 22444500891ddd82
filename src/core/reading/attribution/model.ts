/**
 * The speaker model: a log-linear scorer over candidate speakers. Each candidate is a bag of named
 * features (strings); its score is the sum of their weights, and the candidates of one quote
 * compete through a softmax. Weights come from `npm run train` (scripts/train.ts) as a small JSON
 * file; features the weights do not know score 0.
 */
import weights from './weights.json';

export interface SpeakerModel {
  /** Weight of each feature. */
  weights: ReadonlyMap<string, number>;
  /** How much better than the rules' own choice a candidate must score to be chosen instead. */
  margin: number;
}

export interface WeightsFile {
  /** What the weights were trained on, for the reader of the file. */
  trained: string;
  margin: number;
  features: Record<string, number>;
}

/** A model from a weights file's contents. */
export function modelOf(file: WeightsFile): SpeakerModel {
  return { weights: new Map(Object.entries(file.features)), margin: file.margin ?? 0 };
}

let shipped: SpeakerModel | null | undefined;

/** The model trained into the core (weights.json), or null when none was trained (the rules decide). */
export function shippedModel(): SpeakerModel | null {
  if (shipped === undefined) shipped = Object.keys((weights as WeightsFile).features).length ? modelOf(weights as WeightsFile) : null;
  return shipped;
}

/** The score of one candidate's features. */
export function score(model: SpeakerModel, features: readonly string[]): number {
  let s = 0;
  for (const f of features) s += model.weights.get(f) ?? 0;
  return s;
}

/** Softmax of scores, stable for large values. */
export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - max));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / z);
}
