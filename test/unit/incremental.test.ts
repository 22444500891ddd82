import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../src/core/corpus/corpus';
import { parseArticle } from '../../src/core/reading/article';
import { deserializeSnapshot, restoreIndex, serializeSnapshot } from '../../src/core/search/persist';
import { SearchIndex, type SearchIndexState } from '../../src/core/search/search';
import type { Article } from '../../src/core/types';
import { SEEDS, lines } from './helpers';

/** A small deterministic random source (so that a failure can be replayed). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const SEED_TEXTS = fs.readdirSync(SEEDS).sort().map((f) => [f, fs.readFileSync(path.join(SEEDS, f), 'utf8')] as const);

/** Short articles that exercise the rules that join names across articles. */
const EXTRA: [string, string][] = [
  ['x-thayer.txt', lines('Thayer on the visit', '', '"Hanoi is hedging," Thayer said on Tuesday.', '', 'Thayer, who has studied the region for decades, added: "Nothing is settled."')],
  ['x-kim.txt', lines('Kim in Pyongyang', '', '"We are ready," Kim said, according to state media.')],
  ['x-kim-yo.txt', lines('Kim Yo Jong speaks', '', '"We will respond," said Kim Yo Jong, the leader\'s sister.')],
  ['x-throng.txt', lines('Trong meets envoy', '', 'General Secretary Nguyen Phu Throng met the envoy. "Friendship first," Trong said.')],
  ['x-smiths.txt', lines('Two Smiths', '', '"The road is shut," said council officer Ann Smith.', '', '"It will reopen," said engineer Bob Smith.')],
  ['x-leaf.txt', lines('Berries', '', '"Bananas are berries," said botanist Ann Leaf.', '', 'Leaf said the study took a year.')],
];

/** Another version of an article: a paragraph dropped or added, or a name spelt otherwise. */
function variant(text: string, r: () => number, others: string[]): string {
  const paras = text.split(/\n\s*\n/);
  switch (Math.floor(r() * 4)) {
    case 0:
      if (paras.length > 2) paras.splice(1 + Math.floor(r() * (paras.length - 1)), 1);
      return paras.join('\n\n');
    case 1: {
      const o = others[Math.floor(r() * others.length)].split(/\n\s*\n/);
      paras.push(o[1 + Math.floor(r() * Math.max(1, o.length - 1))] ?? o[0]);
      return paras.join('\n\n');
    }
    case 2: {
      // A capitalised word (a name, most likely) misspelt everywhere it stands.
      const names = [...new Set(text.match(/\b[A-Z][a-z]{4,}\b/g) ?? [])];
      if (!names.length) return text;
      const w = names[Math.floor(r() * names.length)];
      const i = 1 + Math.floor(r() * (w.length - 1));
      return text.split(w).join(w.slice(0, i) + w[i - 1] + w.slice(i));
    }
    default: {
      const names = [...new Set(text.match(/\b[A-Z][a-z]{3,}\b/g) ?? [])];
      if (!names.length) return text;
      const w = names[Math.floor(r() * names.length)];
      return text.split(w).join(['Thayer', 'Smith', 'Putin', 'Leaf', 'Kim'][Math.floor(r() * 5)]);
    }
  }
}

/** A corpus of the same articles, in the same order, indexed from scratch. */
function fresh(c: Corpus): Corpus {
  const f = new Corpus();
  for (const a of c.articles) f.put(a);
  f.index();
  return f;
}

/** Everything the people index answers, as plain data. */
function peopleOf(c: Corpus): unknown {
  const byForm = [...c.index().byForm].map(([k, ps]) => [k, ps.map((p) => p.key)]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const speakers = c.articles.map((a) => [a.path, a.quotes.map((q) => c.speakerOf(q, a)), a.people.map((_, i) => c.personAt(a, i)?.key ?? null)]);
  return { people: c.people, byForm, speakers };
}

function assertSamePeople(inc: Corpus, what: string): void {
  const ref = fresh(inc);
  assert.deepStrictEqual(peopleOf(inc), peopleOf(ref), what);
  for (const p of ref.people.slice(0, 60)) {
    for (const form of [p.name, ...p.aliases, `President ${p.name}`, p.name.split(' ').pop()!]) assert.deepStrictEqual(inc.findPeople(form), ref.findPeople(form), `${what}: ${form}`);
  }
}

/** Queries of every sort: words of quotes and passages, typos, prefixes, names, common words. */
function queriesFor(c: Corpus, r: () => number): string[] {
  const out = ['said', 'the minister said', 'Thayer', 'Smith road', 'berries', 'Pyongyang ready', 'econ', 'shorring up econmic', 'Putin visit Vietnam', 'Kim', 'leader'];
  for (let i = 0; i < 12 && c.size; i++) {
    const a = c.articles[Math.floor(r() * c.size)];
    const words = a.text.split(/\s+/).filter((w) => w.length > 2);
    if (!words.length) continue;
    const at = Math.floor(r() * words.length);
    const q = words.slice(at, at + 2 + Math.floor(r() * 4));
    // A typo in one word, as a writer makes them.
    if (r() < 0.5 && q[0]?.length > 4) q[0] = q[0].slice(0, 2) + q[0].slice(3);
    out.push(q.join(' '));
  }
  return out;
}

/**
 * The index's state as a build from scratch would have it: documents numbered one after another
 * (an index leaves room between articles to grow into, and where that room lies says nothing), and
 * the trigram lists in key order (their order says nothing either).
 */
function stateOf(ix: SearchIndex): unknown {
  const st: SearchIndexState = ix.exportState();
  const no = new Int32Array(st.docAlive.length).fill(-1);
  let n = 0;
  st.docAlive.forEach((alive, d) => {
    if (alive) no[d] = n++;
  });
  const keep = <T>(col: ArrayLike<T>) => Array.from(col).filter((_, d) => st.docAlive[d]);
  const postings = st.words.map((_, w) => Array.from(st.postings.subarray(st.postStart[w], st.postStart[w + 1]), (d) => no[d]));
  const grams = st.grams.map((g, i) => [g, Array.from(st.gramWords.subarray(st.gramStart[i], st.gramStart[i + 1]))] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const firsts = Array.from(st.slotStart.subarray(0, st.slots.length), (d, s) => (st.slotCount[s] ? no[d] : null));
  return {
    slots: st.slots, firsts, counts: Array.from(st.slotCount), docs: n, kind: keep(st.docKind), slot: keep(st.docSlot), sub: keep(st.docSub), line: keep(st.docLine), character: keep(st.docChar),
    speakers: keep(st.speakers), words: st.words, postings, df: Array.from(st.df), grams,
  };
}

function assertSameSearch(inc: Corpus, index: SearchIndex, r: () => number, what: string): void {
  const ref = fresh(inc);
  const cold = new SearchIndex(ref);
  cold.sync();
  index.sync();
  // The index itself first: a difference there says where an answer will differ.
  const [mine, theirs] = [stateOf(index), stateOf(cold)] as Record<string, unknown>[];
  for (const k of Object.keys(theirs)) assert.deepStrictEqual(mine[k], theirs[k], `${what}: the index itself (${k})`);
  for (const q of queriesFor(inc, r)) {
    assert.deepStrictEqual(index.search(q, { limit: 10 }), cold.search(q, { limit: 10 }), `${what}: "${q}"`);
    assert.deepStrictEqual(index.search(q, { limit: 5, kinds: ['person'] }), cold.search(q, { limit: 5, kinds: ['person'] }), `${what}: "${q}" (people)`);
    assert.deepStrictEqual(index.searchProgressive(q, { limit: 10, budget: 40 }), cold.searchProgressive(q, { limit: 10, budget: 40 }), `${what}: "${q}" (first answer)`);
  }

}

describe('indexes kept current one article at a time give what a build from scratch gives', () => {
  const texts = [...SEED_TEXTS, ...EXTRA];

  it('people and search: after adds, changes and removals in any order', function () {
    this.timeout(240_000);
    let inPlace = 0;
    let laidOut = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const r = rng(seed);
      const c = new Corpus();
      const pool = texts.map(([p, t]) => [p, t] as [string, string]);
      // Start with some of the articles, indexed whole.
      for (const [p, t] of pool) if (r() < 0.6) c.put(parseArticle(p, t));
      const index = new SearchIndex(c);
      index.sync();
      const whole = c.indexings.whole;
      for (let step = 0; step < 14; step++) {
        const [p, t] = pool[Math.floor(r() * pool.length)];
        const op = r();
        let what: string;
        if (op < 0.25 && c.has(p)) {
          c.remove(p);
          what = `remove ${p}`;
        } else if (op < 0.7 && c.has(p)) {
          const v = variant(c.get(p)!.text, r, texts.map((x) => x[1]));
          c.put(parseArticle(p, v));
          what = `change ${p}`;
        } else {
          // New, placed among the others (as a file that appears in the middle of a folder).
          const before = c.articles[Math.floor(r() * (c.size + 1))]?.path;
          if (c.has(p)) c.remove(p);
          c.put(parseArticle(p, t), before);
          what = `add ${p} before ${before}`;
        }
        // Sometimes two changes before the index is read.
        if (r() < 0.3) continue;
        assertSamePeople(c, `seed ${seed}, step ${step}: ${what}`);
        assertSameSearch(c, index, r, `seed ${seed}, step ${step}: ${what}`);
      }
      assert.strictEqual(c.indexings.whole, whole, 'every update was made article by article');
      assert.ok(c.indexings.incremental > 0);
      assert.strictEqual(index.syncs.whole, 1, 'the search index was built whole once, then updated');
      inPlace += index.syncs.inPlace;
      laidOut += index.syncs.laidOut;
    }
    // Both ways of updating were taken: in the room articles have, and laid out anew.
    assert.ok(inPlace > 10 && laidOut > 3, `${inPlace} in place, ${laidOut} laid out anew`);
  });

  it('people: a new article that joins two people, then leaves again', () => {
    const c = new Corpus();
    const a = parseArticle('a.txt', lines('One', '', '"Roads first," said Mr Quill.'));
    const b = parseArticle('b.txt', lines('Two', '', '"Bridges too," said Quill.'));
    c.put(a);
    c.put(b);
    c.index();
    const full = parseArticle('c.txt', lines('Three', '', '"Rail as well," said transport minister Petra Quill.'));
    c.put(full);
    assertSamePeople(c, 'joined');
    assert.strictEqual(c.findPeople('Quill').length, 1);
    assert.deepStrictEqual(c.findPeople('Quill')[0].quotes.length, 3);
    c.remove('c.txt');
    assertSamePeople(c, 'parted');
    assert.strictEqual(c.indexings.incremental, 2);
  });

  it('people: a surname shared by a newcomer is no longer an alias, and is again when the newcomer goes', () => {
    const c = new Corpus();
    c.put(parseArticle('a.txt', lines('One', '', '"Roots matter," said botanist Ann Leafy.')));
    c.put(parseArticle('b.txt', lines('Two', '', '"So do shoots," said gardener Cy Vale.')));
    assert.deepStrictEqual(c.findPeople('Ann Leafy')[0].aliases, ['Leafy']);
    c.put(parseArticle('c.txt', lines('Three', '', '"Leaves too," said farmer Bob Leafy.')));
    assertSamePeople(c, 'a second Leafy');
    assert.deepStrictEqual(c.findPeople('Ann Leafy')[0].aliases, []);
    assert.deepStrictEqual(c.findPeople('Leafy').map((p) => p.name), ['Ann Leafy', 'Bob Leafy']);
    c.remove('c.txt');
    assertSamePeople(c, 'one Leafy again');
    assert.deepStrictEqual(c.findPeople('Ann Leafy')[0].aliases, ['Leafy']);
    assert.strictEqual(c.indexings.incremental, 2);
  });

  it('people: an index read back from disk is kept current as the one it was saved from', () => {
    const c = new Corpus();
    for (const [p, t] of texts) c.put(parseArticle(p, t));
    c.put(parseArticle('x-smiths.txt', texts.find(([p]) => p === 'x-smiths.txt')![1].replace('Bob Smith', 'Bob Smyth')));
    const saved = new SearchIndex(c);
    const { corpus: restored, index } = restoreIndex(deserializeSnapshot(serializeSnapshot(c, saved, () => null)));
    assert.strictEqual(restored.indexings.whole, 0, 'the people index is read, not built');
    const r = rng(99);
    for (let step = 0; step < 8; step++) {
      const [p] = texts[Math.floor(r() * texts.length)];
      restored.put(parseArticle(p, variant(restored.get(p)!.text, r, texts.map((x) => x[1]))));
      assertSamePeople(restored, `step ${step}: ${p}`);
      assertSameSearch(restored, index, r, `step ${step}: ${p}`);
    }
    assert.strictEqual(restored.indexings.whole, 0);
  });

  it('people: the seeds one at a time, each replaced by itself, keep their people', () => {
    const c = new Corpus();
    const all: Article[] = SEED_TEXTS.map(([p, t]) => parseArticle(p, t));
    for (const a of all) c.put(a);
    const before = JSON.stringify(peopleOf(c));
    for (const [p, t] of SEED_TEXTS) {
      c.put(parseArticle(p, t));
      assert.strictEqual(JSON.stringify(peopleOf(c)), before, p);
    }
  });
});
