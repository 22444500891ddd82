/**
 * Fuzzy citation search over quotes, passages and people.
 *
 * fuse.js ranks what the writer sees. What feeds it is an inverted index over folded words with a
 * trigram index over the vocabulary, so a mistyped word ("econmic") still finds its postings; the
 * best few dozen candidates go to fuse.js (token search, TF-IDF) instead of the whole archive.
 * Articles are added and removed one at a time (tombstones, compacted when they pile up).
 */
import Fuse from 'fuse.js';
import type { Corpus } from './corpus';
import { editDistance, wordTokens } from './text';
import type { Article } from './types';

export type HitKind = 'quote' | 'passage' | 'person';

export interface SearchHit {
  kind: HitKind;
  text: string;
  speaker: string | null;
  role: string | null;
  path: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  line: number;
  character: number;
  /** 0 is a perfect match, 1 no match at all (fuse.js convention). */
  score: number;
  /** For a quote: its id; for a person: the person key. */
  ref: string | null;
}

export interface SearchOptions {
  limit?: number;
  kinds?: readonly HitKind[];
  /** How many candidates the inverted index hands to fuse.js. */
  candidates?: number;
}

interface Doc {
  kind: HitKind;
  text: string;
  speaker: string | null;
  role: string | null;
  path: string | null;
  line: number;
  character: number;
  ref: string | null;
  /** Text offset span (passages and quotes), used to drop a passage that only repeats a quote hit. */
  start: number;
  end: number;
  alive: boolean;
}

const MAX_DOC_TEXT = 600;

/** A mutable inverted index over a corpus. Call `sync()` after the corpus changes. */
export class SearchIndex {
  private docs: Doc[] = [];
  private readonly vocab = new Map<string, number>();
  private readonly words: string[] = [];
  private postings: number[][] = [];
  /** Live documents per word (postings keep dead ids until compaction). */
  private df: number[] = [];
  private readonly trigrams = new Map<string, number[]>();
  private readonly byPath = new Map<string, { article: Article; docs: number[] }>();
  private personDocs: number[] = [];
  private peopleVersion = -1;
  private alive = 0;
  private dead = 0;

  constructor(private readonly corpus: Corpus) {}

  get documentCount(): number {
    return this.alive;
  }

  /** Brings the index up to date with the corpus: only changed articles are re-indexed. */
  sync(): void {
    const current = new Set<string>();
    for (const a of this.corpus.articles) {
      current.add(a.path);
      const had = this.byPath.get(a.path);
      if (had && had.article === a) continue;
      if (had) this.kill(had.docs);
      this.byPath.set(a.path, { article: a, docs: this.addArticle(a) });
    }
    for (const [path, had] of this.byPath) {
      if (current.has(path)) continue;
      this.kill(had.docs);
      this.byPath.delete(path);
    }
    if (this.peopleVersion !== this.corpus.version) {
      this.kill(this.personDocs);
      this.personDocs = this.addPeople();
      this.peopleVersion = this.corpus.version;
    }
    if (this.dead > 1000 && this.dead > this.alive * 0.3) this.compact();
  }

  private kill(ids: number[]): void {
    for (const id of ids) {
      const d = this.docs[id];
      if (!d.alive) continue;
      d.alive = false;
      this.alive--;
      this.dead++;
      for (const w of new Set(wordTokens(d.text + ' ' + (d.speaker ?? '')))) {
        const wid = this.vocab.get(w);
        if (wid !== undefined) this.df[wid]--;
      }
    }
  }

  private addDoc(d: Omit<Doc, 'alive'>, extra = ''): number {
    const id = this.docs.length;
    this.docs.push({ ...d, alive: true });
    this.alive++;
    for (const w of new Set(wordTokens(d.text + ' ' + (d.speaker ?? '') + ' ' + extra))) {
      let wid = this.vocab.get(w);
      if (wid === undefined) {
        wid = this.words.length;
        this.vocab.set(w, wid);
        this.words.push(w);
        this.postings.push([]);
        this.df.push(0);
        for (const g of gramsOf(w)) {
          const list = this.trigrams.get(g);
          if (list) list.push(wid);
          else this.trigrams.set(g, [wid]);
        }
      }
      this.postings[wid].push(id);
      this.df[wid]++;
    }
    return id;
  }

  private addArticle(a: Article): number[] {
    const ids: number[] = [];
    for (const q of a.quotes) {
      const pos = { line: q.line, character: q.character };
      ids.push(this.addDoc({ kind: 'quote', text: q.text.slice(0, MAX_DOC_TEXT * 2), speaker: this.corpus.speakerOf(q, a), role: q.role, path: a.path, ...pos, ref: q.id, start: q.outer.start, end: q.outer.end }));
    }
    // Passages: the article's sentences (long ones cut), so reported speech and facts are found too.
    for (const s of a.sentences) {
      const raw = a.text.slice(s.start, Math.min(s.end, s.start + MAX_DOC_TEXT)).replace(/\s+/g, ' ').trim();
      if (raw.length < 12) continue;
      const pos = a.positionAt(s.start);
      ids.push(this.addDoc({ kind: 'passage', text: raw, speaker: null, role: null, path: a.path, line: pos.line, character: pos.character, ref: null, start: s.start, end: s.end }));
    }
    return ids;
  }

  private addPeople(): number[] {
    const ids: number[] = [];
    for (const p of this.corpus.people) {
      const text = [p.name, ...p.aliases].join(' · ');
      ids.push(this.addDoc({ kind: 'person', text, speaker: p.name, role: p.roles[0] ?? null, path: null, line: 0, character: 0, ref: p.key, start: 0, end: 0 }, p.roles.join(' ')));
    }
    return ids;
  }

  /** Rebuilds postings without dead documents. */
  private compact(): void {
    const remap = new Int32Array(this.docs.length).fill(-1);
    const docs: Doc[] = [];
    this.docs.forEach((d, i) => {
      if (d.alive) {
        remap[i] = docs.length;
        docs.push(d);
      }
    });
    this.postings = this.postings.map((list) => {
      const out: number[] = [];
      for (const id of list) if (remap[id] >= 0) out.push(remap[id]);
      return out;
    });
    for (const v of this.byPath.values()) v.docs = v.docs.map((id) => remap[id]).filter((id) => id >= 0);
    this.personDocs = this.personDocs.map((id) => remap[id]).filter((id) => id >= 0);
    this.docs = docs;
    this.dead = 0;
  }

  /** Vocabulary words close to a query word, with a similarity in (0, 1]. */
  private expand(w: string, isLast: boolean): [number, number][] {
    const out: [number, number][] = [];
    const exact = this.vocab.get(w);
    if (exact !== undefined) out.push([exact, 1]);
    if (w.length < 3) return out;
    const counts = new Map<number, number>();
    const grams = gramsOf(w);
    for (const g of grams) {
      const list = this.trigrams.get(g);
      if (!list || list.length > 20000) continue;
      for (const wid of list) counts.set(wid, (counts.get(wid) ?? 0) + 1);
    }
    const maxEd = w.length <= 4 ? 1 : w.length <= 8 ? 2 : 3;
    const need = Math.max(1, Math.floor(grams.length * 0.3));
    const scored: [number, number][] = [];
    for (const [wid, c] of counts) {
      if (wid === exact || c < need) continue;
      const cand = this.words[wid];
      if (isLast && cand.length > w.length && cand.startsWith(w)) {
        scored.push([wid, 0.85]);
        continue;
      }
      const ed = editDistance(w, cand, maxEd);
      if (ed <= maxEd) scored.push([wid, 1 - ed / (Math.max(w.length, cand.length) + 1)]);
    }
    scored.sort((a, b) => b[1] - a[1]);
    return out.concat(scored.slice(0, 12));
  }

  /**
   * Searches the corpus: typo-tolerant, ranked by fuse.js.
   * Contract: results are ordered best first; `score` is fuse.js's (0 best).
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    this.sync();
    const limit = options.limit ?? 20;
    const kinds = options.kinds ? new Set(options.kinds) : null;
    const qwords = [...new Set(wordTokens(query))];
    if (!qwords.length) return [];
    const n = Math.max(1, this.alive);
    const score = new Map<number, number>();
    const covered = new Map<number, number>();
    qwords.forEach((w, qi) => {
      const best = new Map<number, number>();
      for (const [wid, sim] of this.expand(w, qi === qwords.length - 1)) {
        const df = Math.max(1, this.df[wid]);
        // A word in a fifth of the archive says little; skip its huge posting list if others speak.
        if (n > 2000 && df > n * 0.2 && qwords.length > 2) continue;
        const weight = sim * Math.log(1 + n / df);
        for (const id of this.postings[wid]) {
          const prev = best.get(id);
          if (prev === undefined || prev < weight) best.set(id, weight);
        }
      }
      for (const [id, wgt] of best) {
        score.set(id, (score.get(id) ?? 0) + wgt);
        covered.set(id, (covered.get(id) ?? 0) + 1);
      }
    });
    const want = options.candidates ?? Math.max(40, limit * 3);
    const cands: number[] = [];
    for (const id of score.keys()) {
      const d = this.docs[id];
      if (d.alive && (!kinds || kinds.has(d.kind))) cands.push(id);
    }
    const rank = (id: number) => (covered.get(id) ?? 0) * 1000 + (score.get(id) ?? 0);
    const top = topK(cands, want, rank);
    if (!top.length) return [];
    const items = top.map((id) => this.docs[id]);
    const fuse = new Fuse(items, {
      keys: [{ name: 'text', weight: 0.75 }, { name: 'speaker', weight: 0.25 }],
      includeScore: true,
      ignoreLocation: true,
      ignoreDiacritics: true,
      threshold: 0.6,
      useTokenSearch: true,
    });
    const ranked = fuse.search(query);
    const seen = new Set<Doc>();
    const hits: SearchHit[] = [];
    const quoteSpansHit = new Map<string, { start: number; end: number }[]>();
    const quotesIn = (d: Doc) => items.filter((q) => q.kind === 'quote' && q.path === d.path && q.start >= d.start && q.end <= d.end + 1);
    const push = (d: Doc, s: number) => {
      if (seen.has(d)) return;
      if (d.kind === 'passage' && d.path) {
        // A sentence that holds a quote the writer could cite: show the quote, with its speaker.
        const inner = quotesIn(d).find((q) => !seen.has(q));
        if (inner) d = inner;
        else if ((quoteSpansHit.get(d.path) ?? []).some((q) => q.start >= d.start && q.end <= d.end + 1)) return;
      }
      if (seen.has(d)) return;
      seen.add(d);
      if (d.kind === 'quote' && d.path) quoteSpansHit.set(d.path, [...(quoteSpansHit.get(d.path) ?? []), { start: d.start, end: d.end }]);
      hits.push(this.toHit(d, s));
    };
    for (const r of ranked) {
      push(r.item, r.score ?? 1);
      if (hits.length >= limit) break;
    }
    // Candidates fuse.js found too far off still beat nothing, after everything it ranked.
    if (hits.length < limit) {
      for (const d of items) {
        push(d, 1);
        if (hits.length >= limit) break;
      }
    }
    return hits;
  }

  private toHit(d: Doc, score: number): SearchHit {
    const a = d.path ? this.corpus.get(d.path) : undefined;
    return {
      kind: d.kind,
      text: d.text,
      speaker: d.speaker,
      role: d.role,
      path: d.path,
      title: a?.title ?? null,
      outlet: a?.outlet ?? null,
      published: a?.published ?? null,
      line: d.line,
      character: d.character,
      score: Math.round(score * 1e4) / 1e4,
      ref: d.ref,
    };
  }
}

function gramsOf(w: string): string[] {
  const p = `^${w}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= p.length; i++) out.push(p.slice(i, i + 3));
  return out;
}

/** The k ids with the highest rank, best first. */
function topK(ids: number[], k: number, rank: (id: number) => number): number[] {
  if (ids.length <= k) return ids.sort((a, b) => rank(b) - rank(a));
  const scored = ids.map((id) => [rank(id), id] as const);
  scored.sort((a, b) => b[0] - a[0]);
  return scored.slice(0, k).map((x) => x[1]);
}
