/**
 * Format: a speaker-labelled transcript in a text or Markdown file (an official briefing, an
 * Otter, Rev or Trint export). Recognised by its labels, not its name; the text stays as the file
 * has it, so lines and offsets are the file's, and each turn points at its words.
 */
import { decodeBytes } from '../reading/text';
import type { SourceDocument } from '../types';
import { readFrontMatter } from './front-matter';
import { TEXT_EXTENSIONS, textDocument } from './text';
import { findTurns } from './transcript-turns';
import type { FormatReader } from './types';

/** How much of a file is looked at to recognise a transcript. */
const SNIFF_BYTES = 256 * 1024;

/** A text document, as a transcript when its labels make it one. */
export function asTranscript(doc: SourceDocument): SourceDocument | null {
  const scan = findTurns(doc.text, readFrontMatter(doc.text)?.end ?? 0);
  if (!scan) return null;
  return { ...doc, format: 'transcript', turns: scan.turns, times: scan.times };
}

export const transcriptReader: FormatReader = {
  id: 'transcript',
  extensions: TEXT_EXTENSIONS,
  accepts(bytes) {
    const head = decodeBytes(bytes.subarray(0, SNIFF_BYTES)).text;
    return findTurns(head, readFrontMatter(head)?.end ?? 0) !== null;
  },
  read(bytes) {
    const doc = textDocument(bytes);
    return asTranscript(doc) ?? doc;
  },
};
