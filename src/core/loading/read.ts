/**
 * The one place where a source file becomes an article: its format's reader (core/formats) maps
 * the bytes to a document, and the article reader reads the document (its text, the metadata it
 * states, a transcript's turns, the locators). The command line, the editor and the saved index
 * all get their articles from here.
 */
import type { FormatLibraries, FormatReader } from '../formats';
import { parseArticle, type ParseOptions } from '../reading/article';
import type { Article } from '../types';

/**
 * Reads `bytes` as `reader`'s format into an article recorded under `path`. Throws a
 * `FormatError` whose message is for the writer when the bytes hold no readable source (an
 * encrypted PDF, a page with no article), and any other error when the reader itself fails.
 */
export async function readArticle(path: string, bytes: Uint8Array, reader: FormatReader, libraries: FormatLibraries, options: ParseOptions = {}): Promise<Article> {
  return parseArticle(path, await reader.read(bytes, path, libraries), options);
}
