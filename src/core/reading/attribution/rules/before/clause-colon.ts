/**
 * Rule clause-colon: Huong Le Thu put it this way: “…” A colon after a clause gives the quote to the
 * clause's subject ("He is prepared to go this far:" too; not "It is simple:", "They say:").
 */
import { runsIn } from '../../window';
import { LEADING_ADVERBIAL, mainSubject } from '../../subject';
import type { BeforeRule } from '../rule';

export const clauseColon: BeforeRule = {
  id: 'clause-colon',
  apply({ w, base }, runs) {
    if (!/:\s*$/.test(w)) return null;
    const main = mainSubject(w, base, runs);
    if (main && main.ref && (main.ref.type !== 'pronoun' || /^(?:he|she)$/.test(main.ref.text))) return { ...main, cue: null, how: 'pre', naming: false, strong: true };
    // "Huong Le Thu of the International Crisis Group put it this way:": the person opening the clause.
    const clause = w.replace(LEADING_ADVERBIAL, '');
    const off = base + w.length - clause.length;
    const first = runsIn(runs, off, base + w.length).find((r) => r.kind === 'person' || r.kind === 'single');
    if (first && first.titleStart - off <= 3) return { ref: { type: 'name', text: first.text, start: first.start, end: first.end }, cue: null, role: null, via: null, how: 'pre', naming: false, strong: true };
    return null;
  },
};
