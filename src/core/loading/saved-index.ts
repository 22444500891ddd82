/**
 * The saved index in its store: one snapshot of the whole index (`NAME.cdx`), and after it
 * segments that each hold only the sources that changed since (`NAME.GEN.N.cdd`, N = 1, 2, ...).
 * A change to one source writes one small segment, not the whole index again; the next start
 * reads the snapshot, lays the segments over it and indexes only what they changed. When the
 * segments grow large beside the snapshot, the whole index is written again and they are removed.
 *
 * A snapshot or segment another build wrote, or one that cannot be read whole, is not used: what
 * it held is read again from the sources. Segments belong to the snapshot whose generation they
 * name, so ones left over from an older snapshot are never laid over a newer one.
 */
import type { Corpus } from '../corpus/corpus';
import { FORMAT_VERSION, SnapshotError, deserializeDelta, deserializeSnapshot, serializeDelta, serializeSnapshot, type Snapshot } from '../search/persist';
import type { SearchIndex } from '../search/search';
import type { Article } from '../types';
import type { CacheStore } from './port';

/** More segments than this, or segments larger than this share of the snapshot, and the whole index is written again. */
const MAX_SEGMENTS = 64;
const MAX_SEGMENT_SHARE = 0.25;

/** A source as the store holds it: its article and the stamp it was read at. */
export interface SavedSource {
  stamp: string | null;
  article: Article;
}

/** What `read` found: the snapshot as saved, and every source as snapshot and segments leave it. */
export interface SavedRead {
  snapshot: Snapshot;
  sources: Map<string, SavedSource>;
  /** Segments were laid over the snapshot. */
  layered: boolean;
}

export class SavedIndex {
  /** What the store holds now (snapshot and segments), once read or written: what a save compares with. */
  private held: Map<string, SavedSource> | null = null;
  private generation = '';
  private segments = 0;
  private snapshotBytes = 0;
  private segmentBytes = 0;
  /** Files of this index in the store that are of no use (segments of another snapshot, or past a damaged one). */
  private stale: string[] = [];

  constructor(
    private readonly store: CacheStore,
    private readonly name: string,
    private readonly build: string,
  ) {}

  private get snapshotName(): string {
    return `${this.name}.cdx`;
  }

  /** The saved index, when there is a snapshot this build wrote; null otherwise. */
  async read(): Promise<SavedRead | null> {
    const bytes = await this.store.read(this.snapshotName).catch(() => null);
    if (!bytes) return null;
    const snapshot = readable(() => deserializeSnapshot(bytes));
    if (!snapshot || snapshot.meta.build !== this.build || typeof snapshot.meta.generation !== 'string') return null;
    const sources = new Map<string, SavedSource>();
    snapshot.articles.forEach((a, i) => sources.set(a.path, { stamp: snapshot.stamps[i], article: a }));
    this.generation = snapshot.meta.generation;
    this.snapshotBytes = bytes.byteLength;
    const names = (await this.store.list().catch(() => [] as string[])).filter((n) => n.startsWith(`${this.name}.`) && n.endsWith('.cdd'));
    const mine = new Map<number, string>();
    for (const n of names) {
      const m = /^\.([0-9a-z]+)\.(\d+)\.cdd$/.exec(n.slice(this.name.length));
      if (m && m[1] === this.generation) mine.set(Number(m[2]), n);
      else this.stale.push(n);
    }
    // The segments in order, as far as they go unbroken.
    for (let seq = 1; mine.has(seq); seq++) {
      const name = mine.get(seq)!;
      mine.delete(seq);
      const segBytes = await this.store.read(name).catch(() => null);
      const seg = segBytes && readable(() => deserializeDelta(segBytes));
      if (!seg || seg.meta.build !== this.build || seg.meta.generation !== this.generation) {
        this.stale.push(name);
        break;
      }
      for (const path of seg.removed) sources.delete(path);
      seg.articles.forEach((a, i) => sources.set(a.path, { stamp: seg.stamps[i], article: a }));
      this.segments = seq;
      this.segmentBytes += segBytes.byteLength;
    }
    this.stale.push(...mine.values());
    this.held = new Map(sources);
    return { snapshot, sources, layered: this.segments > 0 };
  }

  /**
   * Saves `corpus` (with its indexes): as a segment of what changed since the store was last read
   * or written, or whole when there is no snapshot yet or the segments have grown large. Returns
   * how it was saved, or null when nothing had changed.
   */
  async write(corpus: Corpus, index: SearchIndex, stampOf: (path: string) => string | null): Promise<'snapshot' | 'segment' | null> {
    const held = this.held;
    if (held) {
      const changed: Article[] = [];
      const now = new Set<string>();
      for (const a of corpus.articles) {
        now.add(a.path);
        const h = held.get(a.path);
        if (h?.article !== a || h.stamp !== stampOf(a.path)) changed.push(a);
      }
      const removed = [...held.keys()].filter((p) => !now.has(p));
      if (!changed.length && !removed.length) return null;
      const bytes = serializeDelta(changed, stampOf, removed, { format: FORMAT_VERSION, build: this.build, generation: this.generation });
      if (this.segments < MAX_SEGMENTS && this.segmentBytes + bytes.byteLength <= this.snapshotBytes * MAX_SEGMENT_SHARE) {
        const name = `${this.name}.${this.generation}.${this.segments + 1}.cdd`;
        await this.store.write(name, bytes);
        // A damaged segment of that name was stale: it is this one now.
        this.stale = this.stale.filter((n) => n !== name);
        this.segments++;
        this.segmentBytes += bytes.byteLength;
        for (const p of removed) held.delete(p);
        for (const a of changed) held.set(a.path, { stamp: stampOf(a.path), article: a });
        await this.removeStale();
        return 'segment';
      }
    }
    await this.writeSnapshot(corpus, index, stampOf);
    return 'snapshot';
  }

  private async writeSnapshot(corpus: Corpus, index: SearchIndex, stampOf: (path: string) => string | null): Promise<void> {
    const generation = newGeneration();
    const bytes = serializeSnapshot(corpus, index, stampOf, { format: FORMAT_VERSION, build: this.build, generation });
    await this.store.write(this.snapshotName, bytes);
    // The old segments belong to the old snapshot: of no use now.
    for (const n of await this.store.list().catch(() => [] as string[])) if (n.startsWith(`${this.name}.`) && n.endsWith('.cdd')) this.stale.push(n);
    this.generation = generation;
    this.segments = 0;
    this.segmentBytes = 0;
    this.snapshotBytes = bytes.byteLength;
    this.held = new Map(corpus.articles.map((a) => [a.path, { stamp: stampOf(a.path), article: a }]));
    await this.removeStale();
  }

  private async removeStale(): Promise<void> {
    const stale = [...new Set(this.stale)];
    this.stale = [];
    for (const n of stale) await this.store.remove(n).catch(() => undefined);
  }
}

/** Reads a snapshot or segment; null when it is not a whole one of this format (stale or damaged). */
function readable<T>(read: () => T): T | null {
  try {
    return read();
  } catch (e) {
    if (e instanceof SnapshotError || e instanceof SyntaxError || e instanceof RangeError || e instanceof TypeError) return null;
    throw e;
  }
}

/** A name for a new snapshot that its segments carry (unlike any earlier one's). */
function newGeneration(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}
