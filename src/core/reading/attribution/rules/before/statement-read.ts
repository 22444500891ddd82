/** Rule statement-read: A statement from Chelsea explaining the decision read: “…” / Chelsea's statement added: “…” */
import { refFor } from '../../reference';
import { alternation, STATEMENT_CUES } from '../../../vocabulary';
import type { BeforeRule } from '../rule';

// The body's whole name ("the Department of Health"), its words capitalised; the kind of document in either case.
const FROM_BODY = new RegExp(String.raw`(?:^|[\s,])(?:(?:[Aa]|[Tt]he|[Ii]n\s+a)\s+)?(?:(?:[Jj]oint\s+)?[Ss]tatement|[Ll]etter|[Rr]eport|[Mm]essage)\s+(?:from|by|issued\s+by)\s+((?:the\s+)?\p{Lu}[\p{L}&.'\u2019-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*\p{Lu}[\p{L}&.'\u2019-]*)*)[^:\u0000]{0,60}?\b${alternation(STATEMENT_CUES)}\s*:?\s*$`, 'u');
const BODYS = new RegExp(String.raw`(?:^|[\s,])((?:the\s+)?\p{Lu}[\p{L}&.'\u2019 -]{0,50}?)['\u2019]s?\s+(?:statement|letter|report)\s+${alternation(STATEMENT_CUES)}\s*:?\s*$`, 'u');

export const statementRead: BeforeRule = {
  id: 'statement-read',
  apply({ w, base }, runs) {
    const doc =
      FROM_BODY.exec(w) ??
      BODYS.exec(w);
    if (!doc) return null;
    const ref = refFor(doc[1].trim(), base + doc.index + doc[0].indexOf(doc[1]), runs);
    return ref ? { ref, cue: /read\s*:?\s*$/.test(doc[0]) ? 'read' : 'said', role: null, via: null, how: 'pre', naming: false, strong: true } : null;
  },
};
