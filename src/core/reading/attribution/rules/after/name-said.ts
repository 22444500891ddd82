/** Rule name-said: “…,” X said. / “…,” X, role, said. / “…,” a spokesman for … told Reuters. */
import { STRONG_SPEECH_VERBS } from '../../../vocabulary';
import { AUX, isCue } from '../../cue';
import { PRONOUNS, refFor, roleFromTitle } from '../../reference';
import { plausibleSubject, splitApposition } from '../../subject';
import { normaliseVia, viaAfter, viaInPhrase } from '../../via';
import type { AfterRule } from '../rule';

export const nameSaid: AfterRule = {
  id: 'name-said',
  apply({ body, toks, base }, runs) {
    for (let i = 1; i < Math.min(toks.length, 22); i++) {
      const t = toks[i];
      if (!isCue(toks, i)) continue;
      let j = i;
      while (j > 0 && AUX.has(toks[j - 1].key)) j--;
      if (j === 0) return null;
      const subjText = body.slice(0, toks[j].start);
      let subjClean = subjText.replace(/[\s,]+$/, '');
      let subjAt = 0;
      // "… planned by the Tories, he said": a pronoun after the last comma is the subject.
      const lastComma = subjClean.lastIndexOf(',');
      if (lastComma >= 0 && PRONOUNS.has(subjClean.slice(lastComma + 1).trim().toLowerCase())) {
        subjAt = lastComma + 1;
        subjClean = subjClean.slice(subjAt);
      }
      const split = splitApposition(subjClean);
      const { head, role } = split;
      const headOffset = split.headOffset + subjAt;
      if (!plausibleSubject(head.trim())) return null;
      const ref = refFor(head, base + headOffset, runs);
      if (!ref) return null;
      const cue = t.text.toLowerCase();
      const via = cue.startsWith('told') || cue.startsWith('tell') ? viaAfter(body, t.end) : viaInPhrase(body.slice(t.end));
      return { ref, cue, role: role ?? roleFromTitle(head, runs, ref), via: normaliseVia(via), how: 'post', naming: false, strong: STRONG_SPEECH_VERBS.has(cue) };
    }
    return null;
  },
};
