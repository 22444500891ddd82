/** What the attribution rules read and what they find. */
import type { NameRun } from '../names';
import type { QuoteSpan } from '../quote-spans';
import type { Sentence } from '../sentences';

/** What an attribution phrase refers to, before article-level resolution. */
export type SpeakerRef =
  | { type: 'name'; text: string; start: number; end: number }
  | { type: 'pronoun'; text: string; start: number }
  /** `end` when the text is not the source's own words at `start` (then `start`..`end` is where it is named). */
  | { type: 'description'; text: string; start: number; end?: number };

export interface Attribution {
  ref: SpeakerRef | null;
  cue: string | null;
  role: string | null;
  via: string | null;
  /** How it was found: drives kind decisions and the resolution of "the spokesperson". */
  how: 'post' | 'pre' | 'according' | 'previous' | 'continuation' | 'none';
  /** A naming verb right before the quote ("dubbed", "it calls"). */
  naming: boolean;
  /** The attribution verb is one that makes even a one-word quote someone's words. */
  strong: boolean;
  /** The id of the rule that decided (rules/index.ts), or null when none did. */
  rule: string | null;
}

/** The part of a sentence's masked text between two offsets. */
export interface Window {
  text: string;
  /** Text offset of text[0]. */
  base: number;
}

export interface AttributionContext {
  text: string;
  sentences: Sentence[];
  /** Sentence index of each quote. */
  quoteSentence: number[];
  quotes: QuoteSpan[];
  runs: NameRun[];
}
