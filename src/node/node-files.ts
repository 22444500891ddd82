/**
 * The loader's file-system port on Node's fs, for the command-line tool: the sources found under
 * the paths given, and the saved index in a `--cache` folder.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { CacheStore, SourceEntry, SourceFiles, SourceProblem } from '../core/loading/port';
import { collectSources, describeError } from './files';

/** How a path is shown: relative to the working folder when inside it. */
export function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.resolve(p);
}

export interface NodeSourceOptions {
  /** Paths are recorded relative to this folder (default: as `displayPath` shows them). */
  root?: string;
  /** Files that are never sources (the draft being checked), as given. */
  exclude?: string[];
}

/** The source files under `inputs` (files and folders, searched recursively), keyed by the path shown. */
export class NodeSourceFiles implements SourceFiles {
  private readonly files = new Map<string, string>();
  private readonly excluded: Set<string>;

  constructor(private readonly inputs: string[], private readonly options: NodeSourceOptions = {}) {
    this.excluded = new Set((options.exclude ?? []).map((f) => path.resolve(f)));
  }

  private keyOf(file: string): string {
    const root = this.options.root;
    return root ? path.relative(root, file).split(path.sep).join('/') : displayPath(file);
  }

  async list(): Promise<{ entries: SourceEntry[]; problems: SourceProblem[] }> {
    const found = collectSources(this.inputs);
    const problems = found.problems.map((p) => ({ key: displayPath(p.path), label: displayPath(p.path), message: p.message }));
    const entries: SourceEntry[] = [];
    found.files.forEach((file, i) => {
      if (this.excluded.has(path.resolve(file))) return;
      const key = this.keyOf(file);
      this.files.set(key, file);
      entries.push({ key, label: key, size: found.stats[i].size, stamp: stampOf(found.stats[i]), named: found.named[i] });
    });
    return { entries, problems };
  }

  async stat(key: string): Promise<SourceEntry | null> {
    const file = this.files.get(key) ?? path.resolve(this.options.root ?? '.', key);
    try {
      const st = fs.statSync(file);
      if (!st.isFile() || this.excluded.has(path.resolve(file))) return null;
      this.files.set(key, file);
      return { key, label: key, size: st.size, stamp: stampOf(st) };
    } catch {
      return null;
    }
  }

  async read(key: string): Promise<Uint8Array> {
    try {
      return fs.readFileSync(this.files.get(key) ?? path.resolve(this.options.root ?? '.', key));
    } catch (e) {
      throw new Error(describeError(e));
    }
  }
}

/** A file stamp as the index keeps it: size and modification time. */
export function stampOf(st: { size: number; mtimeMs: number }): string {
  return `${st.size}:${st.mtimeMs}`;
}

/** The saved index's files in a folder (made when first written); written whole, then renamed into place. */
export class NodeCacheStore implements CacheStore {
  readonly label: string;

  constructor(private readonly dir: string) {
    this.label = displayPath(dir);
  }

  async list(): Promise<string[]> {
    try {
      return fs.readdirSync(this.dir);
    } catch {
      return [];
    }
  }

  async read(name: string): Promise<Uint8Array | null> {
    try {
      return fs.readFileSync(path.join(this.dir, name));
    } catch {
      return null;
    }
  }

  async write(name: string, bytes: Uint8Array): Promise<void> {
    fs.mkdirSync(this.dir, { recursive: true });
    const file = path.join(this.dir, name);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  }

  async remove(name: string): Promise<void> {
    fs.rmSync(path.join(this.dir, name), { force: true });
  }
}

/** The name of the saved index for a set of inputs: one per inputs and root, so that folders never clobber each other. */
export function cacheName(inputs: string[], root?: string): string {
  const key = crypto.createHash('sha1').update(JSON.stringify([path.resolve(root ?? process.cwd()), ...inputs.map((i) => path.resolve(i))])).digest('hex').slice(0, 16);
  return `index-${key}`;
}
