/**
 * The fast paths give what the plain code they replaced gave: each is checked against that code
 * (kept here as the reference) on the seeds and on random strings of awkward characters.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../src/core/corpus/corpus';
import { nameKey } from '../../src/core/reading/names';
import { SearchIndex } from '../../src/core/search/search';
import { buildIndexInSlices } from '../../src/core/search/slices';
import { foldDiacritics, foldKey, normalizeTypography, wordTokens } from '../../src/core/reading/text';
import { SEEDS } from './helpers';

const refFoldKey = (s: string) => foldDiacritics(normalizeTypography(s)).toLowerCase();

function refWordTokens(s: string): string[] {
  const out: string[] = [];
  const re = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;
  const folded = refFoldKey(s);
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) out.push(m[0]);
  return out;
}

function refNameKey(s: string): string {
  return refFoldKey(s).replace(/['\u2019]s$/, '').replace(/[-\u2010-\u2014]/g, ' ').replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

const AWKWARD = ['a', 'Z', 'q', ' ', "'", '\u2019', '’s', "'S", 'é', 'e\u0301', '\u0301', '1', '٣', '²', 'Ⅻ', '𝐀', '😀', '\ud800', 'ß', 'İ', 'Σ', 'ς', 'ǅ', 'ŉ', 'ﬁ', '-', '\u2013', '`', '.', '\u00a0', '\t', '\n', 'Đ', 'ø', 'Kim Jong-un', 'Mr.'];

function randomStrings(n: number): string[] {
  let seed = 11;
  const r = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    for (let j = Math.floor(r() * 10); j > 0; j--) s += AWKWARD[Math.floor(r() * AWKWARD.length)];
    out.push(s);
  }
  return out;
}

describe('fast paths match the code they replaced', () => {
  const seedLines = fs.readdirSync(SEEDS).flatMap((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8').split('\n'));
  const samples = [...seedLines, ...randomStrings(20000)];

  it('foldKey', () => {
    for (const s of samples) assert.strictEqual(foldKey(s), refFoldKey(s), JSON.stringify(s));
  });

  it('wordTokens', () => {
    for (const s of samples) assert.deepStrictEqual(wordTokens(s), refWordTokens(s), JSON.stringify(s));
  });

  it('nameKey', () => {
    for (const s of samples) assert.strictEqual(nameKey(s), refNameKey(s), JSON.stringify(s));
  });
});

describe('search index built in slices', () => {
  it('answers exactly as one built in one go', async () => {
    const sources = fs.readdirSync(SEEDS).sort().map((f) => ({ path: f, content: fs.readFileSync(path.join(SEEDS, f)) }));
    const c1 = new Corpus();
    for (const s of sources) c1.upsert(s.path, s.content);
    const i1 = new SearchIndex(c1);
    i1.sync();
    const c2 = new Corpus();
    const i2 = new SearchIndex(c2);
    let yields = 0;
    const done = await buildIndexInSlices(c2, i2, sources, { budgetMs: 0, yieldTo: async () => void yields++ });
    assert.ok(done);
    assert.ok(yields > sources.length, `${yields} yields`);
    assert.deepStrictEqual(c2.people, c1.people);
    for (const q of ['shorring up econmic and comercial', 'Thayer arms sales', 'Trọng', 'currency']) assert.deepStrictEqual(i2.search(q), i1.search(q), q);
    // One sync files its postings by word at the end; slices push them as they go: the same lists.
    const [s1, s2] = [i1.exportState(), i2.exportState()];
    assert.deepStrictEqual([s2.words, s2.postStart, s2.postings, s2.df, s2.grams, s2.gramWords], [s1.words, s1.postStart, s1.postings, s1.df, s1.grams, s1.gramWords]);
  });

  it('answers from what is indexed so far while a build is under way', async () => {
    const sources = fs.readdirSync(SEEDS).sort().map((f) => ({ path: f, content: fs.readFileSync(path.join(SEEDS, f)) }));
    const c = new Corpus();
    const i = new SearchIndex(c);
    let partial: number | null = null;
    await buildIndexInSlices(c, i, sources, {
      budgetMs: 0,
      yieldTo: async () => {
        if (partial !== null || i.documentCount === 0) return;
        const before = i.documentCount;
        partial = i.search('Thayer', { sync: false }).length;
        // Searching without a sync leaves the build where it was.
        assert.strictEqual(i.documentCount, before);
      },
    });
    assert.ok(partial !== null);
    assert.ok(i.search('Thayer').length >= (partial ?? 0));
  });

  it('stops when cancelled, and a later sync finishes the index', async () => {
    const sources = fs.readdirSync(SEEDS).sort().map((f) => ({ path: f, content: fs.readFileSync(path.join(SEEDS, f)) }));
    const c = new Corpus();
    const i = new SearchIndex(c);
    let n = 0;
    const done = await buildIndexInSlices(c, i, sources, { budgetMs: 0, yieldTo: async () => void n++, cancelled: () => n >= 2 });
    assert.ok(!done);
    assert.ok(c.size < sources.length);
    assert.strictEqual(i.search('Thayer arms sales', { limit: 3 }).length > 0, c.size > 0);
  });
});

describe('search index after edits', () => {
  it('finds what a fresh index finds once an article is replaced and another removed', () => {
    const c = new Corpus();
    for (const f of fs.readdirSync(SEEDS).sort()) c.upsert(f, fs.readFileSync(path.join(SEEDS, f)));
    const idx = new SearchIndex(c);
    idx.sync();
    const [first, second] = c.articles;
    c.upsert(first.path, first.text.replace(/top trading partner/g, 'chief Zanzibar partner'));
    c.remove(second.path);
    const fresh = new SearchIndex(c);
    idx.sync();
    fresh.sync();
    assert.strictEqual(idx.documentCount, fresh.documentCount);
    // Documents are numbered differently after edits, so only ties may come out in another order:
    // compare the best hits of queries that have a clear best.
    for (const q of ['Thayer arms sales', 'Zanzibar partner', 'shorring up econmic ties', 'normalize his atrocities']) {
      const top = (i: SearchIndex) => i.search(q, { limit: 3 }).map((h) => `${h.path} ${h.score} ${h.text}`)[0];
      assert.strictEqual(top(idx), top(fresh), q);
    }
    assert.ok(idx.search('Zanzibar', { limit: 3 })[0].text.includes('Zanzibar'));
    assert.ok(!idx.search('top trading partner', { limit: 20 }).some((h) => h.path === first.path && h.text.includes('top trading')));
  });
});
