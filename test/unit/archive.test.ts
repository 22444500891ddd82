// The archive's SQL layer against a real PostgreSQL (test/harness/postgres.ts): schema and roles,
// push, search ranked as the local index ranks, verification, people, and hostile text.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Corpus } from '../../src/core/corpus/corpus';
import { parseArticle } from '../../src/core/reading/article';
import { SearchIndex } from '../../src/core/search/search';
import { combinedQuotes, localQuotes } from '../../src/core/verification/quote-source';
import { verifyAgainst, verifyDraft, type Finding } from '../../src/core/verification/verify';
import { openArchive, type Archive } from '../../src/archive/client';
import { ArchiveError, connect } from '../../src/archive/db';
import { push } from '../../src/archive/push';
import { archiveQuotes } from '../../src/archive/quotes';
import { initSchema, SCHEMA_VERSION } from '../../src/archive/schema';
import { loadCorpus } from '../../src/node/load';
import { ROOT, SEEDS } from './helpers';
import { freshDatabase, postgres, query } from './pg';
import { assertWhole, assertWordCounts, pushOptions, pushTo } from './archive-helpers';

function copySeeds(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citedesk-archive-'));
  for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, f));
  return dir;
}

const QUERIES = ['shorring up econmic ties', 'Parameswaran isolated Asia', 'bamboo diplomacy', 'Putin', 'Thayer arms', 'visit vietnam', 'strategic partnership', 'embassy statement normalise', 'no country should give putin a platfrom', 'Le Thu same side of histroy', 'xyzzy'];

describe('archive on PostgreSQL: schema, push and search', function () {
  this.timeout(120_000);
  let url: string;
  let archive: Archive;
  let dir: string;
  const corpus = new Corpus();
  let index: SearchIndex;

  before(async () => {
    dir = copySeeds();
    url = await freshDatabase();
    const r = await pushTo(url, [dir]);
    assert.deepStrictEqual({ ...r, ms: 0 }, { pushed: 5, unchanged: 0, removed: 0, failed: 0, ms: 0 });
    archive = await openArchive(url);
    for (const a of loadCorpus([dir]).corpus.articles) corpus.put(a);
    index = new SearchIndex(corpus);
    index.sync();
  });
  after(async () => {
    await archive?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('init makes the schema at the current version, twice without harm, and the two roles', async () => {
    const c = await connect(url);
    try {
      const again = await initSchema(c, 'test');
      assert.deepStrictEqual(again, { from: SCHEMA_VERSION, to: SCHEMA_VERSION, applied: [], roles: ['citedesk_reader', 'citedesk_writer'] });
    } finally {
      await c.end();
    }
    const roles = await query<{ rolname: string; rolcanlogin: boolean }>(url, `SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname IN ('citedesk_reader', 'citedesk_writer') ORDER BY 1`);
    assert.deepStrictEqual(roles, [
      { rolname: 'citedesk_reader', rolcanlogin: false },
      { rolname: 'citedesk_writer', rolcanlogin: false },
    ]);
    const grants = await query<{ privilege_type: string }>(url, `SELECT DISTINCT privilege_type FROM information_schema.role_table_grants WHERE grantee = 'citedesk_reader' AND table_schema = 'citedesk'`);
    assert.deepStrictEqual(grants.map((g) => g.privilege_type), ['SELECT']);
  });

  it('stores every article, quote, person and passage the parse gives', async () => {
    const [counts] = await query<Record<string, number>>(url, `SELECT (SELECT count(*)::int FROM citedesk.articles) a, (SELECT count(*)::int FROM citedesk.quotes) q, (SELECT count(*)::int FROM citedesk.passages) p`);
    assert.deepStrictEqual(counts, { a: 5, q: corpus.quoteCount, p: index.documentCount - corpus.people.length });
    const [q] = await query(url, `SELECT q.text, q.kind, q.speaker, q.role, q.cue, q.via, q.locator, q.line, q."character" FROM citedesk.quotes q JOIN citedesk.articles a ON a.id = q.article_id WHERE q.text LIKE 'The main issues relate%'`);
    assert.deepStrictEqual(q, { text: 'The main issues relate to shoring up economic and commercial ties, including arms sales.', kind: 'speech', speaker: 'Carl Thayer', role: 'a senior expert on Vietnam security at the Australian Defence Force Academy in Canberra', cue: 'stated', via: null, locator: null, line: 45, character: 114 });
    await assertWordCounts(url);
    await assertWhole(url, (p) => fs.readFileSync(p));
  });

  it('merges people across articles, with their aliases and roles', async () => {
    const [thayer] = await archive.search.findPeople('Thayer');
    assert.strictEqual(thayer.name, 'Carl Thayer');
    assert.strictEqual(thayer.articleCount, 2);
    assert.strictEqual(thayer.quoteCount, 2);
    assert.ok(thayer.roles.some((r) => /Vietnam security/.test(r)), thayer.roles.join('; '));
    assert.deepStrictEqual((await archive.search.findPeople('Mr Parameswaran')).map((p) => p.name), ['Prashanth Parameswaran']);
    assert.deepStrictEqual(await archive.search.findPeople('Nobody Atall'), []);
  });

  it('ranks quotes and passages exactly as the local search does', async () => {
    for (const q of QUERIES) {
      const local = index.search(q, { limit: 10, kinds: ['quote', 'passage'] }).map((h) => [h.kind, h.path, h.line, h.speaker, h.score]);
      const remote = (await archive.search.search(q, { limit: 10, kinds: ['quote', 'passage'] })).map((h) => [h.kind, h.path, h.line, h.speaker, h.score]);
      assert.deepStrictEqual(remote, local, q);
    }
    const hits = await archive.search.search('Parameswaran isolated', { limit: 5 });
    assert.ok(hits.every((h) => h.archive === true));
    assert.ok(hits.some((h) => h.kind === 'person' && h.speaker === 'Prashanth Parameswaran'));
  });

  it('checks a draft against the archive as against the same sources held locally', async () => {
    const spec = JSON.parse(fs.readFileSync(path.join(ROOT, 'eval', 'verdicts.json'), 'utf8')) as { cases: { draft: string; verdict: string }[] };
    const draft = spec.cases.map((c) => c.draft).join('\n\n');
    const parsed = parseArticle('draft.md', draft, { draft: true });
    const shape = (fs: Finding[]) => fs.map((f) => ({ status: f.status, text: f.text, source: f.source && { path: f.source.path, line: f.source.line, speaker: f.source.speaker }, message: f.message, corroboration: f.corroboration.map((m) => m.path + ':' + m.line) }));
    const local = verifyDraft(draft, corpus, index, { draftPath: 'draft.md', parsed });
    const remote = verifyAgainst(draft, await archiveQuotes(archive.search, parsed), { draftPath: 'draft.md', parsed });
    assert.strictEqual(remote.length, spec.cases.length);
    assert.deepStrictEqual(shape(remote), shape(local));
    assert.deepStrictEqual(remote.map((f) => f.status), spec.cases.map((c) => c.verdict));
  });

  it('puts local sources first when both hold an article', async () => {
    const draft = '“The main issues relate to shoring up economic and commercial ties, including arms sales,” said Carl Thayer.';
    const parsed = parseArticle('d.md', draft, { draft: true });
    const both = combinedQuotes(localQuotes(corpus, index), await archiveQuotes(archive.search, parsed));
    const cands = both.candidates(parsed.quotes[0].text);
    const paths = cands.map((c) => c.article.path);
    assert.strictEqual(new Set(paths).size <= corpus.size, true);
    assert.ok(cands.every((c) => corpus.get(c.article.path)?.quotes.includes(c.quote as never)), 'every candidate is the local copy');
    const [f] = verifyAgainst(draft, both, { parsed });
    assert.strictEqual(f.status, 'verified');
  });

  it('re-pushes only what changed, and --prune removes what is gone', async () => {
    const again = await pushTo(url, [dir]);
    assert.deepStrictEqual({ ...again, ms: 0 }, { pushed: 0, unchanged: 5, removed: 0, failed: 0, ms: 0 });
    const [first] = fs.readdirSync(dir).sort();
    fs.appendFileSync(path.join(dir, first), '\n\n“A quote added later for the archive test,” said Carl Thayer.\n');
    const [second] = fs.readdirSync(dir).sort().slice(1);
    fs.rmSync(path.join(dir, second));
    const changed = await pushTo(url, [dir], { prune: true });
    assert.deepStrictEqual({ ...changed, ms: 0 }, { pushed: 1, unchanged: 3, removed: 1, failed: 0, ms: 0 });
    const n = await assertWhole(url, (p) => fs.readFileSync(p));
    assert.strictEqual(n, 4);
    await assertWordCounts(url);
    const hits = await archive.search.search('quote added later for the archive', { limit: 1, kinds: ['quote'] });
    assert.strictEqual(hits[0]?.speaker, 'Carl Thayer');
    const [thayer] = await archive.search.findPeople('Carl Thayer');
    assert.strictEqual(thayer.quoteCount, 3);
  });

  it('refuses a schema newer than this build, and changes nothing', async () => {
    const newer = await freshDatabase();
    await query(newer, 'INSERT INTO citedesk.schema_version (version, by_citedesk) VALUES ($1, $2)', [SCHEMA_VERSION + 1, 'a later Citedesk']);
    const c = await connect(newer);
    try {
      await assert.rejects(initSchema(c, 'test'), (e: ArchiveError) => e.code === 'SCHEMA_NEWER' && /version 2, newer than this Citedesk knows \(1\): update Citedesk/.test(e.message));
      await assert.rejects(push(c, [dir], pushOptions()), /newer than this Citedesk knows/);
    } finally {
      await c.end();
    }
    await assert.rejects(openArchive(newer), /newer than this Citedesk knows/);
    assert.deepStrictEqual(await query(newer, 'SELECT count(*)::int AS n FROM citedesk.articles'), [{ n: 0 }]);
    await assert.rejects(openArchive(await freshDatabase(false)), /holds no Citedesk archive yet: run citedesk archive init/);
  });
});

describe('archive on PostgreSQL: roles, passwords and hostile text', function () {
  this.timeout(120_000);
  let url: string;
  let dir: string;
  before(async () => {
    url = await freshDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citedesk-hostile-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lets an editor read and never write; a pusher write', async () => {
    const s = await postgres();
    for (const [user, role] of [['editor_test', 'citedesk_reader'], ['pusher_test', 'citedesk_writer']]) {
      await s.sql('postgres', `DROP ROLE IF EXISTS ${user}`);
      await s.sql('postgres', `CREATE ROLE ${user} LOGIN PASSWORD 'secret-${user}' IN ROLE ${role}`);
    }
    const db = new URL(url).pathname.slice(1);
    const editor = s.url(db, 'editor_test', 'secret-editor_test');
    const pusher = s.url(db, 'pusher_test', 'secret-pusher_test');
    fs.copyFileSync(path.join(SEEDS, fs.readdirSync(SEEDS)[0]), path.join(dir, 'one.txt'));
    await assert.rejects(pushTo(editor, [dir]), (e: ArchiveError) => e.code === '42501' && /may not do that.*citedesk_writer/.test(e.message));
    const r = await pushTo(pusher, [dir]);
    assert.strictEqual(r.pushed, 1);
    const a = await openArchive(editor);
    try {
      assert.ok((await a.search.search('Putin Vietnam', { limit: 3 })).length > 0);
    } finally {
      await a.close();
    }
    await assert.rejects(connect(pusher.replace('secret-pusher_test', 'wrong')), (e: ArchiveError) => e.code === '28P01' && /refused the password for user pusher_test/.test(e.message) && !/wrong/.test(e.message));
    const noPassword = new URL(pusher);
    noPassword.password = '';
    const saved = process.env.PGPASSWORD;
    delete process.env.PGPASSWORD;
    try {
      await assert.rejects(connect(noPassword.toString()), (e: ArchiveError) => /asks for a password for user pusher_test: in the editor run "Citedesk: Set Archive Password"/.test(e.message));
    } finally {
      if (saved !== undefined) process.env.PGPASSWORD = saved;
    }
  });

  it('says plainly when the server cannot be reached or the URL is not one', async () => {
    const { freePort } = await import('../harness/postgres');
    const port = await freePort();
    await assert.rejects(connect(`postgres://nobody:pw@127.0.0.1:${port}/archive`), (e: ArchiveError) => /cannot reach the archive database archive on 127\.0\.0\.1:\d+: the connection was refused/.test(e.message));
    await assert.rejects(connect('mysql://host/db'), /not a PostgreSQL URL/);
    await assert.rejects(connect('postgres://host'), /names no database/);
  });

  it('keeps a source\'s text as text: SQL, tsquery syntax, backslashes, NUL and broken surrogates', async () => {
    const nasty = [
      "Robert'); DROP TABLE citedesk.articles; --",
      'Hostile Text Test',
      '',
      `"It's a 'test' & !that | works:* \\\\ really," said Dana O'Brien-Smith, a spokeswoman.`,
      '"Nul\u0000byte and lone \ud800 surrogate here, quoted," said Dana O\'Brien-Smith.',
      "'; SELECT pg_sleep(10); -- said nobody",
    ].join('\n');
    const own = path.join(dir, 'hostile');
    fs.mkdirSync(own);
    fs.writeFileSync(path.join(own, "o'brien; drop table.txt"), nasty);
    const r = await pushTo(url, [own]);
    assert.strictEqual(r.failed, 0);
    const a = await openArchive(url);
    try {
      for (const q of ["'); DROP TABLE citedesk.articles; --", 'test & !that | works:*', '\\\\ really', "O'Brien", 'nul byte surrogate', "' OR 1=1 --"]) {
        await a.search.search(q, { limit: 5 });
        await a.search.findPeople(q);
      }
      const [hit] = await a.search.search('test that works really', { limit: 1, kinds: ['quote'] });
      assert.strictEqual(hit.text, "It's a 'test' & !that | works:* \\\\ really,");
      assert.strictEqual(hit.speaker, "Dana O'Brien-Smith");
      const stored = await a.search.article(hit.path!);
      assert.strictEqual(stored?.text.length, nasty.length, 'one character for one: offsets hold');
      assert.ok(stored?.text.includes('Nul\ufffdbyte and lone \ufffd surrogate'));
    } finally {
      await a.close();
    }
    assert.deepStrictEqual(await query(url, `SELECT count(*)::int AS n FROM citedesk.articles WHERE path LIKE '%drop table.txt'`), [{ n: 1 }]);
  });
});
