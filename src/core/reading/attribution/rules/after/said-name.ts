/**
 * Rule said-name: “…,” said X, role. The verb first and its subject after it. A clause that opens
 * with an attribution verb is this pattern or nothing: when no speaker follows the verb, the side
 * after the quote names nobody.
 */
import { FINITE_CUES, PRE_ONLY, STRONG_SPEECH_VERBS } from '../../../vocabulary';
import { refFor, roleFromTitle } from '../../reference';
import { plausibleSubject, splitApposition } from '../../subject';
import type { AfterRule } from '../rule';

export const saidName: AfterRule = {
  id: 'said-name',
  apply({ body, toks, base }, runs) {
    if (!FINITE_CUES.has(toks[0].key) || PRE_ONLY.has(toks[0].key)) return null;
    let from = toks[0].end;
    let cue = toks[0].text;
    if (toks[1] && toks[1].key === 'of') return 'stop';
    // "said on Monday Mr Smith" is rare; "added Parameswaran, who" is common.
    // "said Robert Currington who is taking part in the pilot": the name ends at "who".
    let phrase = body.slice(from).replace(/\s+(?:who|which|whose)\s[\s\S]*$/, '');
    if (!phrase.trim()) return 'stop';
    const sub = /^\s+(?:also|then|later)\b/.exec(phrase);
    if (sub) {
      from += sub[0].length;
      phrase = body.slice(from);
    }
    const { head, role, headOffset } = splitApposition(phrase);
    if (!plausibleSubject(head.trim())) return 'stop';
    const ref = refFor(head, base + from + headOffset, runs);
    if (!ref) return 'stop';
    if (ref.type === 'description' && !/^(?:a|an|the|one|two|\p{Lu})/iu.test(ref.text)) return 'stop';
    cue = cue.toLowerCase();
    return { ref, cue, role: role ?? roleFromTitle(head, runs, ref), via: null, how: 'post', naming: false, strong: STRONG_SPEECH_VERBS.has(cue) };
  } };
