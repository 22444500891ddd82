/** Rule quoted-as-saying-after: “…,” the agency quoted Peoplesoft worker David Ogden as saying. */
import { refFor } from '../../reference';
import type { AfterRule } from '../rule';

export const quotedAsSayingAfter: AfterRule = {
  id: 'quoted-as-saying-after',
  apply({ body, base }, runs) {
    const quoted = /^(?:[^,]{0,40}?\s)?quoted\s+((?:[^,.;\u0000]){2,90}?)\s+as\s+(?:saying|telling)\b/i.exec(body);
    if (!quoted) return null;
    const ref = refFor(quoted[1], base + quoted.index + quoted[0].indexOf(quoted[1]), runs);
    return ref ? { ref, cue: 'quoted', role: null, via: null, how: 'post', naming: false, strong: true } : null;
  },
};
