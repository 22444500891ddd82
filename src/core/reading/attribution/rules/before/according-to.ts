/** Rule according-to: According to X, “…” */
import { refFor } from '../../reference';
import { plausibleSubject } from '../../subject';
import type { BeforeRule } from '../rule';

export const accordingTo: BeforeRule = {
  id: 'according-to',
  apply({ w, base }, runs) {
    const acc = /(?:^|[\s,])according to\s+([^,]{2,80}?),?\s*$/i.exec(w);
    if (!acc) return null;
    const phrase = acc[1];
    const ref = refFor(phrase, base + acc.index + acc[0].indexOf(phrase), runs);
    return ref && plausibleSubject(phrase) ? { ref, cue: 'according to', role: null, via: null, how: 'according', naming: false, strong: true } : null;
  },
};
