/**
 * Where a quote stands in its source beyond the line: the page of a PDF, the time in a recording.
 * Pure look-ups over what the format reader found (page starts, time marks).
 */
import { partitionPoint } from './text';
import type { Locator, SourceDocument } from '../types';

/** A function from a text offset to its locator; null everywhere for a source with neither pages nor times. */
export function locatorsOf(doc: Pick<SourceDocument, 'pages' | 'times'> | null): (offset: number) => Locator {
  const pages = doc?.pages?.length ? doc.pages : null;
  const times = doc?.times?.length ? [...doc.times].sort((a, b) => a.start - b.start) : null;
  if (pages) {
    // Page n starts at pages[n - 1]; an offset before the first page's start is on page 1.
    return (offset) => ({ page: Math.max(1, partitionPoint(pages.length, (i) => pages[i] <= offset)) });
  }
  if (times) {
    return (offset) => {
      const i = partitionPoint(times.length, (k) => times[k].start <= offset) - 1;
      return i >= 0 ? { time: times[i].time } : null;
    };
  }
  return () => null;
}
