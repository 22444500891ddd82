/** Reader coordinated-verb: The tribunal upheld the claim, but said “…” (a second verb of the clause's subject). */
import { STRONG_SPEECH_VERBS } from '../../../vocabulary';
import { PAST_VERBS } from '../../cue';
import { refFor } from '../../reference';
import type { CueReader } from '../rule';

export const coordinatedVerb: CueReader = {
  id: 'coordinated-verb',
  apply(at, site, runs) {
    const s = site();
    if (!s) return 'next';
    const { clause, toks, i, j } = s;
    const w = clause.w;
    if (s.relative || !(j > 0 && /^(?:but|and)$/.test(toks[j - 1].key) && /,\s*$/.test(w.slice(0, toks[j - 1].start)))) return null;
    const opener = /^(\s*)((?:the|a|an)\s+[\p{L}'\u2019 -]{1,40}?|\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,3})\s+(?:(?:has|had|have|also)\s+)?(\p{Ll}+)\b/iu.exec(w);
    if (!opener || !(PAST_VERBS.has(opener[3].toLowerCase()) || /(?:ed|s)$/.test(opener[3]))) return null;
    const ref = refFor(opener[2], clause.base + opener[1].length, runs);
    const cue = toks[i].text.toLowerCase();
    return ref && ref.type !== 'pronoun' ? { ref, cue, role: null, via: null, how: 'pre', naming: false, strong: STRONG_SPEECH_VERBS.has(cue) } : null;
  },
};
