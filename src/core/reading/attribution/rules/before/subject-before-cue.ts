/**
 * Reader subject-before-cue: X said: “…” / X stated that “…” / Putin praised Vietnam for “…”. The
 * subject right before the verb, after these refinements, in order: a full name right before the
 * verb after a list ("…, Jamelia, PJ Harvey …, Joss Stone said"), the last segment after commas
 * ("…, a third in as many months, the Australian said"), the clause after a conjunction, and a
 * pronoun right before a strong verb ("Although in the next breath he declared:").
 */
import { STRONG_SPEECH_VERBS } from '../../../vocabulary';
import { isCue } from '../../cue';
import { refFor, roleFromTitle } from '../../reference';
import { plausibleSubject, splitApposition } from '../../subject';
import { normaliseVia, viaAfter, viaInPhrase } from '../../via';
import { runsIn } from '../../window';
import type { CueReader } from '../rule';

export const subjectBeforeCue: CueReader = {
  id: 'subject-before-cue',
  apply(at, site, runs) {
    const s = site();
    if (!s) return 'next';
    const { clause, toks, i, j, subj, subjOff, conj } = s;
    const { w, base } = clause;
    const t = toks[i];
    let { cand, candOff } = s;
    let { head, role } = splitApposition(cand);
    // "After beating Amy Winehouse, Jamelia, Natasha Bedingfield and PJ Harvey …, Joss Stone said":
    // a full name right before the verb is the subject, whatever the list before it.
    const tailSeg = cand.includes(',') ? cand.slice(cand.lastIndexOf(',') + 1).trim() : '';
    const tailRun = tailSeg ? runsIn(runs, base + candOff + cand.lastIndexOf(tailSeg), base + candOff + cand.length).find((r) => r.kind === 'person') : undefined;
    if (tailRun && tailRun.end === base + candOff + cand.length && !/^\s*(?:the|a|an)\s/i.test(head) && runsIn(runs, base + candOff, base + candOff + head.length).every((r) => r.kind !== 'person' || r.start !== base + candOff)) {
      candOff += cand.lastIndexOf(tailSeg);
      cand = tailSeg;
      ({ head, role } = splitApposition(cand));
    }
    // "…, a third in as many months, the Australian said": the last segment is the subject.
    if (!/\p{Lu}/u.test(head) && cand.includes(',')) {
      const lastSeg = cand.slice(cand.lastIndexOf(',') + 1).trim();
      if (plausibleSubject(lastSeg)) {
        candOff += cand.lastIndexOf(lastSeg);
        cand = lastSeg;
        ({ head, role } = splitApposition(cand));
      }
    }
    if (!plausibleSubject(head.trim()) && conj) {
      candOff = subjOff + conj[0].length;
      cand = subj.slice(conj[0].length).replace(/[\s,]+$/, '').replace(/\s+(?:who|which|that)$/i, '');
      ({ head, role } = splitApposition(cand));
    }
    // "Although in the next breath he declared:": a pronoun right before the verb is its subject
    // (not in reported speech: "X said he thought", where X speaks).
    if (!plausibleSubject(head.trim()) && STRONG_SPEECH_VERBS.has(t.key) && /^(?:he|she|they)$/.test(toks[j - 1].key) && !(j >= 2 && (isCue(toks, j - 2) || toks[j - 2].key === 'that'))) {
      candOff = toks[j - 1].start;
      cand = toks[j - 1].text;
      ({ head, role } = splitApposition(cand));
    }
    if (!plausibleSubject(head.trim())) return 'next';
    const { headOffset } = splitApposition(cand);
    const ref = refFor(head, base + candOff + headOffset, runs);
    if (!ref) return 'next';
    const cue = t.text.toLowerCase();
    const between = w.slice(t.end);
    const via = cue.startsWith('told') || cue.startsWith('tell') ? viaAfter(w, t.end) : viaInPhrase(w);
    // An attribution verb far from the quote must at least introduce it ("said that", "said:").
    if (between.length > 160 && !/(?:that|:)\s*$/.test(between)) return 'next';
    return { ref, cue, role: role ?? roleFromTitle(head, runs, ref), via: normaliseVia(via), how: 'pre', naming: false, strong: STRONG_SPEECH_VERBS.has(cue) };
  },
};
