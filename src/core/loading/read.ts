/**
 * The one place where a source file becomes an article: its format's reader maps the bytes to a
 * document, and the article reader reads the document's text. The command line, the editor and
 * the saved index all get their articles from here.
 */
import type { FormatReader } from '../formats';
import { parseArticle, type ParseOptions } from '../reading/article';
import type { Article } from '../types';

/**
 * Reads `bytes` as `reader`'s format into an article recorded under `path`. The document's own
 * metadata (a web page's headline, say) stands over what the text gives; its warnings come first.
 * Throws only when the reader itself fails (a bug or a library that could not load).
 */
export async function readArticle(path: string, bytes: Uint8Array, reader: FormatReader, options: ParseOptions = {}): Promise<Article> {
  const doc = await reader.read(bytes);
  const article = parseArticle(path, doc.text, options);
  article.format = doc.format;
  if (doc.title) article.title = doc.title;
  if (doc.outlet) article.outlet = doc.outlet;
  if (doc.published) article.published = doc.published;
  if (doc.warnings?.length) article.warnings = [...doc.warnings, ...article.warnings];
  return article;
}
