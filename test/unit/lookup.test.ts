import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseArticle } from '../../src/core/reading/article';
import { Corpus } from '../../src/core/corpus/corpus';
import { draftQuotes, findNameAt, quoteAt } from '../../src/core/verification/lookup';
import { SEEDS } from './helpers';

describe('what is under the cursor', () => {
  const corpus = new Corpus();
  for (const f of fs.readdirSync(SEEDS).sort()) corpus.upsert(f, fs.readFileSync(path.join(SEEDS, f)));

  it('finds the longest name around the cursor in any known form', () => {
    const line = 'Then Nguyen Phu Trong met President Putin and Kim Jong-un’s envoy.';
    const trong = findNameAt(line, line.indexOf('Phu'), corpus)!;
    assert.strictEqual(line.slice(trong.start, trong.end), 'Nguyen Phu Trong');
    assert.strictEqual(trong.people[0].name, 'Nguyen Phu Trong');
    const putin = findNameAt(line, line.indexOf('Putin'), corpus)!;
    assert.strictEqual(putin.people[0].name, 'Vladimir Putin');
    const kim = findNameAt(line, line.indexOf('Jong'), corpus)!;
    assert.strictEqual(line.slice(kim.start, kim.end), 'Kim Jong-un');
    assert.strictEqual(findNameAt(line, line.indexOf('envoy'), corpus), null);
  });

  it('lets the draft decide between two people with one surname', () => {
    const c = new Corpus();
    c.upsert('a.txt', '"Ferries matter," said council leader Margaret Thayer.');
    c.upsert('b.txt', '"Arms sales matter," said Carl Thayer, an expert.');
    const line = 'Carl Thayer spoke. Thayer added more.';
    const at = line.lastIndexOf('Thayer') + 1;
    assert.strictEqual(findNameAt(line, at, c)!.people.length, 2);
    const draft = parseArticle('draft.md', line);
    assert.deepStrictEqual(findNameAt(line, at, c, { article: draft, base: 0 })!.people.map((p) => p.name), ['Carl Thayer']);
  });

  it('finds the quotation around an offset', () => {
    const t = 'He said “one thing” and “another”.';
    const qs = draftQuotes(t);
    assert.strictEqual(quoteAt(qs, t.indexOf('another'))?.text, 'another');
    assert.strictEqual(quoteAt(qs, t.indexOf('and')), null);
  });
});
