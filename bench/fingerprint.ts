/**
 * A fingerprint of everything the core computes over a corpus: every parsed article (paragraphs,
 * sentences, quotes, people, mentions), the merged people index, the hover look-ups, and the
 * search results for the evaluation's probes. Optimisations must leave it unchanged.
 *
 *   node out/bench/fingerprint.js [--out FILE] [--corpus DIR] [--round-trip] [--incremental] [--formats]
 *
 * Prints one hash per part; `--out` writes the full dump (one JSON line per item) for diffing.
 * `--round-trip` first writes the corpus and index to a snapshot and reads them back (what a warm
 * start does): the hashes must be those of the cold build. `--formats` reads each file through its
 * format reader (what the tool does) instead of as plain text: over plain articles, the same hashes.
 * `--incremental` builds the index whole over another corpus (a tenth of the articles missing, a
 * twentieth in another version, a fiftieth more that will go), then brings it to the full corpus
 * in batches of changes (additions in the middle of the order, changes, removals and returns), as
 * the editor and `--cache` do: the hashes must be those of the cold build.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../src/core/corpus/corpus';
import { readDocumentNow } from '../src/core/formats';
import { parseArticle } from '../src/core/reading/article';
import { deserializeSnapshot, restoreIndex, serializeSnapshot } from '../src/core/search/persist';
import { SearchIndex } from '../src/core/search/search';
import { makeProbes } from '../eval/probes';
import { BBC, ROOT, listSources } from './corpora';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** Another version of an article: its last paragraph dropped, a name in it spelt otherwise. */
function variant(text: string): string {
  const paras = text.split(/\n\s*\n/);
  if (paras.length > 2) paras.pop();
  const name = /\b[A-Z][a-z]{4,}\b/.exec(paras.slice(1).join(' '))?.[0];
  const out = paras.join('\n\n');
  return name ? out.split(name).join(name + 'e') : out;
}

/** The corpus of `files` reached by updates from another corpus, the indexes brought up to date after each batch. */
function incrementally(files: { rel: string; bytes: Buffer }[]): { corpus: Corpus; index: SearchIndex } {
  const corpus = new Corpus();
  const held = new Set<number>();
  const changed = new Set<number>();
  const extra: string[] = [];
  files.forEach((_, i) => {
    if (i % 10 === 3) held.add(i);
    else if (i % 20 === 7) changed.add(i);
  });
  files.forEach((f, i) => {
    if (held.has(i)) return;
    corpus.upsert(f.rel, changed.has(i) ? variant(f.bytes.toString('latin1')) : f.bytes);
    if (i % 50 === 11) {
      const gone = `${f.rel}.gone.txt`;
      corpus.upsert(gone, variant(f.bytes.toString('latin1')));
      extra.push(gone);
    }
  });
  const index = new SearchIndex(corpus);
  index.sync();
  const whole = corpus.indexings.whole;
  const batch = (work: (() => void)[]) => {
    for (let i = 0; i < work.length; i += 25) {
      for (const w of work.slice(i, i + 25)) w();
      index.sync();
    }
  };
  // Additions in their places (the next article present stands after them), changes, removals.
  const next = (i: number) => files.slice(i + 1).find((_, k) => !held.has(i + 1 + k))?.rel;
  batch([...held].reverse().map((i) => () => corpus.put(parseArticle(files[i].rel, files[i].bytes), next(i))));
  batch([...changed].map((i) => () => corpus.upsert(files[i].rel, files[i].bytes)));
  batch(extra.map((p) => () => corpus.remove(p)));
  if (corpus.indexings.whole !== whole) throw new Error('an update rebuilt the people index whole');
  return { corpus, index };
}

function main(): void {
  const dir = arg('--corpus') ?? (fs.existsSync(BBC) ? BBC : path.join(ROOT, 'seeds'));
  let corpus = new Corpus();
  let index: SearchIndex;
  if (process.argv.includes('--incremental')) {
    ({ corpus, index } = incrementally(listSources(dir).map((f) => ({ rel: f.rel, bytes: fs.readFileSync(f.abs) }))));
  } else {
    for (const f of listSources(dir)) {
      const bytes = fs.readFileSync(f.abs);
      const doc = process.argv.includes('--formats') ? readDocumentNow(f.rel, bytes) : null;
      if (doc) corpus.put(parseArticle(f.rel, doc));
      else corpus.upsert(f.rel, bytes);
    }
    index = new SearchIndex(corpus);
  }
  if (process.argv.includes('--round-trip')) {
    const r = restoreIndex(deserializeSnapshot(serializeSnapshot(corpus, index, () => null)));
    if (!r.reusedIndexes) throw new Error('the snapshot was not taken as it was');
    corpus = r.corpus;
    index = r.index;
  }
  const parts: Record<string, string[]> = { articles: [], people: [], lookups: [], search: [] };
  for (const a of corpus.articles) {
    parts.articles.push(JSON.stringify({
      path: a.path, title: a.title, outlet: a.outlet, published: a.published, textLength: a.text.length, paragraphs: a.paragraphs, sentences: a.sentences,
      quotes: a.quotes.map((q) => ({ ...q, corpusSpeaker: corpus.speakerOf(q, a) })),
      people: a.people.map((p) => ({ ...p, forms: [...p.forms] })), mentions: a.mentions, warnings: a.warnings,
      positions: a.sentences.slice(0, 50).map((s) => a.positionAt(s.start)),
    }));
  }
  for (const p of corpus.people) parts.people.push(JSON.stringify(p));
  for (const p of corpus.people.slice(0, 3000)) {
    for (const form of [p.name, ...p.aliases, `President ${p.name}`, p.name.toUpperCase()]) parts.lookups.push(JSON.stringify([form, corpus.findPeople(form).map((x) => x.key)]));
  }
  index.sync();
  for (const probe of makeProbes(corpus, 200, 42)) parts.search.push(JSON.stringify([probe.query, index.search(probe.query, { limit: 10 })]));
  for (const probe of makeProbes(corpus, 30, 5)) parts.search.push(JSON.stringify([probe.query, 'person', index.search(probe.query.split(' ')[0], { limit: 5, kinds: ['person'] })]));
  const out = arg('--out');
  if (out) fs.writeFileSync(out, Object.entries(parts).flatMap(([k, ls]) => ls.map((l) => `${k}\t${l}`)).join('\n') + '\n');
  for (const [k, ls] of Object.entries(parts)) {
    const h = crypto.createHash('sha256');
    for (const l of ls) h.update(l + '\n');
    console.log(`${k.padEnd(9)} ${String(ls.length).padStart(7)}  ${h.digest('hex').slice(0, 16)}`);
  }
}

main();
