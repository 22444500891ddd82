import * as assert from 'assert';
import { Corpus } from '../../src/core/corpus/corpus';
import { SearchIndex } from '../../src/core/search/search';

describe('corpus and search index, one file at a time', () => {
  it('adds, updates and removes articles, and search follows', () => {
    const c = new Corpus();
    const idx = new SearchIndex(c);
    c.upsert('a.txt', 'Headline A\n\n"The harvest was poor this year," said farmer Joan Smith.');
    assert.strictEqual(idx.search('harvest poor')[0]?.path, 'a.txt');
    const v = c.version;
    c.upsert('a.txt', 'Headline A\n\n"The rains came late," said farmer Joan Smith.');
    assert.ok(c.version > v);
    assert.strictEqual(idx.search('harvest poor').filter((h) => h.path === 'a.txt').length, 0);
    assert.strictEqual(idx.search('rains came late')[0]?.path, 'a.txt');
    assert.ok(c.remove('a.txt'));
    assert.strictEqual(c.size, 0);
    assert.deepStrictEqual(idx.search('rains came late'), []);
    assert.strictEqual(c.findPeople('Joan Smith').length, 0);
  });

  it('never throws on empty or odd input', () => {
    const c = new Corpus();
    for (const t of ['', '"', '“””“', '\u0000\u0001', ' \n\n\n ', '"'.repeat(1000)]) c.upsert('x.txt', t);
    assert.strictEqual(c.size, 1);
  });
});
