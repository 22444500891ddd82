/**
 * A writer's draft made from a corpus at run time (never committed): quotations as a writer
 * quotes them, right and wrong, between sentences of the draft's own, some copied from a source.
 */
import type { Corpus } from '../src/core/corpus/corpus';
import { rng } from '../eval/probes';

/**
 * `quotes` quotations (verbatim, a word changed, an ellipsis, given to another speaker, a
 * fragment, in turn), each after a sentence of prose: every other one copied from a source
 * sentence, the rest the writer's own.
 */
export function makeDraft(corpus: Corpus, quotes: number, seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const articles = corpus.articles.filter((a) => a.quotes.some((q) => q.kind === 'speech' && q.speaker && q.text.split(' ').length >= 12));
  const speakers = articles.flatMap((a) => a.quotes.map((q) => corpus.speakerOf(q, a))).filter((s): s is string => !!s && /^\p{Lu}/u.test(s));
  const out: string[] = ['# Draft', ''];
  for (let i = 0; i < quotes; i++) {
    const a = pick(articles);
    const q = pick(a.quotes.filter((x) => x.kind === 'speech' && x.speaker && x.text.split(' ').length >= 12));
    const speaker = corpus.speakerOf(q, a) ?? 'a spokesman';
    const w = q.text.replace(/[,.]$/, '').split(' ');
    const s = pick(a.sentences);
    const prose = i % 2 ? a.text.slice(s.start, s.end).replace(/\s+/g, ' ') : `The ${['council', 'company', 'minister', 'club', 'court'][i % 5]} is expected to respond ${['next week', 'on Monday', 'in the spring', 'soon'][i % 4]}.`;
    let quoted: string;
    switch (i % 5) {
      case 0:
        quoted = `“${w.join(' ')},” said ${speaker}.`;
        break;
      case 1:
        quoted = `“${[...w.slice(0, 4), 'certainly', ...w.slice(5)].join(' ')},” ${speaker} said.`;
        break;
      case 2:
        quoted = `${speaker} said: “${[...w.slice(0, 3), '…', ...w.slice(6)].join(' ')}.”`;
        break;
      case 3:
        quoted = `“${w.join(' ')},” said ${pick(speakers)}.`;
        break;
      default:
        quoted = `${speaker} said the plan was “${w.slice(2, 9).join(' ')}”.`;
    }
    out.push(`${prose} ${quoted}`, '');
  }
  return out.join('\n');
}
