/**
 * A document's blocks (a web page's article, a Word file's body) as text the article reader
 * reads: the headline first, each block a paragraph, a block's line breaks kept.
 */
import type { TextBlock } from './types';

/** The blocks as paragraphs under `headline` (a first block that repeats it is dropped). */
export function blocksToText(blocks: TextBlock[], headline: string | null): string {
  const paras = blocks.map((b) => b.text.replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n').replace(/[ \t]+/g, ' ').trim()).filter(Boolean);
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  if (headline && paras.length && fold(paras[0]) === fold(headline)) paras.shift();
  return [...(headline ? [headline.trim()] : []), ...paras].join('\n\n');
}
