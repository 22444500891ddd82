/**
 * The archive on PostgreSQL, measured: push throughput by worker count, database size, search
 * latency and recall@5 against the local index on the same queries, checking a 30-quote draft
 * against the whole archive, and re-pushing an unchanged archive. On the BBC corpus, the 10x
 * archive and a 100x archive (222,500 articles) synthesised as `npm run bench` does.
 *
 *   npm run bench:archive [-- --no-100x] [-- --queries N]
 *
 * Starts its own PostgreSQL (test/harness/postgres.ts) on 127.0.0.1 and stops it by process id.
 * Writes bench/results/archive.json. Skips everything when ../shared is absent.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../src/core/corpus/corpus';
import { parseArticle } from '../src/core/reading/article';
import { SearchIndex } from '../src/core/search/search';
import { verifyAgainst } from '../src/core/verification/verify';
import { openArchive, type Archive } from '../src/archive/client';
import { connect } from '../src/archive/db';
import { push } from '../src/archive/push';
import { archiveQuotes } from '../src/archive/quotes';
import { initArchive } from '../src/archive/schema';
import { startPostgres, type PgServer } from '../test/harness/postgres';
import { makeProbes, rng, type Probe } from '../eval/probes';
import { BBC, ROOT, listSources, synthesiseArchive, tempDir } from './corpora';
import { fmtMs, machine, median, now, queryFigures, type QueryFigures } from './stats';

type Json = Record<string, unknown>;

const WORKER = path.join(ROOT, 'dist', 'push-worker.js');
const PROBE_SEED = 42;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function log(s: string): void {
  process.stderr.write(s + '\n');
}

/** A database holding nothing but the archive's schema. */
async function freshArchive(pg: PgServer, name: string): Promise<string> {
  const url = await pg.createDatabase(name);
  await initArchive(url, 'bench');
  return url;
}

/** Pushes `dir` (paths recorded relative to it, as the local bench names them). */
async function pushDir(url: string, dir: string, workers: number): Promise<Json> {
  const cwd = process.cwd();
  process.chdir(dir);
  const c = await connect(url);
  try {
    const t0 = now();
    const r = await push(c, ['.'], { reader: 'bench', workers, workerFile: WORKER });
    const ms = now() - t0;
    return { ...r, ms, articlesPerSecond: (r.pushed / ms) * 1000 };
  } finally {
    await c.end();
    process.chdir(cwd);
  }
}

async function dbSize(pg: PgServer, url: string): Promise<number> {
  const [{ bytes }] = (await pg.sql('postgres', 'SELECT pg_database_size($1)::bigint AS bytes', [new URL(url).pathname.slice(1)])).rows as { bytes: string }[];
  return Number(bytes);
}

async function timeQueries(search: (q: string) => Promise<{ path: string | null }[]>, probes: Probe[]): Promise<QueryFigures> {
  const runs: { ms: number; paths: (string | null)[] }[] = [];
  for (const p of probes) {
    const t = now();
    const res = await search(p.query);
    runs.push({ ms: now() - t, paths: res.slice(0, 5).map((h) => h.path) });
  }
  return queryFigures(probes, runs);
}

/** A 30-quote draft from the BBC sources: two in three quoted right, every third with a word changed. */
function draftOf(corpus: Corpus, n = 30): string {
  const r = rng(7);
  const speech = corpus.articles.flatMap((a) => a.quotes.filter((q) => q.kind === 'speech' && q.text.split(' ').length >= 8 && q.personIndex !== null).map((q) => ({ q, a })));
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const { q, a } = speech[Math.floor(r() * speech.length)];
    const words = q.text.split(' ');
    if (i % 3 === 2) words[Math.floor(words.length / 2)] = 'reportedly';
    out.push(`“${words.join(' ')}” said ${corpus.speakerOf(q, a)}.`);
  }
  return out.join('\n\n') + '\n';
}

async function measureCheck(archive: Archive, draft: string): Promise<Json> {
  const runs: number[] = [];
  let statuses: Record<string, number> = {};
  for (let i = 0; i < 3; i++) {
    const t0 = now();
    const parsed = parseArticle('draft.md', draft, { draft: true });
    const findings = verifyAgainst(draft, await archiveQuotes(archive.search, parsed), { draftPath: 'draft.md', parsed });
    runs.push(now() - t0);
    statuses = {};
    for (const f of findings) statuses[f.status] = (statuses[f.status] ?? 0) + 1;
  }
  return { medianMs: median(runs), runsMs: runs, statuses };
}

async function searchFigures(url: string, probes: Probe[], warm: Probe[]): Promise<QueryFigures> {
  const archive = await openArchive(url, { readOnly: true });
  try {
    for (const p of warm) await archive.search.search(p.query, { limit: 10 });
    return await timeQueries((q) => archive.search.search(q, { limit: 10 }), probes);
  } finally {
    await archive.close();
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(BBC)) {
    log(`skipped: ${BBC} not found`);
    return;
  }
  log('bundle: node esbuild.js --production (the push worker and the editor)');
  const b = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js'), '--production'], { cwd: ROOT, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`production build failed:\n${b.stderr}`);
  const results: Json = { date: new Date().toISOString(), machine: machine() };
  const activation = spawnSync(process.execPath, ['--expose-gc', path.join(ROOT, 'out', 'bench', 'bench.js'), '--child', 'activation'], { encoding: 'utf8' });
  results.activation = activation.status === 0 ? JSON.parse(activation.stdout.trim().split('\n').pop()!) : { error: activation.stderr.split('\n')[0] };
  results.extensionBytes = fs.statSync(path.join(ROOT, 'dist', 'extension.js')).size;

  const pg = await startPostgres({ settings: { shared_buffers: '1GB', max_wal_size: '8GB', checkpoint_timeout: '30min', work_mem: '16MB', maintenance_work_mem: '256MB' } });
  const dirs: string[] = [];
  try {
    const queries = Number(arg('--queries') ?? 60);
    // The local index over BBC: the queries, their recall, and the draft.
    const corpus = new Corpus();
    for (const f of listSources(BBC)) corpus.upsert(f.rel, fs.readFileSync(f.abs));
    const index = new SearchIndex(corpus);
    index.sync();
    const probes = makeProbes(corpus, queries, PROBE_SEED);
    const warm = makeProbes(corpus, 20, 7);
    for (const p of warm) index.search(p.query, { limit: 10 });
    const local = await timeQueries(async (q) => index.search(q, { limit: 10 }), probes);
    const draft = draftOf(corpus);

    // BBC: push by worker count (each into an empty archive), then re-push unchanged.
    const bbc: Json = { articles: corpus.size };
    const byWorkers: Json = {};
    let bbcUrl = '';
    for (const w of [1, 2, 4]) {
      log(`BBC: push with ${w} worker${w === 1 ? '' : 's'}`);
      const url = await freshArchive(pg, `bbc_w${w}`);
      byWorkers[w] = await pushDir(url, BBC, w);
      if (w === 2) bbcUrl = url;
      else await pg.sql('postgres', `DROP DATABASE bbc_w${w} WITH (FORCE)`);
    }
    bbc.push = byWorkers;
    log('BBC: re-push unchanged');
    bbc.repush = await pushDir(bbcUrl, BBC, 2);
    bbc.repushSpeedup = (byWorkers['2'] as Json).ms as number / ((bbc.repush as Json).ms as number);
    bbc.bytes = await dbSize(pg, bbcUrl);
    log('BBC: search');
    bbc.search = await searchFigures(bbcUrl, probes, warm);
    bbc.localSearch = local;
    log('BBC: check a 30-quote draft');
    const a = await openArchive(bbcUrl);
    bbc.check = await measureCheck(a, draft);
    await a.close();
    results.bbc = bbc;
    save(results);

    for (const copies of process.argv.includes('--no-100x') ? [10] : [10, 100]) {
      const name = `archive${copies}x`;
      const dir = tempDir(`citedesk-${name}-`);
      dirs.push(dir);
      log(`${copies}x: synthesising ${copies} perturbed copies of the BBC corpus`);
      const files = synthesiseArchive(BBC, dir, copies);
      const url = await freshArchive(pg, name);
      log(`${copies}x: push (${files} files, 2 workers)`);
      const first = await pushDir(url, dir, 2);
      log(`${copies}x: re-push unchanged`);
      const repush = await pushDir(url, dir, 2);
      log(`${copies}x: search, check`);
      await pg.sql(new URL(url).pathname.slice(1), 'VACUUM ANALYZE');
      const search = await searchFigures(url, probes.map((p) => ({ ...p, path: `copy00/${p.path}` })), warm);
      const arch = await openArchive(url);
      const check = await measureCheck(arch, draft);
      await arch.close();
      results[name] = { files, push: first, repush, bytes: await dbSize(pg, url), search, check };
      save(results);
      await pg.sql('postgres', `DROP DATABASE ${name} WITH (FORCE)`);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await pg.stop();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  }
  save(results);
  print(results);
}

/** Written after each corpus, so that a long run cut short keeps what it measured. */
function save(results: Json): void {
  const outDir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'archive.json'), JSON.stringify(results, null, 2) + '\n');
}

function get(o: unknown, ...keys: (string | number)[]): number {
  let x = o as Record<string, unknown> | undefined;
  for (const k of keys) x = x?.[k] as Record<string, unknown> | undefined;
  return typeof x === 'number' ? x : NaN;
}

function print(r: Json): void {
  const m = r.machine as ReturnType<typeof machine>;
  const rows: string[][] = [];
  const cols = ['bbc', 'archive10x', 'archive100x'];
  const add = (what: string, f: (c: unknown) => string, target = '') => rows.push([what, ...cols.map((k) => (r[k] ? f(r[k]) : '-')), target]);
  const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
  add('articles', (c) => String(get(c, 'articles') || get(c, 'files')));
  add('push, 1 worker: articles/s', (c) => (get(c, 'push', '1', 'articlesPerSecond') ? get(c, 'push', '1', 'articlesPerSecond').toFixed(0) : '-'), '>= 300');
  add('push, 2 workers: articles/s (time)', (c) => {
    const p = (c as Json).push as Json;
    const two = (p['2'] ?? p) as Json;
    return `${(two.articlesPerSecond as number).toFixed(0)} (${fmtMs(two.ms as number)})`;
  }, '>= 300');
  add('push, 4 workers: articles/s', (c) => (get(c, 'push', '4', 'articlesPerSecond') ? get(c, 'push', '4', 'articlesPerSecond').toFixed(0) : '-'));
  add('re-push unchanged', (c) => fmtMs(get(c, 'repush', 'ms')), '');
  add('  first push / re-push', (c) => {
    const p = (c as Json).push as Json;
    const two = (p['2'] ?? p) as Json;
    return `${((two.ms as number) / get(c, 'repush', 'ms')).toFixed(0)}x`;
  }, '>= 20x (BBC)');
  add('database size', (c) => mb(get(c, 'bytes')));
  add('search median / p95 (archive)', (c) => `${fmtMs(get(c, 'search', 'medianMs'))} / ${fmtMs(get(c, 'search', 'p95Ms'))}`, 'p95 <= 100 ms (100x)');
  add('search recall@5 (any copy)', (c) => `${(get(c, 'search', 'recall5') * 100).toFixed(1)}% (${(get(c, 'search', 'recall5AnyCopy') * 100).toFixed(1)}%)`, '= local (BBC)');
  add('local index, same queries: median / p95; recall@5', (c) => (get(c, 'localSearch', 'medianMs') ? `${fmtMs(get(c, 'localSearch', 'medianMs'))} / ${fmtMs(get(c, 'localSearch', 'p95Ms'))}; ${(get(c, 'localSearch', 'recall5') * 100).toFixed(1)}%` : '-'));
  add('check a 30-quote draft (median of 3)', (c) => fmtMs(get(c, 'check', 'medianMs')), '<= 2 s (100x)');
  console.log(`Citedesk archive benchmarks — ${m.cpu}, ${m.cores} cores, ${m.ramGB} GB RAM, Node ${m.node}, ${m.platform}; PostgreSQL 15`);
  const head = ['', 'BBC', '10x', '100x', 'target'];
  const w = head.map((_, i) => Math.max(...[head, ...rows].map((row) => row[i].length)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  console.log(line(head));
  for (const row of rows) console.log(line(row));
  console.log(`activation: load + activate dist/extension.js ${fmtMs(get(r, 'activation', 'totalMs'))}; dist/extension.js ${(get(r, 'extensionBytes') / 1024).toFixed(1)} KB`);
  console.log('\nWritten to bench/results/archive.json');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
