/**
 * The formats Citedesk reads sources in, as a registry: each format is one reader that maps a
 * file's bytes to one document shape (`SourceDocument`), listed once in `READERS`. The loader
 * (core/loading) picks a reader by the file's name, for the command line and the editor alike.
 *
 * A reader may return a promise: a format that needs a heavy library loads it on the first file
 * of that format, so that activation stays fast in a folder that has none.
 */
import { decodeBytes } from '../reading/text';
import type { SourceDocument, SourceFormat } from '../types';

export interface FormatReader {
  id: SourceFormat;
  /** File name endings it reads, lower case, with the dot. */
  extensions: readonly string[];
  /** The document in `bytes`. Never throws on content: problems become the document's warnings. */
  read(bytes: Uint8Array): SourceDocument | Promise<SourceDocument>;
}

/** Plain text and Markdown: UTF-8, or Windows-1252 when the bytes are not UTF-8. */
const text: FormatReader = {
  id: 'text',
  extensions: ['.txt', '.md', '.markdown'],
  read(bytes) {
    const d = decodeBytes(bytes);
    return { format: 'text', text: d.text, warnings: d.encoding === 'utf-8' ? [] : ['not valid UTF-8; read as Windows-1252 (Latin-1)'] };
  },
};

/** Every format, in the order a file name is matched against them. */
export const READERS: readonly FormatReader[] = [text];

/** The reader for a file, by its name; undefined when no format claims it. */
export function readerFor(name: string, _bytes?: Uint8Array): FormatReader | undefined {
  const lower = name.toLowerCase();
  return READERS.find((r) => r.extensions.some((e) => lower.endsWith(e)));
}

/** The reader for a file the writer named outright: its format's, else read as text. */
export function readerForNamed(name: string, bytes?: Uint8Array): FormatReader {
  return readerFor(name, bytes) ?? text;
}
