/**
 * The archive's own commands and documents: set or clear its password (kept in VS Code's secret
 * storage, never in settings), and archived articles opened read-only (`citedesk-archive:`).
 */
import * as vscode from 'vscode';
import type { ArchiveService } from '../archive';
import { ARCHIVE_SCHEME, Commands, Strings } from '../constants';

class ArchivedArticles implements vscode.TextDocumentContentProvider {
  constructor(private readonly archive: ArchiveService) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const a = await this.archive.use((x) => x.search.article(uri.path.slice(1)), null);
    return a ? a.text : Strings.archiveGone;
  }
}

export function registerArchive(archive: ArchiveService): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(ARCHIVE_SCHEME, new ArchivedArticles(archive)),
    // An argument (a string) sets it without asking: for scripts and tests.
    vscode.commands.registerCommand(Commands.setArchivePassword, async (password?: unknown) => {
      const done = await archive.setPassword(password);
      if (done) void vscode.window.setStatusBarMessage(Strings.passwordSaved, 3000);
      return done;
    }),
    vscode.commands.registerCommand(Commands.clearArchivePassword, async () => {
      await archive.clearPassword();
      void vscode.window.setStatusBarMessage(Strings.passwordCleared, 3000);
    }),
  );
}
