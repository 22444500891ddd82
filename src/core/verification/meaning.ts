/**
 * Words that carry a quotation's meaning beyond its content: what an ellipsis may not cut and a
 * bracket may not add. Each list is defined once; the elision and bracket checks are built on them.
 */
import { words as wordSet } from '../reading/vocabulary/words';
import type { Word } from './words';

export type MeaningKind = 'negation' | 'number' | 'qualifier' | 'condition';

/** Negations: "not", "never", "no", and the contracted "n't". */
const NEGATIONS = wordSet(`not no never none nobody nothing nowhere neither nor cannot without hardly barely scarcely seldom`);

/** Phrases that negate as a whole ("far from isolated", "no longer"). */
const NEGATION_PHRASES = [['far', 'from'], ['no', 'longer'], ['by', 'no', 'means'], ['not', 'at', 'all']];

/** Qualifiers of degree or scope: how much, how sure, how many of them. */
const QUALIFIERS = wordSet(`
  only almost nearly partly partially some most mostly quite rather fairly somewhat slightly largely mainly
  primarily probably possibly perhaps maybe likely unlikely apparently allegedly reportedly seemingly
  roughly approximately virtually practically essentially merely solely minor all every many few several
  much less least fewer often sometimes occasionally rarely usually generally typically
  mostly broadly arguably potentially
`);

/** Qualifying phrases: "a lot of it", "at least", "more than 40". */
const QUALIFIER_PHRASES = [['a', 'lot', 'of'], ['lots', 'of'], ['a', 'bit'], ['a', 'little'], ['in', 'part'], ['at', 'least'], ['at', 'most'], ['up', 'to'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['in', 'some', 'cases'], ['to', 'some', 'extent']];

/** Conditions and exceptions: what the rest of the sentence depends on. */
const CONDITIONS = wordSet(`if unless provided providing whether except excluding`);
const CONDITION_PHRASES = [['as', 'long', 'as'], ['so', 'long', 'as'], ['on', 'condition'], ['in', 'case'], ['apart', 'from'], ['other', 'than'], ['but', 'for']];

/** Number words; any word with a digit is a number too. */
const NUMBERS = wordSet(`
  one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
  thousand thousands million millions billion billions trillion dozen dozens half quarter twice
  double triple treble percent
`);

/** "you all", "we all": the pronoun's company, not the claim's scope. */
const PRONOUNS_BEFORE_ALL = wordSet(`you we they us them it ye`);

/**
 * Words that stand for someone or something named elsewhere: what a bracket may replace with the
 * name or description it refers to ("[Putin]" for "he", "[McCarthy's]" for "his").
 */
export const REFERENCE_WORDS = wordSet(`
  he she it they him her them his hers its their theirs we us our ours you your i me my mine
  this that these those there here then who whom whose which one ones
  he's she's it's they're they've we're we've i'm i've he'd she'd they'd it'll he'll she'll they'll we'll
  the a an
`);

/** Little words a bracket may add to mend the grammar of a cut: "[a]", "[is]", "[to]". */
export const GRAMMAR_WORDS = wordSet(`
  a an the is are was were be been being am to of in on at for by with from as that and or but so
  has have had do does did will would can could should it he she they we i you his her its their our this these those
`);

/** Words that point at a time or thing a bracket may then name: "last year [2004]". */
export const DEICTIC_NOUNS = wordSet(`year month week day time then period decade season`);

export interface MeaningWord {
  kind: MeaningKind;
  /** Index of the first word of the match in the list examined, and how many words it spans. */
  at: number;
  length: number;
}

function phraseAt(keys: string[], i: number, phrases: string[][]): number {
  for (const p of phrases) if (p.every((w, k) => keys[i + k] === w)) return p.length;
  return 0;
}

/**
 * The words in `ws` that carry meaning an edit may not remove or add: negations, numbers,
 * qualifiers of degree or scope, conditions. `before` is the word just before `ws` (for "you all").
 */
export function meaningWords(ws: readonly Word[], before: Word | null = null): MeaningWord[] {
  const keys = ws.map((w) => w.key);
  const out: MeaningWord[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const prev = i > 0 ? keys[i - 1] : before?.key ?? '';
    let n: number;
    if ((n = phraseAt(keys, i, NEGATION_PHRASES))) out.push({ kind: 'negation', at: i, length: n });
    else if ((n = phraseAt(keys, i, CONDITION_PHRASES))) out.push({ kind: 'condition', at: i, length: n });
    else if ((n = phraseAt(keys, i, QUALIFIER_PHRASES))) out.push({ kind: 'qualifier', at: i, length: n });
    else if (NEGATIONS.has(k) || /n['\u2019]t$/.test(k)) out.push({ kind: 'negation', at: i, length: 1 });
    else if (CONDITIONS.has(k)) out.push({ kind: 'condition', at: i, length: 1 });
    else if (/\d/.test(k) || NUMBERS.has(k)) out.push({ kind: 'number', at: i, length: 1 });
    else if (QUALIFIERS.has(k) && !(k === 'all' && PRONOUNS_BEFORE_ALL.has(prev))) out.push({ kind: 'qualifier', at: i, length: 1 });
    else continue;
    i += out[out.length - 1].length - 1;
  }
  return out;
}

/** How a kind of meaning word is named in a message. */
export const MEANING_NAMES: Record<MeaningKind, string> = {
  negation: 'a negation',
  number: 'a number',
  qualifier: 'a qualifier',
  condition: 'a condition',
};
