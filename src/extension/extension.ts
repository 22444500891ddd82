/**
 * Citedesk's entry point: builds the services, registers the features, and starts indexing
 * without waiting for it (activation stays cheap; the index arrives moments later).
 */
import * as vscode from 'vscode';
import { ArchiveService } from './archive';
import { Commands, Strings } from './constants';
import { DraftChecker } from './drafts';
import { features } from './features';
import { SourceIndex } from './sources';

declare const BUILD_ID: string;

export interface CitedeskApi {
  /** Resolves when the current indexing run has finished (used by tests and other extensions). */
  ready(): Promise<void>;
}

export function activate(context: vscode.ExtensionContext): CitedeskApi {
  const log = vscode.window.createOutputChannel(Strings.outputChannel, { log: true });
  // The saved index is tied to this exact build: a new parser never reads an old parse.
  const sources = new SourceIndex(context.extensionUri, log, context.globalStorageUri, `${context.extension.packageJSON.version}+${BUILD_ID}`);
  // Nothing of the archive is loaded or connected here: only when a draft, a search or a hover first needs it.
  const archive = new ArchiveService(context.secrets, log, __dirname);
  const drafts = new DraftChecker(sources, archive);
  const services = { sources, drafts, archive, log };
  context.subscriptions.push(
    log,
    sources,
    archive,
    drafts,
    ...features.map((register) => register(services)),
    vscode.commands.registerCommand(Commands.reindex, async () => {
      await sources.reload();
      void vscode.window.setStatusBarMessage(`Citedesk: ${sources.corpus.size} sources re-indexed.`, 3000);
    }),
    vscode.commands.registerCommand(Commands.showLog, () => log.show()),
  );
  void sources.reload();
  return { ready: () => sources.ready };
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions.
}
