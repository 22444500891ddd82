/**
 * Fuzzy citation search over quotes, passages and people.
 *
 * fuse.js ranks what the writer sees. What feeds it is an inverted index over folded words with a
 * trigram index over the vocabulary, so a mistyped word ("econmic") still finds its postings; the
 * best few dozen candidates go to fuse.js (token search, TF-IDF) instead of the whole archive.
 * Articles are added and removed one at a time (tombstones, compacted when they pile up).
 *
 * Documents are kept as columns of typed arrays that point into the articles (a passage's text is
 * cut from its article when it is a candidate), and postings as typed arrays: an archive of tens of
 * thousands of articles costs a few bytes a document, and a query touches flat arrays, not maps.
 */
import Fuse from 'fuse.js';
import type { Corpus } from '../corpus/corpus';
import { IntList, growInt32, growUint8 } from './int-list';
import { editDistance, foldKey, scanWords, wordTokens } from '../reading/text';
import { Vocab, hashRange } from './word-table';
import type { Article, Person } from '../types';

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
  /** Walk every posting of every word, even a common one (to compare against the fast path). */
  exhaustive?: boolean;
  /**
   * Bring the index up to date first (default true). False searches what is indexed so far: for
   * a search box while a large folder is still being indexed in slices, which a full sync would
   * otherwise finish in one block.
   */
  sync?: boolean;
  /** About how many postings `searchProgressive` may walk before it answers with what it has. */
  budget?: number;
}

/**
 * The postings a search box's first answer may walk (`searchProgressive`'s budget): on the 10x
 * BBC archive about a quarter of queries stop there and answer in ~20 ms at most instead of ~40;
 * `npm run bench` prints both. No BBC query walks this many.
 */
export const FIRST_ANSWER_POSTINGS = 100_000;

/** A document handed to fuse.js: built only for the candidates of one query. */
export interface Doc {
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
}

/** Whether the ascending list `a` holds `v` (inline, not partitionPoint: it runs per candidate per query word). */
function sortedHas(a: ArrayLike<number>, v: number): boolean {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = a[mid];
    if (x === v) return true;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const MAX_DOC_TEXT = 600;
/** How many list entries one freezing step copies at most (a list longer than that is one step). */
const FREEZE_ENTRIES = 150_000;

/** Freezes lists into typed arrays in steps of bounded copying, yielding between them. */
function* freezeSteps(lists: IntList[]): Generator<void, void, void> {
  let from = 0;
  let entries = 0;
  for (let i = 0; i < lists.length; i++) {
    entries += lists[i].length;
    if (entries < FREEZE_ENTRIES && i < lists.length - 1) continue;
    IntList.freeze(lists.slice(from, i + 1));
    from = i + 1;
    entries = 0;
    yield;
  }
}
/** (word, document) pairs in the order they were made, filed into the word lists in one pass. */
class PendingPostings {
  // Made on the first pair: every search() syncs, and a sync with nothing to do adds none.
  private pairs = new Int32Array(0);
  count = 0;

  add(wid: number, doc: number): void {
    if (this.count * 2 + 2 > this.pairs.length) {
      const next = new Int32Array(Math.max(1 << 16, this.pairs.length * 2));
      next.set(this.pairs);
      this.pairs = next;
    }
    this.pairs[this.count * 2] = wid;
    this.pairs[this.count * 2 + 1] = doc;
    this.count++;
  }

  /**
   * Appends each pair's document to its word's list, keeping the order they came in. Few pairs
   * against long lists: pushed one by one. Many: every list is repacked once, its old entries
   * then the new, into one array (a counting sort by word) that the lists become views of.
   */
  fileInto(lists: IntList[]): void {
    const { pairs, count } = this;
    let old = 0;
    for (const l of lists) old += l.length;
    if (count * 8 < old) {
      for (let i = 0; i < count; i++) lists[pairs[2 * i]].push(pairs[2 * i + 1]);
      return;
    }
    const start = new Int32Array(lists.length + 1);
    for (let i = 0; i < count; i++) start[pairs[2 * i] + 1]++;
    for (let w = 0; w < lists.length; w++) start[w + 1] += start[w] + lists[w].length;
    const values = new Int32Array(old + count);
    const at = new Int32Array(lists.length);
    for (let w = 0; w < lists.length; w++) {
      const src = lists[w].items;
      const from = start[w];
      for (let j = 0; j < src.length; j++) values[from + j] = src[j];
      at[w] = from + src.length;
    }
    for (let i = 0; i < count; i++) values[at[pairs[2 * i]]++] = pairs[2 * i + 1];
    for (let w = 0; w < lists.length; w++) lists[w].view(values.subarray(start[w], start[w + 1]));
  }
}

const KINDS: readonly HitKind[] = ['quote', 'passage', 'person'];
const QUOTE = 0;
const PASSAGE = 1;
const PERSON = 2;

/** An indexed article and its documents. */
interface Slot {
  article: Article;
  docs: number[];
}

/**
 * Everything the index holds, as plain arrays: what `persist.ts` writes and reads back.
 * Document `d` is `docKind[d]` of `slots[docSlot[d]]` (quote or sentence number `docSub[d]`), or
 * person number `docSub[d]` of the people list the index was built with.
 */
export interface SearchIndexState {
  /** Article paths by slot. */
  slots: string[];
  /** Per slot, its documents: `slotDocs[slotStart[s] .. slotStart[s + 1])`. */
  slotStart: Int32Array;
  slotDocs: Int32Array;
  docKind: Uint8Array;
  docAlive: Uint8Array;
  docSlot: Int32Array;
  docSub: Int32Array;
  docLine: Int32Array;
  docChar: Int32Array;
  /** A quote's speaker as the corpus named it when it was indexed. */
  speakers: (string | null)[];
  personDocs: Int32Array;
  words: string[];
  /** Postings of word `w`: `postings[postStart[w] .. postStart[w + 1])`. */
  postStart: Int32Array;
  postings: Int32Array;
  df: Int32Array;
  grams: string[];
  gramStart: Int32Array;
  gramWords: Int32Array;
  dead: number;
}

/** A mutable inverted index over a corpus. Call `sync()` after the corpus changes. */
export class SearchIndex {
  private docCount = 0;
  private docKind: Uint8Array = new Uint8Array(0);
  private docAlive: Uint8Array = new Uint8Array(0);
  private docSlot: Int32Array = new Int32Array(0);
  private docSub: Int32Array = new Int32Array(0);
  private docLine: Int32Array = new Int32Array(0);
  private docChar: Int32Array = new Int32Array(0);
  private speakers: (string | null)[] = [];
  private slots: (Slot | null)[] = [];
  private readonly slotOf = new Map<string, number>();
  private freeSlots: number[] = [];

  private vocab = new Vocab();
  /** Postings by word; a restored index makes each list when its word is first used. */
  private postings: IntList[] = [];
  /** Postings not yet filed by word: only inside `sync()`, which nothing reads from until done. */
  private pending: PendingPostings | null = null;
  private packed: { start: Int32Array; values: Int32Array } | null = null;
  /** Live documents per word (postings keep dead ids until compaction). */
  private df: Int32Array = new Int32Array(0);
  private readonly trigrams = new Map<Gram, IntList>();
  /** The last document each word was added for: one posting per document and word. */
  private lastDoc: Int32Array = new Int32Array(0);

  private personDocs: number[] = [];
  private peopleList: Person[] = [];
  private peopleVersion = -1;
  private syncedVersion = -1;
  private alive = 0;
  private dead = 0;

  // Scratch space for queries, grown with the index and reused.
  private stamp: Int32Array = new Int32Array(0);
  private bestW: Float64Array = new Float64Array(0);
  private score: Float64Array = new Float64Array(0);
  private covered: Int32Array = new Int32Array(0);
  private wordCount: Int32Array = new Int32Array(0);
  private queryNo = 0;

  constructor(private readonly corpus: Corpus) {}

  get documentCount(): number {
    return this.alive;
  }

  /**
   * The documents that hold most of the query's words as written (folded, no look-alikes), the
   * rarer words counting more: for checking words against the sources, where the words are
   * known and a writer's ranking is not needed. The postings alone, rarest words first; no
   * fuse.js. Contract: best first, at most `limit`; `score` is the summed rarity of the words
   * found (higher is better).
   */
  lookup(query: string, options: { limit: number; kinds?: readonly HitKind[] }): SearchHit[] {
    this.sync();
    const kinds = options.kinds ? new Set(options.kinds) : null;
    const n = Math.max(1, this.alive);
    const wids = [...new Set(wordTokens(query))].map((w) => this.vocab.get(w)).filter((w): w is number => w !== undefined);
    wids.sort((a, b) => this.df[a] - this.df[b]);
    // The rarest sixteen words say which documents these are; "the" and "said" would only walk postings.
    const enough = wids.findIndex((w, i) => i >= 16 || (i >= 4 && this.df[w] > n * 0.05));
    if (enough >= 0) wids.length = enough;
    this.ensureScratch();
    const { stamp, score } = this;
    if (this.queryNo > 0x3fffffff) {
      stamp.fill(0);
      this.queryNo = 0;
    }
    const mark = ++this.queryNo;
    const touched: number[] = [];
    for (const wid of wids) {
      const postings = this.post(wid).items;
      const weight = Math.log(1 + n / Math.max(1, this.df[wid]));
      // A common word only adds to the documents rarer words found.
      const ids = touched.length && touched.length * 16 < postings.length ? touched.filter((id) => sortedHas(postings, id)) : postings;
      for (let j = 0; j < ids.length; j++) {
        const id = ids[j];
        if (stamp[id] !== mark) {
          stamp[id] = mark;
          score[id] = 0;
          touched.push(id);
        }
        score[id] += weight;
      }
    }
    const cands = touched.filter((id) => this.docAlive[id] && (!kinds || kinds.has(KINDS[this.docKind[id]])));
    return topK(cands, options.limit, (id) => score[id]).map((id) => this.toHit(this.doc(id), score[id]));
  }

  /** Brings the index up to date with the corpus: only changed articles are re-indexed. */
  sync(): void {
    // Nothing reads postings until this returns: collect them as (word, document) pairs and file
    // them by word once at the end, instead of a push to one of tens of thousands of lists per word.
    this.pending = new PendingPostings();
    try {
      const steps = this.syncSteps();
      while (!steps.next().done) {
        /* run to the end */
      }
    } finally {
      this.flushPending();
      this.pending = null;
    }
  }

  /**
   * `sync()` in steps: each `next()` does a bounded amount of work (an article, or a block of
   * people), so that a caller can yield to the event loop between steps.
   */
  *syncSteps(): Generator<void, void, void> {
    const version = this.corpus.version;
    if (this.syncedVersion === version && this.peopleVersion === version) return;
    // Quotes are indexed with their speakers, which the people index resolves: build it first,
    // in steps, rather than all at once inside the first article's quotes.
    yield* this.corpus.indexSteps();
    const current = new Set<string>();
    for (const a of this.corpus.articles) {
      current.add(a.path);
      const s = this.slotOf.get(a.path);
      const had = s === undefined ? null : this.slots[s];
      if (had && had.article === a) continue;
      if (had) this.kill(had.docs);
      this.addArticle(a);
      yield;
    }
    for (const [path, s] of this.slotOf) {
      if (current.has(path)) continue;
      this.kill(this.slots[s]!.docs);
      this.slots[s] = null;
      this.slotOf.delete(path);
      this.freeSlots.push(s);
    }
    if (this.peopleVersion !== version) {
      this.kill(this.personDocs);
      // The people index is built in steps too: it is the one corpus-wide computation.
      yield* this.corpus.indexSteps();
      this.peopleList = this.corpus.people;
      this.personDocs = [];
      for (let i = 0; i < this.peopleList.length; i++) {
        this.personDocs.push(this.addPerson(i));
        if (i % 500 === 499) yield;
      }
      this.peopleVersion = version;
    }
    this.flushPending();
    if (this.dead > 1000 && this.dead > this.alive * 0.3) this.compact();
    yield* freezeSteps(this.allPostings());
    // The trigram lists too: on a large archive freezing them all at once is one long block.
    yield* freezeSteps([...this.trigrams.values()]);
    // A change made while this ran (between steps) is for the next sync.
    this.syncedVersion = version;
  }

  /** Files the postings `sync()` collected (documents ascending, after those already listed). */
  private flushPending(): void {
    const p = this.pending;
    if (!p || !p.count) return;
    p.fileInto(this.allPostings());
    p.count = 0;
  }

  private post(wid: number): IntList {
    let l = this.postings[wid];
    if (!l) {
      const p = this.packed!;
      l = this.postings[wid] = new IntList(p.values.subarray(p.start[wid], p.start[wid + 1]));
    }
    return l;
  }

  private allPostings(): IntList[] {
    for (let w = 0; w < this.vocab.size; w++) this.post(w);
    return this.postings;
  }

  /** The words a document was indexed under (with repeats). */
  private docTokens(id: number): string[] {
    const kind = this.docKind[id];
    if (kind === PERSON) {
      const p = this.peopleList[this.docSub[id]];
      return wordTokens(personDocText(p).indexed);
    }
    const a = this.slots[this.docSlot[id]]!.article;
    if (kind === QUOTE) {
      const q = a.quotes[this.docSub[id]];
      return wordTokens(q.text.slice(0, MAX_DOC_TEXT * 2) + ' ' + (this.speakers[id] ?? '') + ' ');
    }
    const s = a.sentences[this.docSub[id]];
    return wordTokens(a.text.slice(s.start, Math.min(s.end, s.start + MAX_DOC_TEXT)));
  }

  private kill(ids: number[]): void {
    for (const id of ids) {
      if (!this.docAlive[id]) continue;
      this.docAlive[id] = 0;
      this.alive--;
      this.dead++;
      const seen = new Set<number>();
      for (const w of this.docTokens(id)) {
        const wid = this.vocab.get(w);
        if (wid !== undefined && !seen.has(wid)) {
          seen.add(wid);
          this.df[wid]--;
        }
      }
    }
  }

  private newDoc(kind: number, slot: number, sub: number, line: number, character: number, speaker: string | null): number {
    const id = this.docCount++;
    if (id >= this.docKind.length) {
      const n = id + 1;
      this.docKind = growUint8(this.docKind, n);
      this.docAlive = growUint8(this.docAlive, n);
      this.docSlot = growInt32(this.docSlot, n);
      this.docSub = growInt32(this.docSub, n);
      this.docLine = growInt32(this.docLine, n);
      this.docChar = growInt32(this.docChar, n);
    }
    this.docKind[id] = kind;
    this.docAlive[id] = 1;
    this.docSlot[id] = slot;
    this.docSub[id] = sub;
    this.docLine[id] = line;
    this.docChar[id] = character;
    this.speakers[id] = speaker;
    this.alive++;
    return id;
  }

  /** Indexes document `id` under the words of `s` (as `wordTokens(s)` gives them). */
  private indexText(id: number, s: string): void {
    const t = foldKey(s);
    scanWords(t, (start, end) => {
      const h = hashRange(t, start, end);
      let wid = this.vocab.find(t, start, end, h);
      if (wid < 0) wid = this.addWord(t.slice(start, end), h);
      if (this.lastDoc[wid] === id) return;
      this.lastDoc[wid] = id;
      if (this.pending) this.pending.add(wid, id);
      else this.post(wid).push(id);
      this.df[wid]++;
    });
  }

  private addWord(w: string, h: number): number {
    const wid = this.vocab.add(w, h);
    this.postings.push(new IntList());
    if (wid >= this.df.length) {
      this.df = growInt32(this.df, wid + 1);
      this.lastDoc = growInt32(this.lastDoc, wid + 1);
    }
    this.df[wid] = 0;
    this.lastDoc[wid] = -1;
    for (const g of gramsOf(w)) {
      const list = this.trigrams.get(g);
      if (list) list.push(wid);
      else {
        const l = new IntList();
        l.push(wid);
        this.trigrams.set(g, l);
      }
    }
    return wid;
  }

  private addArticle(a: Article): void {
    let slot = this.slotOf.get(a.path);
    if (slot === undefined) {
      slot = this.freeSlots.pop() ?? this.slots.length;
      this.slotOf.set(a.path, slot);
    }
    const docs: number[] = [];
    this.slots[slot] = { article: a, docs };
    a.quotes.forEach((q, qi) => {
      const speaker = this.corpus.speakerOf(q, a);
      const id = this.newDoc(QUOTE, slot, qi, q.line, q.character, speaker);
      this.indexText(id, q.text.slice(0, MAX_DOC_TEXT * 2) + ' ' + (speaker ?? '') + ' ');
      docs.push(id);
    });
    // Passages: the article's sentences (long ones cut), so reported speech and facts are found too.
    a.sentences.forEach((s, si) => {
      // The words are those of the passage's text; white space, squashed there, separates them either way.
      const end = Math.min(s.end, s.start + MAX_DOC_TEXT);
      if (!isPassage(a, s)) return;
      const pos = a.positionAt(s.start);
      const id = this.newDoc(PASSAGE, slot, si, pos.line, pos.character, null);
      this.indexText(id, a.text.slice(s.start, end));
      docs.push(id);
    });
  }

  private addPerson(i: number): number {
    const p = this.peopleList[i];
    const id = this.newDoc(PERSON, -1, i, 0, 0, p.name);
    this.indexText(id, personDocText(p).indexed);
    return id;
  }

  /** Rebuilds postings without dead documents. */
  private compact(): void {
    const remap = new Int32Array(this.docCount).fill(-1);
    let n = 0;
    for (let i = 0; i < this.docCount; i++) {
      if (!this.docAlive[i]) continue;
      remap[i] = n;
      this.docKind[n] = this.docKind[i];
      this.docAlive[n] = 1;
      this.docSlot[n] = this.docSlot[i];
      this.docSub[n] = this.docSub[i];
      this.docLine[n] = this.docLine[i];
      this.docChar[n] = this.docChar[i];
      this.speakers[n] = this.speakers[i];
      n++;
    }
    this.speakers.length = n;
    this.docCount = n;
    for (const list of this.allPostings()) list.remap(remap);
    this.lastDoc.fill(-1);
    for (const s of this.slots) if (s) s.docs = s.docs.map((id) => remap[id]).filter((id) => id >= 0);
    this.personDocs = this.personDocs.map((id) => remap[id]).filter((id) => id >= 0);
    this.dead = 0;
  }

  /** Vocabulary words close to a query word, with a similarity in (0, 1]. */
  private expand(w: string, isLast: boolean): [number, number][] {
    const out: [number, number][] = [];
    const exact = this.vocab.get(w);
    if (exact !== undefined) out.push([exact, 1]);
    if (w.length < 3) return out;
    if (exact !== undefined && !isLast && tooCommonToBeATypo(this.df[exact], this.alive)) return out;
    const counts = this.wordCount.length >= this.vocab.size ? this.wordCount : (this.wordCount = new Int32Array(Math.max(this.vocab.size, 1024) * 2));
    // Words in first-seen order (the order ties are ranked in).
    const seen: number[] = [];
    const grams = gramsOf(w);
    for (const g of grams) {
      const list = this.trigrams.get(g);
      if (!list || list.length > 20000) continue;
      const d = list.items;
      for (let j = 0; j < d.length; j++) {
        const wid = d[j];
        if (counts[wid]++ === 0) seen.push(wid);
      }
    }
    const need = Math.max(1, Math.floor(grams.length * 0.3));
    const near: number[] = [];
    for (const wid of seen) {
      const c = counts[wid];
      counts[wid] = 0;
      if (wid !== exact && c >= need) near.push(wid);
    }
    return out.concat(similarWords(w, isLast, near, (wid) => this.vocab.words[wid]));
  }

  private ensureScratch(): void {
    const n = this.docCount;
    if (this.stamp.length >= n) return;
    const size = Math.max(1024, n * 2);
    this.stamp = new Int32Array(size);
    this.bestW = new Float64Array(size);
    this.score = new Float64Array(size);
    this.covered = new Int32Array(size);
    this.queryNo = 0;
  }

  /**
   * Searches the corpus: typo-tolerant, ranked by fuse.js.
   * Contract: results are ordered best first; `score` is fuse.js's (0 best).
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.searchProgressive(query, options).hits;
  }

  /**
   * `search()` with a say in how much it may do: given a `budget`, it stops walking postings once
   * it has walked about that many (after the rarest words, which say the most) and returns the best
   * of what it found, `complete: false`. A search box shows that at once and runs the full search
   * when the writer pauses. Without a budget the answer is always complete.
   */
  searchProgressive(query: string, options: SearchOptions = {}): { hits: SearchHit[]; complete: boolean } {
    if (options.sync !== false) this.sync();
    const limit = options.limit ?? 20;
    const kinds = options.kinds ? new Set(options.kinds) : null;
    const qwords = [...new Set(wordTokens(query))];
    if (!qwords.length) return { hits: [], complete: true };
    const budget = options.budget ?? Infinity;
    let walked = 0;
    let complete = true;
    const n = Math.max(1, this.alive);
    this.ensureScratch();
    const { stamp, bestW, score, covered } = this;
    // Documents in the order they were first matched: ties keep that order.
    const touched: number[] = [];
    let wordTouched: number[] = [];
    const expansions = qwords.map((w, qi) => [...this.expand(w, qi === qwords.length - 1)]);
    // Rarer words first: a common word then only scores the documents they found.
    const rarest = expansions.map((ex) => ex.reduce((m, [wid]) => Math.min(m, this.df[wid]), Infinity));
    const order = qwords.map((_w, qi) => qi).sort((a, b) => rarest[a] - rarest[b] || a - b);
    for (const qi of order) {
      if (walked > budget) {
        complete = false;
        break;
      }
      const mark = ++this.queryNo;
      wordTouched = [];
      for (const [wid, sim] of expansions[qi]) {
        if (walked > budget) {
          complete = false;
          break;
        }
        const df = Math.max(1, this.df[wid]);
        if (saysLittle(df, n, qwords.length)) continue;
        const weight = wordWeight(sim, df, n);
        const postings = this.post(wid).items;
        // Postings are in ascending document order: for a common word, look the documents rarer
        // words found up in them instead of walking tens of thousands of postings.
        const d = !options.exhaustive && touched.length && touched.length * 16 < postings.length ? touched.filter((id) => sortedHas(postings, id)) : postings;
        walked += d === postings ? postings.length : touched.length;
        for (let j = 0; j < d.length; j++) {
          const id = d[j];
          if (stamp[id] !== mark) {
            stamp[id] = mark;
            bestW[id] = weight;
            wordTouched.push(id);
          } else if (bestW[id] < weight) bestW[id] = weight;
        }
      }
      for (const id of wordTouched) {
        if (covered[id] === 0) {
          touched.push(id);
          score[id] = 0;
        }
        score[id] = score[id] + bestW[id];
        covered[id]++;
      }
    }
    if (this.queryNo > 0x3fffffff) {
      this.stamp.fill(0);
      this.queryNo = 0;
    }
    const want = options.candidates ?? Math.max(40, limit * 3);
    const { docAlive, docKind } = this;
    const cands: number[] = [];
    for (const id of touched) if (docAlive[id] && (!kinds || kinds.has(KINDS[docKind[id]]))) cands.push(id);
    const top = topK(cands, want, (id) => covered[id] * 1000 + score[id]);
    for (const id of touched) covered[id] = 0;
    if (!top.length) return { hits: [], complete };
    const hits = rankCandidates(query, top.map((id) => this.doc(id)), limit).map((r) => this.toHit(r.doc, r.score));
    return { hits, complete };
  }

  /** The document as fuse.js and the hit list see it. */
  private doc(id: number): Doc {
    const kind = this.docKind[id];
    const line = this.docLine[id];
    const character = this.docChar[id];
    if (kind === PERSON) {
      const p = this.peopleList[this.docSub[id]];
      return { kind: 'person', text: personText(p), speaker: p.name, role: p.roles[0] ?? null, path: null, line, character, ref: p.key, start: 0, end: 0 };
    }
    const a = this.slots[this.docSlot[id]]!.article;
    if (kind === QUOTE) {
      const q = a.quotes[this.docSub[id]];
      return { kind: 'quote', text: q.text.slice(0, MAX_DOC_TEXT * 2), speaker: this.speakers[id], role: q.role, path: a.path, line, character, ref: q.id, start: q.outer.start, end: q.outer.end };
    }
    const s = a.sentences[this.docSub[id]];
    return { kind: 'passage', text: passageText(a, this.docSub[id]), speaker: null, role: null, path: a.path, line, character, ref: null, start: s.start, end: s.end };
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
      score: hitScore(score),
      ref: d.ref,
    };
  }

  /** The index as plain arrays, for `persist.ts`. Syncs first. */
  exportState(): SearchIndexState {
    this.sync();
    const slots: string[] = [];
    const slotStart = [0];
    const slotDocs: number[] = [];
    const slotRemap = new Map<number, number>();
    this.slots.forEach((s, i) => {
      if (!s) return;
      slotRemap.set(i, slots.length);
      slots.push(s.article.path);
      slotDocs.push(...s.docs);
      slotStart.push(slotDocs.length);
    });
    const n = this.docCount;
    const docSlot = this.docSlot.slice(0, n);
    for (let i = 0; i < n; i++) if (docSlot[i] >= 0) docSlot[i] = slotRemap.get(docSlot[i]) ?? -1;
    const post = IntList.pack(this.allPostings());
    const grams = [...this.trigrams.keys()].map(gramText);
    const gram = IntList.pack([...this.trigrams.values()]);
    return {
      slots,
      slotStart: Int32Array.from(slotStart),
      slotDocs: Int32Array.from(slotDocs),
      docKind: this.docKind.slice(0, n),
      docAlive: this.docAlive.slice(0, n),
      docSlot,
      docSub: this.docSub.slice(0, n),
      docLine: this.docLine.slice(0, n),
      docChar: this.docChar.slice(0, n),
      speakers: this.speakers.slice(0, n),
      personDocs: Int32Array.from(this.personDocs),
      words: this.vocab.words,
      postStart: post.start,
      postings: post.values,
      df: this.df.slice(0, this.vocab.size),
      grams,
      gramStart: gram.start,
      gramWords: gram.values,
      dead: this.dead,
    };
  }

  /**
   * An index restored from `exportState()`. `indexed` gives the article objects its documents were
   * made from, `people` the people list; `inStep` says the corpus holds exactly those articles and
   * people (nothing changed since), else the next `sync()` re-indexes what differs, like any change.
   */
  static restore(corpus: Corpus, st: SearchIndexState, people: Person[], indexed: (path: string) => Article | undefined, inStep: boolean): SearchIndex {
    const ix = new SearchIndex(corpus);
    const n = st.docKind.length;
    ix.docCount = n;
    ix.docKind = st.docKind;
    ix.docAlive = st.docAlive;
    ix.docSlot = st.docSlot;
    ix.docSub = st.docSub;
    ix.docLine = st.docLine;
    ix.docChar = st.docChar;
    ix.speakers = st.speakers;
    ix.dead = st.dead;
    let alive = 0;
    for (let i = 0; i < n; i++) alive += st.docAlive[i];
    ix.alive = alive;
    st.slots.forEach((path, s) => {
      const a = indexed(path);
      if (!a) throw new Error(`search index: no article for ${path}`);
      const docs = Array.from(st.slotDocs.subarray(st.slotStart[s], st.slotStart[s + 1]));
      // The article version the documents were made from; the next sync() re-indexes the
      // article if the corpus holds another version of it, or drops it if the corpus has none.
      ix.slots.push({ article: a, docs });
      ix.slotOf.set(path, s);
    });
    ix.vocab = new Vocab(st.words);
    ix.postings = new Array<IntList>(st.words.length);
    ix.packed = { start: st.postStart, values: st.postings };
    ix.df = st.df;
    ix.lastDoc = new Int32Array(st.words.length).fill(-1);
    const gramLists = IntList.unpack(st.gramStart, st.gramWords);
    st.grams.forEach((g, i) => ix.trigrams.set(gramKey(g), gramLists[i]));
    ix.personDocs = Array.from(st.personDocs);
    ix.peopleList = people;
    if (inStep) {
      ix.peopleVersion = corpus.version;
      ix.syncedVersion = corpus.version;
    }
    return ix;
  }
}

/**
 * "the", "for", "his": a word spelt right that a twentieth of the archive uses is not a typo; its
 * look-alikes ("they", "form", "this") would only add tens of thousands of postings.
 */
export function tooCommonToBeATypo(df: number, alive: number): boolean {
  return df > Math.max(1, alive) * 0.05;
}

/** A word in a fifth of the archive says little: its huge posting list is skipped if other words speak. */
export function saysLittle(df: number, alive: number, queryWords: number): boolean {
  return alive > 2000 && df > alive * 0.2 && queryWords > 2;
}

/** What a matched word adds to a candidate's score: its similarity to the query word times its rarity. */
export function wordWeight(sim: number, df: number, alive: number): number {
  return sim * Math.log(1 + alive / Math.max(1, df));
}

/**
 * The vocabulary words close to query word `w` among `near` (ids of words sharing enough trigrams
 * with it, in the order found), each with a similarity in (0, 1): within a few edits (more for a
 * longer word), or, for the last word typed, any longer word it begins. The best twelve.
 */
export function similarWords(w: string, isLast: boolean, near: readonly number[], wordOf: (id: number) => string): [number, number][] {
  const maxEd = w.length <= 4 ? 1 : w.length <= 8 ? 2 : 3;
  const scored: [number, number][] = [];
  for (const id of near) {
    const cand = wordOf(id);
    if (isLast && cand.length > w.length && cand.startsWith(w)) {
      scored.push([id, 0.85]);
      continue;
    }
    if (Math.abs(cand.length - w.length) > maxEd) continue;
    const ed = editDistance(w, cand, maxEd);
    if (ed <= maxEd) scored.push([id, 1 - ed / (Math.max(w.length, cand.length) + 1)]);
  }
  scored.sort((a, b) => b[1] - a[1]);
  return scored.slice(0, 12);
}

/**
 * The ranking step of every search, local or in the archive: fuse.js ranks the candidate
 * documents (token search, TF-IDF over the candidates) on their text and speaker. A passage that
 * holds a candidate quote gives its place to the quote; candidates fuse.js found too far off come
 * after everything it ranked. Contract: best first, at most `limit`, `score` fuse.js's (0 best).
 */
export function rankCandidates<D extends Doc>(query: string, items: D[], limit: number): { doc: D; score: number }[] {
  const fuse = new Fuse(items, {
    keys: [{ name: 'text', weight: 0.75 }, { name: 'speaker', weight: 0.25 }],
    includeScore: true,
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: 0.6,
    useTokenSearch: true,
  });
  const ranked = fuse.search(query);
  const seen = new Set<D>();
  const out: { doc: D; score: number }[] = [];
  const quoteSpansHit = new Map<string, { start: number; end: number }[]>();
  const quotesIn = (d: D) => items.filter((q) => q.kind === 'quote' && q.path === d.path && q.start >= d.start && q.end <= d.end + 1);
  const push = (d: D, s: number) => {
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
    out.push({ doc: d, score: s });
  };
  for (const r of ranked) {
    push(r.item, r.score ?? 1);
    if (out.length >= limit) break;
  }
  if (out.length < limit) {
    for (const d of items) {
      push(d, 1);
      if (out.length >= limit) break;
    }
  }
  return out;
}

/** Rounds a fuse.js score as hits carry it. */
export function hitScore(score: number): number {
  return Math.round(score * 1e4) / 1e4;
}

/** A sentence long enough to be a passage of its own (a dozen characters, white space squashed). */
function isPassage(a: Article, s: { start: number; end: number }): boolean {
  return squashedLength(a.text, s.start, Math.min(s.end, s.start + MAX_DOC_TEXT), 12) >= 12;
}

/** One of an article's documents as the index makes it: `indexed` is the text its words come from. */
export interface ArticleDoc {
  kind: 'quote' | 'passage';
  /** The quote's or the sentence's number in the article. */
  sub: number;
  text: string;
  indexed: string;
  speaker: string | null;
  role: string | null;
  line: number;
  character: number;
  start: number;
  end: number;
}

/**
 * The documents the index makes of an article (its quotes, then its sentences long enough to be
 * passages), each with the text it is indexed under: for a store that keeps them elsewhere (the
 * archive). `speakerOf` names a quote's speaker as that store does.
 */
export function articleDocs(a: Article, speakerOf: (q: Article['quotes'][number]) => string | null): ArticleDoc[] {
  const out: ArticleDoc[] = [];
  a.quotes.forEach((q, qi) => {
    const speaker = speakerOf(q);
    const text = q.text.slice(0, MAX_DOC_TEXT * 2);
    out.push({ kind: 'quote', sub: qi, text, indexed: text + ' ' + (speaker ?? '') + ' ', speaker, role: q.role, line: q.line, character: q.character, start: q.outer.start, end: q.outer.end });
  });
  a.sentences.forEach((s, si) => {
    if (!isPassage(a, s)) return;
    const pos = a.positionAt(s.start);
    out.push({ kind: 'passage', sub: si, text: passageText(a, si), indexed: a.text.slice(s.start, Math.min(s.end, s.start + MAX_DOC_TEXT)), speaker: null, role: null, line: pos.line, character: pos.character, start: s.start, end: s.end });
  });
  return out;
}

/** The words a person is indexed under, and the text fuse.js ranks them on. */
export function personDocText(p: Person): { text: string; indexed: string } {
  return { text: personText(p), indexed: personText(p) + ' ' + p.name + ' ' + p.roles.join(' ') };
}

function passageText(a: Article, si: number): string {
  const s = a.sentences[si];
  return a.text.slice(s.start, Math.min(s.end, s.start + MAX_DOC_TEXT)).replace(/\s+/g, ' ').trim();
}

/** `text.slice(start, end).replace(/\s+/g, ' ').trim().length`, without building the string; counting stops at `atMost`. */
function squashedLength(text: string, start: number, end: number, atMost = Infinity): number {
  let n = 0;
  let pendingSpace = false;
  for (let i = start; i < end; i++) {
    if (isJsSpace(text.charCodeAt(i))) {
      if (n > 0) pendingSpace = true;
      continue;
    }
    if (pendingSpace) n++;
    pendingSpace = false;
    if (++n >= atMost) return n;
  }
  return n;
}

/** The characters `\s` matches in a JavaScript regular expression. */
function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function personText(p: Person): string {
  return [p.name, ...p.aliases].join(' · ');
}

/** A trigram as the index keys it: see `gramsOf`. */
type Gram = number | string;

/**
 * The trigrams of `^w$` (by UTF-16 code unit, repeats kept), each as one number when its three
 * code units are below 1024 (every folded Latin word), else as the three-unit string. Numbers
 * need no string made and hashed: indexing an archive takes the trigrams of every new word.
 */
function gramsOf(w: string): Gram[] {
  const n = w.length + 2;
  const out: Gram[] = [];
  const at = (i: number) => (i === 0 ? 94 : i === n - 1 ? 36 : w.charCodeAt(i - 1)); // ^ and $
  for (let i = 0; i + 3 <= n; i++) {
    const a = at(i);
    const b = at(i + 1);
    const c = at(i + 2);
    out.push(packGram(a, b, c));
  }
  return out;
}

/** Three code units as one number when each is below 1024, else as their string. */
function packGram(a: number, b: number, c: number): Gram {
  return a < 1024 && b < 1024 && c < 1024 ? (a << 20) | (b << 10) | c : String.fromCharCode(a, b, c);
}

/** A trigram as stored on disk: always its three code units. */
function gramText(g: Gram): string {
  return typeof g === 'string' ? g : String.fromCharCode(g >> 20, (g >> 10) & 1023, g & 1023);
}

/** A stored trigram as the index keys it. */
function gramKey(s: string): Gram {
  return s.length === 3 ? packGram(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2)) : s;
}

/** The k ids with the highest rank, best first; equal ranks keep their order in `ids`. */
function topK(ids: number[], k: number, rank: (id: number) => number): number[] {
  if (ids.length <= k) {
    const r = ids.map((id, i) => [rank(id), i, id] as const);
    r.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    return r.map((x) => x[2]);
  }
  // A bounded min-heap of (rank, position): the worst of the best k at the root.
  const heapR = new Float64Array(k);
  const heapP = new Int32Array(k);
  let size = 0;
  const worse = (i: number, j: number) => heapR[i] < heapR[j] || (heapR[i] === heapR[j] && heapP[i] > heapP[j]);
  const swap = (i: number, j: number) => {
    const r = heapR[i];
    heapR[i] = heapR[j];
    heapR[j] = r;
    const p = heapP[i];
    heapP[i] = heapP[j];
    heapP[j] = p;
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && worse(l, m)) m = l;
      if (r < size && worse(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (let pos = 0; pos < ids.length; pos++) {
    const rk = rank(ids[pos]);
    if (size < k) {
      heapR[size] = rk;
      heapP[size] = pos;
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (rk > heapR[0]) {
      // Equal rank: the earlier id already in the heap wins.
      heapR[0] = rk;
      heapP[0] = pos;
      down(0);
    }
  }
  const order = Array.from({ length: size }, (_, i) => i).sort((a, b) => heapR[b] - heapR[a] || heapP[a] - heapP[b]);
  return order.map((i) => ids[heapP[i]]);
}
