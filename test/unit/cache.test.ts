import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openIndex, type OpenOptions } from '../../src/node/load';
import { cacheName } from '../../src/node/node-files';
import { SEEDS } from './helpers';

/** Loads as the command line does, then writes the saved index back. */
async function loadIndexCached(inputs: string[], options: OpenOptions) {
  const r = await openIndex(inputs, options);
  await r.save();
  return r;
}

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
    assert.deepStrictEqual(first.stats, { files: 5, reused: 0, parsed: 5, indexesReused: false, written: true, savedAs: 'snapshot' });
    const second = await load();
    assert.deepStrictEqual(second.stats, { files: 5, reused: 5, parsed: 0, indexesReused: true, written: false });
    assert.deepStrictEqual(second.index.search('Thayer arms sales', { limit: 5 }), first.index.search('Thayer arms sales', { limit: 5 }));
    assert.deepStrictEqual(second.corpus.people, first.corpus.people);
  });

  it('reads everything again when another build of the reader wrote the cache', async () => {
    const opts = { cacheDir: cache, root: dir };
    assert.strictEqual((await loadIndexCached([path.join(dir, 'src')], { ...opts, build: 'build-a' })).stats.parsed, 5);
    assert.strictEqual((await loadIndexCached([path.join(dir, 'src')], { ...opts, build: 'build-a' })).stats.reused, 5);
    const other = await loadIndexCached([path.join(dir, 'src')], { ...opts, build: 'build-b' });
    assert.deepStrictEqual([other.stats.reused, other.stats.parsed, other.stats.savedAs], [0, 5, 'snapshot']);
  });

  it('gives what loading without a cache gives', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const cached = await loadIndexCached(['src'], { cacheDir: cache });
      const again = await loadIndexCached(['src'], { cacheDir: cache });
      const { corpus: plain, index } = await openIndex(['src']);
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
    assert.deepStrictEqual(r.stats, { files: 5, reused: 4, parsed: 1, indexesReused: false, written: true, savedAs: 'segment' });
    assert.ok(r.index.search('Narnias', { limit: 3 }).some((h) => h.path === path.relative(dir, f)));
    assert.strictEqual((await load()).stats.reused, 5);
  });

  it('re-reads a file whose size changed, and forgets a deleted one', async () => {
    await load();
    const [a, b] = fs.readdirSync(path.join(dir, 'src')).sort();
    fs.appendFileSync(path.join(dir, 'src', a), '\n\n"Bananas are berries," said botanist Ann Leaf.\n');
    fs.rmSync(path.join(dir, 'src', b));
    const r = await load();
    assert.deepStrictEqual(r.stats, { files: 4, reused: 3, parsed: 1, indexesReused: false, written: true, savedAs: 'segment' });
    assert.ok(!r.corpus.has(`src/${b}`));
    assert.strictEqual(r.index.search('bananas berries', { limit: 1 })[0].speaker, 'Ann Leaf');
    assert.ok(!r.index.search('Thayer', { limit: 50 }).some((h) => h.path === `src/${b}`));
  });

  it('rebuilds a damaged cache instead of failing', async () => {
    await load();
    const file = path.join(cache, `${cacheName([path.join(dir, 'src')], dir)}.cdx`);
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 1000));
    const r = await load();
    assert.deepStrictEqual(r.stats, { files: 5, reused: 0, parsed: 5, indexesReused: false, written: true, savedAs: 'snapshot' });
    fs.writeFileSync(file, 'not an index');
    assert.strictEqual((await load()).stats.parsed, 5);
  });

  it('saves a change as a segment beside the snapshot, and the next run reads both, as a cold run would', async () => {
    await load();
    const names = () => fs.readdirSync(cache).sort();
    const [snapshot] = names();
    const before = fs.statSync(path.join(cache, snapshot)).mtimeMs;
    const [a, b, c] = fs.readdirSync(path.join(dir, 'src')).sort();
    fs.appendFileSync(path.join(dir, 'src', a), '\n\n"Bananas are berries," said botanist Ann Leaf.\n');
    fs.rmSync(path.join(dir, 'src', b));
    assert.strictEqual((await load()).stats.savedAs, 'segment');
    fs.writeFileSync(path.join(dir, 'src', 'new.txt'), 'New story\n\n"Cherries are drupes," said grower Cy Vale.\n');
    fs.appendFileSync(path.join(dir, 'src', c), '\n\n"Figs are odd," said botanist Ann Leaf.\n');
    assert.strictEqual((await load()).stats.savedAs, 'segment');
    // The snapshot was not written again; two segments lie beside it.
    assert.strictEqual(fs.statSync(path.join(cache, snapshot)).mtimeMs, before);
    assert.strictEqual(names().filter((n) => n.endsWith('.cdd')).length, 2);
    const warm = await load();
    assert.deepStrictEqual(warm.stats, { files: 5, reused: 5, parsed: 0, indexesReused: false, written: false });
    const cold = await openIndex([path.join(dir, 'src')], { root: dir });
    assert.deepStrictEqual(warm.corpus.articles.map((x) => x.path), cold.corpus.articles.map((x) => x.path));
    assert.deepStrictEqual(warm.corpus.people, cold.corpus.people);
    for (const q of ['bananas berries', 'cherries drupes', 'figs', 'Thayer arms sales', 'Trọng']) assert.deepStrictEqual(warm.index.search(q), cold.index.search(q), q);
  });

  it('writes the whole index again once the segments grow large beside it, and removes them', async () => {
    await load();
    const src = path.join(dir, 'src');
    for (let i = 0; i < 6; i++) {
      for (const f of fs.readdirSync(src)) fs.appendFileSync(path.join(src, f), `\n\n"Round ${i} of ${f}," said editor Jo Pike.\n`);
      const r = await load();
      if (r.stats.savedAs === 'snapshot') {
        assert.deepStrictEqual(fs.readdirSync(cache).filter((n) => n.endsWith('.cdd')), []);
        assert.strictEqual((await load()).stats.reused, 5);
        return;
      }
    }
    assert.fail('the segments were never folded into a new snapshot');
  });

  it('reads again what a damaged segment held, and drops the segment', async () => {
    await load();
    const [a] = fs.readdirSync(path.join(dir, 'src')).sort();
    fs.appendFileSync(path.join(dir, 'src', a), '\n\n"Bananas are berries," said botanist Ann Leaf.\n');
    await load();
    const [segment] = fs.readdirSync(cache).filter((n) => n.endsWith('.cdd'));
    fs.writeFileSync(path.join(cache, segment), fs.readFileSync(path.join(cache, segment)).subarray(0, 200));
    const r = await load();
    assert.deepStrictEqual([r.stats.reused, r.stats.parsed], [4, 1]);
    assert.strictEqual(r.index.search('bananas berries', { limit: 1 })[0].speaker, 'Ann Leaf');
    assert.ok(!fs.readFileSync(path.join(cache, segment)).subarray(0, 200).equals(fs.readFileSync(path.join(cache, segment))), 'the damaged segment was written again');
    assert.strictEqual((await load()).stats.reused, 5);
  });

  it('reports a cache folder it cannot write, and still answers', async () => {
    fs.writeFileSync(path.join(dir, 'blocker'), '');
    const problems: string[] = [];
    const r = await loadIndexCached([path.join(dir, 'src')], { cacheDir: path.join(dir, 'blocker', 'cache'), root: dir, onProblem: (p) => problems.push(p.message) });
    assert.ok(problems.some((m) => /could not write the index cache/.test(m)), problems.join('\n'));
    assert.ok(r.index.search('Thayer').length);
  });
});
