/**
 * Citedesk benchmarks: index build (cold and warm), search latency and recall against plain
 * fuse.js in the same run, hover look-ups, checking a 30-quote draft, activation and bundle size,
 * on the BBC corpus and a 10x archive synthesised from it. Prints a table and writes bench/results/latest.json.
 *
 *   npm run bench [-- --quick] [-- --no-archive] [-- --baseline-queries N] [-- --extension FILE]
 *
 * `--extension FILE` measures activation and size of another production bundle (another branch's).
 *
 * Each measurement runs in a fresh Node process (`--expose-gc`), so that memory figures and JIT
 * warm-up belong to that measurement alone. Skips the corpus figures when ../shared is absent.
 */
import { spawnSync } from 'child_process';
import * as nodeModule from 'module';
import * as fs from 'fs';
import * as path from 'path';
import Fuse from 'fuse.js';
import { Corpus } from '../src/core/corpus/corpus';
import { FIRST_ANSWER_POSTINGS, SearchIndex } from '../src/core/search/search';
import { makeProbes, type Probe } from '../eval/probes';
import { BBC, ROOT, listSources, synthesiseArchive, tempDir } from './corpora';
import { fmtMs, machine, median, now, peakRssMB, quantile, queryFigures, retainedMB, watchEventLoop, type QueryFigures } from './stats';
import { buildIndexInSlices } from '../src/core/search/slices';
import { openIndex } from '../src/node/load';
import { verifyDraft } from '../src/core/verification/verify';
import { makeDraft } from './draft';

type Json = Record<string, unknown>;

const QUERIES = 60;
/** Quotations in the draft checked against the corpus. */
const VERIFY_QUOTES = 30;
const PROBE_SEED = 42;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Measurements, each run in its own process.

function coldBuild(dir: string): { corpus: Corpus; index: SearchIndex; figures: Json } {
  const t0 = now();
  const files = listSources(dir).map((f) => ({ rel: f.rel, bytes: fs.readFileSync(f.abs) }));
  const t1 = now();
  const corpus = new Corpus();
  for (const f of files) corpus.upsert(f.rel, f.bytes);
  const t2 = now();
  corpus.index();
  const t3 = now();
  const index = new SearchIndex(corpus);
  index.sync();
  const t4 = now();
  return {
    corpus,
    index,
    figures: { articles: corpus.size, documents: index.documentCount, readMs: t1 - t0, parseMs: t2 - t1, peopleMs: t3 - t2, searchIndexMs: t4 - t3, totalMs: t4 - t0 },
  };
}

function measureCold(dir: string): Json {
  const { corpus, index, figures } = coldBuild(dir);
  const retained = retainedMB();
  // Keep both alive until measured.
  return { ...figures, retainedMB: retained, peakRssMB: peakRssMB(), people: corpus.people.length, alive: index.documentCount > 0 };
}

async function measureCacheWrite(dir: string, cacheDir: string): Promise<Json> {
  const t0 = now();
  const r = await openIndex([dir], { cacheDir, root: dir });
  await r.save();
  return { firstRunMs: now() - t0, ...r.stats, cacheBytes: dirBytes(cacheDir) };
}

async function measureWarm(dir: string, cacheDir: string): Promise<Json> {
  const t0 = now();
  const r = await openIndex([dir], { cacheDir, root: dir });
  await r.save();
  const ms = now() - t0;
  // A search proves the restored index is usable; its time is not part of the warm start.
  const hits = r.index.search('prime minister said', { limit: 5 }).length;
  return { warmMs: ms, ...r.stats, retainedMB: retainedMB(), peakRssMB: peakRssMB(), hits };
}

async function measureWarmOneChanged(dir: string, cacheDir: string): Promise<Json> {
  // Touch one file: size equal, modification time newer, so it alone is read and parsed again.
  const f = listSources(dir)[0].abs;
  const t = new Date(Date.now() + 1000);
  fs.utimesSync(f, t, t);
  const t0 = now();
  const r = await openIndex([dir], { cacheDir, root: dir });
  const t1 = now();
  await r.save();
  return { warmOneChangedMs: t1 - t0, rewriteMs: now() - t1, ...r.stats };
}

async function measureSliced(dir: string): Promise<Json> {
  const files = listSources(dir).map((f) => ({ path: f.rel, bytes: fs.readFileSync(f.abs) }));
  const corpus = new Corpus();
  const index = new SearchIndex(corpus);
  // A keystroke every 16 ms while the folder indexes: how late is each one handled?
  const lateness: number[] = [];
  let expected = now() + 16;
  const typing = setInterval(() => {
    const t = now();
    lateness.push(Math.max(0, t - expected));
    expected = t + 16;
  }, 16);
  const watch = watchEventLoop();
  const t0 = now();
  await buildIndexInSlices(corpus, index, files.map((f) => ({ path: f.path, content: f.bytes })), { budgetMs: 12 });
  const total = now() - t0;
  const maxBlock = watch.stop();
  clearInterval(typing);
  return { slicedTotalMs: total, maxBlockMs: maxBlock, keystrokeLatenessP95Ms: quantile(lateness, 0.95), keystrokeLatenessMaxMs: Math.max(0, ...lateness), documents: index.documentCount };
}

function timeQueries(search: (q: string) => { path: string | null }[], probes: Probe[]): QueryFigures {
  return queryFigures(
    probes,
    probes.map((p) => {
      const t = now();
      const res = search(p.query);
      return { ms: now() - t, paths: res.slice(0, 5).map((h) => h.path) };
    }),
  );
}

function measureSearch(dir: string, baselineQueries: number): Json {
  const { corpus, index } = coldBuild(dir);
  const probes = makeProbes(corpus, QUERIES, PROBE_SEED);
  // Warm the JIT on other queries, as a session that has been typing would be.
  for (const p of makeProbes(corpus, 20, 7)) index.search(p.query, { limit: 10 });
  const ours = timeQueries((q) => index.search(q, { limit: 10 }), probes);
  // The quick pick's first answer to a keystroke (a bounded walk of the postings), refined later
  // when it was cut short.
  let refined = 0;
  const first = timeQueries((q) => {
    const r = index.searchProgressive(q, { limit: 10, budget: FIRST_ANSWER_POSTINGS });
    if (!r.complete) refined++;
    return r.hits;
  }, probes);
  const out: Json = { ours, first: { ...first, refined } };
  if (baselineQueries > 0) {
    // Plain fuse.js: every sentence of the corpus handed to one Fuse instance, as citation tools do.
    const sentences: { text: string; path: string }[] = [];
    for (const a of corpus.articles) for (const s of a.sentences) sentences.push({ text: a.text.slice(s.start, s.end), path: a.path });
    const t0 = now();
    const fuse = new Fuse(sentences, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
    const buildMs = now() - t0;
    const subset = probes.slice(0, baselineQueries);
    const fuseFig = timeQueries((q) => fuse.search(q, { limit: 5 }).map((r) => r.item), subset);
    const oursSame = timeQueries((q) => index.search(q, { limit: 10 }), subset);
    out.fuse = { ...fuseFig, sentences: sentences.length, buildMs };
    out.oursOnBaselineQueries = oursSame;
    out.ratio = fuseFig.medianMs / oursSame.medianMs;
  }
  return out;
}

/**
 * Checking a 30-quote draft against the corpus once the index is built, as the editor does on
 * every change: the first check (cold code), then the median and worst of the next ten.
 */
function measureVerify(dir: string): Json {
  const { corpus, index } = coldBuild(dir);
  const draft = makeDraft(corpus, VERIFY_QUOTES, PROBE_SEED);
  let t = now();
  const findings = verifyDraft(draft, corpus, index, { draftPath: 'draft.md' });
  const firstMs = now() - t;
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    t = now();
    verifyDraft(draft, corpus, index, { draftPath: 'draft.md' });
    times.push(now() - t);
  }
  const statuses: Record<string, number> = {};
  for (const f of findings) statuses[f.status] = (statuses[f.status] ?? 0) + 1;
  return { quotes: VERIFY_QUOTES, findings: findings.length, statuses, firstMs, medianMs: median(times), maxMs: Math.max(...times) };
}

function measureHover(dir: string): Json {
  const { corpus } = coldBuild(dir);
  const forms: string[] = [];
  for (const p of corpus.people.slice(0, 400)) {
    forms.push(p.name, ...p.aliases.slice(0, 2), `President ${p.name}`, `Mr ${p.name.split(' ').pop()}`, p.name.toLowerCase() + 'x');
  }
  for (let i = 0; i < 50; i++) corpus.findPeople(forms[i % forms.length]);
  const times: number[] = [];
  for (const f of forms) {
    const t = now();
    corpus.findPeople(f);
    times.push(now() - t);
  }
  return { lookups: forms.length, medianMs: median(times), p95Ms: quantile(times, 0.95), maxMs: Math.max(...times) };
}

/**
 * A stand-in for the `vscode` module: any property, call or construction gives another stand-in,
 * so activation code that registers providers, commands and watchers runs without VS Code.
 */
function vscodeStandIn(): unknown {
  const cache = new Map<PropertyKey, unknown>();
  const target = function () {} as unknown as Record<PropertyKey, unknown>;
  const self: unknown = new Proxy(target, {
    get: (_t, name) => {
      if (name === 'then') return undefined; // not a promise
      if (name === Symbol.toPrimitive) return () => '';
      if (name === Symbol.iterator) return function* () {};
      if (name === 'dispose') return () => {};
      if (!cache.has(name)) cache.set(name, vscodeStandIn());
      return cache.get(name);
    },
    set: (_t, name, value) => {
      cache.set(name, value);
      return true;
    },
    apply: () => vscodeStandIn(),
    construct: () => vscodeStandIn() as object,
  });
  return self;
}

/**
 * The `vscode` module's stand-in: its names are those @types/vscode exports (a bundle copies a
 * module's own names when it imports it), each a stand-in as above.
 */
function vscodeModule(): unknown {
  const dts = fs.readFileSync(path.join(ROOT, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  const names = [...new Set([...dts.matchAll(/^\s*export (?:namespace|class|enum|const|let|function|interface|type) (\w+)/gm)].map((m) => m[1]))];
  const members = new Map(names.map((n) => [n, vscodeStandIn()] as const));
  return new Proxy({}, {
    ownKeys: () => names,
    getOwnPropertyDescriptor: (_t, k) => (members.has(k as string) ? { configurable: true, enumerable: true, value: members.get(k as string) } : undefined),
    get: (_t, k) => members.get(k as string),
  });
}

function measureActivation(file = path.join(ROOT, 'dist', 'extension.js')): Json {
  // Measures loading and activating our own code, not VS Code's extension host.
  const Module = nodeModule.createRequire(__filename)('module') as { _load: (req: string, parent: unknown, isMain: boolean) => unknown };
  const origLoad = Module._load;
  const vscode = vscodeModule();
  Module._load = (req, parent, isMain) => (req === 'vscode' ? vscode : origLoad(req, parent, isMain));
  const storage = tempDir('citedesk-act-');
  const uri = (p: string) => ({ fsPath: p, path: p, scheme: 'file', toString: () => `file://${p}` });
  const memento = { get: (_k: string, d?: unknown) => d, update: async () => {}, keys: () => [] };
  const context = { subscriptions: [] as unknown[], globalStorageUri: uri(storage), storageUri: uri(storage), extensionUri: uri(path.dirname(path.dirname(file))), extensionPath: path.dirname(path.dirname(file)), globalState: memento, workspaceState: memento, asAbsolutePath: (p: string) => path.join(path.dirname(path.dirname(file)), p) };
  const t0 = now();
  const ext = nodeModule.createRequire(__filename)(file) as { activate(c: unknown): unknown };
  const t1 = now();
  let error: string | null = null;
  try {
    ext.activate(context);
  } catch (e) {
    error = (e as Error).message;
  }
  const t2 = now();
  Module._load = origLoad;
  return { loadMs: t1 - t0, activateMs: t2 - t1, totalMs: t2 - t0, error };
}

function dirBytes(d: string): number {
  let n = 0;
  for (const e of fs.readdirSync(d, { withFileTypes: true })) n += e.isDirectory() ? dirBytes(path.join(d, e.name)) : fs.statSync(path.join(d, e.name)).size;
  return n;
}

async function child(what: string): Promise<Json> {
  const dir = arg('--corpus') ?? '';
  const cache = arg('--cache') ?? '';
  switch (what) {
    case 'cold':
      return measureCold(dir);
    case 'cache-write':
      return measureCacheWrite(dir, cache);
    case 'warm':
      return measureWarm(dir, cache);
    case 'warm-one-changed':
      return measureWarmOneChanged(dir, cache);
    case 'sliced':
      return measureSliced(dir);
    case 'search':
      return measureSearch(dir, Number(arg('--baseline') ?? '0'));
    case 'hover':
      return measureHover(dir);
    case 'verify':
      return measureVerify(dir);
    case 'activation':
      return measureActivation(arg('--extension'));
    default:
      throw new Error(`unknown measurement ${what}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The parent: runs each measurement in a fresh process and prints the table.

function run(what: string, extra: string[] = []): Json {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', __filename, '--child', what, ...extra], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    log(`  ${what} failed: ${r.stderr.trim().split('\n').slice(0, 6).join('\n  ')}`);
    return { error: r.stderr.trim().split('\n')[0] };
  }
  const last = r.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as Json;
}

function log(s: string): void {
  process.stderr.write(s + '\n');
}

function corpusFigures(name: string, dir: string, baselineQueries: number): Json {
  const cache = tempDir('citedesk-bench-cache-');
  log(`${name}: cold build`);
  const cold = run('cold', ['--corpus', dir]);
  log(`${name}: first run with a cache, then a warm start`);
  const cacheWrite = run('cache-write', ['--corpus', dir, '--cache', cache]);
  const warm = run('warm', ['--corpus', dir, '--cache', cache]);
  log(`${name}: indexing in slices`);
  const sliced = run('sliced', ['--corpus', dir]);
  log(`${name}: search (${QUERIES} queries${baselineQueries ? `; plain fuse.js on ${baselineQueries}` : ''})`);
  const search = run('search', ['--corpus', dir, '--baseline', String(baselineQueries)]);
  log(`${name}: hover`);
  const hover = run('hover', ['--corpus', dir]);
  log(`${name}: checking a ${VERIFY_QUOTES}-quote draft`);
  const verify = run('verify', ['--corpus', dir]);
  const oneChanged = run('warm-one-changed', ['--corpus', dir, '--cache', cache]);
  fs.rmSync(cache, { recursive: true, force: true });
  return { cold, cacheWrite, warm, warmOneChanged: oneChanged, sliced, search, hover, verify };
}

function parent(): void {
  const quick = process.argv.includes('--quick');
  const baselineQueries = Number(arg('--baseline-queries') ?? (quick ? 10 : QUERIES));
  const results: Json = { date: new Date().toISOString(), machine: machine() };
  log('bundle: node esbuild.js --production');
  const b = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js'), '--production'], { cwd: ROOT, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`production build failed:\n${b.stderr}`);
  results.bundle = { extensionBytes: fs.statSync(path.join(ROOT, 'dist', 'extension.js')).size, cliBytes: fs.statSync(path.join(ROOT, 'dist', 'cli.js')).size };
  const other = arg('--extension');
  results.activation = run('activation', other ? ['--extension', path.resolve(other)] : []);
  if (other) results.bundle = { ...(results.bundle as Json), extensionBytes: fs.statSync(path.resolve(other)).size, extensionFile: path.resolve(other) };
  if (!fs.existsSync(BBC)) {
    results.corpora = `skipped: ${BBC} not found`;
  } else {
    results.bbc = corpusFigures('BBC', BBC, baselineQueries);
    if (!process.argv.includes('--no-archive')) {
      const dir = tempDir('citedesk-archive-');
      log('archive: synthesising 10 perturbed copies of the BBC corpus');
      const files = synthesiseArchive(BBC, dir, 10);
      // Plain fuse.js over ten times the sentences takes tens of seconds a query: a few suffice.
      results.archive10x = { files, ...corpusFigures('10x archive', dir, Math.min(baselineQueries, quick ? 2 : 5)) };
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const outDir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  printTable(results);
}

function get(o: unknown, ...keys: string[]): number {
  let x = o as Record<string, unknown> | undefined;
  for (const k of keys) x = x?.[k] as Record<string, unknown> | undefined;
  return typeof x === 'number' ? x : NaN;
}

function printTable(r: Json): void {
  const m = r.machine as ReturnType<typeof machine>;
  const rows: [string, string, string, string][] = [];
  const add = (what: string, bbc: string, archive: string, target: string) => rows.push([what, bbc, archive, target]);
  const both = (f: (c: unknown) => string) => [f(r.bbc), f(r.archive10x)] as const;
  const ms = (...k: string[]) => both((c) => (c ? fmtMs(get(c, ...k)) : '-'));
  const mb = (...k: string[]) => both((c) => (c ? `${get(c, ...k).toFixed(0)} MB` : '-'));
  const pct = (...k: string[]) => both((c) => (c ? `${(get(c, ...k) * 100).toFixed(1)}%` : '-'));
  if (r.bbc) {
    add('articles', ...both((c) => (c ? String(get(c, 'cold', 'articles')) : '-')), '');
    add('index: cold build (read+parse+people+search)', ...ms('cold', 'totalMs'), '<= 1.5 s (BBC)');
    add('  read / parse / people / search index', ...both((c) => (c ? ['readMs', 'parseMs', 'peopleMs', 'searchIndexMs'].map((k) => fmtMs(get(c, 'cold', k))).join(' / ') : '-')), '');
    add('index: retained heap after build', ...mb('cold', 'retainedMB'), '<= 150 MB (BBC)');
    add('index: peak RSS during build', ...mb('cold', 'peakRssMB'), '');
    add('index: first run with --cache (build + write)', ...ms('cacheWrite', 'firstRunMs'), '');
    add('index: cache size on disk', ...both((c) => (c ? `${(get(c, 'cacheWrite', 'cacheBytes') / 1048576).toFixed(1)} MB` : '-')), '');
    add('index: warm start from cache', ...ms('warm', 'warmMs'), '<= 150 ms (BBC)');
    add('index: warm start, one file changed (+ cache rewrite)', ...both((c) => (c ? `${fmtMs(get(c, 'warmOneChanged', 'warmOneChangedMs'))} (+ ${fmtMs(get(c, 'warmOneChanged', 'rewriteMs'))})` : '-')), '');
    add('index: retained heap after warm start', ...mb('warm', 'retainedMB'), '');
    add('index in slices: total', ...ms('sliced', 'slicedTotalMs'), '');
    add('index in slices: longest event-loop block', ...ms('sliced', 'maxBlockMs'), '<= 50 ms');
    add('index in slices: keystroke lateness p95 / max', ...both((c) => (c ? `${fmtMs(get(c, 'sliced', 'keystrokeLatenessP95Ms'))} / ${fmtMs(get(c, 'sliced', 'keystrokeLatenessMaxMs'))}` : '-')), '');
    add(`search: median (${QUERIES} queries)`, ...ms('search', 'ours', 'medianMs'), '');
    add('search: p95', ...ms('search', 'ours', 'p95Ms'), '<= 16 ms BBC, <= 50 ms 10x');
    add('search: max', ...ms('search', 'ours', 'maxMs'), '');
    add('search: recall@5', ...pct('search', 'ours', 'recall5'), '>= 90% (BBC)');
    add('search: recall@5, any copy of the article', ...pct('search', 'ours', 'recall5AnyCopy'), '');
    add('quick pick first answer: median / p95 / max', ...both((c) => (c ? ['medianMs', 'p95Ms', 'maxMs'].map((k) => fmtMs(get(c, 'search', 'first', k))).join(' / ') : '-')), '');
    add('  queries refined after it; its recall@5 (any copy)', ...both((c) => (c ? `${get(c, 'search', 'first', 'refined')} of ${get(c, 'search', 'first', 'queries')}; ${(get(c, 'search', 'first', 'recall5') * 100).toFixed(1)}% (${(get(c, 'search', 'first', 'recall5AnyCopy') * 100).toFixed(1)}%)` : '-')), '');
    add('plain fuse.js: queries timed', ...both((c) => (c ? String(get(c, 'search', 'fuse', 'queries')) : '-')), '');
    add('plain fuse.js: median / p95', ...both((c) => (c ? `${fmtMs(get(c, 'search', 'fuse', 'medianMs'))} / ${fmtMs(get(c, 'search', 'fuse', 'p95Ms'))}` : '-')), '');
    add('plain fuse.js: recall@5 (any copy)', ...both((c) => (c ? `${(get(c, 'search', 'fuse', 'recall5') * 100).toFixed(1)}% (${(get(c, 'search', 'fuse', 'recall5AnyCopy') * 100).toFixed(1)}%)` : '-')), '');
    add('ours on the same queries: median / p95', ...both((c) => (c ? `${fmtMs(get(c, 'search', 'oursOnBaselineQueries', 'medianMs'))} / ${fmtMs(get(c, 'search', 'oursOnBaselineQueries', 'p95Ms'))}` : '-')), '');
    add('speed-up over plain fuse.js (median)', ...both((c) => (c ? `${get(c, 'search', 'ratio').toFixed(0)}x` : '-')), '>= 50x (BBC)');
    add('hover: name look-up median / p95', ...both((c) => (c ? `${fmtMs(get(c, 'hover', 'medianMs'))} / ${fmtMs(get(c, 'hover', 'p95Ms'))}` : '-')), 'p95 <= 1 ms');
    add(`check a ${VERIFY_QUOTES}-quote draft: first / median / max of 10`, ...both((c) => (c ? ['firstMs', 'medianMs', 'maxMs'].map((k) => fmtMs(get(c, 'verify', k))).join(' / ') : '-')), '< 1 s (BBC)');
  } else {
    add('corpora', String(r.corpora), '', '');
  }
  add('activation: load + activate dist/extension.js', fmtMs(get(r, 'activation', 'totalMs')), '', '<= 30 ms');
  add('bundle: dist/extension.js (minified)', `${(get(r, 'bundle', 'extensionBytes') / 1024).toFixed(1)} KB`, '', '<= 300 KB');
  const head: [string, string, string, string] = ['', 'BBC', '10x archive', 'target'];
  const w = [0, 1, 2, 3].map((i) => Math.max(...[head, ...rows].map((row) => row[i].length)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  console.log(`Citedesk benchmarks — ${m.cpu}, ${m.cores} cores, ${m.ramGB} GB RAM, Node ${m.node}, ${m.platform}`);
  console.log(line(head));
  for (const row of rows) console.log(line(row));
  console.log(`\nWritten to bench/results/latest.json`);
}

async function main(): Promise<void> {
  const c = arg('--child');
  if (c) {
    const r = await child(c);
    process.stdout.write(JSON.stringify(r) + '\n');
    return;
  }
  parent();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
