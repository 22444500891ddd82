import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cacheFile, loadIndexCached } from '../../src/node/cache';
import { loadCorpus } from '../../src/node/load';
import { SearchIndex } from '../../src/core/search/search';
import { SEEDS } from './helpers';

describe('index cache on disk (--cache)', () => {
  let dir: string;
  let cache: string;
  const load = () => loadIndexCached([path.join(dir, 'src')], { cacheDir: cache, root: dir });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citedesk-cache-'));
    cache = path.join(dir, 'cache');
    fs.mkdirSync(path.join(dir, 'src'));
    for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, 'src', f));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('parses on the first run and reads everything back on the second', async () => {
    const first = await load();
    assert.deepStrictEqual(first.stats, { files: 5, reused: 0, parsed: 5, indexesReused: false, written: true });
    const second = await load();
    assert.deepStrictEqual(second.stats, { files: 5, reused: 5, parsed: 0, indexesReused: true, written: false });
    assert.deepStrictEqual(second.index.search('Thayer arms sales', { limit: 5 }), first.index.search('Thayer arms sales', { limit: 5 }));
    assert.deepStrictEqual(second.corpus.people, first.corpus.people);
  });

  it('reads everything again when another build of the reader wrote the cache', async () => {
    const opts = { cacheDir: cache, root: dir };
    assert.strictEqual((await loadIndexCached([path.join(dir, 'src')], { ...opts, reader: 'build-a' })).stats.parsed, 5);
    assert.strictEqual((await loadIndexCached([path.join(dir, 'src')], { ...opts, reader: 'build-a' })).stats.reused, 5);
    const other = await loadIndexCached([path.join(dir, 'src')], { ...opts, reader: 'build-b' });
    assert.deepStrictEqual([other.stats.reused, other.stats.parsed, other.stats.written], [0, 5, true]);
  });

  it('gives what loading without a cache gives', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const cached = await loadIndexCached(['src'], { cacheDir: cache });
      const again = await loadIndexCached(['src'], { cacheDir: cache });
      const plain = (await loadCorpus(['src'])).corpus;
      const index = new SearchIndex(plain);
      assert.deepStrictEqual(again.corpus.articles.map((a) => a.path), plain.articles.map((a) => a.path));
      for (const q of ['shorring up econmic ties', 'Parameswaran isolated Asia', 'Trọng']) {
        assert.deepStrictEqual(cached.index.search(q), index.search(q), q);
        assert.deepStrictEqual(again.index.search(q), index.search(q), q);
      }
    } finally {
      process.chdir(cwd);
    }
  });

  it('re-reads a file whose modification time changed, even at the same size', async () => {
    await load();
    const f = path.join(dir, 'src', fs.readdirSync(path.join(dir, 'src')).sort()[0]);
    const text = fs.readFileSync(f, 'utf8');
    // Same length, other words: only the modification time tells.
    const edited = text.replace('Vietnam', 'Narnias');
    assert.strictEqual(edited.length, text.length);
    fs.writeFileSync(f, edited);
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(f, later, later);
    const r = await load();
    assert.deepStrictEqual(r.stats, { files: 5, reused: 4, parsed: 1, indexesReused: false, written: true });
    assert.ok(r.index.search('Narnias', { limit: 3 }).some((h) => h.path === path.relative(dir, f)));
    assert.strictEqual((await load()).stats.reused, 5);
  });

  it('re-reads a file whose size changed, and forgets a deleted one', async () => {
    await load();
    const [a, b] = fs.readdirSync(path.join(dir, 'src')).sort();
    fs.appendFileSync(path.join(dir, 'src', a), '\n\n"Bananas are berries," said botanist Ann Leaf.\n');
    fs.rmSync(path.join(dir, 'src', b));
    const r = await load();
    assert.deepStrictEqual(r.stats, { files: 4, reused: 3, parsed: 1, indexesReused: false, written: true });
    assert.ok(!r.corpus.has(`src/${b}`));
    assert.strictEqual(r.index.search('bananas berries', { limit: 1 })[0].speaker, 'Ann Leaf');
    assert.ok(!r.index.search('Thayer', { limit: 50 }).some((h) => h.path === `src/${b}`));
  });

  it('rebuilds a damaged cache instead of failing', async () => {
    await load();
    const file = cacheFile(cache, [path.join(dir, 'src')], dir);
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 1000));
    const r = await load();
    assert.deepStrictEqual(r.stats, { files: 5, reused: 0, parsed: 5, indexesReused: false, written: true });
    fs.writeFileSync(file, 'not an index');
    assert.strictEqual((await load()).stats.parsed, 5);
  });

  it('reports a cache folder it cannot write, and still answers', async () => {
    fs.writeFileSync(path.join(dir, 'blocker'), '');
    const problems: string[] = [];
    const r = await loadIndexCached([path.join(dir, 'src')], { cacheDir: path.join(dir, 'blocker', 'cache'), root: dir, onProblem: (p) => problems.push(p.message) });
    assert.ok(problems.some((m) => /could not write the index cache/.test(m)), problems.join('\n'));
    assert.ok(r.index.search('Thayer').length);
  });
});
