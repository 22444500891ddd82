/**
 * The one place where the Node side turns a file it was handed into an article, outside the
 * loader (the archive's push workers): the same format registry and reading as the loader
 * (core/loading/read.ts), with the library bundles beside this one, so every format the core
 * reads (PDF, HTML, DOCX, transcripts, captions) reaches the archive too.
 */
import { readerForNamed } from '../core/formats';
import { readArticle as readAs } from '../core/loading/read';
import type { Article } from '../core/types';
import { defaultLibraries } from './load';

const libraries = defaultLibraries();

/** Reads one source file's bytes as an article, by its format's reader. `path` is recorded as the article's path. */
export function readArticle(path: string, bytes: Uint8Array): Promise<Article> {
  return readAs(path, bytes, readerForNamed(path, bytes), libraries);
}
