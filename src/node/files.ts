/**
 * Finding source files on disk for the command-line tool. Never writes; never follows a symlink
 * loop; a path it cannot list becomes a message, not an exception.
 */
import * as fs from 'fs';
import * as path from 'path';
import { isSourceName } from '../core/formats';
import { LoadMessages } from '../core/loading/messages';

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export interface FoundFiles {
  files: string[];
  /** Size and modification time of each file, as found (same order as `files`). */
  stats: FileStamp[];
  /** Whether each file was named outright (given as a file, not found in a folder). */
  named: boolean[];
  problems: { path: string; message: string }[];
}

/** Files and folders to source files, folders searched recursively, in a stable order. */
export function collectSources(inputs: string[]): FoundFiles {
  const files: string[] = [];
  const stats: FileStamp[] = [];
  const named: boolean[] = [];
  const problems: { path: string; message: string }[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  // `known` is the real path of an entry that is no symbolic link, found from its folder's real
  // path: a folder of thousands of files then costs one stat a source file, not a realpath walk.
  const visit = (p: string, explicit: boolean, known?: { real: string; dirent: fs.Dirent }) => {
    // A folder is searched for the files some format reads.
    if (known && known.dirent.isFile() && !isSourceName(p)) return;
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      problems.push({ path: p, message: describeError(e) });
      return;
    }
    if (st.isDirectory()) {
      let real: string;
      try {
        real = known?.real ?? fs.realpathSync(p);
      } catch (e) {
        problems.push({ path: p, message: describeError(e) });
        return;
      }
      if (seenDirs.has(real)) return; // a symlink loop or a folder given twice
      seenDirs.add(real);
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(p, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      } catch (e) {
        problems.push({ path: p, message: describeError(e) });
        return;
      }
      for (const e of entries) {
        if (e.name.startsWith('.') || e.name === 'node_modules') continue;
        const plain = e.isFile() || e.isDirectory();
        visit(path.join(p, e.name), false, plain ? { real: path.join(real, e.name), dirent: e } : undefined);
      }
      return;
    }
    if (!st.isFile()) return;
    if (!explicit && !isSourceName(p)) return;
    let real = p;
    try {
      real = known?.real ?? fs.realpathSync(p);
    } catch {
      /* keep the given path */
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(p);
    stats.push({ size: st.size, mtimeMs: st.mtimeMs });
    named.push(explicit);
  };
  for (const i of inputs) visit(i, true);
  return { files, stats, named, problems };
}

/** A file's bytes, or why they cannot be read (larger than `maxBytes` is skipped with the loader's message). */
export function readSource(p: string, maxBytes: number): { bytes: Uint8Array } | { error: string } {
  try {
    const st = fs.statSync(p);
    if (st.size > maxBytes) return { error: LoadMessages.tooLarge(st.size, maxBytes) };
    return { bytes: fs.readFileSync(p) };
  } catch (e) {
    return { error: describeError(e) };
  }
}

export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (cannot be read)';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'is a folder';
    default:
      return err?.message ?? String(e);
  }
}
