/**
 * The command-line tool's way into the one loader (core/loading): sources from disk through Node's
 * fs, the saved index in a `--cache` folder when one is given, and the PDF, web-page and Word
 * libraries from the bundles beside this one, each loaded the first time such a file is read.
 */
import * as path from 'path';
import type { FormatLibraries } from '../core/formats';
import { SourceLoader } from '../core/loading/loader';
import type { SourceProblem } from '../core/loading/port';
import { bundledLibraries, librariesDir } from './libraries';
import { NodeCacheStore, NodeSourceFiles, cacheName } from './node-files';

export { displayPath } from './node-files';

/** A problem with one file, as the command line's other paths (the archive's push) report it. */
export interface LoadProblem {
  path: string;
  message: string;
}

/** The bundled seed articles, next to the built `dist/` folder. */
export function bundledSeedsDir(): string {
  return path.resolve(__dirname, '..', 'seeds');
}

/** The format libraries beside the running bundle (dist/formats/), loaded on first use. */
export function defaultLibraries(): FormatLibraries {
  return bundledLibraries(librariesDir(__dirname));
}

export interface OpenOptions {
  /** Keep the index in this folder between runs (`--cache DIR`). */
  cacheDir?: string;
  /** Paths are recorded relative to this folder (default: the working folder, shown as `displayPath` shows them). */
  root?: string;
  /** Larger files are skipped with a message (default 10 MB). */
  maxBytes?: number;
  /** Files that are never sources (the draft being checked). */
  exclude?: string[];
  onProblem?: (p: SourceProblem) => void;
  /** Which build of the reader this is: a saved index another build wrote is read again. */
  build?: string;
  /** The PDF, web-page and Word libraries (default: the bundles beside this one). */
  libraries?: FormatLibraries;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Loads every source under `inputs` (files and folders). Bad files are reported, never fatal. */
export function openIndex(inputs: string[], options: OpenOptions = {}): Promise<SourceLoader> {
  return SourceLoader.open({
    files: new NodeSourceFiles(inputs, { root: options.root, exclude: options.exclude }),
    cache: options.cacheDir ? { store: new NodeCacheStore(options.cacheDir), name: cacheName(inputs, options.root) } : undefined,
    build: options.build ?? 'dev',
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    libraries: options.libraries ?? defaultLibraries(),
    onProblem: options.onProblem,
  });
}
