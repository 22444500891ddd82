/**
 * The one place where the Node side turns a source file into an article: the command line's
 * loader, its cache and the archive's push all read files through here, so a new format the core
 * learns to read (PDF, HTML, DOCX, transcripts) reaches every one of them by changing this function.
 */
import { parseArticle } from '../core/reading/article';
import type { Article } from '../core/types';

/** Reads one source file's bytes as an article. `path` is recorded as the article's path. */
export function readArticle(path: string, bytes: Uint8Array): Article {
  return parseArticle(path, bytes);
}
