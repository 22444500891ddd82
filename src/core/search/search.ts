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
import type { Article, Person, Quote, Span } from '../types';

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

/** An indexed article and its documents: `first` and the `count` after it. */
interface Slot {
  article: Article;
  first: number;
  count: number;
}

/**
 * Everything the index holds, as plain arrays: what `persist.ts` writes and reads back.
 * Document `d` is `docKind[d]` of `slots[docSlot[d]]` (quote or sentence number `docSub[d]`), or
 * person number `docSub[d]` of the people list the index was built with. Documents are numbered
 * in corpus order, each article's together, the people's after them.
 */
export interface SearchIndexState {
  /** Article paths by slot (corpus order). */
  slots: string[];
  /**
   * Slot `s` holds documents `slotStart[s]` and the `slotCount[s] - 1` after it; the numbers up to
   * the next slot's start are room for it to grow into. The people's start at `slotStart[slots.length]`.
   */
  slotStart: Int32Array;
  slotCount: Int32Array;
  docKind: Uint8Array;
  docAlive: Uint8Array;
  docSlot: Int32Array;
  docSub: Int32Array;
  docLine: Int32Array;
  docChar: Int32Array;
  /** A quote's speaker as the corpus named it when it was indexed. */
  speakers: (string | null)[];
  words: string[];
  /** Postings of word `w`: `postings[postStart[w] .. postStart[w + 1])`. */
  postStart: Int32Array;
  postings: Int32Array;
  df: Int32Array;
  grams: string[];
  gramStart: Int32Array;
  gramWords: Int32Array;
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
  private slots: Slot[] = [];
  private readonly slotOf = new Map<string, number>();

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

  /** Person `i`'s document is `personFirst + i`. */
  private personFirst = 0;
  private peopleList: Person[] = [];
  private syncedVersion = -1;
  /** Built once: after that, `sync()` updates what changed. */
  private built = false;
  /** How the index was brought up to date so far: built whole; updated in place; updated with the articles laid out anew. */
  readonly syncs = { whole: 0, inPlace: 0, laidOut: 0 };
  /** The arrays were restored from someone else's bytes: copied before an update changes them where they stand. */
  private borrowed = false;
  /** Scratch space for updates, grown and reused. */
  private remapTable = new Int32Array(0);
  private tailScratch = new Int32Array(0);
  private alive = 0;

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

  /**
   * Brings the index up to date with the corpus. The first time it is built whole; after that
   * only what changed is indexed again (the articles changed, added or removed, the people whose
   * details changed, the quotes whose speaker's name changed), and the documents and words are
   * renumbered as a build from scratch numbers them, so that every answer is the one a build
   * from scratch would give.
   */
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
   * people), so that a caller can yield to the event loop between steps. An update of what
   * changed is one step.
   */
  *syncSteps(): Generator<void, void, void> {
    const version = this.corpus.version;
    if (this.syncedVersion === version) return;
    // Quotes are indexed with their speakers, which the people index resolves: bring it up to
    // date first, in steps, rather than all at once inside the first article's quotes.
    yield* this.corpus.indexSteps();
    if (!this.built || !this.update()) {
      this.reset();
      for (const a of this.corpus.articles) {
        this.addArticle(a);
        yield;
      }
      // The people index is built in steps too: it is the one corpus-wide computation.
      yield* this.corpus.indexSteps();
      this.peopleList = this.corpus.people;
      this.skip(tailRoom(this.slots.length));
      this.personFirst = this.docCount;
      for (let i = 0; i < this.peopleList.length; i++) {
        this.addPerson(i);
        if (i % 500 === 499) yield;
      }
      this.flushPending();
      this.built = true;
      this.syncs.whole++;
    }
    yield* freezeSteps(this.allPostings());
    // The trigram lists too: on a large archive freezing them all at once is one long block.
    yield* freezeSteps([...this.trigrams.values()]);
    // A change made while this ran (between steps) is for the next sync.
    this.syncedVersion = version;
  }

  /** Empties the index, for a build from scratch. */
  private reset(): void {
    this.docCount = 0;
    this.speakers = [];
    this.slots = [];
    this.slotOf.clear();
    this.vocab = new Vocab();
    this.postings = [];
    this.packed = null;
    this.df = new Int32Array(0);
    this.trigrams.clear();
    this.lastDoc = new Int32Array(0);
    this.personFirst = 0;
    this.peopleList = [];
    this.alive = 0;
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

  /** The text a document is indexed under. */
  private docText(id: number): string {
    const kind = this.docKind[id];
    if (kind === PERSON) return personDocText(this.peopleList[this.docSub[id]]).indexed;
    const a = this.slots[this.docSlot[id]]!.article;
    if (kind === QUOTE) return quoteDocText(a.quotes[this.docSub[id]], this.speakers[id]);
    return passageDocText(a, a.sentences[this.docSub[id]]);
  }

  private newDoc(kind: number, slot: number, sub: number, line: number, character: number, speaker: string | null): number {
    const id = this.docCount++;
    if (id >= this.docKind.length) this.growColumns(id + 1);
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
    const slot: Slot = { article: a, first: this.docCount, count: 0 };
    this.slotOf.set(a.path, this.slots.length);
    for (const d of indexedDocs(a, (q) => this.corpus.speakerOf(q, a))) this.indexText(this.newDoc(d.kind, this.slots.length, d.sub, d.line, d.character, d.speaker), d.text);
    slot.count = this.docCount - slot.first;
    this.slots.push(slot);
    this.skip(roomAfter(slot.count));
  }

  /** Leaves `n` document numbers unused: room for an article to grow into when it changes. */
  private skip(n: number): void {
    const end = this.docCount + n;
    this.growColumns(end);
    this.clearDocs(this.docCount, end);
    this.docCount = end;
  }

  private growColumns(n: number): void {
    this.docKind = growUint8(this.docKind, n);
    this.docAlive = growUint8(this.docAlive, n);
    this.docSlot = growInt32(this.docSlot, n);
    this.docSub = growInt32(this.docSub, n);
    this.docLine = growInt32(this.docLine, n);
    this.docChar = growInt32(this.docChar, n);
  }

  private addPerson(i: number): void {
    const p = this.peopleList[i];
    this.indexText(this.newDoc(PERSON, -1, i, 0, 0, p.name), personDocText(p).indexed);
  }

  /**
   * Brings the index up to date with what changed, to what a build from scratch gives: documents
   * in corpus order (each article's quotes, then its passages, with room after them to grow into)
   * and the people's after them in people-list order; words numbered in the order they first
   * occur; every list in those orders. Only the documents that changed are read and only the lists
   * of their words rewritten; an article that changes keeps its numbers where its room allows, so
   * that the rest of the index stays where it is. Returns false (changing nothing) when a build
   * from scratch is the better way: much of it changed, or what stays is in another order.
   */
  private update(): boolean {
    const articles = this.corpus.articles;
    const people = this.corpus.people;
    // What stays: the same article object (or person object) as before, in the same order.
    let stayed = 0;
    let last = -1;
    for (const a of articles) {
      const s = this.slotOf.get(a.path);
      if (s === undefined || this.slots[s].article !== a) continue;
      if (s < last) return false;
      last = s;
      stayed++;
    }
    if (articles.length + this.slots.length - 2 * stayed > Math.max(50, articles.length / 4)) return false;
    const change = this.peopleChange(people);
    if (!change) return false;
    this.own();

    // Quotes whose speaker may be named otherwise now: those of the people who left or came.
    const suspects = new Map<string, Set<string>>();
    for (const p of [...change.left, ...change.came]) {
      for (const id of p.quotes) {
        const path = id.slice(0, id.lastIndexOf('#'));
        (suspects.get(path) ?? suspects.set(path, new Set()).get(path)!).add(id);
      }
    }

    // Where each article's documents go: an article that stays where it was, one that changed in
    // its own room (or in the room before the next that stays); failing that, everything anew.
    const oldCount = this.docCount;
    const specs = new Map<Article, DocSpec[]>();
    const specsOf = (a: Article) => specs.get(a) ?? specs.set(a, [...indexedDocs(a, (q) => this.corpus.speakerOf(q, a))]).get(a)!;
    const kept = (a: Article): Slot | undefined => {
      const s = this.slotOf.get(a.path);
      return s !== undefined && this.slots[s].article === a ? this.slots[s] : undefined;
    };
    const slots: Slot[] = new Array(articles.length);
    let stable = true;
    let cursor = 0;
    // The room an article may take runs to the next article that stays (the people may move).
    const limits = new Float64Array(articles.length);
    for (let i = articles.length - 1, limit = Infinity; i >= 0; i--) {
      limits[i] = limit;
      const k = kept(articles[i]);
      if (k) limit = k.first;
    }
    for (let i = 0; i < articles.length && stable; i++) {
      const a = articles[i];
      const k = kept(a);
      if (k) {
        if (k.first < cursor) stable = false;
        slots[i] = k;
      } else {
        const count = specsOf(a).length;
        const s = this.slotOf.get(a.path);
        const own = s === undefined ? -1 : this.slots[s].first;
        const first = own >= cursor && own + count <= limits[i] ? own : cursor;
        if (first + count > limits[i]) stable = false;
        slots[i] = { article: a, first, count };
      }
      cursor = slots[i].first + slots[i].count;
    }
    if (!stable) {
      cursor = 0;
      articles.forEach((a, i) => {
        const count = kept(a)?.count ?? specsOf(a).length;
        slots[i] = { article: a, first: cursor, count };
        cursor += count + roomAfter(count);
      });
    }
    const personFirst = stable && cursor <= this.personFirst ? this.personFirst : cursor + tailRoom(articles.length);
    const count = personFirst + people.length;

    // Where documents change: the numbers of each article that changed, before and after, each
    // quote whose speaker is named otherwise now, and the people's from the first that moves. The
    // documents of everything else keep their numbers (unless the articles were laid out anew).
    /** Whether an indexed article is still in the corpus as it was. */
    const stays = (old: Slot) => this.corpus.get(old.article.path) === old.article;
    const dropped: number[] = [];
    const speakerChanged: number[] = [];
    const made: { id: number; spec: DocSpec }[] = [];
    const windows: [number, number][] = [];
    for (const old of this.slots) {
      if (stays(old)) continue;
      for (let d = old.first; d < old.first + old.count; d++) dropped.push(d);
      windows.push([old.first, old.first + old.count]);
    }
    slots.forEach((slot, i) => {
      const a = slot.article;
      const k = kept(a);
      if (!k) {
        specsOf(a).forEach((spec, j) => made.push({ id: slot.first + j, spec: { ...spec, slot: i } }));
        windows.push([slot.first, slot.first + slot.count]);
        return;
      }
      const ids = suspects.get(a.path);
      if (!ids) return;
      for (let j = 0; j < k.count; j++) {
        const d = k.first + j;
        if (this.docKind[d] !== QUOTE) continue;
        const q = a.quotes[this.docSub[d]];
        if (!ids.has(q.id)) continue;
        const speaker = this.corpus.speakerOf(q, a);
        if (speaker === this.speakers[d]) continue;
        dropped.push(d);
        speakerChanged.push(d);
        made.push({ id: slot.first + j, spec: { kind: QUOTE, slot: i, sub: this.docSub[d], line: q.line, character: q.character, speaker, text: quoteDocText(q, speaker) } });
        // (Laid out anew, its old and new numbers differ; then the one window covers everything.)
        windows.push([d, d + 1]);
      }
    });
    if (change.left.size || change.came.size || personFirst !== this.personFirst) windows.push([Math.min(this.personFirst, personFirst), Infinity]);
    if (!stable) windows.splice(0, windows.length, [0, Infinity]);
    const merged = mergeWindows(windows);

    // Old document → new (-1: gone or made again) inside the windows; outside them, the same.
    const remap = this.remapScratch(oldCount);
    for (const [wa, wb] of merged) remap.fill(-1, wa, Math.min(wb, oldCount));
    if (!stable) {
      slots.forEach((slot) => {
        const k = kept(slot.article);
        if (k) for (let j = 0; j < k.count; j++) remap[k.first + j] = slot.first + j;
      });
      for (const d of speakerChanged) remap[d] = -1;
    }
    const peopleMove = change.left.size > 0 || change.came.size > 0 || personFirst !== this.personFirst || !stable;
    let p = 0;
    if (peopleMove) people.forEach((person, i) => {
      if (change.came.has(person)) {
        made.push({ id: personFirst + i, spec: { kind: PERSON, slot: -1, sub: i, line: 0, character: 0, speaker: person.name, text: personDocText(person).indexed } });
        return;
      }
      while (change.left.has(this.peopleList[p])) dropped.push(this.personFirst + p++);
      remap[this.personFirst + p++] = personFirst + i;
    });
    if (peopleMove) for (; p < this.peopleList.length; p++) dropped.push(this.personFirst + p);
    made.sort((x, y) => x.id - y.id);
    // The first document (of those that stay) whose number changes: the lists of words untouched
    // by the change are renumbered from there.
    let firstMoved = oldCount;
    for (const [wa, wb] of merged) {
      for (let d = wa; d < Math.min(wb, oldCount) && firstMoved === oldCount; d++) if (remap[d] >= 0 && remap[d] !== d) firstMoved = d;
      if (firstMoved < oldCount) break;
    }

    // Words: what the documents that went and came hold.
    const oldV = this.vocab.size;
    const allOld = this.allPostings();
    IntList.freeze(allOld);
    const droppedWords = new Set<number>();
    for (const d of dropped) for (const w of wordTokens(this.docText(d))) droppedWords.add(this.vocab.get(w)!);
    const newWords: string[] = [];
    const newWordNo = new Map<string, number>();
    // Per word the new documents that hold it (ascending), and per new document its words (in order).
    const gained = new Map<number, number[]>();
    const madeWords = new Map<number, number[]>();
    for (const m of made) {
      const seen: number[] = [];
      const t = foldKey(m.spec.text);
      scanWords(t, (start, end) => {
        const h = hashRange(t, start, end);
        let wid = this.vocab.find(t, start, end, h);
        if (wid < 0) {
          const w = t.slice(start, end);
          wid = newWordNo.get(w) ?? -1;
          if (wid < 0) {
            wid = oldV + newWords.length;
            newWordNo.set(w, wid);
            newWords.push(w);
          }
        }
        const list = gained.get(wid);
        if (list && list[list.length - 1] === m.id) return;
        if (list) list.push(m.id);
        else gained.set(wid, [m.id]);
        seen.push(wid);
      });
      madeWords.set(m.id, seen);
    }
    const touched = [...new Set<number>([...droppedWords, ...gained.keys()])].sort((x, y) => x - y);
    const isTouched = new Uint8Array(oldV + newWords.length);
    for (const w of touched) isTouched[w] = 1;

    // The postings: an untouched word's renumbered where it stands (only past the first document
    // that moved); a touched word's rewritten past the first document that can differ.
    const lists: IntList[] = [];
    for (let w = 0; w < oldV; w++) {
      if (!isTouched[w]) remapInPlace(allOld[w].items as Int32Array, remap, firstMoved);
      lists.push(allOld[w]);
    }
    for (let k = 0; k < newWords.length; k++) lists.push(new IntList(EMPTY_LIST));
    let tail = this.tailScratch;
    for (const w of touched) {
      const list = lists[w];
      const add = gained.get(w) ?? [];
      // Window by window from the last (so that the places before it hold): what stands in it
      // goes, what stays in it is renumbered, and the new documents in it come in.
      let k = add.length;
      for (let wi = merged.length - 1; wi >= 0; wi--) {
        const [wa, wb] = merged[wi];
        const old = list.items as Int32Array;
        const lo = firstAtLeast(old, wa);
        const hi = wb === Infinity ? old.length : firstAtLeast(old, wb);
        let k0 = k;
        while (k0 > 0 && add[k0 - 1] >= wa) k0--;
        if (lo === hi && k0 === k) continue;
        const need = hi - lo + (k - k0);
        if (tail.length < need + (old.length - hi)) tail = this.tailScratch = new Int32Array((need + old.length - hi) * 2);
        let n = 0;
        let g = k0;
        for (let j = lo; j < hi; j++) {
          const v = remap[old[j]];
          if (v < 0) continue;
          while (g < k && add[g] < v) tail[n++] = add[g++];
          tail[n++] = v;
        }
        while (g < k) tail[n++] = add[g++];
        tail.set(old.subarray(hi), n);
        list.replaceTail(lo, tail.subarray(0, n + old.length - hi));
        k = k0;
      }
    }

    // The words in the order they first occur: those untouched keep theirs; a touched word goes
    // where its first document (and its place in it) puts it; a word no document holds goes.
    let personNo: Map<Person, number> | null = null;
    const oldOf = (d: number): number => {
      // The old number of a document that stays (new numbering): its article's, shifted.
      if (d >= personFirst) {
        personNo ??= new Map(this.peopleList.map((x, i) => [x, i]));
        return this.personFirst + personNo.get(people[d - personFirst])!;
      }
      const i = slotAt(slots, d);
      const k = kept(slots[i].article)!;
      return k.first + (d - slots[i].first);
    };
    const docWords = new Map<number, Map<number, number>>();
    /** Where word `w` first stands in document `id` (new numbering). */
    const placeIn = (id: number, w: number): number => {
      let places = docWords.get(id);
      if (!places) {
        places = new Map();
        const ws = madeWords.get(id) ?? wordTokens(this.docText(oldOf(id))).map((x) => this.vocab.get(x)!);
        for (const x of ws) if (!places.has(x)) places.set(x, places.size);
        docWords.set(id, places);
      }
      return places.get(w)!;
    };
    const before = (a: number, b: number): boolean => {
      const da = lists[a].items[0];
      const db = lists[b].items[0];
      return da !== db ? da < db : placeIn(da, a) < placeIn(da, b);
    };
    const moved = touched.filter((w) => lists[w].length).sort((a, b) => (a === b ? 0 : before(a, b) ? -1 : 1));
    const order: number[] = [];
    let mi = 0;
    for (let w = 0; w < oldV; w++) {
      if (isTouched[w]) continue;
      while (mi < moved.length && before(moved[mi], w)) order.push(moved[mi++]);
      order.push(w);
    }
    while (mi < moved.length) order.push(moved[mi++]);
    let renumbered = order.length !== oldV;
    for (let i = 0; i < order.length && !renumbered; i++) renumbered = order[i] !== i;

    // The documents' columns: in the windows, the old ones that stay moved a run at a time where
    // they stand, the rest emptied and the new ones written in; an article whose number in the
    // list changed has its documents say so. (Read above for the words first.)
    this.moveColumns(remap, merged, oldCount, count);
    // (Laid out anew, what stays has moved into the window: the room between articles is emptied below.)
    if (stable) for (const [wa, wb] of merged) this.clearDocs(wa, Math.min(wb, personFirst));
    for (const { id, spec } of made) {
      this.docKind[id] = spec.kind;
      this.docAlive[id] = 1;
      this.docSlot[id] = spec.slot;
      this.docSub[id] = spec.sub;
      this.docLine[id] = spec.line;
      this.docChar[id] = spec.character;
      this.speakers[id] = spec.speaker;
    }
    let renamed = slots.findIndex((s, i) => this.slots[i] !== s);
    if (renamed < 0) renamed = slots.length;
    for (let i = renamed; i < slots.length; i++) this.docSlot.fill(i, slots[i].first, slots[i].first + slots[i].count);
    if (!stable) {
      let end = 0;
      for (const s of slots) {
        this.clearDocs(end, s.first);
        end = s.first + s.count;
      }
      this.clearDocs(end, personFirst);
    }
    if (peopleMove) {
      for (let i = 0; i < people.length; i++) {
        this.docSlot[personFirst + i] = -1;
        this.docSub[personFirst + i] = i;
        this.docAlive[personFirst + i] = 1;
      }
    }
    this.docCount = count;
    this.speakers.length = count;
    this.alive = 0;
    for (const s of slots) this.alive += s.count;
    this.alive += people.length;

    if (renumbered) {
      const wordNo = new Int32Array(oldV + newWords.length).fill(-1);
      order.forEach((w, i) => (wordNo[w] = i));
      this.renumberGrams(wordNo, newWords.map((w, k) => [w, wordNo[oldV + k]] as const).filter(([, n]) => n >= 0));
      this.vocab = new Vocab(order.map((w) => (w < oldV ? this.vocab.words[w] : newWords[w - oldV])));
      this.postings = order.map((w) => lists[w]);
      this.df = Int32Array.from(order, (w) => lists[w].length);
      this.lastDoc = new Int32Array(this.vocab.size).fill(-1);
    } else {
      this.postings = lists;
      for (const w of touched) this.df[w] = lists[w].length;
    }
    this.packed = null;
    // Slot numbers from the first that changed on.
    for (let i = renamed; i < this.slots.length; i++) if (!this.corpus.has(this.slots[i].article.path)) this.slotOf.delete(this.slots[i].article.path);
    this.slots = slots;
    for (let i = renamed; i < slots.length; i++) this.slotOf.set(slots[i].article.path, i);
    this.personFirst = personFirst;
    this.peopleList = people;
    if (stable) this.syncs.inPlace++;
    else this.syncs.laidOut++;
    return true;
  }

  /** Makes the arrays a restored index reads from its own, so that an update may change them where they stand. */
  private own(): void {
    if (!this.borrowed) return;
    this.borrowed = false;
    this.docSlot = this.docSlot.slice();
    this.docSub = this.docSub.slice();
    this.docLine = this.docLine.slice();
    this.docChar = this.docChar.slice();
    for (const lists of [this.allPostings(), [...this.trigrams.values()]]) {
      IntList.freeze(lists);
      const { start, values } = IntList.pack(lists);
      lists.forEach((l, i) => l.view(values.subarray(start[i], start[i + 1])));
    }
  }

  /**
   * The people who left the people list and came to it since the index last saw it, or null when
   * those who stayed are in another order (then the index is built anew).
   */
  private peopleChange(people: Person[]): { left: Set<Person>; came: Set<Person> } | null {
    const now = new Set(people);
    const left = new Set<Person>();
    for (const p of this.peopleList) if (!now.has(p)) left.add(p);
    const came = new Set<Person>();
    let j = 0;
    for (const p of people) {
      while (j < this.peopleList.length && left.has(this.peopleList[j])) j++;
      if (j < this.peopleList.length && this.peopleList[j] === p) j++;
      else if (this.peopleList.includes(p)) return null;
      else came.add(p);
    }
    return { left, came };
  }

  /** The scratch table an update renumbers documents by (grown, never shrunk). */
  private remapScratch(n: number): Int32Array {
    if (this.remapTable.length < n) this.remapTable = new Int32Array(Math.max(n, this.remapTable.length * 2));
    return this.remapTable;
  }

  /**
   * Moves the columns of the documents that stay to their new numbers where they stand: a run of
   * consecutive documents at a time, those moving down first and those moving up from the end.
   */
  private moveColumns(remap: Int32Array, windows: [number, number][], oldCount: number, count: number): void {
    this.growColumns(Math.max(count, oldCount));
    // (copyWithin never writes past the end: the speakers' array first grows to hold them all.)
    if (this.speakers.length < count) this.speakers.length = count;
    const runs: [number, number, number][] = [];
    for (const [wa, wb] of windows) {
      const end = Math.min(wb, oldCount);
      for (let d = wa; d < end; ) {
        if (remap[d] < 0 || remap[d] === d) {
          d++;
          continue;
        }
        let e = d + 1;
        while (e < end && remap[e] === remap[e - 1] + 1) e++;
        runs.push([d, e, remap[d]]);
        d = e;
      }
    }
    const move = ([a, b, to]: [number, number, number]) => {
      for (const col of [this.docKind, this.docAlive, this.docSlot, this.docSub, this.docLine, this.docChar]) col.copyWithin(to, a, b);
      this.speakers.copyWithin(to, a, b);
    };
    for (const r of runs) if (r[2] < r[0]) move(r);
    for (let i = runs.length - 1; i >= 0; i--) if (runs[i][2] > runs[i][0]) move(runs[i]);
  }

  /** Marks documents `a .. b` as room: no document. */
  private clearDocs(a: number, b: number): void {
    if (a >= b) return;
    for (const col of [this.docKind, this.docAlive, this.docSub, this.docLine, this.docChar]) col.fill(0, a, b);
    this.docSlot.fill(-1, a, b);
    for (let d = a; d < b; d++) this.speakers[d] = null;
  }

  /**
   * The trigram lists after the words were renumbered (`wordNo`: old id → new, -1 gone), with the
   * new words `added` (word, new id) put in: each list stays in word order.
   */
  private renumberGrams(wordNo: Int32Array, added: readonly (readonly [string, number])[]): void {
    IntList.freeze([...this.trigrams.values()]);
    for (const [g, list] of this.trigrams) {
      const items = list.items as Int32Array;
      let n = 0;
      let sorted = true;
      for (let j = 0; j < items.length; j++) {
        const v = wordNo[items[j]];
        if (v < 0) continue;
        if (n && v < items[n - 1]) sorted = false;
        items[n++] = v;
      }
      if (!n) {
        this.trigrams.delete(g);
        continue;
      }
      const kept = n === items.length ? items : items.subarray(0, n);
      if (!sorted) kept.sort();
      if (kept !== items) list.view(kept);
    }
    const joining = new Map<Gram, number[]>();
    for (const [w, id] of added) for (const g of gramsOf(w)) (joining.get(g) ?? joining.set(g, []).get(g)!).push(id);
    for (const [g, ids] of joining) {
      const list = this.trigrams.get(g);
      const all = Int32Array.from([...(list ? Array.from(list.items) : []), ...ids]).sort();
      if (list) list.view(all);
      else this.trigrams.set(g, new IntList(all));
    }
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
    const slots = this.slots.map((s) => s.article.path);
    const slotStart = Int32Array.from([...this.slots.map((s) => s.first), this.personFirst]);
    const slotCount = Int32Array.from(this.slots, (s) => s.count);
    const n = this.docCount;
    const docSlot = this.docSlot.slice(0, n);
    const post = IntList.pack(this.allPostings());
    const grams = [...this.trigrams.keys()].map(gramText);
    const gram = IntList.pack([...this.trigrams.values()]);
    return {
      slots,
      slotStart,
      slotCount,
      docKind: this.docKind.slice(0, n),
      docAlive: this.docAlive.slice(0, n),
      docSlot,
      docSub: this.docSub.slice(0, n),
      docLine: this.docLine.slice(0, n),
      docChar: this.docChar.slice(0, n),
      speakers: this.speakers.slice(0, n),
      words: this.vocab.words,
      postStart: post.start,
      postings: post.values,
      df: this.df.slice(0, this.vocab.size),
      grams,
      gramStart: gram.start,
      gramWords: gram.values,
    };
  }

  /**
   * An index restored from `exportState()` over the corpus it was made from: `indexed` gives the
   * article objects its documents were made from, `people` the people list. A later change to the
   * corpus is brought in by `sync()`, like any change. `owned`: the arrays of `st` are the index's
   * to change (else they are copied before an update changes them).
   */
  static restore(corpus: Corpus, st: SearchIndexState, people: Person[], indexed: (path: string) => Article | undefined, owned = false): SearchIndex {
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
    let alive = 0;
    for (let i = 0; i < n; i++) alive += st.docAlive[i];
    ix.alive = alive;
    st.slots.forEach((path, s) => {
      const a = indexed(path);
      if (!a) throw new Error(`search index: no article for ${path}`);
      ix.slots.push({ article: a, first: st.slotStart[s], count: st.slotCount[s] });
      ix.slotOf.set(path, s);
    });
    ix.vocab = new Vocab(st.words);
    ix.postings = new Array<IntList>(st.words.length);
    ix.packed = { start: st.postStart, values: st.postings };
    ix.df = st.df;
    ix.lastDoc = new Int32Array(st.words.length).fill(-1);
    const gramLists = IntList.unpack(st.gramStart, st.gramWords);
    st.grams.forEach((g, i) => ix.trigrams.set(gramKey(g), gramLists[i]));
    ix.personFirst = st.slotStart[st.slots.length];
    ix.peopleList = people;
    ix.built = true;
    ix.borrowed = !owned;
    ix.syncedVersion = corpus.version;
    return ix;
  }
}

/** A document as an article or person gives it, before it is numbered. */
interface DocSpec {
  kind: number;
  slot: number;
  sub: number;
  line: number;
  character: number;
  speaker: string | null;
  /** What it is indexed under. */
  text: string;
}

/**
 * An article's documents as they are indexed: each quote (with its speaker), then each sentence
 * long enough to be a passage (so that reported speech and facts are found too).
 */
function* indexedDocs(a: Article, speakerOf: (q: Quote) => string | null): Generator<DocSpec, void, void> {
  for (let qi = 0; qi < a.quotes.length; qi++) {
    const q = a.quotes[qi];
    const speaker = speakerOf(q);
    yield { kind: QUOTE, slot: -1, sub: qi, line: q.line, character: q.character, speaker, text: quoteDocText(q, speaker) };
  }
  const sentences = a.sentences;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (!isPassage(a, s)) continue;
    const pos = a.positionAt(s.start);
    yield { kind: PASSAGE, slot: -1, sub: si, line: pos.line, character: pos.character, speaker: null, text: passageDocText(a, s) };
  }
}

function quoteDocText(q: Quote, speaker: string | null): string {
  return q.text.slice(0, MAX_DOC_TEXT * 2) + ' ' + (speaker ?? '') + ' ';
}

/** A passage's words are those of its text; white space, squashed where it is shown, separates them either way. */
function passageDocText(a: Article, s: Span): string {
  return a.text.slice(s.start, Math.min(s.end, s.start + MAX_DOC_TEXT));
}


const EMPTY_LIST = new Int32Array(0);

/** Windows `[start, end)` sorted, those that overlap or touch made one. */
function mergeWindows(ws: [number, number][]): [number, number][] {
  const sorted = ws.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Renumbers a sorted list of documents where it stands (none dropped, the order kept): those from `from` on move. */
function remapInPlace(list: Int32Array, remap: Int32Array, from: number): void {
  for (let j = firstAtLeast(list, from); j < list.length; j++) list[j] = remap[list[j]];
}

/** Unused document numbers left after an article of `count` documents: room for it to grow when it changes. */
function roomAfter(count: number): number {
  return 2 + (count >> 3);
}

/** Unused document numbers left after the last article: room for articles that come at the end. */
function tailRoom(articles: number): number {
  return 64 + (articles >> 4);
}

/** The slot whose documents include `d` (slots in document order). */
function slotAt(slots: Slot[], d: number): number {
  let lo = 0;
  let hi = slots.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (slots[mid].first <= d) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The first place in the ascending `list` that holds `v` or more (its length when none does). */
function firstAtLeast(list: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
