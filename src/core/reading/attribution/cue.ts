/** The attribution verb: which words are cues ("said", "told") and which are nouns ("the call"). */
import { NOUN_LIKE, SPEECH_VERBS } from '../vocabulary';
import type { Token } from '../names';

/** Words between a subject and its verb: auxiliaries and adverbs ("has also said", "later told"). */
export const AUX = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'also', 'later', 'then', 'previously', 'recently', 'once', 'would', 'will', 'further', 'again', 'had', 'subsequently', 'last', 'earlier', 'reportedly', 'repeatedly', 'simply', 'just', 'both', 'separately', 'privately', 'publicly', 'not', 'only', 'did', 'does', 'even', 'had', 'still', 'already', 'clearly', 'quickly', 'flatly', 'strongly', 'firmly', 'angrily', 'openly']);

/** Irregular past tenses: a verb with its object ("upheld the claim") is no subject of an attribution. */
export const PAST_VERBS = new Set(['upheld', 'held', 'found', 'made', 'took', 'gave', 'won', 'lost', 'met', 'led', 'left', 'brought', 'bought', 'sent', 'spent', 'built', 'kept', 'saw', 'heard', 'ran', 'began', 'became', 'came', 'went', 'rose', 'fell', 'struck', 'threw', 'drove', 'chose', 'broke', 'stole', 'sold', 'paid', 'laid', 'beat', 'caught', 'taught', 'fought', 'sought', 'wore', 'sang', 'sank', 'swam', 'drew', 'grew', 'knew', 'flew', 'shook', 'forgave', 'overtook', 'undertook']);

/** Words that make the next word a noun: "the call", "another report". */
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'another', 'any', 'each', 'every', 'no', 'such', 'whose', 'of', 'in', 'on', 'for', 'to', 'with', 'by', 'from', 'at']);

/** Is toks[i] an attribution verb here, and not a noun ("the call", "Mr Blair's promise")? */
export function isCue(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!SPEECH_VERBS.has(t.key)) return false;
  const prev = toks[i - 1];
  if (/ing$/.test(t.key) && prev && /^(?:by|before|after|while|when|and|as|was|is|were|are|been)$/.test(prev.key)) return true;
  // "Mr Kennedy is to tell the audience:", "she will say"
  if (prev && prev.key === 'to' && /^(?:is|are|was|were|going|expected|due|set|likely|about)$/.test(toks[i - 2]?.key ?? '')) return true;
  if (prev && /^(?:will|would|could|might|must|may|can)$/.test(prev.key) && !/(?:ed|ing)$/.test(t.key)) return true;
  if (prev && DETERMINERS.has(prev.key) && (NOUN_LIKE.has(t.key) || !/(?:ed|d)$/.test(t.key))) return false;
  // "Mr Blair's promise", "the firm's warning": a noun after a possessive.
  if (prev && prev.possessive && !/(?:ed|ing)$/.test(t.key)) return false;
  if (NOUN_LIKE.has(t.key) && (!prev || !(prev.cap || /^(?:he|she|they|it|we|i|who|also|spokesman|spokeswoman|spokesperson|officials|minister)$/.test(prev.key)))) return false;
  return true;
}

/** "…, saying:" / "concluded by saying": a participle hanging from the clause before it. */
export function isParticiple(toks: Token[], i: number, w: string): boolean {
  const t = toks[i];
  return /ing$/.test(t.key) && i > 0 && (/^(?:by|before|after|while|when|and)$/.test(toks[i - 1].key) || w.slice(toks[i - 1].end, t.start).includes(','));
}
