import * as assert from 'assert';
import fc from 'fast-check';
import { parseArticle } from '../../src/core/reading/article';
import { Corpus } from '../../src/core/corpus/corpus';
import { findQuoteSpans } from '../../src/core/reading/quote-spans';
import { SearchIndex } from '../../src/core/search/search';
import { verifyDraft } from '../../src/core/verification/verify';

/** Text made of what breaks parsers: quote marks of every kind, runs of spaces and punctuation, any Unicode. */
const hostile = fc.array(
  fc.oneof(
    fc.constantFrom('"', '“', '”', '„', '«', '»', "'", '‘', '’', ' ', '  ', '\n', '\r\n', '\n\n', '.', ',', ':', ';', '—', '…', '(', ')', '[', ']', 'said', ' said ', 'Mr ', 'He', 'Smith', 'John Smith', '\t', '\u00a0', '\u0000', '\uFEFF'),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    fc.string({ unit: 'binary', maxLength: 4 }),
  ),
  { maxLength: 300 },
).map((parts) => parts.join(''));

describe('fuzz: the reader never throws and never points outside the text', () => {
  it('quote spans are in bounds, ordered and disjoint for any input', () => {
    fc.assert(
      fc.property(hostile, (t) => {
        let last = -1;
        for (const q of findQuoteSpans(t)) {
          assert.ok(q.outer.start > last && q.outer.start >= 0 && q.outer.end <= t.length);
          for (const p of q.parts) assert.ok(p.start >= q.outer.start && p.start <= p.end && p.end <= q.outer.end);
          last = q.outer.end - 1;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('articles parse with positions inside the text, and verification runs, for any input', () => {
    const corpus = new Corpus();
    const index = new SearchIndex(corpus);
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const art = corpus.upsert('a.txt', a);
        for (const q of art.quotes) {
          assert.ok(q.line >= 0 && q.character >= 0);
          assert.strictEqual(art.offsetAt({ line: q.line, character: q.character }), q.parts[0].start);
          assert.ok(q.outer.end <= art.text.length);
          if (q.speakerSpan) assert.ok(q.speakerSpan.start >= 0 && q.speakerSpan.end <= art.text.length);
        }
        for (const m of art.mentions) assert.ok(m.span.start >= 0 && m.span.end <= art.text.length && m.person < art.people.length);
        assert.ok(Array.isArray(corpus.people));
        for (const f of verifyDraft(b, corpus, index)) {
          assert.ok(f.outer.start >= 0 && f.outer.end <= b.length);
          if (f.fix) assert.ok(f.fix.start >= 0 && f.fix.end <= b.length && f.fix.start <= f.fix.end);
        }
        index.search(b.slice(0, 60));
      }),
      { numRuns: 150 },
    );
  });

  it('the work grows linearly with the input, whatever it repeats', function () {
    this.timeout(120_000);
    // A ratio measured in one run, after warming up: a quadratic pass takes ~16 times as long for
    // 4 times the input, a linear one ~4; anything under 10 is linear with room for a busy machine.
    const patterns = ['“open ', '“', '"a" ', 'Mr John Smith said: "x," he said. ', ' ', '.'.repeat(3) + ' ', '”“', '\n\n“part.'];
    for (const p of patterns) {
      const small = p.repeat(Math.ceil(100_000 / p.length));
      const large = p.repeat(Math.ceil(400_000 / p.length));
      const t = (s: string) => {
        const t0 = process.hrtime.bigint();
        parseArticle('x.txt', s);
        return Number(process.hrtime.bigint() - t0);
      };
      // Median of five runs of each, to keep a GC pause or a busy neighbour from deciding the ratio.
      const med = (f: () => number) => [f(), f(), f(), f(), f()].sort((x, y) => x - y)[2];
      t(small);
      t(large);
      const ratio = med(() => t(large)) / Math.max(1e6, med(() => t(small)));
      assert.ok(ratio < 10, `${JSON.stringify(p)}: 4x input took ${ratio.toFixed(1)}x as long`);
    }
  });
});
