// Pushing into the archive when things go wrong, against a real PostgreSQL: the server dying
// mid-push, a full disk, two pushers at once, sources that cannot be read. Whatever happens, no
// article is half-written, and the next push finishes the work.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ArchiveError, connect } from '../../src/archive/db';
import { push } from '../../src/archive/push';
import { initSchema } from '../../src/archive/schema';
import { SEEDS } from './helpers';
import { freshDatabase, postgres, query } from './pg';
import { assertWhole, assertWordCounts, pushOptions, pushTo } from './archive-helpers';

/** `n` sources made from the seeds, each with a line of its own so no two are the same. */
function sources(n: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citedesk-faults-'));
  const seeds = fs.readdirSync(SEEDS).sort().map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, `part${i % 4}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `story-${String(i).padStart(4, '0')}.txt`), `${seeds[i % seeds.length]}\n\n“Copy number ${i} of this story,” said archivist Mara Quill.\n`);
  }
  return dir;
}

const read = (p: string) => fs.readFileSync(p);

describe('archive push when things go wrong', function () {
  this.timeout(300_000);
  let dir: string;
  before(() => {
    dir = sources(600);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the server dies mid-push: no half-written article, and the next push completes it', async () => {
    const server = await postgres();
    const url = await freshDatabase();
    const c = await connect(url);
    const pushing = push(c, [dir], pushOptions({ batchArticles: 25 }));
    // Once some batches are in, the server goes down hard (immediate shutdown).
    for (;;) {
      const [{ n }] = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM citedesk.articles');
      if (n >= 50) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await server.crash();
    await assert.rejects(pushing, (e: ArchiveError) => e instanceof ArchiveError && /went away|lost the connection/.test(e.message) && /push again to finish/.test(e.message));
    await c.end().catch(() => undefined);
    await server.restart();
    const kept = await assertWhole(url, read);
    assert.ok(kept > 0 && kept < 600, `some batches were in, not all (${kept})`);
    const again = await pushTo(url, [dir]);
    assert.strictEqual(again.failed, 0);
    assert.strictEqual(again.pushed + again.unchanged, 600);
    assert.strictEqual(again.unchanged, kept, 'what was in before is not pushed again');
    assert.strictEqual(await assertWhole(url, read), 600);
    await assertWordCounts(url);
  });

  it('a full disk: a clear message, nothing half-written, and the push completes once there is room', async function () {
    const server = await postgres();
    const mnt = path.join(server.root, 'tiny');
    fs.mkdirSync(mnt);
    const owner = process.getuid?.() === 0 ? ['uid=' + idOf('-u'), 'gid=' + idOf('-g')] : [];
    const m = spawnSync('mount', ['-t', 'tmpfs', '-o', ['size=3m', 'mode=0700', ...owner].join(','), 'tmpfs', mnt], { encoding: 'utf8' });
    assert.strictEqual(m.status, 0, `a full disk is simulated with a 3 MB tmpfs, which needs root to mount: ${m.stderr}`);
    const url = await freshDatabase(false);
    const db = new URL(url).pathname.slice(1);
    try {
      await server.sql('postgres', `CREATE TABLESPACE tiny LOCATION '${mnt}'`);
      await server.sql('postgres', `ALTER DATABASE "${db}" SET default_tablespace = tiny`);
      const c = await connect(url);
      try {
        await initSchema(c, 'test');
        await assert.rejects(push(c, [dir], pushOptions({ batchArticles: 25 })), (e: ArchiveError) => e.code === '53100' && /disk is full/.test(e.message) && /Nothing half-written was kept/.test(e.message));
      } finally {
        await c.end();
      }
      const kept = await assertWhole(url, read);
      assert.ok(kept < 600, `the disk filled before the end (${kept} in)`);
      // Room again: the same push finishes the work.
      assert.strictEqual(spawnSync('mount', ['-o', 'remount,size=256m', mnt]).status, 0);
      const again = await pushTo(url, [dir]);
      assert.strictEqual(again.pushed + again.unchanged, 600);
      assert.strictEqual(await assertWhole(url, read), 600);
      await assertWordCounts(url);
    } finally {
      await server.sql('postgres', `DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
      await server.sql('postgres', 'DROP TABLESPACE IF EXISTS tiny');
      spawnSync('umount', [mnt]);
    }
  });

  it('two reporters pushing the same sources at once do not corrupt each other', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([pushTo(url, [dir], { batchArticles: 20, workers: 1 }), pushTo(url, [path.join(dir, 'part1'), path.join(dir, 'part2')], { batchArticles: 15, workers: 1 })]);
    assert.strictEqual(a.failed + b.failed, 0);
    // Each file was written once; the other pusher found it already there.
    assert.strictEqual(a.pushed + a.unchanged, 600);
    assert.strictEqual(b.pushed + b.unchanged, 300);
    assert.strictEqual(a.pushed + b.pushed, 600);
    assert.strictEqual(await assertWhole(url, read), 600);
    await assertWordCounts(url);
    const [thayer] = await query<{ articles: number }>(url, `SELECT articles FROM citedesk.people WHERE key = 'mara quill'`);
    assert.strictEqual(thayer.articles, 600);
  });

  it('a source that cannot be read is reported, and the rest are pushed', async () => {
    const url = await freshDatabase();
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'citedesk-bad-'));
    try {
      fs.copyFileSync(path.join(SEEDS, fs.readdirSync(SEEDS)[0]), path.join(bad, 'good.txt'));
      fs.writeFileSync(path.join(bad, 'huge.txt'), 'x'.repeat(2 * 1024 * 1024));
      fs.symlinkSync(path.join(bad, 'nowhere.txt'), path.join(bad, 'dangling.txt'));
      const problems: string[] = [];
      const r = await pushTo(url, [bad], { maxBytes: 1024 * 1024, onProblem: (p) => problems.push(`${path.basename(p.path)}: ${p.message}`) });
      assert.deepStrictEqual({ ...r, ms: 0 }, { pushed: 1, unchanged: 0, removed: 0, failed: 2, ms: 0 });
      assert.deepStrictEqual(problems.sort(), ['dangling.txt: no such file or folder', 'huge.txt: larger than 1 MB (2.0 MB); skipped']);
      // A folder that is not there at all prunes nothing (a typo must not empty the archive).
      const gone = await pushTo(url, [path.join(bad, 'no-such-folder')], { prune: true });
      assert.deepStrictEqual({ ...gone, ms: 0 }, { pushed: 0, unchanged: 0, removed: 0, failed: 1, ms: 0 });
      assert.strictEqual(await assertWhole(url, read), 1);
    } finally {
      fs.rmSync(bad, { recursive: true, force: true });
    }
  });
});

function idOf(flag: '-u' | '-g'): string {
  return spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim();
}
