import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../src/core/corpus/corpus';
import { FORMAT_VERSION, SnapshotError, deserializeSnapshot, restoreIndex, serializeSnapshot } from '../../src/core/search/persist';
import { SearchIndex } from '../../src/core/search/search';
import type { Article } from '../../src/core/types';
import { SEEDS, lines } from './helpers';

const QUERIES = ['shorring up econmic and comercial', 'Thayer arms sales', 'rouble-dong currency transactions', 'normalize his atrocities', 'Putin', 'Trọng'];

function seedCorpus(): Corpus {
  const c = new Corpus();
  for (const f of fs.readdirSync(SEEDS).sort()) c.upsert(f, fs.readFileSync(path.join(SEEDS, f)));
  return c;
}

/** Everything an article holds, as plain data (sets as arrays, positions sampled). */
function plain(a: Article): unknown {
  return {
    ...JSON.parse(JSON.stringify({ ...a, people: a.people.map((p) => ({ ...p, forms: [...p.forms] })) })),
    keys: Object.keys(a),
    positions: [0, 10, 200, a.text.length].map((o) => a.positionAt(o)),
    offsets: [{ line: 0, character: 3 }, { line: 4, character: 0 }].map((p) => a.offsetAt(p)),
  };
}

describe('persist: snapshots of the index', () => {
  const corpus = seedCorpus();
  const index = new SearchIndex(corpus);
  index.sync();
  const blob = serializeSnapshot(corpus, index, (p) => `stamp:${p}`, { note: 'x' });

  it('reads back every article, person and search result as they were', () => {
    const snap = deserializeSnapshot(blob);
    assert.deepStrictEqual(snap.meta, { note: 'x' });
    assert.deepStrictEqual(snap.stamps, corpus.articles.map((a) => `stamp:${a.path}`));
    const r = restoreIndex(snap);
    assert.ok(r.reusedIndexes);
    assert.deepStrictEqual(r.corpus.articles.map(plain), corpus.articles.map(plain));
    assert.deepStrictEqual(r.corpus.people, corpus.people);
    for (const form of ['Carl Thayer', 'Thayer', 'Trọng', 'President Putin', 'nobody at all']) {
      assert.deepStrictEqual(r.corpus.findPeople(form), corpus.findPeople(form), form);
    }
    for (const a of corpus.articles) {
      const b = r.corpus.get(a.path)!;
      for (let i = 0; i < a.quotes.length; i++) assert.strictEqual(r.corpus.speakerOf(b.quotes[i], b), corpus.speakerOf(a.quotes[i], a));
    }
    for (const q of QUERIES) assert.deepStrictEqual(r.index.search(q, { limit: 10 }), index.search(q, { limit: 10 }), q);
    assert.strictEqual(r.index.documentCount, index.documentCount);
  });

  it('keeps the unchanged articles and re-indexes a changed one', () => {
    const changed = corpus.articles[0].path;
    const edited = new Corpus();
    const fresh = edited.upsert(changed, lines('Ferry news', '', '“The harbour ferry will sail again on Monday,” said port manager Ann Quayle.'));
    const r = restoreIndex(deserializeSnapshot(blob));
    r.corpus.put(fresh);
    assert.deepStrictEqual(r.corpus.articles.map((a) => a.path), corpus.articles.map((a) => a.path));
    assert.strictEqual(r.corpus.get(changed), fresh);
    const hits = r.index.search('harbour ferry sail', { limit: 3 });
    assert.strictEqual(hits[0].speaker, 'Ann Quayle');
    assert.ok(r.corpus.findPeople('Ann Quayle').length);
    // The old version of the article is gone from the index.
    const old = corpus.articles[0].quotes.find((q) => q.kind === 'speech')!;
    assert.ok(!r.index.search(old.text.slice(0, 60), { limit: 20 }).some((h) => h.path === changed));
    // Everywhere, results are those of an index built from scratch over the same articles.
    const cold = new SearchIndex(r.corpus);
    for (const q of QUERIES) assert.deepStrictEqual(r.index.search(q, { limit: 10 }), cold.search(q, { limit: 10 }), q);
  });

  it('drops an article whose source is gone', () => {
    const gone = corpus.articles[1].path;
    const r = restoreIndex(deserializeSnapshot(blob));
    r.corpus.remove(gone);
    assert.ok(!r.corpus.has(gone));
    for (const q of QUERIES) assert.ok(!r.index.search(q, { limit: 20 }).some((h) => h.path === gone), q);
  });

  it('refuses what is not a complete snapshot of this format', () => {
    assert.throws(() => deserializeSnapshot(new Uint8Array([1, 2, 3])), SnapshotError);
    assert.throws(() => deserializeSnapshot(new TextEncoder().encode('just some text that is long enough')), SnapshotError);
    assert.throws(() => deserializeSnapshot(blob.subarray(0, blob.length >> 1)), SnapshotError);
    const older = blob.slice();
    new DataView(older.buffer).setUint32(4, FORMAT_VERSION + 1, true);
    assert.throws(() => deserializeSnapshot(older), SnapshotError);
  });

  it('keeps fields it does not know about (a field added to a quote, person, mention or article)', () => {
    const c = new Corpus();
    const a = c.upsert('extra.txt', lines('Extra fields', '', '“We will sail on Monday,” said port manager Ann Quayle.'));
    const bag = (o: object) => o as Record<string, unknown>;
    bag(a.quotes[0]).speakerSpan = { start: 3, end: 9 };
    bag(a.people[0]).note = ['x'];
    bag(a.mentions[0]).confidence = 0.5;
    bag(a).language = 'en';
    const b = restoreIndex(deserializeSnapshot(serializeSnapshot(c, null, () => null))).corpus.get('extra.txt')!;
    assert.deepStrictEqual(plain(b), plain(a));
    assert.deepStrictEqual(Object.keys(b.quotes[0]), Object.keys(a.quotes[0]));
  });

  it('lets the fields of a restored article be replaced before and after they are first read', () => {
    const snap = deserializeSnapshot(blob);
    const [a, b] = snap.articles;
    a.quotes = [];
    assert.deepStrictEqual(a.quotes, []);
    const first = b.sentences[0];
    b.sentences = [first];
    assert.deepStrictEqual(b.sentences, [first]);
    assert.deepStrictEqual(Object.keys(a), Object.keys(corpus.articles[0]));
    assert.ok(Object.getOwnPropertyDescriptor(a, 'quotes')?.writable, 'a replaced field is an ordinary property');
  });

  it('writes a snapshot without a search index, and restores one by building it', () => {
    const r = restoreIndex(deserializeSnapshot(serializeSnapshot(corpus, null, () => null)));
    assert.ok(!r.reusedIndexes);
    for (const q of QUERIES) assert.deepStrictEqual(r.index.search(q, { limit: 10 }), index.search(q, { limit: 10 }), q);
  });
});
