/**
 * Builds a corpus from files on disk (the command-line tool's path; the editor has its own,
 * through the VS Code file system).
 */
import * as path from 'path';
import { Corpus } from '../core/corpus/corpus';
import { collectSources, readSource } from './files';
import { readArticle } from './read-article';

export interface LoadProblem {
  path: string;
  message: string;
}

export interface LoadOptions {
  maxBytes?: number;
  onProblem?: (p: LoadProblem) => void;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** The bundled seed articles, next to the built `dist/` folder. */
export function bundledSeedsDir(): string {
  return path.resolve(__dirname, '..', 'seeds');
}

/** How a path is shown: relative to the working folder when inside it. */
export function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.resolve(p);
}

/** Reads every source under `inputs` into a new corpus. Bad files are reported, never fatal. */
export function loadCorpus(inputs: string[], options: LoadOptions = {}): { corpus: Corpus; problems: LoadProblem[] } {
  const problems: LoadProblem[] = [];
  const report = (p: LoadProblem) => {
    problems.push(p);
    options.onProblem?.(p);
  };
  const corpus = new Corpus();
  const found = collectSources(inputs);
  for (const p of found.problems) report({ path: displayPath(p.path), message: p.message });
  for (const f of found.files) {
    const shown = displayPath(f);
    const r = readSource(f, options.maxBytes ?? DEFAULT_MAX_BYTES);
    if ('error' in r) {
      report({ path: shown, message: r.error });
      continue;
    }
    try {
      const a = readArticle(shown, r.bytes);
      corpus.put(a);
      for (const w of a.warnings) report({ path: shown, message: w });
    } catch (e) {
      report({ path: shown, message: `could not be read as an article: ${(e as Error).message}` });
    }
  }
  return { corpus, problems };
}
