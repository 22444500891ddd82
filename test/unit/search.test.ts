import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../src/core/corpus/corpus';
import { SearchIndex } from '../../src/core/search/search';
import { SEEDS } from './helpers';

describe('search', () => {
  const c = new Corpus();
  for (const f of fs.readdirSync(SEEDS).sort()) c.upsert(f, fs.readFileSync(path.join(SEEDS, f)));
  const idx = new SearchIndex(c);

  it('finds a quote from a mistyped five-word fragment', () => {
    const hits = idx.search('shorring up econmic and comercial', { limit: 5 });
    assert.strictEqual(hits[0].kind, 'quote');
    assert.strictEqual(hits[0].speaker, 'Carl Thayer');
    assert.match(hits[0].text, /shoring up economic and commercial ties/);
  });

  it('finds a quote from a surname and two words of it', () => {
    const hits = idx.search('Thayer arms sales', { limit: 5 });
    assert.ok(hits.slice(0, 3).some((h) => h.kind === 'quote' && h.speaker === 'Carl Thayer' && /arms sales/.test(h.text)));
  });

  it('finds people by any spelling', () => {
    const hits = idx.search('Trọng', { limit: 5, kinds: ['person'] });
    assert.strictEqual(hits[0].text.split(' · ')[0], 'Nguyen Phu Trong');
  });

  it('looks words up in the postings alone: the documents with the most of the rarest, best first', () => {
    const hits = idx.lookup('The main issues relate to shoring up economic and commercial ties', { limit: 3, kinds: ['quote'] });
    assert.ok(hits.length > 0 && hits.every((h) => h.kind === 'quote'));
    assert.strictEqual(hits[0].speaker, 'Carl Thayer');
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score >= hits[i].score);
    // No look-alikes: a misspelt word finds nothing, where search would.
    assert.deepStrictEqual(idx.lookup('econmic comercial', { limit: 3 }), []);
    assert.strictEqual(idx.lookup('rouble-dong currency transactions', { limit: 1, kinds: ['passage'] })[0].kind, 'passage');
  });

  it('finds passages that are not quotes', () => {
    const hits = idx.search('rouble-dong currency transactions', { limit: 3 });
    assert.strictEqual(hits[0].kind, 'passage');
  });

  it('ranks best first and reports positions inside the source', () => {
    const hits = idx.search('normalize his atrocities', { limit: 10 });
    assert.ok(hits.length >= 3);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score <= hits[i].score || hits[i].score === 1);
    for (const h of hits) if (h.path) assert.ok(h.line >= 0 && h.character >= 0);
  });

  it('returns nothing for an empty or meaningless query', () => {
    assert.deepStrictEqual(idx.search(''), []);
    assert.deepStrictEqual(idx.search('   ,,, '), []);
  });

  it('finds the same best hits when common words are only looked up, not walked', () => {
    // 3,000 articles share the common words; the rare ones are in a handful.
    const big = new Corpus();
    // Common words in about one document in seven (under the fifth that is skipped outright).
    for (let i = 0; i < 3000; i++) big.upsert(`filler/${i}.txt`, `Filler ${i}\n\nThe report said ${i % 7 === 0 ? 'there is a plan for the town' : 'nothing new'}, number ${i}.`);
    big.upsert('story.txt', 'Story\n\n"There is a plan for the tribunal on war crimes," said Ian Storey.');
    const ix = new SearchIndex(big);
    for (const q of ['war crmies tribbunal for the', 'thre is a plan for the tribunl', 'Storey plan for the']) {
      const fast = ix.search(q, { limit: 5 }).map((h) => [h.path, h.text]);
      const walk = ix.search(q, { limit: 5, exhaustive: true }).map((h) => [h.path, h.text]);
      // What differs is the tail: documents holding only the common words are no candidates.
      assert.deepStrictEqual(fast[0], walk[0], q);
      assert.strictEqual(fast[0][0], 'story.txt', q);
    }
  });

  it('answers first from the rarest words when a budget cuts the walk short, and says so', () => {
    const big = new Corpus();
    for (let i = 0; i < 40; i++) big.upsert(`filler/${i}.txt`, `Filler ${i}\n\nThe council said the ${i % 4 ? 'plan' : 'scandal'} was ${i}.`);
    big.upsert('story.txt', 'Story\n\n"The council plan is a scandal," said Ian Storey.');
    const ix = new SearchIndex(big);
    const q = 'Storey scandal';
    const full = ix.searchProgressive(q, { limit: 8 });
    assert.ok(full.complete);
    assert.deepStrictEqual(full.hits, ix.search(q, { limit: 8 }));
    assert.ok(full.hits.some((h) => h.path?.startsWith('filler/')), 'the full answer has the scandal passages too');
    // A budget of one posting: only the rarest word ("storey") is walked.
    const first = ix.searchProgressive(q, { limit: 8, budget: 1 });
    assert.ok(!first.complete);
    assert.strictEqual(first.hits[0].path, 'story.txt');
    assert.ok(!first.hits.some((h) => h.path?.startsWith('filler/')), 'only what the rarest word found');
    assert.ok(ix.searchProgressive(q, { limit: 8, budget: 1e9 }).complete);
  });
});
