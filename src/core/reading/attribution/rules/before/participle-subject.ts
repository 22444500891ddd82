/**
 * Reader participle-subject: Sir Ian Blair has backed the orders, saying “…” / Federer addressed
 * the crowd and concluded by saying “…”. The participle's subject is the clause's subject.
 */
import { isParticiple } from '../../cue';
import { mainSubject } from '../../subject';
import type { CueReader } from '../rule';

export const participleSubject: CueReader = {
  id: 'participle-subject',
  apply({ clause, toks, i }, _site, runs) {
    if (!isParticiple(toks, i, clause.w)) return null;
    const t = toks[i];
    const main = mainSubject(clause.w.slice(0, t.start), clause.base, runs);
    return main ? { ...main, cue: t.text.toLowerCase(), how: 'pre', naming: false, strong: true } : 'next';
  },
};
