/** Rule with-spokesperson: Downing Street defended the decision, with a spokesperson saying: “…” (the body's spokesperson). */
import { mainSubject } from '../../subject';
import { PARTICIPLE_CUES } from '../../../vocabulary';
import type { BeforeRule } from '../rule';

const WITH_SPOKES = new RegExp(String.raw`,?\s+with\s+(?:a|an)\s+(spokes(?:man|woman|person))\s+(${PARTICIPLE_CUES.join('|')})\s*:?\s*$`, 'i');

export const withSpokesperson: BeforeRule = {
  id: 'with-spokesperson',
  apply({ w, base }, runs) {
    const withSpokes = WITH_SPOKES.exec(w);
    if (!withSpokes) return null;
    const main = mainSubject(w.slice(0, withSpokes.index), base, runs);
    const body = main?.ref && main.ref.type !== 'pronoun' && /^\p{Lu}/u.test(main.ref.text) ? main.ref.text : null;
    const text = body ? `a ${body} ${withSpokes[1].toLowerCase()}` : `a ${withSpokes[1].toLowerCase()}`;
    const said = /\b(?:a|an)\s+spokes\w+/i.exec(withSpokes[0])!;
    const start = base + withSpokes.index + said.index;
    return { ref: { type: 'description', text, start, end: start + said[0].length }, cue: withSpokes[2].toLowerCase(), role: null, via: null, how: 'pre', naming: false, strong: true };
  },
};
