/**
 * Rule group cue-before: the attribution verb nearest the quote that has a subject before it. For
 * each cue, from the quote backwards, the readers are tried in order; the reader that finds the
 * speaker is recorded as the rule.
 */
import { tokenize } from '../../../names';
import { isCue, isParticiple } from '../../cue';
import type { BeforeRule, CueReader, CueSite } from '../rule';
import { cueSite } from './cue-site';

export function cueBefore(readers: readonly CueReader[]): BeforeRule {
  return {
    id: 'cue-before',
    apply(clause, runs) {
      const { w } = clause;
      const toks = tokenize(w, 0, w.length);
      cues: for (let i = toks.length - 1; i >= 0; i--) {
        const t = toks[i];
        if (!isCue(toks, i)) continue;
        // A present participle is a cue only as a participle clause ("…, saying") or after "as", "is", "was".
        if (/ing$/.test(t.key) && !isParticiple(toks, i, w) && !(toks[i - 1] && /^(?:as|is|was|were|are|been)$/.test(toks[i - 1].key))) continue;
        const at = { clause, toks, i };
        let site: CueSite | null | undefined;
        const lazySite = () => (site === undefined ? (site = cueSite(at)) : site);
        for (const reader of readers) {
          const r = reader.apply(at, lazySite, runs);
          if (r === 'next') continue cues;
          if (r) return { rule: reader.id, found: r };
        }
      }
      return null;
    },
  };
}
