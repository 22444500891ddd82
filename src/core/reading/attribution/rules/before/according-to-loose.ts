/** Rule according-to-loose: According to PC Pro, the console has “superb upgrade potential” (a credit a few words before the quote). */
import { refFor } from '../../reference';
import { plausibleSubject } from '../../subject';
import type { BeforeRule } from '../rule';

export const accordingToLoose: BeforeRule = {
  id: 'according-to-loose',
  apply({ w, base }, runs) {
    const loose = /(?:^|[\s,])according to\s+([^,]{2,80}?),\s+(?:\S+\s+){0,5}$/i.exec(w);
    if (!loose || !plausibleSubject(loose[1])) return null;
    const ref = refFor(loose[1], base + loose.index + loose[0].indexOf(loose[1]), runs);
    return ref ? { ref, cue: 'according to', role: null, via: null, how: 'according', naming: false, strong: true } : null;
  },
};
