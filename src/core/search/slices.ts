/**
 * Indexing without blocking: parsing, the people index and the search index run in slices of a
 * few milliseconds, yielding to the event loop in between, so that an editor stays responsive
 * while a large folder indexes. The work is the same as `Corpus.upsert` + `SearchIndex.sync()`.
 */
import type { Corpus } from '../corpus/corpus';
import type { SearchIndex } from './search';

export interface SliceOptions {
  /** Longest stretch of work between two yields, in milliseconds (default 12). */
  budgetMs?: number;
  /** How to give the event loop a turn (default: a zero-delay timer). */
  yieldTo?: () => Promise<void>;
  /** Stops between slices when it returns true (the folder changed again, the editor closed). */
  cancelled?: () => boolean;
  /** Called after each slice with how many sources have been parsed. */
  onProgress?: (parsed: number, total: number) => void;
}

export interface SourceInput {
  path: string;
  content: string | Uint8Array;
}

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Work in a loop of one's own, in slices: after each step, `if (clock.due() && !(await
 * clock.pause())) stop`. The event loop gets a turn once a slice has used its budget.
 */
export class SliceClock {
  private start = performance.now();
  private readonly budget: number;

  constructor(private readonly options: SliceOptions = {}) {
    this.budget = options.budgetMs ?? 12;
  }

  /** Whether this slice has used its budget. */
  due(): boolean {
    return performance.now() - this.start >= this.budget;
  }

  /** Gives the event loop a turn and starts a new slice. Resolves to false when the work is cancelled. */
  async pause(): Promise<boolean> {
    await (this.options.yieldTo ?? defaultYield)();
    if (this.options.cancelled?.()) return false;
    this.start = performance.now();
    return true;
  }
}

/**
 * Runs a generator's steps, yielding to the event loop whenever a slice has used its budget.
 * Returns false when cancelled before the end.
 */
export async function runInSlices(steps: Iterator<unknown>, options: SliceOptions = {}): Promise<boolean> {
  const clock = new SliceClock(options);
  while (!steps.next().done) if (clock.due() && !(await clock.pause())) return false;
  return true;
}

/**
 * Parses `sources` into `corpus` and brings `index` up to date, in slices. Returns false when
 * cancelled (what was parsed so far stays in the corpus; a later `sync()` finishes the index).
 * A single article is never split: one slice is at least one article's parse.
 */
export async function buildIndexInSlices(corpus: Corpus, index: SearchIndex, sources: Iterable<SourceInput> | SourceInput[], options: SliceOptions = {}): Promise<boolean> {
  const list = [...sources];
  function* parse(): Generator<void, void, void> {
    for (let i = 0; i < list.length; i++) {
      corpus.upsert(list[i].path, list[i].content);
      if (options.onProgress && i % 50 === 49) options.onProgress(i + 1, list.length);
      yield;
    }
    options.onProgress?.(list.length, list.length);
  }
  if (!(await runInSlices(parse(), options))) return false;
  return runInSlices(index.syncSteps(), options);
}
