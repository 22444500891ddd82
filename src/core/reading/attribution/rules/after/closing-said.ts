/**
 * Rule closing-said: “…, even if it arrived mid-campaign, he said.” An attribution closing the
 * sentence gives it every quote in it; "…, said Chris Stening, UK Online general manager." too.
 */
import { refFor } from '../../reference';
import { plausibleSubject } from '../../subject';
import { normaliseVia, viaAfter } from '../../via';
import { CLOSING_CUES, CLOSING_INVERTED_CUES } from '../../../vocabulary';
import type { AfterRule } from '../rule';

const INVERTED = new RegExp(String.raw`(?:^|,)\s*(${CLOSING_INVERTED_CUES.join('|')})\s+((?:the|a|an)\s+[^,\u0000]{1,60}?|\p{Lu}[^,\u0000]{1,60}?)(?:,\s*([^,\u0000]{1,120}?))?[.!?]?\s*$`, 'u');
const CLOSING = new RegExp(String.raw`,\s*([^,\u0000]{1,80}?)\s+((?:(?:also|later|then|has|had|have)\s+)*)(${CLOSING_CUES.join('|')})\b([^,\u0000]{0,60})$`, 'i');

export const closingSaid: AfterRule = {
  id: 'closing-said',
  apply({ body, base }, runs) {
    // "…, said Chris Stening, UK Online general manager." / "…, according to Charlie Brooker, who created …"
    const inv = INVERTED.exec(body);
    if (inv && plausibleSubject(inv[2])) {
      const ref = refFor(inv[2], base + inv.index + inv[0].indexOf(inv[2]), runs);
      const app = inv[3] && !/^(?:who|which|whose|that|and|but|as|in|on|at|after|before|when|while)\b/i.test(inv[3]) ? inv[3].trim() : null;
      if (ref) return { ref, cue: inv[1].toLowerCase(), role: ref.type === 'name' ? app : null, via: null, how: 'post', naming: false, strong: true };
    }
    const m = CLOSING.exec(body);
    if (!m) return null;
    const phrase = m[1];
    if (!plausibleSubject(phrase)) return null;
    const off = base + m.index + m[0].indexOf(phrase);
    const ref = refFor(phrase, off, runs);
    if (!ref) return null;
    const cue = m[3].toLowerCase();
    const cueStart = m.index + m[0].lastIndexOf(m[3] + m[4]);
    const via = cue === 'told' ? viaAfter(body, cueStart + m[3].length) : null;
    return { ref, cue, role: null, via: normaliseVia(via), how: 'post', naming: false, strong: true };
  },
};
