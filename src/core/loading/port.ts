/**
 * What the loader needs from a file system, and nothing more: list, stat and read the sources,
 * and list, read, write and remove the files of the saved index. The command line gives it Node's
 * fs (src/node/node-files.ts), the editor `vscode.workspace.fs` (src/extension/workspace-files.ts),
 * so that both load sources the same way through the one loader (loader.ts).
 *
 * Sources are only ever read: nothing here writes one.
 */

/** A source as listed: what it is called and what says whether it changed. */
export interface SourceEntry {
  /** The article's path in the index: a URI in the editor, a path on the command line. */
  key: string;
  /** How a message names it to the writer ("sources/ferry.txt", "bundled: 000_x.txt"). */
  label: string;
  size: number;
  /** Size and modification time: a source whose stamp is unchanged is not read again. */
  stamp: string;
  /** Named outright by the writer (a file given on the command line): read whatever its name. */
  named?: boolean;
}

/** A problem with one source (or a path that was to hold sources): shown once, never thrown. */
export interface SourceProblem {
  key: string;
  label: string;
  message: string;
}

export interface SourceFiles {
  /** Every source, in the order the index keeps them, and the paths that could not be listed. */
  list(): Promise<{ entries: SourceEntry[]; problems: SourceProblem[] }>;
  /** One source as it is now (a watcher saw it change), or null when it is gone or is no source. */
  stat(key: string): Promise<SourceEntry | null>;
  /** The bytes of a source; throws an Error whose message says why it cannot be read. */
  read(key: string): Promise<Uint8Array>;
  /** The order `list` gives two sources in: where a source that appears later is placed. */
  compare?(a: string, b: string): number;
}

/** The saved index's files, by name, in one place (a `--cache` folder, the editor's global storage). */
export interface CacheStore {
  /** How a message names the place (a folder). */
  readonly label: string;
  /** The names of the files there now. */
  list(): Promise<string[]>;
  /** A file's bytes, or null when there is none. */
  read(name: string): Promise<Uint8Array | null>;
  /** Writes a file whole (a reader never sees half of it where the file system allows). */
  write(name: string, bytes: Uint8Array): Promise<void>;
  remove(name: string): Promise<void>;
}
