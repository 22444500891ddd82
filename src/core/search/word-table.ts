/**
 * The search index's vocabulary: word → id in an open-addressing hash table keyed by the word's
 * characters, so that a word found in a text is looked up where it stands (`find(text, start,
 * end)`) without cutting it out as a string first. Indexing an archive looks up every word of it.
 */
export class Vocab {
  readonly words: string[] = [];
  private hashes: number[] = [];
  private table: Int32Array;
  private mask: number;

  constructor(words: readonly string[] = []) {
    let size = 1024;
    while (size < words.length * 2) size *= 2;
    this.table = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (const w of words) this.add(w, hashRange(w, 0, w.length));
  }

  get size(): number {
    return this.words.length;
  }

  /** The id of `t.slice(start, end)`, or -1. `h` is `hashRange(t, start, end)`. */
  find(t: string, start: number, end: number, h: number): number {
    const len = end - start;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const id = this.table[i];
      if (id < 0) return -1;
      if (this.hashes[id] !== h) continue;
      const w = this.words[id];
      if (w.length !== len) continue;
      let k = 0;
      while (k < len && w.charCodeAt(k) === t.charCodeAt(start + k)) k++;
      if (k === len) return id;
    }
  }

  get(word: string): number | undefined {
    const id = this.find(word, 0, word.length, hashRange(word, 0, word.length));
    return id < 0 ? undefined : id;
  }

  /** Adds a word known to be absent; returns its id. */
  add(word: string, h: number): number {
    const id = this.words.length;
    this.words.push(word);
    this.hashes.push(h);
    if (this.words.length * 2 > this.table.length) this.grow();
    else this.place(id, h);
    return id;
  }

  private place(id: number, h: number): void {
    let i = h & this.mask;
    while (this.table[i] >= 0) i = (i + 1) & this.mask;
    this.table[i] = id;
  }

  private grow(): void {
    this.table = new Int32Array(this.table.length * 2).fill(-1);
    this.mask = this.table.length - 1;
    for (let id = 0; id < this.words.length; id++) this.place(id, this.hashes[id]);
  }
}

/** FNV-1a over the UTF-16 code units of `t.slice(start, end)`. */
export function hashRange(t: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ t.charCodeAt(i), 16777619);
  return h >>> 0;
}
