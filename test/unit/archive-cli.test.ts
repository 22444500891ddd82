// The command line's archive commands (dist/cli.js) against a real PostgreSQL: their output
// contracts, CITEDESK_DB, and a plain message with exit code 3 when the archive cannot do it.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, SEEDS } from './helpers';
import { freshDatabase, query } from './pg';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CITEDESK_DB: '', ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('command-line tool: the archive', function () {
  this.timeout(120_000);
  let url: string;
  let work: string;
  before(async () => {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    url = await freshDatabase(false);
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'citedesk-cli-archive-'));
    fs.cpSync(SEEDS, path.join(work, 'wire'), { recursive: true });
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('archive init creates the schema and says which roles to grant', () => {
    const r = run(['archive', 'init', '--db', url]);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /schema migrated from version 0 to 1/);
    assert.match(r.out, /citedesk_reader \(read-only/);
    assert.ok(!r.out.includes(new URL(url).password), 'the password is never printed');
    const again = run(['archive', 'init', '--json'], { CITEDESK_DB: url });
    assert.deepStrictEqual(JSON.parse(again.out), { from: 1, to: 1, applied: [], roles: ['citedesk_reader', 'citedesk_writer'] });
  });

  it('archive push --json prints {pushed, unchanged, removed, failed, ms}, and pushes only what changed', () => {
    const r = run(['archive', 'push', 'wire', '--json', '--workers', '2'], { CITEDESK_DB: url }, work);
    assert.strictEqual(r.code, 0, r.err);
    const doc = JSON.parse(r.out);
    assert.deepStrictEqual(Object.keys(doc), ['pushed', 'unchanged', 'removed', 'failed', 'ms']);
    assert.deepStrictEqual({ ...doc, ms: 0 }, { pushed: 5, unchanged: 0, removed: 0, failed: 0, ms: 0 });
    fs.rmSync(path.join(work, 'wire', fs.readdirSync(path.join(work, 'wire')).sort()[4]));
    const again = JSON.parse(run(['archive', 'push', 'wire', '--json', '--prune', '--db', url], {}, work).out);
    assert.deepStrictEqual({ ...again, ms: 0 }, { pushed: 0, unchanged: 4, removed: 1, failed: 0, ms: 0 });
    const plain = run(['archive', 'push', 'wire', '--db', url], {}, work);
    assert.match(plain.out, /^Pushed 0 articles to postgres:\/\/citedesk_admin:\*\*\*@127\.0\.0\.1:\d+\/\S+ in [\d.]+ s: 4 unchanged, 0 removed, 0 failed\.\n$/);
  });

  it('search --db keeps the search contract, the archive alone or after local sources', () => {
    const r = run(['search', '--db', url, '--limit', '3', '--json', 'shorring up econmic ties'], {}, work);
    assert.strictEqual(r.code, 0, r.err);
    const doc = JSON.parse(r.out);
    assert.deepStrictEqual(Object.keys(doc.index), ['articles', 'quotes', 'ms']);
    assert.strictEqual(doc.index.articles, 4);
    const [hit] = doc.queries[0].results;
    assert.deepStrictEqual(Object.keys(hit), ['kind', 'text', 'speaker', 'path', 'line', 'score']);
    assert.strictEqual(hit.speaker, 'Carl Thayer');
    assert.match(hit.path, /^wire\//);
    // With --sources too: the local copy of an article stands for the archived one.
    const both = JSON.parse(run(['search', '--db', url, '--sources', 'wire', '--limit', '3', '--json', 'shorring up econmic ties'], {}, work).out);
    assert.strictEqual(both.index.articles, 4 + 4);
    assert.deepStrictEqual(both.queries[0].results[0], hit);
    const text = run(['search', '--limit', '1', 'shorring up econmic ties'], { CITEDESK_DB: url }, work);
    assert.match(text.out, /Carl Thayer {2}wire\/\S+:46 \(archive\)/);
  });

  it('check --db keeps the check contract and exit codes', () => {
    const draft = path.join(work, 'draft.md');
    fs.writeFileSync(draft, '“The main issues relate to shoring up economic and trade ties, including arms sales,” said Carl Thayer.\n');
    const r = run(['check', 'draft.md', '--db', url, '--json'], {}, work);
    assert.strictEqual(r.code, 1, r.err);
    const [f] = JSON.parse(r.out).findings;
    assert.deepStrictEqual(Object.keys(f), ['text', 'line', 'character', 'status', 'speaker', 'draftSpeaker', 'source', 'changes', 'message']);
    assert.strictEqual(f.status, 'misquote');
    assert.deepStrictEqual(Object.keys(f.source), ['path', 'title', 'outlet', 'published', 'line', 'speaker', 'text']);
    assert.match(f.source.path, /^wire\//);
    fs.writeFileSync(draft, '“The main issues relate to shoring up economic and commercial ties, including arms sales,” said Carl Thayer.\n');
    assert.strictEqual(run(['check', 'draft.md', '--json'], { CITEDESK_DB: url }, work).code, 0);
    assert.match(run(['ledger', 'draft.md', '--db', url], {}, work).out, /\| verified \| Carl Thayer \|/);
  });

  it('says what went wrong, exit 3: wrong password, nothing listening, a newer schema', async () => {
    const wrong = new URL(url);
    wrong.password = 'not-the-password';
    const r = run(['archive', 'push', 'wire', '--db', wrong.toString()], {}, work);
    assert.strictEqual(r.code, 3);
    assert.match(r.err, /^citedesk: the archive database \S+ on 127\.0\.0\.1:\d+ refused the password for user citedesk_admin/);
    assert.ok(!r.err.includes('not-the-password'));
    const down = new URL(url);
    down.port = '1';
    assert.match(run(['search', '--db', down.toString(), 'x']).err, /cannot reach the archive database .* connection was refused/);
    await query(url, "INSERT INTO citedesk.schema_version (version, by_citedesk) VALUES (2, 'later')");
    const newer = run(['check', 'draft.md', '--db', url], {}, work);
    assert.strictEqual(newer.code, 3);
    assert.match(newer.err, /schema is version 2, newer than this Citedesk knows \(1\): update Citedesk/);
    assert.strictEqual(run(['archive', 'init', '--db', url]).code, 3);
  });

  it('bad archive arguments print usage and exit 2', () => {
    for (const args of [['archive'], ['archive', 'frob'], ['archive', 'push', '--db', url], ['archive', 'push', 'wire'], ['archive', 'init'], ['archive', 'push', 'x', '--workers', '0', '--db', url]]) {
      const r = run(args, {}, work);
      assert.strictEqual(r.code, 2, args.join(' ') + r.err);
      assert.match(r.err, /Usage:/);
    }
  });
});
