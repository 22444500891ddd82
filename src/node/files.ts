/**
 * Finding and reading source files on disk for the command-line tool. Never writes; never
 * follows a symlink loop; a file it cannot read becomes a message, not an exception.
 */
import * as fs from 'fs';
import * as path from 'path';

export const SOURCE_EXTENSIONS = ['.txt', '.md', '.markdown'];

export interface FoundFiles {
  files: string[];
  problems: { path: string; message: string }[];
}

/** Files and folders to source files, folders searched recursively, in a stable order. */
export function collectSources(inputs: string[]): FoundFiles {
  const files: string[] = [];
  const problems: { path: string; message: string }[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const visit = (p: string, explicit: boolean) => {
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
        real = fs.realpathSync(p);
      } catch (e) {
        problems.push({ path: p, message: describeError(e) });
        return;
      }
      if (seenDirs.has(real)) return; // a symlink loop or a folder given twice
      seenDirs.add(real);
      let entries: string[];
      try {
        entries = fs.readdirSync(p).sort();
      } catch (e) {
        problems.push({ path: p, message: describeError(e) });
        return;
      }
      for (const e of entries) {
        if (e.startsWith('.') || e === 'node_modules') continue;
        visit(path.join(p, e), false);
      }
      return;
    }
    if (!st.isFile()) return;
    if (!explicit && !SOURCE_EXTENSIONS.includes(path.extname(p).toLowerCase())) return;
    let real = p;
    try {
      real = fs.realpathSync(p);
    } catch {
      /* keep the given path */
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(p);
  };
  for (const i of inputs) visit(i, true);
  return { files, problems };
}

/** Reads a file's bytes, or returns the reason it cannot be read. */
export function readSource(p: string, maxBytes: number): { bytes: Uint8Array } | { error: string } {
  try {
    const st = fs.statSync(p);
    if (st.size > maxBytes) return { error: `larger than ${Math.round(maxBytes / 1048576)} MB (${(st.size / 1048576).toFixed(1)} MB); skipped` };
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
