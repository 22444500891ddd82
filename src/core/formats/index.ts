/**
 * The formats Citedesk reads sources in, as a registry: each format is one reader that maps a
 * file's bytes to the one document shape the article reader takes (`SourceDocument`), listed once
 * in READERS, in the order they are asked: the first whose extension fits and that accepts the
 * bytes reads the file. A new format is one file here and one line in READERS. The loader
 * (core/loading) reads every source through this registry, for the command line and the editor.
 *
 * A reader of a heavy format (PDF, Word, web pages) reaches its library through the host's
 * `FormatLibraries`, which loads it on the first file of that format: activation stays fast in a
 * folder that has none.
 */
import type { SourceDocument } from '../types';
import { docxReader } from './docx';
import { htmlReader } from './html';
import { pdfReader } from './pdf';
import { srtReader } from './srt';
import { TEXT_EXTENSIONS, textReader } from './text';
import { transcriptReader } from './transcript';
import { webvttReader } from './webvtt';
import { FormatError, type FormatLibraries, type FormatReader } from './types';

export { FormatError } from './types';
export type { FormatLibraries, FormatReader } from './types';

/** Every reader, most specific first (a transcript before plain text). */
export const READERS: readonly FormatReader[] = [pdfReader, docxReader, htmlReader, webvttReader, srtReader, transcriptReader, textReader];

/** Every file ending some reader takes, lower case with the dot. */
export const SOURCE_EXTENSIONS: readonly string[] = [...new Set(READERS.flatMap((r) => r.extensions))];

/** The file name's ending, lower case with the dot ("" when it has none). */
export function extensionOf(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/**
 * Whether the file's own lines are the text Citedesk reads (a text or Markdown file, a transcript
 * in one), so the editor can open the file itself at a quote's line; a PDF, a page, a Word file or
 * captions are opened as the text read from them instead.
 */
export function readsAsItsText(name: string): boolean {
  return (TEXT_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/** Whether some reader takes files with this name. */
export function isSourceName(name: string): boolean {
  return SOURCE_EXTENSIONS.includes(extensionOf(name));
}

/** The reader for a file: by its extension, then by what the bytes hold. Null when no reader takes it. */
export function readerFor(name: string, bytes: Uint8Array): FormatReader | null {
  const ext = extensionOf(name);
  for (const r of READERS) {
    if (!r.extensions.includes(ext)) continue;
    if (!r.accepts || r.accepts(bytes, name)) return r;
  }
  return null;
}

/**
 * The reader for a file the writer named outright (on the command line): its format's, else read
 * as a `.txt` is (a transcript when it is one, else text).
 */
export function readerForNamed(name: string, bytes: Uint8Array): FormatReader {
  return readerFor(name, bytes) ?? readerFor('named.txt', bytes) ?? textReader;
}

/**
 * Reads a file into a document with the reader that takes it. Throws a `FormatError` (its message
 * for the writer) when no reader takes the file or the bytes hold no readable source.
 */
export async function readDocument(name: string, bytes: Uint8Array, libraries: FormatLibraries): Promise<SourceDocument> {
  const reader = readerFor(name, bytes);
  if (!reader) throw new FormatError(`not a kind of file Citedesk reads (${SOURCE_EXTENSIONS.join(', ')})`);
  return reader.read(bytes, name, libraries);
}

const NO_LIBRARIES: FormatLibraries = {
  pdf: () => Promise.reject(new FormatError('no PDF library here')),
  html: () => Promise.reject(new FormatError('no HTML library here')),
  docx: () => Promise.reject(new FormatError('no Word library here')),
};

/**
 * A document read at once by a reader that needs no library (text, transcripts, captions), for
 * callers that cannot wait (the evaluation, tests); null when the file needs a library or no
 * reader takes it.
 */
export function readDocumentNow(name: string, bytes: Uint8Array): SourceDocument | null {
  const reader = readerFor(name, bytes);
  if (!reader) return null;
  const doc = reader.read(bytes, name, NO_LIBRARIES);
  if (doc instanceof Promise) {
    doc.catch(() => undefined);
    return null;
  }
  return doc;
}
