/**
 * The words before an attribution verb that may be its subject: after any earlier quote, without
 * clause openers ("During the call,"), bare adverbs ("Later") or a prepositional phrase with no
 * comma ("In a report published last July"), and the pronoun after a relative word ("which he said").
 */
import { AUX } from '../../cue';
import { LEADING_ADVERBIAL } from '../../subject';
import { MASK } from '../../window';
import type { CueAt, CueSite } from '../rule';

/** The cue's subject region, or null when nothing stands before the cue. */
export function cueSite(at: CueAt): CueSite | null {
  const { clause, toks, i } = at;
  const w = clause.w;
  let j = i;
  while (j > 0 && AUX.has(toks[j - 1].key)) j--;
  if (j > 0 && /^(?:quoted|reported)$/.test(toks[j - 1].key)) j--;
  while (j > 0 && AUX.has(toks[j - 1].key)) j--;
  if (j === 0) return null;
  // The subject starts after any earlier quote: "«A», he said, «B»".
  const lastMask = w.lastIndexOf(MASK, toks[j].start);
  let subjOff = lastMask >= 0 ? lastMask + 1 : 0;
  let subj = w.slice(subjOff, toks[j].start);
  if (lastMask >= 0) {
    const lead = /^[\s,]*/.exec(subj)![0].length;
    subjOff += lead;
    subj = subj.slice(lead);
  }
  // Clause openers: "During the call, Vietnamese state media" → "Vietnamese state media".
  const adv = LEADING_ADVERBIAL.exec(subj);
  if (adv) {
    subjOff += adv[0].length;
    subj = subj.slice(adv[0].length);
  }
  // "Later the prime minister said": an adverb needs no comma.
  const bare = /^(?:later|earlier|then|now|also|meanwhile|separately|previously|yesterday|today|however|afterwards|subsequently)\s+(?=(?:the|a|an)\s|\p{Lu})/iu.exec(subj);
  if (bare) {
    subjOff += bare[0].length;
    subj = subj.slice(bare[0].length);
  }
  // "In a report published last July the cross-party committee stated": the subject after a phrase with no comma.
  if (/^(?:in|on|at|during|after|before|since|with|under|from)\s/i.test(subj) && !subj.includes(',')) {
    const dets = [...subj.matchAll(/(?<=\s)(?:the|a|an)\s/gi)];
    for (let d = dets.length - 1; d >= 1; d--) {
      const prevWord = /(\S+)\s+$/.exec(subj.slice(0, dets[d].index!))?.[1]?.toLowerCase() ?? '';
      if (/^(?:of|for|in|on|at|to|from|with|by|about|and|or)$/.test(prevWord)) continue;
      subjOff += dets[d].index!;
      subj = subj.slice(dets[d].index!);
      break;
    }
  }
  // A subordinate clause before the subject: "..., and X said", "..., but X said".
  const conj = /^.*(?:,|\band\b|\bbut\b|\bwhile\b|\bwhereas\b|\bafter\b|\bas\b|\bwhen\b|\bbecause\b|\bthat\b|\bby\b)\s+(?=\S)/i.exec(subj);
  let cand = subj.replace(/[\s,]+$/, '').replace(/\s+(?:who|which|that)$/i, '');
  let candOff = subjOff;
  // "…a bridge built in the square, which he said was": the pronoun after the relative word.
  const rel = /(?:^|,\s*)(?:which|who|that|where|as)\s+(he|she|they|it)$/i.exec(cand);
  if (rel) {
    candOff += cand.length - rel[1].length;
    cand = rel[1];
  }
  return { ...at, j, subj, subjOff, conj, cand, candOff, relative: !!rel };
}
