/**
 * A growable list of 32-bit integers: the search index's postings and vocabulary grams. While the
 * index is being built a list is a plain array (cheap to push to); `freeze` packs many lists into
 * one Int32Array (four bytes an entry, one allocation), each list a view of its part. A push to a
 * frozen list turns it back into an array until the next freeze.
 */
export class IntList {
  private arr: number[] | null;
  private data: Int32Array;
  /** Room this list owns past its entries (`data` is its start), for `replaceTail` to grow into. */
  private room: Int32Array | null = null;

  constructor(data?: Int32Array) {
    this.arr = data ? null : [];
    this.data = data ?? EMPTY;
  }

  get length(): number {
    return this.arr ? this.arr.length : this.data.length;
  }

  /** The entries, for reading (valid until the next push or freeze). */
  get items(): ArrayLike<number> {
    return this.arr ?? this.data;
  }

  push(v: number): void {
    if (!this.arr) this.arr = Array.from(this.data);
    this.arr.push(v);
  }

  /** Keeps only the entries `keep` accepts, mapped by it (-1 drops): for compaction. */
  remap(map: Int32Array): void {
    const out: number[] = [];
    const src = this.items;
    for (let i = 0; i < src.length; i++) {
      const v = map[src[i]];
      if (v >= 0) out.push(v);
    }
    this.arr = out;
  }

  /** Makes the list a view of `data` (its entries now), as `freeze` leaves it. */
  view(data: Int32Array): void {
    this.data = data;
    this.arr = null;
    this.room = null;
  }

  /**
   * Keeps the first `keep` entries and puts `tail` after them: where the list stands when it has
   * the room (no copy of what it keeps), else in a new array of its own with some room to spare.
   */
  replaceTail(keep: number, tail: Int32Array): void {
    if (this.arr) {
      this.data = Int32Array.from(this.arr);
      this.arr = null;
    }
    const n = keep + tail.length;
    if (n <= this.data.length || (this.room && n <= this.room.length)) {
      const at = n <= this.data.length ? this.data : this.room!;
      at.set(tail, keep);
      this.data = at.subarray(0, n);
      return;
    }
    const room = new Int32Array(n + (n >> 3) + 4);
    room.set(this.data.subarray(0, keep));
    room.set(tail, keep);
    this.data = room.subarray(0, n);
    this.room = room;
  }

  get frozen(): boolean {
    return this.arr === null;
  }

  /** Packs the lists that are arrays into one shared Int32Array. */
  static freeze(lists: IntList[]): void {
    let total = 0;
    for (const l of lists) if (l.arr) total += l.arr.length;
    if (!total) return;
    const buf = new Int32Array(total);
    let at = 0;
    for (const l of lists) {
      if (!l.arr) continue;
      const n = l.arr.length;
      for (let i = 0; i < n; i++) buf[at + i] = l.arr[i];
      l.data = buf.subarray(at, at + n);
      l.arr = null;
      l.room = null;
      at += n;
    }
  }

  /** All lists' entries one after another, with where each starts (length + 1 offsets). */
  static pack(lists: IntList[]): { start: Int32Array; values: Int32Array } {
    const start = new Int32Array(lists.length + 1);
    let total = 0;
    lists.forEach((l, i) => {
      start[i] = total;
      total += l.length;
    });
    start[lists.length] = total;
    const values = new Int32Array(total);
    lists.forEach((l, i) => {
      const src = l.items;
      const at = start[i];
      for (let j = 0; j < src.length; j++) values[at + j] = src[j];
    });
    return { start, values };
  }

  /** Lists as views of a packed array (the inverse of `pack`). */
  static unpack(start: Int32Array, values: Int32Array): IntList[] {
    const out: IntList[] = [];
    for (let i = 0; i + 1 < start.length; i++) out.push(new IntList(values.subarray(start[i], start[i + 1])));
    return out;
  }
}

const EMPTY = new Int32Array(0);

/** Growable typed arrays indexed by document or word id. */
export function growInt32(a: Int32Array, min: number): Int32Array {
  if (a.length >= min) return a;
  const next = new Int32Array(Math.max(min, a.length * 2, 1024));
  next.set(a);
  return next;
}

export function growUint8(a: Uint8Array, min: number): Uint8Array {
  if (a.length >= min) return a;
  const next = new Uint8Array(Math.max(min, a.length * 2, 1024));
  next.set(a);
  return next;
}
