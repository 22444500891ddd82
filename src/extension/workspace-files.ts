/**
 * The loader's file-system port on `vscode.workspace.fs`, for the editor: the bundled seeds and
 * every workspace file matching `citedesk.sources`, and the saved index in the extension's global
 * storage. Through the workspace file system, remote and virtual workspaces work as local ones.
 */
import * as vscode from 'vscode';
import { isSourceName } from '../core/formats';
import type { CacheStore, SourceEntry, SourceFiles, SourceProblem } from '../core/loading/port';

/** The sources the settings name: the bundled seeds (when included) and the workspace globs. */
export class WorkspaceSourceFiles implements SourceFiles {
  private readonly seeds: vscode.Uri;

  constructor(extensionUri: vscode.Uri, private readonly settings: { bundled: boolean; globs: string[] }, private readonly label: (uri: vscode.Uri) => string) {
    this.seeds = vscode.Uri.joinPath(extensionUri, 'seeds');
  }

  async list(): Promise<{ entries: SourceEntry[]; problems: SourceProblem[] }> {
    const uris: vscode.Uri[] = [];
    const problems: SourceProblem[] = [];
    const problem = (uri: vscode.Uri, message: string) => problems.push({ key: uri.toString(), label: this.label(uri), message });
    if (this.settings.bundled) {
      try {
        for (const [name, type] of await vscode.workspace.fs.readDirectory(this.seeds)) {
          if (type === vscode.FileType.File && isSourceName(name)) uris.push(vscode.Uri.joinPath(this.seeds, name));
        }
      } catch (e) {
        problem(this.seeds, `bundled sources not found: ${(e as Error).message}`);
      }
    }
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of this.settings.globs) {
        try {
          for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/node_modules/**')) if (isSourceName(uri.path)) uris.push(uri);
        } catch (e) {
          problem(folder.uri, `could not search for ${glob}: ${(e as Error).message}`);
        }
      }
    }
    const seen = new Set<string>();
    const unique = uris.filter((u) => !seen.has(u.toString()) && !!seen.add(u.toString())).sort((a, b) => this.compare(a.toString(), b.toString()));
    const entries: SourceEntry[] = [];
    for (const uri of unique) {
      const entry = await this.stat(uri.toString());
      if (entry) entries.push(entry);
      else problem(uri, 'could not be read; skipped');
    }
    return { entries, problems };
  }

  async stat(key: string): Promise<SourceEntry | null> {
    const uri = vscode.Uri.parse(key);
    try {
      const st = await vscode.workspace.fs.stat(uri);
      if (st.type & vscode.FileType.Directory || !isSourceName(uri.path)) return null;
      return { key, label: this.label(uri), size: st.size, stamp: `${st.size}:${st.mtime}` };
    } catch {
      return null;
    }
  }

  async read(key: string): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(vscode.Uri.parse(key));
  }

  compare(a: string, b: string): number {
    return a.localeCompare(b);
  }
}

/** The saved index's files in a folder of the extension's storage. */
export class WorkspaceCacheStore implements CacheStore {
  readonly label = 'the extension’s storage';

  constructor(private readonly dir: vscode.Uri) {}

  async list(): Promise<string[]> {
    try {
      return (await vscode.workspace.fs.readDirectory(this.dir)).filter(([, t]) => t === vscode.FileType.File).map(([n]) => n);
    } catch {
      return [];
    }
  }

  async read(name: string): Promise<Uint8Array | null> {
    try {
      return await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.dir, name));
    } catch {
      return null;
    }
  }

  async write(name: string, bytes: Uint8Array): Promise<void> {
    await vscode.workspace.fs.createDirectory(this.dir);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.dir, name), bytes);
  }

  async remove(name: string): Promise<void> {
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(this.dir, name), { useTrash: false });
  }
}
