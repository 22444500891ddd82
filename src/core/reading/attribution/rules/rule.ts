/**
 * The shape of an attribution rule. A rule reads one side of a quote's sentence and either finds
 * the attribution, passes (null: the next rule in the list reads it), or, on the side after the
 * quote, stops the side ('stop': the clause is this rule's pattern but names nobody).
 */
import type { NameRun, Token } from '../../names';
import type { Attribution } from '../types';

/** The rule that found an attribution: an id from the ordered lists in `./index.ts`. */
export type RuleId = string;

/** An attribution as a rule returns it; the runner records the rule's id. */
export type Found = Omit<Attribution, 'rule'>;

export type RuleResult = Found | null | 'stop';

/** The clause right after a quote, up to the sentence's end or the next quote. */
export interface AfterClause {
  /** The clause without the punctuation that joins it to the quote. */
  body: string;
  toks: Token[];
  /** Text offset of body[0]. */
  base: number;
}

/** The clause before a quote, from the last semicolon (or the sentence's start) to the quote. */
export interface BeforeClause {
  w: string;
  /** Text offset of w[0]. */
  base: number;
}

export interface AfterRule {
  id: RuleId;
  apply(clause: AfterClause, runs: NameRun[]): RuleResult;
}

export interface BeforeRule {
  id: RuleId;
  /** A rule made of readers (the cue rule) says which of them decided. */
  apply(clause: BeforeClause, runs: NameRun[]): Found | null | { rule: RuleId; found: Found };
}

/** One attribution verb before the quote: the clause, its tokens and the cue's index. */
export interface CueAt {
  clause: BeforeClause;
  toks: Token[];
  /** Index of the cue in `toks`. */
  i: number;
}

/** The words before a cue that may be its subject (made once per cue, when a reader asks). */
export interface CueSite extends CueAt {
  /** Index of the first token after the subject (auxiliaries such as "has", "also" skipped). */
  j: number;
  /** The subject region: clause openers, adverbs and earlier quotes left out. */
  subj: string;
  /** Offset of `subj` in `clause.w`. */
  subjOff: number;
  /** The start of a subordinate clause before the subject ("…, and X said"), if any. */
  conj: RegExpExecArray | null;
  /** The subject candidate: `subj` trimmed, or the pronoun after a relative word. */
  cand: string;
  candOff: number;
  /** "…, which he said": the pronoun after a relative word was taken. */
  relative: boolean;
}

/**
 * A reading of one cue, tried in list order for the cue nearest the quote, then the next one back:
 * an attribution, 'next' (this cue names nobody: go to the cue before it), or null (the next
 * reader). `site()` is null when nothing stands before the cue.
 */
export interface CueReader {
  id: RuleId;
  apply(at: CueAt, site: () => CueSite | null, runs: NameRun[]): Found | 'next' | null;
}
