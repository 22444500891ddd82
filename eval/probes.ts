/**
 * Writer-like search probes shared by the evaluation (recall) and the benchmarks (latency): a
 * typo'd fragment of a quote or sentence, or a surname and two words of a quote, each with the
 * article it came from. Deterministic for a seed.
 */
import type { Corpus } from '../src/core/corpus/corpus';
import type { SearchIndex } from '../src/core/search/search';

/** Deterministic pseudo-random numbers (mulberry32), so the query set is the same every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One typo in a word: swap, drop, double or replace a letter. */
export function typo(w: string, r: () => number): string {
  if (w.length < 4) return w;
  const i = 1 + Math.floor(r() * (w.length - 2));
  switch (Math.floor(r() * 4)) {
    case 0:
      return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    case 1:
      return w.slice(0, i) + w.slice(i + 1);
    case 2:
      return w.slice(0, i) + w[i] + w.slice(i);
    default:
      return w.slice(0, i) + 'etaoinsrh'[Math.floor(r() * 9)] + w.slice(i + 1);
  }
}

export interface Probe {
  query: string;
  path: string;
  type: 'fragment' | 'speaker';
}

/** Writer-like queries: a typo'd five-word fragment of a quote or sentence, or a surname and two words. */
export function makeProbes(corpus: Corpus, n: number, seed: number): Probe[] {
  const r = rng(seed);
  const arts = corpus.articles.filter((a) => a.quotes.length || a.sentences.length);
  const out: Probe[] = [];
  let guard = 0;
  while (out.length < n && guard++ < n * 50) {
    const a = arts[Math.floor(r() * arts.length)];
    const speakerProbe = out.length % 3 === 2;
    if (speakerProbe) {
      const qs = a.quotes.filter((q) => q.kind === 'speech' && q.personIndex !== null);
      if (!qs.length) continue;
      const q = qs[Math.floor(r() * qs.length)];
      const p = corpus.personOf(q, a);
      if (!p) continue;
      const surname = p.name.split(/\s+/).pop()!;
      const content = q.text.split(/\s+/).map((w) => w.replace(/[^\p{L}']/gu, '')).filter((w) => w.length >= 5);
      if (content.length < 2) continue;
      const i = Math.floor(r() * (content.length - 1));
      out.push({ query: `${surname} ${typo(content[i], r)} ${content[i + 1]}`, path: a.path, type: 'speaker' });
      continue;
    }
    const useQuote = r() < 0.5 && a.quotes.length;
    let text: string;
    if (useQuote) text = a.quotes[Math.floor(r() * a.quotes.length)].text;
    else {
      const s = a.sentences[Math.floor(r() * a.sentences.length)];
      text = a.text.slice(s.start, s.end);
    }
    const ws = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
    if (ws.length < 8) continue;
    const start = Math.floor(r() * (ws.length - 5));
    const frag = ws.slice(start, start + 5);
    // Two typos in the longer words: a half-remembered, mistyped fragment.
    const long = frag.map((w, i) => [w.length, i] as const).filter(([l]) => l >= 4).sort((x, y) => y[0] - x[0]);
    for (const [, i] of long.slice(0, 2)) frag[i] = typo(frag[i], r);
    out.push({ query: frag.join(' ').toLowerCase(), path: a.path, type: 'fragment' });
  }
  return out;
}

export function recallAt(index: SearchIndex, probes: Probe[], k: number): { recall: number; misses: Probe[] } {
  let hit = 0;
  const misses: Probe[] = [];
  for (const p of probes) {
    const res = index.search(p.query, { limit: k });
    if (res.some((h) => h.path === p.path || (h.kind === 'person' && false))) hit++;
    else misses.push(p);
  }
  return { recall: probes.length ? hit / probes.length : 0, misses };
}
