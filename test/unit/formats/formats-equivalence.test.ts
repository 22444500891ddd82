/**
 * Same reading whatever the format: each seed as text, as a saved web page, as a PDF printed by
 * Chromium and as a Word file yields the same quotes, speakers and people.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../../src/core/corpus/corpus';
import type { Article } from '../../../src/core/types';
import { SEEDS, readAs, readFixture } from '../helpers';

interface Reading {
  quotes: [string, string, string | null][];
  people: [string, string[]][];
}

/** What a reader of the source learns: every quote (words, kind, speaker) and every person with their quotes. */
function reading(a: Article): Reading {
  const c = new Corpus();
  c.put(a);
  const words = (t: string) => t.replace(/\s+/g, ' ').trim();
  return {
    quotes: a.quotes.map((q) => [words(q.text), q.kind, q.kind === 'speech' ? c.speakerOf(q, a) : null]),
    people: c.people.map((p): [string, string[]] => [p.name, p.quotes.map((id) => words(a.quotes.find((q) => q.id === id)!.text))]).sort((x, y) => x[0].localeCompare(y[0])),
  };
}

describe('the same reading whatever the format', function () {
  this.timeout(120_000);
  for (const seed of fs.readdirSync(SEEDS).sort()) {
    const n = seed.slice(0, 3);
    const variants = ['html', 'pdf', 'docx', ...(n === '002' ? ['typeset.pdf'] : [])];
    it(`seed ${n}: text, ${variants.join(', ')}`, async () => {
      const text = reading(await readAs(seed, fs.readFileSync(path.join(SEEDS, seed))));
      assert.ok(text.quotes.length > 0 && text.people.length > 0);
      for (const v of variants) {
        const name = v === 'typeset.pdf' ? `seed-${n}-typeset.pdf` : `seed-${n}.${v}`;
        const other = await readFixture(name);
        assert.strictEqual(other.format, v.endsWith('pdf') ? 'pdf' : v);
        assert.deepStrictEqual(reading(other), text, name);
      }
    });
  }
});
