/** Rule statement-read: A statement from Chelsea explaining the decision read: “…” / Chelsea's statement added: “…” */
import { refFor } from '../../reference';
import type { BeforeRule } from '../rule';

export const statementRead: BeforeRule = {
  id: 'statement-read',
  apply({ w, base }, runs) {
    const doc =
      /(?:^|[\s,])(?:(?:a|the|in\s+a)\s+)?(?:(?:joint\s+)?statement|letter|report|message)\s+(?:from|by|issued\s+by)\s+((?:the\s+)?\p{Lu}[^,;:\u0000]{0,60}?)\b[^:\u0000]{0,60}?\b(?:read|said|says|added|stated)\s*:?\s*$/iu.exec(w) ??
      /(?:^|[\s,])((?:the\s+)?\p{Lu}[\p{L}&.'\u2019 -]{0,50}?)['\u2019]s?\s+(?:statement|letter|report)\s+(?:read|said|says|added|stated)\s*:?\s*$/u.exec(w);
    if (!doc) return null;
    const ref = refFor(doc[1].trim(), base + doc.index + doc[0].indexOf(doc[1]), runs);
    return ref ? { ref, cue: /read\s*:?\s*$/.test(doc[0]) ? 'read' : 'said', role: null, via: null, how: 'pre', naming: false, strong: true } : null;
  },
};
