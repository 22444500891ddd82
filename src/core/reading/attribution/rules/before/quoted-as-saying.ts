/** Rule quoted-as-saying: the agency quoted Peoplesoft worker David Ogden as saying “…” */
import { refFor } from '../../reference';
import type { BeforeRule } from '../rule';

export const quotedAsSaying: BeforeRule = {
  id: 'quoted-as-saying',
  apply({ w, base }, runs) {
    const quoted = /\bquoted\s+((?:[^,.;\u0000]){2,90}?)\s+as\s+(?:saying|telling)\b[^\u0000]{0,60}$/i.exec(w);
    if (!quoted) return null;
    const ref = refFor(quoted[1], base + quoted.index + quoted[0].indexOf(quoted[1]), runs);
    return ref ? { ref, cue: 'quoted', role: null, via: null, how: 'pre', naming: false, strong: true } : null;
  },
};
